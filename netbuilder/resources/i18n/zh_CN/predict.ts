<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivationsView</name>
    <message>
        <source>The layer whose output is shown, numbered as on the canvas</source>
        <translation>显示其输出的层，编号与画布上相同</translation>
    </message>
    <message>
        <source>What the network sees — layer:</source>
        <translation>网络看到的内容 — 层：</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>{count} feature maps of {height}×{width}, each scaled to its own range (bright = high)</source>
        <translation>{count} 个 {height}×{width} 的特征图，每个按自身的范围缩放（越亮越高）</translation>
    </message>
    <message>
        <source>{count} outputs (bars: each unit&apos;s value)</source>
        <translation>{count} 个输出（柱：每个神经元的值）</translation>
    </message>
    <message>
        <source>(draw a digit to see each layer&apos;s output)</source>
        <translation>（写一个数字，查看每一层的输出）</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Draw one digit with the mouse, a pen or a finger</source>
        <translation>用鼠标、手写笔或手指写一个数字</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>画板</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>在这里写一个数字</translation>
    </message>
</context>
<context>
    <name>EmbeddingView</name>
    <message>
        <source>Draw the map</source>
        <translation>绘制分布图</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Place the test images so that those the network sees alike lie close (t-SNE)</source>
        <translation>摆放测试图像，让网络看来相似的图像靠在一起（t-SNE）</translation>
    </message>
    <message>
        <source>the network&apos;s input</source>
        <translation>网络的输入</translation>
    </message>
    <message>
        <source>input of layer {number} ({type})</source>
        <translation>第 {number} 层（{type}）的输入</translation>
    </message>
    <message>
        <source>No map: {reason}</source>
        <translation>无法绘制：{reason}</translation>
    </message>
    <message>
        <source>Draw a grid over the input plane and the test points as the chosen layer gives them out (PCA when it gives more than two numbers)</source>
        <translation>画出输入平面上的网格和测试点经过所选层之后的样子（该层输出多于两个数时用 PCA 投影）</translation>
    </message>
    <message>
        <source>Point at a dot to see that sample here.</source>
        <translation>指向一个点，在这里查看该样本。</translation>
    </message>
    <message>
        <source>the input plane</source>
        <translation>输入平面</translation>
    </message>
    <message>
        <source>after layer {number} ({type})</source>
        <translation>第 {number} 层（{type}）之后</translation>
    </message>
    <message>
        <source>{count} test rows, coloured by their true class; crosses: the {wrong} the network got wrong. Point at one to see its values.</source>
        <translation>{count} 行测试数据，按真实类别着色；叉号：网络判断错误的 {wrong} 行。指向一行可查看它的数值。</translation>
    </message>
    <message>
        <source>{count} test images, coloured by their true class; crosses: the {wrong} the network got wrong. Click one to read it in Predict.</source>
        <translation>{count} 张测试图像，按真实类别着色；叉号：网络判断错误的 {wrong} 张。点击一张可在“预测”中查看。</translation>
    </message>
    <message>
        <source>Train a network to map its view.</source>
        <translation>先训练一个网络，才能绘制它眼中的分布。</translation>
    </message>
    <message>
        <source>No test images for this model: evaluate it on a dataset first.</source>
        <translation>这个模型没有测试图像：请先在某个数据集上评估它。</translation>
    </message>
    <message>
        <source>Pick a layer to see how the network bends the plane up to it.</source>
        <translation>选择一层，看看网络到这一层为止怎样弯折平面。</translation>
    </message>
    <message>
        <source>Pick a layer and draw the map of what the network sees there.</source>
        <translation>选择一层，绘制网络在那里看到的分布。</translation>
    </message>
    <message>
        <source>Step 2 of 2: placing the points with t-SNE. It reports no progress; a few thousand points take a few seconds…</source>
        <translation>第 2 步（共 2 步）：用 t-SNE 摆放这些点。它不报告进度；几千个点需要几秒钟…</translation>
    </message>
    <message>
        <source>Bending the plane…</source>
        <translation>正在弯折平面…</translation>
    </message>
    <message>
        <source>Step 1 of 2: running {count} test samples through the network…</source>
        <translation>第 1 步（共 2 步）：让 {count} 个测试样本通过网络…</translation>
    </message>
    <message>
        <source>{count} test points and a grid over the input plane, as the chosen layer gives them out; crosses: the {wrong} the network got wrong. A Linear layer only turns, stretches and shears the grid; a ReLU folds it.</source>
        <translation>{count} 个测试点和输入平面上的网格，显示为所选层输出的样子；叉号：网络判断错误的 {wrong} 个。Linear 层只会旋转、拉伸和错切网格；ReLU 会把它折起来。</translation>
    </message>
    <message>
        <source>{count} test points and a grid over the input plane, as they go into the network; crosses: the {wrong} the network got wrong.</source>
        <translation>{count} 个测试点和输入平面上的网格，显示为进入网络时的样子；叉号：网络判断错误的 {wrong} 个。</translation>
    </message>
    <message>
        <source>The layer gives {width} numbers per point; PCA shows the flat view that keeps the most of their spread ({kept}).</source>
        <translation>这一层为每个点输出 {width} 个数；PCA 给出保留其分散程度最多的平面视图（{kept}）。</translation>
    </message>
    <message>
        <source>a {true}, read as {said}</source>
        <translation>一个 {true}，被识别为 {said}</translation>
    </message>
    <message>
        <source>test image {number}</source>
        <translation>测试图像 {number}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 还有 {count} 个</translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <source>No trained model yet</source>
        <translation>还没有训练好的模型</translation>
    </message>
    <message>
        <source>Train a network, or open a model file.</source>
        <translation>请训练一个网络，或打开一个模型文件。</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销笔画</translation>
    </message>
    <message>
        <source>Remove the last stroke (or right-click the pad)</source>
        <translation>删除最后一笔（或在画板上点右键）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Start again on an empty pad</source>
        <translation>在空白画板上重新开始</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <source>Read a PNG or JPEG picture of a digit</source>
        <translation>读取一张数字的 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <source>The 28x28 image the network receives: cropped, scaled to 20x20 and centred on its centre of mass, like MNIST</source>
        <translation>网络接收的 28x28 图像：裁剪后缩放到 20x20，并以质心居中，与 MNIST 相同</translation>
    </message>
    <message>
        <source>The network&apos;s input (28×28)</source>
        <translation>网络的输入（28×28）</translation>
    </message>
    <message>
        <source>Probability of each class</source>
        <translation>各类别的概率</translation>
    </message>
    <message>
        <source>Open a picture of a digit</source>
        <translation>打开一张数字图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <source>This model reads {shape} pictures: open one. The drawing pad is for 1-channel digit models.</source>
        <translation>这个模型读取 {shape} 的图片：请打开一张。画板只用于单通道的数字模型。</translation>
    </message>
    <message>
        <source>Cannot read image</source>
        <translation>无法读取图片</translation>
    </message>
    <message>
        <source>From {name} (resized as in training)</source>
        <translation>来自 {name}（按训练时的方式缩放）</translation>
    </message>
    <message>
        <source>From {name} (light background: inverted)</source>
        <translation>来自 {name}（浅色背景：已反色）</translation>
    </message>
    <message>
        <source>From {name}</source>
        <translation>来自 {name}</translation>
    </message>
    <message>
        <source>Nothing drawn yet: draw a digit on the black pad.</source>
        <translation>还没有写任何内容：请在黑色画板上写一个数字。</translation>
    </message>
    <message>
        <source>{confidence} sure</source>
        <translation>把握 {confidence}</translation>
    </message>
    <message>
        <source>{answer}. {text}</source>
        <translation>{answer}。{text}</translation>
    </message>
    <message>
        <source>Why {label}: red for, blue against</source>
        <translation>为什么是 {label}：红色支持，蓝色反对</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>分布图</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>加载模型…</translation>
    </message>
    <message>
        <source>Open a trained model file to draw digits for it</source>
        <translation>打开一个训练好的模型文件，为它写数字</translation>
    </message>
    <message>
        <source>No model yet: train the network, or load a model file.</source>
        <translation>还没有模型：请训练网络，或加载一个模型文件。</translation>
    </message>
    <message>
        <source>untitled network</source>
        <translation>未命名网络</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;{name}&lt;/b&gt;, from {origin} on {data}.</source>
        <translation>模型：&lt;b&gt;{name}&lt;/b&gt;，来自{origin}，在 {data} 上训练。</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;{name}&lt;/b&gt;, from {origin}.</source>
        <translation>模型：&lt;b&gt;{name}&lt;/b&gt;，来自{origin}。</translation>
    </message>
    <message>
        <source>The canvas has changed since: this is the model as it was then. Train again to use the edits.</source>
        <translation>画布此后已修改：这是修改之前的模型。要使用这些修改，请重新训练。</translation>
    </message>
    <message>
        <source>The {dataset} test images are not on this computer. Train on it once to download it, or evaluate on the synthetic digits.</source>
        <translation>这台电脑上没有 {dataset} 的测试图片。请先在它上面训练一次以下载，或改用合成数字评估。</translation>
    </message>
    <message>
        <source>test image {number}</source>
        <translation>测试图像 {number}</translation>
    </message>
    <message>
        <source>Load a trained model</source>
        <translation>加载训练好的模型</translation>
    </message>
    <message>
        <source>netbuilder models (*.pt);;All files (*)</source>
        <translation>netbuilder 模型 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>无法加载模型</translation>
    </message>
    <message>
        <source>run {number}</source>
        <translation>第 {number} 次训练</translation>
    </message>
    <message>
        <source>file {name}</source>
        <translation>文件 {name}</translation>
    </message>
    <message>
        <source>a saved model file</source>
        <translation>一个保存的模型文件</translation>
    </message>
    <message>
        <source>a training run</source>
        <translation>一次训练</translation>
    </message>
    <message>
        <source>a run</source>
        <translation>一次训练</translation>
    </message>
    <message>
        <source>Test images not available</source>
        <translation>没有测试图片</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
</context>
<context>
    <name>WhyControls</name>
    <message>
        <source>Integrated gradients</source>
        <translation>积分梯度</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>显著图</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>Colour the input (and the drawing on the pad) by how much each pixel pushed the score of the class toward it (red) or against it (blue). It is a sensitivity, not a reason: it shows what the score reacts to. Click a bar of the chart to ask about another class.</source>
        <translation>按每个像素把该类别的得分推高（红色）或压低（蓝色）的程度给输入（以及画板上的笔画）着色。这是敏感度，不是理由：它显示得分对什么有反应。点击图表中的某个条形，可以查看另一个类别。</translation>
    </message>
</context>
</TS>
