<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Opvolging afgewerkt</translation>
    </message>
    <message>
        <source>How is the duo doing? What was agreed? (no health or other sensitive details)</source>
        <translation>Hoe gaat het met het duo? Wat werd er afgesproken? (geen gegevens over gezondheid of andere gevoelige details)</translation>
    </message>
    <message>
        <source>Duo:</source>
        <translation>Duo:</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Gepland:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markeren als afgewerkt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>TodayCounts</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are past their retention period: anonymise them on the Privacy page</source>
        <translation>
            <numerusform>%Ln dossier is over zijn bewaartermijn: anonimiseer het op de pagina Privacy</numerusform>
            <numerusform>%Ln dossiers zijn over hun bewaartermijn: anonimiseer ze op de pagina Privacy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayItem</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} om {time}</translation>
    </message>
    <message>
        <source>{mentee} with {mentor}</source>
        <translation>{mentee} met {mentor}</translation>
    </message>
    <message>
        <source>Waiting for a mentor since today</source>
        <translation>Wacht sinds vandaag op een mentor</translation>
    </message>
    <message>
        <source>Waiting for a mentor since yesterday</source>
        <translation>Wacht sinds gisteren op een mentor</translation>
    </message>
    <message>
        <source>Waiting for a mentor for {days} (since {day})</source>
        <translation>Wacht al {days} op een mentor (sinds {day})</translation>
    </message>
    <message>
        <source>({days} late)</source>
        <translation>({days} te laat)</translation>
    </message>
    <message>
        <source>{follow_up} was planned on {when}</source>
        <translation>{follow_up} was gepland op {when}</translation>
    </message>
    <message>
        <source>{follow_up} planned on {when}</source>
        <translation>{follow_up} gepland op {when}</translation>
    </message>
    <message>
        <source>the mentee has not agreed to be contacted after the duo</source>
        <translation>de mentee gaf geen toestemming om na het duo gecontacteerd te worden</translation>
    </message>
    <message>
        <source>Consent “{purpose}” given on {day} under an older text: ask for it again</source>
        <translation>Toestemming ‘{purpose}’ gegeven op {day} op een oudere tekst: opnieuw vragen</translation>
    </message>
    <message>
        <source>Consent “{purpose}” expired on {day}: ask for it again</source>
        <translation>Toestemming ‘{purpose}’ verlopen op {day}: opnieuw vragen</translation>
    </message>
    <message>
        <source>Both answers were due on {when}: no decision yet</source>
        <translation>Beide antwoorden werden verwacht op {when}: nog geen beslissing</translation>
    </message>
    <message>
        <source>Both answers are due by {when}</source>
        <translation>Beide antwoorden worden verwacht tegen {when}</translation>
    </message>
    <message>
        <source>Accepted on {day}, the agreement is still unsigned after {days}</source>
        <translation>Aanvaard op {day}, de overeenkomst is na {days} nog altijd niet ondertekend</translation>
    </message>
    <message>
        <source>No meeting logged since {day} ({days} ago)</source>
        <translation>Geen ontmoeting genoteerd sinds {day} ({days} geleden)</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <source>%Ln things to do</source>
        <translation>
            <numerusform>%Ln taak</numerusform>
            <numerusform>%Ln taken</numerusform>
        </translation>
    </message>
    <message>
        <source>Only my mentees and duos</source>
        <translation>Alleen mijn mentees en duo&apos;s</translation>
    </message>
    <message>
        <source>Items of the coordinator chosen under Settings → Who I am.</source>
        <translation>De taken van de coördinator gekozen onder Instellingen → Wie ben ik.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Find a mentor…</source>
        <translation>Mentor zoeken…</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>Opvolging afgewerkt…</translation>
    </message>
    <message>
        <source>Outcome at 12 months…</source>
        <translation>Situatie na 12 maanden…</translation>
    </message>
    <message>
        <source>Nothing to do: no item needs you today.</source>
        <translation>Niets te doen: vandaag wacht er niets op je.</translation>
    </message>
</context>
</TS>
