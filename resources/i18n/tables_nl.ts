<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>RecordTable</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
</context>
</TS>
