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
        <translation>Ontmoeting</translation>
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
        <translation>Mentors in een duo</translation>
    </message>
    <message>
        <source>Available mentors</source>
        <translation>Beschikbare mentors</translation>
    </message>
    <message>
        <source>Mentors in training</source>
        <translation>Mentors in opleiding</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Nieuwe inschrijvingen</translation>
    </message>
    <message>
        <source>Mentees waiting for a mentor</source>
        <translation>Mentees die op een mentor wachten</translation>
    </message>
    <message>
        <source>Mentees in a duo</source>
        <translation>Mentees in een duo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nog niet genoteerd</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Invite this list</source>
        <translation>Deze lijst uitnodigen</translation>
    </message>
    <message>
        <source>Add one person: name, email or phone…</source>
        <translation>Eén persoon toevoegen: naam, e-mail of telefoon…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Everyone came</source>
        <translation>Iedereen was er</translation>
    </message>
    <message>
        <source>{list} ({count})</source>
        <translation>{list} ({count})</translation>
    </message>
    <message>
        <source>A duo&apos;s meetings are with its mentee and its mentor.</source>
        <translation>De ontmoetingen van een duo zijn met zijn mentee en zijn mentor.</translation>
    </message>
    <message>
        <source>Who came can be ticked once the meeting has begun.</source>
        <translation>Wie er was, kan je aanvinken zodra de ontmoeting begonnen is.</translation>
    </message>
    <message>
        <source>Ticked: came · empty: did not come · half-ticked: not recorded.</source>
        <translation>Aangevinkt: aanwezig · leeg: afwezig · half aangevinkt: nog niet genoteerd.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln uitgenodigd</numerusform>
            <numerusform>%Ln uitgenodigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln present</source>
        <translation>
            <numerusform>%Ln aanwezig</numerusform>
            <numerusform>%Ln aanwezig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln absent</source>
        <translation>
            <numerusform>%Ln afwezig</numerusform>
            <numerusform>%Ln afwezig</numerusform>
        </translation>
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
        <translation>Alleen deze ontmoeting</translation>
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
        <source>“{title}” is one of a series. Move only this meeting, or this one and all the following ones by the same time?</source>
        <translation>‘{title}’ hoort bij een reeks. Alleen deze ontmoeting verplaatsen, of deze en alle volgende met hetzelfde tijdsverschil?</translation>
    </message>
    <message>
        <source>Don&apos;t move</source>
        <translation>Niet verplaatsen</translation>
    </message>
    <message>
        <source>Moved to {when}, “{title}” would clash with other meetings.</source>
        <translation>Verplaatst naar {when} zou ‘{title}’ samenvallen met andere ontmoetingen.</translation>
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
    <name>CalendarCounts</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln meer</numerusform>
            <numerusform>+%Ln meer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…en nog %Ln</numerusform>
            <numerusform>…en nog %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendees</source>
        <translation>
            <numerusform>%Ln deelnemer</numerusform>
            <numerusform>%Ln deelnemers</numerusform>
        </translation>
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
        <translation>Kies eerst bij Instellingen wie je bent.</translation>
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
        <translation>Geannuleerde ontmoetingen</translation>
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
        <translation>De ontmoeting annuleren…</translation>
    </message>
    <message>
        <source>No kind of meeting chosen</source>
        <translation>Geen soort ontmoeting gekozen</translation>
    </message>
    <message>
        <source>No meetings</source>
        <translation>Geen ontmoetingen</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 ontmoeting</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} ontmoetingen</translation>
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
        <translation>Nieuwe ontmoeting…</translation>
    </message>
    <message>
        <source>Undo the move</source>
        <translation>Verplaatsing ongedaan maken</translation>
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
        <source>Coordinator: {name}</source>
        <translation>Coördinator: {name}</translation>
    </message>
    <message>
        <source>Part of a series</source>
        <translation>Hoort bij een reeks</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>a meeting</source>
        <translation>een ontmoeting</translation>
    </message>
    <message>
        <source>{who} already has “{title}” on {day}, from {start} to {end}</source>
        <translation>{who} heeft al ‘{title}’ op {day}, van {start} tot {end}</translation>
    </message>
    <message>
        <source>{who} already has “{title}” from {start} to {end}</source>
        <translation>{who} heeft al ‘{title}’ van {start} tot {end}</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe ontmoeting</translation>
    </message>
    <message>
        <source>This meeting was cancelled; it can no longer be changed.</source>
        <translation>Deze ontmoeting werd geannuleerd; ze kan niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>This meeting took place.</source>
        <translation>Deze ontmoeting heeft plaatsgevonden.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Cancel this meeting…</source>
        <translation>Deze ontmoeting annuleren…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet…</source>
        <translation>Aanwezigheidslijst afdrukken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>This meeting clashes with others:</source>
        <translation>Deze ontmoeting valt samen met andere:</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>Toch opslaan?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <source>This meeting is one of a series. Save the changes for this meeting only, or for this one and all the following ones?</source>
        <translation>Deze ontmoeting hoort bij een reeks. De wijzigingen alleen voor deze ontmoeting opslaan, of voor deze en alle volgende?</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <source>Save the meeting first: the sign-in sheet shows it as saved.</source>
        <translation>Sla de ontmoeting eerst op: de aanwezigheidslijst toont ze zoals ze opgeslagen is.</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>Aanwezigheidslijst afdrukken</translation>
    </message>
    <message>
        <source>sign-in-sheet-{day}.pdf</source>
        <translation>aanwezigheidslijst-{day}.pdf</translation>
    </message>
    <message>
        <source>Cancel “{title}” of {when}?</source>
        <translation>‘{title}’ van {when} annuleren?</translation>
    </message>
    <message>
        <source>The changes made here will not be saved.</source>
        <translation>De wijzigingen die je hier maakte, worden niet opgeslagen.</translation>
    </message>
    <message>
        <source>It is one of a series.</source>
        <translation>Ze hoort bij een reeks.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>This meeting has changes that are not saved. Save them?</source>
        <translation>Deze ontmoeting heeft wijzigingen die niet opgeslagen zijn. Opslaan?</translation>
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
        <translation>{hours} u</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} u {minutes:02d}</translation>
    </message>
    <message>
        <source>Ends at…</source>
        <translation>Eindigt om…</translation>
    </message>
    <message>
        <source>Information session, Schaerbeek library</source>
        <translation>Infosessie, bibliotheek Schaarbeek</translation>
    </message>
    <message>
        <source>The antenna, a library…</source>
        <translation>De antenne, een bibliotheek…</translation>
    </message>
    <message>
        <source>CV, job interview practice, network…</source>
        <translation>Cv, sollicitatiegesprek oefenen, netwerk…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
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
        <source>Topics</source>
        <translation>Besproken onderwerpen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>A group session needs a title, so that everyone recognises it in the calendar.</source>
        <translation>Een groepssessie heeft een titel nodig, zodat iedereen ze herkent in de kalender.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>De ontmoeting moet eindigen na het begin.</translation>
    </message>
    <message>
        <source>A meeting lasts at least {minutes} minutes.</source>
        <translation>Een ontmoeting duurt minstens {minutes} minuten.</translation>
    </message>
    <message>
        <source>A meeting lasts at most {hours} hours.</source>
        <translation>Een ontmoeting duurt hoogstens {hours} uur.</translation>
    </message>
    <message>
        <source>ends at {time}</source>
        <translation>eindigt om {time}</translation>
    </message>
</context>
<context>
    <name>PersonMeetings</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Ontmoeting</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>Nog te komen</translation>
    </message>
    <message>
        <source>No meeting yet. Meetings are planned in the Calendar or in a duo&apos;s window.</source>
        <translation>Nog geen ontmoetingen. Ontmoetingen plan je in de Kalender of in het venster van een duo.</translation>
    </message>
    <message>
        <source>Coming up ({count})</source>
        <translation>Komende ({count})</translation>
    </message>
    <message>
        <source>Past ({count})</source>
        <translation>Afgelopen ({count})</translation>
    </message>
    <message>
        <source>Intervision sessions attended: {attended} of {held}</source>
        <translation>Bijgewoonde intervisiesessies: {attended} van de {held}</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Every {weekday} at {time}</source>
        <translation>Elke {weekday} om {time}</translation>
    </message>
    <message>
        <source>Every other {weekday} at {time}</source>
        <translation>Om de twee weken op {weekday} om {time}</translation>
    </message>
    <message>
        <source>Every month on day {day} at {time}</source>
        <translation>Elke maand op de {day}e om {time}</translation>
    </message>
    <message>
        <source>Part of a series: {rule}, until {last}.</source>
        <translation>Hoort bij een reeks: {rule}, tot {last}.</translation>
    </message>
    <message>
        <source>Part of a series: {rule}, {count} meetings in all.</source>
        <translation>Hoort bij een reeks: {rule}, {count} ontmoetingen in totaal.</translation>
    </message>
    <message>
        <source>{rule}: one meeting only, on {first}.</source>
        <translation>{rule}: maar één ontmoeting, op {first}.</translation>
    </message>
    <message>
        <source>{rule}: {count} meetings, from {first} to {last}.</source>
        <translation>{rule}: {count} ontmoetingen, van {first} tot {last}.</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Wordt niet herhaald</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Om de twee weken</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>meetings in all</source>
        <translation>ontmoetingen in totaal</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>The last date must not be before the first meeting.</source>
        <translation>De laatste datum mag niet vóór de eerste ontmoeting liggen.</translation>
    </message>
    <message>
        <source>One meeting, on {day}.</source>
        <translation>Eén ontmoeting, op {day}.</translation>
    </message>
</context>
</TS>
