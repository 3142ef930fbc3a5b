<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CliPrivacy</name>
    <message>
        <source>The person&apos;s data were written to {pdf} and {json}.</source>
        <translation>Les données de la personne ont été écrites dans {pdf} et {json}.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>Renew after (months), “{purpose}”</source>
        <translation>Renouveler après (mois), « {purpose} »</translation>
    </message>
    <message>
        <source>Current text version, “{purpose}”</source>
        <translation>Version actuelle du texte, « {purpose} »</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <source>No mentee or mentor has the id {id}.</source>
        <translation>Aucun mentee ni mentor n&apos;a l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>This consent no longer exists; it may have been removed with the file meanwhile.</source>
        <translation>Ce consentement n&apos;existe plus ; il a peut-être été supprimé entre-temps avec le dossier.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Ce consentement a déjà été retiré.</translation>
    </message>
    <message>
        <source>{field}: a consent is withdrawn on or after the day it was given.</source>
        <translation>{field} : un consentement est retiré le jour où il a été donné ou après.</translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field} : ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>{field}: this date is in the future.</source>
        <translation>{field} : cette date est dans le futur.</translation>
    </message>
    <message>
        <source>{field}: this date cannot be right.</source>
        <translation>{field} : cette date ne peut pas être correcte.</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters.</source>
        <translation>{field} : {limit} caractères au maximum.</translation>
    </message>
    <message>
        <source>{field}: from {minimum} to {maximum}.</source>
        <translation>{field} : de {minimum} à {maximum}.</translation>
    </message>
    <message>
        <source>{field}: choose a value from the list.</source>
        <translation>{field} : choisissez une valeur dans la liste.</translation>
    </message>
</context>
</TS>
