<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PersonListPage</name>
    <message numerus="yes">
        <source>%Ln mentees</source>
        <translation>
            <numerusform>%Ln mentee</numerusform>
            <numerusform>%Ln mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentors</source>
        <translation>
            <numerusform>%Ln mentor</numerusform>
            <numerusform>%Ln mentors</numerusform>
        </translation>
    </message>
</context>
</TS>
