<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RegionsView</name>
    <message>
        <source>Decision regions</source>
        <translation>决策区域</translation>
    </message>
    <message>
        <source>Train to see how the network divides the plane.</source>
        <translation>训练后即可看到网络如何划分平面。</translation>
    </message>
    <message>
        <source>Hover over the plane to see the network&apos;s probabilities there.</source>
        <translation>把鼠标悬停在平面上，查看网络在该处给出的概率。</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save the decision regions with the points as a PNG file</source>
        <translation>把决策区域连同数据点保存为 PNG 文件</translation>
    </message>
    <message>
        <source>x {x}, y {y} → class {cls}   ({shares})</source>
        <translation>x {x}, y {y} → 类别 {cls}   ({shares})</translation>
    </message>
    <message>
        <source>Nothing to export yet: train first.</source>
        <translation>还没有可导出的内容：请先训练。</translation>
    </message>
    <message>
        <source>Export regions</source>
        <translation>导出决策区域</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
</TS>
