<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>Sheet “{sheet}”: column names on row {header}, %Ln rows of people below them.</source>
        <translation>
            <numerusform>Sheet “{sheet}”: column names on row {header}, %Ln row of people below them.</numerusform>
            <numerusform>Sheet “{sheet}”: column names on row {header}, %Ln rows of people below them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column names on line {header}, %Ln rows of people below them.</source>
        <translation>
            <numerusform>Column names on line {header}, %Ln row of people below them.</numerusform>
            <numerusform>Column names on line {header}, %Ln rows of people below them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%Ln rows in the file = {imported} + {merged} + {skipped} + {rejected}.</source>
        <translation>
            <numerusform>%Ln row in the file = {imported} + {merged} + {skipped} + {rejected}.</numerusform>
            <numerusform>%Ln rows in the file = {imported} + {merged} + {skipped} + {rejected}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln imported</numerusform>
            <numerusform>%Ln imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln merged</numerusform>
            <numerusform>%Ln merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
</context>
</TS>
