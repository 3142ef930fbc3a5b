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
        <translation>Rencontre</translation>
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
        <translation>Mentors en duo</translation>
    </message>
    <message>
        <source>Available mentors</source>
        <translation>Mentors disponibles</translation>
    </message>
    <message>
        <source>Mentors in training</source>
        <translation>Mentors en formation</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Nouvelles inscriptions</translation>
    </message>
    <message>
        <source>Mentees waiting for a mentor</source>
        <translation>Mentees en attente d&apos;un mentor</translation>
    </message>
    <message>
        <source>Mentees in a duo</source>
        <translation>Mentees en duo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Invite this list</source>
        <translation>Inviter cette liste</translation>
    </message>
    <message>
        <source>Add one person: name, email or phone…</source>
        <translation>Ajouter une personne : nom, e-mail ou téléphone…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Everyone came</source>
        <translation>Tout le monde était là</translation>
    </message>
    <message>
        <source>{list} ({count})</source>
        <translation>{list} ({count})</translation>
    </message>
    <message>
        <source>A duo&apos;s meetings are with its mentee and its mentor.</source>
        <translation>Les rencontres d&apos;un duo réunissent son mentee et son mentor.</translation>
    </message>
    <message>
        <source>Who came can be ticked once the meeting has begun.</source>
        <translation>Les présences se cochent une fois la rencontre commencée.</translation>
    </message>
    <message>
        <source>Ticked: came · empty: did not come · half-ticked: not recorded.</source>
        <translation>Coché : présent · vide : absent · à moitié coché : pas encore noté.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln invité</numerusform>
            <numerusform>%Ln invités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln present</source>
        <translation>
            <numerusform>%Ln présent</numerusform>
            <numerusform>%Ln présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln absent</source>
        <translation>
            <numerusform>%Ln absent</numerusform>
            <numerusform>%Ln absents</numerusform>
        </translation>
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
        <translation>Cette rencontre seulement</translation>
    </message>
    <message>
        <source>This and all following</source>
        <translation>Celle-ci et toutes les suivantes</translation>
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
        <source>“{title}” is one of a series. Move only this meeting, or this one and all the following ones by the same time?</source>
        <translation>« {title} » fait partie d&apos;une série. Déplacer cette rencontre seulement, ou celle-ci et toutes les suivantes du même décalage ?</translation>
    </message>
    <message>
        <source>Don&apos;t move</source>
        <translation>Ne pas déplacer</translation>
    </message>
    <message>
        <source>Moved to {when}, “{title}” would clash with other meetings.</source>
        <translation>Déplacée au {when}, « {title} » tomberait en même temps que d&apos;autres rencontres.</translation>
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
        <translation>Elle fait partie d&apos;une série.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
</context>
<context>
    <name>CalendarCounts</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln autre</numerusform>
            <numerusform>+%Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…et %Ln autre</numerusform>
            <numerusform>…et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendees</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarFilters</name>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
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
        <translation>Rencontres annulées</translation>
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
        <translation>Annuler la rencontre…</translation>
    </message>
    <message>
        <source>No kind of meeting chosen</source>
        <translation>Aucun type de rencontre choisi</translation>
    </message>
    <message>
        <source>No meetings</source>
        <translation>Aucune rencontre</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 rencontre</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} rencontres</translation>
    </message>
    <message>
        <source>“{title}” moved to {when}.</source>
        <translation>« {title} » déplacée au {when}.</translation>
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
        <translation>Nouvelle rencontre…</translation>
    </message>
    <message>
        <source>Undo the move</source>
        <translation>Annuler le déplacement</translation>
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
        <source>Coordinator: {name}</source>
        <translation>Coordinateur : {name}</translation>
    </message>
    <message>
        <source>Part of a series</source>
        <translation>Fait partie d&apos;une série</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>a meeting</source>
        <translation>une rencontre</translation>
    </message>
    <message>
        <source>{who} already has “{title}” on {day}, from {start} to {end}</source>
        <translation>{who} a déjà « {title} » le {day}, de {start} à {end}</translation>
    </message>
    <message>
        <source>{who} already has “{title}” from {start} to {end}</source>
        <translation>{who} a déjà « {title} » de {start} à {end}</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle rencontre</translation>
    </message>
    <message>
        <source>This meeting was cancelled; it can no longer be changed.</source>
        <translation>Cette rencontre a été annulée ; elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>This meeting took place.</source>
        <translation>Cette rencontre a eu lieu.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Cancel this meeting…</source>
        <translation>Annuler cette rencontre…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet…</source>
        <translation>Imprimer la feuille de présence…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>This meeting clashes with others:</source>
        <translation>Cette rencontre tombe en même temps que d&apos;autres :</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>L&apos;enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>This meeting is one of a series. Save the changes for this meeting only, or for this one and all the following ones?</source>
        <translation>Cette rencontre fait partie d&apos;une série. Enregistrer les modifications pour cette rencontre seulement, ou pour celle-ci et toutes les suivantes ?</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Save the meeting first: the sign-in sheet shows it as saved.</source>
        <translation>Enregistrez d&apos;abord la rencontre : la feuille de présence la reprend telle qu&apos;elle est enregistrée.</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>Imprimer la feuille de présence</translation>
    </message>
    <message>
        <source>sign-in-sheet-{day}.pdf</source>
        <translation>feuille-de-presence-{day}.pdf</translation>
    </message>
    <message>
        <source>Cancel “{title}” of {when}?</source>
        <translation>Annuler « {title} » du {when} ?</translation>
    </message>
    <message>
        <source>The changes made here will not be saved.</source>
        <translation>Les modifications faites ici ne seront pas enregistrées.</translation>
    </message>
    <message>
        <source>It is one of a series.</source>
        <translation>Elle fait partie d&apos;une série.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>This meeting has changes that are not saved. Save them?</source>
        <translation>Cette rencontre a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>Ends at…</source>
        <translation>Se termine à…</translation>
    </message>
    <message>
        <source>Information session, Schaerbeek library</source>
        <translation>Séance d&apos;information, bibliothèque de Schaerbeek</translation>
    </message>
    <message>
        <source>The antenna, a library…</source>
        <translation>L&apos;antenne, une bibliothèque…</translation>
    </message>
    <message>
        <source>CV, job interview practice, network…</source>
        <translation>CV, préparation à l&apos;entretien d&apos;embauche, réseau…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>When</source>
        <translation>Quand</translation>
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
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
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
        <source>A group session needs a title, so that everyone recognises it in the calendar.</source>
        <translation>Une séance de groupe a besoin d&apos;un titre, pour que chacun la reconnaisse dans le calendrier.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>La rencontre doit se terminer après son début.</translation>
    </message>
    <message>
        <source>A meeting lasts at least {minutes} minutes.</source>
        <translation>Une rencontre dure au moins {minutes} minutes.</translation>
    </message>
    <message>
        <source>A meeting lasts at most {hours} hours.</source>
        <translation>Une rencontre dure au plus {hours} heures.</translation>
    </message>
    <message>
        <source>ends at {time}</source>
        <translation>se termine à {time}</translation>
    </message>
</context>
<context>
    <name>PersonMeetings</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>No meeting yet. Meetings are planned in the Calendar or in a duo&apos;s window.</source>
        <translation>Pas encore de rencontre. Les rencontres se planifient dans le Calendrier ou dans la fenêtre d&apos;un duo.</translation>
    </message>
    <message>
        <source>Coming up ({count})</source>
        <translation>À venir ({count})</translation>
    </message>
    <message>
        <source>Past ({count})</source>
        <translation>Passées ({count})</translation>
    </message>
    <message>
        <source>Intervision sessions attended: {attended} of {held}</source>
        <translation>Séances d&apos;intervision suivies : {attended} sur {held}</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Every {weekday} at {time}</source>
        <translation>Chaque {weekday} à {time}</translation>
    </message>
    <message>
        <source>Every other {weekday} at {time}</source>
        <translation>Un {weekday} sur deux à {time}</translation>
    </message>
    <message>
        <source>Every month on day {day} at {time}</source>
        <translation>Chaque mois le {day} à {time}</translation>
    </message>
    <message>
        <source>Part of a series: {rule}, until {last}.</source>
        <translation>Fait partie d&apos;une série : {rule}, jusqu&apos;au {last}.</translation>
    </message>
    <message>
        <source>Part of a series: {rule}, {count} meetings in all.</source>
        <translation>Fait partie d&apos;une série : {rule}, {count} rencontres en tout.</translation>
    </message>
    <message>
        <source>{rule}: one meeting only, on {first}.</source>
        <translation>{rule} : une seule rencontre, le {first}.</translation>
    </message>
    <message>
        <source>{rule}: {count} meetings, from {first} to {last}.</source>
        <translation>{rule} : {count} rencontres, du {first} au {last}.</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>meetings in all</source>
        <translation>rencontres en tout</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>The last date must not be before the first meeting.</source>
        <translation>La dernière date ne peut pas précéder la première rencontre.</translation>
    </message>
    <message>
        <source>One meeting, on {day}.</source>
        <translation>Une seule rencontre, le {day}.</translation>
    </message>
</context>
</TS>
