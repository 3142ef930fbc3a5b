<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AntennaDialog</name>
    <message>
        <source>Rename an antenna</source>
        <translation>Renommer une antenne</translation>
    </message>
    <message>
        <source>Add an antenna</source>
        <translation>Ajouter une antenne</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>2 to 8 capital letters, like BXL</source>
        <translation>2 à 8 majuscules, comme BXL</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup was saved as {file} in the folder {folder}.</source>
        <translation>La sauvegarde a été enregistrée sous le nom {file} dans le dossier {folder}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Replace the content of the database {file} by the backup {backup}? What the database holds now is first kept as a safety copy in the backup folder.</source>
        <translation>Remplacer le contenu de la base de données {file} par la sauvegarde {backup} ? Le contenu actuel de la base est d&apos;abord conservé comme copie de sécurité dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The backup {backup} was restored.</source>
        <translation>La sauvegarde {backup} a été restaurée.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <source>The most recent backup dates from {when}.</source>
        <translation>La sauvegarde la plus récente date du {when}.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <source>Edit a coordinator</source>
        <translation>Modifier un coordinateur</translation>
    </message>
    <message>
        <source>Add a coordinator</source>
        <translation>Ajouter un coordinateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Antenna:</source>
        <translation>&amp;Antenne :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>No antenna</source>
        <translation>Aucune antenne</translation>
    </message>
    <message>
        <source>Active (can follow duos)</source>
        <translation>Actif (peut suivre des duos)</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>name@organisation.be</source>
        <translation>nom@organisation.be</translation>
    </message>
</context>
<context>
    <name>Coordinators</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Deactivate {name}? They stay on the duos they followed, but are no longer offered for new ones. You can reactivate them later.</source>
        <translation>Désactiver {name} ? Cette personne reste liée aux duos qu&apos;elle a suivis, mais n&apos;est plus proposée pour de nouveaux duos. Vous pourrez la réactiver plus tard.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinateurs</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>DuoDesk: something went wrong</source>
        <translation>DuoDesk : un problème est survenu</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The action you were doing may not have been completed; what was saved before is safe.</source>
        <translation>Un problème inattendu est survenu. L&apos;action en cours n&apos;a peut-être pas abouti ; ce qui avait été enregistré auparavant est en sécurité.</translation>
    </message>
    <message>
        <source>A report without any personal data was written to {path}.</source>
        <translation>Un rapport sans aucune donnée personnelle a été enregistré dans {path}.</translation>
    </message>
    <message>
        <source>The report could not be written to the log folder.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans le dossier des journaux.</translation>
    </message>
    <message>
        <source>If this happens again, send the technical details to the person who supports DuoDesk for you.</source>
        <translation>Si cela se reproduit, envoyez les détails techniques à la personne qui vous aide avec DuoDesk.</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Copy technical details</source>
        <translation>Copier les détails techniques</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Choisir dans le calendrier</translation>
    </message>
</context>
<context>
    <name>DuosPage</name>
    <message>
        <source>Duos</source>
        <translation>Duos</translation>
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
        <translation>Cette page n&apos;affiche aucune liste à exporter.</translation>
    </message>
    <message>
        <source>About DuoDesk</source>
        <translation>À propos de DuoDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DuoDesk {version}&lt;/h3&gt;&lt;p&gt;The desktop tool of the regional coordinators of the mentoring-for-employment programme: mentees, mentors and their duos, kept on this computer.&lt;/p&gt;&lt;p&gt;Made with Python, Qt for Python (PySide6), SQLAlchemy, Alembic, openpyxl, python-calamine, ReportLab, icalendar, phonenumbers, email-validator, RapidFuzz, SciPy and platformdirs.&lt;/p&gt;&lt;p&gt;Belgian postcodes: countrystatecity-postal-codes, ODbL (Open Database License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DuoDesk {version}&lt;/h3&gt;&lt;p&gt;L&apos;outil de bureau des coordinateurs régionaux du programme de mentorat vers l&apos;emploi : mentees, mentors et leurs duos, conservés sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Réalisé avec Python, Qt for Python (PySide6), SQLAlchemy, Alembic, openpyxl, python-calamine, ReportLab, icalendar, phonenumbers, email-validator, RapidFuzz, SciPy et platformdirs.&lt;/p&gt;&lt;p&gt;Codes postaux belges : countrystatecity-postal-codes, ODbL (Open Database License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Database: {file}</source>
        <translation>Base de données : {file}</translation>
    </message>
    <message>
        <source>Coordinator: {name}</source>
        <translation>Coordinateur : {name}</translation>
    </message>
    <message>
        <source>Coordinator: not chosen (see Settings)</source>
        <translation>Coordinateur : pas choisi (voir Paramètres)</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde : {when}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Pas encore de sauvegarde</translation>
    </message>
    <message>
        <source>DuoDesk</source>
        <translation>DuoDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Export the current list…</source>
        <translation>&amp;Exporter la liste affichée…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About DuoDesk</source>
        <translation>À &amp;propos de DuoDesk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Edit the partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>e.g. Actiris Anderlecht</source>
        <translation>p. ex. Actiris Anderlecht</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Personne de contact :</translation>
    </message>
    <message>
        <source>Contact email:</source>
        <translation>E-mail de contact :</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>Téléphone de contact :</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
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
        <translation>La langue de convention de chaque duo</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>Langue du document :</translation>
    </message>
    <message>
        <source>One PDF file with every agreement</source>
        <translation>Un seul fichier PDF avec toutes les conventions</translation>
    </message>
    <message>
        <source>One PDF file per duo, in a folder</source>
        <translation>Un fichier PDF par duo, dans un dossier</translation>
    </message>
    <message>
        <source>{count} duos selected.</source>
        <translation>{count} duos sélectionnés.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Choose the folder of the agreements</source>
        <translation>Choisir le dossier des conventions</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>Le document n&apos;a pas pu être lu pour l&apos;impression.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Envoi des pages à l&apos;imprimante…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Print agreements</source>
        <translation>Imprimer les conventions</translation>
    </message>
    <message>
        <source>Print the agreement</source>
        <translation>Imprimer la convention</translation>
    </message>
    <message>
        <source>{count} agreements saved in the folder {path}.</source>
        <translation>{count} conventions enregistrées dans le dossier {path}.</translation>
    </message>
    <message>
        <source>{count} agreements saved to {path}.</source>
        <translation>{count} conventions enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>Agreement saved to {path}.</source>
        <translation>Convention enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>agreements.pdf</source>
        <translation>conventions.pdf</translation>
    </message>
    <message>
        <source>agreement-{duo}.pdf</source>
        <translation>convention-{duo}.pdf</translation>
    </message>
    <message>
        <source>Document saved to {path}.</source>
        <translation>Document enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Save the changes first: the printed file shows them as saved.</source>
        <translation>Enregistrez d&apos;abord les modifications : la fiche imprimée reprend les données enregistrées.</translation>
    </message>
    <message>
        <source>Print a one-page file</source>
        <translation>Imprimer une fiche d&apos;une page</translation>
    </message>
    <message>
        <source>person-file.pdf</source>
        <translation>fiche-personnelle.pdf</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Faite à la demande</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>Avant une mise à jour du programme</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The database {file} is replaced by the content of the backup; its present content is first kept as a safety copy.</source>
        <translation>Choisissez la sauvegarde à restaurer. La base de données {file} est remplacée par le contenu de la sauvegarde ; son contenu actuel est d&apos;abord conservé comme copie de sécurité.</translation>
    </message>
    <message>
        <source>No backup of {file} was found in the folder {folder}. If you keep backups elsewhere (a USB stick, another folder), choose the file with “Other backup file…”.</source>
        <translation>Aucune sauvegarde de {file} n&apos;a été trouvée dans le dossier {folder}. Si vous gardez des sauvegardes ailleurs (une clé USB, un autre dossier), choisissez le fichier avec « Autre fichier de sauvegarde… ».</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Open {file} with its passphrase…</source>
        <translation>Ouvrir {file} avec sa phrase secrète…</translation>
    </message>
    <message>
        <source>Other backup file…</source>
        <translation>Autre fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>DuoDesk backups (*.sqlite)</source>
        <translation>Sauvegardes DuoDesk (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search a mentee, mentor or duo by name, email or phone</source>
        <translation>Rechercher un mentee, un mentor ou un duo par nom, e-mail ou téléphone</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Who I am:</source>
        <translation>&amp;Qui suis-je :</translation>
    </message>
    <message>
        <source>Your name is written on the notes and changes you make.</source>
        <translation>Votre nom figure sur les notes et les modifications que vous faites.</translation>
    </message>
    <message>
        <source>This database&apos;s &amp;antenna:</source>
        <translation>&amp;Antenne de cette base :</translation>
    </message>
    <message>
        <source>New mentees, mentors and duos belong to this antenna.</source>
        <translation>Les nouveaux mentees, mentors et duos appartiennent à cette antenne.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>Utiliser le dossier par défaut</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Dernière sauvegarde :</translation>
    </message>
    <message>
        <source>— Not chosen —</source>
        <translation>— Pas choisi —</translation>
    </message>
    <message>
        <source>The default: a “backups” folder beside the database. A backup is made every day, before each update and whenever you ask.</source>
        <translation>Par défaut : un dossier « backups » à côté de la base de données. Une sauvegarde est faite chaque jour, avant chaque mise à jour et chaque fois que vous le demandez.</translation>
    </message>
    <message>
        <source>A folder you chose. A backup is made every day, before each update and whenever you ask.</source>
        <translation>Un dossier que vous avez choisi. Une sauvegarde est faite chaque jour, avant chaque mise à jour et chaque fois que vous le demandez.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Pas encore</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
