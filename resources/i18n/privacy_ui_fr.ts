<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditField</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
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
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Freins</translation>
    </message>
    <message>
        <source>Training modules</source>
        <translation>Modules de formation</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit·e le</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Reason for the age exception</source>
        <translation>Motif de la dérogation d&apos;âge</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <source>Diploma recognised</source>
        <translation>Diplôme reconnu</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Compétences numériques</translation>
    </message>
    <message>
        <source>Working status</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <source>Professional project</source>
        <translation>Projet professionnel</translation>
    </message>
    <message>
        <source>Preferred mentor gender</source>
        <translation>Genre de mentor souhaité</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Date d&apos;orientation</translation>
    </message>
    <message>
        <source>Referring partner</source>
        <translation>Partenaire qui oriente</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Jobseeker registration</source>
        <translation>Inscription comme demandeur d&apos;emploi</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Target group met</source>
        <translation>Appartenance au public cible</translation>
    </message>
    <message>
        <source>Last job</source>
        <translation>Dernier emploi</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Partner company</source>
        <translation>Entreprise partenaire</translation>
    </message>
    <message>
        <source>Maximum duos</source>
        <translation>Nombre maximum de duos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>En pause jusqu&apos;au</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Sort name</source>
        <translation>Nom de tri</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Anonymisé le</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Dossier complet</translation>
    </message>
    <message>
        <source>Access request (PDF and JSON)</source>
        <translation>Demande d&apos;accès (PDF et JSON)</translation>
    </message>
    <message>
        <source>Person sheet</source>
        <translation>Fiche de la personne</translation>
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
        <translation>Langue de la convention</translation>
    </message>
    <message>
        <source>Decision deadline</source>
        <translation>Date limite de décision</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Première rencontre</translation>
    </message>
    <message>
        <source>Mentee&apos;s answer</source>
        <translation>Réponse du ou de la mentee</translation>
    </message>
    <message>
        <source>Mentor&apos;s answer</source>
        <translation>Réponse du mentor</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Date du résultat</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>Convention de mentorat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets abordés</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Calendar file (.ics)</source>
        <translation>Fichier d&apos;agenda (.ics)</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Professional project defined</source>
        <translation>Projet professionnel défini</translation>
    </message>
    <message>
        <source>More self-confident</source>
        <translation>Plus de confiance en soi</translation>
    </message>
    <message>
        <source>Network expanded</source>
        <translation>Réseau élargi</translation>
    </message>
    <message>
        <source>Coaching skills improved</source>
        <translation>Compétences d&apos;accompagnement améliorées</translation>
    </message>
    <message>
        <source>Feels useful</source>
        <translation>Se sent utile</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Valeur ajoutée</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone de contact</translation>
    </message>
    <message>
        <source>Import columns</source>
        <translation>Colonnes d&apos;import</translation>
    </message>
    <message>
        <source>This database&apos;s antenna</source>
        <translation>Antenne de cette base de données</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Qui je suis</translation>
    </message>
    <message>
        <source>Consent settings</source>
        <translation>Paramètres des consentements</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>Likeness of names for duplicates</source>
        <translation>Seuil de ressemblance des noms (doublons)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>File fingerprint</source>
        <translation>Empreinte du fichier</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <source>Sheet {name}</source>
        <translation>Feuille {name}</translation>
    </message>
</context>
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
