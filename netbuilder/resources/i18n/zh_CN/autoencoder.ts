<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AutoencoderView</name>
    <message>
        <source>Autoencoder</source>
        <translation>自编码器</translation>
    </message>
    <message>
        <source>Train to see test images above their reconstructions.</source>
        <translation>训练后，这里显示测试图像及其下方的重建结果。</translation>
    </message>
    <message>
        <source>Top: test images · middle: with noise, as the network gets them · bottom: its reconstructions (epoch {epoch})</source>
        <translation>上：测试图像 · 中：加噪声后网络实际得到的输入 · 下：网络的重建结果（第 {epoch} 个 epoch）</translation>
    </message>
    <message>
        <source>Top: test images · bottom: the network&apos;s reconstructions (epoch {epoch})</source>
        <translation>上：测试图像 · 下：网络的重建结果（第 {epoch} 个 epoch）</translation>
    </message>
    <message>
        <source>Codes of the test images, by class: click or drag in the plane to decode</source>
        <translation>测试图像的编码（按类别着色）：在平面上点击或拖动，解码出对应的图像</translation>
    </message>
    <message>
        <source>code 1</source>
        <translation>编码 1</translation>
    </message>
    <message>
        <source>code 2</source>
        <translation>编码 2</translation>
    </message>
</context>
</TS>
