<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>Sheet “{sheet}”: column names on row {header}, %Ln rows of people below them.</source>
        <translation>
            <numerusform>Blad ‘{sheet}’: kolomnamen op rij {header}, daaronder %Ln rij met personen.</numerusform>
            <numerusform>Blad ‘{sheet}’: kolomnamen op rij {header}, daaronder %Ln rijen met personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column names on line {header}, %Ln rows of people below them.</source>
        <translation>
            <numerusform>Kolomnamen op regel {header}, daaronder %Ln rij met personen.</numerusform>
            <numerusform>Kolomnamen op regel {header}, daaronder %Ln rijen met personen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>The file and its partner</source>
        <translation>Het bestand en de partner</translation>
    </message>
    <message>
        <source>Choose the list a partner sent you: Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV. You can also drop the file on this window.</source>
        <translation>Kies de lijst die een partner je stuurde: Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) of CSV. Je kunt het bestand ook op dit venster slepen.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Nog geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Drop the partner&apos;s file here</source>
        <translation>Sleep het bestand van de partner hierheen</translation>
    </message>
    <message>
        <source>New partner…</source>
        <translation>Nieuwe partner…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Gestuurd door:</translation>
    </message>
    <message>
        <source>DuoDesk remembers, for each partner, which column holds what: the next list from the same partner is read the same way.</source>
        <translation>DuoDesk onthoudt per partner wat er in elke kolom staat: de volgende lijst van dezelfde partner wordt op dezelfde manier gelezen.</translation>
    </message>
    <message>
        <source>Choose the partner…</source>
        <translation>Kies de partner…</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s list</source>
        <translation>Lijst van de partner kiezen</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Rekenbladen en CSV-bestanden (*.xlsx *.xlsm *.xls *.ods *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand wordt gelezen…</translation>
    </message>
    <message>
        <source>This file was already imported on {date}. If you import it again, the people in it are found as duplicates of those already imported.</source>
        <translation>Dit bestand werd al geïmporteerd op {date}. Als je het opnieuw importeert, worden de personen erin herkend als dubbels van wie al geïmporteerd is.</translation>
    </message>
    <message>
        <source>Reading was cancelled. Choose the file again.</source>
        <translation>Het lezen werd geannuleerd. Kies het bestand opnieuw.</translation>
    </message>
    <message>
        <source>You can choose another file.</source>
        <translation>Je kunt een ander bestand kiezen.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Geïmporteerd op</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Ongedaan op</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>The columns</source>
        <translation>De kolommen</translation>
    </message>
    <message>
        <source>Check what each column of the file holds. National register numbers are never imported, whatever their column.</source>
        <translation>Kijk na wat er in elke kolom van het bestand staat. Rijksregisternummers worden nooit geïmporteerd, in welke kolom ze ook staan.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>in a duo since</source>
        <translation>sindsdien in een duo</translation>
    </message>
    <message>
        <source>edited since</source>
        <translation>sindsdien gewijzigd</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import ongedaan gemaakt</translation>
    </message>
    <message>
        <source>The import of {file} was undone. Mentees removed: {removed}. Files it had completed, put back as they were: {restored}.</source>
        <translation>De import van {file} is ongedaan gemaakt. Verwijderde mentees: {removed}. Dossiers die hij had aangevuld, teruggezet zoals ze waren: {restored}.</translation>
    </message>
    <message>
        <source>Kept, because they were used after the import ({count}):</source>
        <translation>Behouden, omdat ze na de import gebruikt zijn ({count}):</translation>
    </message>
    <message>
        <source>Partners (employment services, CPAS/OCMW, associations) send their referrals as Excel or CSV lists. Import one: you check its columns and every row before anything is stored.</source>
        <translation>Partners (arbeidsbemiddeling, OCMW&apos;s, verenigingen) sturen hun doorverwijzingen als Excel- of CSV-lijsten. Importeer er een: je controleert de kolommen en elke rij voor er iets wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Import a partner list…</source>
        <translation>Een partnerlijst importeren…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>No list has been imported yet.</source>
        <translation>Er is nog geen lijst geïmporteerd.</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Deze import ongedaan maken…</translation>
    </message>
    <message>
        <source>Undone on {date}.</source>
        <translation>Ongedaan gemaakt op {date}.</translation>
    </message>
    <message>
        <source>Rejected rows written to {path}</source>
        <translation>Geweigerde rijen weggeschreven naar {path}</translation>
    </message>
    <message>
        <source>Undo the import of {file} of {date}? The mentees it created are removed and the fields it filled in files already known are emptied again. Files used since the import (in a duo, edited) are kept and listed.</source>
        <translation>De import van {file} van {date} ongedaan maken? De mentees die hij aanmaakte worden verwijderd en de velden die hij in bestaande dossiers invulde worden weer leeggemaakt. Dossiers die sinds de import gebruikt zijn (in een duo, gewijzigd) blijven behouden en worden opgelijst.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wordt ongedaan gemaakt…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Valid, with warnings</source>
        <translation>Geldig, met opmerkingen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Toch aanmaken</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>Al gekend als</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat doen</translation>
    </message>
    <message>
        <source>{name} (mentor)</source>
        <translation>{name} (mentor)</translation>
    </message>
    <message>
        <source>{name} (mentee)</source>
        <translation>{name} (mentee)</translation>
    </message>
    <message>
        <source>Row {row} of this file</source>
        <translation>Rij {row} van dit bestand</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>The rows</source>
        <translation>De rijen</translation>
    </message>
    <message>
        <source>Nothing is stored yet. For each duplicate, choose whether to skip it, merge it into the file already known (only its empty fields are filled) or create a new file anyway.</source>
        <translation>Er is nog niets opgeslagen. Kies voor elke dubbel of je hem overslaat, samenvoegt met het bestaande dossier (alleen de lege velden worden ingevuld) of toch een nieuw dossier aanmaakt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle rijen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Apply to all duplicates</source>
        <translation>Toepassen op alle dubbels</translation>
    </message>
    <message>
        <source>Every duplicate:</source>
        <translation>Alle dubbels:</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Rijen worden gecontroleerd…</translation>
    </message>
    <message>
        <source>{name}: {count}</source>
        <translation>{name}: {count}</translation>
    </message>
    <message>
        <source>This file was already imported on {date}.</source>
        <translation>Dit bestand werd al geïmporteerd op {date}.</translation>
    </message>
    <message>
        <source>Row {row}: {remarks}</source>
        <translation>Rij {row}: {remarks}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>De import werd geannuleerd: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Where should the rejected rows be written?</source>
        <translation>Waar moeten de geweigerde rijen naartoe?</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>{file}: every row of the file is accounted for.</source>
        <translation>{file}: elke rij van het bestand is meegeteld.</translation>
    </message>
    <message>
        <source>New mentees</source>
        <translation>Nieuwe mentees</translation>
    </message>
    <message>
        <source>Merged into files already known</source>
        <translation>Samengevoegd met bestaande dossiers</translation>
    </message>
    <message>
        <source>Skipped (already known)</source>
        <translation>Overgeslagen (al gekend)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Rijen in het bestand</translation>
    </message>
    <message>
        <source>Columns not imported (not stored): {columns}.</source>
        <translation>Niet geïmporteerde kolommen (niet opgeslagen): {columns}.</translation>
    </message>
    <message>
        <source>Every column of the file was imported.</source>
        <translation>Alle kolommen van het bestand zijn geïmporteerd.</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason in an extra column, were written to {path}. Correct them there and import that file.</source>
        <translation>De geweigerde rijen, met de reden in een extra kolom, zijn weggeschreven naar {path}. Verbeter ze daar en importeer dat bestand.</translation>
    </message>
    <message>
        <source>The import was saved, but the workbook of the rejected rows could not be written to {path} ({reason}). Close that file if it is open, then import the same file again: the people already imported are recognised and skipped, and the rejected rows are written.</source>
        <translation>De import is bewaard, maar de werkmap met de geweigerde rijen kon niet worden weggeschreven naar {path} ({reason}). Sluit dat bestand als het open staat en importeer hetzelfde bestand opnieuw: de personen die al geïmporteerd zijn, worden herkend en overgeslagen, en de geweigerde rijen worden weggeschreven.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a partner list</source>
        <translation>Een partnerlijst importeren</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <source>(column {number} without a name)</source>
        <translation>(kolom {number} zonder naam)</translation>
    </message>
    <message>
        <source>Never imported (national register number)</source>
        <translation>Nooit geïmporteerd (rijksregisternummer)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>Choose the column of the last name (or of the full name): without it no row can be imported.</source>
        <translation>Kies de kolom van de familienaam (of van de volledige naam): zonder die kolom kan geen enkele rij geïmporteerd worden.</translation>
    </message>
    <message>
        <source>Columns marked “Not imported” are listed in the report and not stored. Your choices are saved for this partner when you import.</source>
        <translation>Kolommen met ‘Niet geïmporteerd’ worden in het verslag vermeld en niet opgeslagen. Je keuzes worden bij het importeren voor deze partner bewaard.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%Ln rows in the file = {imported} + {merged} + {skipped} + {rejected}.</source>
        <translation>
            <numerusform>%Ln rij in het bestand = {imported} + {merged} + {skipped} + {rejected}.</numerusform>
            <numerusform>%Ln rijen in het bestand = {imported} + {merged} + {skipped} + {rejected}.</numerusform>
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
</TS>
