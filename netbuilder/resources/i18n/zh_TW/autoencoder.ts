<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AutoencoderView</name>
    <message>
        <source>Autoencoder</source>
        <translation>自編碼器</translation>
    </message>
    <message>
        <source>Train to see test images above their reconstructions.</source>
        <translation>訓練後，這裡顯示測試圖像及其下方的重建結果。</translation>
    </message>
    <message>
        <source>Top: test images · middle: with noise, as the network gets them · bottom: its reconstructions (epoch {epoch})</source>
        <translation>上：測試圖像 · 中：加噪聲後網絡實際得到的輸入 · 下：網絡的重建結果（第 {epoch} 個 epoch）</translation>
    </message>
    <message>
        <source>Top: test images · bottom: the network&apos;s reconstructions (epoch {epoch})</source>
        <translation>上：測試圖像 · 下：網絡的重建結果（第 {epoch} 個 epoch）</translation>
    </message>
    <message>
        <source>Codes of the test images, by class: click or drag in the plane to decode</source>
        <translation>測試圖像的編碼（按類別著色）：在平面上點擊或拖動，解碼出對應的圖像</translation>
    </message>
    <message>
        <source>code 1</source>
        <translation>編碼 1</translation>
    </message>
    <message>
        <source>code 2</source>
        <translation>編碼 2</translation>
    </message>
</context>
</TS>
