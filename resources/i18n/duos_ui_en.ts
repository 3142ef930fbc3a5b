<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DuosPage</name>
    <message numerus="yes">
        <source>%Ln duos</source>
        <translation>
            <numerusform>%Ln duo</numerusform>
            <numerusform>%Ln duos</numerusform>
        </translation>
    </message>
</context>
</TS>
