<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>BuilderPanels</name>
    <message>
        <source>Layers</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>檢查器</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch 代碼</translation>
    </message>
    <message>
        <source>Layer table</source>
        <translation>層表</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已導出 {path}</translation>
    </message>
</context>
<context>
    <name>CanvasBlocks</name>
    <message>
        <source>{name}: x, y points</source>
        <translation>{name}：x, y 座標點</translation>
    </message>
    <message>
        <source>sine: x values</source>
        <translation>sine：x 值</translation>
    </message>
    <message>
        <source>{name}: table rows</source>
        <translation>{name}：表格行</translation>
    </message>
    <message>
        <source>{name} images</source>
        <translation>{name} 圖像</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>One sample as the network sees it: channels × height × width.</source>
        <translation>網絡所見的一個樣本：通道 × 高 × 寬。</translation>
    </message>
    <message>
        <source>ready to train</source>
        <translation>可以訓練</translation>
    </message>
    <message>
        <source>The input image rebuilt: an autoencoder&apos;s output has the input&apos;s shape.</source>
        <translation>重建的輸入圖像：自編碼器的輸出與輸入形狀相同。</translation>
    </message>
    <message>
        <source>The predicted value (a regression).</source>
        <translation>預測值（迴歸）。</translation>
    </message>
    <message>
        <source>Scores for each class; the largest is the prediction.</source>
        <translation>每個類別的得分；得分最高的即為預測。</translation>
    </message>
    <message>
        <source>Output: image</source>
        <translation>輸出：圖像</translation>
    </message>
    <message>
        <source>{count} params in total</source>
        <translation>共 {count} 個參數</translation>
    </message>
    <message>
        <source>Output: 1 value</source>
        <translation>輸出：1 個值</translation>
    </message>
    <message>
        <source>Output: {count} classes</source>
        <translation>輸出：{count} 個類別</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>{count} params</source>
        <translation>{count} 個參數</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>錯誤：</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>identity: passes its input on</source>
        <translation>identity：把輸入原樣傳下去</translation>
    </message>
    <message>
        <source>{held}, {kind}</source>
        <translation>{held}，{kind}</translation>
    </message>
    <message>
        <source>shortcut: identity</source>
        <translation>捷徑：identity</translation>
    </message>
    <message>
        <source>projection, {count} params</source>
        <translation>projection，{count} 個參數</translation>
    </message>
    <message>
        <source>projection: {what}, {count} parameters</source>
        <translation>projection：{what}，{count} 個參數</translation>
    </message>
    <message>
        <source>drop layers here</source>
        <translation>把層拖到這裡</translation>
    </message>
    <message>
        <source>+ branch</source>
        <translation>+ 分支</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Expand</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>摺疊</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport training script .py…</source>
        <translation>導出訓練腳本 .py(&amp;X)…</translation>
    </message>
    <message>
        <source>Write a standalone PyTorch training script with this project&apos;s settings; it runs with python or torchrun</source>
        <translation>用本項目的設置寫出一個獨立的 PyTorch 訓練腳本；可用 python 或 torchrun 運行</translation>
    </message>
    <message>
        <source>The network cannot be turned into code yet:</source>
        <translation>這個網絡還不能轉換成代碼：</translation>
    </message>
    <message>
        <source>Fix the problems to get code.</source>
        <translation>修正問題後即可得到代碼。</translation>
    </message>
    <message>
        <source>PyTorch code for this network:</source>
        <translation>此網絡的 PyTorch 代碼：</translation>
    </message>
    <message>
        <source>Export training script</source>
        <translation>導出訓練腳本</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <source>Cannot export the training script</source>
        <translation>無法導出訓練腳本</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a block on the canvas to see and edit its parameters.</source>
        <translation>在畫布上選中一個方塊，即可查看並編輯它的參數。</translation>
    </message>
    <message>
        <source>Shapes:</source>
        <translation>形狀：</translation>
    </message>
    <message>
        <source>This layer has no parameters to set.</source>
        <translation>這一層沒有可設置的參數。</translation>
    </message>
    <message>
        <source>in {input} → out {output}</source>
        <translation>輸入 {input} → 輸出 {output}</translation>
    </message>
    <message>
        <source>{name} = {size} (from the input)</source>
        <translation>{name} = {size}（由輸入決定）</translation>
    </message>
    <message>
        <source>{parameters} parameters, {macs} multiply-adds</source>
        <translation>{parameters} 個參數，{macs} 次乘加</translation>
    </message>
    <message>
        <source>shortcut: identity (adds the input as it is)</source>
        <translation>捷徑：identity（直接加上輸入）</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>輸出形狀</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>乘加次數</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation>可以訓練</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Editing locked while training</source>
        <translation>訓練期間已鎖定編輯</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Filter layers…</source>
        <translation>篩選層…</translation>
    </message>
    <message>
        <source>Filter layers</source>
        <translation>篩選層</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>No problems: the network is ready to train.</source>
        <translation>沒有問題：網絡可以開始訓練。</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>問題（{count}）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>✔ valid</source>
        <translation>✔ 有效</translation>
    </message>
    <message>
        <source>✖ invalid: {errors}</source>
        <translation>✖ 無效：{errors}</translation>
    </message>
    <message>
        <source>Parameters {value}</source>
        <translation>參數 {value}</translation>
    </message>
    <message>
        <source>Multiply-adds {value}</source>
        <translation>乘加次數 {value}</translation>
    </message>
    <message>
        <source>Output {value}</source>
        <translation>輸出 {value}</translation>
    </message>
    <message>
        <source>{parameters} parameters, {macs} multiply-adds per sample</source>
        <translation>{parameters} 個參數，每個樣本 {macs} 次乘加</translation>
    </message>
</context>
</TS>
