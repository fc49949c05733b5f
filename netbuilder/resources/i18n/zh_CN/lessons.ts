<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LessonPanel</name>
    <message>
        <source>&lt;p&gt;Choose a lesson from the &lt;b&gt;Lessons&lt;/b&gt; menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请从&lt;b&gt;课程&lt;/b&gt;菜单中选择一节课。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>动手试试：</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>观察要点：</translation>
    </message>
    <message>
        <source>Ask the class:</source>
        <translation>课堂提问：</translation>
    </message>
</context>
<context>
    <name>LessonsMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Open lesson file…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <source>Stop training before opening a lesson.</source>
        <translation>请先停止训练，再打开课程。</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>netbuilder lessons (*.json)</source>
        <translation>netbuilder 课程 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>无法打开课程</translation>
    </message>
</context>
</TS>
