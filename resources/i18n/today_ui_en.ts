<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TodayCounts</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are past their retention period: anonymise them on the Privacy page</source>
        <translation>
            <numerusform>%Ln file is past its retention period: anonymise it on the Privacy page</numerusform>
            <numerusform>%Ln files are past their retention period: anonymise them on the Privacy page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%Ln things to do</source>
        <translation>
            <numerusform>%Ln thing to do</numerusform>
            <numerusform>%Ln things to do</numerusform>
        </translation>
    </message>
</context>
</TS>
