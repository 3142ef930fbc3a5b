<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ExportTexts</name>
    <message numerus="yes">
        <source>%Ln rows written to {file}.</source>
        <translation>
            <numerusform>%Ln rij opgeslagen in {file}.</numerusform>
            <numerusform>%Ln rijen opgeslagen in {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Export this list to Excel</source>
        <translation>Deze lijst naar Excel exporteren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>De lijst wordt geschreven…</translation>
    </message>
    <message>
        <source>Export this list to Excel…</source>
        <translation>Deze lijst naar Excel exporteren…</translation>
    </message>
</context>
</TS>
