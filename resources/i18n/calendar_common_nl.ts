<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>CalendarTexts</name>
    <message>
        <source>All mentors in a duo</source>
        <extracomment>The calendar&apos;s own fields, as :mod:`duodesk.messages` names them in a sentence.</extracomment>
        <translation>Alle mentors in een duo</translation>
    </message>
    <message>
        <source>Mentors available for a duo</source>
        <translation>Mentors beschikbaar voor een duo</translation>
    </message>
    <message>
        <source>Mentors in training</source>
        <translation>Mentors in opleiding</translation>
    </message>
    <message>
        <source>New registrations (mentees and mentors)</source>
        <translation>Nieuwe inschrijvingen (mentees en mentors)</translation>
    </message>
    <message>
        <source>Mentees waiting for a mentor</source>
        <translation>Mentees die op een mentor wachten</translation>
    </message>
    <message>
        <source>All mentees in a duo</source>
        <translation>Alle mentees in een duo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhaling</translation>
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
        <source>Kind of meeting</source>
        <translation>Soort ontmoeting</translation>
    </message>
    <message>
        <source>Invitation list</source>
        <translation>Uitnodigingslijst</translation>
    </message>
    <message>
        <source>Repeat: choose either an end date or a number of meetings.</source>
        <translation>Herhaling: kies een einddatum of een aantal ontmoetingen, niet allebei.</translation>
    </message>
    <message>
        <source>Repeat: the end date is before the first meeting.</source>
        <translation>Herhaling: de einddatum valt vóór de eerste ontmoeting.</translation>
    </message>
    <message>
        <source>Repeat: from {minimum} to {maximum} meetings.</source>
        <translation>Herhaling: van {minimum} tot {maximum} ontmoetingen.</translation>
    </message>
    <message>
        <source>Repeat: this would make more than {limit} meetings; choose an earlier end date.</source>
        <translation>Herhaling: dat zouden meer dan {limit} ontmoetingen worden; kies een vroegere einddatum.</translation>
    </message>
    <message>
        <source>Repeat: choose weekly, every two weeks or monthly.</source>
        <translation>Herhaling: kies wekelijks, om de twee weken of maandelijks.</translation>
    </message>
    <message>
        <source>The calendar file could not be written to {path} ({detail}). Choose another folder, then try again; nothing was left behind.</source>
        <translation>Het agendabestand kon niet worden opgeslagen in {path} ({detail}). Kies een andere map en probeer opnieuw; er is geen half bestand achtergebleven.</translation>
    </message>
    <message>
        <source>No coordinator is called “{name}”. Known coordinators: {known}.</source>
        <translation>Er is geen coördinator met de naam ‘{name}’. Gekende coördinatoren: {known}.</translation>
    </message>
    <message>
        <source>This meeting was cancelled: it can no longer be changed. Plan a new one instead.</source>
        <translation>Deze ontmoeting werd geannuleerd en kan niet meer worden gewijzigd. Plan een nieuwe ontmoeting.</translation>
    </message>
    <message>
        <source>This meeting has taken place: it cannot be cancelled.</source>
        <translation>Deze ontmoeting heeft al plaatsgevonden en kan niet worden geannuleerd.</translation>
    </message>
    <message>
        <source>Attendance is recorded once the meeting has begun.</source>
        <translation>De aanwezigheden worden geregistreerd zodra de ontmoeting begonnen is.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded for the people invited. Add the person to the meeting first.</source>
        <translation>Aanwezigheden kunnen alleen worden geregistreerd voor wie uitgenodigd is. Voeg de persoon eerst toe aan de ontmoeting.</translation>
    </message>
    <message>
        <source>A duo&apos;s meeting is always with its mentee and its mentor.</source>
        <translation>Een ontmoeting van een duo is altijd met de mentee en de mentor van dat duo.</translation>
    </message>
    <message>
        <source>A duo&apos;s meeting or follow-up keeps its kind and its duo. Cancel it and plan another meeting instead.</source>
        <translation>Een ontmoeting of opvolging van een duo behoudt haar soort en haar duo. Annuleer ze en plan een andere ontmoeting.</translation>
    </message>
    <message>
        <source>Follow-ups are planned by the duo when its agreement is signed; plan a duo meeting or move an existing follow-up instead.</source>
        <translation>Opvolgingen worden ingepland wanneer de overeenkomst van het duo wordt ondertekend; plan een duo-ontmoeting of verplaats een bestaande opvolging.</translation>
    </message>
    <message>
        <source>This change to the meeting is not possible.</source>
        <translation>Deze wijziging van de ontmoeting is niet mogelijk.</translation>
    </message>
</context>
<context>
    <name>CliCalendar</name>
    <message>
        <source>Meetings written to {path}: {count}.</source>
        <translation>Ontmoetingen opgeslagen in {path}: {count}.</translation>
    </message>
</context>
</TS>
