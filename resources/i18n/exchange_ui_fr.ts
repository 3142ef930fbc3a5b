<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(never exchanged)</source>
        <translation>(jamais échangé)</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à régler</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Garder toutes mes valeurs</translation>
    </message>
    <message>
        <source>Take all the file&apos;s</source>
        <translation>Prendre toutes celles du fichier</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Régler</translation>
    </message>
    <message>
        <source>Every conflict is resolved: nothing waits any more.</source>
        <translation>Tous les conflits sont réglés : plus rien n&apos;attend.</translation>
    </message>
    <message>
        <source>One conflict waits</source>
        <translation>Un conflit en attente</translation>
    </message>
    <message>
        <source>{count} conflicts wait</source>
        <translation>{count} conflits en attente</translation>
    </message>
    <message>
        <source>{record}: {label}</source>
        <translation>{record} : {label}</translation>
    </message>
    <message>
        <source>Changed here and at headquarters since the last exchange ({file}, changed there on {when}). Choose, for each field, the value to keep.</source>
        <translation>Modifié ici et au siège depuis le dernier échange ({file}, modifié là-bas le {when}). Choisissez, pour chaque champ, la valeur à garder.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Ici (la mienne)</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Last exchanged</source>
        <translation>Dernier échange</translation>
    </message>
</context>
<context>
    <name>ExchangeBox</name>
    <message>
        <source>Exchange with headquarters</source>
        <translation>Échange avec le siège</translation>
    </message>
    <message>
        <source>Headquarters receives the antenna&apos;s data as one Excel workbook and sends updates back the same way. Nothing changed on both sides is overwritten: you choose.</source>
        <translation>Le siège reçoit les données de l&apos;antenne dans un classeur Excel et renvoie ses mises à jour de la même façon. Rien de ce qui a changé des deux côtés n&apos;est écrasé : c&apos;est vous qui choisissez.</translation>
    </message>
    <message>
        <source>Export for headquarters…</source>
        <translation>Exporter pour le siège…</translation>
    </message>
    <message>
        <source>Pseudonymised (for statistics)</source>
        <translation>Pseudonymisé (pour les statistiques)</translation>
    </message>
    <message>
        <source>Without names, contacts, birth dates or free text: ages in bands, and identifiers that only this antenna&apos;s database can link back to a person.</source>
        <translation>Sans noms, coordonnées, dates de naissance ni texte libre : des tranches d&apos;âge, et des identifiants que seule la base de données de cette antenne peut relier à une personne.</translation>
    </message>
    <message>
        <source>Import from headquarters…</source>
        <translation>Importer depuis le siège…</translation>
    </message>
    <message>
        <source>Conflicts to resolve ({count})</source>
        <translation>Conflits à régler ({count})</translation>
    </message>
    <message>
        <source>No conflict to resolve</source>
        <translation>Aucun conflit à régler</translation>
    </message>
    <message>
        <source>Export for headquarters</source>
        <translation>Exporter pour le siège</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the pseudonymised workbook…</source>
        <translation>Écriture du classeur pseudonymisé…</translation>
    </message>
    <message>
        <source>Writing the workbook for headquarters…</source>
        <translation>Écriture du classeur pour le siège…</translation>
    </message>
    <message>
        <source>Import from headquarters</source>
        <translation>Importer depuis le siège</translation>
    </message>
    <message>
        <source>Importing the workbook from headquarters…</source>
        <translation>Import du classeur du siège…</translation>
    </message>
</context>
<context>
    <name>ExchangeSummary</name>
    <message>
        <source>Export for headquarters</source>
        <translation>Export pour le siège</translation>
    </message>
    <message>
        <source>The pseudonymised workbook for statistics was written:</source>
        <translation>Le classeur pseudonymisé pour les statistiques a été enregistré :</translation>
    </message>
    <message>
        <source>The workbook for headquarters was written:</source>
        <translation>Le classeur pour le siège a été enregistré :</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Rows per sheet</source>
        <translation>Lignes par feuille</translation>
    </message>
    <message>
        <source>Import from headquarters</source>
        <translation>Import depuis le siège</translation>
    </message>
    <message>
        <source>{file} was imported.</source>
        <translation>{file} a été importé.</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>Nouvelles fiches :</translation>
    </message>
    <message>
        <source>Records updated:</source>
        <translation>Fiches mises à jour :</translation>
    </message>
    <message>
        <source>Records unchanged:</source>
        <translation>Fiches inchangées :</translation>
    </message>
    <message>
        <source>Changed on both sides (to resolve):</source>
        <translation>Modifiées des deux côtés (à régler) :</translation>
    </message>
    <message>
        <source>Rows not applied:</source>
        <translation>Lignes non appliquées :</translation>
    </message>
    <message>
        <source>A record changed both here and at headquarters since the last exchange is never overwritten: you choose, field by field, which value to keep.</source>
        <translation>Une fiche modifiée à la fois ici et au siège depuis le dernier échange n&apos;est jamais écrasée : vous choisissez, champ par champ, la valeur à garder.</translation>
    </message>
    <message>
        <source>These rows were not applied; correct them at headquarters and send the workbook again:</source>
        <translation>Ces lignes n&apos;ont pas été appliquées ; faites-les corriger au siège et renvoyez le classeur :</translation>
    </message>
    <message>
        <source>Resolve the conflicts…</source>
        <translation>Régler les conflits…</translation>
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
        <source>Birth date</source>
        <translation>Date de naissance</translation>
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
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Date d&apos;orientation</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Training completed on</source>
        <translation>Formation terminée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
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
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposé le</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
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
        <source>Agreement signed on</source>
        <translation>Convention signée le</translation>
    </message>
    <message>
        <source>Outcome at 12 months</source>
        <translation>Situation à 12 mois</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Date de la situation</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type de rencontre</translation>
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
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
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
        <source>Professional project defined</source>
        <translation>Projet professionnel défini</translation>
    </message>
    <message>
        <source>More confident</source>
        <translation>Plus confiant</translation>
    </message>
    <message>
        <source>Network expanded</source>
        <translation>Réseau élargi</translation>
    </message>
    <message>
        <source>Coaching skills improved</source>
        <translation>Compétences de coaching améliorées</translation>
    </message>
    <message>
        <source>Feels useful</source>
        <translation>Se sent utile</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Plus-value</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
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
        <translation>Duos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Attendance at group sessions</source>
        <translation>Présences aux séances de groupe</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Counts for statistics</source>
        <translation>Comptages pour les statistiques</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>À propos du fichier</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{present} present, {absent} absent</source>
        <translation>{present} présents, {absent} absents</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, column “{column}”</source>
        <translation>{sheet}, ligne {row}, colonne « {column} »</translation>
    </message>
    <message>
        <source>{sheet}, row {row}</source>
        <translation>{sheet}, ligne {row}</translation>
    </message>
    <message>
        <source>{place}: {what}</source>
        <translation>{place} : {what}</translation>
    </message>
</context>
</TS>
