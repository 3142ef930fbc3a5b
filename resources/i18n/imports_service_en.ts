<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>{file}: %Ln rows read; {imported}, {merged}, {skipped}, {rejected}.</source>
        <translation>
            <numerusform>{file}: %Ln row read; {imported}, {merged}, {skipped}, {rejected}.</numerusform>
            <numerusform>{file}: %Ln rows read; {imported}, {merged}, {skipped}, {rejected}.</numerusform>
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
