<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>BatchView</name>
    <message>
        <source>Sample {number} of the batch: label {label}; the network predicted {before} before this step and {after} after it.</source>
        <translation>這個 batch 的第 {number} 個樣本：標籤 {label}；這一步之前網絡預測為 {before}，之後為 {after}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The batch&lt;/b&gt;: {shown} of its {size} images · label: prediction (before→after)</source>
        <translation>&lt;b&gt;這個 batch&lt;/b&gt;：它的 {size} 張圖片中的 {shown} 張 · 標籤：預測（之前→之後）</translation>
    </message>
    <message>
        <source>&lt;b&gt;The batch&lt;/b&gt;: {shown} of its {size} samples · label: prediction (before→after)</source>
        <translation>&lt;b&gt;這個 batch&lt;/b&gt;：它的 {size} 個樣本中的 {shown} 個 · 標籤：預測（之前→之後）</translation>
    </message>
    <message>
        <source>The batch</source>
        <translation>這個 batch</translation>
    </message>
    <message>
        <source>label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>預測</translation>
    </message>
</context>
<context>
    <name>LayerMaps</name>
    <message>
        <source>the velocity: a running sum of gradients</source>
        <translation>速度：梯度的累積和</translation>
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
        <translation>更新後</translation>
    </message>
    <message>
        <source>gradient = {name}.grad</source>
        <translation>梯度 = {name}.grad</translation>
    </message>
    <message>
        <source>update = {name} after − before</source>
        <translation>更新量 = {name} 更新後 − 更新前</translation>
    </message>
    <message>
        <source>the optimizer keeps no state for this parameter</source>
        <translation>優化器沒有為這個參數保存狀態</translation>
    </message>
    <message>
        <source>Select a layer to see its weights, gradient and update.</source>
        <translation>選擇一層，查看它的權重、梯度和更新量。</translation>
    </message>
    <message>
        <source>Which of the layer&apos;s parameters the maps show</source>
        <translation>熱力圖顯示這一層的哪個參數</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layer {layer}&lt;/b&gt; · {parameter} {shape} (the first rows and columns)</source>
        <translation>&lt;b&gt;層 {layer}&lt;/b&gt; · {parameter} {shape}（只顯示前面的行和列）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layer {layer}&lt;/b&gt; · {parameter} {shape}</source>
        <translation>&lt;b&gt;層 {layer}&lt;/b&gt; · {parameter} {shape}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#3a5fcd&apos;&gt;■ negative&lt;/span&gt; white 0 &lt;span style=&apos;color:#c8281e&apos;&gt;■ positive&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#3a5fcd&apos;&gt;■ 負&lt;/span&gt; 白色 0 &lt;span style=&apos;color:#c8281e&apos;&gt;■ 正&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <source>One step</source>
        <translation>單步</translation>
    </message>
    <message>
        <source>Pause training, then press Step (F10) to train exactly one batch and see what it did: the loss before and after, each layer&apos;s gradient and update, and the optimizer&apos;s state.</source>
        <translation>先暫停訓練，再按“單步”(F10) 只訓練一個 batch，看看它做了什麼：前後的損失、每一層的梯度和更新量，以及優化器的狀態。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
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
        <translation>更新量/權重</translation>
    </message>
    <message>
        <source>|weights after − before| / |weights before|: around 1e-3 is the textbook healthy size</source>
        <translation>|更新後的權重 − 更新前的權重| / |更新前的權重|：教科書上健康的大小約為 1e-3</translation>
    </message>
    <message>
        <source>loss {before} → {after} ({change})</source>
        <translation>損失 {before} → {after} ({change})</translation>
    </message>
    <message>
        <source>There was no step left to undo in this pause.</source>
        <translation>這次暫停中已沒有可以撤銷的步驟。</translation>
    </message>
    <message>
        <source>Step undone: the weights and optimizer are back as they were at epoch {epoch}, after batch {batch}. Step trains that batch again.</source>
        <translation>已撤銷這一步：權重和優化器已回到第 {epoch} 個 epoch 第 {batch} 個 batch 之後的狀態。“單步”會再次訓練這個 batch。</translation>
    </message>
    <message>
        <source>this step ended the epoch, so it cannot be undone</source>
        <translation>這一步結束了這個 epoch，因此無法撤銷</translation>
    </message>
    <message>
        <source>&lt;b&gt;Epoch {epoch}, batch {batch}&lt;/b&gt; · {optimizer} lr {lr} · batch of {size} · &lt;b&gt;{loss}&lt;/b&gt; · {undo}</source>
        <translation>&lt;b&gt;第 {epoch} 個 epoch，第 {batch} 個 batch&lt;/b&gt; · {optimizer} 學習率 {lr} · batch 大小 {size} · &lt;b&gt;{loss}&lt;/b&gt; · {undo}</translation>
    </message>
    <message>
        <source>Step undone: back to the step before.</source>
        <translation>已撤銷這一步：回到上一步。</translation>
    </message>
</context>
</TS>
