<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CodeImport</name>
    <message>
        <source>Paste PyTorch &amp;code…</source>
        <translation>粘贴 PyTorch 代码(&amp;C)…</translation>
    </message>
    <message>
        <source>Turn nn.Sequential or nn.Module code into blocks (it is never run)</source>
        <translation>把 nn.Sequential 或 nn.Module 代码变成方块（代码不会被运行）</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>无法读取 {name}</translation>
    </message>
    <message>
        <source>Paste PyTorch code</source>
        <translation>粘贴 PyTorch 代码</translation>
    </message>
</context>
<context>
    <name>PasteCodeDialog</name>
    <message>
        <source>Paste PyTorch code</source>
        <translation>粘贴 PyTorch 代码</translation>
    </message>
    <message>
        <source>Paste nn.Sequential(...) or an nn.Module class here. It is read, never run.</source>
        <translation>在此粘贴 nn.Sequential(...) 或 nn.Module 类。代码只被读取，从不运行。</translation>
    </message>
    <message>
        <source>&amp;Read code</source>
        <translation>读取代码(&amp;R)</translation>
    </message>
    <message>
        <source>The code does not say the image size; height × width:</source>
        <translation>代码没有写明图像尺寸；高 × 宽：</translation>
    </message>
    <message>
        <source>Replace &amp;network</source>
        <translation>替换网络(&amp;N)</translation>
    </message>
    <message>
        <source>{count} layers, input {shape}: Replace network puts them on the canvas</source>
        <translation>{count} 层，输入 {shape}：“替换网络”会把它们放到画布上</translation>
    </message>
</context>
</TS>
