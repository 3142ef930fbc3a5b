<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ReportTexts</name>
    <message>
        <source>Mentees in a job, internship or qualifying training after 12 months</source>
        <translation>Mentees en emploi, en stage ou en formation qualifiante après 12 mois</translation>
    </message>
    <message>
        <source>Mentees with a concrete professional project</source>
        <translation>Mentees avec un projet professionnel concret</translation>
    </message>
    <message>
        <source>Mentees more confident in their job search</source>
        <translation>Mentees plus confiants dans leur recherche d&apos;emploi</translation>
    </message>
    <message>
        <source>Mentees with a wider network</source>
        <translation>Mentees avec un réseau élargi</translation>
    </message>
    <message>
        <source>Mentors who improved their coaching skills</source>
        <translation>Mentors qui ont amélioré leurs compétences de coaching</translation>
    </message>
    <message>
        <source>Mentors who feel more useful to society</source>
        <translation>Mentors qui se sentent plus utiles à la société</translation>
    </message>
    <message>
        <source>Mentors for whom the duo brought added value</source>
        <translation>Mentors pour qui le duo a apporté une plus-value</translation>
    </message>
    <message>
        <source>Mentors who started another duo after their first</source>
        <translation>Mentors qui ont commencé un autre duo après le premier</translation>
    </message>
    <message>
        <source>Duos of the period that started at least 12 months before the report date. Counted: those whose 12-month outcome is recorded (not “unreachable”). Yes: a job, an internship or a qualifying training. Unknown: outcome not recorded or mentee unreachable.</source>
        <translation>Duos de la période qui ont commencé au moins 12 mois avant la date du rapport. Comptés : ceux dont la situation à 12 mois est encodée (pas « injoignable »). Oui : un emploi, un stage ou une formation qualifiante. Inconnu : situation pas encodée ou mentee injoignable.</translation>
    </message>
    <message>
        <source>The mentee&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: a concrete, realistic professional project was defined.</source>
        <translation>L&apos;évaluation de fin de duo du mentee (la plus récente) pour chaque duo commencé dans la période, quand la question a reçu une réponse. Oui : un projet professionnel concret et réaliste a été défini.</translation>
    </message>
    <message>
        <source>The mentee&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: more confident and autonomous in the job search.</source>
        <translation>L&apos;évaluation de fin de duo du mentee (la plus récente) pour chaque duo commencé dans la période, quand la question a reçu une réponse. Oui : plus confiant et autonome dans sa recherche d&apos;emploi.</translation>
    </message>
    <message>
        <source>The mentee&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: a wider professional or social network.</source>
        <translation>L&apos;évaluation de fin de duo du mentee (la plus récente) pour chaque duo commencé dans la période, quand la question a reçu une réponse. Oui : un réseau professionnel ou social élargi.</translation>
    </message>
    <message>
        <source>The mentor&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: coaching skills improved (listening, empathy…).</source>
        <translation>L&apos;évaluation de fin de duo du mentor (la plus récente) pour chaque duo commencé dans la période, quand la question a reçu une réponse. Oui : des compétences de coaching améliorées (écoute, empathie…).</translation>
    </message>
    <message>
        <source>The mentor&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: feels more useful as an active member of society.</source>
        <translation>L&apos;évaluation de fin de duo du mentor (la plus récente) pour chaque duo commencé dans la période, quand la question a reçu une réponse. Oui : se sent plus utile comme membre actif de la société.</translation>
    </message>
    <message>
        <source>The mentor&apos;s end-of-duo evaluation (the latest one) of each duo started in the period, where the question was answered. Yes: the duo brought added value to their professional and personal life.</source>
        <translation>L&apos;évaluation de fin de duo du mentor (la plus récente) pour chaque duo commencé dans la période, quand la question a reçu une réponse. Oui : le duo a apporté une plus-value à sa vie professionnelle et personnelle.</translation>
    </message>
    <message>
        <source>Mentors whose first duo started in the period and has ended (finished or stopped). Yes: they started another duo after it (declined proposals do not count).</source>
        <translation>Mentors dont le premier duo a commencé dans la période et est terminé (achevé ou arrêté). Oui : ils ont commencé un autre duo ensuite (les propositions refusées ne comptent pas).</translation>
    </message>
    <message>
        <source>Duos counted: those started in the period (active, finished or stopped), the latest one for a mentee matched more than once.</source>
        <translation>Duos comptés : ceux commencés dans la période (actifs, terminés ou arrêtés avant terme), le plus récent pour un mentee qui a eu plusieurs duos.</translation>
    </message>
    <message>
        <source>Unknown outcome: {count}</source>
        <translation>Situation inconnue : {count}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Ce rapport</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>Rapport d&apos;impact</translation>
    </message>
    <message>
        <source>All antennas</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Comptés</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>Duos started from {start} to {end}</source>
        <translation>Duos commencés du {start} au {end}</translation>
    </message>
    <message>
        <source>Report date: {date}</source>
        <translation>Date du rapport : {date}</translation>
    </message>
    <message>
        <source>Antenna: {antenna}</source>
        <translation>Antenne : {antenna}</translation>
    </message>
    <message>
        <source>Published figures: DUO for a JOB, “Our impact” (the organisation&apos;s website).</source>
        <translation>Chiffres publiés : DUO for a JOB, « Notre impact » (site web de l&apos;association).</translation>
    </message>
    <message>
        <source>There is no antenna with the code “{antenna}”. Known antennas: {known}.</source>
        <translation>Il n&apos;y a pas d&apos;antenne avec le code « {antenna} ». Antennes connues : {known}.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Check the two dates.</source>
        <translation>La période se termine ({end}) avant de commencer ({start}). Vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>How each figure is counted</source>
        <translation>Comment chaque chiffre est calculé</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
</TS>
