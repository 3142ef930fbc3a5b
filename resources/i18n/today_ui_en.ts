<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
