<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>RegionsView</name>
    <message>
        <source>Decision regions</source>
        <translation>決策區域</translation>
    </message>
    <message>
        <source>Train to see how the network divides the plane.</source>
        <translation>訓練後即可看到網絡如何劃分平面。</translation>
    </message>
    <message>
        <source>Hover over the plane to see the network&apos;s probabilities there.</source>
        <translation>把鼠標懸停在平面上，查看網絡在該處給出的概率。</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>導出 PNG…</translation>
    </message>
    <message>
        <source>Save the decision regions with the points as a PNG file</source>
        <translation>把決策區域連同數據點保存為 PNG 文件</translation>
    </message>
    <message>
        <source>x {x}, y {y} → class {cls}   ({shares})</source>
        <translation>x {x}, y {y} → 類別 {cls}   ({shares})</translation>
    </message>
    <message>
        <source>Nothing to export yet: train first.</source>
        <translation>還沒有可導出的內容：請先訓練。</translation>
    </message>
    <message>
        <source>Export regions</source>
        <translation>導出決策區域</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>無法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
</TS>
