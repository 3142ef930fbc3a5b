<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgreementLanguage</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Effacé sur demande</translation>
    </message>
</context>
<context>
    <name>Barrier</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Expérience professionnelle</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation>Confiance en soi</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <source>Schema revision: {revision}</source>
        <translation>Version du schéma : {revision}</translation>
    </message>
    <message>
        <source>Mentees: {mentees}, mentors: {mentors}, duos: {duos}</source>
        <translation>Mentees : {mentees}, mentors : {mentors}, duos : {duos}</translation>
    </message>
    <message>
        <source>Created a new database: {path}</source>
        <translation>Nouvelle base de données créée : {path}</translation>
    </message>
    <message>
        <source>Backup made and checked: {path}</source>
        <translation>Sauvegarde faite et vérifiée : {path}</translation>
    </message>
    <message>
        <source>Older backups removed by the rotation: {count}</source>
        <translation>Anciennes sauvegardes supprimées par la rotation : {count}</translation>
    </message>
    <message>
        <source>Database {path} restored from {backup}.</source>
        <translation>La base de données {path} a été restaurée à partir de {backup}.</translation>
    </message>
    <message>
        <source>Its previous content was kept in {path}</source>
        <translation>Son contenu précédent a été conservé dans {path}</translation>
    </message>
    <message>
        <source>Demo data added to {path}:</source>
        <translation>Données de démonstration ajoutées à {path} :</translation>
    </message>
    <message>
        <source>{mentees} mentees, {mentors} mentors, {duos} duos, {meetings} meetings, {evaluations} evaluations, {coordinators} coordinators, {partners} partners</source>
        <translation>{mentees} mentees, {mentors} mentors, {duos} duos, {meetings} rencontres, {evaluations} évaluations, {coordinators} coordinateurs, {partners} partenaires</translation>
    </message>
    <message>
        <source>No mentor can be proposed for this mentee.</source>
        <translation>Aucun mentor ne peut être proposé pour ce mentee.</translation>
    </message>
    <message>
        <source>Mentors for {mentee}, best first:</source>
        <translation>Mentors pour {mentee}, les meilleurs d&apos;abord :</translation>
    </message>
    <message>
        <source>{rank}. {mentor} ({score} points): {reasons}</source>
        <translation>{rank}. {mentor} ({score} points) : {reasons}</translation>
    </message>
    <message>
        <source>No duo can be proposed for the waiting mentees.</source>
        <translation>Aucun duo ne peut être proposé pour les mentees en attente.</translation>
    </message>
    <message>
        <source>Proposal for the waiting mentees: one duo, {total} points.</source>
        <translation>Proposition pour les mentees en attente : un duo, {total} points.</translation>
    </message>
    <message>
        <source>Proposal for the waiting mentees: {count} duos, {total} points in all.</source>
        <translation>Proposition pour les mentees en attente : {count} duos, {total} points au total.</translation>
    </message>
    <message>
        <source>{mentee} with {mentor} ({score} points): {reasons}</source>
        <translation>{mentee} avec {mentor} ({score} points) : {reasons}</translation>
    </message>
    <message>
        <source>Pseudonymised exchange workbook written: {path}</source>
        <translation>Classeur d&apos;échange pseudonymisé enregistré : {path}</translation>
    </message>
    <message>
        <source>Exchange workbook written: {path}</source>
        <translation>Classeur d&apos;échange enregistré : {path}</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows</source>
        <translation>{sheet} : {rows} lignes</translation>
    </message>
    <message>
        <source>{file}: {created} records created, {updated} updated, {unchanged} unchanged.</source>
        <translation>{file} : {created} fiches créées, {updated} mises à jour, {unchanged} inchangées.</translation>
    </message>
    <message>
        <source>Rows not imported ({count}):</source>
        <translation>Lignes non importées ({count}) :</translation>
    </message>
    <message>
        <source>{count} record(s) changed both here and at headquarters: nothing was overwritten; resolve them in the window (Import / Export).</source>
        <translation>{count} fiche(s) modifiée(s) à la fois ici et au siège : rien n&apos;a été écrasé ; réglez-les dans la fenêtre (Import / Export).</translation>
    </message>
</context>
<context>
    <name>CliAgreement</name>
    <message>
        <source>Agreement written to {path} ({language}).</source>
        <translation>Convention enregistrée dans {path} ({language}).</translation>
    </message>
</context>
<context>
    <name>ConsentPurpose</name>
    <message>
        <source>Taking part in the programme</source>
        <translation>Participation au programme</translation>
    </message>
    <message>
        <source>Contact for the follow-up</source>
        <translation>Contact pour le suivi</translation>
    </message>
    <message>
        <source>Sharing with the referrer</source>
        <translation>Partage avec l&apos;orienteur</translation>
    </message>
    <message>
        <source>Photos and media</source>
        <translation>Photos et médias</translation>
    </message>
</context>
<context>
    <name>DayPart</name>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
</context>
<context>
    <name>DeclineReason</name>
    <message>
        <source>Mentee declined</source>
        <translation>Refus du mentee</translation>
    </message>
    <message>
        <source>Mentor declined</source>
        <translation>Refus du mentor</translation>
    </message>
    <message>
        <source>No-show at the first meeting</source>
        <translation>Absence à la première rencontre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DigitalSkills</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>De base</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonnes</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancées</translation>
    </message>
</context>
<context>
    <name>DiplomaRecognition</name>
    <message>
        <source>Recognised</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <source>Recognition in progress</source>
        <translation>Équivalence en cours</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Documents are printed in French (fr), Dutch (nl) or English (en).</source>
        <translation>Les documents s&apos;impriment en français (fr), en néerlandais (nl) ou en anglais (en).</translation>
    </message>
    <message>
        <source>The document could not be written to {path} ({detail}). Choose another folder, or close the file if it is open in a PDF reader, then try again.</source>
        <translation>Le document n&apos;a pas pu être enregistré dans {path} ({detail}). Choisissez un autre dossier, ou fermez le fichier s&apos;il est ouvert dans un lecteur PDF, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>DuoStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêté avant terme</translation>
    </message>
</context>
<context>
    <name>DuoStep</name>
    <message>
        <source>Record an answer</source>
        <translation>Enregistrer une réponse</translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation>Signer la convention</translation>
    </message>
    <message>
        <source>Close the duo</source>
        <translation>Clôturer le duo</translation>
    </message>
    <message>
        <source>Stop the duo early</source>
        <translation>Arrêter le duo avant terme</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Enregistrer la situation à 12 mois</translation>
    </message>
    <message>
        <source>Record an evaluation</source>
        <translation>Enregistrer une évaluation</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Noter une rencontre</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Planifier une rencontre</translation>
    </message>
    <message>
        <source>Mark the meeting as done</source>
        <translation>Marquer la rencontre comme faite</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Annuler la rencontre</translation>
    </message>
</context>
<context>
    <name>DuoTimeline</name>
    <message>
        <source>Duo proposed</source>
        <translation>Duo proposé</translation>
    </message>
    <message>
        <source>Answer after the first meeting</source>
        <translation>Réponse après la première rencontre</translation>
    </message>
    <message>
        <source>Accepted by both</source>
        <translation>Accepté par les deux</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Convention signée</translation>
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
        <source>Duo finished</source>
        <translation>Duo terminé</translation>
    </message>
    <message>
        <source>Duo stopped early</source>
        <translation>Duo arrêté avant terme</translation>
    </message>
    <message>
        <source>Outcome at 12 months</source>
        <translation>Situation à 12 mois</translation>
    </message>
</context>
<context>
    <name>EducationLevel</name>
    <message>
        <source>No diploma</source>
        <translation>Sans diplôme</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Enseignement primaire</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Secondaire inférieur</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Secondaire supérieur</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelier</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <source>Six months completed</source>
        <translation>Six mois accomplis</translation>
    </message>
    <message>
        <source>Mentee found a job</source>
        <translation>Le mentee a trouvé un emploi</translation>
    </message>
    <message>
        <source>Mentee withdrew</source>
        <translation>Le mentee a arrêté</translation>
    </message>
    <message>
        <source>Mentor withdrew</source>
        <translation>Le mentor a arrêté</translation>
    </message>
    <message>
        <source>No more contact</source>
        <translation>Plus de contact</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Duo mal assorti</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a network share</source>
        <translation>un partage réseau</translation>
    </message>
    <message>
        <source>a removable drive</source>
        <translation>un disque amovible</translation>
    </message>
    <message>
        <source>a cloud-sync folder</source>
        <translation>un dossier synchronisé avec le cloud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Nombre de mentees</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
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
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Date d&apos;orientation</translation>
    </message>
    <message>
        <source>Training modules</source>
        <translation>Modules de formation</translation>
    </message>
    <message>
        <source>Duos at the same time</source>
        <translation>Duos en même temps</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>Type de partenaire</translation>
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
        <source>First meeting</source>
        <translation>Première rencontre</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Langue de la convention</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Back on the waiting list</source>
        <translation>Retour sur la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>Date de signature</translation>
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
        <translation>Situation à 12 mois</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Date de la situation</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets abordés</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Date of the answers</source>
        <translation>Date des réponses</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Weight of “{criterion}”</source>
        <translation>Poids de « {criterion} »</translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field} : ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>{field}: this is not a valid email address.</source>
        <translation>{field} : ce n&apos;est pas une adresse e-mail valable.</translation>
    </message>
    <message>
        <source>{field}: this value is already used.</source>
        <translation>{field} : cette valeur est déjà utilisée.</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters.</source>
        <translation>{field} : {limit} caractères au maximum.</translation>
    </message>
    <message>
        <source>{field}: from {minimum} to {maximum}.</source>
        <translation>{field} : de {minimum} à {maximum}.</translation>
    </message>
    <message>
        <source>{field}: from {min} to {max}.</source>
        <translation>{field} : de {min} à {max}.</translation>
    </message>
    <message>
        <source>{field}: this is not a phone number we can read, like +32 470 12 34 56.</source>
        <translation>{field} : ce numéro de téléphone n&apos;est pas lisible ; écrivez-le comme +32 470 12 34 56.</translation>
    </message>
    <message>
        <source>{field}: this is not a Belgian postcode.</source>
        <translation>{field} : ce n&apos;est pas un code postal belge.</translation>
    </message>
    <message>
        <source>{field}: this date cannot be right.</source>
        <translation>{field} : cette date ne peut pas être juste.</translation>
    </message>
    <message>
        <source>{field}: this date is in the future.</source>
        <translation>{field} : cette date est dans le futur.</translation>
    </message>
    <message>
        <source>{field}: mentees are {min_age} to {max_age} years old at registration. Give the reason for an exception below.</source>
        <translation>{field} : les mentees ont de {min_age} à {max_age} ans à l&apos;inscription. Indiquez ci-dessous le motif d&apos;une exception.</translation>
    </message>
    <message>
        <source>{field}: mentors are {min_age} or older at registration. Give the reason for an exception below.</source>
        <translation>{field} : les mentors ont {min_age} ans ou plus à l&apos;inscription. Indiquez ci-dessous le motif d&apos;une exception.</translation>
    </message>
    <message>
        <source>{field}: choose a value from the list.</source>
        <translation>{field} : choisissez une valeur de la liste.</translation>
    </message>
    <message>
        <source>{field}: a language is given by its code, like fr, nl or ar.</source>
        <translation>{field} : une langue se note par son code, comme fr, nl ou ar.</translation>
    </message>
    <message>
        <source>{field}: this moment has already passed.</source>
        <translation>{field} : ce moment est déjà passé.</translation>
    </message>
    <message>
        <source>{field}: the agreement is signed after both sides accepted the duo.</source>
        <translation>{field} : la convention se signe après l&apos;accord du mentee et du mentor.</translation>
    </message>
    <message>
        <source>{field}: this date is before the duo&apos;s start.</source>
        <translation>{field} : cette date précède le début du duo.</translation>
    </message>
    <message>
        <source>{field}: this date is before the duo was proposed.</source>
        <translation>{field} : cette date précède la proposition du duo.</translation>
    </message>
    <message>
        <source>{field}: this date is after the duo ended.</source>
        <translation>{field} : cette date est postérieure à la fin du duo.</translation>
    </message>
    <message>
        <source>{field}: a duo is closed when its six months are completed or the mentee found a job; for any other reason, stop it early.</source>
        <translation>{field} : on clôture un duo quand ses six mois sont accomplis ou que le mentee a trouvé un emploi ; pour une autre raison, arrêtez-le avant terme.</translation>
    </message>
    <message>
        <source>{field}: a duo that completed its six months is closed, not stopped.</source>
        <translation>{field} : un duo qui a accompli ses six mois se clôture, il ne s&apos;arrête pas avant terme.</translation>
    </message>
    <message>
        <source>{field}: this question is not on this form.</source>
        <translation>{field} : cette question ne fait pas partie de ce questionnaire.</translation>
    </message>
    <message>
        <source>{field}: an antenna code has 2 to 8 capital letters, like BXL.</source>
        <translation>{field} : un code d&apos;antenne compte de 2 à 8 lettres majuscules, comme BXL.</translation>
    </message>
    <message>
        <source>At least one matching criterion must count: give one a weight above 0.</source>
        <translation>Au moins un critère du matching doit compter : donnez à l&apos;un d&apos;eux un poids supérieur à 0.</translation>
    </message>
    <message>
        <source>{field}: this value is not accepted.</source>
        <translation>{field} : cette valeur n&apos;est pas acceptée.</translation>
    </message>
    <message>
        <source>Type a date as day/month/year, like 05/03/2026.</source>
        <translation>Encodez une date sous la forme jour/mois/année, par exemple 05/03/2026.</translation>
    </message>
    <message>
        <source>{typed} is not a date. Type it as day/month/year, like 05/03/2026.</source>
        <translation>{typed} n&apos;est pas une date. Encodez-la sous la forme jour/mois/année, par exemple 05/03/2026.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>“{to_status}” cannot follow “{from_status}” on the programme&apos;s path.</source>
        <translation>« {to_status} » ne peut pas suivre « {from_status} » dans le parcours du programme.</translation>
    </message>
    <message>
        <source>This status needs an end date.</source>
        <translation>Ce statut demande une date de fin.</translation>
    </message>
    <message>
        <source>The end date cannot be in the past.</source>
        <translation>La date de fin ne peut pas être dans le passé.</translation>
    </message>
    <message>
        <source>This status needs a reason.</source>
        <translation>Ce statut demande un motif.</translation>
    </message>
    <message>
        <source>The file already has this status.</source>
        <translation>Le dossier a déjà ce statut.</translation>
    </message>
    <message>
        <source>This person is in a duo that is still going on: decline, finish or stop the duo in its window, and the status follows.</source>
        <translation>Cette personne est dans un duo en cours : refusez, clôturez ou arrêtez le duo dans sa fenêtre, et le statut suivra.</translation>
    </message>
    <message>
        <source>This status is not known.</source>
        <translation>Ce statut n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>Only a mentee on the waiting list can be matched; this one is “{status}”.</source>
        <translation>Seul un mentee sur la liste d&apos;attente peut recevoir un mentor ; celui-ci est « {status} ».</translation>
    </message>
    <message>
        <source>This mentor is on pause and cannot take a duo now.</source>
        <translation>Ce mentor est en pause et ne peut pas prendre de duo pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This mentor cannot take a duo: their status is “{status}”. A mentor must have finished the training and be available.</source>
        <translation>Ce mentor ne peut pas prendre de duo : son statut est « {status} ». Un mentor doit avoir terminé la formation et être disponible.</translation>
    </message>
    <message>
        <source>This mentor already has as many duos as they take at the same time ({max_duos}).</source>
        <translation>Ce mentor a déjà autant de duos qu&apos;il en accepte en même temps ({max_duos}).</translation>
    </message>
    <message>
        <source>The mentee and the mentor belong to different antennas.</source>
        <translation>Le mentee et le mentor dépendent d&apos;antennes différentes.</translation>
    </message>
    <message>
        <source>This mentee and this mentor were already proposed together once.</source>
        <translation>Ce mentee et ce mentor ont déjà été proposés ensemble une fois.</translation>
    </message>
    <message>
        <source>A duo is made of a mentee and a mentor: check who was chosen.</source>
        <translation>Un duo réunit un mentee et un mentor : vérifiez qui a été choisi.</translation>
    </message>
    <message>
        <source>This answer was already recorded.</source>
        <translation>Cette réponse a déjà été enregistrée.</translation>
    </message>
    <message>
        <source>A yes is recorded after the first meeting; it has not taken place yet.</source>
        <translation>Un « oui » s&apos;enregistre après la première rencontre, qui n&apos;a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>The mentee&apos;s status changed since the duo was accepted: check their file before signing.</source>
        <translation>Le statut du mentee a changé depuis l&apos;acceptation du duo : vérifiez son dossier avant la signature.</translation>
    </message>
    <message>
        <source>The mentor is no longer available (on pause or left): the agreement cannot be signed.</source>
        <translation>Le mentor n&apos;est plus disponible (en pause ou parti) : la convention ne peut pas être signée.</translation>
    </message>
    <message>
        <source>Only a planned meeting can be marked as done or cancelled.</source>
        <translation>Seule une rencontre planifiée peut être marquée comme faite ou annulée.</translation>
    </message>
    <message>
        <source>This meeting is not a follow-up.</source>
        <translation>Cette rencontre n&apos;est pas un suivi.</translation>
    </message>
    <message>
        <source>This meeting is not a meeting of the duo.</source>
        <translation>Cette rencontre n&apos;est pas une rencontre du duo.</translation>
    </message>
    <message>
        <source>The mentee did not agree to be contacted for the follow-up: record their consent first, or record them as unreachable.</source>
        <translation>Le mentee n&apos;a pas donné son accord pour être recontacté pour le suivi : enregistrez d&apos;abord son consentement, ou indiquez-le comme injoignable.</translation>
    </message>
    <message>
        <source>The check at 12 months is done by recording the mentee&apos;s situation, with “Outcome at 12 months…” in the duo&apos;s window.</source>
        <translation>Le bilan à 12 mois se fait en enregistrant la situation du mentee : « Situation à 12 mois… » dans la fenêtre du duo.</translation>
    </message>
    <message>
        <source>The six months are not completed yet: the duo can be closed as “Six months completed” from {day} (two weeks before its planned end). To end it sooner, stop it early with the reason that applies, or close it with “Mentee found a job”.</source>
        <translation>Les six mois ne sont pas encore accomplis : le duo peut être clôturé avec « Six mois accomplis » à partir du {day} (deux semaines avant sa fin prévue). Pour y mettre fin plus tôt, arrêtez-le avant terme avec le motif qui convient, ou clôturez-le avec « Le mentee a trouvé un emploi ».</translation>
    </message>
    <message>
        <source>The outcome at 12 months is recorded once the duo has ended: close it, or stop it early, first.</source>
        <translation>La situation à 12 mois s&apos;enregistre une fois le duo terminé : clôturez-le d&apos;abord, ou arrêtez-le avant terme.</translation>
    </message>
    <message>
        <source>This cannot be done for a duo that is “{status}”.</source>
        <translation>Ce n&apos;est pas possible pour un duo « {status} ».</translation>
    </message>
    <message>
        <source>The database {path} is on {place}. DuoDesk keeps its database on this computer&apos;s own disk, where it cannot be damaged by a lost connection or a sync: choose a folder on the local disk. Exports and backups may go anywhere.</source>
        <translation>La base de données {path} se trouve sur {place}. DuoDesk garde sa base de données sur le disque de cet ordinateur, où une connexion perdue ou une synchronisation ne peut pas l&apos;endommager : choisissez un dossier sur le disque local. Les exports et les sauvegardes peuvent aller n&apos;importe où.</translation>
    </message>
    <message>
        <source>The database {path} is already open in another DuoDesk window. Use that window, or close it first.</source>
        <translation>La base de données {path} est déjà ouverte dans une autre fenêtre de DuoDesk. Utilisez cette fenêtre-là, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement {path}. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The database {path} was saved by a newer version of DuoDesk. Install the newer version to open it; nothing was changed.</source>
        <translation>La base de données {path} a été enregistrée par une version plus récente de DuoDesk. Installez cette version pour l&apos;ouvrir ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a DuoDesk database. You can restore a backup.</source>
        <translation>La base de données {path} est endommagée ou n&apos;est pas une base de données DuoDesk. Vous pouvez restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written: the file or its folder is read-only. Check its permissions or choose another folder; nothing was changed.</source>
        <translation>La base de données {path} ne peut pas être modifiée : le fichier ou son dossier est en lecture seule. Vérifiez ses droits d&apos;accès ou choisissez un autre dossier ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The disk is full ({path}). Nothing was saved: free some space and try again.</source>
        <translation>Le disque est plein ({path}). Rien n&apos;a été enregistré : libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The database {path} could not be written: the disk may be full or failing, or the drive disconnected. Nothing of this action was saved: free some space or check the disk, then try again.</source>
        <translation>La base de données {path} n&apos;a pas pu être écrite : le disque est peut-être plein ou défaillant, ou le lecteur a été déconnecté. Rien de cette action n&apos;a été enregistré : libérez de l&apos;espace ou vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The database {path} is busy with another program. Try again in a moment.</source>
        <translation>La base de données {path} est occupée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database {path} was saved by an older version of DuoDesk and must be brought up to date first: open it in DuoDesk. Nothing was changed.</source>
        <translation>La base de données {path} a été enregistrée par une version plus ancienne de DuoDesk et doit d&apos;abord être mise à jour : ouvrez-la dans DuoDesk. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database {path} could not be brought up to date. It was left as it was, and a backup was made before trying.</source>
        <translation>La base de données {path} n&apos;a pas pu être mise à jour. Elle a été laissée telle quelle, et une sauvegarde avait été faite avant l&apos;essai.</translation>
    </message>
    <message>
        <source>The backup folder {path} cannot be used: it could not be created or written to. Choose another folder under Settings.</source>
        <translation>Le dossier des sauvegardes {path} ne peut pas être utilisé : il n&apos;a pas pu être créé ou DuoDesk ne peut pas y écrire. Choisissez un autre dossier dans les Paramètres.</translation>
    </message>
    <message>
        <source>The backup {path} could not be made or did not pass its check.</source>
        <translation>La sauvegarde {path} n&apos;a pas pu être faite ou n&apos;a pas passé la vérification.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>La sauvegarde {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The database {path} already holds {persons} people: demo data go only into a new, empty database. Nothing was added.</source>
        <translation>La base de données {path} contient déjà {persons} personnes : les données de démonstration ne vont que dans une nouvelle base de données vide. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The workbook of the rejected rows could not be written to {path}, so nothing was imported. Choose another folder or close the file if it is open, then try again.</source>
        <translation>Le classeur des lignes rejetées n&apos;a pas pu être écrit dans {path} ; rien n&apos;a donc été importé. Choisissez un autre dossier ou fermez le fichier s&apos;il est ouvert, puis réessayez.</translation>
    </message>
    <message>
        <source>The list is longer than an Excel sheet holds (1,048,576 rows); filter it first. Nothing was written.</source>
        <translation>La liste est plus longue qu&apos;une feuille Excel ne peut en contenir (1 048 576 lignes) ; filtrez-la d&apos;abord. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({detail}). Choose another folder or close the file if it is open in Excel, then try again.</source>
        <translation>La liste n&apos;a pas pu être enregistrée dans {path} ({detail}). Choisissez un autre dossier ou fermez le fichier s&apos;il est ouvert dans Excel, puis réessayez.</translation>
    </message>
    <message>
        <source>The import of {file_name} was already undone.</source>
        <translation>L&apos;import de {file_name} a déjà été annulé.</translation>
    </message>
    <message>
        <source>The file {file_name} was already imported on {date}; nothing was imported. To import it once more anyway, add --again.</source>
        <translation>Le fichier {file_name} a déjà été importé le {date} ; rien n&apos;a été importé. Pour l&apos;importer malgré tout une nouvelle fois, ajoutez --again.</translation>
    </message>
    <message>
        <source>There is no partner named “{name}”. Known partners: {known}. Check the name, or create the partner (--create-partner).</source>
        <translation>Il n&apos;y a pas de partenaire nommé « {name} ». Partenaires connus : {known}. Vérifiez le nom, ou créez le partenaire (--create-partner).</translation>
    </message>
    <message>
        <source>No mentee has the id {id}.</source>
        <translation>Aucun mentee n&apos;a l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>No duo has the id {id}.</source>
        <translation>Aucun duo n&apos;a l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>No mentor has the id {id}.</source>
        <translation>Aucun mentor n&apos;a l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>Mentors are suggested only for a mentee who is waiting for one (this mentee: {status}).</source>
        <translation>Des mentors ne sont proposés que pour un mentee en attente d&apos;un mentor (statut de ce mentee : {status}).</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted meanwhile.</source>
        <translation>Cette fiche n&apos;existe plus ; elle a peut-être été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation>Un problème est survenu ({code}).</translation>
    </message>
</context>
<context>
    <name>EvaluationStage</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Three months</source>
        <translation>Trois mois</translation>
    </message>
    <message>
        <source>Six months</source>
        <translation>Six mois</translation>
    </message>
    <message>
        <source>Twelve months</source>
        <translation>Douze mois</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>There is no file {file_name}. Nothing was imported.</source>
        <translation>Le fichier {file_name} n&apos;existe pas. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file {file_name} cannot be opened (the system refused to read it). Nothing was imported.</source>
        <translation>Le fichier {file_name} ne peut pas être ouvert (le système refuse de le lire). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The workbook {file_name} is not an exchange workbook: it has none of the sheets Mentees, Mentors, Duos, Meetings, Attendance and Evaluations. Nothing was imported.</source>
        <translation>Le classeur {file_name} n&apos;est pas un classeur d&apos;échange : il n&apos;a aucune des feuilles Mentees, Mentors, Duos, Meetings, Attendance et Evaluations. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file {file_name} would unpack to far more data than any exchange workbook holds (it may be damaged or built to harm). Nothing was imported.</source>
        <translation>Le fichier {file_name} se décompresserait en bien plus de données qu&apos;aucun classeur d&apos;échange n&apos;en contient (il est peut-être endommagé ou conçu pour nuire). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The workbook {file_name} is protected by a password. Open it in Excel, remove the password (or save an unprotected copy) and import that copy. Nothing was imported.</source>
        <translation>Le classeur {file_name} est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (ou enregistrez-en une copie non protégée) et importez cette copie. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>A sheet of {file_name} reaches far beyond its table (a cell typed far to the right or far below?), too far to be read. Delete the rows and columns beyond the table, save and import again. Nothing was imported.</source>
        <translation>Une feuille de {file_name} s&apos;étend bien au-delà de son tableau (une cellule remplie très loin à droite ou très bas ?), trop loin pour être lue. Supprimez les lignes et les colonnes au-delà du tableau, enregistrez et importez à nouveau. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The workbook {file_name} is a pseudonymised export for statistics: its ids cannot be matched to anyone, so it cannot be imported. Nothing was imported.</source>
        <translation>Le classeur {file_name} est un export pseudonymisé destiné aux statistiques : ses identifiants ne correspondent à personne, il ne peut donc pas être importé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file {file_name} is not an Excel workbook (.xlsx), or it is damaged. Nothing was imported.</source>
        <translation>Le fichier {file_name} n&apos;est pas un classeur Excel (.xlsx), ou il est endommagé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The workbook {file_name} was written in version {version} of the exchange format; this DuoDesk knows up to version {supported}. Update DuoDesk, then import it again. Nothing was imported.</source>
        <translation>Le classeur {file_name} est écrit dans la version {version} du format d&apos;échange ; ce DuoDesk connaît jusqu&apos;à la version {supported}. Mettez DuoDesk à jour, puis importez-le à nouveau. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>A text is longer than an Excel cell holds (32,767 characters): the {column} of a record of the {sheet} sheet ({length} characters, id {record_id}); {count} text(s) in all. Rather than cut it, the workbook was not written: shorten the text and export again.</source>
        <translation>Un texte est plus long que ce qu&apos;une cellule Excel peut contenir (32 767 caractères) : le champ {column} d&apos;une fiche de la feuille {sheet} ({length} caractères, identifiant {record_id}) ; {count} texte(s) en tout. Plutôt que de le couper, le classeur n&apos;a pas été enregistré : raccourcissez le texte et exportez à nouveau.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist. Choose another place; nothing was written.</source>
        <translation>Le dossier de {path} n&apos;existe pas. Choisissez un autre emplacement ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The workbook could not be written to {path} ({detail}). Choose another folder or close the file if it is open in Excel, then try again; nothing was recorded as exchanged.</source>
        <translation>Le classeur n&apos;a pas pu être enregistré dans {path} ({detail}). Choisissez un autre dossier ou fermez le fichier s&apos;il est ouvert dans Excel, puis réessayez ; rien n&apos;a été noté comme échangé.</translation>
    </message>
    <message>
        <source>unknown code “{value}” (allowed: {allowed}); the row was not imported</source>
        <translation>code inconnu « {value} » (codes admis : {allowed}) ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>{value} is found neither on the {target} sheet nor in the database; the row was not imported</source>
        <translation>{value} ne se trouve ni sur la feuille {target} ni dans la base de données ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>meeting {value} belongs to a duo: its attendance goes in the Meetings sheet&apos;s attended column; the row was not imported</source>
        <translation>la rencontre {value} appartient à un duo : sa présence se note dans la colonne attended de la feuille Meetings ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>“{value}” is not a date; the row was not imported</source>
        <translation>« {value} » n&apos;est pas une date ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>“{value}” cannot be a birth date (in the future or more than 110 years ago); the row was not imported</source>
        <translation>« {value} » ne peut pas être une date de naissance (dans le futur ou il y a plus de 110 ans) ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time; the row was not imported</source>
        <translation>« {value} » n&apos;est pas une date avec une heure ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>“{value}” is not a moment written as 2026-10-01T12:00:00Z; the row was not imported</source>
        <translation>« {value} » n&apos;est pas un moment écrit comme 2026-10-01T12:00:00Z ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>“{value}” is not a number of minutes; the row was not imported</source>
        <translation>« {value} » n&apos;est pas un nombre de minutes ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no; the row was not imported</source>
        <translation>« {value} » n&apos;est ni yes ni no ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>“{value}” is not an id; the row was not imported</source>
        <translation>« {value} » n&apos;est pas un identifiant ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>the id is missing; the row was not imported</source>
        <translation>l&apos;identifiant manque ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>this column must be filled in; the row was not imported</source>
        <translation>cette colonne doit être remplie ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>the same id is on an earlier row; this row was not imported</source>
        <translation>le même identifiant figure sur une ligne précédente ; cette ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>this person is already on an earlier row for the same meeting; this row was not imported</source>
        <translation>cette personne figure déjà sur une ligne précédente pour la même rencontre ; cette ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>the text is {length} characters long, more than an Excel cell holds (32,767); the row was not imported</source>
        <translation>le texte compte {length} caractères, plus qu&apos;une cellule Excel n&apos;en contient (32 767) ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>the column is missing, so the sheet was not imported</source>
        <translation>la colonne manque, la feuille n&apos;a donc pas été importée</translation>
    </message>
    <message>
        <source>this value cannot be read ({code}); the row was not imported</source>
        <translation>cette valeur est illisible ({code}) ; la ligne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, {column}</source>
        <translation>{sheet}, ligne {row}, {column}</translation>
    </message>
    <message>
        <source>{sheet}, row {row}</source>
        <translation>{sheet}, ligne {row}</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Follow-up at 1 month</source>
        <translation>Suivi à 1 mois</translation>
    </message>
    <message>
        <source>Follow-up at 3 months</source>
        <translation>Suivi à 3 mois</translation>
    </message>
    <message>
        <source>Follow-up at 6 months</source>
        <translation>Suivi à 6 mois</translation>
    </message>
    <message>
        <source>Outcome check at 12 months</source>
        <translation>Bilan à 12 mois</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other / not said</source>
        <translation>Autre / non précisé</translation>
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
        <translation>Non inscrit</translation>
    </message>
</context>
<context>
    <name>LanguageLevel</name>
    <message>
        <source>Basic</source>
        <translation>Notions</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Fluent</source>
        <translation>Courant</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>Langue maternelle</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Duo meeting</source>
        <translation>Rencontre du duo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Entretien d&apos;accueil</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Séance d&apos;information</translation>
    </message>
    <message>
        <source>Intervision</source>
        <translation>Intervision</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>MenteeStatus</name>
    <message>
        <source>Registered</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Séance d&apos;information</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Entretien d&apos;accueil</translation>
    </message>
    <message>
        <source>Waiting for a mentor</source>
        <translation>En attente d&apos;un mentor</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Mentor proposé</translation>
    </message>
    <message>
        <source>In a duo</source>
        <translation>En duo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Parcours terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parcours arrêté</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désistement</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
</context>
<context>
    <name>MentorStatus</name>
    <message>
        <source>Registered</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Séance d&apos;information</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Entretien d&apos;accueil</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>En formation</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>In a duo</source>
        <translation>En duo</translation>
    </message>
    <message>
        <source>On pause</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Left the programme</source>
        <translation>A quitté le programme</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Stable job</source>
        <translation>Emploi stable</translation>
    </message>
    <message>
        <source>Other job</source>
        <translation>Autre emploi</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Qualifying training</source>
        <translation>Formation qualifiante</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>No job or training</source>
        <translation>Ni emploi ni formation</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
</context>
<context>
    <name>PartnerKind</name>
    <message>
        <source>Public employment service</source>
        <translation>Service public de l&apos;emploi</translation>
    </message>
    <message>
        <source>CPAS / OCMW</source>
        <translation>CPAS</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
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
        <translation>Administration</translation>
    </message>
    <message>
        <source>Accounting and finance</source>
        <translation>Comptabilité et finance</translation>
    </message>
    <message>
        <source>Commerce and sales</source>
        <translation>Commerce et vente</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Care and health</source>
        <translation>Soins et santé</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Hotels and catering</source>
        <translation>Horeca</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <source>Logistics and transport</source>
        <translation>Logistique et transport</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Culture and media</source>
        <translation>Culture et médias</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Marketing and communication</source>
        <translation>Marketing et communication</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Travail social</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Ingénierie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>TodayKind</name>
    <message>
        <source>Decision overdue</source>
        <translation>Décision en retard</translation>
    </message>
    <message>
        <source>Files due for anonymisation</source>
        <translation>Dossiers à anonymiser</translation>
    </message>
    <message>
        <source>Consents to renew</source>
        <translation>Consentements à renouveler</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Décision attendue</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Suivi en retard</translation>
    </message>
    <message>
        <source>Outcome check overdue</source>
        <translation>Bilan à 12 mois en retard</translation>
    </message>
    <message>
        <source>Agreement still unsigned</source>
        <translation>Convention toujours pas signée</translation>
    </message>
    <message>
        <source>No meeting for three weeks</source>
        <translation>Pas de rencontre depuis trois semaines</translation>
    </message>
    <message>
        <source>Follow-up this week</source>
        <translation>Suivi cette semaine</translation>
    </message>
    <message>
        <source>Outcome check this week</source>
        <translation>Bilan à 12 mois cette semaine</translation>
    </message>
    <message>
        <source>Waiting for a mentor</source>
        <translation>En attente d&apos;un mentor</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
</context>
<context>
    <name>WorkingStatus</name>
    <message>
        <source>Working</source>
        <translation>En activité</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Pensionné</translation>
    </message>
</context>
</TS>
