<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BuilderPanels</name>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch 代码</translation>
    </message>
    <message>
        <source>Layer table</source>
        <translation>层表</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
</context>
<context>
    <name>CanvasBlocks</name>
    <message>
        <source>{name}: x, y points</source>
        <translation>{name}：x, y 坐标点</translation>
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
        <translation>{name} 图像</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>One sample as the network sees it: channels × height × width.</source>
        <translation>网络所见的一个样本：通道 × 高 × 宽。</translation>
    </message>
    <message>
        <source>ready to train</source>
        <translation>可以训练</translation>
    </message>
    <message>
        <source>The input image rebuilt: an autoencoder&apos;s output has the input&apos;s shape.</source>
        <translation>重建的输入图像：自编码器的输出与输入形状相同。</translation>
    </message>
    <message>
        <source>The predicted value (a regression).</source>
        <translation>预测值（回归）。</translation>
    </message>
    <message>
        <source>Scores for each class; the largest is the prediction.</source>
        <translation>每个类别的得分；得分最高的即为预测。</translation>
    </message>
    <message>
        <source>Output: image</source>
        <translation>输出：图像</translation>
    </message>
    <message>
        <source>{count} params in total</source>
        <translation>共 {count} 个参数</translation>
    </message>
    <message>
        <source>Output: 1 value</source>
        <translation>输出：1 个值</translation>
    </message>
    <message>
        <source>Output: {count} classes</source>
        <translation>输出：{count} 个类别</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>{count} params</source>
        <translation>{count} 个参数</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
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
        <translation>identity：把输入原样传下去</translation>
    </message>
    <message>
        <source>{held}, {kind}</source>
        <translation>{held}，{kind}</translation>
    </message>
    <message>
        <source>shortcut: identity</source>
        <translation>捷径：identity</translation>
    </message>
    <message>
        <source>projection, {count} params</source>
        <translation>projection，{count} 个参数</translation>
    </message>
    <message>
        <source>projection: {what}, {count} parameters</source>
        <translation>projection：{what}，{count} 个参数</translation>
    </message>
    <message>
        <source>drop layers here</source>
        <translation>把层拖到这里</translation>
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
        <translation>展开</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport training script .py…</source>
        <translation>导出训练脚本 .py(&amp;X)…</translation>
    </message>
    <message>
        <source>Write a standalone PyTorch training script with this project&apos;s settings; it runs with python or torchrun</source>
        <translation>用本项目的设置写出一个独立的 PyTorch 训练脚本；可用 python 或 torchrun 运行</translation>
    </message>
    <message>
        <source>The network cannot be turned into code yet:</source>
        <translation>这个网络还不能转换成代码：</translation>
    </message>
    <message>
        <source>Fix the problems to get code.</source>
        <translation>修正问题后即可得到代码。</translation>
    </message>
    <message>
        <source>PyTorch code for this network:</source>
        <translation>此网络的 PyTorch 代码：</translation>
    </message>
    <message>
        <source>Export training script</source>
        <translation>导出训练脚本</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <source>Cannot export the training script</source>
        <translation>无法导出训练脚本</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a block on the canvas to see and edit its parameters.</source>
        <translation>在画布上选中一个方块，即可查看并编辑它的参数。</translation>
    </message>
    <message>
        <source>Shapes:</source>
        <translation>形状：</translation>
    </message>
    <message>
        <source>This layer has no parameters to set.</source>
        <translation>这一层没有可设置的参数。</translation>
    </message>
    <message>
        <source>in {input} → out {output}</source>
        <translation>输入 {input} → 输出 {output}</translation>
    </message>
    <message>
        <source>{name} = {size} (from the input)</source>
        <translation>{name} = {size}（由输入决定）</translation>
    </message>
    <message>
        <source>{parameters} parameters, {macs} multiply-adds</source>
        <translation>{parameters} 个参数，{macs} 次乘加</translation>
    </message>
    <message>
        <source>shortcut: identity (adds the input as it is)</source>
        <translation>捷径：identity（直接加上输入）</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>乘加次数</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation>可以训练</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Editing locked while training</source>
        <translation>训练期间已锁定编辑</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Filter layers…</source>
        <translation>筛选层…</translation>
    </message>
    <message>
        <source>Filter layers</source>
        <translation>筛选层</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>No problems: the network is ready to train.</source>
        <translation>没有问题：网络可以开始训练。</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
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
        <translation>✖ 无效：{errors}</translation>
    </message>
    <message>
        <source>Parameters {value}</source>
        <translation>参数 {value}</translation>
    </message>
    <message>
        <source>Multiply-adds {value}</source>
        <translation>乘加次数 {value}</translation>
    </message>
    <message>
        <source>Output {value}</source>
        <translation>输出 {value}</translation>
    </message>
    <message>
        <source>{parameters} parameters, {macs} multiply-adds per sample</source>
        <translation>{parameters} 个参数，每个样本 {macs} 次乘加</translation>
    </message>
</context>
</TS>
