<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>catalog</name>
    <message>
        <source>Linear</source>
        <translation>全連接層</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷積</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>歸一化</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>正則化</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>變形</translation>
    </message>
    <message>
        <source>Skip connections</source>
        <translation>跳躍連接</translation>
    </message>
    <message>
        <source>Learn an additive bias per output.</source>
        <translation>為每個輸出學習一個加性偏置。</translation>
    </message>
    <message>
        <source>Step between windows; 2 halves the size.</source>
        <translation>窗口之間的步長；取 2 時尺寸減半。</translation>
    </message>
    <message>
        <source>Zeros added around each border.</source>
        <translation>在每條邊外補零的圈數（填充）。</translation>
    </message>
    <message>
        <source>Size of each pooling window.</source>
        <translation>每個池化窗口的大小。</translation>
    </message>
    <message>
        <source>Fraction of values zeroed while training.</source>
        <translation>訓練時置零的值所佔的比例。</translation>
    </message>
    <message>
        <source>Added to the variance to avoid dividing by zero.</source>
        <translation>加到方差上，避免除以零。</translation>
    </message>
    <message>
        <source>How fast the running statistics follow.</source>
        <translation>滑動統計量跟隨的快慢。</translation>
    </message>
    <message>
        <source>Learn a scale and shift per feature.</source>
        <translation>為每個特徵學習縮放和平移。</translation>
    </message>
    <message>
        <source>Fully connected: every output is a weighted sum of all inputs plus a bias.</source>
        <translation>全連接層：每個輸出都是所有輸入的加權和再加上偏置。</translation>
    </message>
    <message>
        <source>Number of outputs (neurons).</source>
        <translation>輸出（神經元）的個數。</translation>
    </message>
    <message>
        <source>Slides learned filters over the image; each filter makes one feature map.</source>
        <translation>讓學到的卷積核在圖像上滑動；每個卷積核生成一張特徵圖。</translation>
    </message>
    <message>
        <source>Number of filters (output feature maps).</source>
        <translation>卷積核（輸出特徵圖）的個數。</translation>
    </message>
    <message>
        <source>Width and height of each square filter.</source>
        <translation>每個正方形卷積核的寬和高。</translation>
    </message>
    <message>
        <source>Keeps the largest value in each window: shrinks maps, keeps strong features.</source>
        <translation>最大池化：保留每個窗口中的最大值，縮小特徵圖，留下強特徵。</translation>
    </message>
    <message>
        <source>Averages each window: shrinks feature maps smoothly (LeNet&apos;s subsampling).</source>
        <translation>平均池化：對每個窗口取平均，平滑地縮小特徵圖（LeNet 的下採樣）。</translation>
    </message>
    <message>
        <source>Averages each feature map down to a fixed size, whatever the input size.</source>
        <translation>無論輸入多大，都把每張特徵圖平均池化到固定大小。</translation>
    </message>
    <message>
        <source>Height and width of the output.</source>
        <translation>輸出的高和寬。</translation>
    </message>
    <message>
        <source>Unrolls feature maps (C, H, W) into one flat vector for Linear layers.</source>
        <translation>把特徵圖 (C, H, W) 展平成一個向量，供 Linear 層使用。</translation>
    </message>
    <message>
        <source>Randomly zeroes values while training so units cannot co-adapt.</source>
        <translation>丟棄法：訓練時隨機把一些值置零，使神經元無法相互依賴。</translation>
    </message>
    <message>
        <source>Randomly zeroes whole feature maps while training.</source>
        <translation>訓練時隨機把整張特徵圖置零。</translation>
    </message>
    <message>
        <source>Normalises each feature over the batch; speeds up training.</source>
        <translation>在 batch 上對每個特徵做歸一化，加快訓練。</translation>
    </message>
    <message>
        <source>Normalises each channel over the batch; speeds up training.</source>
        <translation>在 batch 上對每個通道做歸一化，加快訓練。</translation>
    </message>
    <message>
        <source>Divides each value by the activity of neighbouring channels (AlexNet).</source>
        <translation>局部響應歸一化：用相鄰通道的激活強度去除每個值（AlexNet）。</translation>
    </message>
    <message>
        <source>Number of neighbouring channels.</source>
        <translation>相鄰通道的個數。</translation>
    </message>
    <message>
        <source>Scale of the normalisation.</source>
        <translation>歸一化的縮放係數。</translation>
    </message>
    <message>
        <source>Exponent of the normalisation.</source>
        <translation>歸一化的指數。</translation>
    </message>
    <message>
        <source>Additive constant.</source>
        <translation>加性常數。</translation>
    </message>
    <message>
        <source>max(0, x): the default choice; fast, and gradients do not vanish.</source>
        <translation>max(0, x)：默認的選擇；計算快，梯度不會消失。</translation>
    </message>
    <message>
        <source>Like ReLU but lets a small slope through for negative inputs.</source>
        <translation>類似 ReLU，但對負輸入保留一個小斜率。</translation>
    </message>
    <message>
        <source>Slope for negative inputs.</source>
        <translation>負輸入的斜率。</translation>
    </message>
    <message>
        <source>Squashes to (0, 1); saturates, so deep stacks learn slowly.</source>
        <translation>壓縮到 (0, 1)；會飽和，所以多層堆疊時學得很慢。</translation>
    </message>
    <message>
        <source>Squashes to (-1, 1); zero-centred, but saturates like Sigmoid.</source>
        <translation>壓縮到 (-1, 1)；以零為中心，但和 Sigmoid 一樣會飽和。</translation>
    </message>
    <message>
        <source>Smooth ReLU whose negative side curves to -alpha.</source>
        <translation>平滑的 ReLU，負半軸彎向 -alpha。</translation>
    </message>
    <message>
        <source>Value reached for large negative inputs.</source>
        <translation>輸入為很大的負數時趨近的值。</translation>
    </message>
    <message>
        <source>Self-normalising ELU: keeps activations near mean 0, variance 1.</source>
        <translation>自歸一化的 ELU：使激活值保持在均值 0、方差 1 附近。</translation>
    </message>
    <message>
        <source>Smooth ReLU used by transformers: x weighted by its Gaussian probability.</source>
        <translation>Transformer 使用的平滑 ReLU：x 乘以它的高斯概率。</translation>
    </message>
    <message>
        <source>Exact or tanh approximation.</source>
        <translation>精確計算或 tanh 近似。</translation>
    </message>
    <message>
        <source>log(1 + exp(x)): a smooth, always-positive ReLU.</source>
        <translation>log(1 + exp(x))：平滑且始終為正的 ReLU。</translation>
    </message>
    <message>
        <source>Sharpness of the curve.</source>
        <translation>曲線的陡峭程度。</translation>
    </message>
    <message>
        <source>Above this it is linear.</source>
        <translation>超過這個值後按線性計算。</translation>
    </message>
    <message>
        <source>Turns scores into probabilities that sum to 1.</source>
        <translation>把得分變成和為 1 的概率。</translation>
    </message>
    <message>
        <source>Log of Softmax; pairs with the negative log-likelihood loss.</source>
        <translation>Softmax 的對數；與負對數似然損失搭配使用。</translation>
    </message>
    <message>
        <source>Folds a flat vector back into feature maps (C, H, W): Flatten undone.</source>
        <translation>把一維向量折回特徵圖 (C, H, W)：Flatten 的逆操作。</translation>
    </message>
    <message>
        <source>Channels (C) of the maps.</source>
        <translation>特徵圖的通道數 (C)。</translation>
    </message>
    <message>
        <source>Height (H) of the maps.</source>
        <translation>特徵圖的高 (H)。</translation>
    </message>
    <message>
        <source>Width (W) of the maps.</source>
        <translation>特徵圖的寬 (W)。</translation>
    </message>
    <message>
        <source>Convolution run backwards: stride 2 doubles the size (a decoder&apos;s upsampling).</source>
        <translation>反向進行的卷積：步長為 2 時尺寸加倍（解碼器的上採樣）。</translation>
    </message>
    <message>
        <source>Rows and columns added at one side; must be less than stride.</source>
        <translation>在一側補上的行數和列數；必須小於步長。</translation>
    </message>
    <message>
        <source>Enlarges feature maps by repeating (nearest) or blending (bilinear) pixels.</source>
        <translation>通過重複像素 (nearest) 或混合相鄰像素 (bilinear) 放大特徵圖。</translation>
    </message>
    <message>
        <source>How many times taller and wider the maps become.</source>
        <translation>特徵圖的高和寬放大的倍數。</translation>
    </message>
    <message>
        <source>Repeat each pixel, or blend neighbours.</source>
        <translation>重複每個像素，或混合相鄰像素。</translation>
    </message>
    <message>
        <source>Adds its input to what its blocks make (blocks(x) + x), so the gradient skips ahead.</source>
        <translation>把輸入加到其中各層的輸出上（blocks(x) + x），讓梯度可以跳過這些層直接向前傳。</translation>
    </message>
    <message>
        <source>identity adds the input as it is; projection first reshapes it to the blocks&apos; output (1x1 Conv2d + BatchNorm2d, or Linear).</source>
        <translation>identity 直接加上輸入；projection 先把輸入變成與各層輸出相同的形狀（1x1 Conv2d + BatchNorm2d，或 Linear）。</translation>
    </message>
    <message>
        <source>Runs parallel branches on the same input and joins their outputs (Inception).</source>
        <translation>在同一個輸入上並行運行幾條分支，再把它們的輸出合併（Inception）。</translation>
    </message>
    <message>
        <source>concat stacks the branches&apos; channels (or features); add sums them.</source>
        <translation>concat 把各分支的通道（或特徵）拼接起來；add 把它們相加。</translation>
    </message>
    <message>
        <source>One path of a Branches block; an empty branch passes its input on.</source>
        <translation>Branches 塊中的一條分支；空分支把輸入原樣傳下去。</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>MNIST handwritten digits</source>
        <translation>MNIST 手寫數字</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing</source>
        <translation>Fashion-MNIST 服飾</translation>
    </message>
    <message>
        <source>Kuzushiji-MNIST (Japanese characters)</source>
        <translation>Kuzushiji-MNIST（日文古典字符）</translation>
    </message>
    <message>
        <source>EMNIST digits</source>
        <translation>EMNIST 數字</translation>
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
        <translation>合成數字</translation>
    </message>
    <message>
        <source>Synthetic digits (generated, not MNIST)</source>
        <translation>合成數字（程序生成，不是 MNIST）</translation>
    </message>
    <message>
        <source>Sine curve (1-D regression, generated)</source>
        <translation>正弦曲線（一維迴歸，程序生成）</translation>
    </message>
    <message>
        <source>sine: y = sin(3x) + x/2 + noise</source>
        <translation>正弦：y = sin(3x) + x/2 + 噪聲</translation>
    </message>
    <message>
        <source>{title} (2-D points)</source>
        <translation>{title}（二維點）</translation>
    </message>
    <message>
        <source>points per class</source>
        <translation>每個類別的點數</translation>
    </message>
    <message>
        <source>share of each class held out as the test set</source>
        <translation>每個類別留作測試集的比例</translation>
    </message>
    <message>
        <source>the random seed: the same seed gives the same points</source>
        <translation>隨機種子：相同的種子生成相同的點</translation>
    </message>
    <message>
        <source>how many classes (arms, blobs)</source>
        <translation>類別數（旋臂或團簇的個數）</translation>
    </message>
    <message>
        <source>how far points scatter from the clean shape</source>
        <translation>點偏離理想形狀的分散程度</translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation>螺旋數據</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>雙月牙</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圓</translation>
    </message>
    <message>
        <source>XOR quadrants</source>
        <translation>XOR 象限</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>高斯團簇</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Layer {number} ({type}): {text}</source>
        <translation>第 {number} 層（{type}）：{text}</translation>
    </message>
    <message>
        <source>Parameter {problem}</source>
        <translation>參數 {problem}</translation>
    </message>
    <message>
        <source>{type} expects a flat input of shape (N, F) but gets {shape}: insert a Flatten before it</source>
        <translation>{type} 需要形狀為 (N, F) 的展平輸入，但得到的是 {shape}：在它前面插入一個 Flatten</translation>
    </message>
    <message>
        <source>{type} expects a flat input of shape (N, F) but gets {shape}: insert a Flatten before it (or use BatchNorm2d on feature maps)</source>
        <translation>{type} 需要形狀為 (N, F) 的展平輸入，但得到的是 {shape}：在它前面插入一個 Flatten（或者對特徵圖使用 BatchNorm2d）</translation>
    </message>
    <message>
        <source>{type} expects feature maps of shape (N, C, H, W) but gets the flat {shape}: move it before the Flatten</source>
        <translation>{type} 需要形狀為 (N, C, H, W) 的特徵圖，但得到的是展平的 {shape}：把它移到 Flatten 之前</translation>
    </message>
    <message>
        <source>Padding {padding} is more than half the kernel size {kernel}: lower padding to {lower}</source>
        <translation>填充 {padding} 超過了卷積核大小 {kernel} 的一半：把填充降到 {lower}</translation>
    </message>
    <message>
        <source>Its {kernel}x{kernel} window does not fit the {height}x{width} input (padding {padding}): use a smaller kernel_size, add padding, or remove a pooling layer before it</source>
        <translation>它的 {kernel}x{kernel} 窗口放不進 {height}x{width} 的輸入（填充 {padding}）：換更小的 kernel_size、增加填充，或去掉它前面的一個池化層</translation>
    </message>
    <message>
        <source>Cannot process an input of shape {shape}: {reason}</source>
        <translation>無法處理形狀為 {shape} 的輸入：{reason}</translation>
    </message>
    <message>
        <source>Cannot process an input of shape {shape}: it produces an empty output</source>
        <translation>無法處理形狀為 {shape} 的輸入：輸出為空</translation>
    </message>
    <message>
        <source>{channels}x{height}x{width} = {product} values, but its input has {features} features: make channels x height x width equal {features}</source>
        <translation>{channels}x{height}x{width} = {product} 個值，但它的輸入有 {features} 個特徵：讓 channels x height x width 等於 {features}</translation>
    </message>
    <message>
        <source>output_padding {output_padding} must be less than stride {stride}: lower output_padding or raise stride</source>
        <translation>output_padding {output_padding} 必須小於步長 {stride}：減小 output_padding 或增大步長</translation>
    </message>
    <message>
        <source>Padding {padding} crops the whole {height}x{width} output: lower padding</source>
        <translation>填充 {padding} 把 {height}x{width} 的輸出全部裁掉了：減小填充</translation>
    </message>
    <message>
        <source>It would have {parameters:,} parameters, too many to train here: make it smaller or shrink its input with pooling</source>
        <translation>它將有 {parameters:,} 個參數，多到無法在這裡訓練：把它改小，或用池化縮小它的輸入</translation>
    </message>
    <message>
        <source>The network has nothing to learn: add a Linear layer</source>
        <translation>網絡沒有可學習的參數：添加一個 Linear 層</translation>
    </message>
    <message>
        <source>The network outputs {output} but the dataset {wants}: {fix}</source>
        <translation>網絡的輸出形狀為 {output}，但數據集{wants}：{fix}</translation>
    </message>
    <message>
        <source>asks for 1 value (a regression)</source>
        <translation>需要 1 個值（迴歸）</translation>
    </message>
    <message>
        <source>has {classes} classes</source>
        <translation>有 {classes} 個類別</translation>
    </message>
    <message>
        <source>end with Flatten and Linear({classes})</source>
        <translation>以 Flatten 和 Linear({classes}) 結尾</translation>
    </message>
    <message>
        <source>set the last Linear&apos;s out_features to {classes}</source>
        <translation>把最後一個 Linear 的 out_features 設為 {classes}</translation>
    </message>
    <message>
        <source>add a Linear layer with out_features {classes} at the end</source>
        <translation>在末尾添加一個 out_features 為 {classes} 的 Linear 層</translation>
    </message>
    <message>
        <source>Its blocks turn {input} into {output}, so the input cannot be added to their output as it is: set shortcut to projection</source>
        <translation>其中各層把 {input} 變成了 {output}，輸入不能直接加到它們的輸出上：請把 shortcut 設為 projection</translation>
    </message>
    <message>
        <source>Its blocks turn {input} into {output} and no shortcut can reshape one into the other: keep images as images (no Flatten inside) and shrink height and width by a whole stride</source>
        <translation>其中各層把 {input} 變成了 {output}，沒有哪種捷徑能把前者變成後者：請讓圖像保持為圖像（塊內不要 Flatten），並按整數步長縮小高和寬</translation>
    </message>
    <message>
        <source>No projection turns {input} into {output} (a 1x1 Conv2d keeps images images and can only shrink them by a whole stride): keep the blocks&apos; output an image of that kind, or move the Flatten out of the block</source>
        <translation>沒有投影能把 {input} 變成 {output}（1x1 Conv2d 只能讓圖像保持為圖像，並按整數步長縮小）：請讓各層輸出這樣的圖像，或把 Flatten 移到塊外</translation>
    </message>
    <message>
        <source>It has no branch: add one, or unwrap it</source>
        <translation>它沒有分支：請添加一條，或取消包裹</translation>
    </message>
    <message>
        <source>Branch {branch} outputs {shape} but branch 1 outputs {first}: concatenating needs the same height and width (or both flat); change that branch&apos;s stride or padding</source>
        <translation>分支 {branch} 輸出 {shape}，而分支 1 輸出 {first}：拼接要求高和寬相同（或都是扁平向量）；請修改該分支的步長或填充</translation>
    </message>
    <message>
        <source>Branch {branch} outputs {shape} but branch 1 outputs {first}: adding needs equal shapes; change that branch, or set merge to concat</source>
        <translation>分支 {branch} 輸出 {shape}，而分支 1 輸出 {first}：相加要求形狀相同；請修改該分支，或把 merge 設為 concat</translation>
    </message>
    <message>
        <source>A Branch belongs inside a Branches block</source>
        <translation>Branch 只能放在 Branches 塊裡</translation>
    </message>
    <message>
        <source>A Branches block holds Branch paths only: put this layer inside a branch</source>
        <translation>Branches 塊裡只能放分支：請把這一層放進某條分支</translation>
    </message>
    <message>
        <source>A {type} layer cannot hold other layers</source>
        <translation>{type} 層不能包含其他層</translation>
    </message>
    <message>
        <source>Blocks are nested more than {levels} deep: unwrap some</source>
        <translation>塊的嵌套超過了 {levels} 層：請取消包裹其中一些</translation>
    </message>
    <message>
        <source>The network outputs {output} but reconstructing needs the input&apos;s shape {input}: {fix}</source>
        <translation>網絡輸出 {output}，但重建需要與輸入相同的形狀 {input}：{fix}</translation>
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
        <translation>讓最後一層輸出 {channels} 張 {height}x{width} 的特徵圖（例如 out_channels 為 {channels} 的 ConvTranspose2d，或 Upsample）</translation>
    </message>
    <message>
        <source>Binary cross-entropy compares pixels between 0 and 1: end the network with Sigmoid (before an Unflatten), or choose the mse loss</source>
        <translation>二元交叉熵比較的是 0 到 1 之間的像素：讓網絡以 Sigmoid 結尾（放在 Unflatten 之前），或選擇 mse 損失函數</translation>
    </message>
    <message>
        <source>Its blocks keep the shape {shape}: an identity shortcut does the same without the projection&apos;s parameters</source>
        <translation>其中各層保持形狀 {shape} 不變：identity 捷徑效果相同，而且沒有投影的參數</translation>
    </message>
    <message>
        <source>Dropout after the output layer randomly zeroes predictions: move it before the last Linear</source>
        <translation>輸出層之後的 Dropout 會隨機把預測置零：把它移到最後一個 Linear 之前</translation>
    </message>
    <message>
        <source>{type} after the final Linear clips the logits: remove it</source>
        <translation>最後一個 Linear 之後的 {type} 會截斷 logits：刪掉它</translation>
    </message>
    <message>
        <source>{type} after the final Linear squashes the logits: remove it</source>
        <translation>最後一個 Linear 之後的 {type} 會壓縮 logits：刪掉它</translation>
    </message>
    <message>
        <source>Two Linear layers with no activation between them collapse into one linear map: insert a ReLU between them</source>
        <translation>兩個 Linear 層之間沒有激活函數，會合併成一個線性映射：在它們之間插入一個 ReLU</translation>
    </message>
    <message>
        <source>Softmax as the last layer under cross-entropy: the loss already applies log-softmax, so this slows learning; remove it (the app still shows probabilities)</source>
        <translation>使用交叉熵時把 Softmax 作為最後一層：損失已經包含 log-softmax，這樣會減慢學習；刪掉它（應用仍會顯示概率）</translation>
    </message>
    <message>
        <source>{count} Sigmoid/Tanh layers stacked: gradients vanish through them; use ReLU</source>
        <translation>堆疊了 {count} 個 Sigmoid/Tanh 層：梯度穿過它們時會消失（梯度消失）；改用 ReLU</translation>
    </message>
    <message>
        <source>{name} must be {kind}, not {actual}</source>
        <translation>{name} 必須是 {kind}，而不是 {actual}</translation>
    </message>
    <message>
        <source>{name} {value} is not one of: {choices}</source>
        <translation>{name} 的值 {value} 不在可選值中：{choices}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name} 必須是有限的數，而不是 {value}</translation>
    </message>
    <message>
        <source>{name} {value} is below its minimum {minimum}</source>
        <translation>{name} 的值 {value} 低於最小值 {minimum}</translation>
    </message>
    <message>
        <source>{name} {value} is above its maximum {maximum}</source>
        <translation>{name} 的值 {value} 高於最大值 {maximum}</translation>
    </message>
    <message>
        <source>The loss became NaN (not a number): with learning rate {lr:g} the steps are so big that the weights blew up.</source>
        <translation>損失變成了 NaN（不是一個數）：學習率為 {lr:g} 時步子太大，權重爆炸了。</translation>
    </message>
    <message>
        <source>The loss is growing ({first:.3g} -&gt; {last:.3g}) instead of falling: the steps overshoot. Learning rate {lr:g} is too high.</source>
        <translation>損失在上升（{first:.3g} -&gt; {last:.3g}）而不是下降：步子邁過頭了。學習率 {lr:g} 太高。</translation>
    </message>
    <message>
        <source>The loss is flat ({first:.3g} -&gt; {last:.3g}): the network is not learning. The learning rate may be too low, or the initial weights poor.</source>
        <translation>損失沒有變化（{first:.3g} -&gt; {last:.3g}）：網絡沒有在學習。可能是學習率太低，或者初始權重不好。</translation>
    </message>
    <message>
        <source>Layer {layer}: {share:.0%} of its units output 0 for every image (dead ReLUs); they pass no gradient back, so they never recover. Lower the learning rate, change the initialisation, or use LeakyReLU.</source>
        <translation>層 {layer}：{share:.0%} 的單元對每張圖像都輸出 0（死亡 ReLU）；它們不向回傳遞梯度，所以永遠恢復不了。降低學習率、換一種初始化，或改用 LeakyReLU。</translation>
    </message>
    <message>
        <source>Layer {layer}: {share:.0%} of its outputs sit on the flat ends of the curve (slope under 0.01), so almost no gradient gets through. Smaller initial weights, BatchNorm before it, or ReLU instead will help.</source>
        <translation>層 {layer}：{share:.0%} 的輸出落在曲線平坦的兩端（斜率小於 0.01），幾乎沒有梯度能通過。用更小的初始權重、在它前面加 BatchNorm，或改用 ReLU 會有幫助。</translation>
    </message>
    <message>
        <source>Vanishing gradients: layer {layer} gets a gradient {times:,.0f} times smaller than layer {last_layer}, so it barely learns. Use ReLU instead of Sigmoid/Tanh, add BatchNorm, or make the network shallower.</source>
        <translation>梯度消失：層 {layer} 得到的梯度比層 {last_layer} 小 {times:,.0f} 倍，所以它幾乎學不到東西。用 ReLU 代替 Sigmoid/Tanh、添加 BatchNorm，或減少網絡的層數。</translation>
    </message>
    <message>
        <source>Exploding gradients: layer {layer} has a gradient norm of {norm:.3g}; steps that big throw the weights around. Lower the learning rate, or add BatchNorm.</source>
        <translation>梯度爆炸：層 {layer} 的梯度範數為 {norm:.3g}；這麼大的步子會讓權重劇烈跳動。降低學習率，或添加 BatchNorm。</translation>
    </message>
    <message>
        <source>Overfitting: validation loss rose from {best_loss:.3g} (epoch {best_epoch}) to {loss:.3g} while training loss kept falling: the network is memorising the training samples. Add Dropout or weight decay (L2), or stop early.</source>
        <translation>過擬合：驗證損失從 {best_loss:.3g}（epoch {best_epoch}）升到了 {loss:.3g}，而訓練損失還在下降：網絡在死記訓練樣本。添加 Dropout 或權重衰減 (L2)，或提前終止。</translation>
    </message>
    <message>
        <source>The predictions collapsed onto one class: {share:.0%} of the images are put in class {top}. The network ignores its input; often the learning rate is too high or too low, or the output layer&apos;s start is badly off.</source>
        <translation>預測塌縮到了一個類別：{share:.0%} 的圖像都被歸為類別 {top}。網絡忽略了它的輸入；通常是學習率太高或太低，或者輸出層的初始狀態很差。</translation>
    </message>
    <message>
        <source>Your network is worse than a linear model: test accuracy {network:.1%} against {linear:.1%} for logistic regression on the same split (always answering the most common class: {constant:.1%}). Train longer, tune the learning rate, or try a simpler network.</source>
        <translation>你的網絡不如線性模型：測試準確率 {network:.1%}，而同一劃分上的邏輯迴歸為 {linear:.1%}（總是回答最常見的類別：{constant:.1%}）。請訓練更久、調整學習率，或換一個更簡單的網絡。</translation>
    </message>
    <message>
        <source>Your network is worse than a linear model: test R² {network:.3f} against {linear:.3f} for least-squares linear regression on the same split (predicting the mean: {constant:.3f}). With few samples a smaller network, weight decay or early stopping often help.</source>
        <translation>你的網絡不如線性模型：測試 R² {network:.3f}，而同一劃分上的最小二乘線性迴歸為 {linear:.3f}（預測均值：{constant:.3f}）。樣本少時，更小的網絡、權重衰減或提前終止往往有幫助。</translation>
    </message>
    <message>
        <source>--param {text}: write NAME=RANGE, e.g. learning_rate=log:0.001..0.3, batch_size=32,64,128, epochs=int:5..40 or 4.out_features=int:16..256</source>
        <translation>--param {text}：請寫成 名稱=範圍，例如 learning_rate=log:0.001..0.3、batch_size=32,64,128、epochs=int:5..40 或 4.out_features=int:16..256</translation>
    </message>
    <message>
        <source>--param {text}: the range must go from a smaller to a larger number (above 0 on a log scale), e.g. log:0.001..0.3</source>
        <translation>--param {text}：範圍必須從較小的數到較大的數（對數尺度上須大於 0），例如 log:0.001..0.3</translation>
    </message>
    <message>
        <source>--param {name} is given twice</source>
        <translation>--param {name} 給了兩次</translation>
    </message>
    <message>
        <source>--param {name}: no training setting of that name can be swept; a layer&apos;s parameter is written as its number and the parameter, e.g. 4.out_features</source>
        <translation>--param {name}：沒有可搜索的同名訓練設置；層的參數寫成層號加參數名，例如 4.out_features</translation>
    </message>
    <message>
        <source>--param {name}: the network has no layer {number} (`netbuilder summary` numbers them)</source>
        <translation>--param {name}：網絡中沒有第 {number} 層（`netbuilder summary` 會列出層號）</translation>
    </message>
    <message>
        <source>--param {name}: a {type} layer has no such parameter (it has: {params})</source>
        <translation>--param {name}：{type} 層沒有這個參數（它有：{params}）</translation>
    </message>
    <message>
        <source>--param {name}: choose among {choices}</source>
        <translation>--param {name}：請從 {choices} 中選擇</translation>
    </message>
    <message>
        <source>--param {name}: {value} is not a value of type {kind}</source>
        <translation>--param {name}：{value} 不是 {kind} 類型的值</translation>
    </message>
    <message>
        <source>--param {name}: {value} is outside what it allows ({minimum} to {maximum})</source>
        <translation>--param {name}：{value} 超出了允許的範圍（{minimum} 到 {maximum}）</translation>
    </message>
    <message>
        <source>A sweep scores each trial on validation data, and this project holds none back: set --validation-fraction above 0 (e.g. 0.2)</source>
        <translation>搜索要在驗證集上為每次試驗評分，而這個項目沒有留出驗證集：請把 --validation-fraction 設為大於 0（例如 0.2）</translation>
    </message>
    <message>
        <source>stopped after epoch {epoch}: its validation score was behind the other trials&apos; there</source>
        <translation>在第 {epoch} 個 epoch 後停止：它的驗證得分落後於其他試驗在同一 epoch 的得分</translation>
    </message>
    <message>
        <source>the trial has no finite validation score</source>
        <translation>這次試驗沒有有限的驗證得分</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>Lower the learning rate to {lr:g}</source>
        <translation>把學習率降到 {lr:g}</translation>
    </message>
    <message>
        <source>Raise the learning rate to {lr:g}</source>
        <translation>把學習率提高到 {lr:g}</translation>
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
        <translation>添加權重衰減 {weight_decay:g}</translation>
    </message>
    <message>
        <source>Add weight decay {weight_decay:g} and stop early</source>
        <translation>添加權重衰減 {weight_decay:g} 並提前終止</translation>
    </message>
    <message>
        <source>Data not available</source>
        <translation>數據不可用</translation>
    </message>
    <message>
        <source>Not the chosen dataset&apos;s files</source>
        <translation>不是所選數據集的文件</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>訓練已停止</translation>
    </message>
    <message>
        <source>The network cannot be trained</source>
        <translation>網絡無法訓練</translation>
    </message>
    <message>
        <source>Device not available</source>
        <translation>設備不可用</translation>
    </message>
    <message>
        <source>Training settings are invalid</source>
        <translation>訓練設置無效</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>訓練失敗</translation>
    </message>
    <message>
        <source>Unexpected error: {details}</source>
        <translation>意外錯誤：{details}</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>內存不足</translation>
    </message>
    <message>
        <source>Training ran out of memory. Try a smaller batch size, fewer filters or units, or a smaller training set.</source>
        <translation>訓練時內存不足。請減小 Batch 大小、減少卷積核或神經元的數量，或使用更小的訓練集。</translation>
    </message>
    <message>
        <source>Cannot start training: {reason}</source>
        <translation>無法開始訓練：{reason}</translation>
    </message>
    <message>
        <source>killed ({signal})</source>
        <translation>被終止（{signal}）</translation>
    </message>
    <message>
        <source>exited with code {code}</source>
        <translation>已退出，退出碼 {code}</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失敗：{reason}</translation>
    </message>
    <message>
        <source>stopped in the middle of a batch</source>
        <translation>在一個 batch 中途停止</translation>
    </message>
    <message>
        <source>Training {outcome}.</source>
        <translation>訓練{outcome}。</translation>
    </message>
    <message>
        <source>Training stopped mid-batch.</source>
        <translation>訓練在 batch 中途停止。</translation>
    </message>
    <message>
        <source>{text} The model from epoch {epoch} is kept: Save model… saves it.</source>
        <translation>{text}已保留第 {epoch} 個 epoch 的模型：用“保存模型…”可將其保存。</translation>
    </message>
    <message>
        <source>{text} No epoch had been saved yet, so there is no model to keep.</source>
        <translation>{text}尚未保存任何 epoch，因此沒有可保留的模型。</translation>
    </message>
    <message>
        <source>Training stopped at epoch {epoch}, batch {batch}: the loss became NaN/infinite. Lower the learning rate (now {lr:g}), or use a gentler optimizer, a different weight init, or batch normalisation.</source>
        <translation>訓練在第 {epoch} 個 epoch、第 {batch} 個 batch 時停止：損失變成了 NaN/無窮大。降低學習率（當前為 {lr:g}），或使用更溫和的優化器、別的權重初始化，或批量歸一化。</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>無法打開 {path}：{reason}</translation>
    </message>
    <message>
        <source>Cannot open lesson {path}: {reason}</source>
        <translation>無法打開課程 {path}：{reason}</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>頂層必須是一個 JSON 對象</translation>
    </message>
    <message>
        <source>it is not a netbuilder project (format must be &apos;{format}&apos;)</source>
        <translation>它不是 netbuilder 項目（format 必須是 &apos;{format}&apos;）</translation>
    </message>
    <message>
        <source>schema_version must be an integer</source>
        <translation>schema_version 必須是整數</translation>
    </message>
    <message>
        <source>schema_version {version} is not one netbuilder wrote (1 or more)</source>
        <translation>schema_version {version} 不是 netbuilder 寫出的版本（應為 1 或更大）</translation>
    </message>
    <message>
        <source>it was written by a newer netbuilder (schema {version}; this one reads up to {newest})</source>
        <translation>它由更新版本的 netbuilder 寫出（schema {version}；當前版本最多讀取 {newest}）</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be an object</source>
        <translation>&apos;{field}&apos; 必須是一個對象</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list</source>
        <translation>&apos;{field}&apos; 必須是一個列表</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text</source>
        <translation>&apos;{field}&apos; 必須是文本</translation>
    </message>
    <message>
        <source>&apos;dataset&apos; needs a name</source>
        <translation>&apos;dataset&apos; 需要一個名稱</translation>
    </message>
    <message>
        <source>unknown dataset {name}</source>
        <translation>未知的數據集 {name}</translation>
    </message>
    <message>
        <source>network.input_shape must be [channels, height, width] or [features]</source>
        <translation>network.input_shape 必須是 [通道數, 高, 寬] 或 [特徵數]</translation>
    </message>
    <message>
        <source>dataset.normalisation must hold a mean from -1000 to 1000 and a std from 1e-12 to 1000</source>
        <translation>dataset.normalisation（歸一化）必須包含 -1000 到 1000 之間的 mean 和 1e-12 到 1000 之間的 std</translation>
    </message>
    <message>
        <source>layer {number} needs a &apos;type&apos;</source>
        <translation>第 {number} 層需要一個 &apos;type&apos;</translation>
    </message>
    <message>
        <source>layer {number}: {reason}</source>
        <translation>第 {number} 層：{reason}</translation>
    </message>
    <message>
        <source>layer {number} ({type}): &apos;params&apos; must be an object</source>
        <translation>第 {number} 層（{type}）：&apos;params&apos; 必須是一個對象</translation>
    </message>
    <message>
        <source>layer {number} ({type}) has no parameter {name}</source>
        <translation>第 {number} 層（{type}）沒有參數 {name}</translation>
    </message>
    <message>
        <source>layer {number} ({type}): {problem}</source>
        <translation>第 {number} 層（{type}）：{problem}</translation>
    </message>
    <message>
        <source>layer {number} ({type}) has &apos;children&apos;, but only containers hold layers</source>
        <translation>第 {number} 層（{type}）有 &apos;children&apos;，但只有容器才能包含層</translation>
    </message>
    <message>
        <source>The code has {size:,} characters; netbuilder reads at most {most:,}: paste only the model&apos;s code</source>
        <translation>代碼有 {size:,} 個字符；netbuilder 最多讀取 {most:,} 個：請只粘貼模型的代碼</translation>
    </message>
    <message>
        <source>Line {line} is not Python netbuilder can read ({reason}): correct it</source>
        <translation>第 {line} 行不是 netbuilder 能讀的 Python（{reason}）：請改正</translation>
    </message>
    <message>
        <source>The code is nested too deeply to read: paste only the model&apos;s code</source>
        <translation>代碼嵌套太深，無法讀取：請只粘貼模型的代碼</translation>
    </message>
    <message>
        <source>The code takes more than {most:,} steps to read: paste only the model&apos;s code</source>
        <translation>讀取這段代碼需要超過 {most:,} 步：請只粘貼模型的代碼</translation>
    </message>
    <message>
        <source>The code builds more than {most:,} layers: paste a smaller model</source>
        <translation>這段代碼構建了超過 {most:,} 個層：請粘貼小一些的模型</translation>
    </message>
    <message>
        <source>No model found: netbuilder reads nn.Sequential(...) and classes derived from nn.Module whose forward calls their layers</source>
        <translation>沒有找到模型：netbuilder 讀取 nn.Sequential(...)，以及繼承 nn.Module、在 forward 中調用其各層的類</translation>
    </message>
    <message>
        <source>Line {line}: {name} holds no layer netbuilder knows (the notes say what was skipped)</source>
        <translation>第 {line} 行：{name} 中沒有 netbuilder 認識的層（註釋列出了跳過的內容）</translation>
    </message>
    <message>
        <source>Lines {lines}: import {names} was not run (netbuilder never runs code)</source>
        <translation>第 {lines} 行：import {names} 沒有運行（netbuilder 從不運行代碼）</translation>
    </message>
    <message>
        <source>Line {line}: import {names} was not run (netbuilder never runs code)</source>
        <translation>第 {line} 行：import {names} 沒有運行（netbuilder 從不運行代碼）</translation>
    </message>
    <message>
        <source>Line {line}: {code} was not run (netbuilder never runs code); skipped</source>
        <translation>第 {line} 行：{code} 沒有運行（netbuilder 從不運行代碼）；已跳過</translation>
    </message>
    <message>
        <source>Line {line}: {code}: skipped</source>
        <translation>第 {line} 行：{code}：已跳過</translation>
    </message>
    <message>
        <source>Line {line}: {code} is {reason}; skipped</source>
        <translation>第 {line} 行：{code} 是{reason}；已跳過</translation>
    </message>
    <message>
        <source>Line {line}: {name}() is not a layer netbuilder knows; skipped</source>
        <translation>第 {line} 行：{name}() 不是 netbuilder 認識的層；已跳過</translation>
    </message>
    <message>
        <source>Line {line}: {name}() is not a layer netbuilder knows; the input shape {shape} was taken from it</source>
        <translation>第 {line} 行：{name}() 不是 netbuilder 認識的層；輸入形狀 {shape} 取自它</translation>
    </message>
    <message>
        <source>Line {line}: the input shape {shape} was taken from {code}</source>
        <translation>第 {line} 行：輸入形狀 {shape} 取自 {code}</translation>
    </message>
    <message>
        <source>Line {line}: the input shape {shape} was worked out from the Linear layer&apos;s {features} inputs</source>
        <translation>第 {line} 行：輸入形狀 {shape} 是由 Linear 層的 {features} 個輸入推算出來的</translation>
    </message>
    <message>
        <source>Line {line}: {size} inputs after a Flatten were read as {shape} images</source>
        <translation>第 {line} 行：Flatten 之後的 {size} 個輸入被讀作 {shape} 的圖像</translation>
    </message>
    <message>
        <source>The code does not say the input&apos;s image size: {shape} was used</source>
        <translation>代碼沒有寫明輸入圖像的尺寸：已使用 {shape}</translation>
    </message>
    <message>
        <source>Line {line}: the code gives {layer} {stated} inputs, but it gets {actual} here (netbuilder works the sizes out itself)</source>
        <translation>第 {line} 行：代碼給 {layer} 的輸入是 {stated} 個，但這裡它得到 {actual} 個（netbuilder 自己推算尺寸）</translation>
    </message>
    <message>
        <source>Line {line}: {layer} needs {name}, which is not given; skipped</source>
        <translation>第 {line} 行：{layer} 需要 {name}，但沒有給出；已跳過</translation>
    </message>
    <message>
        <source>Line {line}: {layer} takes no argument {code}; left out</source>
        <translation>第 {line} 行：{layer} 沒有參數 {code}；已略去</translation>
    </message>
    <message>
        <source>Line {line}: {layer}: netbuilder has no {name} setting; {name}={value} was left out</source>
        <translation>第 {line} 行：{layer}：netbuilder 沒有 {name} 這一設置；已略去 {name}={value}</translation>
    </message>
    <message>
        <source>Line {line}: {layer}: {name}={code} is {reason}; torch&apos;s default was used</source>
        <translation>第 {line} 行：{layer}：{name}={code} 是{reason}；已使用 torch 的默認值</translation>
    </message>
    <message>
        <source>Line {line}: {layer}: {name}={code} is {reason}; the layer was skipped</source>
        <translation>第 {line} 行：{layer}：{name}={code} 是{reason}；已跳過該層</translation>
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
        <translation>第 {line} 行：{layer}：偶數大小的卷積核配 padding=&apos;same&apos; 會在一側多填充；已使用填充 {used}</translation>
    </message>
    <message>
        <source>Line {line}: {layer}(dim={value}) was read as dim=1, over the classes</source>
        <translation>第 {line} 行：{layer}(dim={value}) 被讀作 dim=1，即在各類別上計算</translation>
    </message>
    <message>
        <source>Line {line}: {code} without training=self.training drops values at evaluation too; read as a Dropout layer, which does not</source>
        <translation>第 {line} 行：沒有 training=self.training 的 {code} 在評估時也會丟棄數值；已讀作 Dropout 層，它在評估時不丟棄</translation>
    </message>
    <message>
        <source>Line {line}: the shortcut {code} was read as netbuilder&apos;s projection (1x1 Conv2d without bias + BatchNorm2d, or Linear)</source>
        <translation>第 {line} 行：捷徑 {code} 被讀作 netbuilder 的投影（無偏置的 1x1 Conv2d + BatchNorm2d，或 Linear）</translation>
    </message>
    <message>
        <source>Line {line}: {name} has no forward; its layers were read in the order __init__ makes them</source>
        <translation>第 {line} 行：{name} 沒有 forward；它的層按 __init__ 創建的順序讀取</translation>
    </message>
    <message>
        <source>Line {line}: {name} returns no tensor netbuilder can follow</source>
        <translation>第 {line} 行：{name} 沒有返回 netbuilder 能跟蹤的張量</translation>
    </message>
    <message>
        <source>Line {line}: {code} returns several values; the first was read as the output</source>
        <translation>第 {line} 行：{code} 返回多個值；第一個被讀作輸出</translation>
    </message>
    <message>
        <source>Line {line}: {name} builds classes nested too deeply; skipped</source>
        <translation>第 {line} 行：{name} 構建的類嵌套太深；已跳過</translation>
    </message>
    <message>
        <source>Line {line}: {name} was read; the code also defines {others}</source>
        <translation>第 {line} 行：已讀取 {name}；代碼中還定義了 {others}</translation>
    </message>
    <message>
        <source>... and {count:,} more notes</source>
        <translation>……還有 {count:,} 條註釋</translation>
    </message>
    <message>
        <source>a call, and netbuilder never runs code</source>
        <translation>一個函數調用，而 netbuilder 從不運行代碼</translation>
    </message>
    <message>
        <source>a lambda, and netbuilder never runs code</source>
        <translation>一個 lambda，而 netbuilder 從不運行代碼</translation>
    </message>
    <message>
        <source>an attribute or an index, which netbuilder does not look up</source>
        <translation>一個屬性或下標，netbuilder 不會去查找</translation>
    </message>
    <message>
        <source>a name not bound to a constant in this code</source>
        <translation>一個在這段代碼中沒有綁定到常量的名字</translation>
    </message>
    <message>
        <source>a number too large for a layer</source>
        <translation>一個對層來說太大的數</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套太深的表達式</translation>
    </message>
    <message>
        <source>not a constant netbuilder can read</source>
        <translation>netbuilder 無法讀取的非常量</translation>
    </message>
    <message>
        <source>not a layer netbuilder can read</source>
        <translation>netbuilder 無法讀取的非層內容</translation>
    </message>
    <message>
        <source>training setting &apos;{name}&apos; must be {kind}, not {actual}</source>
        <translation>訓練設置 &apos;{name}&apos; 必須是 {kind}，而不是 {actual}</translation>
    </message>
    <message>
        <source>{name} is {value}; it must be at least {minimum} and at most {maximum}</source>
        <translation>{name} 為 {value}；它必須不小於 {minimum} 且不大於 {maximum}</translation>
    </message>
    <message>
        <source>unknown training setting(s): {names}</source>
        <translation>未知的訓練設置：{names}</translation>
    </message>
    <message>
        <source>folds is 1; cross-validation needs at least 2 folds (0: off)</source>
        <translation>folds 為 1；交叉驗證至少需要 2 折（0 表示關閉）</translation>
    </message>
    <message>
        <source>nesterov needs the sgd optimizer with a momentum above 0</source>
        <translation>nesterov 需要 sgd 優化器且動量大於 0</translation>
    </message>
    <message>
        <source>early stopping needs a validation_fraction above 0</source>
        <translation>提前終止需要 validation_fraction 大於 0</translation>
    </message>
    <message>
        <source>Horizontal flip on {dataset}: a mirrored 2, 3, 4, 5, 7 or 9 is no digit anyone writes, so the network learns from pictures of wrong digits. Turn flipping off for digits; it suits photos (a mirrored cat is still a cat).</source>
        <translation>對 {dataset} 做水平翻轉：鏡像後的 2、3、4、5、7 或 9 不是任何人會寫的數字，網絡會從錯誤數字的圖片中學習。數字請關閉翻轉；翻轉適合照片（鏡像的貓仍然是貓）。</translation>
    </message>
    <message>
        <source>Data augmentation changes pictures only: {dataset} holds no pictures, so training ignores it.</source>
        <translation>數據增強只改變圖片：{dataset} 中沒有圖片，所以訓練時會忽略它。</translation>
    </message>
    <message>
        <source>{name} is not an augmentation. Use some of: {names}, separated by commas (e.g. --augment shift=3,rotate=10), or none.</source>
        <translation>{name} 不是一種數據增強。請從 {names} 中選用，用逗號分隔（例如 --augment shift=3,rotate=10），或者用 none。</translation>
    </message>
    <message>
        <source>{name} needs a value from {minimum} to {maximum}, e.g. {name}={example}.</source>
        <translation>{name} 需要一個 {minimum} 到 {maximum} 之間的值，例如 {name}={example}。</translation>
    </message>
    <message>
        <source>{name}={text} is not allowed: use a number from {minimum} to {maximum}, e.g. {name}={example}.</source>
        <translation>{name}={text} 不允許：請用 {minimum} 到 {maximum} 之間的數，例如 {name}={example}。</translation>
    </message>
    <message>
        <source>{name}={text} is not allowed: use a whole number from {minimum} to {maximum}, e.g. {name}={example}.</source>
        <translation>{name}={text} 不允許：請用 {minimum} 到 {maximum} 之間的整數，例如 {name}={example}。</translation>
    </message>
    <message>
        <source>flip={text} is not allowed: write flip to mirror images, or leave it out.</source>
        <translation>flip={text} 不允許：寫 flip 表示鏡像圖像，不需要時省略即可。</translation>
    </message>
    <message>
        <source>{name} is given twice; give each augmentation once.</source>
        <translation>{name} 出現了兩次；每種數據增強只寫一次。</translation>
    </message>
    <message>
        <source>cross-validation folds score classes: set folds to 0 to reconstruct</source>
        <translation>交叉驗證按類別評分：重建時把 folds 設為 0</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: no such file.</source>
        <translation>無法打開檢查點 {path}：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: {reason}.</source>
        <translation>無法打開檢查點 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: it is a JSON file (a project? open it in the app, or train it), not a netbuilder checkpoint (a .pt file from train --checkpoint).</source>
        <translation>無法打開檢查點 {path}：它是一個 JSON 文件（是項目嗎？請在應用中打開它，或訓練它），不是 netbuilder 檢查點（由 train --checkpoint 生成的 .pt 文件）。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: it is not a file torch.save wrote, not a netbuilder checkpoint (a .pt file from train --checkpoint).</source>
        <translation>無法打開檢查點 {path}：它不是 torch.save 寫出的文件，不是 netbuilder 檢查點（由 train --checkpoint 生成的 .pt 文件）。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: it holds Python objects other than tensors and plain values, which netbuilder refuses to load ({details})</source>
        <translation>無法打開檢查點 {path}：它包含張量和普通值以外的 Python 對象，netbuilder 拒絕加載（{details}）</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: damaged or not a netbuilder checkpoint ({details})</source>
        <translation>無法打開檢查點 {path}：文件已損壞或不是 netbuilder 檢查點（{details}）</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: it is not a netbuilder checkpoint.</source>
        <translation>無法打開檢查點 {path}：它不是 netbuilder 檢查點。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: bad schema_version {version}.</source>
        <translation>無法打開檢查點 {path}：schema_version {version} 無效。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: it was written by a newer netbuilder (schema {version}; this one reads up to {newest}).</source>
        <translation>無法打開檢查點 {path}：它由更新版本的 netbuilder 寫出（schema {version}；當前版本最多讀取 {newest}）。</translation>
    </message>
    <message>
        <source>Cannot open checkpoint {path}: a field is missing or bad ({problem}).</source>
        <translation>無法打開檢查點 {path}：某個字段缺失或有誤（{problem}）。</translation>
    </message>
    <message>
        <source>Cannot save checkpoint {path}: {reason}.</source>
        <translation>無法保存檢查點 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot save checkpoint {path}: writing failed; is the disk full? ({details})</source>
        <translation>無法保存檢查點 {path}：寫入失敗；磁盤滿了嗎？（{details}）</translation>
    </message>
    <message>
        <source>Cannot import {path}: no such file.</source>
        <translation>無法導入 {path}：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot import {path}: {reason}.</source>
        <translation>無法導入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot import {path}: it is not an ONNX model, or it is damaged or cut short ({details}).</source>
        <translation>無法導入 {path}：它不是 ONNX 模型，或者已損壞、不完整（{details}）。</translation>
    </message>
    <message>
        <source>Cannot import {path}: it is not a valid ONNX model ({details}).</source>
        <translation>無法導入 {path}：它不是有效的 ONNX 模型（{details}）。</translation>
    </message>
    <message>
        <source>Cannot import {path}: its weights are kept in other files ({names}); netbuilder reads only ONNX files that hold their weights inside. Save the model again as one file.</source>
        <translation>無法導入 {path}：它的權重保存在其他文件中（{names}）；netbuilder 只讀取權重保存在文件內部的 ONNX 文件。請把模型重新保存為單個文件。</translation>
    </message>
    <message>
        <source>Importing ONNX models needs the &apos;onnx&apos; package: pip install onnx</source>
        <translation>導入 ONNX 模型需要 &apos;onnx&apos; 包：pip install onnx</translation>
    </message>
    <message>
        <source>Cannot import {path}: nothing was imported, because netbuilder has no block for these operators (operator &apos;node&apos;): {operators}.</source>
        <translation>無法導入 {path}：什麼也沒有導入，因為 netbuilder 沒有對應這些算子的層（算子 &apos;節點&apos;）：{operators}。</translation>
    </message>
    <message>
        <source>Cannot import {path}: nothing was imported, because the {op} node {node} cannot become a block: {reason}.</source>
        <translation>無法導入 {path}：什麼也沒有導入，因為 {op} 節點 {node} 不能變成層：{reason}。</translation>
    </message>
    <message>
        <source>its {name} {value} has no counterpart in netbuilder&apos;s {block}</source>
        <translation>它的 {name} {value} 在 netbuilder 的 {block} 中沒有對應的設置</translation>
    </message>
    <message>
        <source>its {what} is computed by the graph, not stored in the file</source>
        <translation>它的 {what} 是由計算圖算出來的，而不是保存在文件中</translation>
    </message>
    <message>
        <source>its weights have the shape {shape}, which does not fit its input {input}</source>
        <translation>它的權重形狀是 {shape}，與它的輸入 {input} 不匹配</translation>
    </message>
    <message>
        <source>as a {block}, {problem}</source>
        <translation>作為 {block}，{problem}</translation>
    </message>
    <message>
        <source>it does not fit its input {shape} ({details})</source>
        <translation>它與輸入 {shape} 不匹配（{details}）</translation>
    </message>
    <message>
        <source>it joins or splits the graph in a way blocks cannot hold (netbuilder reads a chain of layers and Residual blocks that add a block&apos;s output to its input)</source>
        <translation>它分叉或合併計算圖的方式無法用層表示（netbuilder 讀取由層串成的鏈，以及把各層輸出加到其輸入上的 Residual 塊）</translation>
    </message>
    <message>
        <source>netbuilder reads it only as the input&apos;s own normalisation, (x - mean) / std by two numbers, at the very start</source>
        <translation>netbuilder 只在最開頭把它讀作輸入自身的歸一化，即用兩個數計算 (x - mean) / std</translation>
    </message>
    <message>
        <source>its shortcut is not the input itself nor a projection netbuilder knows (a 1x1 Conv with BatchNormalization, or Gemm)</source>
        <translation>它的捷徑既不是輸入本身，也不是 netbuilder 認識的投影（1x1 Conv 加 BatchNormalization，或 Gemm）</translation>
    </message>
    <message>
        <source>Cannot import {path}: it has {count} inputs and {outputs} outputs; netbuilder reads models with one input and one output.</source>
        <translation>無法導入 {path}：它有 {count} 個輸入和 {outputs} 個輸出；netbuilder 只讀取一個輸入、一個輸出的模型。</translation>
    </message>
    <message>
        <source>Cannot import {path}: its input {name} has the shape {shape}; netbuilder reads images (N, C, H, W) or rows of numbers (N, F) of fixed sizes.</source>
        <translation>無法導入 {path}：它的輸入 {name} 形狀為 {shape}；netbuilder 讀取固定大小的圖像 (N, C, H, W) 或數值行 (N, F)。</translation>
    </message>
    <message>
        <source>Cannot import {path}: its output has the shape {shape}; netbuilder&apos;s networks end in one score per class (N, K).</source>
        <translation>無法導入 {path}：它的輸出形狀為 {shape}；netbuilder 的網絡以每個類別一個分數 (N, K) 結束。</translation>
    </message>
    <message>
        <source>Cannot import {path}: nothing was imported, because these nodes are not on the path from the input to the output: {nodes}.</source>
        <translation>無法導入 {path}：什麼也沒有導入，因為這些節點不在從輸入到輸出的路徑上：{nodes}。</translation>
    </message>
    <message>
        <source>Cannot import {path}: the blocks read from it do not make a valid network: {problems}</source>
        <translation>無法導入 {path}：從中讀出的層不能組成有效的網絡：{problems}</translation>
    </message>
    <message>
        <source>Device {device} is not available on this machine; choose cpu or auto instead. This machine has: {have}.</source>
        <translation>設備 {device} 在這臺機器上不可用；請改選 cpu 或 auto。這臺機器有：{have}。</translation>
    </message>
    <message>
        <source>Device {device} is not a device name; choose cpu or auto instead. This machine has: {have}.</source>
        <translation>{device} 不是設備名；請改選 cpu 或 auto。這臺機器有：{have}。</translation>
    </message>
    <message>
        <source>No such folder: {path}</source>
        <translation>文件夾不存在：{path}</translation>
    </message>
    <message>
        <source>The data folder {path} is not a folder (it is a file or a device): give a folder with --data-dir, or choose another in the Training panel.</source>
        <translation>數據文件夾 {path} 不是文件夾（它是一個文件或設備）：用 --data-dir 指定一個文件夾，或在“訓練”面板中另選一個。</translation>
    </message>
    <message>
        <source>Unknown dataset {name}: use one of {valid}, or a folder of IDX files</source>
        <translation>未知的數據集 {name}：請使用 {valid} 之一，或一個包含 IDX 文件的文件夾</translation>
    </message>
    <message>
        <source>ONNX export failed: {details}</source>
        <translation>ONNX 導出失敗：{details}</translation>
    </message>
    <message>
        <source>ONNX export failed: the exporter wrote its weights apart</source>
        <translation>ONNX 導出失敗：導出器把權重單獨寫到了別的文件裡</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{title} is not available: its files are not in {folder} and {why}.
Put these four files in {parent} or in {folder} (gzipped or not):
{files}
or train on generated digits instead: --dataset synthetic-digits</source>
        <translation>{title} 不可用：它的文件不在 {folder} 中，而且{why}。
請把這四個文件放到 {parent} 或 {folder} 中（壓縮或不壓縮均可）：
{files}
或者改用程序生成的數字訓練：--dataset synthetic-digits</translation>
    </message>
    <message>
        <source>download is off</source>
        <translation>下載已關閉</translation>
    </message>
    <message>
        <source>the folder cannot be created ({details})</source>
        <translation>無法創建該文件夾（{details}）</translation>
    </message>
    <message>
        <source>the download failed ({details})</source>
        <translation>下載失敗（{details}）</translation>
    </message>
    <message>
        <source>The network gives outputs of shape {shape} per sample, but this regression predicts one number: end it with a Linear layer of 1 output and no activation.</source>
        <translation>網絡對每個樣本輸出形狀為 {shape} 的結果，但這個迴歸只預測一個數：請以一個輸出為 1、後面沒有激活函數的 Linear 層結尾。</translation>
    </message>
    <message>
        <source>The network gives outputs of shape {shape} per image, but the dataset has {classes} classes: end it with a layer of {classes} outputs (e.g. Linear).</source>
        <translation>網絡對每張圖像輸出形狀為 {shape} 的結果，但數據集有 {classes} 個類別：請以一個有 {classes} 個輸出的層結尾（例如 Linear）。</translation>
    </message>
    <message>
        <source>The network gives outputs of shape {shape} per image, but reconstructing needs the input&apos;s shape {input}: end it with layers that give that shape (e.g. Unflatten).</source>
        <translation>網絡對每張圖像輸出形狀 {shape}，但重建需要與輸入相同的形狀 {input}：在末尾加上能給出這個形狀的層（例如 Unflatten）。</translation>
    </message>
    <message>
        <source>The network has no layer of exactly 2 outputs to draw as a plane: give the narrowest Linear layer out_features 2 (a 2-D code), or leave out --latent-csv.</source>
        <translation>網絡中沒有恰好輸出 2 個值、可以畫成平面的層：把最窄的 Linear 層的 out_features 設為 2（二維編碼），或者去掉 --latent-csv。</translation>
    </message>
    <message>
        <source>Reconstructing the input needs images, and {dataset} has none: choose an image dataset or the Classify task.</source>
        <translation>重建輸入需要圖像，而 {dataset} 沒有圖像：選擇一個圖像數據集，或選擇“分類”任務。</translation>
    </message>
    <message>
        <source>There are no training samples left after the validation split.</source>
        <translation>劃分驗證集之後沒有剩下訓練樣本。</translation>
    </message>
    <message>
        <source>The network has no learnable parameters: there is nothing to train.</source>
        <translation>網絡沒有可學習的參數：沒有什麼可訓練的。</translation>
    </message>
    <message>
        <source>This dataset is a regression (a number to predict, not classes): choose the mse or l1 loss, not cross-entropy.</source>
        <translation>這個數據集是迴歸任務（要預測一個數，而不是類別）：請選擇 mse 或 l1 損失，而不是交叉熵。</translation>
    </message>
    <message>
        <source>{dataset} gives inputs of shape {data}, but the network&apos;s input is {network}: set the input to {data} (or choose a dataset that fits the network).</source>
        <translation>{dataset} 的輸入形狀為 {data}，但網絡的輸入是 {network}：請把輸入設為 {data}（或選擇一個適合該網絡的數據集）。</translation>
    </message>
    <message>
        <source>{name} is too big to train on {device}: with batch size {batch} it needs {estimate}, and {device} has {free} free. Use fewer or narrower layers, or a smaller batch size.</source>
        <translation>{name} 太大，無法在 {device} 上訓練：batch 大小為 {batch} 時需要 {estimate}，而 {device} 只有 {free} 可用。請使用更少或更窄的層，或更小的 batch 大小。</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>該網絡</translation>
    </message>
    <message>
        <source>{parameters} parameters, about {size}</source>
        <translation>{parameters} 個參數，約 {size}</translation>
    </message>
    <message>
        <source>{name} needs {estimate} of the {free} free on {device}</source>
        <translation>{name} 需要 {estimate}，而 {device} 上只有 {free} 可用</translation>
    </message>
    <message>
        <source>{name} has {layers} layers: it will train very slowly (most networks need fewer than 100)</source>
        <translation>{name} 有 {layers} 層：訓練會非常慢（大多數網絡只需不到 100 層）</translation>
    </message>
    <message>
        <source>Cannot use checkpoint {path}: its weights do not fit this network ({problem}). Use the project the checkpoint was trained from.</source>
        <translation>無法使用檢查點 {path}：它的權重與這個網絡不匹配（{problem}）。請使用訓練該檢查點時的項目。</translation>
    </message>
    <message>
        <source>the network has no layer {layer}; it has {layers}</source>
        <translation>網絡中沒有層 {layer}；它有 {layers}</translation>
    </message>
    <message>
        <source>{count} samples are too few to draw a map; it needs at least 5</source>
        <translation>{count} 個樣本太少，畫不出分佈圖；至少需要 5 個</translation>
    </message>
    <message>
        <source>the layer {layer} takes no part in the network&apos;s answer</source>
        <translation>層 {layer} 不參與網絡的輸出</translation>
    </message>
    <message>
        <source>the plane can be drawn only for data of two numbers per point</source>
        <translation>只有每個點由兩個數構成的數據才能畫出平面</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} needs a header row, then one row per sample, with at least one feature column and a label column.</source>
        <translation>{path} 需要一個表頭行，之後每個樣本一行，並且至少有一個特徵列和一個標籤列。</translation>
    </message>
    <message>
        <source>{path}, row {row}: {count} values, but the header has {columns} columns.</source>
        <translation>{path} 第 {row} 行：有 {count} 個值，但表頭有 {columns} 列。</translation>
    </message>
    <message>
        <source>{path} has no column {name}; its columns are: {columns}</source>
        <translation>{path} 沒有名為 {name} 的列；它的列是：{columns}</translation>
    </message>
    <message>
        <source>The label column has {count} different values: a classification needs 2 to {most} (for a numeric target, use --task regression).</source>
        <translation>標籤列有 {count} 個不同的值：分類需要 2 到 {most} 個（數值目標請用 --task regression 做迴歸）。</translation>
    </message>
    <message>
        <source>Class folder {folder} has no PNG, JPEG, BMP or WebP images: add some, or remove the folder.</source>
        <translation>類別文件夾 {folder} 中沒有 PNG、JPEG、BMP 或 WebP 圖像：請添加一些，或刪除該文件夾。</translation>
    </message>
    <message>
        <source>None of the images in {folder} can be read.</source>
        <translation>{folder} 中的圖像都無法讀取。</translation>
    </message>
    <message>
        <source>{name} must be a number, not {actual}</source>
        <translation>{name} 必須是數字，而不是 {actual}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value}</source>
        <translation>{name} 必須是整數，而不是 {value}</translation>
    </message>
    <message>
        <source>{name} is {value}; it must be between {low} and {high}</source>
        <translation>{name} 為 {value}；它必須在 {low} 到 {high} 之間</translation>
    </message>
    <message>
        <source>dataset {dataset} has no parameter(s): {names}</source>
        <translation>數據集 {dataset} 沒有這些參數：{names}</translation>
    </message>
    <message>
        <source>dataset {dataset}: {problem}</source>
        <translation>數據集 {dataset}：{problem}</translation>
    </message>
    <message>
        <source>{path} (or {base}.gz) is missing. A dataset folder needs these four files, each optionally gzipped: {names}</source>
        <translation>缺少 {path}（或 {base}.gz）。數據集文件夾需要這四個文件，每個都可以是 gzip 壓縮的：{names}</translation>
    </message>
    <message>
        <source>{folder} has 0 class folders. An image dataset needs one subfolder per class, at least 2, each holding PNG, JPEG, BMP or WebP images (or train/ and test/ folders laid out that way); or the four MNIST IDX files.</source>
        <translation>{folder} 中沒有類別文件夾。圖像數據集需要每個類別一個子文件夾，至少 2 個，每個裡面放 PNG、JPEG、BMP 或 WebP 圖像（或者按這種方式組織的 train/ 和 test/ 文件夾）；或者放 MNIST 的四個 IDX 文件。</translation>
    </message>
    <message>
        <source>{folder} has 1 class folder (only {name}). An image dataset needs one subfolder per class, at least 2, each holding PNG, JPEG, BMP or WebP images (or train/ and test/ folders laid out that way); or the four MNIST IDX files.</source>
        <translation>{folder} 中只有 1 個類別文件夾（{name}）。圖像數據集需要每個類別一個子文件夾，至少 2 個，每個裡面放 PNG、JPEG、BMP 或 WebP 圖像（或者按這種方式組織的 train/ 和 test/ 文件夾）；或者放 MNIST 的四個 IDX 文件。</translation>
    </message>
    <message>
        <source>{folder}: no images are left for testing. A fifth of each class&apos;s images is held out to test on, so a class needs at least 2 images (or add a test/ folder beside train/).</source>
        <translation>{folder}：沒有留給測試的圖像。每個類別的五分之一圖像會留作測試，所以每個類別至少需要 2 張圖像（或者在 train/ 旁邊添加一個 test/ 文件夾）。</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: a missing value. Feature columns must hold numbers in every row (fill in or remove that row).</source>
        <translation>{path} 第 {row} 行 {column} 列：缺少值。特徵列的每一行都必須是數字（請補上或刪除該行）。</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: {text}, not a number. Feature columns must hold numbers in every row (fill in or remove that row).</source>
        <translation>{path} 第 {row} 行 {column} 列：{text} 不是數字。特徵列的每一行都必須是數字（請補上或刪除該行）。</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: a missing value. A regression&apos;s target column must hold a number in every row (or train a classification on it).</source>
        <translation>{path} 第 {row} 行 {column} 列：缺少值。迴歸的目標列每一行都必須是數字（或者改為在它上面訓練分類）。</translation>
    </message>
    <message>
        <source>{path}, row {row}, column {column}: {text}, not a number. A regression&apos;s target column must hold a number in every row (or train a classification on it).</source>
        <translation>{path} 第 {row} 行 {column} 列：{text} 不是數字。迴歸的目標列每一行都必須是數字（或者改為在它上面訓練分類）。</translation>
    </message>
    <message>
        <source>The files in {folder} are {other}, not {claimed}: their checksums are {other}&apos;s. Choose the dataset {other} ({id}), or a folder that holds {claimed}.</source>
        <translation>{folder} 中的文件是 {other}，不是 {claimed}：它們的校驗和屬於 {other}。請選擇數據集 {other}（{id}），或一個存放 {claimed} 的文件夾。</translation>
    </message>
    <message>
        <source>Cannot open image {path}: no such file.</source>
        <translation>無法打開圖像 {path}：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read image {path}: {reason}</source>
        <translation>無法讀取圖像 {path}：{reason}</translation>
    </message>
    <message>
        <source>--folds must be between 2 and the number of training images ({count})</source>
        <translation>--folds 必須在 2 到訓練圖像數（{count}）之間</translation>
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
        <translation>旋轉（度）</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>對比度</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>隨機擦除</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>How each update follows the gradient</source>
        <translation>每次更新如何沿著梯度前進</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Step size of each update (1e6 makes the loss blow up)</source>
        <translation>每次更新的步長（1e6 會讓損失爆炸）</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>動量</translation>
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
        <translation>Nesterov 動量：需要 SGD 且動量大於 0</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch 大小</translation>
    </message>
    <message>
        <source>Samples per update</source>
        <translation>每次更新使用的樣本數</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoch 數</translation>
    </message>
    <message>
        <source>Passes over the training data</source>
        <translation>遍歷訓練數據的次數</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <source>What training makes small</source>
        <translation>訓練要減小的量</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>Mean squared error (one-hot)</source>
        <translation>均方誤差 (one-hot)</translation>
    </message>
    <message>
        <source>Mean absolute error (one-hot)</source>
        <translation>平均絕對誤差 (one-hot)</translation>
    </message>
    <message>
        <source>Weight decay (L2)</source>
        <translation>權重衰減 (L2)</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (0 = off)</source>
        <translation>對權重的 L2 懲罰（0 = 關閉）</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>L1 懲罰</translation>
    </message>
    <message>
        <source>L1 penalty on the weights (0 = off)</source>
        <translation>對權重的 L1 懲罰（0 = 關閉）</translation>
    </message>
    <message>
        <source>LR schedule</source>
        <translation>學習率調度</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>學習率在各個 epoch 之間如何變化</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恆定</translation>
    </message>
    <message>
        <source>Step: × gamma every N epochs</source>
        <translation>階梯：每 N 個 epoch 乘以 gamma</translation>
    </message>
    <message>
        <source>Cosine annealing</source>
        <translation>餘弦退火</translation>
    </message>
    <message>
        <source>Step size (epochs)</source>
        <translation>衰減間隔（epoch）</translation>
    </message>
    <message>
        <source>Epochs between learning-rate drops</source>
        <translation>兩次學習率下降之間的 epoch 數</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Learning-rate factor at each drop</source>
        <translation>每次下降時學習率乘以的係數</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>提前終止的耐心值</translation>
    </message>
    <message>
        <source>Stop after this many epochs without a better validation loss (0 = off)</source>
        <translation>驗證損失連續這麼多個 epoch 沒有改善時停止（0 = 關閉）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>What the network learns: the class of each image, or to rebuild the image itself (an autoencoder)</source>
        <translation>網絡學什麼：每張圖像的類別，或者把圖像本身重建出來（自編碼器）</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Reconstruct the input</source>
        <translation>重建輸入</translation>
    </message>
    <message>
        <source>Denoising noise</source>
        <translation>去噪噪聲</translation>
    </message>
    <message>
        <source>Reconstruct: the standard deviation of Gaussian noise added to the input only, pixels 0 to 1 (0 = off)</source>
        <translation>重建：只加在輸入上的高斯噪聲的標準差，像素範圍 0 到 1（0 = 關閉）</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Move each training image up to this many pixels: a random crop of the image padded with black (shift=N)</source>
        <translation>把每張訓練圖像最多平移這麼多像素：對四周填充黑色的圖像隨機裁剪（shift=N）</translation>
    </message>
    <message>
        <source>Turn each training image by up to this many degrees (rotate=N)</source>
        <translation>把每張訓練圖像最多旋轉這麼多度（rotate=N）</translation>
    </message>
    <message>
        <source>Zoom each training image in or out by up to this share (scale=0.1)</source>
        <translation>把每張訓練圖像最多放大或縮小這個比例（scale=0.1）</translation>
    </message>
    <message>
        <source>Horizontal flip</source>
        <translation>水平翻轉</translation>
    </message>
    <message>
        <source>Mirror half the training images left to right (flip); not for digits</source>
        <translation>把一半訓練圖像左右鏡像（flip）；不適用於數字</translation>
    </message>
    <message>
        <source>Make each training image brighter or darker by up to this share (brightness=0.2)</source>
        <translation>讓每張訓練圖像最多變亮或變暗這個比例（brightness=0.2）</translation>
    </message>
    <message>
        <source>Raise or lower each training image&apos;s contrast by up to this share (contrast=0.2)</source>
        <translation>把每張訓練圖像的對比度最多提高或降低這個比例（contrast=0.2）</translation>
    </message>
    <message>
        <source>Noise (σ)</source>
        <translation>噪聲（σ）</translation>
    </message>
    <message>
        <source>Add random Gaussian noise of this standard deviation to each training image (pixels 0 to 1; noise=0.1)</source>
        <translation>給每張訓練圖像加上這個標準差的隨機高斯噪聲（像素取值 0 到 1；noise=0.1）</translation>
    </message>
    <message>
        <source>Blank a random rectangle in this share of the training images (erase=0.5)</source>
        <translation>在這個比例的訓練圖像中隨機塗黑一個矩形（erase=0.5）</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>驗證集比例</translation>
    </message>
    <message>
        <source>Share of the training samples held out to validate each epoch</source>
        <translation>從訓練樣本中留出、在每個 epoch 後用於驗證的比例</translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation>權重初始化</translation>
    </message>
    <message>
        <source>How the weights start before training</source>
        <translation>訓練前權重如何初始化</translation>
    </message>
    <message>
        <source>PyTorch default</source>
        <translation>PyTorch 默認</translation>
    </message>
    <message>
        <source>Kaiming (He) normal</source>
        <translation>Kaiming (He) 正態分佈</translation>
    </message>
    <message>
        <source>Xavier (Glorot) uniform</source>
        <translation>Xavier (Glorot) 均勻分佈</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Same seed + same settings = same run</source>
        <translation>相同的種子 + 相同的設置 = 相同的運行結果</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>設備</translation>
    </message>
    <message>
        <source>Where the network trains: auto (the fastest here), cpu, cuda, cuda:N or mps</source>
        <translation>網絡在哪裡訓練：auto（本機最快的設備）、cpu、cuda、cuda:N 或 mps</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>訓練樣本數</translation>
    </message>
    <message>
        <source>Train on this many samples only, a seeded shuffle (0 = all)</source>
        <translation>只用這麼多個樣本訓練，按隨機種子打亂後選取（0 = 全部）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Cross-validation folds</source>
        <translation>交叉驗證折數</translation>
    </message>
    <message>
        <source>k-fold cross-validation: train K times, each fold held out once (0 = off)</source>
        <translation>K折交叉驗證：訓練 K 次，每一折各留出一次（0 = 關閉）</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>error: {problem}</source>
        <translation>錯誤：{problem}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>警告：{problem}</translation>
    </message>
    <message>
        <source>Multiply-adds per sample: {macs}</source>
        <translation>每個樣本的乘加次數：{macs}</translation>
    </message>
    <message>
        <source>Total parameters: {parameters}</source>
        <translation>參數總數：{parameters}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網絡</translation>
    </message>
    <message>
        <source>Input: {shape}</source>
        <translation>輸入：{shape}</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>乘加次數</translation>
    </message>
</context>
</TS>
