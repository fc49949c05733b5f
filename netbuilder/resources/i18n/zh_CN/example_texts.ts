<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>examples</name>
    <message>
        <source>Autoencoder (MLP, 2-D code)</source>
        <translation>自编码器（MLP，二维编码）</translation>
    </message>
    <message>
        <source>Autoencoder (convolutional)</source>
        <translation>自编码器（卷积）</translation>
    </message>
    <message>
        <source>Circles: a small ReLU network</source>
        <translation>同心圆：一个小型 ReLU 网络</translation>
    </message>
    <message>
        <source>Deep ReLU MLP (6 x 128)</source>
        <translation>深层 ReLU MLP（6 x 128）</translation>
    </message>
    <message>
        <source>Deep Sigmoid MLP (6 x 128)</source>
        <translation>深层 Sigmoid MLP（6 x 128）</translation>
    </message>
    <message>
        <source>Deep Sigmoid MLP with skip connections</source>
        <translation>带跳跃连接的深层 Sigmoid MLP</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>逻辑回归</translation>
    </message>
    <message>
        <source>MLP 784-200-200-10</source>
        <translation>MLP 784-200-200-10</translation>
    </message>
    <message>
        <source>MLP 784-512-10</source>
        <translation>MLP 784-512-10</translation>
    </message>
    <message>
        <source>Regression: fit a curve</source>
        <translation>回归：拟合一条曲线</translation>
    </message>
    <message>
        <source>Small CNN (ReLU, MaxPool, Dropout)</source>
        <translation>小型 CNN（ReLU、MaxPool、Dropout）</translation>
    </message>
    <message>
        <source>Small Inception (parallel branches)</source>
        <translation>小型 Inception（并行分支）</translation>
    </message>
    <message>
        <source>Small ResNet (2 residual blocks)</source>
        <translation>小型 ResNet（2 个残差块）</translation>
    </message>
    <message>
        <source>Spiral: Linear, ReLU, Linear</source>
        <translation>Spiral: Linear, ReLU, Linear</translation>
    </message>
    <message>
        <source>Spiral: linear layers only</source>
        <translation>螺旋：只有线性层</translation>
    </message>
    <message>
        <source>Two moons: a small ReLU network</source>
        <translation>双月：一个小型 ReLU 网络</translation>
    </message>
    <message>
        <source>XOR: a small ReLU network</source>
        <translation>XOR：一个小型 ReLU 网络</translation>
    </message>
</context>
</TS>
