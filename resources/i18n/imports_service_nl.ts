<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Cli</name>
    <message>
        <source>The import was saved, but the rejected rows could not be written to {path} ({reason}). Close that file if it is open and run the same command again with --again: the people already imported are skipped and the rejected rows are written.</source>
        <translation>De import is bewaard, maar de geweigerde rijen konden niet worden weggeschreven naar {path} ({reason}). Sluit dat bestand als het open staat en voer hetzelfde commando opnieuw uit met --again: de personen die al geïmporteerd zijn, worden overgeslagen en de geweigerde rijen worden weggeschreven.</translation>
    </message>
    <message>
        <source>Rejected rows, with their reasons: {path}</source>
        <translation>Geweigerde rijen, met de redenen: {path}</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Niet geïmporteerde kolommen: {columns}</translation>
    </message>
    <message>
        <source>People already known were skipped; --on-duplicate merge fills their empty fields instead.</source>
        <translation>Personen die al gekend zijn, werden overgeslagen; met --on-duplicate merge worden hun lege velden aangevuld.</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>{file}: %Ln rows read; {imported}, {merged}, {skipped}, {rejected}.</source>
        <translation>
            <numerusform>{file}: %Ln rij gelezen; {imported}, {merged}, {skipped}, {rejected}.</numerusform>
            <numerusform>{file}: %Ln rijen gelezen; {imported}, {merged}, {skipped}, {rejected}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln geïmporteerd</numerusform>
            <numerusform>%Ln geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln samengevoegd</numerusform>
            <numerusform>%Ln samengevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln overgeslagen</numerusform>
            <numerusform>%Ln overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln geweigerd</numerusform>
            <numerusform>%Ln geweigerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>same email</source>
        <translation>zelfde e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>zelfde telefoon</translation>
    </message>
    <message>
        <source>same birth date and a close name</source>
        <translation>zelfde geboortedatum en een gelijkende naam</translation>
    </message>
    <message>
        <source>{field}: mentees are {min_age} to {max_age} years old at registration; enter this person by hand if an exception applies.</source>
        <translation>{field}: mentees zijn bij de inschrijving {min_age} tot {max_age} jaar oud; voer deze persoon met de hand in als er een uitzondering geldt.</translation>
    </message>
    <message>
        <source>Already known as {name} ({reasons}).</source>
        <translation>Al gekend als {name} ({reasons}).</translation>
    </message>
    <message>
        <source>Repeats row {row} of the file ({reasons}).</source>
        <translation>Herhaalt rij {row} van het bestand ({reasons}).</translation>
    </message>
    <message>
        <source>Completed from the file {file_name} of {partner}.</source>
        <translation>Aangevuld uit het bestand {file_name} van {partner}.</translation>
    </message>
    <message>
        <source>Completed from the file {file_name}.</source>
        <translation>Aangevuld uit het bestand {file_name}.</translation>
    </message>
    <message>
        <source>{field} in the file: {value} (kept: {known})</source>
        <translation>{field} in het bestand: {value} (behouden: {known})</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
</context>
</TS>
