<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposé le</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days since meeting</source>
        <translation>Jours sans rencontre</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Points d&apos;attention</translation>
    </message>
</context>
<context>
    <name>DuoDialogs</name>
    <message>
        <source>Back on the waiting list, to be matched again</source>
        <translation>Retourne sur la liste d&apos;attente, pour un nouveau duo</translation>
    </message>
    <message>
        <source>The mentee&apos;s answer</source>
        <translation>Réponse du mentee</translation>
    </message>
    <message>
        <source>The mentor&apos;s answer</source>
        <translation>Réponse du mentor</translation>
    </message>
    <message>
        <source>What did {name} answer after the first meeting?</source>
        <translation>Qu&apos;a répondu {name} après la première rencontre ?</translation>
    </message>
    <message>
        <source>Yes, they want to go on with this duo</source>
        <translation>Oui, souhaite continuer avec ce duo</translation>
    </message>
    <message>
        <source>No, they decline</source>
        <translation>Non, refuse le duo</translation>
    </message>
    <message>
        <source>Leaves the programme (withdrawn)</source>
        <translation>Quitte le programme (désistement)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The mentee</source>
        <translation>Le mentee</translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation>Signer la convention</translation>
    </message>
    <message>
        <source>The day of signing is the duo&apos;s start: it runs six months, with follow-ups at 1, 3 and 6 months and the outcome check at 12.</source>
        <translation>Le jour de la signature est le début du duo : il dure six mois, avec des suivis à 1, 3 et 6 mois et le point sur la situation à 12 mois.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Close the duo</source>
        <translation>Clôturer le duo</translation>
    </message>
    <message>
        <source>The mentee&apos;s path ends as finished and the mentor becomes available again. The outcome check at 12 months stays planned.</source>
        <translation>Le parcours du mentee se termine comme achevé et le mentor redevient disponible. Le point sur la situation à 12 mois reste prévu.</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>“Six months completed” is possible from {day}, two weeks before the planned end. Before that: “Mentee found a job”, or “Stop early…” with its reason.</source>
        <translation>« Six mois accomplis » est possible à partir du {day}, deux semaines avant la fin prévue. Avant cela : « Le mentee a trouvé un emploi », ou « Arrêter avant terme… » avec son motif.</translation>
    </message>
    <message>
        <source>Stop the duo early</source>
        <translation>Arrêter le duo avant terme</translation>
    </message>
    <message>
        <source>Meetings and follow-ups planned after the end date are cancelled; the outcome check at 12 months stays planned.</source>
        <translation>Les rencontres et suivis prévus après la date de fin sont annulés ; le point sur la situation à 12 mois reste prévu.</translation>
    </message>
    <message>
        <source>Stops the programme</source>
        <translation>Arrête le programme</translation>
    </message>
    <message>
        <source>Outcome at 12 months</source>
        <translation>Situation à 12 mois</translation>
    </message>
    <message>
        <source>Where does the mentee stand twelve months after the start? Contacting them needs their consent to the follow-up contact.</source>
        <translation>Où en est le mentee douze mois après le début ? Le contacter demande son consentement au contact de suivi.</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Known on</source>
        <translation>Connue le</translation>
    </message>
</context>
<context>
    <name>DuoEvaluations</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>{question}: {answer}</source>
        <translation>{question} : {answer}</translation>
    </message>
</context>
<context>
    <name>DuoForms</name>
    <message>
        <source>Log a meeting</source>
        <translation>Noter une rencontre</translation>
    </message>
    <message>
        <source>A meeting of the duo that took place.</source>
        <translation>Une rencontre du duo qui a eu lieu.</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Planifier une rencontre</translation>
    </message>
    <message>
        <source>A meeting of the duo still to come.</source>
        <translation>Une rencontre du duo encore à venir.</translation>
    </message>
    <message>
        <source>Meeting done</source>
        <translation>Rencontre réalisée</translation>
    </message>
    <message>
        <source>The meeting of {when} took place.</source>
        <translation>La rencontre du {when} a eu lieu.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A café, the antenna, the library…</source>
        <translation>Un café, l&apos;antenne, la bibliothèque…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>CV, job interview practice, network…</source>
        <translation>CV, préparation d&apos;entretien, réseau…</translation>
    </message>
    <message>
        <source>The mentee came</source>
        <translation>Le mentee était présent</translation>
    </message>
    <message>
        <source>The mentor came</source>
        <translation>Le mentor était présent</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
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
        <source>Topics</source>
        <translation>Sujets abordés</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Suivi réalisé</translation>
    </message>
    <message>
        <source>{follow_up}, planned on {day}.</source>
        <translation>{follow_up}, prévu le {day}.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>The answers of the mentee or the mentor at the start, after three months, at the end of the six months or after twelve months.</source>
        <translation>Les réponses du mentee ou du mentor au début, après trois mois, à la fin des six mois ou après douze mois.</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>This form was recorded on {day}: saving replaces it.</source>
        <translation>Ce formulaire a été enregistré le {day} : l&apos;enregistrer à nouveau le remplace.</translation>
    </message>
</context>
<context>
    <name>DuoMeetings</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <source>Topics</source>
        <translation>Sujets abordés</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
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
        <translation>A un projet professionnel défini</translation>
    </message>
    <message>
        <source>Feels more confident</source>
        <translation>A davantage confiance en soi</translation>
    </message>
    <message>
        <source>Has a wider network</source>
        <translation>A élargi son réseau</translation>
    </message>
    <message>
        <source>Coaching skills improved</source>
        <translation>Compétences de coaching renforcées</translation>
    </message>
    <message>
        <source>Feels useful</source>
        <translation>Se sent utile</translation>
    </message>
    <message>
        <source>Sees added value in the programme</source>
        <translation>Voit une plus-value dans le programme</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Plus-value</translation>
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
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Decision overdue</source>
        <translation>Décision en retard</translation>
    </message>
    <message>
        <source>Agreement unsigned</source>
        <translation>Convention non signée</translation>
    </message>
    <message>
        <source>Six months passed</source>
        <translation>Six mois écoulés</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>Se termine bientôt</translation>
    </message>
    <message>
        <source>No meeting for 3 weeks</source>
        <translation>Pas de rencontre depuis 3 semaines</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Première rencontre</translation>
    </message>
    <message>
        <source>Duo proposed</source>
        <translation>Duo proposé</translation>
    </message>
    <message>
        <source>{side} said yes after the first meeting</source>
        <translation>{side} : oui après la première rencontre</translation>
    </message>
    <message>
        <source>{side} said no after the first meeting</source>
        <translation>{side} : non après la première rencontre</translation>
    </message>
    <message>
        <source>Accepted by both sides</source>
        <translation>Accepté des deux côtés</translation>
    </message>
    <message>
        <source>Duo declined: {reason}</source>
        <translation>Duo refusé : {reason}</translation>
    </message>
    <message>
        <source>Agreement signed: the duo starts, planned end {date}</source>
        <translation>Convention signée : le duo commence, fin prévue le {date}</translation>
    </message>
    <message>
        <source>{meeting} — {status}</source>
        <translation>{meeting} — {status}</translation>
    </message>
    <message>
        <source>Mentor&apos;s evaluation: {stage}</source>
        <translation>Évaluation du mentor : {stage}</translation>
    </message>
    <message>
        <source>Mentee&apos;s evaluation: {stage}</source>
        <translation>Évaluation du mentee : {stage}</translation>
    </message>
    <message>
        <source>Duo closed: {reason}</source>
        <translation>Duo clôturé : {reason}</translation>
    </message>
    <message>
        <source>Duo stopped early: {reason}</source>
        <translation>Duo arrêté avant terme : {reason}</translation>
    </message>
    <message>
        <source>Outcome at 12 months: {outcome}</source>
        <translation>Situation à 12 mois : {outcome}</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Cancel the meeting of {when}?</source>
        <translation>Annuler la rencontre du {when} ?</translation>
    </message>
    <message>
        <source>Log a meeting…</source>
        <translation>Noter une rencontre…</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Planifier une rencontre…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Réalisé…</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>L&apos;annuler</translation>
    </message>
    <message>
        <source>Record an evaluation…</source>
        <translation>Enregistrer une évaluation…</translation>
    </message>
    <message>
        <source>coordinator: {name}</source>
        <translation>coordinateur : {name}</translation>
    </message>
    <message>
        <source>antenna {code}</source>
        <translation>antenne {code}</translation>
    </message>
    <message>
        <source>agreement: {language}</source>
        <translation>convention : {language}</translation>
    </message>
    <message>
        <source>mentee: {mentee}, mentor: {mentor}</source>
        <translation>mentee : {mentee}, mentor : {mentor}</translation>
    </message>
    <message>
        <source>Proposed on:</source>
        <translation>Proposé le :</translation>
    </message>
    <message>
        <source>First meeting:</source>
        <translation>Première rencontre :</translation>
    </message>
    <message>
        <source>Answers due by:</source>
        <translation>Réponses attendues pour :</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Réponses :</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>Accepté le :</translation>
    </message>
    <message>
        <source>Start (agreement):</source>
        <translation>Début (convention) :</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>Fin prévue :</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>Outcome at 12 months:</source>
        <translation>Situation à 12 mois :</translation>
    </message>
    <message>
        <source>Mentee&apos;s file</source>
        <translation>Dossier du mentee</translation>
    </message>
    <message>
        <source>Mentor&apos;s file</source>
        <translation>Dossier du mentor</translation>
    </message>
    <message>
        <source>Show in the calendar</source>
        <translation>Voir dans le calendrier</translation>
    </message>
    <message>
        <source>Print the agreement…</source>
        <translation>Imprimer la convention…</translation>
    </message>
    <message>
        <source>Mentee&apos;s answer…</source>
        <translation>Réponse du mentee…</translation>
    </message>
    <message>
        <source>Mentor&apos;s answer…</source>
        <translation>Réponse du mentor…</translation>
    </message>
    <message>
        <source>Sign the agreement…</source>
        <translation>Signer la convention…</translation>
    </message>
    <message>
        <source>Close the duo…</source>
        <translation>Clôturer le duo…</translation>
    </message>
    <message>
        <source>Stop early…</source>
        <translation>Arrêter avant terme…</translation>
    </message>
    <message>
        <source>Outcome at 12 months…</source>
        <translation>Situation à 12 mois…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
</context>
<context>
    <name>DuosPage</name>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Ending within 30 days</source>
        <translation>Se termine dans les 30 jours</translation>
    </message>
    <message>
        <source>Decision overdue</source>
        <translation>Décision en retard</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Current (proposed, accepted, active)</source>
        <translation>En cours (proposés, acceptés, actifs)</translation>
    </message>
    <message>
        <source>Reading the duos…</source>
        <translation>Lecture des duos…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duos</source>
        <translation>
            <numerusform>%Ln duo</numerusform>
            <numerusform>%Ln duos</numerusform>
        </translation>
    </message>
    <message>
        <source>Print agreements…</source>
        <translation>Imprimer les conventions…</translation>
    </message>
</context>
<context>
    <name>PersonDuos</name>
    <message>
        <source>No duo yet. Duos are formed on the Matching page.</source>
        <translation>Pas encore de duo. Les duos se forment sur la page Matching.</translation>
    </message>
    <message>
        <source>No evaluation recorded yet. They are recorded in the duo&apos;s window.</source>
        <translation>Aucune évaluation enregistrée. Elles s&apos;enregistrent dans la fenêtre du duo.</translation>
    </message>
</context>
</TS>
