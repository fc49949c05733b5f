<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>catalog</name>
    <message>
        <source>Linear</source>
        <translation>全连接层</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>变形</translation>
    </message>
    <message>
        <source>Skip connections</source>
        <translation>跳跃连接</translation>
    </message>
    <message>
        <source>Learn an additive bias per output.</source>
        <translation>为每个输出学习一个加性偏置。</translation>
    </message>
    <message>
        <source>Step between windows; 2 halves the size.</source>
        <translation>窗口之间的步长；取 2 时尺寸减半。</translation>
    </message>
    <message>
        <source>Zeros added around each border.</source>
        <translation>在每条边外补零的圈数（填充）。</translation>
    </message>
    <message>
        <source>Size of each pooling window.</source>
        <translation>每个池化窗口的大小。</translation>
    </message>
    <message>
        <source>Fraction of values zeroed while training.</source>
        <translation>训练时置零的值所占的比例。</translation>
    </message>
    <message>
        <source>Added to the variance to avoid dividing by zero.</source>
        <translation>加到方差上，避免除以零。</translation>
    </message>
    <message>
        <source>How fast the running statistics follow.</source>
        <translation>滑动统计量跟随的快慢。</translation>
    </message>
    <message>
        <source>Learn a scale and shift per feature.</source>
        <translation>为每个特征学习缩放和平移。</translation>
    </message>
    <message>
        <source>Fully connected: every output is a weighted sum of all inputs plus a bias.</source>
        <translation>全连接层：每个输出都是所有输入的加权和再加上偏置。</translation>
    </message>
    <message>
        <source>Number of outputs (neurons).</source>
        <translation>输出（神经元）的个数。</translation>
    </message>
    <message>
        <source>Slides learned filters over the image; each filter makes one feature map.</source>
        <translation>让学到的卷积核在图像上滑动；每个卷积核生成一张特征图。</translation>
    </message>
    <message>
        <source>Number of filters (output feature maps).</source>
        <translation>卷积核（输出特征图）的个数。</translation>
    </message>
    <message>
        <source>Width and height of each square filter.</source>
        <translation>每个正方形卷积核的宽和高。</translation>
    </message>
    <message>
        <source>Keeps the largest value in each window: shrinks maps, keeps strong features.</source>
        <translation>最大池化：保留每个窗口中的最大值，缩小特征图，留下强特征。</translation>
    </message>
    <message>
        <source>Averages each window: shrinks feature maps smoothly (LeNet&apos;s subsampling).</source>
        <translation>平均池化：对每个窗口取平均，平滑地缩小特征图（LeNet 的下采样）。</translation>
    </message>
    <message>
        <source>Averages each feature map down to a fixed size, whatever the input size.</source>
        <translation>无论输入多大，都把每张特征图平均池化到固定大小。</translation>
    </message>
    <message>
        <source>Height and width of the output.</source>
        <translation>输出的高和宽。</translation>
    </message>
    <message>
        <source>Unrolls feature maps (C, H, W) into one flat vector for Linear layers.</source>
        <translation>把特征图 (C, H, W) 展平成一个向量，供 Linear 层使用。</translation>
    </message>
    <message>
        <source>Randomly zeroes values while training so units cannot co-adapt.</source>
        <translation>丢弃法：训练时随机把一些值置零，使神经元无法相互依赖。</translation>
    </message>
    <message>
        <source>Randomly zeroes whole feature maps while training.</source>
        <translation>训练时随机把整张特征图置零。</translation>
    </message>
    <message>
        <source>Normalises each feature over the batch; speeds up training.</source>
        <translation>在 batch 上对每个特征做归一化，加快训练。</translation>
    </message>
    <message>
        <source>Normalises each channel over the batch; speeds up training.</source>
        <translation>在 batch 上对每个通道做归一化，加快训练。</translation>
    </message>
    <message>
        <source>Divides each value by the activity of neighbouring channels (AlexNet).</source>
        <translation>局部响应归一化：用相邻通道的激活强度去除每个值（AlexNet）。</translation>
    </message>
    <message>
        <source>Number of neighbouring channels.</source>
        <translation>相邻通道的个数。</translation>
    </message>
    <message>
        <source>Scale of the normalisation.</source>
        <translation>归一化的缩放系数。</translation>
    </message>
    <message>
        <source>Exponent of the normalisation.</source>
        <translation>归一化的指数。</translation>
    </message>
    <message>
        <source>Additive constant.</source>
        <translation>加性常数。</translation>
    </message>
    <message>
        <source>max(0, x): the default choice; fast, and gradients do not vanish.</source>
        <translation>max(0, x)：默认的选择；计算快，梯度不会消失。</translation>
    </message>
    <message>
        <source>Like ReLU but lets a small slope through for negative inputs.</source>
        <translation>类似 ReLU，但对负输入保留一个小斜率。</translation>
    </message>
    <message>
        <source>Slope for negative inputs.</source>
        <translation>负输入的斜率。</translation>
    </message>
    <message>
        <source>Squashes to (0, 1); saturates, so deep stacks learn slowly.</source>
        <translation>压缩到 (0, 1)；会饱和，所以多层堆叠时学得很慢。</translation>
    </message>
    <message>
        <source>Squashes to (-1, 1); zero-centred, but saturates like Sigmoid.</source>
        <translation>压缩到 (-1, 1)；以零为中心，但和 Sigmoid 一样会饱和。</translation>
    </message>
    <message>
        <source>Smooth ReLU whose negative side curves to -alpha.</source>
        <translation>平滑的 ReLU，负半轴弯向 -alpha。</translation>
    </message>
    <message>
        <source>Value reached for large negative inputs.</source>
        <translation>输入为很大的负数时趋近的值。</translation>
    </message>
    <message>
        <source>Self-normalising ELU: keeps activations near mean 0, variance 1.</source>
        <translation>自归一化的 ELU：使激活值保持在均值 0、方差 1 附近。</translation>
    </message>
    <message>
        <source>Smooth ReLU used by transformers: x weighted by its Gaussian probability.</source>
        <translation>Transformer 使用的平滑 ReLU：x 乘以它的高斯概率。</translation>
    </message>
    <message>
        <source>Exact or tanh approximation.</source>
        <translation>精确计算或 tanh 近似。</translation>
    </message>
    <message>
        <source>log(1 + exp(x)): a smooth, always-positive ReLU.</source>
        <translation>log(1 + exp(x))：平滑且始终为正的 ReLU。</translation>
    </message>
    <message>
        <source>Sharpness of the curve.</source>
        <translation>曲线的陡峭程度。</translation>
    </message>
    <message>
        <source>Above this it is linear.</source>
        <translation>超过这个值后按线性计算。</translation>
    </message>
    <message>
        <source>Turns scores into probabilities that sum to 1.</source>
        <translation>把得分变成和为 1 的概率。</translation>
    </message>
    <message>
        <source>Log of Softmax; pairs with the negative log-likelihood loss.</source>
        <translation>Softmax 的对数；与负对数似然损失搭配使用。</translation>
    </message>
    <message>
        <source>Folds a flat vector back into feature maps (C, H, W): Flatten undone.</source>
        <translation>把一维向量折回特征图 (C, H, W)：Flatten 的逆操作。</translation>
    </message>
    <message>
        <source>Channels (C) of the maps.</source>
        <translation>特征图的通道数 (C)。</translation>
    </message>
    <message>
        <source>Height (H) of the maps.</source>
        <translation>特征图的高 (H)。</translation>
    </message>
    <message>
        <source>Width (W) of the maps.</source>
        <translation>特征图的宽 (W)。</translation>
    </message>
    <message>
        <source>Convolution run backwards: stride 2 doubles the size (a decoder&apos;s upsampling).</source>
        <translation>反向进行的卷积：步长为 2 时尺寸加倍（解码器的上采样）。</translation>
    </message>
    <message>
        <source>Rows and columns added at one side; must be less than stride.</source>
        <translation>在一侧补上的行数和列数；必须小于步长。</translation>
    </message>
    <message>
        <source>Enlarges feature maps by repeating (nearest) or blending (bilinear) pixels.</source>
        <translation>通过重复像素 (nearest) 或混合相邻像素 (bilinear) 放大特征图。</translation>
    </message>
    <message>
        <source>How many times taller and wider the maps become.</source>
        <translation>特征图的高和宽放大的倍数。</translation>
    </message>
    <message>
        <source>Repeat each pixel, or blend neighbours.</source>
        <translation>重复每个像素，或混合相邻像素。</translation>
    </message>
    <message>
        <source>Adds its input to what its blocks make (blocks(x) + x), so the gradient skips ahead.</source>
        <translation>把输入加到其中各层的输出上（blocks(x) + x），让梯度可以跳过这些层直接向前传。</translation>
    </message>
    <message>
        <source>identity adds the input as it is; projection first reshapes it to the blocks&apos; output (1x1 Conv2d + BatchNorm2d, or Linear).</source>
        <translation>identity 直接加上输入；projection 先把输入变成与各层输出相同的形状（1x1 Conv2d + BatchNorm2d，或 Linear）。</translation>
    </message>
    <message>
        <source>Runs parallel branches on the same input and joins their outputs (Inception).</source>
        <translation>在同一个输入上并行运行几条分支，再把它们的输出合并（Inception）。</translation>
    </message>
    <message>
        <source>concat stacks the branches&apos; channels (or features); add sums them.</source>
        <translation>concat 把各分支的通道（或特征）拼接起来；add 把它们相加。</translation>
    </message>
    <message>
        <source>One path of a Branches block; an empty branch passes its input on.</source>
        <translation>Branches 块中的一条分支；空分支把输入原样传下去。</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>MNIST handwritten digits</source>
        <translation>MNIST 手写数字</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing</source>
        <translation>Fashion-MNIST 服饰</translation>
    </message>
    <message>
        <source>Kuzushiji-MNIST (Japanese characters)</source>
        <translation>Kuzushiji-MNIST（日文古典字符）</translation>
    </message>
    <message>
        <source>EMNIST digits</source>
        <translation>EMNIST 数字</translation>
    </message>
    <message>
        <source>EMNIST letters a-z</source>
        <translation>EMNIST 字母 a-z</translation>
    </message>
    <message>
        <source>EMNIST letters</source>
        <translation>EMNIST 字母</translation>
    </message>
    <message>
        <source>CIFAR-10 colour photos (3x32x32)</source>
        <translation>CIFAR-10 彩色照片 (3x32x32)</translation>
    </message>
    <message>
        <source>Synthetic digits</source>
        <translation>合成数字</translation>
    </message>
    <message>
        <source>Synthetic digits (generated, not MNIST)</source>
        <translation>合成数字（程序生成，不是 MNIST）</translation>
    </message>
    <message>
        <source>Sine curve (1-D regression, generated)</source>
        <translation>正弦曲线（一维回归，程序生成）</translation>
    </message>
    <message>
        <source>sine: y = sin(3x) + x/2 + noise</source>
        <translation>正弦：y = sin(3x) + x/2 + 噪声</translation>
    </message>
    <message>
        <source>{title} (2-D points)</source>
        <translation>{title}（二维点）</translation>
    </message>
    <message>
        <source>points per class</source>
        <translation>每个类别的点数</translation>
    </message>
    <message>
        <source>share of each class held out as the test set</source>
        <translation>每个类别留作测试集的比例</translation>
    </message>
    <message>
        <source>the random seed: the same seed gives the same points</source>
        <translation>随机种子：相同的种子生成相同的点</translation>
    </message>
    <message>
        <source>how many classes (arms, blobs)</source>
        <translation>类别数（旋臂或团簇的个数）</translation>
    </message>
    <message>
        <source>how far points scatter from the clean shape</source>
        <translation>点偏离理想形状的分散程度</translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation>螺旋数据</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月牙</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>XOR quadrants</source>
        <translation>XOR 象限</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>高斯团簇</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Layer {number} ({type}): {text}</source>
        <translation>第 {number} 层（{type}）：{text}</translation>
    </message>
    <message>
        <source>Parameter {problem}</source>
        <translation>参数 {problem}</translation>
    </message>
    <message>
        <source>{type} expects a flat input of shape (N, F) but gets {shape}: insert a Flatten before it</source>
        <translation>{type} 需要形状为 (N, F) 的展平输入，但得到的是 {shape}：在它前面插入一个 Flatten</translation>
    </message>
    <message>
        <source>{type} expects a flat input of shape (N, F) but gets {shape}: insert a Flatten before it (or use BatchNorm2d on feature maps)</source>
        <translation>{type} 需要形状为 (N, F) 的展平输入，但得到的是 {shape}：在它前面插入一个 Flatten（或者对特征图使用 BatchNorm2d）</translation>
    </message>
    <message>
        <source>{type} expects feature maps of shape (N, C, H, W) but gets the flat {shape}: move it before the Flatten</source>
        <translation>{type} 需要形状为 (N, C, H, W) 的特征图，但得到的是展平的 {shape}：把它移到 Flatten 之前</translation>
    </message>
    <message>
        <source>Padding {padding} is more than half the kernel size {kernel}: lower padding to {lower}</source>
        <translation>填充 {padding} 超过了卷积核大小 {kernel} 的一半：把填充降到 {lower}</translation>
    </message>
    <message>
        <source>Its {kernel}x{kernel} window does not fit the {height}x{width} input (padding {padding}): use a smaller kernel_size, add padding, or remove a pooling layer before it</source>
        <translation>它的 {kernel}x{kernel} 窗口放不进 {height}x{width} 的输入（填充 {padding}）：换更小的 kernel_size、增加填充，或去掉它前面的一个池化层</translation>
    </message>
    <message>
        <source>Cannot process an input of shape {shape}: {reason}</source>
        <translation>无法处理形状为 {shape} 的输入：{reason}</translation>
    </message>
    <message>
        <source>Cannot process an input of shape {shape}: it produces an empty output</source>
        <translation>无法处理形状为 {shape} 的输入：输出为空</translation>
    </message>
    <message>
        <source>{channels}x{height}x{width} = {product} values, but its input has {features} features: make channels x height x width equal {features}</source>
        <translation>{channels}x{height}x{width} = {product} 个值，但它的输入有 {features} 个特征：让 channels x height x width 等于 {features}</translation>
    </message>
    <message>
        <source>output_padding {output_padding} must be less than stride {stride}: lower output_padding or raise stride</source>
        <translation>output_padding {output_padding} 必须小于步长 {stride}：减小 output_padding 或增大步长</translation>
    </message>
    <message>
        <source>Padding {padding} crops the whole {height}x{width} output: lower padding</source>
        <translation>填充 {padding} 把 {height}x{width} 的输出全部裁掉了：减小填充</translation>
    </message>
    <message>
        <source>It would have {parameters:,} parameters, too many to train here: make it smaller or shrink its input with pooling</source>
        <translation>它将有 {parameters:,} 个参数，多到无法在这里训练：把它改小，或用池化缩小它的输入</translation>
    </message>
    <message>
        <source>The network has nothing to learn: add a Linear layer</source>
        <translation>网络没有可学习的参数：添加一个 Linear 层</translation>
    </message>
    <message>
        <source>The network outputs {output} but the dataset {wants}: {fix}</source>
        <translation>网络的输出形状为 {output}，但数据集{wants}：{fix}</translation>
    </message>
    <message>
        <source>asks for 1 value (a regression)</source>
        <translation>需要 1 个值（回归）</translation>
    </message>
    <message>
        <source>has {classes} classes</source>
        <translation>有 {classes} 个类别</translation>
    </message>
    <message>
        <source>end with Flatten and Linear({classes})</source>
        <translation>以 Flatten 和 Linear({classes}) 结尾</translation>
    </message>
    <message>
        <source>set the last Linear&apos;s out_features to {classes}</source>
        <translation>把最后一个 Linear 的 out_features 设为 {classes}</translation>
    </message>
    <message>
        <source>add a Linear layer with out_features {classes} at the end</source>
        <translation>在末尾添加一个 out_features 为 {classes} 的 Linear 层</translation>
    </message>
    <message>
        <source>Its blocks turn {input} into {output}, so the input cannot be added to their output as it is: set shortcut to projection</source>
        <translation>其中各层把 {input} 变成了 {output}，输入不能直接加到它们的输出上：请把 shortcut 设为 projection</translation>
    </message>
    <message>
        <source>Its blocks turn {input} into {output} and no shortcut can reshape one into the other: keep images as images (no Flatten inside) and shrink height and width by a whole stride</source>
        <translation>其中各层把 {input} 变成了 {output}，没有哪种捷径能把前者变成后者：请让图像保持为图像（块内不要 Flatten），并按整数步长缩小高和宽</translation>
    </message>
    <message>
        <source>No projection turns {input} into {output} (a 1x1 Conv2d keeps images images and can only shrink them by a whole stride): keep the blocks&apos; output an image of that kind, or move the Flatten out of the block</source>
        <translation>没有投影能把 {input} 变成 {output}（1x1 Conv2d 只能让图像保持为图像，并按整数步长缩小）：请让各层输出这样的图像，或把 Flatten 移到块外</translation>
    </message>
    <message>
        <source>It has no branch: add one, or unwrap it</source>
        <translation>它没有分支：请添加一条，或取消包裹</translation>
    </message>
    <message>
        <source>Branch {branch} outputs {shape} but branch 1 outputs {first}: concatenating needs the same height and width (or both flat); change that branch&apos;s stride or padding</source>
        <translation>分支 {branch} 输出 {shape}，而分支 1 输出 {first}：拼接要求高和宽相同（或都是扁平向量）；请修改该分支的步长或填充</translation>
    </message>
    <message>
        <source>Branch {branch} outputs {shape} but branch 1 outputs {first}: adding needs equal shapes; change that branch, or set merge to concat</source>
        <translation>分支 {branch} 输出 {shape}，而分支 1 输出 {first}：相加要求形状相同；请修改该分支，或把 merge 设为 concat</translation>
    </message>
    <message>
        <source>A Branch belongs inside a Branches block</source>
        <translation>Branch 只能放在 Branches 块里</translation>
    </message>
    <message>
        <source>A Branches block holds Branch paths only: put this layer inside a branch</source>
        <translation>Branches 块里只能放分支：请把这一层放进某条分支</translation>
    </message>
    <message>
        <source>A {type} layer cannot hold other layers</source>
        <translation>{type} 层不能包含其他层</translation>
    </message>
    <message>
        <source>Blocks are nested more than {levels} deep: unwrap some</source>
        <translation>块的嵌套超过了 {levels} 层：请取消包裹其中一些</translation>
    </message>
    <message>
        <source>The network outputs {output} but reconstructing needs the input&apos;s shape {input}: {fix}</source>
        <translation>网络输出 {output}，但重建需要与输入相同的形状 {input}：{fix}</translation>
    </message>
    <message>
        <source>end with Unflatten({channels}, {height}, {width})</source>
        <translation>在末尾加上 Unflatten({channels}, {height}, {width})</translation>
    </message>
    <message>
        <source>end with Linear({features}) and Unflatten({channels}, {height}, {width})</source>
        <translation>在末尾加上 Linear({features}) 和 Unflatten({channels}, {height}, {width})</translation>
    </message>
    <message>
        <source>end with Linear({features})</source>
        <translation>在末尾加上 Linear({features})</translation>
    </message>
    <message>
        <source>make the last layer give {channels} maps of {height}x{width} (e.g. ConvTranspose2d with out_channels {channels}, or Upsample)</source>
        <translation>让最后一层输出 {channels} 张 {height}x{width} 的特征图（例如 out_channels 为 {channels} 的 ConvTranspose2d，或 Upsample）</translation>
    </message>
    <message>
        <source>Binary cross-entropy compares pixels between 0 and 1: end the network with Sigmoid (before an Unflatten), or choose the mse loss</source>
        <translation>二元交叉熵比较的是 0 到 1 之间的像素：让网络以 Sigmoid 结尾（放在 Unflatten 之前），或选择 mse 损失函数</translation>
    </message>
    <message>
        <source>Its blocks keep the shape {shape}: an identity shortcut does the same without the projection&apos;s parameters</source>
        <translation>其中各层保持形状 {shape} 不变：identity 捷径效果相同，而且没有投影的参数</translation>
    </message>
    <message>
        <source>Dropout after the output layer randomly zeroes predictions: move it before the last Linear</source>
        <translation>输出层之后的 Dropout 会随机把预测置零：把它移到最后一个 Linear 之前</translation>
    </message>
    <message>
        <source>{type} after the final Linear clips the logits: remove it</source>
        <translation>最后一个 Linear 之后的 {type} 会截断 logits：删掉它</translation>
    </message>
    <message>
        <source>{type} after the final Linear squashes the logits: remove it</source>
        <translation>最后一个 Linear 之后的 {type} 会压缩 logits：删掉它</translation>
    </message>
    <message>
        <source>Two Linear layers with no activation between them collapse into one linear map: insert a ReLU between them</source>
        <translation>两个 Linear 层之间没有激活函数，会合并成一个线性映射：在它们之间插入一个 ReLU</translation>
    </message>
    <message>
        <source>Softmax as the last layer under cross-entropy: the loss already applies log-softmax, so this slows learning; remove it (the app still shows probabilities)</source>
        <translation>使用交叉熵时把 Softmax 作为最后一层：损失已经包含 log-softmax，这样会减慢学习；删掉它（应用仍会显示概率）</translation>
    </message>
    <message>
        <source>{count} Sigmoid/Tanh layers stacked: gradients vanish through them; use ReLU</source>
        <translation>堆叠了 {count} 个 Sigmoid/Tanh 层：梯度穿过它们时会消失（梯度消失）；改用 ReLU</translation>
    </message>
    <message>
        <source>{name} must be {kind}, not {actual}</source>
        <translation>{name} 必须是 {kind}，而不是 {actual}</translation>
    </message>
    <message>
        <source>{name} {value} is not one of: {choices}</source>
        <translation>{name} 的值 {value} 不在可选值中：{choices}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name} 必须是有限的数，而不是 {value}</translation>
    </message>
    <message>
        <source>{name} {value} is below its minimum {minimum}</source>
        <translation>{name} 的值 {value} 低于最小值 {minimum}</translation>
    </message>
    <message>
        <source>{name} {value} is above its maximum {maximum}</source>
        <translation>{name} 的值 {value} 高于最大值 {maximum}</translation>
    </message>
    <message>
        <source>The loss became NaN (not a number): with learning rate {lr:g} the steps are so big that the weights blew up.</source>
        <translation>损失变成了 NaN（不是一个数）：学习率为 {lr:g} 时步子太大，权重爆炸了。</translation>
    </message>
    <message>
        <source>The loss is growing ({first:.3g} -&gt; {last:.3g}) instead of falling: the steps overshoot. Learning rate {lr:g} is too high.</source>
        <translation>损失在上升（{first:.3g} -&gt; {last:.3g}）而不是下降：步子迈过头了。学习率 {lr:g} 太高。</translation>
    </message>
    <message>
        <source>The loss is flat ({first:.3g} -&gt; {last:.3g}): the network is not learning. The learning rate may be too low, or the initial weights poor.</source>
        <translation>损失没有变化（{first:.3g} -&gt; {last:.3g}）：网络没有在学习。可能是学习率太低，或者初始权重不好。</translation>
    </message>
    <message>
        <source>Layer {layer}: {share:.0%} of its units output 0 for every image (dead ReLUs); they pass no gradient back, so they never recover. Lower the learning rate, change the initialisation, or use LeakyReLU.</source>
        <translation>层 {layer}：{share:.0%} 的单元对每张图像都输出 0（死亡 ReLU）；它们不向回传递梯度，所以永远恢复不了。降低学习率、换一种初始化，或改用 LeakyReLU。</translation>
    </message>
    <message>
        <source>Layer {layer}: {share:.0%} of its outputs sit on the flat ends of the curve (slope under 0.01), so almost no gradient gets through. Smaller initial weights, BatchNorm before it, or ReLU instead will help.</source>
        <translation>层 {layer}：{share:.0%} 的输出落在曲线平坦的两端（斜率小于 0.01），几乎没有梯度能通过。用更小的初始权重、在它前面加 BatchNorm，或改用 ReLU 会有帮助。</translation>
    </message>
    <message>
        <source>Vanishing gradients: layer {layer} gets a gradient {times:,.0f} times smaller than layer {last_layer}, so it barely learns. Use ReLU instead of Sigmoid/Tanh, add BatchNorm, or make the network shallower.</source>
        <translation>梯度消失：层 {layer} 得到的梯度比层 {last_layer} 小 {times:,.0f} 倍，所以它几乎学不到东西。用 ReLU 代替 Sigmoid/Tanh、添加 BatchNorm，或减少网络的层数。</translation>
    </message>
    <message>
        <source>Exploding gradients: layer {layer} has a gradient norm of {norm:.3g}; steps that big throw the weights around. Lower the learning rate, or add BatchNorm.</source>
        <translation>梯度爆炸：层 {layer} 的梯度范数为 {norm:.3g}；这么大的步子会让权重剧烈跳动。降低学习率，或添加 BatchNorm。</translation>
    </message>
    <message>
        <source>Overfitting: validation loss rose from {best_loss:.3g} (epoch {best_epoch}) to {loss:.3g} while training loss kept falling: the network is memorising the training samples. Add Dropout or weight decay (L2), or stop early.</source>
        <translation>过拟合：验证损失从 {best_loss:.3g}（epoch {best_epoch}）升到了 {loss:.3g}，而训练损失还在下降：网络在死记训练样本。添加 Dropout 或权重衰减 (L2)，或提前终止。</translation>
    </message>
    <message>
        <source>The predictions collapsed onto one class: {share:.0%} of the images are put in class {top}. The network ignores its input; often the learning rate is too high or too low, or the output layer&apos;s start is badly off.</source>
        <translation>预测塌缩到了一个类别：{share:.0%} 的图像都被归为类别 {top}。网络忽略了它的输入；通常是学习率太高或太低，或者输出层的初始状态很差。</translation>
    </message>
    <message>
        <source>Your network is worse than a linear model: test accuracy {network:.1%} against {linear:.1%} for logistic regression on the same split (always answering the most common class: {constant:.1%}). Train longer, tune the learning rate, or try a simpler network.</source>
        <translation>你的网络不如线性模型：测试准确率 {network:.1%}，而同一划分上的逻辑回归为 {linear:.1%}（总是回答最常见的类别：{constant:.1%}）。请训练更久、调整学习率，或换一个更简单的网络。</translation>
    </message>
    <message>
        <source>Your network is worse than a linear model: test R² {network:.3f} against {linear:.3f} for least-squares linear regression on the same split (predicting the mean: {constant:.3f}). With few samples a smaller network, weight decay or early stopping often help.</source>
        <translation>你的网络不如线性模型：测试 R² {network:.3f}，而同一划分上的最小二乘线性回归为 {linear:.3f}（预测均值：{constant:.3f}）。样本少时，更小的网络、权重衰减或提前终止往往有帮助。</translation>
    </message>
    <message>
        <source>--param {text}: write NAME=RANGE, e.g. learning_rate=log:0.001..0.3, batch_size=32,64,128, epochs=int:5..40 or 4.out_features=int:16..256</source>
        <translation>--param {text}：请写成 名称=范围，例如 learning_rate=log:0.001..0.3、batch_size=32,64,128、epochs=int:5..40 或 4.out_features=int:16..256</translation>
    </message>
    <message>
        <source>--param {text}: the range must go from a smaller to a larger number (above 0 on a log scale), e.g. log:0.001..0.3</source>
        <translation>--param {text}：范围必须从较小的数到较大的数（对数尺度上须大于 0），例如 log:0.001..0.3</translation>
    </message>
    <message>
        <source>--param {name} is given twice</source>
        <translation>--param {name} 给了两次</translation>
    </message>
    <message>
        <source>--param {name}: no training setting of that name can be swept; a layer&apos;s parameter is written as its number and the parameter, e.g. 4.out_features</source>
        <translation>--param {name}：没有可搜索的同名训练设置；层的参数写成层号加参数名，例如 4.out_features</translation>
    </message>
    <message>
        <source>--param {name}: the network has no layer {number} (`netbuilder summary` numbers them)</source>
        <translation>--param {name}：网络中没有第 {number} 层（`netbuilder summary` 会列出层号）</translation>
    </message>
    <message>
        <source>--param {name}: a {type} layer has no such parameter (it has: {params})</source>
        <translation>--param {name}：{type} 层没有这个参数（它有：{params}）</translation>
    </message>
    <message>
        <source>--param {name}: choose among {choices}</source>
        <translation>--param {name}：请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>--param {name}: {value} is not a value of type {kind}</source>
        <translation>--param {name}：{value} 不是 {kind} 类型的值</translation>
    </message>
    <message>
        <source>--param {name}: {value} is outside what it allows ({minimum} to {maximum})</source>
        <translation>--param {name}：{value} 超出了允许的范围（{minimum} 到 {maximum}）</translation>
    </message>
    <message>
        <source>A sweep scores each trial on validation data, and this project holds none back: set --validation-fraction above 0 (e.g. 0.2)</source>
        <translation>搜索要在验证集上为每次试验评分，而这个项目没有留出验证集：请把 --validation-fraction 设为大于 0（例如 0.2）</translation>
    </message>
    <message>
        <source>stopped after epoch {epoch}: its validation score was behind the other trials&apos; there</source>
        <translation>在第 {epoch} 个 epoch 后停止：它的验证得分落后于其他试验在同一 epoch 的得分</translation>
    </message>
    <message>
        <source>the trial has no finite validation score</source>
        <translation>这次试验没有有限的验证得分</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>Lower the learning rate to {lr:g}</source>
        <translation>把学习率降到 {lr:g}</translation>
    </message>
    <message>
        <source>Raise the learning rate to {lr:g}</source>
        <translation>把学习率提高到 {lr:g}</translation>
    </message>
    <message>
        <source>Use Kaiming initialisation</source>
        <translation>使用 Kaiming 初始化</translation>
    </message>
    <message>
        <source>Use Xavier initialisation</source>
        <translation>使用 Xavier 初始化</translation>
    </message>
    <message>
        <source>Add weight decay {weight_decay:g}</source>
        <translation>添加权重衰减 {weight_decay:g}</translation>
    </message>
    <message>
        <source>Add weight decay {weight_decay:g} and stop early</source>
        <translation>添加权重衰减 {weight_decay:g} 并提前终止</translation>
    </message>
    <message>
        <source>Data not available</source>
        <translation>数据不可用</translation>
    </message>
    <message>
        <source>Not the chosen dataset&apos;s files</source>
        <translation>不是所选数据集的文件</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>The network cannot be trained</source>
        <translation>网络无法训练</translation>
    </message>
    <message>
        <source>Device not available</source>
        <translation>设备不可用</translation>
    </message>
    <message>
        <source>Training settings are invalid</source>
        <translation>训练设置无效</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Unexpected error: {details}</source>
        <translation>意外错误：{details}</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Training ran out of memory. Try a smaller batch size, fewer filters or units, or a smaller training set.</source>
        <translation>训练时内存不足。请减小 Batch 大小、减少卷积核或神经元的数量，或使用更小的训练集。</translation>
    </message>
    <message>
        <source>Cannot start training: {reason}</source>
        <translation>无法开始训练：{reason}</translation>
    </message>
    <message>
        <source>killed ({signal})</source>
        <translation>被终止（{signal}）</translation>
    </message>
    <message>
        <source>exited with code {code}</source>
        <translation>已退出，退出码 {code}</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>stopped in the middle of a batch</source>
        <translation>在一个 batch 中途停止</translation>
    </message>
    <message>
        <source>Training {outcome}.</source>
        <translation>训练{outcome}。</translation>
    </message>
    <message>
        <source>Training stopped mid-batch.</source>
        <translation>训练在 batch 中途停止。</translation>
    </message>
    <message>
        <source>{text} The model from epoch {epoch} is kept: Save model… saves it.</source>
        <translation>{text}已保留第 {epoch} 个 epoch 的模型：用“保存模型…”可将其保存。</translation>
    </message>
    <message>
        <source>{text} No epoch had been saved yet, so there is no model to keep.</source>
        <translation>{text}尚未保存任何 epoch，因此没有可保留的模型。</translation>
    </message>
    <message>
        <source>Training stopped at epoch {epoch}, batch {batch}: the loss became NaN/infinite. Lower the learning rate (now {lr:g}), or use a gentler optimizer, a different weight init, or batch normalisation.</source>
        <translation>训练在第 {epoch} 个 epoch、第 {batch} 个 batch 时停止：损失变成了 NaN/无穷大。降低学习率（当前为 {lr:g}），或使用更温和的优化器、别的权重初始化，或批量归一化。</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <source>Cannot open lesson {path}: {reason}</source>
        <translation>无法打开课程 {path}：{reason}</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>顶层必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>it is not a netbuilder project (format must be &apos;{format}&apos;)</source>
        <translation>它不是 netbuilder 项目（format 必须是 &apos;{format}&apos;）</translation>
    </message>
    <message>
        <source>schema_version must be an integer</source>
        <translation>schema_version 必须是整数</translation>
    </message>
    <message>
        <source>schema_version {version} is not one netbuilder wrote (1 or more)</source>
        <translation>schema_version {version} 不是 netbuilder 写出的版本（应为 1 或更大）</translation>
    </message>
    <message>
        <source>it was written by a newer netbuilder (schema {version}; this one reads up to {newest})</source>
        <translation>它由更新版本的 netbuilder 写出（schema {version}；当前版本最多读取 {newest}）</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be an object</source>
        <translation>&apos;{field}&apos; 必须是一个对象</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list</source>
        <translation>&apos;{field}&apos; 必须是一个列表</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text</source>
        <translation>&apos;{field}&apos; 必须是文本</translation>
    </message>
    <message>
        <source>&apos;dataset&apos; needs a name</source>
        <translation>&apos;dataset&apos; 需要一个名称</translation>
    </message>
    <message>
        <source>unknown dataset {name}</source>
        <translation>未知的数据集 {name}</translation>
    </message>
    <message>
        <source>network.input_shape must be [channels, height, width] or [features]</source>
        <translation>network.input_shape 必须是 [通道数, 高, 宽] 或 [特征数]</translation>
    </message>
    <message>
        <source>dataset.normalisation must hold a mean from -1000 to 1000 and a std from 1e-12 to 1000</source>
        <translation>dataset.normalisation（归一化）必须包含 -1000 到 1000 之间的 mean 和 1e-12 到 1000 之间的 std</translation>
    </message>
    <message>
        <source>layer {number} needs a &apos;type&apos;</source>
        <translation>第 {number} 层需要一个 &apos;type&apos;</translation>
    </message>
    <message>
        <source>layer {number}: {reason}</source>
        <translation>第 {number} 层：{reason}</translation>
    </message>
    <message>
        <source>layer {number} ({type}): &apos;params&apos; must be an object</source>
        <translation>第 {number} 层（{type}）：&apos;params&apos; 必须是一个对象</translation>
    </message>
    <message>
        <source>layer {number} ({type}) has no parameter {name}</source>
        <translation>第 {number} 层（{type}）没有参数 {name}</translation>
    </message>
    <message>
        <source>layer {number} ({type}): {problem}</source>
        <translation>第 {number} 层（{type}）：{problem}</translation>
    </message>
    <message>
        <source>layer {number} ({type}) has &apos;children&apos;, but only containers hold layers</source>
        <translation>第 {number} 层（{type}）有 &apos;children&apos;，但只有容器才能包含层</translation>
    </message>
    <message>
        <source>The code has {size:,} characters; netbuilder reads at most {most:,}: paste only the model&apos;s code</source>
        <translation>代码有 {size:,} 个字符；netbuilder 最多读取 {most:,} 个：请只粘贴模型的代码</translation>
    </message>
    <message>
        <source>Line {line} is not Python netbuilder can read ({reason}): correct it</source>
        <translation>第 {line} 行不是 netbuilder 能读的 Python（{reason}）：请改正</translation>
    </message>
    <message>
        <source>The code is nested too deeply to read: paste only the model&apos;s code</source>
        <translation>代码嵌套太深，无法读取：请只粘贴模型的代码</translation>
    </message>
    <message>
        <source>The code takes more than {most:,} steps to read: paste only the model&apos;s code</source>
        <translation>读取这段代码需要超过 {most:,} 步：请只粘贴模型的代码</translation>
    </message>
    <message>
        <source>The code builds more than {most:,} layers: paste a smaller model</source>
        <translation>这段代码构建了超过 {most:,} 个层：请粘贴小一些的模型</translation>
    </message>
    <message>
        <source>No model found: netbuilder reads nn.Sequential(...) and classes derived from nn.Module whose forward calls their layers</source>
        <translation>没有找到模型：netbuilder 读取 nn.Sequential(...)，以及继承 nn.Module、在 forward 中调用其各层的类</translation>
    </message>
    <message>
        <source>Line {line}: {name} holds no layer netbuilder knows (the notes say what was skipped)</source>
        <translation>第 {line} 行：{name} 中没有 netbuilder 认识的层（注释列出了跳过的内容）</translation>
    </message>
    <message>
        <source>Lines {lines}: import {names} was not run (netbuilder never runs code)</source>
        <translation>第 {lines} 行：import {names} 没有运行（netbuilder 从不运行代码）</translation>
    </message>
    <message>
        <source>Line {line}: import {names} was not run (netbuilder never runs code)</source>
        <translation>第 {line} 行：import {names} 没有运行（netbuilder 从不运行代码）</translation>
    </message>
    <message>
        <source>Line {line}: {code} was not run (netbuilder never runs code); skipped</source>
        <translation>第 {line} 行：{code} 没有运行（netbuilder 从不运行代码）；已跳过</translation>
    </message>
    <message>
        <source>Line {line}: {code}: skipped</source>
        <translation>第 {line} 行：{code}：已跳过</translation>
    </message>
    <message>
        <source>Line {line}: {code} is {reason}; skipped</source>
        <translation>第 {line} 行：{code} 是{reason}；已跳过</translation>
    </message>
    <message>
        <source>Line {line}: {name}() is not a layer netbuilder knows; skipped</source>
        <translation>第 {line} 行：{name}() 不是 netbuilder 认识的层；已跳过</translation>
    </message>
    <message>
        <source>Line {line}: {name}() is not a layer netbuilder knows; the input shape {shape} was taken from it</source>
        <translation>第 {line} 行：{name}() 不是 netbuilder 认识的层；输入形状 {shape} 取自它</translation>
    </message>
    <message>
        <source>Line {line}: the input shape {shape} was taken from {code}</source>
        <translation>第 {line} 行：输入形状 {shape} 取自 {code}</translation>
    </message>
    <message>
        <source>Line {line}: the input shape {shape} was worked out from the Linear layer&apos;s {features} inputs</source>
        <translation>第 {line} 行：输入形状 {shape} 是由 Linear 层的 {features} 个输入推算出来的</translation>
    </message>
    <message>
        <source>Line {line}: {size} inputs after a Flatten were read as {shape} images</source>
        <translation>第 {line} 行：Flatten 之后的 {size} 个输入被读作 {shape} 的图像</translation>
    </message>
    <message>
        <source>The code does not say the input&apos;s image size: {shape} was used</source>
        <translation>代码没有写明输入图像的尺寸：已使用 {shape}</translation>
    </message>
    <message>
        <source>Line {line}: the code gives {layer} {stated} inputs, but it gets {actual} here (netbuilder works the sizes out itself)</source>
        <translation>第 {line} 行：代码给 {layer} 的输入是 {stated} 个，但这里它得到 {actual} 个（netbuilder 自己推算尺寸）</translation>
    </message>
    <message>
        <source>Line {line}: {layer} needs {name}, which is not given; skipped</source>
        <translation>第 {line} 行：{layer} 需要 {name}，但没有给出；已跳过</translation>
    </message>
    <message>
        <source>Line {line}: {layer} takes no argument {code}; left out</source>
        <translation>第 {line} 行：{layer} 没有参数 {code}；已略去</translation>
    </message>
    <message>
        <source>Line {line}: {layer}: netbuilder has no {name} setting; {name}={value} was left out</source>
        <translation>第 {line} 行：{layer}：netbuilder 没有 {name} 这一设置；已略去 {name}={value}</translation>
    </message>
    <message>
        <source>Line {line}: {layer}: {name}={code} is {reason}; torch&apos;s default was used</source>
        <translation>第 {line} 行：{layer}：{name}={code} 是{reason}；已使用 torch 的默认值</translation>
    </message>
    <message>
        <source>Line {line}: {layer}: {name}={code} is {reason}; the layer was skipped</source>
        <translation>第 {line} 行：{layer}：{name}={code} 是{reason}；已跳过该层</translation>
    </message>
    <message>
        <source>Line {line}: {layer}: {problem}; {value} was used</source>
        <translation>第 {line} 行：{layer}：{problem}；已使用 {value}</translation>
    </message>
    <message>
        <source>Line {line}: {layer}: {name}={value} is not square; netbuilder&apos;s is, so {used} was used</source>
        <translation>第 {line} 行：{layer}：{name}={value} 不是正方形；netbuilder 的是，所以已使用 {used}</translation>
    </message>
    <message>
        <source>Line {line}: {layer}: padding=&apos;same&apos; with an even kernel pads one side more; padding {used} was used</source>
        <translation>第 {line} 行：{layer}：偶数大小的卷积核配 padding=&apos;same&apos; 会在一侧多填充；已使用填充 {used}</translation>
    </message>
    <message>
        <source>Line {line}: {layer}(dim={value}) was read as dim=1, over the classes</source>
        <translation>第 {line} 行：{layer}(dim={value}) 被读作 dim=1，即在各类别上计算</translation>
    </message>
    <message>
        <source>Line {line}: {code} without training=self.training drops values at evaluation too; read as a Dropout layer, which does not</source>
        <translation>第 {line} 行：没有 training=self.training 的 {code} 在评估时也会丢弃数值；已读作 Dropout 层，它在评估时不丢弃</translation>
    </message>
    <message>
        <source>Line {line}: the shortcut {code} was read as netbuilder&apos;s projection (1x1 Conv2d without bias + BatchNorm2d, or Linear)</source>
        <translation>第 {line} 行：捷径 {code} 被读作 netbuilder 的投影（无偏置的 1x1 Conv2d + BatchNorm2d，或 Linear）</translation>
    </message>
    <message>
        <source>Line {line}: {name} has no forward; its layers were read in the order __init__ makes them</source>
        <translation>第 {line} 行：{name} 没有 forward；它的层按 __init__ 创建的顺序读取</translation>
    </message>
    <message>
        <source>Line {line}: {name} returns no tensor netbuilder can follow</source>
        <translation>第 {line} 行：{name} 没有返回 netbuilder 能跟踪的张量</translation>
    </message>
    <message>
        <source>Line {line}: {code} returns several values; the first was read as the output</source>
        <translation>第 {line} 行：{code} 返回多个值；第一个被读作输出</translation>
    </message>
    <message>
        <source>Line {line}: {name} builds classes nested too deeply; skipped</source>
        <translation>第 {line} 行：{name} 构建的类嵌套太深；已跳过</translation>
    </message>
    <message>
        <source>Line {line}: {name} was read; the code also defines {others}</source>
        <translation>第 {line} 行：已读取 {name}；代码中还定义了 {others}</translation>
    </message>
    <message>
        <source>... and {count:,} more notes</source>
        <translation>……还有 {count:,} 条注释</translation>
    </message>
    <message>
        <source>a call, and netbuilder never runs code</source>
        <translation>一个函数调用，而 netbuilder 从不运行代码</translation>
    </message>
    <message>
        <source>a lambda, and netbuilder never runs code</source>
        <translation>一个 lambda，而 netbuilder 从不运行代码</translation>
    </message>
    <message>
        <source>an attribute or an index, which netbuilder does not look up</source>
        <translation>一个属性或下标，netbuilder 不会去查找</translation>
    </message>
    <message>
        <source>a name not bound to a constant in this code</source>
        <translation>一个在这段代码中没有绑定到常量的名字</translation>
    </message>
    <message>
        <source>a number too large for a layer</source>
        <translation>一个对层来说太大的数</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套太深的表达式</translation>
    </message>
    <message>
        <source>not a constant netbuilder can read</source>
        <translation>netbuilder 无法读取的非常量</translation>
    </message>
    <message>
        <source>not a layer netbuilder can read</source>
        <translation>netbuilder 无法读取的非层内容</translation>
    </message>
    <message>
        <source>training setting &apos;{name}&apos; must be {kind}, not {actual}</source>
        <translation>训练设置 &apos;{name}&apos; 必须是 {kind}，而不是 {actual}</translation>
    </message>
    <message>
        <source>{name} is {value}; it must be at least {minimum} and at most {maximum}</source>
        <translation>{name} 为 {value}；它必须不小于 {minimum} 且不大于 {maximum}</translation>
    </message>
    <message>
        <source>unknown training setting(s): {names}</source>
        <translation>未知的训练设置：{names}</translation>
    </message>
    <message>
        <source>folds is 1; cross-validation needs at least 2 folds (0: off)</source>
        <translation>folds 为 1；交叉验证至少需要 2 折（0 表示关闭）</translation>
    </message>
    <message>
        <source>nesterov needs the sgd optimizer with a momentum above 0</source>
        <translation>nesterov 需要 sgd 优化器且动量大于 0</translation>
    </message>
    <message>
        <source>early stopping needs a validation_fraction above 0</source>
        <translation>提前终止需要 validation_fraction 大于 0</translation>
    </message>
    <message>
        <source>Horizontal flip on {dataset}: a mirrored 2, 3, 4, 5, 7 or 9 is no digit anyone writes, so the network learns from pictures of wrong digits. Turn flipping off for digits; it suits photos (a mirrored cat is still a cat).</source>
        <translation>对 {dataset} 做水平翻转：镜像后的 2、3、4、5、7 或 9 不是任何人会写的数字，网络会从错误数字的图片中学习。数字请关闭翻转；翻转适合照片（镜像的猫仍然是猫）。</translation>
    </message>
    <message>
        <source>Data augmentation changes pictures only: {dataset} holds no pictures, so training ignores it.</source>
        <translation>数据增强只改变图片：{dataset} 中没有图片，所以训练时会忽略它。</translation>
    </message>
    <message>
        <source>{name} is not an augmentation. Use some of: {names}, separated by commas (e.g. --augment shift=3,rotate=10), or none.</source>
        <translation>{name} 不是一种数据增强。请从 {names} 中选用，用逗号分隔（例如 --augment shift=3,rotate=10），或者用 none。</translation>
    </message>
    <message>
        <source>{name} needs a value from {minimum} to {maximum}, e.g. {name}={example}.</source>
        <translation>{name} 需要一个 {minimum} 到 {maximum} 之间的值，例如 {name}={example}。</translation>
    </message>
    <message>
        <source>{name}={text} is not allowed: use a number from {minimum} to {maximum}, e.g. {name}={example}.</source>
        <translation>{name}={text} 不允许：请用 {minimum} 到 {maximum} 之间的数，例如 {name}={example}。</translation>
    </message>
    <message>
        <source>{name}={text} is not allowed: use a whole number from {minimum} to {maximum}, e.g. {name}={example}.</source>
        <translation>{name}={text} 不允许：请用 {minimum} 到 {maximum} 之间的整数，例如 {name}={example}。</translation>
    </message>
    <message>
        <source>flip={text} is not allowed: write flip to mirror images, or leave it out.</source>
        <translation>flip={text} 不允许：写 flip 表示镜像图像，不需要时省略即可。</translation>
    </message>
    <message>
        <source>{name} is given twice; give each augmentation once.</source>
        <translation>{name} 出现了两次；每种数据增强只写一次。</translation>
    </message>
    <message>
        <source>cross-validation folds score classes: set folds to 0 to reconstruct</source>
        <translation>交叉验证按类别评分：重建时把 folds 设为 0</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: no such file.</source>
        <translation>无法打开检查点 {path}：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: {reason}.</source>
        <translation>无法打开检查点 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: it is a JSON file (a project? open it in the app, or train it), not a netbuilder checkpoint (a .pt file from train --checkpoint).</source>
        <translation>无法打开检查点 {path}：它是一个 JSON 文件（是项目吗？请在应用中打开它，或训练它），不是 netbuilder 检查点（由 train --checkpoint 生成的 .pt 文件）。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: it is not a file torch.save wrote, not a netbuilder checkpoint (a .pt file from train --checkpoint).</source>
        <translation>无法打开检查点 {path}：它不是 torch.save 写出的文件，不是 netbuilder 检查点（由 train --checkpoint 生成的 .pt 文件）。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: it holds Python objects other than tensors and plain values, which netbuilder refuses to load ({details})</source>
        <translation>无法打开检查点 {path}：它包含张量和普通值以外的 Python 对象，netbuilder 拒绝加载（{details}）</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: damaged or not a netbuilder checkpoint ({details})</source>
        <translation>无法打开检查点 {path}：文件已损坏或不是 netbuilder 检查点（{details}）</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: it is not a netbuilder checkpoint.</source>
        <translation>无法打开检查点 {path}：它不是 netbuilder 检查点。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: bad schema_version {version}.</source>
        <translation>无法打开检查点 {path}：schema_version {version} 无效。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: it was written by a newer netbuilder (schema {version}; this one reads up to {newest}).</source>
        <translation>无法打开检查点 {path}：它由更新版本的 netbuilder 写出（schema {version}；当前版本最多读取 {newest}）。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: a field is missing or bad ({problem}).</source>
        <translation>无法打开检查点 {path}：某个字段缺失或有误（{problem}）。</translation>
    </message>
    <message>
        <source>Cannot save checkpoint {path}: {reason}.</source>
        <translation>无法保存检查点 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot save checkpoint {path}: writing failed; is the disk full? ({details})</source>
        <translation>无法保存检查点 {path}：写入失败；磁盘满了吗？（{details}）</translation>
    </message>
    <message>
        <source>Cannot import {path}: no such file.</source>
        <translation>无法导入 {path}：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot import {path}: {reason}.</source>
        <translation>无法导入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot import {path}: it is not an ONNX model, or it is damaged or cut short ({details}).</source>
        <translation>无法导入 {path}：它不是 ONNX 模型，或者已损坏、不完整（{details}）。</translation>
    </message>
    <message>
        <source>Cannot import {path}: it is not a valid ONNX model ({details}).</source>
        <translation>无法导入 {path}：它不是有效的 ONNX 模型（{details}）。</translation>
    </message>
    <message>
        <source>Cannot import {path}: its weights are kept in other files ({names}); netbuilder reads only ONNX files that hold their weights inside. Save the model again as one file.</source>
        <translation>无法导入 {path}：它的权重保存在其他文件中（{names}）；netbuilder 只读取权重保存在文件内部的 ONNX 文件。请把模型重新保存为单个文件。</translation>
    </message>
    <message>
        <source>Importing ONNX models needs the &apos;onnx&apos; package: pip install onnx</source>
        <translation>导入 ONNX 模型需要 &apos;onnx&apos; 包：pip install onnx</translation>
    </message>
    <message>
        <source>Cannot import {path}: nothing was imported, because netbuilder has no block for these operators (operator &apos;node&apos;): {operators}.</source>
        <translation>无法导入 {path}：什么也没有导入，因为 netbuilder 没有对应这些算子的层（算子 &apos;节点&apos;）：{operators}。</translation>
    </message>
    <message>
        <source>Cannot import {path}: nothing was imported, because the {op} node {node} cannot become a block: {reason}.</source>
        <translation>无法导入 {path}：什么也没有导入，因为 {op} 节点 {node} 不能变成层：{reason}。</translation>
    </message>
    <message>
        <source>its {name} {value} has no counterpart in netbuilder&apos;s {block}</source>
        <translation>它的 {name} {value} 在 netbuilder 的 {block} 中没有对应的设置</translation>
    </message>
    <message>
        <source>its {what} is computed by the graph, not stored in the file</source>
        <translation>它的 {what} 是由计算图算出来的，而不是保存在文件中</translation>
    </message>
    <message>
        <source>its weights have the shape {shape}, which does not fit its input {input}</source>
        <translation>它的权重形状是 {shape}，与它的输入 {input} 不匹配</translation>
    </message>
    <message>
        <source>as a {block}, {problem}</source>
        <translation>作为 {block}，{problem}</translation>
    </message>
    <message>
        <source>it does not fit its input {shape} ({details})</source>
        <translation>它与输入 {shape} 不匹配（{details}）</translation>
    </message>
    <message>
        <source>it joins or splits the graph in a way blocks cannot hold (netbuilder reads a chain of layers and Residual blocks that add a block&apos;s output to its input)</source>
        <translation>它分叉或合并计算图的方式无法用层表示（netbuilder 读取由层串成的链，以及把各层输出加到其输入上的 Residual 块）</translation>
    </message>
    <message>
        <source>netbuilder reads it only as the input&apos;s own normalisation, (x - mean) / std by two numbers, at the very start</source>
        <translation>netbuilder 只在最开头把它读作输入自身的归一化，即用两个数计算 (x - mean) / std</translation>
    </message>
    <message>
        <source>its shortcut is not the input itself nor a projection netbuilder knows (a 1x1 Conv with BatchNormalization, or Gemm)</source>
        <translation>它的捷径既不是输入本身，也不是 netbuilder 认识的投影（1x1 Conv 加 BatchNormalization，或 Gemm）</translation>
    </message>
    <message>
        <source>Cannot import {path}: it has {count} inputs and {outputs} outputs; netbuilder reads models with one input and one output.</source>
        <translation>无法导入 {path}：它有 {count} 个输入和 {outputs} 个输出；netbuilder 只读取一个输入、一个输出的模型。</translation>
    </message>
    <message>
        <source>Cannot import {path}: its input {name} has the shape {shape}; netbuilder reads images (N, C, H, W) or rows of numbers (N, F) of fixed sizes.</source>
        <translation>无法导入 {path}：它的输入 {name} 形状为 {shape}；netbuilder 读取固定大小的图像 (N, C, H, W) 或数值行 (N, F)。</translation>
    </message>
    <message>
        <source>Cannot import {path}: its output has the shape {shape}; netbuilder&apos;s networks end in one score per class (N, K).</source>
        <translation>无法导入 {path}：它的输出形状为 {shape}；netbuilder 的网络以每个类别一个分数 (N, K) 结束。</translation>
    </message>
    <message>
        <source>Cannot import {path}: nothing was imported, because these nodes are not on the path from the input to the output: {nodes}.</source>
        <translation>无法导入 {path}：什么也没有导入，因为这些节点不在从输入到输出的路径上：{nodes}。</translation>
    </message>
    <message>
        <source>Cannot import {path}: the blocks read from it do not make a valid network: {problems}</source>
        <translation>无法导入 {path}：从中读出的层不能组成有效的网络：{problems}</translation>
    </message>
    <message>
        <source>Device {device} is not available on this machine; choose cpu or auto instead. This machine has: {have}.</source>
        <translation>设备 {device} 在这台机器上不可用；请改选 cpu 或 auto。这台机器有：{have}。</translation>
    </message>
    <message>
        <source>Device {device} is not a device name; choose cpu or auto instead. This machine has: {have}.</source>
        <translation>{device} 不是设备名；请改选 cpu 或 auto。这台机器有：{have}。</translation>
    </message>
    <message>
        <source>No such folder: {path}</source>
        <translation>文件夹不存在：{path}</translation>
    </message>
    <message>
        <source>The data folder {path} is not a folder (it is a file or a device): give a folder with --data-dir, or choose another in the Training panel.</source>
        <translation>数据文件夹 {path} 不是文件夹（它是一个文件或设备）：用 --data-dir 指定一个文件夹，或在“训练”面板中另选一个。</translation>
    </message>
    <message>
        <source>Unknown dataset {name}: use one of {valid}, or a folder of IDX files</source>
        <translation>未知的数据集 {name}：请使用 {valid} 之一，或一个包含 IDX 文件的文件夹</translation>
    </message>
    <message>
        <source>ONNX export failed: {details}</source>
        <translation>ONNX 导出失败：{details}</translation>
    </message>
    <message>
        <source>ONNX export failed: the exporter wrote its weights apart</source>
        <translation>ONNX 导出失败：导出器把权重单独写到了别的文件里</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{title} is not available: its files are not in {folder} and {why}.
Put these four files in {parent} or in {folder} (gzipped or not):
{files}
or train on generated digits instead: --dataset synthetic-digits</source>
        <translation>{title} 不可用：它的文件不在 {folder} 中，而且{why}。
请把这四个文件放到 {parent} 或 {folder} 中（压缩或不压缩均可）：
{files}
或者改用程序生成的数字训练：--dataset synthetic-digits</translation>
    </message>
    <message>
        <source>download is off</source>
        <translation>下载已关闭</translation>
    </message>
    <message>
        <source>the folder cannot be created ({details})</source>
        <translation>无法创建该文件夹（{details}）</translation>
    </message>
    <message>
        <source>the download failed ({details})</source>
        <translation>下载失败（{details}）</translation>
    </message>
    <message>
        <source>The network gives outputs of shape {shape} per sample, but this regression predicts one number: end it with a Linear layer of 1 output and no activation.</source>
        <translation>网络对每个样本输出形状为 {shape} 的结果，但这个回归只预测一个数：请以一个输出为 1、后面没有激活函数的 Linear 层结尾。</translation>
    </message>
    <message>
        <source>The network gives outputs of shape {shape} per image, but the dataset has {classes} classes: end it with a layer of {classes} outputs (e.g. Linear).</source>
        <translation>网络对每张图像输出形状为 {shape} 的结果，但数据集有 {classes} 个类别：请以一个有 {classes} 个输出的层结尾（例如 Linear）。</translation>
    </message>
    <message>
        <source>The network gives outputs of shape {shape} per image, but reconstructing needs the input&apos;s shape {input}: end it with layers that give that shape (e.g. Unflatten).</source>
        <translation>网络对每张图像输出形状 {shape}，但重建需要与输入相同的形状 {input}：在末尾加上能给出这个形状的层（例如 Unflatten）。</translation>
    </message>
    <message>
        <source>The network has no layer of exactly 2 outputs to draw as a plane: give the narrowest Linear layer out_features 2 (a 2-D code), or leave out --latent-csv.</source>
        <translation>网络中没有恰好输出 2 个值、可以画成平面的层：把最窄的 Linear 层的 out_features 设为 2（二维编码），或者去掉 --latent-csv。</translation>
    </message>
    <message>
        <source>Reconstructing the input needs images, and {dataset} has none: choose an image dataset or the Classify task.</source>
        <translation>重建输入需要图像，而 {dataset} 没有图像：选择一个图像数据集，或选择“分类”任务。</translation>
    </message>
    <message>
        <source>There are no training samples left after the validation split.</source>
        <translation>划分验证集之后没有剩下训练样本。</translation>
    </message>
    <message>
        <source>The network has no learnable parameters: there is nothing to train.</source>
        <translation>网络没有可学习的参数：没有什么可训练的。</translation>
    </message>
    <message>
        <source>This dataset is a regression (a number to predict, not classes): choose the mse or l1 loss, not cross-entropy.</source>
        <translation>这个数据集是回归任务（要预测一个数，而不是类别）：请选择 mse 或 l1 损失，而不是交叉熵。</translation>
    </message>
    <message>
        <source>{dataset} gives inputs of shape {data}, but the network&apos;s input is {network}: set the input to {data} (or choose a dataset that fits the network).</source>
        <translation>{dataset} 的输入形状为 {data}，但网络的输入是 {network}：请把输入设为 {data}（或选择一个适合该网络的数据集）。</translation>
    </message>
    <message>
        <source>{name} is too big to train on {device}: with batch size {batch} it needs {estimate}, and {device} has {free} free. Use fewer or narrower layers, or a smaller batch size.</source>
        <translation>{name} 太大，无法在 {device} 上训练：batch 大小为 {batch} 时需要 {estimate}，而 {device} 只有 {free} 可用。请使用更少或更窄的层，或更小的 batch 大小。</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>该网络</translation>
    </message>
    <message>
        <source>{parameters} parameters, about {size}</source>
        <translation>{parameters} 个参数，约 {size}</translation>
    </message>
    <message>
        <source>{name} needs {estimate} of the {free} free on {device}</source>
        <translation>{name} 需要 {estimate}，而 {device} 上只有 {free} 可用</translation>
    </message>
    <message>
        <source>{name} has {layers} layers: it will train very slowly (most networks need fewer than 100)</source>
        <translation>{name} 有 {layers} 层：训练会非常慢（大多数网络只需不到 100 层）</translation>
    </message>
    <message>
        <source>Cannot use checkpoint {path}: its weights do not fit this network ({problem}). Use the project the checkpoint was trained from.</source>
        <translation>无法使用检查点 {path}：它的权重与这个网络不匹配（{problem}）。请使用训练该检查点时的项目。</translation>
    </message>
    <message>
        <source>the network has no layer {layer}; it has {layers}</source>
        <translation>网络中没有层 {layer}；它有 {layers}</translation>
    </message>
    <message>
        <source>{count} samples are too few to draw a map; it needs at least 5</source>
        <translation>{count} 个样本太少，画不出分布图；至少需要 5 个</translation>
    </message>
    <message>
        <source>the layer {layer} takes no part in the network&apos;s answer</source>
        <translation>层 {layer} 不参与网络的输出</translation>
    </message>
    <message>
        <source>the plane can be drawn only for data of two numbers per point</source>
        <translation>只有每个点由两个数构成的数据才能画出平面</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} needs a header row, then one row per sample, with at least one feature column and a label column.</source>
        <translation>{path} 需要一个表头行，之后每个样本一行，并且至少有一个特征列和一个标签列。</translation>
    </message>
    <message>
        <source>{path}, row {row}: {count} values, but the header has {columns} columns.</source>
        <translation>{path} 第 {row} 行：有 {count} 个值，但表头有 {columns} 列。</translation>
    </message>
    <message>
        <source>{path} has no column {name}; its columns are: {columns}</source>
        <translation>{path} 没有名为 {name} 的列；它的列是：{columns}</translation>
    </message>
    <message>
        <source>The label column has {count} different values: a classification needs 2 to {most} (for a numeric target, use --task regression).</source>
        <translation>标签列有 {count} 个不同的值：分类需要 2 到 {most} 个（数值目标请用 --task regression 做回归）。</translation>
    </message>
    <message>
        <source>Class folder {folder} has no PNG, JPEG, BMP or WebP images: add some, or remove the folder.</source>
        <translation>类别文件夹 {folder} 中没有 PNG、JPEG、BMP 或 WebP 图像：请添加一些，或删除该文件夹。</translation>
    </message>
    <message>
        <source>None of the images in {folder} can be read.</source>
        <translation>{folder} 中的图像都无法读取。</translation>
    </message>
    <message>
        <source>{name} must be a number, not {actual}</source>
        <translation>{name} 必须是数字，而不是 {actual}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value}</source>
        <translation>{name} 必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>{name} is {value}; it must be between {low} and {high}</source>
        <translation>{name} 为 {value}；它必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>dataset {dataset} has no parameter(s): {names}</source>
        <translation>数据集 {dataset} 没有这些参数：{names}</translation>
    </message>
    <message>
        <source>dataset {dataset}: {problem}</source>
        <translation>数据集 {dataset}：{problem}</translation>
    </message>
    <message>
        <source>{path} (or {base}.gz) is missing. A dataset folder needs these four files, each optionally gzipped: {names}</source>
        <translation>缺少 {path}（或 {base}.gz）。数据集文件夹需要这四个文件，每个都可以是 gzip 压缩的：{names}</translation>
    </message>
    <message>
        <source>{folder} has 0 class folders. An image dataset needs one subfolder per class, at least 2, each holding PNG, JPEG, BMP or WebP images (or train/ and test/ folders laid out that way); or the four MNIST IDX files.</source>
        <translation>{folder} 中没有类别文件夹。图像数据集需要每个类别一个子文件夹，至少 2 个，每个里面放 PNG、JPEG、BMP 或 WebP 图像（或者按这种方式组织的 train/ 和 test/ 文件夹）；或者放 MNIST 的四个 IDX 文件。</translation>
    </message>
    <message>
        <source>{folder} has 1 class folder (only {name}). An image dataset needs one subfolder per class, at least 2, each holding PNG, JPEG, BMP or WebP images (or train/ and test/ folders laid out that way); or the four MNIST IDX files.</source>
        <translation>{folder} 中只有 1 个类别文件夹（{name}）。图像数据集需要每个类别一个子文件夹，至少 2 个，每个里面放 PNG、JPEG、BMP 或 WebP 图像（或者按这种方式组织的 train/ 和 test/ 文件夹）；或者放 MNIST 的四个 IDX 文件。</translation>
    </message>
    <message>
        <source>{folder}: no images are left for testing. A fifth of each class&apos;s images is held out to test on, so a class needs at least 2 images (or add a test/ folder beside train/).</source>
        <translation>{folder}：没有留给测试的图像。每个类别的五分之一图像会留作测试，所以每个类别至少需要 2 张图像（或者在 train/ 旁边添加一个 test/ 文件夹）。</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: a missing value. Feature columns must hold numbers in every row (fill in or remove that row).</source>
        <translation>{path} 第 {row} 行 {column} 列：缺少值。特征列的每一行都必须是数字（请补上或删除该行）。</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: {text}, not a number. Feature columns must hold numbers in every row (fill in or remove that row).</source>
        <translation>{path} 第 {row} 行 {column} 列：{text} 不是数字。特征列的每一行都必须是数字（请补上或删除该行）。</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: a missing value. A regression&apos;s target column must hold a number in every row (or train a classification on it).</source>
        <translation>{path} 第 {row} 行 {column} 列：缺少值。回归的目标列每一行都必须是数字（或者改为在它上面训练分类）。</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: {text}, not a number. A regression&apos;s target column must hold a number in every row (or train a classification on it).</source>
        <translation>{path} 第 {row} 行 {column} 列：{text} 不是数字。回归的目标列每一行都必须是数字（或者改为在它上面训练分类）。</translation>
    </message>
    <message>
        <source>The files in {folder} are {other}, not {claimed}: their checksums are {other}&apos;s. Choose the dataset {other} ({id}), or a folder that holds {claimed}.</source>
        <translation>{folder} 中的文件是 {other}，不是 {claimed}：它们的校验和属于 {other}。请选择数据集 {other}（{id}），或一个存放 {claimed} 的文件夹。</translation>
    </message>
    <message>
        <source>Cannot open image {path}: no such file.</source>
        <translation>无法打开图像 {path}：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read image {path}: {reason}</source>
        <translation>无法读取图像 {path}：{reason}</translation>
    </message>
    <message>
        <source>--folds must be between 2 and the number of training images ({count})</source>
        <translation>--folds 必须在 2 到训练图像数（{count}）之间</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Shift (px)</source>
        <translation>平移（像素）</translation>
    </message>
    <message>
        <source>Rotate (°)</source>
        <translation>旋转（度）</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>随机擦除</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>How each update follows the gradient</source>
        <translation>每次更新如何沿着梯度前进</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Step size of each update (1e6 makes the loss blow up)</source>
        <translation>每次更新的步长（1e6 会让损失爆炸）</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Fraction of the previous update kept (SGD, RMSprop)</source>
        <translation>保留上一次更新的比例（SGD、RMSprop）</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Nesterov momentum: needs SGD with momentum above 0</source>
        <translation>Nesterov 动量：需要 SGD 且动量大于 0</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch 大小</translation>
    </message>
    <message>
        <source>Samples per update</source>
        <translation>每次更新使用的样本数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoch 数</translation>
    </message>
    <message>
        <source>Passes over the training data</source>
        <translation>遍历训练数据的次数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>What training makes small</source>
        <translation>训练要减小的量</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>Mean squared error (one-hot)</source>
        <translation>均方误差 (one-hot)</translation>
    </message>
    <message>
        <source>Mean absolute error (one-hot)</source>
        <translation>平均绝对误差 (one-hot)</translation>
    </message>
    <message>
        <source>Weight decay (L2)</source>
        <translation>权重衰减 (L2)</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (0 = off)</source>
        <translation>对权重的 L2 惩罚（0 = 关闭）</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>L1 惩罚</translation>
    </message>
    <message>
        <source>L1 penalty on the weights (0 = off)</source>
        <translation>对权重的 L1 惩罚（0 = 关闭）</translation>
    </message>
    <message>
        <source>LR schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>学习率在各个 epoch 之间如何变化</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Step: × gamma every N epochs</source>
        <translation>阶梯：每 N 个 epoch 乘以 gamma</translation>
    </message>
    <message>
        <source>Cosine annealing</source>
        <translation>余弦退火</translation>
    </message>
    <message>
        <source>Step size (epochs)</source>
        <translation>衰减间隔（epoch）</translation>
    </message>
    <message>
        <source>Epochs between learning-rate drops</source>
        <translation>两次学习率下降之间的 epoch 数</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Learning-rate factor at each drop</source>
        <translation>每次下降时学习率乘以的系数</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>提前终止的耐心值</translation>
    </message>
    <message>
        <source>Stop after this many epochs without a better validation loss (0 = off)</source>
        <translation>验证损失连续这么多个 epoch 没有改善时停止（0 = 关闭）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>What the network learns: the class of each image, or to rebuild the image itself (an autoencoder)</source>
        <translation>网络学什么：每张图像的类别，或者把图像本身重建出来（自编码器）</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Reconstruct the input</source>
        <translation>重建输入</translation>
    </message>
    <message>
        <source>Denoising noise</source>
        <translation>去噪噪声</translation>
    </message>
    <message>
        <source>Reconstruct: the standard deviation of Gaussian noise added to the input only, pixels 0 to 1 (0 = off)</source>
        <translation>重建：只加在输入上的高斯噪声的标准差，像素范围 0 到 1（0 = 关闭）</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Move each training image up to this many pixels: a random crop of the image padded with black (shift=N)</source>
        <translation>把每张训练图像最多平移这么多像素：对四周填充黑色的图像随机裁剪（shift=N）</translation>
    </message>
    <message>
        <source>Turn each training image by up to this many degrees (rotate=N)</source>
        <translation>把每张训练图像最多旋转这么多度（rotate=N）</translation>
    </message>
    <message>
        <source>Zoom each training image in or out by up to this share (scale=0.1)</source>
        <translation>把每张训练图像最多放大或缩小这个比例（scale=0.1）</translation>
    </message>
    <message>
        <source>Horizontal flip</source>
        <translation>水平翻转</translation>
    </message>
    <message>
        <source>Mirror half the training images left to right (flip); not for digits</source>
        <translation>把一半训练图像左右镜像（flip）；不适用于数字</translation>
    </message>
    <message>
        <source>Make each training image brighter or darker by up to this share (brightness=0.2)</source>
        <translation>让每张训练图像最多变亮或变暗这个比例（brightness=0.2）</translation>
    </message>
    <message>
        <source>Raise or lower each training image&apos;s contrast by up to this share (contrast=0.2)</source>
        <translation>把每张训练图像的对比度最多提高或降低这个比例（contrast=0.2）</translation>
    </message>
    <message>
        <source>Noise (σ)</source>
        <translation>噪声（σ）</translation>
    </message>
    <message>
        <source>Add random Gaussian noise of this standard deviation to each training image (pixels 0 to 1; noise=0.1)</source>
        <translation>给每张训练图像加上这个标准差的随机高斯噪声（像素取值 0 到 1；noise=0.1）</translation>
    </message>
    <message>
        <source>Blank a random rectangle in this share of the training images (erase=0.5)</source>
        <translation>在这个比例的训练图像中随机涂黑一个矩形（erase=0.5）</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Share of the training samples held out to validate each epoch</source>
        <translation>从训练样本中留出、在每个 epoch 后用于验证的比例</translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>How the weights start before training</source>
        <translation>训练前权重如何初始化</translation>
    </message>
    <message>
        <source>PyTorch default</source>
        <translation>PyTorch 默认</translation>
    </message>
    <message>
        <source>Kaiming (He) normal</source>
        <translation>Kaiming (He) 正态分布</translation>
    </message>
    <message>
        <source>Xavier (Glorot) uniform</source>
        <translation>Xavier (Glorot) 均匀分布</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Same seed + same settings = same run</source>
        <translation>相同的种子 + 相同的设置 = 相同的运行结果</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Where the network trains: auto (the fastest here), cpu, cuda, cuda:N or mps</source>
        <translation>网络在哪里训练：auto（本机最快的设备）、cpu、cuda、cuda:N 或 mps</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>训练样本数</translation>
    </message>
    <message>
        <source>Train on this many samples only, a seeded shuffle (0 = all)</source>
        <translation>只用这么多个样本训练，按随机种子打乱后选取（0 = 全部）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Cross-validation folds</source>
        <translation>交叉验证折数</translation>
    </message>
    <message>
        <source>k-fold cross-validation: train K times, each fold held out once (0 = off)</source>
        <translation>K折交叉验证：训练 K 次，每一折各留出一次（0 = 关闭）</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>error: {problem}</source>
        <translation>错误：{problem}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>警告：{problem}</translation>
    </message>
    <message>
        <source>Multiply-adds per sample: {macs}</source>
        <translation>每个样本的乘加次数：{macs}</translation>
    </message>
    <message>
        <source>Total parameters: {parameters}</source>
        <translation>参数总数：{parameters}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Input: {shape}</source>
        <translation>输入：{shape}</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>乘加次数</translation>
    </message>
</context>
</TS>
