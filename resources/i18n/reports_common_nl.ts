<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ReportTexts</name>
    <message>
        <source>Mentees in a job, internship or qualifying training after 12 months</source>
        <translation>Mentees met een job, stage of kwalificerende opleiding na 12 maanden</translation>
    </message>
    <message>
        <source>Mentees with a concrete professional project</source>
        <translation>Mentees met een concreet beroepsproject</translation>
    </message>
    <message>
        <source>Mentees more confident in their job search</source>
        <translation>Mentees met meer zelfvertrouwen bij het zoeken naar werk</translation>
    </message>
    <message>
        <source>Mentees with a wider network</source>
        <translation>Mentees met een groter netwerk</translation>
    </message>
    <message>
        <source>Mentors who improved their coaching skills</source>
        <translation>Mentors die hun coachingsvaardigheden verbeterden</translation>
    </message>
    <message>
        <source>Mentors who feel more useful to society</source>
        <translation>Mentors die zich nuttiger voelen in de samenleving</translation>
    </message>
    <message>
        <source>Mentors for whom the duo brought added value</source>
        <translation>Mentors voor wie het duo een meerwaarde was</translation>
    </message>
    <message>
        <source>Mentors who started another duo after their first</source>
        <translation>Mentors die na hun eerste duo een nieuw duo begonnen</translation>
    </message>
    <message>
        <source>Duos of the period that started at least 12 months before the report date. Counted: those whose 12-month outcome is recorded (not “unreachable”). Yes: a job, an internship or a qualifying training. Unknown: outcome not recorded or mentee unreachable.</source>
        <translation>Duo&apos;s van de periode die minstens 12 maanden vóór de rapportdatum begonnen. Geteld: die waarvan de situatie na 12 maanden geregistreerd is (niet ‘onbereikbaar’). Ja: een job, een stage of een kwalificerende opleiding. Onbekend: situatie niet geregistreerd of mentee onbereikbaar.</translation>
    </message>
    <message>
        <source>The mentee&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: a concrete, realistic professional project was defined.</source>
        <translation>De eindevaluatie van de mentee (de laatste) van elk duo dat in de periode begon, als de vraag beantwoord is. Ja: er is een concreet en realistisch beroepsproject uitgewerkt.</translation>
    </message>
    <message>
        <source>The mentee&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: more confident and autonomous in the job search.</source>
        <translation>De eindevaluatie van de mentee (de laatste) van elk duo dat in de periode begon, als de vraag beantwoord is. Ja: meer zelfvertrouwen en zelfstandiger bij het zoeken naar werk.</translation>
    </message>
    <message>
        <source>The mentee&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: a wider professional or social network.</source>
        <translation>De eindevaluatie van de mentee (de laatste) van elk duo dat in de periode begon, als de vraag beantwoord is. Ja: een groter professioneel of sociaal netwerk.</translation>
    </message>
    <message>
        <source>The mentor&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: coaching skills improved (listening, empathy…).</source>
        <translation>De eindevaluatie van de mentor (de laatste) van elk duo dat in de periode begon, als de vraag beantwoord is. Ja: betere coachingsvaardigheden (luisteren, empathie…).</translation>
    </message>
    <message>
        <source>The mentor&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: feels more useful as an active member of society.</source>
        <translation>De eindevaluatie van de mentor (de laatste) van elk duo dat in de periode begon, als de vraag beantwoord is. Ja: voelt zich nuttiger als actief lid van de samenleving.</translation>
    </message>
    <message>
        <source>The mentor&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: the duo brought added value to their professional and personal life.</source>
        <translation>De eindevaluatie van de mentor (de laatste) van elk duo dat in de periode begon, als de vraag beantwoord is. Ja: het duo was een meerwaarde voor zijn of haar professionele en persoonlijke leven.</translation>
    </message>
    <message>
        <source>Mentors whose first duo started in the period and has ended (finished or stopped). Yes: they started another duo after it (declined proposals do not count).</source>
        <translation>Mentors van wie het eerste duo in de periode begon en afgelopen is (afgerond of vroegtijdig gestopt). Ja: ze begonnen daarna een nieuw duo (geweigerde voorstellen tellen niet mee).</translation>
    </message>
    <message>
        <source>Duos counted: those started in the period (active, finished or stopped), the latest one for a mentee matched more than once.</source>
        <translation>Getelde duo&apos;s: die in de periode begonnen (actief, afgerond of vroegtijdig gestopt), het laatste voor een mentee met meer dan één duo.</translation>
    </message>
    <message>
        <source>Unknown outcome: {count}</source>
        <translation>Situatie onbekend: {count}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Dit rapport</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>Impactrapport</translation>
    </message>
    <message>
        <source>All antennas</source>
        <translation>Alle antennes</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Geteld</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Hoe het geteld wordt</translation>
    </message>
    <message>
        <source>Duos started from {start} to {end}</source>
        <translation>Duo&apos;s begonnen van {start} tot {end}</translation>
    </message>
    <message>
        <source>Report date: {date}</source>
        <translation>Rapportdatum: {date}</translation>
    </message>
    <message>
        <source>Antenna: {antenna}</source>
        <translation>Antenne: {antenna}</translation>
    </message>
    <message>
        <source>Published figures: DUO for a JOB, “Our impact” (the organisation&apos;s website).</source>
        <translation>Gepubliceerde cijfers: DUO for a JOB, ‘Onze impact’ (website van de organisatie).</translation>
    </message>
    <message>
        <source>There is no antenna with the code “{antenna}”. Known antennas: {known}.</source>
        <translation>Er is geen antenne met de code ‘{antenna}’. Bekende antennes: {known}.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Check the two dates.</source>
        <translation>De periode eindigt ({end}) voor ze begint ({start}). Controleer de twee datums.</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>How each figure is counted</source>
        <translation>Hoe elk cijfer berekend wordt</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
</context>
</TS>
