<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ConfirmDuoDialog</name>
    <message>
        <source>Propose a duo</source>
        <translation>Een duo voorstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{mentee}&lt;/b&gt; with &lt;b&gt;{mentor}&lt;/b&gt; — score {score}</source>
        <translation>&lt;b&gt;{mentee}&lt;/b&gt; met &lt;b&gt;{mentor}&lt;/b&gt; — score {score}</translation>
    </message>
    <message>
        <source>The duo is proposed, not yet decided: both answer within 24 hours after the first meeting. The mentee no longer waits for a mentor meanwhile.</source>
        <translation>Het duo wordt voorgesteld, nog niet beslist: beiden antwoorden binnen 24 uur na de eerste ontmoeting. Ondertussen wacht de mentee niet meer op een mentor.</translation>
    </message>
    <message>
        <source>An address, the antenna&apos;s office, a café…</source>
        <translation>Een adres, het kantoor van de antenne, een café…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>— Not chosen —</source>
        <translation>— Niet gekozen —</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;Eerste ontmoeting:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>&amp;Agreement in:</source>
        <translation>&amp;Overeenkomst in het:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Coördinator:</translation>
    </message>
    <message>
        <source>Propose the duo</source>
        <translation>Duo voorstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Duo proposed: {mentee} with {mentor}, first meeting on {when}. Both answer within 24 hours after it.</source>
        <translation>Duo voorgesteld: {mentee} met {mentor}, eerste ontmoeting op {when}. Beiden antwoorden binnen 24 uur daarna.</translation>
    </message>
    <message>
        <source>One mentee</source>
        <translation>Eén mentee</translation>
    </message>
    <message>
        <source>Whole waiting list</source>
        <translation>Volledige wachtlijst</translation>
    </message>
    <message>
        <source>Open the duo</source>
        <translation>Duo openen</translation>
    </message>
</context>
<context>
    <name>MenteeMatching</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Dagen wachten</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln gevonden</numerusform>
            <numerusform>%Ln gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentees waiting</source>
        <translation>
            <numerusform>%Ln wachtende mentee</numerusform>
            <numerusform>%Ln wachtende mentees</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for mentors…</source>
        <translation>Mentors worden gezocht…</translation>
    </message>
    <message>
        <source>No mentor can be proposed: none shares a language at a good level, has room and meets the mentee&apos;s wishes.</source>
        <translation>Er kan geen mentor voorgesteld worden: geen enkele spreekt een gemeenschappelijke taal goed, heeft plaats en beantwoordt aan de wensen van de mentee.</translation>
    </message>
    <message>
        <source>1 mentor can be proposed.</source>
        <translation>1 mentor kan voorgesteld worden.</translation>
    </message>
    <message>
        <source>The {count} best mentors, best first.</source>
        <translation>De {count} beste mentors, de beste eerst.</translation>
    </message>
    <message>
        <source>Search a waiting mentee by name…</source>
        <translation>Een wachtende mentee zoeken op naam…</translation>
    </message>
    <message>
        <source>Open the mentee&apos;s file</source>
        <translation>Dossier van de mentee openen</translation>
    </message>
    <message>
        <source>Propose this duo…</source>
        <translation>Dit duo voorstellen…</translation>
    </message>
    <message>
        <source>Open the mentor&apos;s file</source>
        <translation>Dossier van de mentor openen</translation>
    </message>
    <message>
        <source>Choose a waiting mentee to see the mentors who fit.</source>
        <translation>Kies een wachtende mentee om de mentors te zien die passen.</translation>
    </message>
</context>
<context>
    <name>PoolView</name>
    <message>
        <source>Another mentor for {mentee}</source>
        <translation>Een andere mentor voor {mentee}</translation>
    </message>
    <message>
        <source>proposed for {mentee}</source>
        <translation>voorgesteld voor {mentee}</translation>
    </message>
    <message>
        <source>A mentor already in the proposal can take this mentee only if they have room for another duo: the confirmation checks it.</source>
        <translation>Een mentor die al in het voorstel staat, kan deze mentee alleen nemen als hij of zij plaats heeft voor nog een duo: de bevestiging controleert dat.</translation>
    </message>
    <message>
        <source>Take this mentor</source>
        <translation>Deze mentor nemen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Looking for the best duos for every waiting mentee…</source>
        <translation>De beste duo&apos;s worden gezocht voor alle wachtende mentees…</translation>
    </message>
    <message>
        <source>No pair left to decide on.</source>
        <translation>Geen koppels meer om over te beslissen.</translation>
    </message>
    <message>
        <source>1 pair to decide on.</source>
        <translation>1 koppel om over te beslissen.</translation>
    </message>
    <message>
        <source>{count} pairs to decide on, the best first.</source>
        <translation>{count} koppels om over te beslissen, de beste eerst.</translation>
    </message>
    <message>
        <source>A proposal for every waiting mentee at once: as many duos as the rules allow, with the highest total score. Nothing is decided until you accept a pair.</source>
        <translation>Een voorstel voor alle wachtende mentees tegelijk: zoveel duo&apos;s als de regels toelaten, met de hoogste totale score. Niets is beslist zolang je geen koppel aanvaardt.</translation>
    </message>
    <message>
        <source>Propose duos for all waiting mentees</source>
        <translation>Duo&apos;s voorstellen voor alle wachtende mentees</translation>
    </message>
    <message>
        <source>Accept this pair…</source>
        <translation>Dit koppel aanvaarden…</translation>
    </message>
    <message>
        <source>Another mentor…</source>
        <translation>Andere mentor…</translation>
    </message>
    <message>
        <source>Reject this pair</source>
        <translation>Dit koppel afwijzen</translation>
    </message>
</context>
<context>
    <name>ProfileComparison</name>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Woont in</translation>
    </message>
    <message>
        <source>Project / last job</source>
        <translation>Project / laatste job</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Points given by this criterion, at most {most}</source>
        <translation>Punten van dit criterium, maximaal {most}</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message numerus="yes">
        <source>{criterion}: {points} of {most} points</source>
        <translation>
            <numerusform>{criterion}: {points} van {most} punten</numerusform>
            <numerusform>{criterion}: {points} van {most} punten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightsBox</name>
    <message>
        <source>The mentor knows a sector the mentee wants to work in.</source>
        <translation>De mentor kent een sector waarin de mentee wil werken.</translation>
    </message>
    <message>
        <source>Languages both speak well; the better the level, the more it counts.</source>
        <translation>Talen die beiden goed spreken; hoe hoger het niveau, hoe meer het telt.</translation>
    </message>
    <message>
        <source>They live close to each other, so meeting is easy.</source>
        <translation>Ze wonen dicht bij elkaar, dus afspreken is makkelijk.</translation>
    </message>
    <message>
        <source>Half-days of the week when both are free.</source>
        <translation>Halve dagen van de week waarop beiden vrij zijn.</translation>
    </message>
    <message>
        <source>Interests they share, as written in their files.</source>
        <translation>Gedeelde interesses, zoals ze in hun dossiers staan.</translation>
    </message>
    <message>
        <source>Mentees who have waited longer come first.</source>
        <translation>Mentees die langer wachten, komen eerst.</translation>
    </message>
    <message>
        <source>Saved: the next suggestions use these weights.</source>
        <translation>Bewaard: de volgende voorstellen gebruiken deze gewichten.</translation>
    </message>
    <message>
        <source>{weight} ({share} %)</source>
        <translation>{weight} ({share} %)</translation>
    </message>
    <message>
        <source>Matching weights</source>
        <translation>Gewichten voor de matching</translation>
    </message>
    <message>
        <source>How much each criterion counts in a suggestion&apos;s score, from 0 (ignored) to 10. The share of the score is in brackets.</source>
        <translation>Hoeveel elk criterium meetelt in de score van een voorstel, van 0 (genegeerd) tot 10. Het aandeel in de score staat tussen haakjes.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
</context>
</TS>
