<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BackupPreview</name>
    <message>
        <source>The backup {file} is encrypted with another passphrase. Type it to see what the backup holds.</source>
        <translation>La sauvegarde {file} est chiffrée avec une autre phrase secrète. Tapez-la pour voir ce que contient la sauvegarde.</translation>
    </message>
    <message>
        <source>Type its passphrase…</source>
        <translation>Taper sa phrase secrète…</translation>
    </message>
    <message>
        <source>Select a backup to see what it holds.</source>
        <translation>Sélectionnez une sauvegarde pour voir ce qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>Reading what the backup holds…</source>
        <translation>Lecture du contenu de la sauvegarde…</translation>
    </message>
    <message>
        <source>This backup is encrypted: type its passphrase to see what it holds. Restoring it asks for it too.</source>
        <translation>Cette sauvegarde est chiffrée : tapez sa phrase secrète pour voir ce qu&apos;elle contient. La restauration la demande aussi.</translation>
    </message>
    <message>
        <source>This file cannot be read: it is damaged or it is not a DuoDesk backup.</source>
        <translation>Ce fichier ne peut pas être lu : il est endommagé ou ce n&apos;est pas une sauvegarde DuoDesk.</translation>
    </message>
    <message>
        <source>This backup holds: mentees {mentees} · mentors {mentors} · duos {duos} · meetings {meetings} · partners {partners}.</source>
        <translation>Cette sauvegarde contient : mentees {mentees} · mentors {mentors} · duos {duos} · rencontres {meetings} · partenaires {partners}.</translation>
    </message>
    <message>
        <source>Its latest change: {when}.</source>
        <translation>Dernière modification : {when}.</translation>
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
        <translation>Dossiers modifiés en dernier :</translation>
    </message>
    <message>
        <source>It holds no mentee or mentor yet.</source>
        <translation>Elle ne contient encore aucun mentee ni mentor.</translation>
    </message>
</context>
<context>
    <name>CliBackups</name>
    <message>
        <source>encrypted with another passphrase: its content cannot be shown</source>
        <translation>chiffrée avec une autre phrase secrète : son contenu ne peut pas être affiché</translation>
    </message>
    <message>
        <source>damaged or not a DuoDesk backup</source>
        <translation>endommagée ou pas une sauvegarde DuoDesk</translation>
    </message>
    <message>
        <source>mentees {mentees} · mentors {mentors} · duos {duos} · meetings {meetings} · partners {partners}</source>
        <translation>mentees {mentees} · mentors {mentors} · duos {duos} · rencontres {meetings} · partenaires {partners}</translation>
    </message>
    <message>
        <source>latest change {when}</source>
        <translation>dernière modification {when}</translation>
    </message>
    <message>
        <source>No backup of {file} in {folder}.</source>
        <translation>Aucune sauvegarde de {file} dans {folder}.</translation>
    </message>
</context>
<context>
    <name>CliPassphrase</name>
    <message>
        <source>Passphrase of {file}: </source>
        <translation>Phrase secrète de {file} : </translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>If the database {file} was encrypted, on this computer or another, type its passphrase to open it.</source>
        <translation>Si la base de données {file} a été chiffrée, sur cet ordinateur ou sur un autre, tapez sa phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Chiffrement de la base de données…</translation>
    </message>
    <message>
        <source>The database and its backups are now encrypted. DuoDesk will ask the passphrase each time it starts.</source>
        <translation>La base de données et ses sauvegardes sont maintenant chiffrées. DuoDesk demandera la phrase secrète à chaque démarrage.</translation>
    </message>
    <message>
        <source>Type the passphrase of the database to remove its encryption.</source>
        <translation>Tapez la phrase secrète de la base de données pour en retirer le chiffrement.</translation>
    </message>
    <message>
        <source>Remove the encryption of {file}? Anyone who gets hold of the file will be able to read it. The backups made so far stay encrypted and keep needing this passphrase.</source>
        <translation>Retirer le chiffrement de {file} ? Toute personne qui met la main sur le fichier pourra le lire. Les sauvegardes déjà faites restent chiffrées et demanderont toujours cette phrase secrète.</translation>
    </message>
    <message>
        <source>Remove the encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>Retrait du chiffrement…</translation>
    </message>
    <message>
        <source>The database is no longer encrypted. Its older backups still need the passphrase.</source>
        <translation>La base de données n&apos;est plus chiffrée. Ses sauvegardes plus anciennes demandent toujours la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>EncryptionBox</name>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer: the SQLCipher component is not installed. Everything else works as usual.</source>
        <translation>Le chiffrement n&apos;est pas disponible sur cet ordinateur : le composant SQLCipher n&apos;est pas installé. Tout le reste fonctionne normalement.</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted: they open only with the passphrase, asked when DuoDesk starts.</source>
        <translation>La base de données et ses sauvegardes sont chiffrées : elles ne s&apos;ouvrent qu&apos;avec la phrase secrète, demandée au démarrage de DuoDesk.</translation>
    </message>
    <message>
        <source>The database is not encrypted: anyone who gets hold of the file or a backup can read it.</source>
        <translation>La base de données n&apos;est pas chiffrée : toute personne qui met la main sur le fichier ou sur une sauvegarde peut la lire.</translation>
    </message>
    <message>
        <source>Remove the encryption…</source>
        <translation>Retirer le chiffrement…</translation>
    </message>
    <message>
        <source>Encrypt the database…</source>
        <translation>Chiffrer la base de données…</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Verrouiller après (minutes sans utilisation) :</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>When locked, the windows are hidden until the passphrase is typed again; nothing being edited is lost. 0 means never.</source>
        <translation>Une fois verrouillées, les fenêtres restent masquées jusqu&apos;à ce que la phrase secrète soit retapée ; rien de ce qui est en cours de modification n&apos;est perdu. 0 veut dire jamais.</translation>
    </message>
</context>
<context>
    <name>EncryptionTexts</name>
    <message>
        <source>At least {minimum} characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Au moins {minimum} caractères. Une petite phrase est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>Nobody can open an encrypted database without its passphrase: not you, not a colleague, not the DuoDesk team. If the passphrase is lost, the data and its backups are lost for good. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Personne ne peut ouvrir une base de données chiffrée sans sa phrase secrète : ni vous, ni un collègue, ni l&apos;équipe DuoDesk. Si la phrase secrète est perdue, les données et leurs sauvegardes sont perdues pour de bon. Notez-la et gardez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer: the SQLCipher component is not installed.</source>
        <translation>Le chiffrement n&apos;est pas disponible sur cet ordinateur : le composant SQLCipher n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted: run the command in a terminal to type its passphrase, or give it on standard input with --passphrase-stdin.</source>
        <translation>La base de données {path} est chiffrée : lancez la commande dans un terminal pour taper sa phrase secrète, ou donnez-la sur l&apos;entrée standard avec --passphrase-stdin.</translation>
    </message>
    <message>
        <source>This passphrase does not open {path}. Check it (capital letters, accents) and try again. If the file was never encrypted, it is damaged: restore a backup.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas {path}. Vérifiez-la (majuscules, accents) et réessayez. Si le fichier n&apos;a jamais été chiffré, il est endommagé : restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Tapez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Tapez une phrase secrète.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least {minimum} characters.</source>
        <translation>Cette phrase secrète est trop courte : utilisez au moins {minimum} caractères.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>DuoDesk is locked</source>
        <translation>DuoDesk est verrouillé</translation>
    </message>
    <message>
        <source>Nobody used DuoDesk for a while, so its content is hidden. Type the passphrase of the database to go on where you left off.</source>
        <translation>DuoDesk n&apos;a pas été utilisé depuis un moment, son contenu est donc masqué. Tapez la phrase secrète de la base de données pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>This passphrase is not the right one. Try again.</source>
        <translation>Ce n&apos;est pas la bonne phrase secrète. Réessayez.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The backup {file} is encrypted with another passphrase than the database&apos;s. Type the passphrase it was made with to restore it.</source>
        <translation>La sauvegarde {file} est chiffrée avec une autre phrase secrète que celle de la base de données. Tapez la phrase secrète avec laquelle elle a été faite pour la restaurer.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The database {file} is encrypted. Type its passphrase to open it.</source>
        <translation>La base de données {file} est chiffrée. Tapez sa phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Check it (capital letters, accents) and try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la base de données. Vérifiez-la (majuscules, accents) et réessayez.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Chiffrer la base de données</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Retapez-la :</translation>
    </message>
    <message>
        <source>I have written the passphrase down and keep it safe.</source>
        <translation>J&apos;ai noté la phrase secrète et je la garde en lieu sûr.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
</context>
</TS>
