<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ReportsPage</name>
    <message>
        <source>Duos started from</source>
        <translation>Duos commencés du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Outcomes count for the duos started at least 12 months before this date.</source>
        <translation>La situation à 12 mois compte pour les duos commencés au moins 12 mois avant cette date.</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documents en</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Computing the impact report…</source>
        <translation>Calcul du rapport d&apos;impact…</translation>
    </message>
    <message numerus="yes">
        <source>{note} In all: %Ln duos.</source>
        <translation>
            <numerusform>{note} Au total : %Ln duo.</numerusform>
            <numerusform>{note} Au total : %Ln duos.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>impact-report</source>
        <translation>rapport-impact</translation>
    </message>
    <message>
        <source>Export the impact report</source>
        <translation>Exporter le rapport d&apos;impact</translation>
    </message>
    <message>
        <source>The impact report was saved to {path}.</source>
        <translation>Le rapport d&apos;impact a été enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Writing the impact report…</source>
        <translation>Écriture du rapport d&apos;impact…</translation>
    </message>
</context>
</TS>
