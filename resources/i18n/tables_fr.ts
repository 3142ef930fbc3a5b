<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ExportTexts</name>
    <message numerus="yes">
        <source>%Ln rows written to {file}.</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans {file}.</numerusform>
            <numerusform>%Ln lignes enregistrées dans {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Export this list to Excel</source>
        <translation>Exporter cette liste vers Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Écriture de la liste…</translation>
    </message>
    <message>
        <source>Export this list to Excel…</source>
        <translation>Exporter cette liste vers Excel…</translation>
    </message>
</context>
</TS>
