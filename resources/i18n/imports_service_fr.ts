<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Cli</name>
    <message>
        <source>The import was saved, but the rejected rows could not be written to {path} ({reason}). Close that file if it is open and run the same command again with --again: the people already imported are skipped and the rejected rows are written.</source>
        <translation>L&apos;import est enregistré, mais les lignes rejetées n&apos;ont pas pu être enregistrées dans {path} ({reason}). Fermez ce fichier s&apos;il est ouvert et relancez la même commande avec --again : les personnes déjà importées seront ignorées et les lignes rejetées seront enregistrées.</translation>
    </message>
    <message>
        <source>Rejected rows, with their reasons: {path}</source>
        <translation>Lignes rejetées, avec leurs raisons : {path}</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Colonnes non importées : {columns}</translation>
    </message>
    <message>
        <source>People already known were skipped; --on-duplicate merge fills their empty fields instead.</source>
        <translation>Les personnes déjà connues ont été ignorées ; avec --on-duplicate merge, leurs champs vides sont complétés.</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>{file}: %Ln rows read; {imported}, {merged}, {skipped}, {rejected}.</source>
        <translation>
            <numerusform>{file} : %Ln ligne lue ; {imported}, {merged}, {skipped}, {rejected}.</numerusform>
            <numerusform>{file} : %Ln lignes lues ; {imported}, {merged}, {skipped}, {rejected}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln importée</numerusform>
            <numerusform>%Ln importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln fusionnée</numerusform>
            <numerusform>%Ln fusionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln ignorée</numerusform>
            <numerusform>%Ln ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejetée</numerusform>
            <numerusform>%Ln rejetées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same birth date and a close name</source>
        <translation>même date de naissance et nom proche</translation>
    </message>
    <message>
        <source>{field}: mentees are {min_age} to {max_age} years old at registration; enter this person by hand if an exception applies.</source>
        <translation>{field} : les mentees ont de {min_age} à {max_age} ans à l&apos;inscription ; encodez cette personne à la main si une exception s&apos;applique.</translation>
    </message>
    <message>
        <source>Already known as {name} ({reasons}).</source>
        <translation>Personne déjà connue : {name} ({reasons}).</translation>
    </message>
    <message>
        <source>Repeats row {row} of the file ({reasons}).</source>
        <translation>Répète la ligne {row} du fichier ({reasons}).</translation>
    </message>
    <message>
        <source>Completed from the file {file_name} of {partner}.</source>
        <translation>Complété à partir du fichier {file_name} de {partner}.</translation>
    </message>
    <message>
        <source>Completed from the file {file_name}.</source>
        <translation>Complété à partir du fichier {file_name}.</translation>
    </message>
    <message>
        <source>{field} in the file: {value} (kept: {known})</source>
        <translation>{field} dans le fichier : {value} (conservé : {known})</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
</context>
</TS>
