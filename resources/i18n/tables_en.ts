<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportTexts</name>
    <message numerus="yes">
        <source>%Ln rows written to {file}.</source>
        <translation>
            <numerusform>%Ln row written to {file}.</numerusform>
            <numerusform>%Ln rows written to {file}.</numerusform>
        </translation>
    </message>
</context>
</TS>
