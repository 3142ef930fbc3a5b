<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>DuoColumns</name>
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
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Voorgesteld op</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplande einddatum</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Days since meeting</source>
        <translation>Dagen zonder ontmoeting</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Aandachtspunten</translation>
    </message>
</context>
<context>
    <name>DuoDialogs</name>
    <message>
        <source>Back on the waiting list, to be matched again</source>
        <translation>Terug op de wachtlijst, voor een nieuw duo</translation>
    </message>
    <message>
        <source>The mentee&apos;s answer</source>
        <translation>Antwoord van de mentee</translation>
    </message>
    <message>
        <source>The mentor&apos;s answer</source>
        <translation>Antwoord van de mentor</translation>
    </message>
    <message>
        <source>What did {name} answer after the first meeting?</source>
        <translation>Wat antwoordde {name} na de eerste ontmoeting?</translation>
    </message>
    <message>
        <source>Yes, they want to go on with this duo</source>
        <translation>Ja, wil verder met dit duo</translation>
    </message>
    <message>
        <source>No, they decline</source>
        <translation>Nee, weigert het duo</translation>
    </message>
    <message>
        <source>Leaves the programme (withdrawn)</source>
        <translation>Verlaat het programma (teruggetrokken)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>The mentee</source>
        <translation>De mentee</translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation>Overeenkomst ondertekenen</translation>
    </message>
    <message>
        <source>The day of signing is the duo&apos;s start: it runs six months, with follow-ups at 1, 3 and 6 months and the outcome check at 12.</source>
        <translation>De dag van ondertekening is de start van het duo: dat loopt zes maanden, met opvolgingen na 1, 3 en 6 maanden en de situatiecheck na 12 maanden.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>Close the duo</source>
        <translation>Duo afsluiten</translation>
    </message>
    <message>
        <source>The mentee&apos;s path ends as finished and the mentor becomes available again. The outcome check at 12 months stays planned.</source>
        <translation>Het traject van de mentee eindigt als afgerond en de mentor is weer beschikbaar. De situatiecheck na 12 maanden blijft gepland.</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>“Six months completed” is possible from {day}, two weeks before the planned end. Before that: “Mentee found a job”, or “Stop early…” with its reason.</source>
        <translation>‘Zes maanden voltooid’ kan vanaf {day}, twee weken voor het geplande einde. Daarvoor: ‘Mentee vond werk’, of ‘Vroegtijdig stopzetten…’ met de reden.</translation>
    </message>
    <message>
        <source>Stop the duo early</source>
        <translation>Duo vroegtijdig stopzetten</translation>
    </message>
    <message>
        <source>Meetings and follow-ups planned after the end date are cancelled; the outcome check at 12 months stays planned.</source>
        <translation>Ontmoetingen en opvolgingen gepland na de einddatum worden geannuleerd; de situatiecheck na 12 maanden blijft gepland.</translation>
    </message>
    <message>
        <source>Stops the programme</source>
        <translation>Stopt met het programma</translation>
    </message>
    <message>
        <source>Outcome at 12 months</source>
        <translation>Situatie na 12 maanden</translation>
    </message>
    <message>
        <source>Where does the mentee stand twelve months after the start? Contacting them needs their consent to the follow-up contact.</source>
        <translation>Hoe staat de mentee er twaalf maanden na de start voor? Voor contact is de toestemming voor opvolgingscontact nodig.</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Known on</source>
        <translation>Gekend op</translation>
    </message>
</context>
<context>
    <name>DuoEvaluations</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>{question}: {answer}</source>
        <translation>{question}: {answer}</translation>
    </message>
</context>
<context>
    <name>DuoForms</name>
    <message>
        <source>Log a meeting</source>
        <translation>Ontmoeting noteren</translation>
    </message>
    <message>
        <source>A meeting of the duo that took place.</source>
        <translation>Een ontmoeting van het duo die plaatsvond.</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Ontmoeting plannen</translation>
    </message>
    <message>
        <source>A meeting of the duo still to come.</source>
        <translation>Een ontmoeting van het duo die nog moet komen.</translation>
    </message>
    <message>
        <source>Meeting done</source>
        <translation>Ontmoeting afgewerkt</translation>
    </message>
    <message>
        <source>The meeting of {when} took place.</source>
        <translation>De ontmoeting van {when} vond plaats.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A café, the antenna, the library…</source>
        <translation>Een café, de antenne, de bibliotheek…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>CV, job interview practice, network…</source>
        <translation>Cv, sollicitatiegesprek oefenen, netwerk…</translation>
    </message>
    <message>
        <source>The mentee came</source>
        <translation>De mentee was aanwezig</translation>
    </message>
    <message>
        <source>The mentor came</source>
        <translation>De mentor was aanwezig</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en uur</translation>
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
        <source>Topics</source>
        <translation>Besproken onderwerpen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Opvolging afgewerkt</translation>
    </message>
    <message>
        <source>{follow_up}, planned on {day}.</source>
        <translation>{follow_up}, gepland op {day}.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>The answers of the mentee or the mentor at the start, after three months, at the end of the six months or after twelve months.</source>
        <translation>De antwoorden van de mentee of de mentor bij de start, na drie maanden, aan het einde van de zes maanden of na twaalf maanden.</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>This form was recorded on {day}: saving replaces it.</source>
        <translation>Dit formulier werd op {day} geregistreerd: opnieuw opslaan vervangt het.</translation>
    </message>
</context>
<context>
    <name>DuoMeetings</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Ontmoeting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Topics</source>
        <translation>Besproken onderwerpen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>DuoQuestions</name>
    <message>
        <source>Has a defined professional project</source>
        <translation>Heeft een duidelijk beroepsproject</translation>
    </message>
    <message>
        <source>Feels more confident</source>
        <translation>Heeft meer zelfvertrouwen</translation>
    </message>
    <message>
        <source>Has a wider network</source>
        <translation>Heeft een groter netwerk</translation>
    </message>
    <message>
        <source>Coaching skills improved</source>
        <translation>Coachingvaardigheden verbeterd</translation>
    </message>
    <message>
        <source>Feels useful</source>
        <translation>Voelt zich nuttig</translation>
    </message>
    <message>
        <source>Sees added value in the programme</source>
        <translation>Ziet een meerwaarde in het programma</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zelfvertrouwen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Nuttig</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Meerwaarde</translation>
    </message>
</context>
<context>
    <name>DuoSearch</name>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
</context>
<context>
    <name>DuoTexts</name>
    <message>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Decision overdue</source>
        <translation>Beslissing te laat</translation>
    </message>
    <message>
        <source>Agreement unsigned</source>
        <translation>Overeenkomst niet ondertekend</translation>
    </message>
    <message>
        <source>Six months passed</source>
        <translation>Zes maanden voorbij</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>Loopt binnenkort af</translation>
    </message>
    <message>
        <source>No meeting for 3 weeks</source>
        <translation>Al 3 weken geen ontmoeting</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>nog geen antwoord</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Eerste ontmoeting</translation>
    </message>
    <message>
        <source>Duo proposed</source>
        <translation>Duo voorgesteld</translation>
    </message>
    <message>
        <source>{side} said yes after the first meeting</source>
        <translation>{side}: ja na de eerste ontmoeting</translation>
    </message>
    <message>
        <source>{side} said no after the first meeting</source>
        <translation>{side}: nee na de eerste ontmoeting</translation>
    </message>
    <message>
        <source>Accepted by both sides</source>
        <translation>Door beide kanten aanvaard</translation>
    </message>
    <message>
        <source>Duo declined: {reason}</source>
        <translation>Duo geweigerd: {reason}</translation>
    </message>
    <message>
        <source>Agreement signed: the duo starts, planned end {date}</source>
        <translation>Overeenkomst ondertekend: het duo start, gepland einde op {date}</translation>
    </message>
    <message>
        <source>{meeting} — {status}</source>
        <translation>{meeting} — {status}</translation>
    </message>
    <message>
        <source>Mentor&apos;s evaluation: {stage}</source>
        <translation>Evaluatie van de mentor: {stage}</translation>
    </message>
    <message>
        <source>Mentee&apos;s evaluation: {stage}</source>
        <translation>Evaluatie van de mentee: {stage}</translation>
    </message>
    <message>
        <source>Duo closed: {reason}</source>
        <translation>Duo afgesloten: {reason}</translation>
    </message>
    <message>
        <source>Duo stopped early: {reason}</source>
        <translation>Duo vroegtijdig gestopt: {reason}</translation>
    </message>
    <message>
        <source>Outcome at 12 months: {outcome}</source>
        <translation>Situatie na 12 maanden: {outcome}</translation>
    </message>
    <message>
        <source>{mentee} &amp; {mentor}</source>
        <translation>{mentee} &amp; {mentor}</translation>
    </message>
</context>
<context>
    <name>DuoWindow</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Cancel the meeting of {when}?</source>
        <translation>De ontmoeting van {when} annuleren?</translation>
    </message>
    <message>
        <source>Log a meeting…</source>
        <translation>Ontmoeting noteren…</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Ontmoeting plannen…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Afgewerkt…</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Record an evaluation…</source>
        <translation>Evaluatie noteren…</translation>
    </message>
    <message>
        <source>coordinator: {name}</source>
        <translation>coördinator: {name}</translation>
    </message>
    <message>
        <source>antenna {code}</source>
        <translation>antenne {code}</translation>
    </message>
    <message>
        <source>agreement: {language}</source>
        <translation>overeenkomst: {language}</translation>
    </message>
    <message>
        <source>mentee: {mentee}, mentor: {mentor}</source>
        <translation>mentee: {mentee}, mentor: {mentor}</translation>
    </message>
    <message>
        <source>Proposed on:</source>
        <translation>Voorgesteld op:</translation>
    </message>
    <message>
        <source>First meeting:</source>
        <translation>Eerste ontmoeting:</translation>
    </message>
    <message>
        <source>Answers due by:</source>
        <translation>Antwoorden verwacht tegen:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Antwoorden:</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>Aanvaard op:</translation>
    </message>
    <message>
        <source>Start (agreement):</source>
        <translation>Start (overeenkomst):</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>Gepland einde:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Einde:</translation>
    </message>
    <message>
        <source>Outcome at 12 months:</source>
        <translation>Situatie na 12 maanden:</translation>
    </message>
    <message>
        <source>Mentee&apos;s file</source>
        <translation>Dossier van de mentee</translation>
    </message>
    <message>
        <source>Mentor&apos;s file</source>
        <translation>Dossier van de mentor</translation>
    </message>
    <message>
        <source>Show in the calendar</source>
        <translation>Tonen in de kalender</translation>
    </message>
    <message>
        <source>Print the agreement…</source>
        <translation>Overeenkomst afdrukken…</translation>
    </message>
    <message>
        <source>Mentee&apos;s answer…</source>
        <translation>Antwoord mentee…</translation>
    </message>
    <message>
        <source>Mentor&apos;s answer…</source>
        <translation>Antwoord mentor…</translation>
    </message>
    <message>
        <source>Sign the agreement…</source>
        <translation>Overeenkomst ondertekenen…</translation>
    </message>
    <message>
        <source>Close the duo…</source>
        <translation>Duo afsluiten…</translation>
    </message>
    <message>
        <source>Stop early…</source>
        <translation>Vroegtijdig stopzetten…</translation>
    </message>
    <message>
        <source>Outcome at 12 months…</source>
        <translation>Situatie na 12 maanden…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Ontmoetingen</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
</context>
<context>
    <name>DuosPage</name>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Ending within 30 days</source>
        <translation>Loopt af binnen 30 dagen</translation>
    </message>
    <message>
        <source>Decision overdue</source>
        <translation>Beslissing te laat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Current (proposed, accepted, active)</source>
        <translation>Lopend (voorgesteld, aanvaard, actief)</translation>
    </message>
    <message>
        <source>Reading the duos…</source>
        <translation>Duo&apos;s worden gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duos</source>
        <translation>
            <numerusform>%Ln duo</numerusform>
            <numerusform>%Ln duo&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Print agreements…</source>
        <translation>Overeenkomsten afdrukken…</translation>
    </message>
</context>
<context>
    <name>PersonDuos</name>
    <message>
        <source>No duo yet. Duos are formed on the Matching page.</source>
        <translation>Nog geen duo. Duo&apos;s worden gevormd op de pagina Matching.</translation>
    </message>
    <message>
        <source>No evaluation recorded yet. They are recorded in the duo&apos;s window.</source>
        <translation>Nog geen evaluatie geregistreerd. Dat gebeurt in het venster van het duo.</translation>
    </message>
</context>
</TS>
