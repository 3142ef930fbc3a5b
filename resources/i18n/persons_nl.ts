<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>PersonFile</name>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>zelfde e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>zelfde telefoon</translation>
    </message>
    <message>
        <source>same birth date and close name</source>
        <translation>zelfde geboortedatum en gelijkaardige naam</translation>
    </message>
    <message>
        <source>{name} ({role}, {status}): {why}</source>
        <translation>{name} ({role}, {status}): {why}</translation>
    </message>
    <message>
        <source>This person may already have a file:</source>
        <translation>Deze persoon heeft misschien al een dossier:</translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation>Bestaand dossier openen</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Toch aanmaken</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Status wijzigen…</translation>
    </message>
    <message>
        <source>Print a one-page file…</source>
        <translation>Fiche van één pagina afdrukken…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Wijzigingen annuleren</translation>
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
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>A new note…</source>
        <translation>Een nieuwe notitie…</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
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
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation>Nieuwe mentee</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Nieuwe mentor</translation>
    </message>
    <message>
        <source>{status} until {date}</source>
        <translation>{status} tot {date}</translation>
    </message>
    <message>
        <source>trained on {date}</source>
        <translation>opgeleid op {date}</translation>
    </message>
    <message>
        <source>Status: {before} → {after}</source>
        <translation>Status: {before} → {after}</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>Dossier aangemaakt</translation>
    </message>
    <message>
        <source>Edited: {fields}</source>
        <translation>Gewijzigd: {fields}</translation>
    </message>
    <message>
        <source>This file has changes that are not saved. Save them?</source>
        <translation>Dit dossier heeft wijzigingen die niet opgeslagen zijn. Opslaan?</translation>
    </message>
    <message>
        <source>A journal note is typed but not added to the journal. Add it?</source>
        <translation>Er is een notitie getypt die nog niet aan het logboek is toegevoegd. Toevoegen?</translation>
    </message>
</context>
<context>
    <name>PersonFilters</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation>Zoeken op naam, e-mail of telefoon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Languages, sectors and interests</source>
        <translation>Talen, sectoren en interesses</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Beschikbaarheid per week</translation>
    </message>
    <message>
        <source>In the programme</source>
        <translation>In het programma</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Education and job search</source>
        <translation>Opleiding en zoektocht naar werk</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Loopbaan</translation>
    </message>
    <message>
        <source>Training modules (date completed)</source>
        <translation>Opleidingsmodules (datum afgerond)</translation>
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
        <source>Reason for an age exception</source>
        <translation>Reden voor een leeftijdsuitzondering</translation>
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
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Free at</source>
        <translation>Vrij op</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
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
        <source>Referrer contact</source>
        <translation>Contactpersoon verwijzer</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Datum van doorverwijzing</translation>
    </message>
    <message>
        <source>Jobseeker service</source>
        <translation>Dienst voor arbeidsbemiddeling</translation>
    </message>
    <message>
        <source>Meets the target group criterion</source>
        <translation>Voldoet aan het doelgroepcriterium</translation>
    </message>
    <message>
        <source>Preferred mentor gender</source>
        <translation>Gewenst gender van de mentor</translation>
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
        <source>Professional project</source>
        <translation>Beroepsproject</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digitale vaardigheden</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
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
        <source>Working or retired</source>
        <translation>Werkend of gepensioneerd</translation>
    </message>
    <message>
        <source>Duos at the same time (at most)</source>
        <translation>Duo&apos;s tegelijk (maximum)</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Filled from the postcode when left empty</source>
        <translation>Ingevuld vanuit de postcode als het leeg blijft</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Doorverwezen door</translation>
    </message>
    <message>
        <source>Company partner</source>
        <translation>Partnerbedrijf</translation>
    </message>
    <message>
        <source>On pause until</source>
        <translation>Gepauzeerd tot</translation>
    </message>
    <message>
        <source>Module {number}</source>
        <translation>Module {number}</translation>
    </message>
    <message>
        <source>{age} years old</source>
        <translation>{age} jaar</translation>
    </message>
</context>
<context>
    <name>PersonListPage</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
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
        <source>Days waiting</source>
        <translation>Dagen wachten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentees</source>
        <translation>
            <numerusform>%Ln mentee</numerusform>
            <numerusform>%Ln mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentors</source>
        <translation>
            <numerusform>%Ln mentor</numerusform>
            <numerusform>%Ln mentors</numerusform>
        </translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation>Nieuwe mentee</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Nieuwe mentor</translation>
    </message>
</context>
<context>
    <name>PersonWidgets</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Language (code)</source>
        <translation>Taal (code)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Taal toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
</TS>
