<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>One row written to {file}.</source>
        <translation>Une ligne enregistrée dans {file}.</translation>
    </message>
    <message>
        <source>{count} rows written to {file}.</source>
        <translation>{count} lignes enregistrées dans {file}.</translation>
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
