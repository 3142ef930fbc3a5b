<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(never exchanged)</source>
        <translation>(nooit uitgewisseld)</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflicten op te lossen</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Al mijn waarden houden</translation>
    </message>
    <message>
        <source>Take all the file&apos;s</source>
        <translation>Alle waarden uit het bestand nemen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>Every conflict is resolved: nothing waits any more.</source>
        <translation>Alle conflicten zijn opgelost: er wacht niets meer.</translation>
    </message>
    <message>
        <source>One conflict waits</source>
        <translation>Eén conflict wacht</translation>
    </message>
    <message>
        <source>{count} conflicts wait</source>
        <translation>{count} conflicten wachten</translation>
    </message>
    <message>
        <source>{record}: {label}</source>
        <translation>{record}: {label}</translation>
    </message>
    <message>
        <source>Changed here and at headquarters since the last exchange ({file}, changed there on {when}). Choose, for each field, the value to keep.</source>
        <translation>Hier en op de hoofdzetel gewijzigd sinds de laatste uitwisseling ({file}, daar gewijzigd op {when}). Kies per veld welke waarde je houdt.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Hier (de mijne)</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>Last exchanged</source>
        <translation>Laatst uitgewisseld</translation>
    </message>
</context>
<context>
    <name>ExchangeBox</name>
    <message>
        <source>Exchange with headquarters</source>
        <translation>Uitwisseling met de hoofdzetel</translation>
    </message>
    <message>
        <source>Headquarters receives the antenna&apos;s data as one Excel workbook and sends updates back the same way. Nothing changed on both sides is overwritten: you choose.</source>
        <translation>De hoofdzetel krijgt de gegevens van de antenne in één Excel-werkmap en stuurt updates op dezelfde manier terug. Wat aan beide kanten gewijzigd is, wordt nooit overschreven: je kiest zelf.</translation>
    </message>
    <message>
        <source>Export for headquarters…</source>
        <translation>Exporteren voor de hoofdzetel…</translation>
    </message>
    <message>
        <source>Pseudonymised (for statistics)</source>
        <translation>Gepseudonimiseerd (voor statistieken)</translation>
    </message>
    <message>
        <source>Without names, contacts, birth dates or free text: ages in bands, and identifiers that only this antenna&apos;s database can link back to a person.</source>
        <translation>Zonder namen, contactgegevens, geboortedata of vrije tekst: leeftijdsgroepen, en ID&apos;s die alleen de databank van deze antenne aan een persoon kan koppelen.</translation>
    </message>
    <message>
        <source>Import from headquarters…</source>
        <translation>Importeren van de hoofdzetel…</translation>
    </message>
    <message>
        <source>Conflicts to resolve ({count})</source>
        <translation>Conflicten op te lossen ({count})</translation>
    </message>
    <message>
        <source>No conflict to resolve</source>
        <translation>Geen conflicten op te lossen</translation>
    </message>
    <message>
        <source>Export for headquarters</source>
        <translation>Exporteren voor de hoofdzetel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the pseudonymised workbook…</source>
        <translation>De gepseudonimiseerde werkmap wordt geschreven…</translation>
    </message>
    <message>
        <source>Writing the workbook for headquarters…</source>
        <translation>De werkmap voor de hoofdzetel wordt geschreven…</translation>
    </message>
    <message>
        <source>Import from headquarters</source>
        <translation>Importeren van de hoofdzetel</translation>
    </message>
    <message>
        <source>Importing the workbook from headquarters…</source>
        <translation>De werkmap van de hoofdzetel wordt geïmporteerd…</translation>
    </message>
</context>
<context>
    <name>ExchangeSummary</name>
    <message>
        <source>Export for headquarters</source>
        <translation>Export voor de hoofdzetel</translation>
    </message>
    <message>
        <source>The pseudonymised workbook for statistics was written:</source>
        <translation>De gepseudonimiseerde werkmap voor statistieken is opgeslagen:</translation>
    </message>
    <message>
        <source>The workbook for headquarters was written:</source>
        <translation>De werkmap voor de hoofdzetel is opgeslagen:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Rows per sheet</source>
        <translation>Rijen per blad</translation>
    </message>
    <message>
        <source>Import from headquarters</source>
        <translation>Import van de hoofdzetel</translation>
    </message>
    <message>
        <source>{file} was imported.</source>
        <translation>{file} is geïmporteerd.</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>Nieuwe fiches:</translation>
    </message>
    <message>
        <source>Records updated:</source>
        <translation>Bijgewerkte fiches:</translation>
    </message>
    <message>
        <source>Records unchanged:</source>
        <translation>Ongewijzigde fiches:</translation>
    </message>
    <message>
        <source>Changed on both sides (to resolve):</source>
        <translation>Aan beide kanten gewijzigd (op te lossen):</translation>
    </message>
    <message>
        <source>Rows not applied:</source>
        <translation>Niet toegepaste rijen:</translation>
    </message>
    <message>
        <source>A record changed both here and at headquarters since the last exchange is never overwritten: you choose, field by field, which value to keep.</source>
        <translation>Een fiche die sinds de laatste uitwisseling zowel hier als op de hoofdzetel gewijzigd is, wordt nooit overschreven: je kiest per veld welke waarde je houdt.</translation>
    </message>
    <message>
        <source>These rows were not applied; correct them at headquarters and send the workbook again:</source>
        <translation>Deze rijen zijn niet toegepast; laat ze op de hoofdzetel verbeteren en stuur de werkmap opnieuw:</translation>
    </message>
    <message>
        <source>Resolve the conflicts…</source>
        <translation>Conflicten oplossen…</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
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
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
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
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Opleidingsniveau</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Doorverwezen door</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Datum van doorverwijzing</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Training completed on</source>
        <translation>Opleiding afgerond op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Inschrijvingsdatum</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
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
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Voorgesteld op</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
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
        <source>Agreement signed on</source>
        <translation>Overeenkomst ondertekend op</translation>
    </message>
    <message>
        <source>Outcome at 12 months</source>
        <translation>Situatie na 12 maanden</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Datum van de situatie</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Soort ontmoeting</translation>
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
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheden</translation>
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
        <source>Professional project defined</source>
        <translation>Beroepsproject bepaald</translation>
    </message>
    <message>
        <source>More confident</source>
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
        <source>Identifier</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Ontmoeting</translation>
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
        <source>Duos</source>
        <translation>Duo&apos;s</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Ontmoetingen</translation>
    </message>
    <message>
        <source>Attendance at group sessions</source>
        <translation>Aanwezigheden op groepssessies</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Counts for statistics</source>
        <translation>Tellingen voor statistieken</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>Over het bestand</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>{present} present, {absent} absent</source>
        <translation>{present} aanwezig, {absent} afwezig</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, column “{column}”</source>
        <translation>{sheet}, rij {row}, kolom ‘{column}’</translation>
    </message>
    <message>
        <source>{sheet}, row {row}</source>
        <translation>{sheet}, rij {row}</translation>
    </message>
    <message>
        <source>{place}: {what}</source>
        <translation>{place}: {what}</translation>
    </message>
</context>
</TS>
