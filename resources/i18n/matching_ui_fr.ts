<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConfirmDuoDialog</name>
    <message>
        <source>Propose a duo</source>
        <translation>Proposer un duo</translation>
    </message>
    <message>
        <source>&lt;b&gt;{mentee}&lt;/b&gt; with &lt;b&gt;{mentor}&lt;/b&gt; — score {score}</source>
        <translation>&lt;b&gt;{mentee}&lt;/b&gt; avec &lt;b&gt;{mentor}&lt;/b&gt; — score {score}</translation>
    </message>
    <message>
        <source>The duo is proposed, not yet decided: both answer within 24 hours after the first meeting. The mentee no longer waits for a mentor meanwhile.</source>
        <translation>Le duo est proposé, pas encore décidé : chacun répond dans les 24 heures après la première rencontre. Entre-temps, le mentee n&apos;est plus en attente d&apos;un mentor.</translation>
    </message>
    <message>
        <source>An address, the antenna&apos;s office, a café…</source>
        <translation>Une adresse, le bureau de l&apos;antenne, un café…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>— Not chosen —</source>
        <translation>— Pas choisi —</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;Première rencontre :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Agreement in:</source>
        <translation>&amp;Convention en :</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Coordinateur :</translation>
    </message>
    <message>
        <source>Propose the duo</source>
        <translation>Proposer le duo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Duo proposed: {mentee} with {mentor}, first meeting on {when}. Both answer within 24 hours after it.</source>
        <translation>Duo proposé : {mentee} avec {mentor}, première rencontre le {when}. Chacun répond dans les 24 heures qui suivent.</translation>
    </message>
    <message>
        <source>One mentee</source>
        <translation>Un mentee</translation>
    </message>
    <message>
        <source>Whole waiting list</source>
        <translation>Toute la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Open the duo</source>
        <translation>Ouvrir le duo</translation>
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
        <translation>Jours d&apos;attente</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln trouvé</numerusform>
            <numerusform>%Ln trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentees waiting</source>
        <translation>
            <numerusform>%Ln mentee en attente</numerusform>
            <numerusform>%Ln mentees en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for mentors…</source>
        <translation>Recherche de mentors…</translation>
    </message>
    <message>
        <source>No mentor can be proposed: none shares a language at a good level, has room and meets the mentee&apos;s wishes.</source>
        <translation>Aucun mentor ne peut être proposé : aucun ne partage une langue à un bon niveau, n&apos;a de la place et ne répond aux souhaits du mentee.</translation>
    </message>
    <message>
        <source>1 mentor can be proposed.</source>
        <translation>1 mentor peut être proposé.</translation>
    </message>
    <message>
        <source>The {count} best mentors, best first.</source>
        <translation>Les {count} meilleurs mentors, du meilleur au moins bon.</translation>
    </message>
    <message>
        <source>Search a waiting mentee by name…</source>
        <translation>Chercher un mentee en attente par son nom…</translation>
    </message>
    <message>
        <source>Open the mentee&apos;s file</source>
        <translation>Ouvrir le dossier du mentee</translation>
    </message>
    <message>
        <source>Propose this duo…</source>
        <translation>Proposer ce duo…</translation>
    </message>
    <message>
        <source>Open the mentor&apos;s file</source>
        <translation>Ouvrir le dossier du mentor</translation>
    </message>
    <message>
        <source>Choose a waiting mentee to see the mentors who fit.</source>
        <translation>Choisissez un mentee en attente pour voir les mentors qui lui conviennent.</translation>
    </message>
</context>
<context>
    <name>PoolView</name>
    <message>
        <source>Another mentor for {mentee}</source>
        <translation>Un autre mentor pour {mentee}</translation>
    </message>
    <message>
        <source>proposed for {mentee}</source>
        <translation>proposé pour {mentee}</translation>
    </message>
    <message>
        <source>A mentor already in the proposal can take this mentee only if they have room for another duo: the confirmation checks it.</source>
        <translation>Un mentor déjà repris dans la proposition ne peut prendre ce mentee que s&apos;il a de la place pour un autre duo : la confirmation le vérifie.</translation>
    </message>
    <message>
        <source>Take this mentor</source>
        <translation>Prendre ce mentor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Looking for the best duos for every waiting mentee…</source>
        <translation>Recherche des meilleurs duos pour tous les mentees en attente…</translation>
    </message>
    <message>
        <source>No pair left to decide on.</source>
        <translation>Plus aucune paire à décider.</translation>
    </message>
    <message>
        <source>1 pair to decide on.</source>
        <translation>1 paire à décider.</translation>
    </message>
    <message>
        <source>{count} pairs to decide on, the best first.</source>
        <translation>{count} paires à décider, les meilleures d&apos;abord.</translation>
    </message>
    <message>
        <source>A proposal for every waiting mentee at once: as many duos as the rules allow, with the highest total score. Nothing is decided until you accept a pair.</source>
        <translation>Une proposition pour tous les mentees en attente à la fois : autant de duos que les règles le permettent, avec le meilleur score total. Rien n&apos;est décidé tant que vous n&apos;acceptez pas une paire.</translation>
    </message>
    <message>
        <source>Propose duos for all waiting mentees</source>
        <translation>Proposer des duos pour tous les mentees en attente</translation>
    </message>
    <message>
        <source>Accept this pair…</source>
        <translation>Accepter cette paire…</translation>
    </message>
    <message>
        <source>Another mentor…</source>
        <translation>Un autre mentor…</translation>
    </message>
    <message>
        <source>Reject this pair</source>
        <translation>Écarter cette paire</translation>
    </message>
</context>
<context>
    <name>ProfileComparison</name>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Habite à</translation>
    </message>
    <message>
        <source>Project / last job</source>
        <translation>Projet / dernier emploi</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Points given by this criterion, at most {most}</source>
        <translation>Points donnés par ce critère, au maximum {most}</translation>
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
        <translation>Pourquoi</translation>
    </message>
    <message numerus="yes">
        <source>{criterion}: {points} of {most} points</source>
        <translation>
            <numerusform>{criterion} : {points} point sur {most}</numerusform>
            <numerusform>{criterion} : {points} points sur {most}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightsBox</name>
    <message>
        <source>The mentor knows a sector the mentee wants to work in.</source>
        <translation>Le mentor connaît un secteur dans lequel le mentee veut travailler.</translation>
    </message>
    <message>
        <source>Languages both speak well; the better the level, the more it counts.</source>
        <translation>Les langues que les deux parlent bien ; meilleur est le niveau, plus elles comptent.</translation>
    </message>
    <message>
        <source>They live close to each other, so meeting is easy.</source>
        <translation>Ils habitent près l&apos;un de l&apos;autre : se rencontrer est facile.</translation>
    </message>
    <message>
        <source>Half-days of the week when both are free.</source>
        <translation>Les demi-journées de la semaine où les deux sont libres.</translation>
    </message>
    <message>
        <source>Interests they share, as written in their files.</source>
        <translation>Les centres d&apos;intérêt communs, tels qu&apos;ils figurent dans leurs dossiers.</translation>
    </message>
    <message>
        <source>Mentees who have waited longer come first.</source>
        <translation>Les mentees qui attendent depuis plus longtemps passent d&apos;abord.</translation>
    </message>
    <message>
        <source>Saved: the next suggestions use these weights.</source>
        <translation>Enregistré : les prochaines suggestions utilisent ces poids.</translation>
    </message>
    <message>
        <source>{weight} ({share} %)</source>
        <translation>{weight} ({share} %)</translation>
    </message>
    <message>
        <source>Matching weights</source>
        <translation>Poids du matching</translation>
    </message>
    <message>
        <source>How much each criterion counts in a suggestion&apos;s score, from 0 (ignored) to 10. The share of the score is in brackets.</source>
        <translation>Le poids de chaque critère dans le score d&apos;une suggestion, de 0 (ignoré) à 10. La part du score est entre parenthèses.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
</context>
</TS>
