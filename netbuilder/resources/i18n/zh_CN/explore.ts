<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>Activation {number}</source>
        <translation>激活函数 {number}</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>激活函数探索器</translation>
    </message>
    <message>
        <source>f&apos;(x) from autograd; shaded: saturated, |f&apos;(x)| under {threshold}</source>
        <translation>f&apos;(x) 由 autograd 求得；阴影：饱和区，|f&apos;(x)| 小于 {threshold}</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x 从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>The end must be larger than the start.</source>
        <translation>终点必须大于起点。</translation>
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
        <translation>优化器游乐场(&amp;O)…</translation>
    </message>
    <message>
        <source>Race SGD, momentum, Adam and others on a 2-D function</source>
        <translation>让 SGD、动量、Adam 等优化器在一个二维函数上赛跑</translation>
    </message>
    <message>
        <source>&amp;Activation explorer…</source>
        <translation>激活函数探索器(&amp;A)…</translation>
    </message>
    <message>
        <source>Activations, their derivatives and softmax, from autograd</source>
        <translation>激活函数及其导数，还有 softmax，都由 autograd 计算</translation>
    </message>
</context>
<context>
    <name>OptimizerPlayground</name>
    <message>
        <source>Saddle</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <source>Ill-conditioned bowl</source>
        <translation>病态的碗形曲面</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Optimizer playground</source>
        <translation>优化器游乐场</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
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
        <translation> （已发散）</translation>
    </message>
    <message>
        <source>Tick an optimizer to race it.</source>
        <translation>勾选一个优化器，让它参加比赛。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
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
        <translation>雅可比矩阵 dp_i/da_j（i 行，j 列）</translation>
    </message>
    <message>
        <source>grad of p{i} = dp{i}/da = [{row}]</source>
        <translation>p{i} 的梯度 = dp{i}/da = [{row}]</translation>
    </message>
</context>
</TS>
