<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>CodeImport</name>
    <message>
        <source>Paste PyTorch &amp;code…</source>
        <translation>粘貼 PyTorch 代碼(&amp;C)…</translation>
    </message>
    <message>
        <source>Turn nn.Sequential or nn.Module code into blocks (it is never run)</source>
        <translation>把 nn.Sequential 或 nn.Module 代碼變成方塊（代碼不會被運行）</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>無法讀取 {name}</translation>
    </message>
    <message>
        <source>Paste PyTorch code</source>
        <translation>粘貼 PyTorch 代碼</translation>
    </message>
</context>
<context>
    <name>PasteCodeDialog</name>
    <message>
        <source>Paste PyTorch code</source>
        <translation>粘貼 PyTorch 代碼</translation>
    </message>
    <message>
        <source>Paste nn.Sequential(...) or an nn.Module class here. It is read, never run.</source>
        <translation>在此粘貼 nn.Sequential(...) 或 nn.Module 類。代碼只被讀取，從不運行。</translation>
    </message>
    <message>
        <source>&amp;Read code</source>
        <translation>讀取代碼(&amp;R)</translation>
    </message>
    <message>
        <source>The code does not say the image size; height × width:</source>
        <translation>代碼沒有寫明圖像尺寸；高 × 寬：</translation>
    </message>
    <message>
        <source>Replace &amp;network</source>
        <translation>替換網絡(&amp;N)</translation>
    </message>
    <message>
        <source>{count} layers, input {shape}: Replace network puts them on the canvas</source>
        <translation>{count} 層，輸入 {shape}：“替換網絡”會把它們放到畫布上</translation>
    </message>
</context>
</TS>
