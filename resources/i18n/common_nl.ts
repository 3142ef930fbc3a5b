<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AgreementLanguage</name>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Bekeken</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Geanonimiseerd</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Gewist op verzoek</translation>
    </message>
</context>
<context>
    <name>Barrier</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation>Zelfvertrouwen</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminatie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database: {path}</source>
        <translation>Databank: {path}</translation>
    </message>
    <message>
        <source>Schema revision: {revision}</source>
        <translation>Schemaversie: {revision}</translation>
    </message>
    <message>
        <source>Mentees: {mentees}, mentors: {mentors}, duos: {duos}</source>
        <translation>Mentees: {mentees}, mentors: {mentors}, duo&apos;s: {duos}</translation>
    </message>
    <message>
        <source>Created a new database: {path}</source>
        <translation>Nieuwe databank aangemaakt: {path}</translation>
    </message>
    <message>
        <source>Backup made and checked: {path}</source>
        <translation>Back-up gemaakt en gecontroleerd: {path}</translation>
    </message>
    <message>
        <source>Older backups removed by the rotation: {count}</source>
        <translation>Oudere back-ups verwijderd door de rotatie: {count}</translation>
    </message>
    <message>
        <source>Database {path} restored from {backup}.</source>
        <translation>De databank {path} werd teruggezet vanuit {backup}.</translation>
    </message>
    <message>
        <source>Its previous content was kept in {path}</source>
        <translation>De vorige inhoud werd bewaard in {path}</translation>
    </message>
    <message>
        <source>Demo data added to {path}:</source>
        <translation>Demogegevens toegevoegd aan {path}:</translation>
    </message>
    <message>
        <source>{mentees} mentees, {mentors} mentors, {duos} duos, {meetings} meetings, {evaluations} evaluations, {coordinators} coordinators, {partners} partners</source>
        <translation>{mentees} mentees, {mentors} mentors, {duos} duo&apos;s, {meetings} ontmoetingen, {evaluations} evaluaties, {coordinators} coördinatoren, {partners} partners</translation>
    </message>
    <message>
        <source>No mentor can be proposed for this mentee.</source>
        <translation>Er kan geen enkele mentor voorgesteld worden voor deze mentee.</translation>
    </message>
    <message>
        <source>Mentors for {mentee}, best first:</source>
        <translation>Mentors voor {mentee}, de beste eerst:</translation>
    </message>
    <message>
        <source>{rank}. {mentor} ({score} points): {reasons}</source>
        <translation>{rank}. {mentor} ({score} punten): {reasons}</translation>
    </message>
    <message>
        <source>No duo can be proposed for the waiting mentees.</source>
        <translation>Er kan geen enkel duo voorgesteld worden voor de wachtende mentees.</translation>
    </message>
    <message>
        <source>Proposal for the waiting mentees: one duo, {total} points.</source>
        <translation>Voorstel voor de wachtende mentees: één duo, {total} punten.</translation>
    </message>
    <message>
        <source>Proposal for the waiting mentees: {count} duos, {total} points in all.</source>
        <translation>Voorstel voor de wachtende mentees: {count} duo&apos;s, {total} punten in totaal.</translation>
    </message>
    <message>
        <source>{mentee} with {mentor} ({score} points): {reasons}</source>
        <translation>{mentee} met {mentor} ({score} punten): {reasons}</translation>
    </message>
    <message>
        <source>Pseudonymised exchange workbook written: {path}</source>
        <translation>Gepseudonimiseerde uitwisselingsmap opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Exchange workbook written: {path}</source>
        <translation>Uitwisselingsmap opgeslagen: {path}</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows</source>
        <translation>{sheet}: {rows} rijen</translation>
    </message>
    <message>
        <source>{file}: {created} records created, {updated} updated, {unchanged} unchanged.</source>
        <translation>{file}: {created} fiches aangemaakt, {updated} bijgewerkt, {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <source>Rows not imported ({count}):</source>
        <translation>Niet geïmporteerde rijen ({count}):</translation>
    </message>
    <message>
        <source>{count} record(s) changed both here and at headquarters: nothing was overwritten; resolve them in the window (Import / Export).</source>
        <translation>{count} fiche(s) zowel hier als op de hoofdzetel gewijzigd: er werd niets overschreven; los ze op in het venster (Import / Export).</translation>
    </message>
</context>
<context>
    <name>CliAgreement</name>
    <message>
        <source>Agreement written to {path} ({language}).</source>
        <translation>Overeenkomst opgeslagen in {path} ({language}).</translation>
    </message>
</context>
<context>
    <name>ConsentPurpose</name>
    <message>
        <source>Taking part in the programme</source>
        <translation>Deelname aan het programma</translation>
    </message>
    <message>
        <source>Contact for the follow-up</source>
        <translation>Contact voor de opvolging</translation>
    </message>
    <message>
        <source>Sharing with the referrer</source>
        <translation>Delen met de doorverwijzer</translation>
    </message>
    <message>
        <source>Photos and media</source>
        <translation>Foto&apos;s en media</translation>
    </message>
</context>
<context>
    <name>DayPart</name>
    <message>
        <source>Morning</source>
        <translation>Voormiddag</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Namiddag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
</context>
<context>
    <name>DeclineReason</name>
    <message>
        <source>Mentee declined</source>
        <translation>Mentee weigerde</translation>
    </message>
    <message>
        <source>Mentor declined</source>
        <translation>Mentor weigerde</translation>
    </message>
    <message>
        <source>No-show at the first meeting</source>
        <translation>Niet opgedaagd op de eerste ontmoeting</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>DigitalSkills</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gevorderd</translation>
    </message>
</context>
<context>
    <name>DiplomaRecognition</name>
    <message>
        <source>Recognised</source>
        <translation>Erkend</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Niet erkend</translation>
    </message>
    <message>
        <source>Recognition in progress</source>
        <translation>Erkenning lopend</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Documents are printed in French (fr), Dutch (nl) or English (en).</source>
        <translation>Documenten worden afgedrukt in het Frans (fr), het Nederlands (nl) of het Engels (en).</translation>
    </message>
    <message>
        <source>The document could not be written to {path} ({detail}). Choose another folder, or close the file if it is open in a PDF reader, then try again.</source>
        <translation>Het document kon niet worden opgeslagen in {path} ({detail}). Kies een andere map, of sluit het bestand als het open staat in een pdf-lezer, en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>DuoStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vroegtijdig gestopt</translation>
    </message>
</context>
<context>
    <name>DuoStep</name>
    <message>
        <source>Record an answer</source>
        <translation>Antwoord noteren</translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation>Overeenkomst ondertekenen</translation>
    </message>
    <message>
        <source>Close the duo</source>
        <translation>Duo afsluiten</translation>
    </message>
    <message>
        <source>Stop the duo early</source>
        <translation>Duo vroegtijdig stopzetten</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Situatie na 12 maanden noteren</translation>
    </message>
    <message>
        <source>Record an evaluation</source>
        <translation>Evaluatie noteren</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Ontmoeting noteren</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Ontmoeting plannen</translation>
    </message>
    <message>
        <source>Mark the meeting as done</source>
        <translation>Ontmoeting als gedaan aanduiden</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Ontmoeting annuleren</translation>
    </message>
</context>
<context>
    <name>DuoTimeline</name>
    <message>
        <source>Duo proposed</source>
        <translation>Duo voorgesteld</translation>
    </message>
    <message>
        <source>Answer after the first meeting</source>
        <translation>Antwoord na de eerste ontmoeting</translation>
    </message>
    <message>
        <source>Accepted by both</source>
        <translation>Door beiden aanvaard</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Overeenkomst ondertekend</translation>
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
        <source>Duo finished</source>
        <translation>Duo afgerond</translation>
    </message>
    <message>
        <source>Duo stopped early</source>
        <translation>Duo vroegtijdig gestopt</translation>
    </message>
    <message>
        <source>Outcome at 12 months</source>
        <translation>Situatie na 12 maanden</translation>
    </message>
</context>
<context>
    <name>EducationLevel</name>
    <message>
        <source>No diploma</source>
        <translation>Geen diploma</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Lager onderwijs</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Lager secundair</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Hoger secundair</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctoraat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <source>Six months completed</source>
        <translation>Zes maanden voltooid</translation>
    </message>
    <message>
        <source>Mentee found a job</source>
        <translation>Mentee vond werk</translation>
    </message>
    <message>
        <source>Mentee withdrew</source>
        <translation>Mentee haakte af</translation>
    </message>
    <message>
        <source>Mentor withdrew</source>
        <translation>Mentor haakte af</translation>
    </message>
    <message>
        <source>No more contact</source>
        <translation>Geen contact meer</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Geen klik</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a network share</source>
        <translation>een netwerkmap</translation>
    </message>
    <message>
        <source>a removable drive</source>
        <translation>een verwisselbare schijf</translation>
    </message>
    <message>
        <source>a cloud-sync folder</source>
        <translation>een map die met de cloud synchroniseert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Number of mentees</source>
        <translation>Aantal mentees</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
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
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Inschrijvingsdatum</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Datum van doorverwijzing</translation>
    </message>
    <message>
        <source>Training modules</source>
        <translation>Opleidingsmodules</translation>
    </message>
    <message>
        <source>Duos at the same time</source>
        <translation>Duo&apos;s tegelijk</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>Soort partner</translation>
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
        <source>First meeting</source>
        <translation>Eerste ontmoeting</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Taal van de overeenkomst</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Reden van weigering</translation>
    </message>
    <message>
        <source>Back on the waiting list</source>
        <translation>Terug op de wachtlijst</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>Datum van ondertekening</translation>
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
        <translation>Situatie na 12 maanden</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Datum van de situatie</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en uur</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Besproken onderwerpen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Date of the answers</source>
        <translation>Datum van de antwoorden</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Weight of “{criterion}”</source>
        <translation>Gewicht van ‘{criterion}’</translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field}: dit veld is verplicht.</translation>
    </message>
    <message>
        <source>{field}: this is not a valid email address.</source>
        <translation>{field}: dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>{field}: this value is already used.</source>
        <translation>{field}: deze waarde wordt al gebruikt.</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters.</source>
        <translation>{field}: maximaal {limit} tekens.</translation>
    </message>
    <message>
        <source>{field}: from {minimum} to {maximum}.</source>
        <translation>{field}: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <source>{field}: from {min} to {max}.</source>
        <translation>{field}: van {min} tot {max}.</translation>
    </message>
    <message>
        <source>{field}: this is not a phone number we can read, like +32 470 12 34 56.</source>
        <translation>{field}: dit telefoonnummer is niet leesbaar; schrijf het zoals +32 470 12 34 56.</translation>
    </message>
    <message>
        <source>{field}: this is not a Belgian postcode.</source>
        <translation>{field}: dit is geen Belgische postcode.</translation>
    </message>
    <message>
        <source>{field}: this date cannot be right.</source>
        <translation>{field}: deze datum kan niet kloppen.</translation>
    </message>
    <message>
        <source>{field}: this date is in the future.</source>
        <translation>{field}: deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>{field}: mentees are {min_age} to {max_age} years old at registration. Give the reason for an exception below.</source>
        <translation>{field}: mentees zijn {min_age} tot {max_age} jaar bij de inschrijving. Geef hieronder de reden voor een uitzondering.</translation>
    </message>
    <message>
        <source>{field}: mentors are {min_age} or older at registration. Give the reason for an exception below.</source>
        <translation>{field}: mentors zijn {min_age} jaar of ouder bij de inschrijving. Geef hieronder de reden voor een uitzondering.</translation>
    </message>
    <message>
        <source>{field}: choose a value from the list.</source>
        <translation>{field}: kies een waarde uit de lijst.</translation>
    </message>
    <message>
        <source>{field}: a language is given by its code, like fr, nl or ar.</source>
        <translation>{field}: een taal wordt met haar code geschreven, zoals fr, nl of ar.</translation>
    </message>
    <message>
        <source>{field}: this moment has already passed.</source>
        <translation>{field}: dat moment is al voorbij.</translation>
    </message>
    <message>
        <source>{field}: the agreement is signed after both sides accepted the duo.</source>
        <translation>{field}: de overeenkomst wordt pas ondertekend als mentee en mentor het duo aanvaard hebben.</translation>
    </message>
    <message>
        <source>{field}: this date is before the duo&apos;s start.</source>
        <translation>{field}: die datum ligt vóór de start van het duo.</translation>
    </message>
    <message>
        <source>{field}: this date is before the duo was proposed.</source>
        <translation>{field}: die datum ligt vóór het voorstel van het duo.</translation>
    </message>
    <message>
        <source>{field}: this date is after the duo ended.</source>
        <translation>{field}: die datum ligt na het einde van het duo.</translation>
    </message>
    <message>
        <source>{field}: a duo is closed when its six months are completed or the mentee found a job; for any other reason, stop it early.</source>
        <translation>{field}: een duo wordt afgesloten als de zes maanden voorbij zijn of de mentee werk vond; om een andere reden zet je het vroegtijdig stop.</translation>
    </message>
    <message>
        <source>{field}: a duo that completed its six months is closed, not stopped.</source>
        <translation>{field}: een duo dat zijn zes maanden voltooide, wordt afgesloten, niet vroegtijdig stopgezet.</translation>
    </message>
    <message>
        <source>{field}: this question is not on this form.</source>
        <translation>{field}: die vraag staat niet op deze vragenlijst.</translation>
    </message>
    <message>
        <source>{field}: an antenna code has 2 to 8 capital letters, like BXL.</source>
        <translation>{field}: een antennecode heeft 2 tot 8 hoofdletters, zoals BXL.</translation>
    </message>
    <message>
        <source>At least one matching criterion must count: give one a weight above 0.</source>
        <translation>Minstens één criterium van de matching moet meetellen: geef er één een gewicht groter dan 0.</translation>
    </message>
    <message>
        <source>{field}: this value is not accepted.</source>
        <translation>{field}: deze waarde wordt niet aanvaard.</translation>
    </message>
    <message>
        <source>Type a date as day/month/year, like 05/03/2026.</source>
        <translation>Typ een datum als dag/maand/jaar, bijvoorbeeld 05/03/2026.</translation>
    </message>
    <message>
        <source>{typed} is not a date. Type it as day/month/year, like 05/03/2026.</source>
        <translation>{typed} is geen datum. Typ dag/maand/jaar, bijvoorbeeld 05/03/2026.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>“{to_status}” cannot follow “{from_status}” on the programme&apos;s path.</source>
        <translation>‘{to_status}’ kan in het traject van het programma niet volgen op ‘{from_status}’.</translation>
    </message>
    <message>
        <source>This status needs an end date.</source>
        <translation>Deze status vraagt een einddatum.</translation>
    </message>
    <message>
        <source>The end date cannot be in the past.</source>
        <translation>De einddatum kan niet in het verleden liggen.</translation>
    </message>
    <message>
        <source>This status needs a reason.</source>
        <translation>Deze status vraagt een reden.</translation>
    </message>
    <message>
        <source>The file already has this status.</source>
        <translation>Het dossier heeft deze status al.</translation>
    </message>
    <message>
        <source>This person is in a duo that is still going on: decline, finish or stop the duo in its window, and the status follows.</source>
        <translation>Deze persoon zit in een lopend duo: weiger het voorstel, sluit het duo af of zet het stop in het venster van het duo; de status volgt vanzelf.</translation>
    </message>
    <message>
        <source>This status is not known.</source>
        <translation>Deze status is niet gekend.</translation>
    </message>
    <message>
        <source>Only a mentee on the waiting list can be matched; this one is “{status}”.</source>
        <translation>Alleen een mentee op de wachtlijst kan een mentor krijgen; deze mentee staat op ‘{status}’.</translation>
    </message>
    <message>
        <source>This mentor is on pause and cannot take a duo now.</source>
        <translation>Deze mentor pauzeert en kan nu geen duo opnemen.</translation>
    </message>
    <message>
        <source>This mentor cannot take a duo: their status is “{status}”. A mentor must have finished the training and be available.</source>
        <translation>Deze mentor kan geen duo opnemen: de status is ‘{status}’. Een mentor moet de opleiding afgerond hebben en beschikbaar zijn.</translation>
    </message>
    <message>
        <source>This mentor already has as many duos as they take at the same time ({max_duos}).</source>
        <translation>Deze mentor heeft al zoveel duo&apos;s als hij of zij tegelijk opneemt ({max_duos}).</translation>
    </message>
    <message>
        <source>The mentee and the mentor belong to different antennas.</source>
        <translation>De mentee en de mentor horen bij verschillende antennes.</translation>
    </message>
    <message>
        <source>This mentee and this mentor were already proposed together once.</source>
        <translation>Deze mentee en deze mentor werden al eens samen voorgesteld.</translation>
    </message>
    <message>
        <source>A duo is made of a mentee and a mentor: check who was chosen.</source>
        <translation>Een duo bestaat uit een mentee en een mentor: kijk na wie er gekozen werd.</translation>
    </message>
    <message>
        <source>This answer was already recorded.</source>
        <translation>Dat antwoord werd al genoteerd.</translation>
    </message>
    <message>
        <source>A yes is recorded after the first meeting; it has not taken place yet.</source>
        <translation>Een ‘ja’ wordt na de eerste ontmoeting genoteerd, en die heeft nog niet plaatsgevonden.</translation>
    </message>
    <message>
        <source>The mentee&apos;s status changed since the duo was accepted: check their file before signing.</source>
        <translation>De status van de mentee is veranderd sinds het duo aanvaard werd: kijk het dossier na vóór de ondertekening.</translation>
    </message>
    <message>
        <source>The mentor is no longer available (on pause or left): the agreement cannot be signed.</source>
        <translation>De mentor is niet meer beschikbaar (pauzeert of is gestopt): de overeenkomst kan niet ondertekend worden.</translation>
    </message>
    <message>
        <source>Only a planned meeting can be marked as done or cancelled.</source>
        <translation>Alleen een geplande ontmoeting kan als gedaan aangeduid of geannuleerd worden.</translation>
    </message>
    <message>
        <source>This meeting is not a follow-up.</source>
        <translation>Deze ontmoeting is geen opvolging.</translation>
    </message>
    <message>
        <source>This meeting is not a meeting of the duo.</source>
        <translation>Deze ontmoeting is geen duo-ontmoeting.</translation>
    </message>
    <message>
        <source>The mentee did not agree to be contacted for the follow-up: record their consent first, or record them as unreachable.</source>
        <translation>De mentee gaf geen toestemming om voor de opvolging gecontacteerd te worden: noteer eerst de toestemming, of noteer de mentee als onbereikbaar.</translation>
    </message>
    <message>
        <source>The check at 12 months is done by recording the mentee&apos;s situation, with “Outcome at 12 months…” in the duo&apos;s window.</source>
        <translation>De situatiecheck na 12 maanden gebeurt door de situatie van de mentee te registreren: ‘Situatie na 12 maanden…’ in het venster van het duo.</translation>
    </message>
    <message>
        <source>The six months are not completed yet: the duo can be closed as “Six months completed” from {day} (two weeks before its planned end). To end it sooner, stop it early with the reason that applies, or close it with “Mentee found a job”.</source>
        <translation>De zes maanden zijn nog niet voorbij: het duo kan vanaf {day} afgesloten worden met ‘Zes maanden voltooid’ (twee weken voor het geplande einde). Wil je het eerder beëindigen, zet het dan vroegtijdig stop met de reden die past, of sluit het af met ‘Mentee vond werk’.</translation>
    </message>
    <message>
        <source>The outcome at 12 months is recorded once the duo has ended: close it, or stop it early, first.</source>
        <translation>De situatie na 12 maanden wordt geregistreerd zodra het duo beëindigd is: sluit het eerst af, of zet het vroegtijdig stop.</translation>
    </message>
    <message>
        <source>This cannot be done for a duo that is “{status}”.</source>
        <translation>Dat kan niet voor een duo met status ‘{status}’.</translation>
    </message>
    <message>
        <source>The database {path} is on {place}. DuoDesk keeps its database on this computer&apos;s own disk, where it cannot be damaged by a lost connection or a sync: choose a folder on the local disk. Exports and backups may go anywhere.</source>
        <translation>De databank {path} staat op {place}. DuoDesk bewaart zijn databank op de eigen schijf van deze computer, waar een verbroken verbinding of een synchronisatie ze niet kan beschadigen: kies een map op de lokale schijf. Exports en back-ups mogen overal staan.</translation>
    </message>
    <message>
        <source>The database {path} is already open in another DuoDesk window. Use that window, or close it first.</source>
        <translation>De databank {path} is al geopend in een ander DuoDesk-venster. Gebruik dat venster, of sluit het eerst.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path.</source>
        <translation>Er is geen databank op {path}. Controleer het pad.</translation>
    </message>
    <message>
        <source>The database {path} was saved by a newer version of DuoDesk. Install the newer version to open it; nothing was changed.</source>
        <translation>De databank {path} werd opgeslagen door een nieuwere versie van DuoDesk. Installeer die nieuwere versie om ze te openen; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a DuoDesk database. You can restore a backup.</source>
        <translation>De databank {path} is beschadigd of is geen DuoDesk-databank. Je kunt een back-up terugzetten.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written: the file or its folder is read-only. Check its permissions or choose another folder; nothing was changed.</source>
        <translation>De databank {path} kan niet worden beschreven: het bestand of de map is alleen-lezen. Controleer de rechten of kies een andere map; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The disk is full ({path}). Nothing was saved: free some space and try again.</source>
        <translation>De schijf is vol ({path}). Er werd niets opgeslagen: maak wat ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} could not be written: the disk may be full or failing, or the drive disconnected. Nothing of this action was saved: free some space or check the disk, then try again.</source>
        <translation>De databank {path} kon niet worden geschreven: de schijf is misschien vol of defect, of het station werd losgekoppeld. Niets van deze actie werd opgeslagen: maak wat ruimte vrij of controleer de schijf en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} is busy with another program. Try again in a moment.</source>
        <translation>De databank {path} is bezet door een ander programma. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} was saved by an older version of DuoDesk and must be brought up to date first: open it in DuoDesk. Nothing was changed.</source>
        <translation>De databank {path} werd opgeslagen door een oudere versie van DuoDesk en moet eerst worden bijgewerkt: open ze in DuoDesk. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database {path} could not be brought up to date. It was left as it was, and a backup was made before trying.</source>
        <translation>De databank {path} kon niet worden bijgewerkt. Ze werd gelaten zoals ze was, en vooraf werd een back-up gemaakt.</translation>
    </message>
    <message>
        <source>The backup folder {path} cannot be used: it could not be created or written to. Choose another folder under Settings.</source>
        <translation>De back-upmap {path} kan niet gebruikt worden: ze kon niet aangemaakt worden of DuoDesk kan er niet in schrijven. Kies een andere map bij Instellingen.</translation>
    </message>
    <message>
        <source>The backup {path} could not be made or did not pass its check.</source>
        <translation>De back-up {path} kon niet worden gemaakt of doorstond de controle niet.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>De back-up {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The database {path} already holds {persons} people: demo data go only into a new, empty database. Nothing was added.</source>
        <translation>De databank {path} bevat al {persons} personen: demogegevens gaan alleen in een nieuwe, lege databank. Er werd niets toegevoegd.</translation>
    </message>
    <message>
        <source>The workbook of the rejected rows could not be written to {path}, so nothing was imported. Choose another folder or close the file if it is open, then try again.</source>
        <translation>De werkmap met de geweigerde rijen kon niet worden weggeschreven naar {path}, dus werd er niets geïmporteerd. Kies een andere map of sluit het bestand als het open staat, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The list is longer than an Excel sheet holds (1,048,576 rows); filter it first. Nothing was written.</source>
        <translation>De lijst is langer dan een Excel-blad aankan (1.048.576 rijen); filter ze eerst. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({detail}). Choose another folder or close the file if it is open in Excel, then try again.</source>
        <translation>De lijst kon niet worden opgeslagen in {path} ({detail}). Kies een andere map of sluit het bestand als het in Excel open staat, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The import of {file_name} was already undone.</source>
        <translation>De import van {file_name} werd al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>The file {file_name} was already imported on {date}; nothing was imported. To import it once more anyway, add --again.</source>
        <translation>Het bestand {file_name} werd al geïmporteerd op {date}; er werd niets geïmporteerd. Voeg --again toe om het toch nog eens te importeren.</translation>
    </message>
    <message>
        <source>There is no partner named “{name}”. Known partners: {known}. Check the name, or create the partner (--create-partner).</source>
        <translation>Er is geen partner met de naam ‘{name}’. Gekende partners: {known}. Controleer de naam, of maak de partner aan (--create-partner).</translation>
    </message>
    <message>
        <source>No mentee has the id {id}.</source>
        <translation>Geen enkele mentee heeft id {id}.</translation>
    </message>
    <message>
        <source>No duo has the id {id}.</source>
        <translation>Geen enkel duo heeft de id {id}.</translation>
    </message>
    <message>
        <source>No mentor has the id {id}.</source>
        <translation>Geen enkele mentor heeft id {id}.</translation>
    </message>
    <message>
        <source>Mentors are suggested only for a mentee who is waiting for one (this mentee: {status}).</source>
        <translation>Mentors worden alleen voorgesteld voor een mentee die op een mentor wacht (status van deze mentee: {status}).</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted meanwhile.</source>
        <translation>Deze fiche bestaat niet meer; ze werd misschien intussen verwijderd.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Geannuleerd. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation>Er liep iets mis ({code}).</translation>
    </message>
</context>
<context>
    <name>EvaluationStage</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Three months</source>
        <translation>Drie maanden</translation>
    </message>
    <message>
        <source>Six months</source>
        <translation>Zes maanden</translation>
    </message>
    <message>
        <source>Twelve months</source>
        <translation>Twaalf maanden</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>There is no file {file_name}. Nothing was imported.</source>
        <translation>Het bestand {file_name} bestaat niet. Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file {file_name} cannot be opened (the system refused to read it). Nothing was imported.</source>
        <translation>Het bestand {file_name} kan niet worden geopend (het systeem weigert het te lezen). Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The workbook {file_name} is not an exchange workbook: it has none of the sheets Mentees, Mentors, Duos, Meetings, Attendance and Evaluations. Nothing was imported.</source>
        <translation>De werkmap {file_name} is geen uitwisselingsmap: ze heeft geen van de bladen Mentees, Mentors, Duos, Meetings, Attendance en Evaluations. Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file {file_name} would unpack to far more data than any exchange workbook holds (it may be damaged or built to harm). Nothing was imported.</source>
        <translation>Het bestand {file_name} zou uitpakken tot veel meer gegevens dan een uitwisselingsmap ooit bevat (het is misschien beschadigd of met kwade bedoelingen gemaakt). Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The workbook {file_name} is protected by a password. Open it in Excel, remove the password (or save an unprotected copy) and import that copy. Nothing was imported.</source>
        <translation>De werkmap {file_name} is beveiligd met een wachtwoord. Open ze in Excel, verwijder het wachtwoord (of bewaar een onbeveiligde kopie) en importeer die kopie. Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>A sheet of {file_name} reaches far beyond its table (a cell typed far to the right or far below?), too far to be read. Delete the rows and columns beyond the table, save and import again. Nothing was imported.</source>
        <translation>Een blad van {file_name} loopt veel verder door dan de tabel (een cel ver naar rechts of ver naar onder ingevuld?), te ver om te lezen. Verwijder de rijen en kolommen buiten de tabel, bewaar en importeer opnieuw. Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The workbook {file_name} is a pseudonymised export for statistics: its ids cannot be matched to anyone, so it cannot be imported. Nothing was imported.</source>
        <translation>De werkmap {file_name} is een gepseudonimiseerde export voor statistieken: de id&apos;s horen bij niemand, dus ze kan niet worden geïmporteerd. Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file {file_name} is not an Excel workbook (.xlsx), or it is damaged. Nothing was imported.</source>
        <translation>Het bestand {file_name} is geen Excel-werkmap (.xlsx) of het is beschadigd. Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The workbook {file_name} was written in version {version} of the exchange format; this DuoDesk knows up to version {supported}. Update DuoDesk, then import it again. Nothing was imported.</source>
        <translation>De werkmap {file_name} is geschreven in versie {version} van het uitwisselingsformaat; deze DuoDesk kent tot versie {supported}. Werk DuoDesk bij en importeer ze opnieuw. Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>A text is longer than an Excel cell holds (32,767 characters): the {column} of a record of the {sheet} sheet ({length} characters, id {record_id}); {count} text(s) in all. Rather than cut it, the workbook was not written: shorten the text and export again.</source>
        <translation>Een tekst is langer dan een Excel-cel kan bevatten (32.767 tekens): het veld {column} van een fiche op het blad {sheet} ({length} tekens, id {record_id}); {count} tekst(en) in totaal. In plaats van de tekst in te korten, werd de werkmap niet opgeslagen: maak de tekst korter en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist. Choose another place; nothing was written.</source>
        <translation>De map van {path} bestaat niet. Kies een andere plaats; er werd niets opgeslagen.</translation>
    </message>
    <message>
        <source>The workbook could not be written to {path} ({detail}). Choose another folder or close the file if it is open in Excel, then try again; nothing was recorded as exchanged.</source>
        <translation>De werkmap kon niet worden opgeslagen in {path} ({detail}). Kies een andere map of sluit het bestand als het in Excel openstaat en probeer opnieuw; er werd niets als uitgewisseld genoteerd.</translation>
    </message>
    <message>
        <source>unknown code “{value}” (allowed: {allowed}); the row was not imported</source>
        <translation>onbekende code ‘{value}’ (toegelaten: {allowed}); de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>{value} is found neither on the {target} sheet nor in the database; the row was not imported</source>
        <translation>{value} staat niet op het blad {target} en ook niet in de databank; de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>meeting {value} belongs to a duo: its attendance goes in the Meetings sheet&apos;s attended column; the row was not imported</source>
        <translation>ontmoeting {value} hoort bij een duo: de aanwezigheid staat in de kolom attended van het blad Meetings; de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>“{value}” is not a date; the row was not imported</source>
        <translation>‘{value}’ is geen datum; de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>“{value}” cannot be a birth date (in the future or more than 110 years ago); the row was not imported</source>
        <translation>‘{value}’ kan geen geboortedatum zijn (in de toekomst of meer dan 110 jaar geleden); de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time; the row was not imported</source>
        <translation>‘{value}’ is geen datum met tijdstip; de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>“{value}” is not a moment written as 2026-10-01T12:00:00Z; the row was not imported</source>
        <translation>‘{value}’ is geen tijdstip geschreven als 2026-10-01T12:00:00Z; de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>“{value}” is not a number of minutes; the row was not imported</source>
        <translation>‘{value}’ is geen aantal minuten; de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no; the row was not imported</source>
        <translation>‘{value}’ is geen yes of no; de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>“{value}” is not an id; the row was not imported</source>
        <translation>‘{value}’ is geen id; de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>the id is missing; the row was not imported</source>
        <translation>de id ontbreekt; de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>this column must be filled in; the row was not imported</source>
        <translation>deze kolom moet ingevuld zijn; de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>the same id is on an earlier row; this row was not imported</source>
        <translation>dezelfde id staat op een eerdere rij; deze rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>this person is already on an earlier row for the same meeting; this row was not imported</source>
        <translation>deze persoon staat al op een eerdere rij voor dezelfde ontmoeting; deze rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>the text is {length} characters long, more than an Excel cell holds (32,767); the row was not imported</source>
        <translation>de tekst is {length} tekens lang, meer dan een Excel-cel bevat (32.767); de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>the column is missing, so the sheet was not imported</source>
        <translation>de kolom ontbreekt, dus het blad werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>this value cannot be read ({code}); the row was not imported</source>
        <translation>deze waarde is onleesbaar ({code}); de rij werd niet geïmporteerd</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, {column}</source>
        <translation>{sheet}, rij {row}, {column}</translation>
    </message>
    <message>
        <source>{sheet}, row {row}</source>
        <translation>{sheet}, rij {row}</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Follow-up at 1 month</source>
        <translation>Opvolging na 1 maand</translation>
    </message>
    <message>
        <source>Follow-up at 3 months</source>
        <translation>Opvolging na 3 maanden</translation>
    </message>
    <message>
        <source>Follow-up at 6 months</source>
        <translation>Opvolging na 6 maanden</translation>
    </message>
    <message>
        <source>Outcome check at 12 months</source>
        <translation>Situatiecheck na 12 maanden</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other / not said</source>
        <translation>Ander / niet opgegeven</translation>
    </message>
</context>
<context>
    <name>JobseekerService</name>
    <message>
        <source>Actiris</source>
        <translation>Actiris</translation>
    </message>
    <message>
        <source>VDAB</source>
        <translation>VDAB</translation>
    </message>
    <message>
        <source>Le Forem</source>
        <translation>Le Forem</translation>
    </message>
    <message>
        <source>ADG</source>
        <translation>ADG</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Niet ingeschreven</translation>
    </message>
</context>
<context>
    <name>LanguageLevel</name>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Fluent</source>
        <translation>Vlot</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>Moedertaal</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Duo meeting</source>
        <translation>Duo-ontmoeting</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Intervision</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgewerkt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>MenteeStatus</name>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>Waiting for a mentor</source>
        <translation>Wacht op een mentor</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Mentor voorgesteld</translation>
    </message>
    <message>
        <source>In a duo</source>
        <translation>In een duo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Traject afgerond</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Traject gestopt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Niet in aanmerking</translation>
    </message>
</context>
<context>
    <name>MentorStatus</name>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>In opleiding</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>In a duo</source>
        <translation>In een duo</translation>
    </message>
    <message>
        <source>On pause</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Left the programme</source>
        <translation>Programma verlaten</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Stable job</source>
        <translation>Duurzame job</translation>
    </message>
    <message>
        <source>Other job</source>
        <translation>Andere job</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Qualifying training</source>
        <translation>Kwalificerende opleiding</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>No job or training</source>
        <translation>Geen job of opleiding</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
</context>
<context>
    <name>PartnerKind</name>
    <message>
        <source>Public employment service</source>
        <translation>Openbare dienst voor arbeidsbemiddeling</translation>
    </message>
    <message>
        <source>CPAS / OCMW</source>
        <translation>OCMW</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Vereniging</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
</context>
<context>
    <name>Respondent</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>Accounting and finance</source>
        <translation>Boekhouding en financiën</translation>
    </message>
    <message>
        <source>Commerce and sales</source>
        <translation>Handel en verkoop</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bouw</translation>
    </message>
    <message>
        <source>Care and health</source>
        <translation>Zorg en gezondheid</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>Hotels and catering</source>
        <translation>Horeca</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Logistics and transport</source>
        <translation>Logistiek en transport</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Schoonmaak</translation>
    </message>
    <message>
        <source>Culture and media</source>
        <translation>Cultuur en media</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridisch</translation>
    </message>
    <message>
        <source>Marketing and communication</source>
        <translation>Marketing en communicatie</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Sociaal werk</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>TodayKind</name>
    <message>
        <source>Decision overdue</source>
        <translation>Beslissing te laat</translation>
    </message>
    <message>
        <source>Files due for anonymisation</source>
        <translation>Te anonimiseren dossiers</translation>
    </message>
    <message>
        <source>Consents to renew</source>
        <translation>Te vernieuwen toestemmingen</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Beslissing verwacht</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Opvolging te laat</translation>
    </message>
    <message>
        <source>Outcome check overdue</source>
        <translation>Situatiecheck na 12 maanden te laat</translation>
    </message>
    <message>
        <source>Agreement still unsigned</source>
        <translation>Overeenkomst nog niet ondertekend</translation>
    </message>
    <message>
        <source>No meeting for three weeks</source>
        <translation>Al drie weken geen ontmoeting</translation>
    </message>
    <message>
        <source>Follow-up this week</source>
        <translation>Opvolging deze week</translation>
    </message>
    <message>
        <source>Outcome check this week</source>
        <translation>Situatiecheck na 12 maanden deze week</translation>
    </message>
    <message>
        <source>Waiting for a mentor</source>
        <translation>Wacht op een mentor</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
</context>
<context>
    <name>WorkingStatus</name>
    <message>
        <source>Working</source>
        <translation>Werkend</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Gepensioneerd</translation>
    </message>
</context>
</TS>
