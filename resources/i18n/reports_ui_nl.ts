<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ReportsPage</name>
    <message>
        <source>Duos started from</source>
        <translation>Duo&apos;s begonnen van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdatum</translation>
    </message>
    <message>
        <source>Outcomes count for the duos started at least 12 months before this date.</source>
        <translation>De situatie na 12 maanden telt voor de duo&apos;s die minstens 12 maanden vóór deze datum begonnen.</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documenten in het</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>Exporteren naar pdf…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>Computing the impact report…</source>
        <translation>Impactrapport wordt berekend…</translation>
    </message>
    <message numerus="yes">
        <source>{note} In all: %Ln duos.</source>
        <translation>
            <numerusform>{note} In totaal: %Ln duo.</numerusform>
            <numerusform>{note} In totaal: %Ln duo&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>impact-report</source>
        <translation>impactrapport</translation>
    </message>
    <message>
        <source>Export the impact report</source>
        <translation>Het impactrapport exporteren</translation>
    </message>
    <message>
        <source>The impact report was saved to {path}.</source>
        <translation>Het impactrapport is opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Writing the impact report…</source>
        <translation>Impactrapport wordt geschreven…</translation>
    </message>
</context>
</TS>
