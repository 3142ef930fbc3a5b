<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttendancePanel</name>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln invited</numerusform>
            <numerusform>%Ln invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln present</source>
        <translation>
            <numerusform>%Ln present</numerusform>
            <numerusform>%Ln present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln absent</source>
        <translation>
            <numerusform>%Ln absent</numerusform>
            <numerusform>%Ln absent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarCounts</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln more</numerusform>
            <numerusform>+%Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendees</source>
        <translation>
            <numerusform>%Ln attendee</numerusform>
            <numerusform>%Ln attendees</numerusform>
        </translation>
    </message>
</context>
</TS>
