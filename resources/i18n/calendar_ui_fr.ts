<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (annulé)</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Mentors in a duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees waiting for a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees in a duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one person: type a name, an email or a phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duo&apos;s meetings are with its mentee and its mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came can be ticked once the meeting has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: came · empty: did not come · half-ticked: not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{invited} invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{invited} invited · {present} present · {absent} absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>Only this meeting</source>
        <translation>Ce rendez-vous seulement</translation>
    </message>
    <message>
        <source>This and all following</source>
        <translation>Celui-ci et tous les suivants</translation>
    </message>
    <message>
        <source>At that time:</source>
        <translation>À ce moment-là :</translation>
    </message>
    <message>
        <source>• {who} already has “{title}” ({start}–{end})</source>
        <translation>• {who} a déjà « {title} » ({start}–{end})</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…et {count} autres</translation>
    </message>
    <message>
        <source>“{title}” is one of a series. Move only this meeting, or this one and all the following ones by the same time?</source>
        <translation>« {title} » fait partie d&apos;une série. Déplacer ce rendez-vous seulement, ou celui-ci et tous les suivants du même décalage ?</translation>
    </message>
    <message>
        <source>Don&apos;t move</source>
        <translation>Ne pas déplacer</translation>
    </message>
    <message>
        <source>Moved to {when}, “{title}” would clash with other meetings.</source>
        <translation>Déplacé au {when}, « {title} » tomberait en même temps que d&apos;autres rendez-vous.</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Déplacer quand même</translation>
    </message>
    <message>
        <source>Cancel “{title}” of {when}?</source>
        <translation>Annuler « {title} » du {when} ?</translation>
    </message>
    <message>
        <source>It is one of a series.</source>
        <translation>Il fait partie d&apos;une série.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
</context>
<context>
    <name>CalendarFilters</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Choose who you are under Settings first.</source>
        <translation>Indiquez d&apos;abord qui vous êtes dans les Paramètres.</translation>
    </message>
    <message>
        <source>Every duo</source>
        <translation>Tous les duos</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Seulement les miens</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Show every duo</source>
        <translation>Afficher tous les duos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Cancelled meetings</source>
        <translation>Rendez-vous annulés</translation>
    </message>
    <message>
        <source>Show or hide: {kind}</source>
        <translation>Afficher ou masquer : {kind}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open the duo</source>
        <translation>Ouvrir le duo</translation>
    </message>
    <message>
        <source>Cancel the meeting…</source>
        <translation>Annuler le rendez-vous…</translation>
    </message>
    <message>
        <source>No kind of meeting chosen</source>
        <translation>Aucun type de rendez-vous choisi</translation>
    </message>
    <message>
        <source>No meetings</source>
        <translation>Aucun rendez-vous</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 rendez-vous</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} rendez-vous</translation>
    </message>
    <message>
        <source>“{title}” moved to {when}.</source>
        <translation>« {title} » déplacé au {when}.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Aller à aujourd&apos;hui (T)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>Undo the move</source>
        <translation>Annuler le déplacement</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Week {number}</source>
        <translation>Semaine {number}</translation>
    </message>
</context>
<context>
    <name>CalendarViews</name>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} autres</translation>
    </message>
    <message>
        <source>Coordinator: {name}</source>
        <translation>Coordinateur : {name}</translation>
    </message>
    <message>
        <source>Part of a series</source>
        <translation>Fait partie d&apos;une série</translation>
    </message>
    <message>
        <source>1 attendee</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>{count} attendees</source>
        <translation>{count} participants</translation>
    </message>
</context>
</TS>
