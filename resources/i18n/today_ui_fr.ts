<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Suivi réalisé</translation>
    </message>
    <message>
        <source>How is the duo doing? What was agreed? (no health or other sensitive details)</source>
        <translation>Comment se passe le duo ? Qu&apos;a-t-on convenu ? (pas de détails de santé ni d&apos;autres données sensibles)</translation>
    </message>
    <message>
        <source>Duo:</source>
        <translation>Duo :</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Prévu :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme réalisé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TodayCounts</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are past their retention period: anonymise them on the Privacy page</source>
        <translation>
            <numerusform>%Ln dossier a dépassé sa durée de conservation : anonymisez-le sur la page Vie privée</numerusform>
            <numerusform>%Ln dossiers ont dépassé leur durée de conservation : anonymisez-les sur la page Vie privée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayItem</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>{mentee} with {mentor}</source>
        <translation>{mentee} avec {mentor}</translation>
    </message>
    <message>
        <source>Waiting for a mentor since today</source>
        <translation>En attente d&apos;un mentor depuis aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Waiting for a mentor since yesterday</source>
        <translation>En attente d&apos;un mentor depuis hier</translation>
    </message>
    <message>
        <source>Waiting for a mentor for {days} (since {day})</source>
        <translation>En attente d&apos;un mentor depuis {days} (depuis le {day})</translation>
    </message>
    <message>
        <source>({days} late)</source>
        <translation>({days} de retard)</translation>
    </message>
    <message>
        <source>{follow_up} was planned on {when}</source>
        <translation>{follow_up} était prévu le {when}</translation>
    </message>
    <message>
        <source>{follow_up} planned on {when}</source>
        <translation>{follow_up} prévu le {when}</translation>
    </message>
    <message>
        <source>the mentee has not agreed to be contacted after the duo</source>
        <translation>le mentee n&apos;a pas accepté d&apos;être recontacté après le duo</translation>
    </message>
    <message>
        <source>Consent “{purpose}” given on {day} under an older text: ask for it again</source>
        <translation>Consentement « {purpose} » donné le {day} sur un ancien texte : à redemander</translation>
    </message>
    <message>
        <source>Consent “{purpose}” expired on {day}: ask for it again</source>
        <translation>Consentement « {purpose} » expiré le {day} : à redemander</translation>
    </message>
    <message>
        <source>Both answers were due on {when}: no decision yet</source>
        <translation>Les deux réponses étaient attendues le {when} : pas encore de décision</translation>
    </message>
    <message>
        <source>Both answers are due by {when}</source>
        <translation>Les deux réponses sont attendues pour le {when}</translation>
    </message>
    <message>
        <source>Accepted on {day}, the agreement is still unsigned after {days}</source>
        <translation>Accepté le {day}, la convention n&apos;est toujours pas signée après {days}</translation>
    </message>
    <message>
        <source>No meeting logged since {day} ({days} ago)</source>
        <translation>Aucune rencontre notée depuis le {day} (il y a {days})</translation>
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
        <translation>Qui</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message numerus="yes">
        <source>%Ln things to do</source>
        <translation>
            <numerusform>%Ln chose à faire</numerusform>
            <numerusform>%Ln choses à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Only my mentees and duos</source>
        <translation>Seulement mes mentees et mes duos</translation>
    </message>
    <message>
        <source>Items of the coordinator chosen under Settings → Who I am.</source>
        <translation>Les éléments du coordinateur choisi dans Paramètres → Qui suis-je.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Find a mentor…</source>
        <translation>Trouver un mentor…</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>Suivi réalisé…</translation>
    </message>
    <message>
        <source>Outcome at 12 months…</source>
        <translation>Situation à 12 mois…</translation>
    </message>
    <message>
        <source>Nothing to do: no item needs you today.</source>
        <translation>Rien à faire : rien ne vous attend aujourd&apos;hui.</translation>
    </message>
</context>
</TS>
