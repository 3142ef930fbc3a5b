<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditLogTab</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesDueTab</name>
    <message numerus="yes">
        <source>%Ln files anonymised.</source>
        <translation>
            <numerusform>%Ln file anonymised.</numerusform>
            <numerusform>%Ln files anonymised.</numerusform>
        </translation>
    </message>
</context>
</TS>
