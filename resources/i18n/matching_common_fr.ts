<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LanguageName</name>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Berber</source>
        <translation>berbère</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bulgare</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanais</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>kurde</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persan</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>pachto</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ourdou</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>amharique</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrigna</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>lingala</translation>
    </message>
    <message>
        <source>Wolof</source>
        <translation>wolof</translation>
    </message>
    <message>
        <source>Fula</source>
        <translation>peul</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation>kinyarwanda</translation>
    </message>
</context>
<context>
    <name>MatchingCriterion</name>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Temps d&apos;attente</translation>
    </message>
</context>
<context>
    <name>MatchingReason</name>
    <message>
        <source>both speak {language}</source>
        <translation>les deux parlent {language}</translation>
    </message>
    <message>
        <source>{sector} sector</source>
        <translation>même secteur ({sector})</translation>
    </message>
    <message>
        <source>less than 1 km apart</source>
        <translation>à moins d&apos;1 km l&apos;un de l&apos;autre</translation>
    </message>
    <message>
        <source>{km} km apart</source>
        <translation>à {km} km l&apos;un de l&apos;autre</translation>
    </message>
    <message>
        <source>both free {slot}</source>
        <translation>les deux sont libres le {slot}</translation>
    </message>
    <message>
        <source>shared interest: {interest}</source>
        <translation>intérêt commun : {interest}</translation>
    </message>
    <message>
        <source>waiting since yesterday</source>
        <translation>en attente depuis hier</translation>
    </message>
    <message>
        <source>waiting for {days} days</source>
        <translation>en attente depuis {days} jours</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>MatchingRule</name>
    <message>
        <source>they belong to different antennas</source>
        <translation>ils ne dépendent pas de la même antenne</translation>
    </message>
    <message>
        <source>the mentee is not waiting for a mentor</source>
        <translation>le mentee n&apos;est pas en attente d&apos;un mentor</translation>
    </message>
    <message>
        <source>the mentor is not available</source>
        <translation>le mentor n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>the mentor has no room for another duo</source>
        <translation>le mentor n&apos;a plus de place pour un autre duo</translation>
    </message>
    <message>
        <source>the mentor is on pause</source>
        <translation>le mentor est en pause</translation>
    </message>
    <message>
        <source>no language that both speak well</source>
        <translation>aucune langue que les deux parlent bien</translation>
    </message>
    <message>
        <source>the mentee asked for a mentor of another gender</source>
        <translation>le mentee a demandé un mentor d&apos;un autre genre</translation>
    </message>
    <message>
        <source>they have already been a duo</source>
        <translation>ils ont déjà formé un duo</translation>
    </message>
</context>
<context>
    <name>MatchingSlot</name>
    <message>
        <source>Monday morning</source>
        <translation>lundi matin</translation>
    </message>
    <message>
        <source>Monday afternoon</source>
        <translation>lundi après-midi</translation>
    </message>
    <message>
        <source>Monday evening</source>
        <translation>lundi soir</translation>
    </message>
    <message>
        <source>Tuesday morning</source>
        <translation>mardi matin</translation>
    </message>
    <message>
        <source>Tuesday afternoon</source>
        <translation>mardi après-midi</translation>
    </message>
    <message>
        <source>Tuesday evening</source>
        <translation>mardi soir</translation>
    </message>
    <message>
        <source>Wednesday morning</source>
        <translation>mercredi matin</translation>
    </message>
    <message>
        <source>Wednesday afternoon</source>
        <translation>mercredi après-midi</translation>
    </message>
    <message>
        <source>Wednesday evening</source>
        <translation>mercredi soir</translation>
    </message>
    <message>
        <source>Thursday morning</source>
        <translation>jeudi matin</translation>
    </message>
    <message>
        <source>Thursday afternoon</source>
        <translation>jeudi après-midi</translation>
    </message>
    <message>
        <source>Thursday evening</source>
        <translation>jeudi soir</translation>
    </message>
    <message>
        <source>Friday morning</source>
        <translation>vendredi matin</translation>
    </message>
    <message>
        <source>Friday afternoon</source>
        <translation>vendredi après-midi</translation>
    </message>
    <message>
        <source>Friday evening</source>
        <translation>vendredi soir</translation>
    </message>
    <message>
        <source>Saturday morning</source>
        <translation>samedi matin</translation>
    </message>
    <message>
        <source>Saturday afternoon</source>
        <translation>samedi après-midi</translation>
    </message>
    <message>
        <source>Saturday evening</source>
        <translation>samedi soir</translation>
    </message>
    <message>
        <source>Sunday morning</source>
        <translation>dimanche matin</translation>
    </message>
    <message>
        <source>Sunday afternoon</source>
        <translation>dimanche après-midi</translation>
    </message>
    <message>
        <source>Sunday evening</source>
        <translation>dimanche soir</translation>
    </message>
</context>
</TS>
