<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>LanguageName</name>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Berber</source>
        <translation>Berbers</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiaans</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgaars</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanees</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Koerdisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Perzisch</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pasjtoe</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amhaars</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>Lingala</translation>
    </message>
    <message>
        <source>Wolof</source>
        <translation>Wolof</translation>
    </message>
    <message>
        <source>Fula</source>
        <translation>Fula</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation>Kinyarwanda</translation>
    </message>
</context>
<context>
    <name>MatchingCriterion</name>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Wachttijd</translation>
    </message>
</context>
<context>
    <name>MatchingReason</name>
    <message>
        <source>both speak {language}</source>
        <translation>spreken allebei {language}</translation>
    </message>
    <message>
        <source>{sector} sector</source>
        <translation>zelfde sector ({sector})</translation>
    </message>
    <message>
        <source>less than 1 km apart</source>
        <translation>minder dan 1 km van elkaar</translation>
    </message>
    <message>
        <source>{km} km apart</source>
        <translation>{km} km van elkaar</translation>
    </message>
    <message>
        <source>both free {slot}</source>
        <translation>allebei vrij op {slot}</translation>
    </message>
    <message>
        <source>shared interest: {interest}</source>
        <translation>gedeelde interesse: {interest}</translation>
    </message>
    <message>
        <source>waiting since yesterday</source>
        <translation>wacht sinds gisteren</translation>
    </message>
    <message>
        <source>waiting for {days} days</source>
        <translation>wacht al {days} dagen</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>MatchingRule</name>
    <message>
        <source>they belong to different antennas</source>
        <translation>ze horen niet bij dezelfde antenne</translation>
    </message>
    <message>
        <source>the mentee is not waiting for a mentor</source>
        <translation>de mentee wacht niet op een mentor</translation>
    </message>
    <message>
        <source>the mentor is not available</source>
        <translation>de mentor is niet beschikbaar</translation>
    </message>
    <message>
        <source>the mentor has no room for another duo</source>
        <translation>de mentor heeft geen plaats meer voor nog een duo</translation>
    </message>
    <message>
        <source>the mentor is on pause</source>
        <translation>de mentor is gepauzeerd</translation>
    </message>
    <message>
        <source>no language that both speak well</source>
        <translation>geen taal die ze allebei goed spreken</translation>
    </message>
    <message>
        <source>the mentee asked for a mentor of another gender</source>
        <translation>de mentee vroeg een mentor van een ander gender</translation>
    </message>
    <message>
        <source>they have already been a duo</source>
        <translation>ze vormden al eens een duo</translation>
    </message>
</context>
<context>
    <name>MatchingSlot</name>
    <message>
        <source>Monday morning</source>
        <translation>maandagvoormiddag</translation>
    </message>
    <message>
        <source>Monday afternoon</source>
        <translation>maandagnamiddag</translation>
    </message>
    <message>
        <source>Monday evening</source>
        <translation>maandagavond</translation>
    </message>
    <message>
        <source>Tuesday morning</source>
        <translation>dinsdagvoormiddag</translation>
    </message>
    <message>
        <source>Tuesday afternoon</source>
        <translation>dinsdagnamiddag</translation>
    </message>
    <message>
        <source>Tuesday evening</source>
        <translation>dinsdagavond</translation>
    </message>
    <message>
        <source>Wednesday morning</source>
        <translation>woensdagvoormiddag</translation>
    </message>
    <message>
        <source>Wednesday afternoon</source>
        <translation>woensdagnamiddag</translation>
    </message>
    <message>
        <source>Wednesday evening</source>
        <translation>woensdagavond</translation>
    </message>
    <message>
        <source>Thursday morning</source>
        <translation>donderdagvoormiddag</translation>
    </message>
    <message>
        <source>Thursday afternoon</source>
        <translation>donderdagnamiddag</translation>
    </message>
    <message>
        <source>Thursday evening</source>
        <translation>donderdagavond</translation>
    </message>
    <message>
        <source>Friday morning</source>
        <translation>vrijdagvoormiddag</translation>
    </message>
    <message>
        <source>Friday afternoon</source>
        <translation>vrijdagnamiddag</translation>
    </message>
    <message>
        <source>Friday evening</source>
        <translation>vrijdagavond</translation>
    </message>
    <message>
        <source>Saturday morning</source>
        <translation>zaterdagvoormiddag</translation>
    </message>
    <message>
        <source>Saturday afternoon</source>
        <translation>zaterdagnamiddag</translation>
    </message>
    <message>
        <source>Saturday evening</source>
        <translation>zaterdagavond</translation>
    </message>
    <message>
        <source>Sunday morning</source>
        <translation>zondagvoormiddag</translation>
    </message>
    <message>
        <source>Sunday afternoon</source>
        <translation>zondagnamiddag</translation>
    </message>
    <message>
        <source>Sunday evening</source>
        <translation>zondagavond</translation>
    </message>
</context>
</TS>
