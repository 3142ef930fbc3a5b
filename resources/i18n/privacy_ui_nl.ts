<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AuditField</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Training modules</source>
        <translation>Opleidingsmodules</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Reason for the age exception</source>
        <translation>Reden voor de leeftijdsuitzondering</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Opleidingsniveau</translation>
    </message>
    <message>
        <source>Diploma recognised</source>
        <translation>Diploma erkend</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digitale vaardigheden</translation>
    </message>
    <message>
        <source>Working status</source>
        <translation>Beroepssituatie</translation>
    </message>
    <message>
        <source>Professional project</source>
        <translation>Beroepsproject</translation>
    </message>
    <message>
        <source>Preferred mentor gender</source>
        <translation>Gewenst geslacht van de mentor</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Datum van doorverwijzing</translation>
    </message>
    <message>
        <source>Referring partner</source>
        <translation>Doorverwijzende partner</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Jobseeker registration</source>
        <translation>Inschrijving als werkzoekende</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Doorverwijzer</translation>
    </message>
    <message>
        <source>Target group met</source>
        <translation>Behoort tot de doelgroep</translation>
    </message>
    <message>
        <source>Last job</source>
        <translation>Laatste job</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Partner company</source>
        <translation>Partnerbedrijf</translation>
    </message>
    <message>
        <source>Maximum duos</source>
        <translation>Maximum aantal duo&apos;s</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>Gepauzeerd tot</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Sort name</source>
        <translation>Sorteernaam</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Geanonimiseerd op</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Volledig dossier</translation>
    </message>
    <message>
        <source>Access request (PDF and JSON)</source>
        <translation>Inzageverzoek (PDF en JSON)</translation>
    </message>
    <message>
        <source>Person sheet</source>
        <translation>Persoonsfiche</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Agreement language</source>
        <translation>Taal van de overeenkomst</translation>
    </message>
    <message>
        <source>Decision deadline</source>
        <translation>Uiterste beslissingsdatum</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Eerste ontmoeting</translation>
    </message>
    <message>
        <source>Mentee&apos;s answer</source>
        <translation>Antwoord van de mentee</translation>
    </message>
    <message>
        <source>Mentor&apos;s answer</source>
        <translation>Antwoord van de mentor</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aanvaard op</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Reden van weigering</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplande einddatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Reden van beëindiging</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Datum van het resultaat</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>Mentoringovereenkomst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Besproken onderwerpen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>Calendar file (.ics)</source>
        <translation>Agendabestand (.ics)</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Professional project defined</source>
        <translation>Beroepsproject bepaald</translation>
    </message>
    <message>
        <source>More self-confident</source>
        <translation>Meer zelfvertrouwen</translation>
    </message>
    <message>
        <source>Network expanded</source>
        <translation>Netwerk uitgebreid</translation>
    </message>
    <message>
        <source>Coaching skills improved</source>
        <translation>Coachingvaardigheden verbeterd</translation>
    </message>
    <message>
        <source>Feels useful</source>
        <translation>Voelt zich nuttig</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Meerwaarde</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Versie van de tekst</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Verzameld door</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Contact-e-mail</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contacttelefoon</translation>
    </message>
    <message>
        <source>Import columns</source>
        <translation>Importkolommen</translation>
    </message>
    <message>
        <source>This database&apos;s antenna</source>
        <translation>Antenne van deze databank</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Wie ik ben</translation>
    </message>
    <message>
        <source>Consent settings</source>
        <translation>Instellingen voor toestemmingen</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Likeness of names for duplicates</source>
        <translation>Drempel voor gelijkende namen (dubbels)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>File fingerprint</source>
        <translation>Vingerafdruk van het bestand</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Ongedaan gemaakt op</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>Sheet {name}</source>
        <translation>Blad {name}</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>(no longer in the database)</source>
        <translation>(niet meer in de databank)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Soort fiche</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>All coordinators</source>
        <translation>Alle coördinatoren</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Name, email or phone: their file and their duos</source>
        <translation>Naam, e-mail of telefoon: het dossier en de duo&apos;s</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln regel</numerusform>
            <numerusform>%Ln regels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditRecordType</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Ontmoeting</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Partner import</source>
        <translation>Import van een partner</translation>
    </message>
    <message>
        <source>Headquarters import</source>
        <translation>Import van de hoofdzetel</translation>
    </message>
    <message>
        <source>Exchange workbook</source>
        <translation>Uitwisselingsbestand</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>Impactrapport</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Erase {name} ({role}) on request?</source>
        <translation>{name} ({role}) op eigen verzoek wissen?</translation>
    </message>
    <message>
        <source>Their file is deleted with its journal, consents and history.</source>
        <translation>Het dossier wordt verwijderd, met het logboek, de toestemmingen en de geschiedenis.</translation>
    </message>
    <message>
        <source>They took part in a duo, which the programme&apos;s figures count: their file stays as an anonymised file, without name, contact details, birth date, journal or any text written about them.</source>
        <translation>Deze persoon maakte deel uit van een duo, dat meetelt in de cijfers van het programma: het dossier blijft als geanonimiseerd dossier bestaan, zonder naam, contactgegevens, geboortedatum, logboek of enige tekst over de persoon.</translation>
    </message>
    <message>
        <source>Backups made before today still hold their data until they are replaced (up to a year); do not restore one without erasing them again.</source>
        <translation>Back-ups van vóór vandaag bevatten de gegevens nog tot ze vervangen worden (maximaal een jaar); zet je er een terug, wis de persoon dan opnieuw.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Their name also appears in a note or text of another file: it is replaced there by […].</source>
        <translation>De naam staat ook in een notitie of tekst van een ander dossier: daar wordt hij vervangen door […].</translation>
    </message>
    <message>
        <source>Their name also appears in {count} notes or texts of other files: it is replaced there by […].</source>
        <translation>De naam staat ook in {count} notities of teksten van andere dossiers: daar wordt hij vervangen door […].</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>Wissen op verzoek</translation>
    </message>
    <message>
        <source>{name} is in a duo that is proposed, accepted or under way. Decline or stop that duo first, then erase the file.</source>
        <translation>{name} zit in een duo dat voorgesteld, aanvaard of lopend is. Weiger of stop dat duo eerst en wis daarna het dossier.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>{name} was erased: the name is no longer in the database.</source>
        <translation>{name} is gewist: de naam staat niet meer in de databank.</translation>
    </message>
    <message>
        <source>Erasing and compacting the database…</source>
        <translation>Wissen en de databank comprimeren…</translation>
    </message>
    <message>
        <source>Find the person who asked for the erasure of their data: type their name, email or phone.</source>
        <translation>Zoek de persoon die gevraagd heeft om de gegevens te wissen: typ de naam, het e-mailadres of het telefoonnummer.</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Naam, e-mail of telefoon</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Wissen op verzoek…</translation>
    </message>
    <message>
        <source>The person asked for their data to be erased (right to erasure).</source>
        <translation>De persoon heeft gevraagd om de gegevens te wissen (recht op gegevenswissing).</translation>
    </message>
</context>
<context>
    <name>FilesDue</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Te anonimiseren sinds</translation>
    </message>
    <message>
        <source>Anonymise the file of {name}?</source>
        <translation>Het dossier van {name} anonimiseren?</translation>
    </message>
    <message>
        <source>Anonymise {count} files?</source>
        <translation>{count} dossiers anonimiseren?</translation>
    </message>
    <message>
        <source>Names, contact details, birth date, languages, journal, consents and every text written about them are removed for good; what the programme&apos;s figures need (age band, municipality, dates, statuses, duos, outcomes, evaluation answers) is kept. Backups made before keep the files as they are now until they are replaced.</source>
        <translation>Namen, contactgegevens, geboortedatum, talen, logboek, toestemmingen en elke tekst over de personen worden definitief verwijderd; wat de cijfers van het programma nodig hebben (leeftijdsgroep, gemeente, datums, statussen, duo&apos;s, resultaten, antwoorden op evaluaties) blijft bewaard. Back-ups van vroeger houden de dossiers zoals ze nu zijn, tot ze vervangen worden.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <source>Anonymising files…</source>
        <translation>Dossiers anonimiseren…</translation>
    </message>
    <message>
        <source>No file is due for anonymisation.</source>
        <translation>Er zijn geen dossiers te anonimiseren.</translation>
    </message>
    <message>
        <source>1 file is due for anonymisation.</source>
        <translation>1 dossier is te anonimiseren.</translation>
    </message>
    <message>
        <source>{count} files are due for anonymisation.</source>
        <translation>{count} dossiers zijn te anonimiseren.</translation>
    </message>
    <message>
        <source>Files kept longer than the retention periods set under Settings → Retention. Anonymising a file removes what names the person and keeps what the programme&apos;s figures need.</source>
        <translation>Dossiers die langer bewaard worden dan de bewaartermijnen in Instellingen → Bewaring. Een dossier anonimiseren verwijdert wat de persoon identificeert en bewaart wat de cijfers van het programma nodig hebben.</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>Anonymise selected…</source>
        <translation>Selectie anonimiseren…</translation>
    </message>
    <message>
        <source>Anonymise all…</source>
        <translation>Alles anonimiseren…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Wissen op verzoek…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
</context>
<context>
    <name>FilesDueTab</name>
    <message numerus="yes">
        <source>%Ln files anonymised.</source>
        <translation>
            <numerusform>%Ln dossier geanonimiseerd.</numerusform>
            <numerusform>%Ln dossiers geanonimiseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Files due</source>
        <translation>Te anonimiseren</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message>
        <source>File closed (outcome or end of the last duo)</source>
        <translation>Dossier afgesloten (resultaat of einde van het laatste duo)</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Geen activiteit</translation>
    </message>
    <message>
        <source>Anonymised mentor {day}</source>
        <translation>Geanonimiseerde mentor {day}</translation>
    </message>
    <message>
        <source>Anonymised mentee {day}</source>
        <translation>Geanonimiseerde mentee {day}</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Retention</source>
        <translation>Bewaring</translation>
    </message>
    <message>
        <source>How long a file is kept before the Privacy page lists it for anonymisation, per status. 0 keeps the file.</source>
        <translation>Hoelang een dossier per status bewaard wordt voor de pagina Privacy het voorstelt om te anonimiseren. 0: het dossier blijft bewaard.</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>bewaard</translation>
    </message>
    <message>
        <source>after the outcome of the last duo (or its end)</source>
        <translation>na het resultaat van het laatste duo (of het einde ervan)</translation>
    </message>
    <message>
        <source>after the last activity</source>
        <translation>na de laatste activiteit</translation>
    </message>
</context>
</TS>
