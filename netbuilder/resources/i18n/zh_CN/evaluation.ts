<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Row-normalised (share of each true class)</source>
        <translation>按行归一化（占每个真实类别的比例）</translation>
    </message>
    <message>
        <source>Off: how many test images fall in each cell</source>
        <translation>关闭时：每个格子中有多少张测试图片</translation>
    </message>
    <message>
        <source>The test images to score the model on</source>
        <translation>用来给模型打分的测试图片</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Evaluate on</source>
        <translation>评估数据</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>Accuracy of each class</source>
        <translation>各类别的准确率</translation>
    </message>
    <message>
        <source>Why? Colour each image by what pushed it toward its answer</source>
        <translation>为什么？按把图像推向其答案的像素给每张图着色</translation>
    </message>
    <message>
        <source>Integrated gradients toward the class the network gave: red pixels pushed toward it, blue against. A sensitivity, not a reason.</source>
        <translation>朝网络给出的类别计算积分梯度：红色像素把图像推向该类别，蓝色推离。这是敏感度，不是理由。</translation>
    </message>
    <message>
        <source>Score the current model on the chosen test set</source>
        <translation>在所选的测试集上给当前模型打分</translation>
    </message>
    <message>
        <source>These test sets are 28x28 digits; this model reads other data (its own test split is shown)</source>
        <translation>这些测试集是 28x28 的数字；这个模型读取的是其他数据（显示的是它自己的测试集）</translation>
    </message>
    <message>
        <source>No evaluation yet: train a network, or load a model and test data.</source>
        <translation>还没有评估：请训练一个网络，或加载模型和测试数据。</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}   ·   loss {loss}   ·   {count} test images</source>
        <translation>测试准确率 {accuracy}   ·   损失 {loss}   ·   {count} 张测试图片</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its test images.</source>
        <translation>点击矩阵中的一个格子，查看其中的测试图片。</translation>
    </message>
    <message>
        <source>(test images not available)</source>
        <translation>（没有测试图片）</translation>
    </message>
    <message>
        <source>Test image #{index}: true {true}, predicted {predicted} with {confidence} confidence</source>
        <translation>测试图片 #{index}：标签 {true}，预测为 {predicted}，置信度 {confidence}</translation>
    </message>
    <message>
        <source>Its own test split</source>
        <translation>它自己的测试集</translation>
    </message>
    <message>
        <source>{dataset} test set</source>
        <translation>{dataset} 测试集</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {count} correct, most confident first</source>
        <translation>标签 {true}，预测为 {predicted}：{count} 个正确，按置信度从高到低排列</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {count} mistakes, most confident first</source>
        <translation>标签 {true}，预测为 {predicted}：{count} 个错误，按置信度从高到低排列</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {count} correct (showing the {shown} most confident), most confident first</source>
        <translation>标签 {true}，预测为 {predicted}：{count} 个正确（显示置信度最高的 {shown} 个），按置信度从高到低排列</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {count} mistakes (showing the {shown} most confident), most confident first</source>
        <translation>标签 {true}，预测为 {predicted}：{count} 个错误（显示置信度最高的 {shown} 个），按置信度从高到低排列</translation>
    </message>
</context>
</TS>
