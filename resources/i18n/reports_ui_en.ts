<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>{note} In all: %Ln duos.</source>
        <translation>
            <numerusform>{note} In all: %Ln duo.</numerusform>
            <numerusform>{note} In all: %Ln duos.</numerusform>
        </translation>
    </message>
</context>
</TS>
