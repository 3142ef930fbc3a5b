<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BackupPreview</name>
    <message>
        <source>The backup {file} is encrypted with another passphrase. Type it to see what the backup holds.</source>
        <translation>De back-up {file} is versleuteld met een andere wachtzin. Typ die om te zien wat de back-up bevat.</translation>
    </message>
    <message>
        <source>Type its passphrase…</source>
        <translation>De wachtzin typen…</translation>
    </message>
    <message>
        <source>Select a backup to see what it holds.</source>
        <translation>Selecteer een back-up om te zien wat erin zit.</translation>
    </message>
    <message>
        <source>Reading what the backup holds…</source>
        <translation>De inhoud van de back-up wordt gelezen…</translation>
    </message>
    <message>
        <source>This backup is encrypted: type its passphrase to see what it holds. Restoring it asks for it too.</source>
        <translation>Deze back-up is versleuteld: typ de wachtzin om te zien wat erin zit. Bij het terugzetten wordt er ook om gevraagd.</translation>
    </message>
    <message>
        <source>This file cannot be read: it is damaged or it is not a DuoDesk backup.</source>
        <translation>Dit bestand kan niet gelezen worden: het is beschadigd of het is geen DuoDesk-back-up.</translation>
    </message>
    <message>
        <source>This backup holds: mentees {mentees} · mentors {mentors} · duos {duos} · meetings {meetings} · partners {partners}.</source>
        <translation>Deze back-up bevat: mentees {mentees} · mentors {mentors} · duo&apos;s {duos} · ontmoetingen {meetings} · partners {partners}.</translation>
    </message>
    <message>
        <source>Its latest change: {when}.</source>
        <translation>Laatste wijziging: {when}.</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>{name} ({role}), {when}</source>
        <translation>{name} ({role}), {when}</translation>
    </message>
    <message>
        <source>Files changed last:</source>
        <translation>Laatst gewijzigde dossiers:</translation>
    </message>
    <message>
        <source>It holds no mentee or mentor yet.</source>
        <translation>Er zit nog geen enkele mentee of mentor in.</translation>
    </message>
</context>
<context>
    <name>CliBackups</name>
    <message>
        <source>encrypted with another passphrase: its content cannot be shown</source>
        <translation>versleuteld met een andere wachtzin: de inhoud kan niet getoond worden</translation>
    </message>
    <message>
        <source>damaged or not a DuoDesk backup</source>
        <translation>beschadigd of geen DuoDesk-back-up</translation>
    </message>
    <message>
        <source>mentees {mentees} · mentors {mentors} · duos {duos} · meetings {meetings} · partners {partners}</source>
        <translation>mentees {mentees} · mentors {mentors} · duo&apos;s {duos} · ontmoetingen {meetings} · partners {partners}</translation>
    </message>
    <message>
        <source>latest change {when}</source>
        <translation>laatste wijziging {when}</translation>
    </message>
    <message>
        <source>No backup of {file} in {folder}.</source>
        <translation>Geen back-up van {file} in {folder}.</translation>
    </message>
</context>
<context>
    <name>CliPassphrase</name>
    <message>
        <source>Passphrase of {file}: </source>
        <translation>Wachtzin van {file}: </translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>If the database {file} was encrypted, on this computer or another, type its passphrase to open it.</source>
        <translation>Als de databank {file} versleuteld werd, op deze computer of op een andere, typ dan de wachtzin om ze te openen.</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>De databank wordt versleuteld…</translation>
    </message>
    <message>
        <source>The database and its backups are now encrypted. DuoDesk will ask the passphrase each time it starts.</source>
        <translation>De databank en haar back-ups zijn nu versleuteld. DuoDesk vraagt de wachtzin telkens het opstart.</translation>
    </message>
    <message>
        <source>Type the passphrase of the database to remove its encryption.</source>
        <translation>Typ de wachtzin van de databank om de versleuteling weg te halen.</translation>
    </message>
    <message>
        <source>Remove the encryption of {file}? Anyone who gets hold of the file will be able to read it. The backups made so far stay encrypted and keep needing this passphrase.</source>
        <translation>De versleuteling van {file} weghalen? Iedereen die het bestand in handen krijgt, kan het dan lezen. De back-ups die al gemaakt zijn, blijven versleuteld en hebben deze wachtzin blijvend nodig.</translation>
    </message>
    <message>
        <source>Remove the encryption</source>
        <translation>Versleuteling weghalen</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>De versleuteling wordt weggehaald…</translation>
    </message>
    <message>
        <source>The database is no longer encrypted. Its older backups still need the passphrase.</source>
        <translation>De databank is niet langer versleuteld. Haar oudere back-ups hebben de wachtzin nog altijd nodig.</translation>
    </message>
</context>
<context>
    <name>EncryptionBox</name>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer: the SQLCipher component is not installed. Everything else works as usual.</source>
        <translation>Versleuteling is niet beschikbaar op deze computer: het onderdeel SQLCipher is niet geïnstalleerd. Al de rest werkt zoals gewoonlijk.</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted: they open only with the passphrase, asked when DuoDesk starts.</source>
        <translation>De databank en haar back-ups zijn versleuteld: ze gaan alleen open met de wachtzin, die gevraagd wordt als DuoDesk opstart.</translation>
    </message>
    <message>
        <source>The database is not encrypted: anyone who gets hold of the file or a backup can read it.</source>
        <translation>De databank is niet versleuteld: wie het bestand of een back-up in handen krijgt, kan ze lezen.</translation>
    </message>
    <message>
        <source>Remove the encryption…</source>
        <translation>Versleuteling weghalen…</translation>
    </message>
    <message>
        <source>Encrypt the database…</source>
        <translation>De databank versleutelen…</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Vergrendelen na (minuten zonder gebruik):</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>When locked, the windows are hidden until the passphrase is typed again; nothing being edited is lost. 0 means never.</source>
        <translation>Vergrendeld blijven de vensters verborgen tot de wachtzin opnieuw getypt wordt; niets van wat je aan het bewerken bent, gaat verloren. 0 betekent nooit.</translation>
    </message>
</context>
<context>
    <name>EncryptionTexts</name>
    <message>
        <source>At least {minimum} characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Minstens {minimum} tekens. Een korte zin is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>Nobody can open an encrypted database without its passphrase: not you, not a colleague, not the DuoDesk team. If the passphrase is lost, the data and its backups are lost for good. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Niemand kan een versleutelde databank openen zonder haar wachtzin: jij niet, een collega niet, het DuoDesk-team niet. Raakt de wachtzin kwijt, dan zijn de gegevens en hun back-ups voorgoed verloren. Schrijf hem op en bewaar hem op een veilige plek, weg van deze computer.</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer: the SQLCipher component is not installed.</source>
        <translation>Versleuteling is niet beschikbaar op deze computer: het onderdeel SQLCipher is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted: run the command in a terminal to type its passphrase, or give it on standard input with --passphrase-stdin.</source>
        <translation>De databank {path} is versleuteld: voer het commando uit in een terminal om de wachtzin te typen, of geef hem via de standaardinvoer met --passphrase-stdin.</translation>
    </message>
    <message>
        <source>This passphrase does not open {path}. Check it (capital letters, accents) and try again. If the file was never encrypted, it is damaged: restore a backup.</source>
        <translation>Deze wachtzin opent {path} niet. Controleer hem (hoofdletters, accenten) en probeer opnieuw. Werd het bestand nooit versleuteld, dan is het beschadigd: zet een back-up terug.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same passphrase twice.</source>
        <translation>De twee wachtzinnen zijn niet gelijk. Typ twee keer dezelfde wachtzin.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Typ een wachtzin.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least {minimum} characters.</source>
        <translation>Deze wachtzin is te kort: gebruik minstens {minimum} tekens.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>DuoDesk is locked</source>
        <translation>DuoDesk is vergrendeld</translation>
    </message>
    <message>
        <source>Nobody used DuoDesk for a while, so its content is hidden. Type the passphrase of the database to go on where you left off.</source>
        <translation>DuoDesk werd een tijdje niet gebruikt, daarom is de inhoud verborgen. Typ de wachtzin van de databank om verder te gaan waar je gebleven was.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>This passphrase is not the right one. Try again.</source>
        <translation>Dat is niet de juiste wachtzin. Probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The backup {file} is encrypted with another passphrase than the database&apos;s. Type the passphrase it was made with to restore it.</source>
        <translation>De back-up {file} is versleuteld met een andere wachtzin dan die van de databank. Typ de wachtzin waarmee hij gemaakt werd om hem terug te zetten.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>The database {file} is encrypted. Type its passphrase to open it.</source>
        <translation>De databank {file} is versleuteld. Typ de wachtzin om ze te openen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Check it (capital letters, accents) and try again.</source>
        <translation>Deze wachtzin opent de databank niet. Controleer hem (hoofdletters, accenten) en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>De databank versleutelen</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Nog eens typen:</translation>
    </message>
    <message>
        <source>I have written the passphrase down and keep it safe.</source>
        <translation>Ik heb de wachtzin opgeschreven en bewaar hem veilig.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Versleutelen</translation>
    </message>
</context>
</TS>
