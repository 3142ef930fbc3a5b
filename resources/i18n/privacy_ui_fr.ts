<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditLog</name>
    <message>
        <source>(no longer in the database)</source>
        <translation>(n&apos;est plus dans la base de données)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>All coordinators</source>
        <translation>Tous les coordinateurs</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Name, email or phone: their file and their duos</source>
        <translation>Nom, e-mail ou téléphone : son dossier et ses duos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
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
        <translation>Personne</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Partner import</source>
        <translation>Import d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Headquarters import</source>
        <translation>Import du siège</translation>
    </message>
    <message>
        <source>Exchange workbook</source>
        <translation>Classeur d&apos;échange</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>Rapport d&apos;impact</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Erase {name} ({role}) on request?</source>
        <translation>Effacer {name} ({role}) à sa demande ?</translation>
    </message>
    <message>
        <source>Their file is deleted with its journal, consents and history.</source>
        <translation>Son dossier est supprimé, avec son journal, ses consentements et son historique.</translation>
    </message>
    <message>
        <source>They took part in a duo, which the programme&apos;s figures count: their file stays as an anonymised file, without name, contact details, birth date, journal or any text written about them.</source>
        <translation>Cette personne a fait partie d&apos;un duo, que les chiffres du programme comptent : son dossier reste sous forme anonymisée, sans nom, coordonnées, date de naissance, journal ni aucun texte écrit à son sujet.</translation>
    </message>
    <message>
        <source>Backups made before today still hold their data until they are replaced (up to a year); do not restore one without erasing them again.</source>
        <translation>Les sauvegardes faites avant aujourd&apos;hui contiennent encore ses données jusqu&apos;à ce qu&apos;elles soient remplacées (un an au plus) ; si vous en restaurez une, effacez à nouveau cette personne.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette opération est définitive.</translation>
    </message>
    <message>
        <source>Their name also appears in a note or text of another file: it is replaced there by […].</source>
        <translation>Son nom figure aussi dans une note ou un texte d&apos;un autre dossier : il y est remplacé par […].</translation>
    </message>
    <message>
        <source>Their name also appears in {count} notes or texts of other files: it is replaced there by […].</source>
        <translation>Son nom figure aussi dans {count} notes ou textes d&apos;autres dossiers : il y est remplacé par […].</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>Effacement sur demande</translation>
    </message>
    <message>
        <source>{name} is in a duo that is proposed, accepted or under way. Decline or stop that duo first, then erase the file.</source>
        <translation>{name} fait partie d&apos;un duo proposé, accepté ou en cours. Refusez ou arrêtez d&apos;abord ce duo, puis effacez le dossier.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>{name} was erased: the name is no longer in the database.</source>
        <translation>{name} a été effacé·e : son nom ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <source>Erasing and compacting the database…</source>
        <translation>Effacement et compactage de la base de données…</translation>
    </message>
    <message>
        <source>Find the person who asked for the erasure of their data: type their name, email or phone.</source>
        <translation>Recherchez la personne qui a demandé l&apos;effacement de ses données : tapez son nom, son e-mail ou son téléphone.</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Effacer sur demande…</translation>
    </message>
    <message>
        <source>The person asked for their data to be erased (right to erasure).</source>
        <translation>La personne a demandé l&apos;effacement de ses données (droit à l&apos;effacement).</translation>
    </message>
</context>
<context>
    <name>FilesDue</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>À anonymiser depuis le</translation>
    </message>
    <message>
        <source>Anonymise the file of {name}?</source>
        <translation>Anonymiser le dossier de {name} ?</translation>
    </message>
    <message>
        <source>Anonymise {count} files?</source>
        <translation>Anonymiser {count} dossiers ?</translation>
    </message>
    <message>
        <source>Names, contact details, birth date, languages, journal, consents and every text written about them are removed for good; what the programme&apos;s figures need (age band, municipality, dates, statuses, duos, outcomes, evaluation answers) is kept. Backups made before keep the files as they are now until they are replaced.</source>
        <translation>Les noms, coordonnées, date de naissance, langues, journal, consentements et tous les textes écrits à leur sujet sont supprimés définitivement ; ce dont les chiffres du programme ont besoin (tranche d&apos;âge, commune, dates, statuts, duos, résultats, réponses aux évaluations) est conservé. Les sauvegardes faites avant gardent les dossiers tels qu&apos;ils sont maintenant jusqu&apos;à ce qu&apos;elles soient remplacées.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Anonymising files…</source>
        <translation>Anonymisation des dossiers…</translation>
    </message>
    <message>
        <source>No file is due for anonymisation.</source>
        <translation>Aucun dossier n&apos;est à anonymiser.</translation>
    </message>
    <message>
        <source>1 file is due for anonymisation.</source>
        <translation>1 dossier est à anonymiser.</translation>
    </message>
    <message>
        <source>{count} files are due for anonymisation.</source>
        <translation>{count} dossiers sont à anonymiser.</translation>
    </message>
    <message>
        <source>Files kept longer than the retention periods set under Settings → Retention. Anonymising a file removes what names the person and keeps what the programme&apos;s figures need.</source>
        <translation>Les dossiers conservés au-delà des durées fixées dans Paramètres → Conservation. Anonymiser un dossier retire ce qui identifie la personne et garde ce dont les chiffres du programme ont besoin.</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Anonymise selected…</source>
        <translation>Anonymiser la sélection…</translation>
    </message>
    <message>
        <source>Anonymise all…</source>
        <translation>Tout anonymiser…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Effacer sur demande…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>FilesDueTab</name>
    <message numerus="yes">
        <source>%Ln files anonymised.</source>
        <translation>
            <numerusform>%Ln dossier anonymisé.</numerusform>
            <numerusform>%Ln dossiers anonymisés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Files due</source>
        <translation>Dossiers à anonymiser</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message>
        <source>File closed (outcome or end of the last duo)</source>
        <translation>Dossier clôturé (résultat ou fin du dernier duo)</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Aucune activité</translation>
    </message>
    <message>
        <source>Anonymised mentor {day}</source>
        <translation>Mentor anonymisé le {day}</translation>
    </message>
    <message>
        <source>Anonymised mentee {day}</source>
        <translation>Mentee anonymisé·e le {day}</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>How long a file is kept before the Privacy page lists it for anonymisation, per status. 0 keeps the file.</source>
        <translation>Durée de conservation d&apos;un dossier, par statut, avant que la page Vie privée le propose à l&apos;anonymisation. 0 : le dossier est conservé.</translation>
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
        <translation> mois</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>after the outcome of the last duo (or its end)</source>
        <translation>après le résultat du dernier duo (ou sa fin)</translation>
    </message>
    <message>
        <source>after the last activity</source>
        <translation>après la dernière activité</translation>
    </message>
</context>
</TS>
