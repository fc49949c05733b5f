<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AugmentBox</name>
    <message>
        <source>Turn on an augmentation to see what it does to the training images.</source>
        <translation>打开一种数据增强，看看它会把训练图像变成什么样。</translation>
    </message>
    <message>
        <source>The preview shows training images once the dataset&apos;s files are here (training downloads them).</source>
        <translation>数据集的文件到位后，这里会预览训练图像（训练时会下载它们）。</translation>
    </message>
    <message>
        <source>Top: training images as they are. Below: what training may see instead (each epoch draws anew; validation and test images are never changed).</source>
        <translation>上：训练图像原样。下：训练时可能看到的样子（每个 epoch 重新随机抽取；验证集和测试集的图像从不改变）。</translation>
    </message>
    <message>
        <source>(Generated digits: the dataset&apos;s files are not here yet.)</source>
        <translation>（生成的数字：数据集的文件还不在这里。）</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <source>Stop training and close? Save the model trained so far first?</source>
        <translation>停止训练并关闭吗？要先保存目前训练好的模型吗？</translation>
    </message>
    <message>
        <source>Save model and close</source>
        <translation>保存模型并关闭</translation>
    </message>
    <message>
        <source>Close without saving the model</source>
        <translation>关闭，不保存模型</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>继续训练</translation>
    </message>
</context>
<context>
    <name>DataBox</name>
    <message>
        <source>Table in {path}</source>
        <translation>{path} 中的表格</translation>
    </message>
    <message>
        <source>IDX files in {path}</source>
        <translation>{path} 中的 IDX 文件</translation>
    </message>
    <message>
        <source>Images in {path}</source>
        <translation>{path} 中的图像</translation>
    </message>
    <message>
        <source>Where the downloadable datasets are kept (or downloaded to)</source>
        <translation>可下载数据集的存放（或下载到的）文件夹</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>图像文件夹…</translation>
    </message>
    <message>
        <source>Train on your own images: a folder with one subfolder of images per class (PNG, JPEG, BMP or WebP; train/ and test/ subfolders are used as the splits)</source>
        <translation>用你自己的图像训练：一个文件夹，每个类别一个子文件夹（PNG、JPEG、BMP 或 WebP；train/ 和 test/ 子文件夹分别用作训练集和测试集）</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <translation>表格 (CSV)…</translation>
    </message>
    <message>
        <source>Train on a CSV table: a header row, number columns and a label column (named label, else the last); a numeric label with many values is a regression</source>
        <translation>用 CSV 表格训练：一行表头、若干数值列和一个标签列（名为 label，否则取最后一列）；取值很多的数值标签按回归处理</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Fetch the dataset into the data folder now</source>
        <translation>现在把数据集下载到数据文件夹</translation>
    </message>
    <message>
        <source>Train on synthetic digits instead</source>
        <translation>改用合成数字训练</translation>
    </message>
    <message>
        <source>Generated digits: no download needed, but not real handwriting</source>
        <translation>生成的数字：无需下载，但不是真实的手写</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Generated on this computer, &lt;b&gt;not real handwriting&lt;/b&gt;, but written in many styles: LeNet-5 trained on them reads about 93% of real handwritten digits (MNIST reaches 99%).</source>
        <translation>在本机生成，&lt;b&gt;不是真实的手写&lt;/b&gt;，但有多种书写风格：用它们训练的 LeNet-5 能认出约 93% 的真实手写数字（用 MNIST 训练可达 99%）。</translation>
    </message>
    <message>
        <source>Generated x, y points: the network&apos;s input must be (2,).</source>
        <translation>生成的 x, y 点：网络的输入必须是 (2,)。</translation>
    </message>
    <message>
        <source>Generated points of y = sin(3x) + x/2 + noise: a regression. The input is one x, the output one value; train with the mse or l1 loss.</source>
        <translation>生成的 y = sin(3x) + x/2 + 噪声 的点：一个回归问题。输入是一个 x，输出是一个值；请用 mse 或 l1 损失函数训练。</translation>
    </message>
    <message>
        <source>Reads the table {path}: its number columns are the input, the target column what to predict.</source>
        <translation>读取表格 {path}：数值列是输入，目标列是要预测的量。</translation>
    </message>
    <message>
        <source>Reads the four IDX files in {path}: {title}, by their checksums.</source>
        <translation>读取 {path} 中的四个 IDX 文件：按校验和判断是 {title}。</translation>
    </message>
    <message>
        <source>Reads the four IDX files in {path}.</source>
        <translation>读取 {path} 中的四个 IDX 文件。</translation>
    </message>
    <message>
        <source>Reads the images in {path}: one subfolder per class; the Input block takes their shape. Decoded once, then cached in the data folder.</source>
        <translation>读取 {path} 中的图像：每个类别一个子文件夹；Input 块采用它们的形状。只解码一次，之后缓存在数据文件夹中。</translation>
    </message>
    <message>
        <source>Not downloaded yet. Press Download (about {size}), or Start will download it first.</source>
        <translation>尚未下载。点击“下载”（约 {size}），或者“开始训练”时会先下载。</translation>
    </message>
    <message>
        <source>Ready: found in {folder}.</source>
        <translation>就绪：在 {folder} 中找到。</translation>
    </message>
    <message>
        <source>Found in {folder}, but these are not the published {title} files (their checksums differ): they will be read as {title}.</source>
        <translation>在 {folder} 中找到，但它们不是公开发布的 {title} 文件（校验和不同）：仍将按 {title} 读取。</translation>
    </message>
    <message>
        <source>Using {title}: {count} training images — generated digits, not real handwriting.</source>
        <translation>使用 {title}：{count} 张训练图像——生成的数字，不是真实的手写。</translation>
    </message>
    <message>
        <source>Using {title}: {count} training images.</source>
        <translation>使用 {title}：{count} 张训练图像。</translation>
    </message>
    <message>
        <source>Image folder (one subfolder per class)</source>
        <translation>图像文件夹（每个类别一个子文件夹）</translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <translation>表格 (CSV)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>DataOptionsBox</name>
    <message>
        <source>Automatic (regression for a number with many values)</source>
        <translation>自动（取值很多的数值按回归处理）</translation>
    </message>
    <message>
        <source>Classification (each value a class)</source>
        <translation>分类（每个取值是一个类别）</translation>
    </message>
    <message>
        <source>Regression (predict the number)</source>
        <translation>回归（预测这个数值）</translation>
    </message>
    <message>
        <source>The column to predict; every other column is an input feature</source>
        <translation>要预测的列；其他每一列都是输入特征</translation>
    </message>
    <message>
        <source>What the target column is: classes, or a number to predict</source>
        <translation>目标列是什么：类别，还是要预测的数值</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>目标列</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Resize to</source>
        <translation>缩放到</translation>
    </message>
    <message>
        <source>own</source>
        <translation>原尺寸</translation>
    </message>
    <message>
        <source>Resize every image to this many pixels (0: keep the images&apos; own size)</source>
        <translation>把每张图像缩放到这么多像素（0：保持图像原尺寸）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>(0: the images&apos; own size, {size})</source>
        <translation>（0：图像原尺寸，{size}）</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>{column} (default)</source>
        <translation>{column}（默认）</translation>
    </message>
</context>
<context>
    <name>DataParamsBox</name>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <source>First conv layer: {count} kernels {size}, input channel 1 of {inputs}</source>
        <translation>第一个卷积层：{count} 个 {size} 卷积核，{inputs} 个输入通道中的第 1 个</translation>
    </message>
    <message>
        <source>First conv layer: {count} kernels {size}</source>
        <translation>第一个卷积层：{count} 个 {size} 卷积核</translation>
    </message>
    <message>
        <source>First linear layer: weights of {count} units, as {side}×{side} images</source>
        <translation>第一个全连接层：{count} 个神经元的权重，显示为 {side}×{side} 图像</translation>
    </message>
    <message>
        <source>First linear layer: {count} units × {features} inputs</source>
        <translation>第一个全连接层：{count} 个神经元 × {features} 个输入</translation>
    </message>
    <message>
        <source>first {cap} of {total}</source>
        <translation>{total} 个中的前 {cap} 个</translation>
    </message>
    <message>
        <source>First-layer weights appear here when training starts.</source>
        <translation>开始训练后，这里显示第一层的权重。</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <source>white 0</source>
        <translation>白色为 0</translation>
    </message>
</context>
<context>
    <name>GradientFlowPlot</name>
    <message>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>Update ÷ weight</source>
        <translation>更新量 ÷ 权重</translation>
    </message>
    <message>
        <source>update / weight</source>
        <translation>更新量 / 权重</translation>
    </message>
    <message>
        <source>Gradient norm: how strongly each layer is pushed. Update ÷ weight: how much of each layer&apos;s weights one step changes (around 0.001 is healthy).</source>
        <translation>梯度范数：每一层被推动的力度。更新量 ÷ 权重：一步更新改变了每层权重的多少（约 0.001 为健康）。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Per-layer gradients appear here while training.</source>
        <translation>训练时这里显示每一层的梯度。</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>layer {label}</source>
        <translation>层 {label}</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>netbuilder model (*.pt);;All files (*)</source>
        <translation>netbuilder 模型 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>TorchScript model (*.torchscript.pt *.pt);;All files (*)</source>
        <translation>TorchScript 模型 (*.torchscript.pt *.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save trained model</source>
        <translation>保存训练好的模型</translation>
    </message>
    <message>
        <source>Export to TorchScript</source>
        <translation>导出为 TorchScript</translation>
    </message>
    <message>
        <source>ONNX export unavailable</source>
        <translation>无法导出 ONNX</translation>
    </message>
    <message>
        <source>Export to ONNX</source>
        <translation>导出为 ONNX</translation>
    </message>
    <message>
        <source>Load trained model</source>
        <translation>载入训练好的模型</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>无法载入模型</translation>
    </message>
    <message>
        <source>Train a model (or load one) first.</source>
        <translation>请先训练（或载入）一个模型。</translation>
    </message>
</context>
<context>
    <name>OnnxImport</name>
    <message>
        <source>Import ONNX model</source>
        <translation>导入 ONNX 模型</translation>
    </message>
    <message>
        <source>Stop training first: the network cannot change while it trains.</source>
        <translation>请先停止训练：训练期间网络不能更改。</translation>
    </message>
    <message>
        <source>Cannot import ONNX model</source>
        <translation>无法导入 ONNX 模型</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
</context>
<context>
    <name>RateBox</name>
    <message>
        <source>LR</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Learning rate: changes the training settings (undoable), or the running training&apos;s rate</source>
        <translation>学习率：修改训练设置（可撤销），或正在进行的训练的学习率</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after this batch; the model trained so far is kept</source>
        <translation>在这个 batch 之后停止；保留目前训练好的模型</translation>
    </message>
    <message>
        <source>Save &amp;Model…</source>
        <translation>保存模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the trained weights with the project they came from</source>
        <translation>保存训练好的权重及其所属的项目</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>S&amp;tep one batch</source>
        <translation>单步训练一个 batch(&amp;T)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>&amp;Undo step</source>
        <translation>撤销单步(&amp;U)</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>撤销单步</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause training; Resume carries on</source>
        <translation>暂停训练；“继续”接着训练</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Train exactly one batch and show what it did, then stay paused</source>
        <translation>只训练一个 batch 并显示它的作用，然后保持暂停</translation>
    </message>
    <message>
        <source>Put the weights and the optimizer back as they were before the last step</source>
        <translation>把权重和优化器恢复到上一步之前的状态</translation>
    </message>
    <message>
        <source> (pause training first)</source>
        <translation>（请先暂停训练）</translation>
    </message>
    <message>
        <source> (no step of this pause is left to undo)</source>
        <translation>（这次暂停中没有可撤销的单步了）</translation>
    </message>
    <message>
        <source> (pause training, then take a step first)</source>
        <translation>（请先暂停训练，再走一步）</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Epoch {epoch}/{epochs}</source>
        <translation>Epoch {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}</source>
        <translation>测试准确率 {accuracy}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>尚未训练</translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation>Epoch –</translation>
    </message>
    <message>
        <source>Test R² {r2}</source>
        <translation>测试 R² {r2}</translation>
    </message>
    <message>
        <source>Test MSE {mse}</source>
        <translation>测试均方误差 {mse}</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>已载入模型</translation>
    </message>
    <message>
        <source>{folds}-fold: {mean} ± {std}</source>
        <translation>{folds} 折：{mean} ± {std}</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>Loading data…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>after {epochs}</source>
        <translation>训练 {epochs} 后</translation>
    </message>
    <message>
        <source>during epoch {epoch}</source>
        <translation>在第 {epoch} 个 epoch 中</translation>
    </message>
    <message>
        <source>after {epochs} and part of epoch {epoch}</source>
        <translation>训练 {epochs} 及第 {epoch} 个 epoch 的一部分后</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Changed since the run before</source>
        <translation>与上次运行相比的改动</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>Test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation>测试 R²</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>A classification&apos;s accuracy on the test set</source>
        <translation>分类在测试集上的准确率</translation>
    </message>
    <message>
        <source>A regression&apos;s R² on the test set: 1 is a perfect fit, 0 no better than the mean</source>
        <translation>回归在测试集上的 R²：1 为完美拟合，0 不比均值好</translation>
    </message>
    <message>
        <source>Test MSE</source>
        <translation>测试均方误差</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Accuracy on the training data</source>
        <translation>训练集上的准确率</translation>
    </message>
    <message>
        <source>R² on the training data: the share of variance fitted</source>
        <translation>训练集上的 R²：拟合的方差比例</translation>
    </message>
    <message>
        <source>Reconstruction error (MSE) on the training data: the mean squared difference between each pixel and its reconstruction; lower is better</source>
        <translation>训练集上的重建误差（均方误差）：每个像素与其重建值之差的平方的平均；越低越好</translation>
    </message>
    <message>
        <source>Accuracy on the validation data</source>
        <translation>验证集上的准确率</translation>
    </message>
    <message>
        <source>R² on the validation data</source>
        <translation>验证集上的 R²</translation>
    </message>
    <message>
        <source>Reconstruction error (MSE) on the validation data; lower is better</source>
        <translation>验证集上的重建误差（均方误差）；越低越好</translation>
    </message>
    <message>
        <source>Reconstruction error (MSE) on the test set; lower is better</source>
        <translation>测试集上的重建误差（均方误差）；越低越好</translation>
    </message>
    <message>
        <source>What the simplest models score on the same split: a linear model (logistic regression) and always the most common class</source>
        <translation>最简单的模型在同一划分上的得分：线性模型（逻辑回归）和总是回答最常见的类别</translation>
    </message>
    <message>
        <source>What the simplest models score on the same split: least squares and always the mean</source>
        <translation>最简单的模型在同一划分上的得分：最小二乘和总是回答均值</translation>
    </message>
    <message>
        <source>The reconstruction error (MSE) of always giving the mean training image, on the same test set</source>
        <translation>总是输出训练集平均图像时，在同一测试集上的重建误差（均方误差）</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>第一次运行</translation>
    </message>
    <message>
        <source>same settings</source>
        <translation>设置相同</translation>
    </message>
    <message>
        <source>Tick a run to show its curves; double-click its name to rename it</source>
        <translation>勾选一次运行以显示它的曲线；双击名称可重命名</translation>
    </message>
    <message>
        <source>Export runs CSV…</source>
        <translation>导出运行记录 CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file</source>
        <translation>把这张表保存为 CSV 文件</translation>
    </message>
    <message>
        <source>{error}. Earlier runs are not shown.</source>
        <translation>{error}。不显示之前的运行。</translation>
    </message>
    <message>
        <source>Export runs</source>
        <translation>导出运行记录</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export runs</source>
        <translation>无法导出运行记录</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Runs not saved: cannot write {path}: {reason}</source>
        <translation>运行记录未保存：无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>mean image {constant}</source>
        <translation>平均图像 {constant}</translation>
    </message>
    <message>
        <source>linear {linear} · mean {constant}</source>
        <translation>线性 {linear} · 均值 {constant}</translation>
    </message>
    <message>
        <source>linear {linear} · majority {constant}</source>
        <translation>线性 {linear} · 多数类 {constant}</translation>
    </message>
    <message>
        <source>Run {number}</source>
        <translation>运行 {number}</translation>
    </message>
    <message>
        <source>Run {number} · fold {k}/{folds}</source>
        <translation>运行 {number} · 第 {k}/{folds} 折</translation>
    </message>
    <message>
        <source>fold {k} of {folds}</source>
        <translation>第 {k} 折（共 {folds} 折）</translation>
    </message>
    <message>
        <source>{changes}; {folds}-fold cross-validation</source>
        <translation>{changes}；{folds} 折交叉验证</translation>
    </message>
</context>
<context>
    <name>TrainingDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TrainingDocks</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Training plots</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
</context>
<context>
    <name>TrainingHostWindow</name>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Train the network as it is now (Ctrl+T)</source>
        <translation>按网络当前的样子训练 (Ctrl+T)</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  停止</translation>
    </message>
    <message>
        <source>Stop after this batch; the model so far is kept</source>
        <translation>在这个 batch 之后停止；保留目前的模型</translation>
    </message>
    <message>
        <source>Pause training; Resume carries on</source>
        <translation>暂停训练；“继续”接着训练</translation>
    </message>
    <message>
        <source>▶  Start</source>
        <translation>▶  开始训练</translation>
    </message>
    <message>
        <source>Change the learning rate while training runs</source>
        <translation>在训练进行时修改学习率</translation>
    </message>
    <message>
        <source>Write TensorBoard logs</source>
        <translation>写入 TensorBoard 日志</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <source>Weights + the project they were trained from</source>
        <translation>权重 + 训练它们的项目</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>载入模型…</translation>
    </message>
    <message>
        <source>Open a saved model</source>
        <translation>打开已保存的模型</translation>
    </message>
    <message>
        <source>Export TorchScript…</source>
        <translation>导出 TorchScript…</translation>
    </message>
    <message>
        <source>For C++ / LibTorch (PyTorch deprecates TorchScript)</source>
        <translation>用于 C++ / LibTorch（PyTorch 已弃用 TorchScript）</translation>
    </message>
    <message>
        <source>Export ONNX…</source>
        <translation>导出 ONNX…</translation>
    </message>
    <message>
        <source>For ONNX Runtime and other tools</source>
        <translation>用于 ONNX Runtime 和其他工具</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Data augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Trained model</source>
        <translation>训练好的模型</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Learning rate now</source>
        <translation>当前学习率</translation>
    </message>
    <message>
        <source>Training settings are invalid</source>
        <translation>训练设置无效</translation>
    </message>
    <message>
        <source>Each run writes loss, accuracy, gradients, weights and filters to a new folder in {folder}; view them with: tensorboard --logdir {folder}</source>
        <translation>每次运行把损失、准确率、梯度、权重和卷积核写入 {folder} 中的一个新文件夹；查看方法：tensorboard --logdir {folder}</translation>
    </message>
    <message>
        <source>▶  Resume</source>
        <translation>▶  继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>{speed} samples/s</source>
        <translation>{speed} 样本/秒</translation>
    </message>
    <message>
        <source>Cross-validation: training fold {k} of {folds}…</source>
        <translation>交叉验证：正在训练第 {k} 折（共 {folds} 折）…</translation>
    </message>
    <message>
        <source>Fold {k} of {folds}: validation accuracy {accuracy} on its held-out part.</source>
        <translation>第 {k} 折（共 {folds} 折）：在留出部分上的验证准确率为 {accuracy}。</translation>
    </message>
    <message>
        <source>{speed} samples/s (mean)</source>
        <translation>{speed} 样本/秒（平均）</translation>
    </message>
    <message>
        <source>{data} is not in this data folder and could not be downloaded.</source>
        <translation>{data} 不在这个数据文件夹中，也无法下载。</translation>
    </message>
    <message>
        <source>{data} is not in {folder}, and it could not be downloaded: this computer may be offline.

Train on synthetic digits instead (generated here, not real handwriting), or choose the folder that holds the {data} files.</source>
        <translation>{data} 不在 {folder} 中，也无法下载：这台电脑可能没有联网。

可以改用合成数字训练（在本机生成，不是真实的手写），或者选择存放 {data} 文件的文件夹。</translation>
    </message>
    <message>
        <source>Train on synthetic digits</source>
        <translation>用合成数字训练</translation>
    </message>
    <message>
        <source>Choose data folder…</source>
        <translation>选择数据文件夹…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{batches} · %p%</source>
        <translation>Epoch {epoch}/{epochs} · batch {batch}/{batches} · %p%</translation>
    </message>
    <message>
        <source>Fold {k}/{folds} · </source>
        <translation>第 {k}/{folds} 折 · </translation>
    </message>
    <message>
        <source>Epoch {epoch}: training accuracy {accuracy}</source>
        <translation>Epoch {epoch}：训练集准确率 {accuracy}</translation>
    </message>
    <message>
        <source>, validation {accuracy} (loss {loss})</source>
        <translation>，验证集 {accuracy}（损失 {loss}）</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training reconstruction error {mse}</source>
        <translation>第 {epoch} 个 epoch：训练集重建误差 {mse}</translation>
    </message>
    <message>
        <source>, validation {mse} (loss {loss})</source>
        <translation>，验证集 {mse}（损失 {loss}）</translation>
    </message>
    <message>
        <source>{folds}-fold cross-validation: validation accuracy {mean} ± {std}</source>
        <translation>{folds} 折交叉验证：验证准确率 {mean} ± {std}</translation>
    </message>
    <message>
        <source> (stopped after {done} of {folds})</source>
        <translation>（完成 {done}/{folds} 折后停止）</translation>
    </message>
    <message>
        <source>Folds: {accuracies}. Each fold is a run in the Runs table.</source>
        <translation>各折：{accuracies}。每一折都是“运行记录”表中的一次运行。</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>由你停止</translation>
    </message>
    <message>
        <source>stopped early: no improvement</source>
        <translation>提前终止：没有改进</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Test R² {r2}</source>
        <translation>测试 R² {r2}</translation>
    </message>
    <message>
        <source>Test reconstruction error (MSE) {mse}</source>
        <translation>测试集重建误差（均方误差）{mse}</translation>
    </message>
    <message>
        <source> (the mean image: {mse})</source>
        <translation>（平均图像：{mse}）</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}</source>
        <translation>测试准确率 {accuracy}</translation>
    </message>
    <message>
        <source>{score} on {dataset} {how_far}, {time} ({why}).</source>
        <translation>{score}，数据集 {dataset}，{how_far}，用时 {time}（{why}）。</translation>
    </message>
    <message>
        <source> Baseline on the same split: linear model R² {linear}, mean R² {constant}.</source>
        <translation> 同一划分上的基线：线性模型 R² {linear}，均值 R² {constant}。</translation>
    </message>
    <message>
        <source> Baseline on the same split: linear model {linear}, majority class {constant}.</source>
        <translation> 同一划分上的基线：线性模型 {linear}，多数类 {constant}。</translation>
    </message>
    <message>
        <source>untitled network</source>
        <translation>未命名网络</translation>
    </message>
    <message>
        <source>Loaded model: {name}.</source>
        <translation>已载入模型：{name}。</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>train (each report)</source>
        <translation>训练集（每次报告）</translation>
    </message>
    <message>
        <source>train (smoothed)</source>
        <translation>训练集（平滑）</translation>
    </message>
    <message>
        <source>validation (per epoch)</source>
        <translation>验证集（每个 epoch）</translation>
    </message>
    <message>
        <source>train (running)</source>
        <translation>训练集（滚动）</translation>
    </message>
    <message>
        <source>train (per epoch)</source>
        <translation>训练集（每个 epoch）</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>R² (fit)</source>
        <translation>R²（拟合）</translation>
    </message>
    <message>
        <source>R² × 100</source>
        <translation>R² × 100</translation>
    </message>
    <message>
        <source>Reconstruction error</source>
        <translation>重建误差</translation>
    </message>
    <message>
        <source>pixel MSE × 100</source>
        <translation>像素均方误差 × 100</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>samples / s</source>
        <translation>样本 / 秒</translation>
    </message>
    <message>
        <source>Reconstruction loss</source>
        <translation>重建损失</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>随机猜测</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation>用对数坐标轴显示损失</translation>
    </message>
    <message>
        <source>Clear runs</source>
        <translation>清除运行</translation>
    </message>
    <message>
        <source>Forget earlier runs&apos; curves</source>
        <translation>清除之前运行的曲线</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save these plots as a picture</source>
        <translation>把这些曲线保存为图片</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save every run&apos;s metrics as a table</source>
        <translation>把每次运行的指标保存为表格</translation>
    </message>
    <message>
        <source>Earlier runs, faded: {count}</source>
        <translation>之前的运行（淡色）：{count}</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>导出曲线</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot export plots</source>
        <translation>无法导出曲线</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export metrics</source>
        <translation>无法导出指标</translation>
    </message>
    <message>
        <source>The gap between training and validation accuracy</source>
        <translation>训练集与验证集准确率之间的差距</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsForm</name>
    <message>
        <source>This project asks for device “{device}”, which this computer does not have: training will use the CPU.</source>
        <translation>这个项目要求使用设备“{device}”，但这台电脑没有：训练将使用 CPU。</translation>
    </message>
    <message>
        <source>Fastest available ({device})</source>
        <translation>最快可用（{device}）</translation>
    </message>
    <message>
        <source>{device} (not on this computer)</source>
        <translation>{device}（本机没有）</translation>
    </message>
    <message>
        <source>CPU ({cores} cores)</source>
        <translation>CPU（{cores} 核）</translation>
    </message>
</context>
</TS>
