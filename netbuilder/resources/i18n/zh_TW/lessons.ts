<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>LessonPanel</name>
    <message>
        <source>&lt;p&gt;Choose a lesson from the &lt;b&gt;Lessons&lt;/b&gt; menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;請從&lt;b&gt;課程&lt;/b&gt;菜單中選擇一節課。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>動手試試：</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>觀察要點：</translation>
    </message>
    <message>
        <source>Ask the class:</source>
        <translation>課堂提問：</translation>
    </message>
</context>
<context>
    <name>LessonsMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>課程(&amp;L)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Open lesson file…</source>
        <translation>打開課程文件…</translation>
    </message>
    <message>
        <source>Stop training before opening a lesson.</source>
        <translation>請先停止訓練，再打開課程。</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>正在訓練</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打開課程</translation>
    </message>
    <message>
        <source>netbuilder lessons (*.json)</source>
        <translation>netbuilder 課程 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>無法打開課程</translation>
    </message>
</context>
</TS>
