<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (geannuleerd)</translation>
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
        <translation>{day} om {time}</translation>
    </message>
    <message>
        <source>Only this meeting</source>
        <translation>Alleen deze afspraak</translation>
    </message>
    <message>
        <source>This and all following</source>
        <translation>Deze en alle volgende</translation>
    </message>
    <message>
        <source>At that time:</source>
        <translation>Op dat moment:</translation>
    </message>
    <message>
        <source>• {who} already has “{title}” ({start}–{end})</source>
        <translation>• {who} heeft al ‘{title}’ ({start}–{end})</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…en nog {count}</translation>
    </message>
    <message>
        <source>“{title}” is one of a series. Move only this meeting, or this one and all the following ones by the same time?</source>
        <translation>‘{title}’ hoort bij een reeks. Alleen deze afspraak verplaatsen, of deze en alle volgende met hetzelfde tijdsverschil?</translation>
    </message>
    <message>
        <source>Don&apos;t move</source>
        <translation>Niet verplaatsen</translation>
    </message>
    <message>
        <source>Moved to {when}, “{title}” would clash with other meetings.</source>
        <translation>Verplaatst naar {when} zou ‘{title}’ samenvallen met andere afspraken.</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <source>Cancel “{title}” of {when}?</source>
        <translation>‘{title}’ van {when} annuleren?</translation>
    </message>
    <message>
        <source>It is one of a series.</source>
        <translation>Ze hoort bij een reeks.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
</context>
<context>
    <name>CalendarFilters</name>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Choose who you are under Settings first.</source>
        <translation>Kies eerst bij Instellingen wie u bent.</translation>
    </message>
    <message>
        <source>Every duo</source>
        <translation>Alle duo&apos;s</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Alleen de mijne</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Show every duo</source>
        <translation>Alle duo&apos;s tonen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Cancelled meetings</source>
        <translation>Geannuleerde afspraken</translation>
    </message>
    <message>
        <source>Show or hide: {kind}</source>
        <translation>Tonen of verbergen: {kind}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Open the duo</source>
        <translation>Het duo openen</translation>
    </message>
    <message>
        <source>Cancel the meeting…</source>
        <translation>De afspraak annuleren…</translation>
    </message>
    <message>
        <source>No kind of meeting chosen</source>
        <translation>Geen soort afspraak gekozen</translation>
    </message>
    <message>
        <source>No meetings</source>
        <translation>Geen afspraken</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 afspraak</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} afspraken</translation>
    </message>
    <message>
        <source>“{title}” moved to {when}.</source>
        <translation>‘{title}’ verplaatst naar {when}.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Naar vandaag (T)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Vorige (Page Up)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Volgende (Page Down)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nieuwe afspraak…</translation>
    </message>
    <message>
        <source>Undo the move</source>
        <translation>Verplaatsing ongedaan maken</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Week {number}</source>
        <translation>Week {number}</translation>
    </message>
</context>
<context>
    <name>CalendarViews</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} meer</translation>
    </message>
    <message>
        <source>Coordinator: {name}</source>
        <translation>Coördinator: {name}</translation>
    </message>
    <message>
        <source>Part of a series</source>
        <translation>Hoort bij een reeks</translation>
    </message>
    <message>
        <source>1 attendee</source>
        <translation>1 deelnemer</translation>
    </message>
    <message>
        <source>{count} attendees</source>
        <translation>{count} deelnemers</translation>
    </message>
</context>
</TS>
