<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FitView</name>
    <message>
        <source>Regression fit</source>
        <translation>回归拟合</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>target y</source>
        <translation>目标 y</translation>
    </message>
    <message>
        <source>true</source>
        <translation>真实值</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Train to see the network&apos;s prediction drawn over the data.</source>
        <translation>训练后即可看到网络的预测画在数据之上。</translation>
    </message>
    <message>
        <source>Dots: training data (hollow: test). Red: what the network predicts for each x.</source>
        <translation>点：训练数据（空心：测试数据）。红线：网络对每个 x 的预测。</translation>
    </message>
    <message>
        <source>Colour: the network&apos;s prediction over the plane (blue low, red high); dots: the data.</source>
        <translation>颜色：网络在平面上的预测（蓝色低，红色高）；点：数据。</translation>
    </message>
    <message>
        <source>Each test sample: true target across, prediction up; on the grey line is perfect.</source>
        <translation>每个测试样本：横轴是真实目标值，纵轴是预测值；落在灰线上即完全准确。</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save the fit with the data as a PNG file</source>
        <translation>把拟合结果连同数据保存为 PNG 文件</translation>
    </message>
    <message>
        <source>Nothing to export yet: train first.</source>
        <translation>还没有可导出的内容：请先训练。</translation>
    </message>
    <message>
        <source>Export fit</source>
        <translation>导出拟合</translation>
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
