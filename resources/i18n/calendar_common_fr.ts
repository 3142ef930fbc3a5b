<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CalendarTexts</name>
    <message>
        <source>All mentors in a duo</source>
        <extracomment>The calendar&apos;s own fields, as :mod:`duodesk.messages` names them in a sentence.</extracomment>
        <translation>Tous les mentors en duo</translation>
    </message>
    <message>
        <source>Mentors available for a duo</source>
        <translation>Mentors disponibles pour un duo</translation>
    </message>
    <message>
        <source>Mentors in training</source>
        <translation>Mentors en formation</translation>
    </message>
    <message>
        <source>New registrations (mentees and mentors)</source>
        <translation>Nouvelles inscriptions (mentees et mentors)</translation>
    </message>
    <message>
        <source>Mentees waiting for a mentor</source>
        <translation>Mentees en attente d&apos;un mentor</translation>
    </message>
    <message>
        <source>All mentees in a duo</source>
        <translation>Tous les mentees en duo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source>Invitation list</source>
        <translation>Liste d&apos;invitation</translation>
    </message>
    <message>
        <source>Repeat: choose either an end date or a number of meetings.</source>
        <translation>Répétition : choisissez soit une date de fin, soit un nombre de rendez-vous.</translation>
    </message>
    <message>
        <source>Repeat: the end date is before the first meeting.</source>
        <translation>Répétition : la date de fin tombe avant le premier rendez-vous.</translation>
    </message>
    <message>
        <source>Repeat: from {minimum} to {maximum} meetings.</source>
        <translation>Répétition : de {minimum} à {maximum} rendez-vous.</translation>
    </message>
    <message>
        <source>Repeat: this would make more than {limit} meetings; choose an earlier end date.</source>
        <translation>Répétition : cela ferait plus de {limit} rendez-vous ; choisissez une date de fin plus proche.</translation>
    </message>
    <message>
        <source>Repeat: choose weekly, every two weeks or monthly.</source>
        <translation>Répétition : choisissez chaque semaine, toutes les deux semaines ou chaque mois.</translation>
    </message>
    <message>
        <source>The calendar file could not be written to {path} ({detail}). Choose another folder, then try again; nothing was left behind.</source>
        <translation>Le fichier d&apos;agenda n&apos;a pas pu être enregistré dans {path} ({detail}). Choisissez un autre dossier et réessayez ; aucun fichier incomplet n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>No coordinator is called “{name}”. Known coordinators: {known}.</source>
        <translation>Aucun coordinateur ne s&apos;appelle « {name} ». Coordinateurs connus : {known}.</translation>
    </message>
    <message>
        <source>This meeting was cancelled: it can no longer be changed. Plan a new one instead.</source>
        <translation>Ce rendez-vous a été annulé : il ne peut plus être modifié. Planifiez-en un nouveau.</translation>
    </message>
    <message>
        <source>This meeting has taken place: it cannot be cancelled.</source>
        <translation>Ce rendez-vous a déjà eu lieu : il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Attendance is recorded once the meeting has begun.</source>
        <translation>Les présences s&apos;encodent une fois le rendez-vous commencé.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded for the people invited. Add the person to the meeting first.</source>
        <translation>Les présences ne s&apos;encodent que pour les personnes invitées. Ajoutez d&apos;abord la personne au rendez-vous.</translation>
    </message>
    <message>
        <source>A duo&apos;s meeting is always with its mentee and its mentor.</source>
        <translation>Un rendez-vous de duo se fait toujours avec son mentee et son mentor.</translation>
    </message>
    <message>
        <source>A duo&apos;s meeting or follow-up keeps its kind and its duo. Cancel it and plan another meeting instead.</source>
        <translation>Un rendez-vous ou un suivi de duo garde son type et son duo. Annulez-le et planifiez plutôt un autre rendez-vous.</translation>
    </message>
    <message>
        <source>Follow-ups are planned by the duo when its agreement is signed; plan a duo meeting or move an existing follow-up instead.</source>
        <translation>Les suivis sont planifiés par le duo à la signature de sa convention ; planifiez plutôt un rendez-vous de duo ou déplacez un suivi existant.</translation>
    </message>
    <message>
        <source>This change to the meeting is not possible.</source>
        <translation>Cette modification du rendez-vous n&apos;est pas possible.</translation>
    </message>
</context>
<context>
    <name>CliCalendar</name>
    <message>
        <source>Meetings written to {path}: {count}.</source>
        <translation>Rendez-vous enregistrés dans {path} : {count}.</translation>
    </message>
</context>
</TS>
