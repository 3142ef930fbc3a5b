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
        <translation>Type de rencontre</translation>
    </message>
    <message>
        <source>Invitation list</source>
        <translation>Liste d&apos;invitation</translation>
    </message>
    <message>
        <source>Repeat: choose either an end date or a number of meetings.</source>
        <translation>Répétition : choisissez soit une date de fin, soit un nombre de rencontres.</translation>
    </message>
    <message>
        <source>Repeat: the end date is before the first meeting.</source>
        <translation>Répétition : la date de fin tombe avant la première rencontre.</translation>
    </message>
    <message>
        <source>Repeat: from {minimum} to {maximum} meetings.</source>
        <translation>Répétition : de {minimum} à {maximum} rencontres.</translation>
    </message>
    <message>
        <source>Repeat: this would make more than {limit} meetings; choose an earlier end date.</source>
        <translation>Répétition : cela ferait plus de {limit} rencontres ; choisissez une date de fin plus proche.</translation>
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
        <translation>Cette rencontre a été annulée : elle ne peut plus être modifiée. Planifiez-en une nouvelle.</translation>
    </message>
    <message>
        <source>This meeting has taken place: it cannot be cancelled.</source>
        <translation>Cette rencontre a déjà eu lieu : elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Attendance is recorded once the meeting has begun.</source>
        <translation>Les présences s&apos;encodent une fois la rencontre commencée.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded for the people invited. Add the person to the meeting first.</source>
        <translation>Les présences ne s&apos;encodent que pour les personnes invitées. Ajoutez d&apos;abord la personne à la rencontre.</translation>
    </message>
    <message>
        <source>A duo&apos;s meeting is always with its mentee and its mentor.</source>
        <translation>Une rencontre de duo se fait toujours avec son mentee et son mentor.</translation>
    </message>
    <message>
        <source>A duo&apos;s meeting or follow-up keeps its kind and its duo. Cancel it and plan another meeting instead.</source>
        <translation>Une rencontre ou un suivi de duo garde son type et son duo : annulez et planifiez plutôt une nouvelle rencontre.</translation>
    </message>
    <message>
        <source>Follow-ups are planned by the duo when its agreement is signed; plan a duo meeting or move an existing follow-up instead.</source>
        <translation>Les suivis sont planifiés à la signature de la convention du duo ; planifiez plutôt une rencontre de duo ou déplacez un suivi existant.</translation>
    </message>
    <message>
        <source>This change to the meeting is not possible.</source>
        <translation>Cette modification de la rencontre n&apos;est pas possible.</translation>
    </message>
</context>
<context>
    <name>CliCalendar</name>
    <message>
        <source>Meetings written to {path}: {count}.</source>
        <translation>Rencontres enregistrées dans {path} : {count}.</translation>
    </message>
</context>
</TS>
