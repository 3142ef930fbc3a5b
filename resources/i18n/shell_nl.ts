<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AntennaDialog</name>
    <message>
        <source>Rename an antenna</source>
        <translation>Een antenne hernoemen</translation>
    </message>
    <message>
        <source>Add an antenna</source>
        <translation>Een antenne toevoegen</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>2 to 8 capital letters, like BXL</source>
        <translation>2 tot 8 hoofdletters, zoals BXL</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
</context>
<context>
    <name>Antennas</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup was saved as {file} in the folder {folder}.</source>
        <translation>De back-up werd bewaard als {file} in de map {folder}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <source>Replace the content of the database {file} by the backup {backup}? What the database holds now is first kept as a safety copy in the backup folder.</source>
        <translation>De inhoud van de databank {file} vervangen door de back-up {backup}? Wat de databank nu bevat, wordt eerst als veiligheidskopie bewaard in de back-upmap.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>The backup {backup} was restored.</source>
        <translation>De back-up {backup} werd teruggezet.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Databank wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The most recent backup dates from {when}.</source>
        <translation>De meest recente back-up dateert van {when}.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <source>Edit a coordinator</source>
        <translation>Een coördinator wijzigen</translation>
    </message>
    <message>
        <source>Add a coordinator</source>
        <translation>Een coördinator toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Antenna:</source>
        <translation>&amp;Antenne:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No antenna</source>
        <translation>Geen antenne</translation>
    </message>
    <message>
        <source>Active (can follow duos)</source>
        <translation>Actief (kan duo&apos;s opvolgen)</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Voornaam en naam</translation>
    </message>
    <message>
        <source>name@organisation.be</source>
        <translation>naam@organisatie.be</translation>
    </message>
</context>
<context>
    <name>Coordinators</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deactivate {name}? They stay on the duos they followed, but are no longer offered for new ones. You can reactivate them later.</source>
        <translation>{name} deactiveren? Deze persoon blijft gekoppeld aan de duo&apos;s die ze opvolgde, maar wordt niet meer voorgesteld voor nieuwe duo&apos;s. Je kunt haar later opnieuw activeren.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Opnieuw activeren</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coördinatoren</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>DuoDesk: something went wrong</source>
        <translation>DuoDesk: er ging iets mis</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The action you were doing may not have been completed; what was saved before is safe.</source>
        <translation>Er ging onverwacht iets mis. Wat je aan het doen was, is misschien niet afgerond; wat eerder bewaard werd, is veilig.</translation>
    </message>
    <message>
        <source>A report without any personal data was written to {path}.</source>
        <translation>Een rapport zonder enig persoonsgegeven werd bewaard in {path}.</translation>
    </message>
    <message>
        <source>The report could not be written to the log folder.</source>
        <translation>Het rapport kon niet bewaard worden in de logmap.</translation>
    </message>
    <message>
        <source>If this happens again, send the technical details to the person who supports DuoDesk for you.</source>
        <translation>Als dit opnieuw gebeurt, stuur dan de technische details naar de persoon die je helpt met DuoDesk.</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische details tonen</translation>
    </message>
    <message>
        <source>Copy technical details</source>
        <translation>Technische details kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Kiezen in de kalender</translation>
    </message>
</context>
<context>
    <name>DuosPage</name>
    <message>
        <source>Duos</source>
        <translation>Duo&apos;s</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import / Export</source>
        <translation>Import / Export</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This page shows no list to export.</source>
        <translation>Deze pagina toont geen lijst om te exporteren.</translation>
    </message>
    <message>
        <source>About DuoDesk</source>
        <translation>Over DuoDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DuoDesk {version}&lt;/h3&gt;&lt;p&gt;The desktop tool of the regional coordinators of the mentoring-for-employment programme: mentees, mentors and their duos, kept on this computer.&lt;/p&gt;&lt;p&gt;Made with Python, Qt for Python (PySide6), SQLAlchemy, Alembic, openpyxl, python-calamine, ReportLab, icalendar, phonenumbers, email-validator, RapidFuzz, SciPy and platformdirs.&lt;/p&gt;&lt;p&gt;Belgian postcodes: countrystatecity-postal-codes, ODbL (Open Database License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DuoDesk {version}&lt;/h3&gt;&lt;p&gt;Het bureauprogramma van de regionale coördinatoren van het mentoringprogramma naar werk: mentees, mentors en hun duo&apos;s, bewaard op deze computer.&lt;/p&gt;&lt;p&gt;Gemaakt met Python, Qt for Python (PySide6), SQLAlchemy, Alembic, openpyxl, python-calamine, ReportLab, icalendar, phonenumbers, email-validator, RapidFuzz, SciPy en platformdirs.&lt;/p&gt;&lt;p&gt;Belgische postcodes: countrystatecity-postal-codes, ODbL (Open Database License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Databank wordt geopend…</translation>
    </message>
    <message>
        <source>Database: {file}</source>
        <translation>Databank: {file}</translation>
    </message>
    <message>
        <source>Coordinator: {name}</source>
        <translation>Coördinator: {name}</translation>
    </message>
    <message>
        <source>Coordinator: not chosen (see Settings)</source>
        <translation>Coördinator: niet gekozen (zie Instellingen)</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Laatste back-up: {when}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Nog geen back-up</translation>
    </message>
    <message>
        <source>DuoDesk</source>
        <translation>DuoDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Een back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Export the current list…</source>
        <translation>Getoonde lijst &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About DuoDesk</source>
        <translation>&amp;Over DuoDesk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>DuoDesk</source>
        <translation>DuoDesk</translation>
    </message>
</context>
<context>
    <name>PartnersBox</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
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
        <source>Edit the partner</source>
        <translation>Partner wijzigen</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>e.g. Actiris Anderlecht</source>
        <translation>bv. VDAB Gent</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contactpersoon:</translation>
    </message>
    <message>
        <source>Contact email:</source>
        <translation>E-mail contactpersoon:</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>Telefoon contactpersoon:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
</context>
<context>
    <name>PersonListPage</name>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
</context>
<context>
    <name>PrintDocuments</name>
    <message>
        <source>Each duo&apos;s agreement language</source>
        <translation>De taal van de overeenkomst van elk duo</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>Taal van het document:</translation>
    </message>
    <message>
        <source>One PDF file with every agreement</source>
        <translation>Eén pdf-bestand met alle overeenkomsten</translation>
    </message>
    <message>
        <source>One PDF file per duo, in a folder</source>
        <translation>Eén pdf-bestand per duo, in een map</translation>
    </message>
    <message>
        <source>{count} duos selected.</source>
        <translation>{count} duo&apos;s geselecteerd.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Choose the folder of the agreements</source>
        <translation>Kies de map voor de overeenkomsten</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Document opslaan als pdf</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Document wordt voorbereid…</translation>
    </message>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>Het document kon niet worden gelezen om af te drukken.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>De pagina&apos;s worden naar de printer gestuurd…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Print agreements</source>
        <translation>Overeenkomsten afdrukken</translation>
    </message>
    <message>
        <source>Print the agreement</source>
        <translation>Overeenkomst afdrukken</translation>
    </message>
    <message>
        <source>{count} agreements saved in the folder {path}.</source>
        <translation>{count} overeenkomsten opgeslagen in de map {path}.</translation>
    </message>
    <message>
        <source>{count} agreements saved to {path}.</source>
        <translation>{count} overeenkomsten opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Agreement saved to {path}.</source>
        <translation>Overeenkomst opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>agreements.pdf</source>
        <translation>overeenkomsten.pdf</translation>
    </message>
    <message>
        <source>agreement-{duo}.pdf</source>
        <translation>overeenkomst-{duo}.pdf</translation>
    </message>
    <message>
        <source>Document saved to {path}.</source>
        <translation>Document opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Save the changes first: the printed file shows them as saved.</source>
        <translation>Sla de wijzigingen eerst op: de afgedrukte fiche toont de opgeslagen gegevens.</translation>
    </message>
    <message>
        <source>Print a one-page file</source>
        <translation>Fiche van één pagina afdrukken</translation>
    </message>
    <message>
        <source>person-file.pdf</source>
        <translation>persoonsfiche.pdf</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Dagelijkse back-up</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Op verzoek gemaakt</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>Vóór een update van het programma</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vóór het terugzetten van een back-up</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The database {file} is replaced by the content of the backup; its present content is first kept as a safety copy.</source>
        <translation>Kies de back-up die je wilt terugzetten. De databank {file} wordt vervangen door de inhoud van de back-up; wat ze nu bevat, wordt eerst als veiligheidskopie bewaard.</translation>
    </message>
    <message>
        <source>No backup of {file} was found in the folder {folder}. If you keep backups elsewhere (a USB stick, another folder), choose the file with “Other backup file…”.</source>
        <translation>Er werd geen back-up van {file} gevonden in de map {folder}. Bewaar je back-ups elders (een USB-stick, een andere map), kies het bestand dan met ‘Ander back-upbestand…’.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Open {file} with its passphrase…</source>
        <translation>{file} openen met de wachtzin…</translation>
    </message>
    <message>
        <source>Other backup file…</source>
        <translation>Ander back-upbestand…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Een back-upbestand kiezen</translation>
    </message>
    <message>
        <source>DuoDesk backups (*.sqlite)</source>
        <translation>DuoDesk-back-ups (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search a mentee, mentor or duo by name, email or phone</source>
        <translation>Zoek een mentee, mentor of duo op naam, e-mail of telefoon</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Choose the backup folder</source>
        <translation>Kies de back-upmap</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Who I am:</source>
        <translation>&amp;Wie ben ik:</translation>
    </message>
    <message>
        <source>Your name is written on the notes and changes you make.</source>
        <translation>Je naam staat bij de notities en wijzigingen die je maakt.</translation>
    </message>
    <message>
        <source>This database&apos;s &amp;antenna:</source>
        <translation>&amp;Antenne van deze databank:</translation>
    </message>
    <message>
        <source>New mentees, mentors and duos belong to this antenna.</source>
        <translation>Nieuwe mentees, mentors en duo&apos;s horen bij deze antenne.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Back-up&amp;map:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>De standaardmap gebruiken</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Laatste back-up:</translation>
    </message>
    <message>
        <source>— Not chosen —</source>
        <translation>— Niet gekozen —</translation>
    </message>
    <message>
        <source>The default: a “backups” folder beside the database. A backup is made every day, before each update and whenever you ask.</source>
        <translation>Standaard: een map ‘backups’ naast de databank. Er wordt elke dag een back-up gemaakt, vóór elke update en telkens als je erom vraagt.</translation>
    </message>
    <message>
        <source>A folder you chose. A backup is made every day, before each update and whenever you ask.</source>
        <translation>Een map die je koos. Er wordt elke dag een back-up gemaakt, vóór elke update en telkens als je erom vraagt.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
