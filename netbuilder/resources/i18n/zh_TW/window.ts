<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) can be undone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot train yet (%n error(s)): {first}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Training: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Fix: {fix} (click to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Lesson: {title} (click to open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
