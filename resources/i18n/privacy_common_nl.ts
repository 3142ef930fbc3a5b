<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>CliPrivacy</name>
    <message>
        <source>The person&apos;s data were written to {pdf} and {json}.</source>
        <translation>De gegevens van de persoon zijn weggeschreven naar {pdf} en {json}.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>Renew after (months), “{purpose}”</source>
        <translation>Vernieuwen na (maanden), ‘{purpose}’</translation>
    </message>
    <message>
        <source>Current text version, “{purpose}”</source>
        <translation>Huidige versie van de tekst, ‘{purpose}’</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Versie van de tekst</translation>
    </message>
    <message>
        <source>No mentee or mentor has the id {id}.</source>
        <translation>Geen enkele mentee of mentor heeft de id {id}.</translation>
    </message>
    <message>
        <source>This consent no longer exists; it may have been removed with the file meanwhile.</source>
        <translation>Deze toestemming bestaat niet meer; ze werd intussen misschien samen met het dossier verwijderd.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Deze toestemming werd al ingetrokken.</translation>
    </message>
    <message>
        <source>{field}: a consent is withdrawn on or after the day it was given.</source>
        <translation>{field}: een toestemming wordt ingetrokken op of na de dag waarop ze gegeven werd.</translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field}: dit veld is verplicht.</translation>
    </message>
    <message>
        <source>{field}: this date is in the future.</source>
        <translation>{field}: deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>{field}: this date cannot be right.</source>
        <translation>{field}: deze datum kan niet kloppen.</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters.</source>
        <translation>{field}: maximaal {limit} tekens.</translation>
    </message>
    <message>
        <source>{field}: from {minimum} to {maximum}.</source>
        <translation>{field}: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <source>{field}: choose a value from the list.</source>
        <translation>{field}: kies een waarde uit de lijst.</translation>
    </message>
</context>
</TS>
