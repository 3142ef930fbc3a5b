<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MenteeMatching</name>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentees waiting</source>
        <translation>
            <numerusform>%Ln mentee waiting</numerusform>
            <numerusform>%Ln mentees waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message numerus="yes">
        <source>{criterion}: {points} of {most} points</source>
        <translation>
            <numerusform>{criterion}: {points} of {most} points</numerusform>
            <numerusform>{criterion}: {points} of {most} points</numerusform>
        </translation>
    </message>
</context>
</TS>
