<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>Activation {number}</source>
        <translation>激活函數 {number}</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函數</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>激活函數探索器</translation>
    </message>
    <message>
        <source>f&apos;(x) from autograd; shaded: saturated, |f&apos;(x)| under {threshold}</source>
        <translation>f&apos;(x) 由 autograd 求得；陰影：飽和區，|f&apos;(x)| 小於 {threshold}</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x 從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>The end must be larger than the start.</source>
        <translation>終點必須大於起點。</translation>
    </message>
</context>
<context>
    <name>ExploreMenu</name>
    <message>
        <source>E&amp;xplore</source>
        <translation>探索(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Optimizer playground…</source>
        <translation>優化器遊樂場(&amp;O)…</translation>
    </message>
    <message>
        <source>Race SGD, momentum, Adam and others on a 2-D function</source>
        <translation>讓 SGD、動量、Adam 等優化器在一個二維函數上賽跑</translation>
    </message>
    <message>
        <source>&amp;Activation explorer…</source>
        <translation>激活函數探索器(&amp;A)…</translation>
    </message>
    <message>
        <source>Activations, their derivatives and softmax, from autograd</source>
        <translation>激活函數及其導數，還有 softmax，都由 autograd 計算</translation>
    </message>
</context>
<context>
    <name>OptimizerPlayground</name>
    <message>
        <source>Saddle</source>
        <translation>鞍點</translation>
    </message>
    <message>
        <source>Ill-conditioned bowl</source>
        <translation>病態的碗形曲面</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <source>Optimizer playground</source>
        <translation>優化器遊樂場</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函數</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>{name}: step {steps}, f({x}, {y}) = {value}</source>
        <translation>{name}：第 {steps} 步，f({x}, {y}) = {value}</translation>
    </message>
    <message>
        <source> (diverged)</source>
        <translation> （已發散）</translation>
    </message>
    <message>
        <source>Tick an optimizer to race it.</source>
        <translation>勾選一個優化器，讓它參加比賽。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>運行</translation>
    </message>
</context>
<context>
    <name>SoftmaxTab</name>
    <message>
        <source>probabilities p = softmax(a / T)</source>
        <translation>概率 p = softmax(a / T)</translation>
    </message>
    <message>
        <source>Jacobian dp_i / da_j (row i, column j)</source>
        <translation>雅可比矩陣 dp_i/da_j（i 行，j 列）</translation>
    </message>
    <message>
        <source>grad of p{i} = dp{i}/da = [{row}]</source>
        <translation>p{i} 的梯度 = dp{i}/da = [{row}]</translation>
    </message>
</context>
</TS>
