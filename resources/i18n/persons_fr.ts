<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PersonFile</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same birth date and close name</source>
        <translation>même date de naissance et nom proche</translation>
    </message>
    <message>
        <source>{name} ({role}, {status}): {why}</source>
        <translation>{name} ({role}, {status}) : {why}</translation>
    </message>
    <message>
        <source>This person may already have a file:</source>
        <translation>Cette personne a peut-être déjà un dossier :</translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation>Ouvrir le dossier existant</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Print a one-page file…</source>
        <translation>Imprimer une fiche d&apos;une page…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Annuler les modifications</translation>
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
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A new note…</source>
        <translation>Une nouvelle note…</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
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
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation>Nouveau mentee</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Nouveau mentor</translation>
    </message>
    <message>
        <source>{status} until {date}</source>
        <translation>{status} jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>trained on {date}</source>
        <translation>formé le {date}</translation>
    </message>
    <message>
        <source>Status: {before} → {after}</source>
        <translation>Statut : {before} → {after}</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Edited: {fields}</source>
        <translation>Modifié : {fields}</translation>
    </message>
    <message>
        <source>This file has changes that are not saved. Save them?</source>
        <translation>Ce dossier a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>A journal note is typed but not added to the journal. Add it?</source>
        <translation>Une note est encodée mais pas encore ajoutée au journal. L&apos;ajouter ?</translation>
    </message>
</context>
<context>
    <name>PersonFilters</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation>Chercher par nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Languages, sectors and interests</source>
        <translation>Langues, secteurs et centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Disponibilités de la semaine</translation>
    </message>
    <message>
        <source>In the programme</source>
        <translation>Dans le programme</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Education and job search</source>
        <translation>Formation et recherche d&apos;emploi</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Carrière</translation>
    </message>
    <message>
        <source>Training modules (date completed)</source>
        <translation>Modules de formation (date de fin)</translation>
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
        <source>Reason for an age exception</source>
        <translation>Motif de l&apos;exception d&apos;âge</translation>
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
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Free at</source>
        <translation>Libre le</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
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
        <source>Referrer contact</source>
        <translation>Personne de contact de l&apos;orienteur</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Date d&apos;orientation</translation>
    </message>
    <message>
        <source>Jobseeker service</source>
        <translation>Service de l&apos;emploi</translation>
    </message>
    <message>
        <source>Meets the target group criterion</source>
        <translation>Répond au critère du groupe cible</translation>
    </message>
    <message>
        <source>Preferred mentor gender</source>
        <translation>Genre du mentor souhaité</translation>
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
        <source>Professional project</source>
        <translation>Projet professionnel</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Freins</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Compétences numériques</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
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
        <source>Working or retired</source>
        <translation>Actif ou pensionné</translation>
    </message>
    <message>
        <source>Duos at the same time (at most)</source>
        <translation>Duos en même temps (maximum)</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>Filled from the postcode when left empty</source>
        <translation>Rempli depuis le code postal si laissé vide</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>Company partner</source>
        <translation>Entreprise partenaire</translation>
    </message>
    <message>
        <source>On pause until</source>
        <translation>En pause jusqu&apos;au</translation>
    </message>
    <message>
        <source>Module {number}</source>
        <translation>Module {number}</translation>
    </message>
    <message>
        <source>{age} years old</source>
        <translation>{age} ans</translation>
    </message>
</context>
<context>
    <name>PersonListPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Jours d&apos;attente</translation>
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
        <translation>Nouveau mentee</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Nouveau mentor</translation>
    </message>
</context>
<context>
    <name>PersonWidgets</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Language (code)</source>
        <translation>Langue (code)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
</TS>
