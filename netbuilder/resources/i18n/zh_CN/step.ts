<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BatchView</name>
    <message>
        <source>Sample {number} of the batch: label {label}; the network predicted {before} before this step and {after} after it.</source>
        <translation>这个 batch 的第 {number} 个样本：标签 {label}；这一步之前网络预测为 {before}，之后为 {after}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The batch&lt;/b&gt;: {shown} of its {size} images · label: prediction (before→after)</source>
        <translation>&lt;b&gt;这个 batch&lt;/b&gt;：它的 {size} 张图片中的 {shown} 张 · 标签：预测（之前→之后）</translation>
    </message>
    <message>
        <source>&lt;b&gt;The batch&lt;/b&gt;: {shown} of its {size} samples · label: prediction (before→after)</source>
        <translation>&lt;b&gt;这个 batch&lt;/b&gt;：它的 {size} 个样本中的 {shown} 个 · 标签：预测（之前→之后）</translation>
    </message>
    <message>
        <source>The batch</source>
        <translation>这个 batch</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>LayerMaps</name>
    <message>
        <source>the velocity: a running sum of gradients</source>
        <translation>速度：梯度的累积和</translation>
    </message>
    <message>
        <source>Adam&apos;s m, the mean gradient</source>
        <translation>Adam 的 m，梯度的均值</translation>
    </message>
    <message>
        <source>Adam&apos;s v, the mean squared gradient</source>
        <translation>Adam 的 v，梯度平方的均值</translation>
    </message>
    <message>
        <source>AMSGrad&apos;s largest v</source>
        <translation>AMSGrad 的最大 v</translation>
    </message>
    <message>
        <source>Adagrad&apos;s sum of squared gradients</source>
        <translation>Adagrad 的梯度平方和</translation>
    </message>
    <message>
        <source>RMSprop&apos;s mean squared gradient</source>
        <translation>RMSprop 的梯度平方均值</translation>
    </message>
    <message>
        <source>centred RMSprop&apos;s mean gradient</source>
        <translation>中心化 RMSprop 的梯度均值</translation>
    </message>
    <message>
        <source>before</source>
        <translation>更新前</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新量</translation>
    </message>
    <message>
        <source>after</source>
        <translation>更新后</translation>
    </message>
    <message>
        <source>gradient = {name}.grad</source>
        <translation>梯度 = {name}.grad</translation>
    </message>
    <message>
        <source>update = {name} after − before</source>
        <translation>更新量 = {name} 更新后 − 更新前</translation>
    </message>
    <message>
        <source>the optimizer keeps no state for this parameter</source>
        <translation>优化器没有为这个参数保存状态</translation>
    </message>
    <message>
        <source>Select a layer to see its weights, gradient and update.</source>
        <translation>选择一层，查看它的权重、梯度和更新量。</translation>
    </message>
    <message>
        <source>Which of the layer&apos;s parameters the maps show</source>
        <translation>热力图显示这一层的哪个参数</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layer {layer}&lt;/b&gt; · {parameter} {shape} (the first rows and columns)</source>
        <translation>&lt;b&gt;层 {layer}&lt;/b&gt; · {parameter} {shape}（只显示前面的行和列）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layer {layer}&lt;/b&gt; · {parameter} {shape}</source>
        <translation>&lt;b&gt;层 {layer}&lt;/b&gt; · {parameter} {shape}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#3a5fcd&apos;&gt;■ negative&lt;/span&gt; white 0 &lt;span style=&apos;color:#c8281e&apos;&gt;■ positive&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#3a5fcd&apos;&gt;■ 负&lt;/span&gt; 白色 0 &lt;span style=&apos;color:#c8281e&apos;&gt;■ 正&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <source>One step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Pause training, then press Step (F10) to train exactly one batch and see what it did: the loss before and after, each layer&apos;s gradient and update, and the optimizer&apos;s state.</source>
        <translation>先暂停训练，再按“单步”(F10) 只训练一个 batch，看看它做了什么：前后的损失、每一层的梯度和更新量，以及优化器的状态。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>‖gradient‖</source>
        <translation>‖梯度‖</translation>
    </message>
    <message>
        <source>‖update‖</source>
        <translation>‖更新量‖</translation>
    </message>
    <message>
        <source>update/weight</source>
        <translation>更新量/权重</translation>
    </message>
    <message>
        <source>|weights after − before| / |weights before|: around 1e-3 is the textbook healthy size</source>
        <translation>|更新后的权重 − 更新前的权重| / |更新前的权重|：教科书上健康的大小约为 1e-3</translation>
    </message>
    <message>
        <source>loss {before} → {after} ({change})</source>
        <translation>损失 {before} → {after} ({change})</translation>
    </message>
    <message>
        <source>There was no step left to undo in this pause.</source>
        <translation>这次暂停中已没有可以撤销的步骤。</translation>
    </message>
    <message>
        <source>Step undone: the weights and optimizer are back as they were at epoch {epoch}, after batch {batch}. Step trains that batch again.</source>
        <translation>已撤销这一步：权重和优化器已回到第 {epoch} 个 epoch 第 {batch} 个 batch 之后的状态。“单步”会再次训练这个 batch。</translation>
    </message>
    <message>
        <source>this step ended the epoch, so it cannot be undone</source>
        <translation>这一步结束了这个 epoch，因此无法撤销</translation>
    </message>
    <message>
        <source>&lt;b&gt;Epoch {epoch}, batch {batch}&lt;/b&gt; · {optimizer} lr {lr} · batch of {size} · &lt;b&gt;{loss}&lt;/b&gt; · {undo}</source>
        <translation>&lt;b&gt;第 {epoch} 个 epoch，第 {batch} 个 batch&lt;/b&gt; · {optimizer} 学习率 {lr} · batch 大小 {size} · &lt;b&gt;{loss}&lt;/b&gt; · {undo}</translation>
    </message>
    <message>
        <source>Step undone: back to the step before.</source>
        <translation>已撤销这一步：回到上一步。</translation>
    </message>
</context>
</TS>
