<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>FitView</name>
    <message>
        <source>Regression fit</source>
        <translation>迴歸擬合</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>輸入 x</translation>
    </message>
    <message>
        <source>target y</source>
        <translation>目標 y</translation>
    </message>
    <message>
        <source>true</source>
        <translation>真實值</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>預測值</translation>
    </message>
    <message>
        <source>Train to see the network&apos;s prediction drawn over the data.</source>
        <translation>訓練後即可看到網絡的預測畫在數據之上。</translation>
    </message>
    <message>
        <source>Dots: training data (hollow: test). Red: what the network predicts for each x.</source>
        <translation>點：訓練數據（空心：測試數據）。紅線：網絡對每個 x 的預測。</translation>
    </message>
    <message>
        <source>Colour: the network&apos;s prediction over the plane (blue low, red high); dots: the data.</source>
        <translation>顏色：網絡在平面上的預測（藍色低，紅色高）；點：數據。</translation>
    </message>
    <message>
        <source>Each test sample: true target across, prediction up; on the grey line is perfect.</source>
        <translation>每個測試樣本：橫軸是真實目標值，縱軸是預測值；落在灰線上即完全準確。</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>導出 PNG…</translation>
    </message>
    <message>
        <source>Save the fit with the data as a PNG file</source>
        <translation>把擬合結果連同數據保存為 PNG 文件</translation>
    </message>
    <message>
        <source>Nothing to export yet: train first.</source>
        <translation>還沒有可導出的內容：請先訓練。</translation>
    </message>
    <message>
        <source>Export fit</source>
        <translation>導出擬合</translation>
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
