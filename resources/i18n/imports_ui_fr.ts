<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>Sheet “{sheet}”: column names on row {header}, %Ln rows of people below them.</source>
        <translation>
            <numerusform>Feuille « {sheet} » : noms des colonnes à la ligne {header}, %Ln ligne de personne en dessous.</numerusform>
            <numerusform>Feuille « {sheet} » : noms des colonnes à la ligne {header}, %Ln lignes de personnes en dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column names on line {header}, %Ln rows of people below them.</source>
        <translation>
            <numerusform>Noms des colonnes à la ligne {header}, %Ln ligne de personne en dessous.</numerusform>
            <numerusform>Noms des colonnes à la ligne {header}, %Ln lignes de personnes en dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>The file and its partner</source>
        <translation>Le fichier et son partenaire</translation>
    </message>
    <message>
        <source>Choose the list a partner sent you: Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV. You can also drop the file on this window.</source>
        <translation>Choisissez la liste qu&apos;un partenaire vous a envoyée : Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) ou CSV. Vous pouvez aussi déposer le fichier sur cette fenêtre.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Drop the partner&apos;s file here</source>
        <translation>Déposez ici le fichier du partenaire</translation>
    </message>
    <message>
        <source>New partner…</source>
        <translation>Nouveau partenaire…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Envoyé par :</translation>
    </message>
    <message>
        <source>DuoDesk remembers, for each partner, which column holds what: the next list from the same partner is read the same way.</source>
        <translation>DuoDesk retient, pour chaque partenaire, ce que contient chaque colonne : la prochaine liste du même partenaire sera lue de la même façon.</translation>
    </message>
    <message>
        <source>Choose the partner…</source>
        <translation>Choisissez le partenaire…</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s list</source>
        <translation>Choisir la liste du partenaire</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Tableurs et fichiers CSV (*.xlsx *.xlsm *.xls *.ods *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>This file was already imported on {date}. If you import it again, the people in it are found as duplicates of those already imported.</source>
        <translation>Ce fichier a déjà été importé le {date}. Si vous l&apos;importez à nouveau, ses personnes apparaîtront comme doublons de celles déjà importées.</translation>
    </message>
    <message>
        <source>Reading was cancelled. Choose the file again.</source>
        <translation>Lecture annulée. Choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>You can choose another file.</source>
        <translation>Vous pouvez choisir un autre fichier.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnées</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Annulé le</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>The columns</source>
        <translation>Les colonnes</translation>
    </message>
    <message>
        <source>Check what each column of the file holds. National register numbers are never imported, whatever their column.</source>
        <translation>Vérifiez ce que contient chaque colonne du fichier. Les numéros de registre national ne sont jamais importés, quelle que soit leur colonne.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>in a duo since</source>
        <translation>mis en duo depuis</translation>
    </message>
    <message>
        <source>edited since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>The import of {file} was undone. Mentees removed: {removed}. Files it had completed, put back as they were: {restored}.</source>
        <translation>L&apos;import de {file} a été annulé. Mentees supprimés : {removed}. Dossiers qu&apos;il avait complétés, remis dans leur état antérieur : {restored}.</translation>
    </message>
    <message>
        <source>Kept, because they were used after the import ({count}):</source>
        <translation>Conservés, car utilisés après l&apos;import ({count}) :</translation>
    </message>
    <message>
        <source>Partners (employment services, CPAS/OCMW, associations) send their referrals as Excel or CSV lists. Import one: you check its columns and every row before anything is stored.</source>
        <translation>Les partenaires (services de l&apos;emploi, CPAS, associations) envoient leurs orientations sous forme de listes Excel ou CSV. Importez-en une : vous vérifiez ses colonnes et chaque ligne avant que rien ne soit enregistré.</translation>
    </message>
    <message>
        <source>Import a partner list…</source>
        <translation>Importer une liste de partenaire…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>No list has been imported yet.</source>
        <translation>Aucune liste n&apos;a encore été importée.</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Annuler cet import…</translation>
    </message>
    <message>
        <source>Undone on {date}.</source>
        <translation>Annulé le {date}.</translation>
    </message>
    <message>
        <source>Rejected rows written to {path}</source>
        <translation>Lignes rejetées enregistrées dans {path}</translation>
    </message>
    <message>
        <source>Undo the import of {file} of {date}? The mentees it created are removed and the fields it filled in files already known are emptied again. Files used since the import (in a duo, edited) are kept and listed.</source>
        <translation>Annuler l&apos;import de {file} du {date} ? Les mentees qu&apos;il a créés sont supprimés et les champs qu&apos;il a remplis dans des dossiers existants sont vidés à nouveau. Les dossiers utilisés depuis l&apos;import (mis en duo, modifiés) sont conservés et listés.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l&apos;import…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Valid, with warnings</source>
        <translation>Valide, avec remarques</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>Déjà connu·e comme</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
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
        <translation>Ligne {row} de ce fichier</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>The rows</source>
        <translation>Les lignes</translation>
    </message>
    <message>
        <source>Nothing is stored yet. For each duplicate, choose whether to skip it, merge it into the file already known (only its empty fields are filled) or create a new file anyway.</source>
        <translation>Rien n&apos;est encore enregistré. Pour chaque doublon, choisissez de l&apos;ignorer, de le fusionner avec le dossier existant (seuls ses champs vides sont remplis) ou de créer quand même un nouveau dossier.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Apply to all duplicates</source>
        <translation>Appliquer à tous les doublons</translation>
    </message>
    <message>
        <source>Every duplicate:</source>
        <translation>Tous les doublons :</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <source>{name}: {count}</source>
        <translation>{name} : {count}</translation>
    </message>
    <message>
        <source>This file was already imported on {date}.</source>
        <translation>Ce fichier a déjà été importé le {date}.</translation>
    </message>
    <message>
        <source>Row {row}: {remarks}</source>
        <translation>Ligne {row} : {remarks}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L&apos;import a été annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Where should the rejected rows be written?</source>
        <translation>Où enregistrer les lignes rejetées ?</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>{file}: every row of the file is accounted for.</source>
        <translation>{file} : chaque ligne du fichier est comptée.</translation>
    </message>
    <message>
        <source>New mentees</source>
        <translation>Nouveaux mentees</translation>
    </message>
    <message>
        <source>Merged into files already known</source>
        <translation>Fusionnées avec des dossiers existants</translation>
    </message>
    <message>
        <source>Skipped (already known)</source>
        <translation>Ignorées (déjà connues)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Lignes dans le fichier</translation>
    </message>
    <message>
        <source>Columns not imported (not stored): {columns}.</source>
        <translation>Colonnes non importées (rien n&apos;est enregistré) : {columns}.</translation>
    </message>
    <message>
        <source>Every column of the file was imported.</source>
        <translation>Toutes les colonnes du fichier ont été importées.</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason in an extra column, were written to {path}. Correct them there and import that file.</source>
        <translation>Les lignes rejetées, avec la raison dans une colonne en plus, ont été enregistrées dans {path}. Corrigez-les dans ce fichier et importez-le.</translation>
    </message>
    <message>
        <source>The import was saved, but the workbook of the rejected rows could not be written to {path} ({reason}). Close that file if it is open, then import the same file again: the people already imported are recognised and skipped, and the rejected rows are written.</source>
        <translation>L&apos;import est enregistré, mais le classeur des lignes rejetées n&apos;a pas pu être enregistré dans {path} ({reason}). Fermez ce fichier s&apos;il est ouvert, puis importez à nouveau le même fichier : les personnes déjà importées seront reconnues et ignorées, et les lignes rejetées seront enregistrées.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a partner list</source>
        <translation>Importer une liste de partenaire</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>(column {number} without a name)</source>
        <translation>(colonne {number} sans nom)</translation>
    </message>
    <message>
        <source>Never imported (national register number)</source>
        <translation>Jamais importée (numéro de registre national)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>Choose the column of the last name (or of the full name): without it no row can be imported.</source>
        <translation>Choisissez la colonne du nom (ou du nom complet) : sans elle, aucune ligne ne peut être importée.</translation>
    </message>
    <message>
        <source>Columns marked “Not imported” are listed in the report and not stored. Your choices are saved for this partner when you import.</source>
        <translation>Les colonnes « Non importée » sont listées dans le rapport et ne sont pas enregistrées. Vos choix sont retenus pour ce partenaire au moment de l&apos;import.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%Ln rows in the file = {imported} + {merged} + {skipped} + {rejected}.</source>
        <translation>
            <numerusform>%Ln ligne dans le fichier = {imported} + {merged} + {skipped} + {rejected}.</numerusform>
            <numerusform>%Ln lignes dans le fichier = {imported} + {merged} + {skipped} + {rejected}.</numerusform>
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
</TS>
