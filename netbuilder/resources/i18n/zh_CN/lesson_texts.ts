<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>lessons</name>
    <message>
        <source>1. Linear vs ReLU on the spiral</source>
        <translation>1. 螺旋数据上的 Linear 与 ReLU</translation>
    </message>
    <message>
        <source>Two Linear layers with nothing between them, on three spiral arms.</source>
        <translation>两个 Linear 层直接相连，中间什么也没有；数据是有三条旋臂的螺旋数据。</translation>
    </message>
    <message>
        <source>Press Train and watch the decision regions. Then drag a ReLU from the palette between the two Linear blocks (or open Presets &gt; Spiral: Linear, ReLU, Linear) and train again.</source>
        <translation>点击“训练”，观察决策区域。然后从层面板中拖一个 ReLU 放到两个 Linear 块之间（或者打开“预设 &gt; Spiral: Linear, ReLU, Linear”），再训练一次。</translation>
    </message>
    <message>
        <source>Without ReLU the regions are always cut by straight lines and the test accuracy stays below 60%. With ReLU the boundaries bend around the arms and it passes 95%. The Map tab shows why: there the Linear layers only turn and shear a grid drawn over the plane, while the ReLU folds it.</source>
        <translation>没有 ReLU 时，区域总是被直线切开，测试准确率始终低于 60%。加上 ReLU 后，边界会绕着旋臂弯曲，测试准确率超过 95%。“分布图”标签页会告诉你原因：在那里，Linear 层只会旋转和错切平面上的网格，而 ReLU 会把它折起来。</translation>
    </message>
    <message>
        <source>Two Linear layers in a row have 100 hidden units, so why can they not do better than one? What does the ReLU change?</source>
        <translation>两个相连的 Linear 层有 100 个隐藏神经元，为什么效果却不比一个 Linear 层好？ReLU 改变了什么？</translation>
    </message>
    <message>
        <source>2. An MLP reads handwritten digits (784-512-10)</source>
        <translation>2. 用 MLP 识别手写数字（784-512-10）</translation>
    </message>
    <message>
        <source>The classic first network for MNIST: flatten the 28x28 image, one hidden layer of 512 ReLU units, 10 outputs.</source>
        <translation>MNIST 经典的第一个网络：把 28x28 的图像展平，接一个有 512 个 ReLU 神经元的隐藏层，最后输出 10 个值。</translation>
    </message>
    <message>
        <source>Train for a few epochs, then draw digits in the Predict panel. Look at the Evaluation panel&apos;s confusion matrix.</source>
        <translation>训练几个 epoch，然后在“预测”面板里手写数字。再看看“评估”面板中的混淆矩阵。</translation>
    </message>
    <message>
        <source>The loss falls fast in the first epoch; the accuracy ends near 98%. Note the warning on the Softmax block.</source>
        <translation>损失在第一个 epoch 里下降得很快，准确率最终接近 98%。注意 Softmax 块上的警告。</translation>
    </message>
    <message>
        <source>Which digits does it confuse, and why those? Why does the Softmax at the end earn a warning?</source>
        <translation>它会把哪些数字认错？为什么偏偏是这些？为什么末尾的 Softmax 会得到一个警告？</translation>
    </message>
    <message>
        <source>3. Two hidden layers with Kaiming initialisation (784-200-200-10)</source>
        <translation>3. 两个隐藏层与 Kaiming 初始化（784-200-200-10）</translation>
    </message>
    <message>
        <source>A deeper MLP trained with plain SGD, its weights started with Kaiming (He) initialisation.</source>
        <translation>一个更深的 MLP，用普通的 SGD 训练，权重用 Kaiming（He）初始化。</translation>
    </message>
    <message>
        <source>Train it. Then set the initialisation to default in the Training panel and train again: compare the two runs&apos; curves.</source>
        <translation>训练它。然后在“训练”面板中把权重初始化改为“PyTorch 默认”，再训练一次：比较两次运行的曲线。</translation>
    </message>
    <message>
        <source>With Kaiming the loss starts falling at once; the first epochs show the difference most.</source>
        <translation>使用 Kaiming 初始化时，损失一开始就下降；前几个 epoch 的差别最明显。</translation>
    </message>
    <message>
        <source>Why does the scale of the starting weights matter more as the network gets deeper?</source>
        <translation>为什么网络越深，初始权重的大小就越重要？</translation>
    </message>
    <message>
        <source>4. LeNet-5: convolutions see shapes</source>
        <translation>4. LeNet-5：卷积能看出形状</translation>
    </message>
    <message>
        <source>LeCun&apos;s 1998 network: two convolution and pooling stages, then three Linear layers, with sigmoids.</source>
        <translation>LeCun 在 1998 年提出的网络：两组卷积和池化，再接三个 Linear 层，激活函数用 Sigmoid。</translation>
    </message>
    <message>
        <source>Train it and watch the first layer&apos;s filters in the plots. Compare its parameter count with lesson 2&apos;s MLP.</source>
        <translation>训练它，并在图表中观察第一层的卷积核。把它的参数数量和第 2 课的 MLP 比较一下。</translation>
    </message>
    <message>
        <source>Far fewer parameters than the MLP, and as accurate or better: each filter is reused across the image.</source>
        <translation>参数比 MLP 少得多，准确率却不相上下，甚至更高：每个卷积核都在整张图像上重复使用。</translation>
    </message>
    <message>
        <source>What does a 5x5 filter look for? Why does sharing it across the image help?</source>
        <translation>一个 5x5 的卷积核在寻找什么？为什么让它在整张图像上共享会有帮助？</translation>
    </message>
    <message>
        <source>5. A modern small CNN: ReLU, MaxPool, Dropout</source>
        <translation>5. 一个现代的小型 CNN：ReLU、MaxPool、Dropout</translation>
    </message>
    <message>
        <source>3x3 convolutions with ReLU and max pooling, with dropout to keep it from memorising.</source>
        <translation>3x3 卷积配合 ReLU 和最大池化，再用丢弃法防止它死记硬背。</translation>
    </message>
    <message>
        <source>Train it, then remove the Dropout blocks and train again. Compare the training and validation accuracy of both runs.</source>
        <translation>训练它，然后删掉 Dropout 块，再训练一次。比较两次运行的训练准确率和验证准确率。</translation>
    </message>
    <message>
        <source>With dropout the training accuracy is a little lower but the validation accuracy holds up.</source>
        <translation>使用丢弃法时，训练准确率稍低一些，但验证准确率保持得住。</translation>
    </message>
    <message>
        <source>Why would switching off random units during training make the network better on new images?</source>
        <translation>为什么在训练时随机关掉一些神经元，反而能让网络在新图像上表现更好？</translation>
    </message>
    <message>
        <source>6. Overfitting: few samples, a big network</source>
        <translation>6. 过拟合：样本少，网络大</translation>
    </message>
    <message>
        <source>The MLP from lesson 2 trained on only 500 images for 30 epochs.</source>
        <translation>第 2 课的 MLP，只用 500 张图像训练 30 个 epoch。</translation>
    </message>
    <message>
        <source>Train and watch the gap between the training and the validation accuracy. Then try the cures one at a time: a Dropout block after the ReLU, weight decay (L2) in the Training panel, early stopping.</source>
        <translation>训练并观察训练准确率和验证准确率之间的差距。然后逐一尝试这些对策：在 ReLU 后面加一个 Dropout 块、在“训练”面板中设置权重衰减（L2 正则化）、提前终止。</translation>
    </message>
    <message>
        <source>Training accuracy climbs to 100% while validation accuracy stalls far below it: the network memorises the 500 images instead of learning digits.</source>
        <translation>训练准确率一路升到 100%，验证准确率却远远落后、停滞不前：网络记住了这 500 张图像，而没有学会认数字。</translation>
    </message>
    <message>
        <source>Which cure closes the gap most? What else would help that is not a setting in the app?</source>
        <translation>哪种对策最能缩小这个差距？还有什么办法能帮上忙，但不是这个应用里的设置？</translation>
    </message>
    <message>
        <source>7. Activation functions and their gradients</source>
        <translation>7. 激活函数及其梯度</translation>
    </message>
    <message>
        <source>The Activation explorer (Explore menu) draws every activation in the catalog with its derivative, computed by torch.autograd. Shaded stretches are saturated: there the gradient is under 0.01, so almost nothing flows back through the unit.</source>
        <translation>激活函数探索器（“探索”菜单）画出目录中的每个激活函数及其导数，导数由 torch.autograd 计算。阴影部分是饱和区：那里的梯度小于 0.01，几乎没有什么能经过这个神经元反向传播回去。</translation>
    </message>
    <message>
        <source>Compare Sigmoid, Tanh and ReLU. Give LeakyReLU a slope of 0.1 and ELU an alpha of 2 and watch the left side of their derivatives. On the Softmax tab, move the three logits (2, 1, 0.1) and the temperature, and read the gradient of p1 from the first row of the Jacobian.</source>
        <translation>比较 Sigmoid、Tanh 和 ReLU。把 LeakyReLU 的斜率设为 0.1，把 ELU 的 alpha 设为 2，观察它们导数的左半边。在“Softmax”标签页上，拖动三个 logit（2、1、0.1）和温度 T，并从雅可比矩阵的第一行读出 p1 的梯度。</translation>
    </message>
    <message>
        <source>Sigmoid&apos;s derivative is never more than 0.25 and is shaded beyond about |x| = 4.6; ReLU&apos;s is exactly 0 or 1. The Jacobian&apos;s diagonal is positive and every other entry negative: raising one logit lowers all the other probabilities.</source>
        <translation>Sigmoid 的导数从不超过 0.25，在大约 |x| = 4.6 以外都是阴影；ReLU 的导数恰好是 0 或 1。雅可比矩阵的对角线为正，其余元素都为负：调高一个 logit，其他所有概率都会降低。</translation>
    </message>
    <message>
        <source>Six Sigmoid layers multiply six derivatives of at most 0.25: how much of the gradient can reach the first layer?</source>
        <translation>六个 Sigmoid 层要把六个最多为 0.25 的导数相乘：最后还有多少梯度能传到第一层？</translation>
    </message>
    <message>
        <source>8. Optimizers: Adam on the Himmelblau function</source>
        <translation>8. 优化器：Adam 与 Himmelblau 函数</translation>
    </message>
    <message>
        <source>The Optimizer playground (Explore menu) races real torch.optim optimizers on a 2-D function. Himmelblau&apos;s function has four minima, one of them at (3, 2).</source>
        <translation>优化器游乐场（“探索”菜单）让真正的 torch.optim 优化器在一个二维函数上赛跑。Himmelblau 函数有四个极小值点，其中一个在 (3, 2)。</translation>
    </message>
    <message>
        <source>Click the map at (0, 0) to start there, then Run SGD, momentum and Adam. Change their learning rates and start points. In a terminal the same race runs headless: netbuilder optimize himmelblau --optimizer adam --lr 0.001 --steps 20000 --start 0 0.</source>
        <translation>点击地图上的 (0, 0)，从那里出发，然后点击“运行”，让 SGD、动量（momentum）和 Adam 赛跑。改变它们的学习率和起点。在终端里，同样的比赛也能在没有界面的情况下运行：netbuilder optimize himmelblau --optimizer adam --lr 0.001 --steps 20000 --start 0 0</translation>
    </message>
    <message>
        <source>SGD creeps along the valley floor, momentum overshoots and swings back, Adam takes nearly equal-sized steps in every direction and reaches (3, 2) from (0, 0). Too large a learning rate makes any of them jump between minima or diverge.</source>
        <translation>SGD 沿着谷底慢慢爬行，动量法冲过头又荡回来，Adam 在各个方向上迈出几乎一样大的步子，从 (0, 0) 到达 (3, 2)。学习率太大时，它们中的任何一个都会在极小值之间跳来跳去，或者发散。</translation>
    </message>
    <message>
        <source>Which minimum does each optimizer find from a start of your choice, and why can they differ?</source>
        <translation>从你选的起点出发，每个优化器分别找到哪个极小值？为什么它们会不同？</translation>
    </message>
    <message>
        <source>9. Vanishing gradients: a deep Sigmoid network</source>
        <translation>9. 梯度消失：一个很深的 Sigmoid 网络</translation>
    </message>
    <message>
        <source>Six Linear(128)+Sigmoid layers. The gradient-flow plot shows each Linear layer&apos;s gradient norm while the network trains.</source>
        <translation>六个 Linear(128)+Sigmoid 层。网络训练时，梯度流图显示每个 Linear 层的梯度范数。</translation>
    </message>
    <message>
        <source>Train for a few epochs and watch the gradient-flow plot. Then open examples/deep_relu.json (the same network with ReLU) and train it with the same settings.</source>
        <translation>训练几个 epoch，观察梯度流图。然后打开 examples/deep_relu.json（同样的网络，只是用 ReLU），用相同的设置训练它。</translation>
    </message>
    <message>
        <source>With Sigmoid the first Linear layer&apos;s gradient is thousands of times smaller than the last one&apos;s, so the early layers barely learn and the accuracy rises slowly. With ReLU the first layer&apos;s gradient stays comparable to the last one&apos;s (more than a twentieth of it).</source>
        <translation>用 Sigmoid 时，第一个 Linear 层的梯度只有最后一个的几千分之一，所以前面的层几乎学不到东西，准确率上升得很慢。用 ReLU 时，第一层的梯度和最后一层的相当（超过它的二十分之一）。</translation>
    </message>
    <message>
        <source>Why does replacing Sigmoid with ReLU keep the gradient alive, and what else (initialisation, normalisation) would help?</source>
        <translation>为什么把 Sigmoid 换成 ReLU 能让梯度保持活力？还有什么（初始化、归一化）会有帮助？</translation>
    </message>
    <message>
        <source>10. The training doctor: why is it not learning?</source>
        <translation>10. 训练医生：为什么它学不会？</translation>
    </message>
    <message>
        <source>The MLP from lesson 3 with a far too large learning rate (5). While training, the doctor watches the loss, the gradients and the units, and says in the Problems list what is wrong, which layer it concerns and how to fix it.</source>
        <translation>第 3 课的 MLP，但学习率大得离谱（5）。训练时，医生会盯着损失、梯度和神经元，并在“问题”列表中说明哪里出了错、涉及哪一层、该怎么修复。</translation>
    </message>
    <message>
        <source>Train and read the Problems list. Click the suggested fix and train again. Then make other faults on purpose: a learning rate of 0.000001, Sigmoid instead of ReLU, or very few samples for many epochs.</source>
        <translation>训练，然后阅读“问题”列表。点击建议的修复，再训练一次。然后故意制造其他故障：学习率设为 0.000001、用 Sigmoid 代替 ReLU，或者用很少的样本训练很多个 epoch。</translation>
    </message>
    <message>
        <source>With learning rate 5 the first steps are so big that the ReLU units die and the accuracy sticks at 10%: the doctor names the layers with dead ReLUs, says the predictions collapsed onto one class and offers one click to lower the learning rate to 0.5. A healthy run shows no diagnosis.</source>
        <translation>学习率为 5 时，最初几步迈得太大，ReLU 神经元纷纷死亡，准确率卡在 10%：医生会指出哪些层有死亡的 ReLU，说明预测全都塌缩到了同一个类别，并提供一键把学习率降到 0.5 的修复。正常的训练不会出现任何诊断。</translation>
    </message>
    <message>
        <source>For each diagnosis, what would you have looked at to find the problem without the doctor?</source>
        <translation>对于每一条诊断，如果没有医生，你会去看什么来找出问题？</translation>
    </message>
    <message>
        <source>11. k-fold cross-validation: how sure is a score?</source>
        <translation>11. K折交叉验证：一个分数有多可靠？</translation>
    </message>
    <message>
        <source>The 784-200-200-10 MLP (with Adam, to be quick) trained five times on 2,000 images: each time a different fifth is held out and scored, the other four fifths train.</source>
        <translation>784-200-200-10 的 MLP（为了快，用 Adam）在 2,000 张图像上训练五次：每次留出不同的五分之一来评分，其余五分之四用来训练。</translation>
    </message>
    <message>
        <source>Train once: five runs appear in the Runs table, one per fold, each with its validation accuracy, and the Training panel shows their mean ± standard deviation. Then change one thing (the learning rate, a Dropout block) and train again.</source>
        <translation>训练一次：“运行记录”表中会出现五次运行，每折一次，各有自己的验证准确率，“训练”面板会显示它们的均值 ± 标准差。然后改动一处（学习率、一个 Dropout 块），再训练一次。</translation>
    </message>
    <message>
        <source>The folds disagree by a point or two. A change that moves the mean by less than that spread has not been shown to help.</source>
        <translation>各折之间相差一两个百分点。一个改动如果让均值的变化小于这个差距，就还不能说明它有帮助。</translation>
    </message>
    <message>
        <source>Why is the mean over five folds a better guide than one train/validation split of the same 2,000 images? What does it cost?</source>
        <translation>在同样的 2,000 张图像上，为什么五折的均值比一次训练集/验证集划分更值得参考？代价是什么？</translation>
    </message>
    <message>
        <source>12. Data augmentation: more pictures from the same 500</source>
        <translation>12. 数据增强：从同样的 500 张图中得到更多图片</translation>
    </message>
    <message>
        <source>The small CNN trained for 40 epochs on only 500 digits (400 train, 100 validate). Data augmentation shows the network each training image shifted and turned a little differently every epoch, so it cannot simply memorise the 400 pictures. Validation and test images are never changed.</source>
        <translation>小型 CNN 只用 500 张数字图像训练 40 个 epoch（400 张训练，100 张验证）。数据增强让网络在每个 epoch 看到的每张训练图像都平移、旋转得略有不同，所以它无法简单地记住这 400 张图片。验证集和测试集的图像从不改变。</translation>
    </message>
    <message>
        <source>Train once with no augmentation. Then, in the Training panel&apos;s Data augmentation box, set Shift to 2 pixels and Rotate to 10 degrees (the preview shows what the network will see) and train again. Compare the two runs in the Training plots and the Runs table. Finally tick Horizontal flip and read the warning.</source>
        <translation>先不用数据增强训练一次。然后在训练面板的“数据增强”框中，把平移设为 2 像素、旋转设为 10 度（预览会显示网络将看到的样子），再训练一次。在训练曲线和运行记录表中比较这两次运行。最后勾选“水平翻转”，读一读出现的警告。</translation>
    </message>
    <message>
        <source>Without augmentation, training accuracy runs to about 97% while validation stays near 84% and the validation loss climbs again: overfitting. With shift and rotation, training accuracy is lower, the gap to validation almost closes, the validation loss keeps falling, and the test accuracy ends higher (here 87% became about 90%).</source>
        <translation>不用数据增强时，训练准确率升到约 97%，验证准确率却停在 84% 左右，验证损失又开始上升：这就是过拟合。加上平移和旋转后，训练准确率变低，它与验证准确率的差距几乎消失，验证损失持续下降，最终测试准确率更高（这里从 87% 提高到约 90%）。</translation>
    </message>
    <message>
        <source>Why does a network that scores worse on its training images do better on new ones? Why is flipping wrong for digits but fine for photos of cats or clothes?</source>
        <translation>为什么一个在训练图像上得分更低的网络，在新图像上反而表现更好？为什么翻转对数字是错的，对猫或衣服的照片却没问题？</translation>
    </message>
    <message>
        <source>13. Autoencoders: what does a 2-number code learn?</source>
        <translation>13. 自编码器：只有 2 个数的编码学到了什么？</translation>
    </message>
    <message>
        <source>An autoencoder learns without labels: each Fashion-MNIST picture is its own target. The encoder squeezes 784 pixels into a code of 2 numbers (Linear 2); the decoder draws the picture back from them.</source>
        <translation>自编码器不用标签学习：每张 Fashion-MNIST 图片都是它自己的目标。编码器把 784 个像素压缩成 2 个数的编码（Linear 2）；解码器再凭这 2 个数把图片画回来。</translation>
    </message>
    <message>
        <source>Train, and watch the reconstructions sharpen in the Autoencoder panel. Then each dot of the plane is one test image&apos;s code, coloured by its class. Click or drag in the plane: the decoder draws the picture for that code.</source>
        <translation>训练，并在“自编码器”面板里看重建结果变清晰。训练结束后，平面上的每个点是一张测试图像的编码，按类别着色。在平面上点击或拖动：解码器会画出该编码对应的图片。</translation>
    </message>
    <message>
        <source>Classes the network never saw gather in regions: trousers in one, shoes and bags in others, while shirts, coats and pullovers overlap. With only 2 numbers the pictures stay blurry: the test error is about a third of the mean image&apos;s.</source>
        <translation>网络从未见过的类别聚在平面的不同区域：裤子在一处，鞋和包在另几处，而衬衫、外套和套头衫互相重叠。只有 2 个数，图片仍然模糊：测试误差约为平均图像的三分之一。</translation>
    </message>
    <message>
        <source>Why do shirts, coats and pullovers share a region while trousers get one of their own? What would a code of 16 numbers (Linear 16) change in the pictures, and what would you lose?</source>
        <translation>为什么衬衫、外套和套头衫挤在同一个区域，而裤子却有自己的区域？如果编码有 16 个数（Linear 16），图片会有什么变化？你又会失去什么？</translation>
    </message>
    <message>
        <source>14. Skip connections: the gradient takes a shortcut</source>
        <translation>14. 跳跃连接：梯度走捷径</translation>
    </message>
    <message>
        <source>Lesson 9&apos;s deep Sigmoid network with each hidden Linear(128)+Sigmoid pair inside a Residual block, which adds its input back: output = layers(x) + x. The same 184,330 parameters.</source>
        <translation>第 9 课那个很深的 Sigmoid 网络，只是每一对隐藏的 Linear(128)+Sigmoid 都放进了一个 Residual 块：它把输入加回去，输出 = layers(x) + x。参数还是那 184,330 个。</translation>
    </message>
    <message>
        <source>Train it for a few epochs and watch the gradient-flow plot. Then open examples/deep_sigmoid.json (the same layers without the skips) and train it with the same settings.</source>
        <translation>训练几个 epoch，观察梯度流图。然后打开 examples/deep_sigmoid.json（同样的层，只是没有跳跃连接），用相同的设置训练它。</translation>
    </message>
    <message>
        <source>Without the skips the first Linear layer&apos;s gradient is tens of thousands of times smaller than the last one&apos;s; with them it stays near a twentieth: the sum hands the gradient back around every Sigmoid. After one epoch on 12,000 Fashion-MNIST images the plain stack is still at 10%, the one with skips at 39%.</source>
        <translation>没有跳跃连接时，第一个 Linear 层的梯度只有最后一个的几万分之一；有了它们，就保持在二十分之一左右：加法把梯度绕过每个 Sigmoid 原样传回去。在 12,000 张 Fashion-MNIST 图像上训练一个 epoch 后，普通的堆叠仍停在 10%，带跳跃连接的达到 39%。</translation>
    </message>
    <message>
        <source>Why does adding the input back let the gradient reach the first layer through five Sigmoids, and why does it cost no parameters?</source>
        <translation>为什么把输入加回去，梯度就能穿过五个 Sigmoid 到达第一层？为什么这不需要任何参数？</translation>
    </message>
    <message>
        <source>15. A small ResNet: residual blocks of convolutions</source>
        <translation>15. 一个小型 ResNet：由卷积构成的残差块</translation>
    </message>
    <message>
        <source>Two residual blocks of 3x3 convolutions with BatchNorm2d, as in ResNet. The second halves the image and doubles the channels, so its shortcut is a 1x1 Conv2d projection. 19,706 parameters, a third of LeNet-5&apos;s.</source>
        <translation>两个由 3x3 卷积和 BatchNorm2d 构成的残差块，和 ResNet 一样。第二个块把图像缩小一半、通道数加倍，所以它的捷径是一个 1x1 Conv2d 投影。共 19,706 个参数，是 LeNet-5 的三分之一。</translation>
    </message>
    <message>
        <source>Train it and note the test accuracy. Then open LeNet-5 and the small ReLU CNN from the Presets menu and train each for the same number of epochs. For a harder test, pick Fashion-MNIST as the dataset for all three.</source>
        <translation>训练它，记下测试准确率。然后从“预设”菜单打开 LeNet-5 和那个小型 ReLU CNN，各训练同样多的 epoch。想要更难的测试，就给三个网络都选 Fashion-MNIST 数据集。</translation>
    </message>
    <message>
        <source>On Fashion-MNIST (12,000 images) it scored 76% on the test set after 3 epochs and 84% after 8: ahead of LeNet-5 (68%, 77%), behind the CNN (86%, 88%), which has 20 times its parameters and learns faster at first.</source>
        <translation>在 Fashion-MNIST 上（12,000 张图像），它在测试集上的准确率 3 个 epoch 后是 76%，8 个 epoch 后是 84%：超过 LeNet-5（68%、77%），不如那个 CNN（86%、88%），后者的参数是它的 20 倍，开始时学得更快。</translation>
    </message>
    <message>
        <source>The first block&apos;s shortcut is its input itself, the second&apos;s a 1x1 convolution: why must the second one change the shape?</source>
        <translation>第一个块的捷径就是输入本身，第二个块的是一个 1x1 卷积：为什么第二个必须改变形状？</translation>
    </message>
    <message>
        <source>16. Parallel branches: a small Inception block</source>
        <translation>16. 并行分支：一个小型 Inception 块</translation>
    </message>
    <message>
        <source>After a 3x3 convolution, a Branches block looks at the same feature maps three ways at once, as Inception does: a 1x1 convolution; a 1x1 then a 3x3 convolution; a 3x3 max pool then a 1x1 convolution. Their channels are stacked: 16 + 24 + 8 = 48.</source>
        <translation>在一个 3x3 卷积之后，一个 Branches 块像 Inception 那样同时用三种方式看同一组特征图：一个 1x1 卷积；先 1x1 再 3x3 卷积；先 3x3 最大池化再 1x1 卷积。它们的通道拼接在一起：16 + 24 + 8 = 48。</translation>
    </message>
    <message>
        <source>Train it and compare it with lesson 5&apos;s CNN. Then set the Branches block&apos;s merge to add and read the problem; give each branch&apos;s last Conv2d 16 channels to fix it.</source>
        <translation>训练它，并和第 5 课的 CNN 比较。然后把 Branches 块的 merge 设为 add，读一读报出的问题；把每条分支最后一个 Conv2d 的通道数都设为 16 来修复它。</translation>
    </message>
    <message>
        <source>Every branch keeps the 14x14 size, so their channels can be stacked. The 1x1 convolutions are cheap: they mix channels without looking at neighbours. Adding needs one shape from every branch; the problem names the branch that differs.</source>
        <translation>每条分支都保持 14x14 的大小，所以它们的通道可以拼接起来。1x1 卷积很便宜：它们只混合通道，不看相邻的像素。相加要求每条分支输出同样的形状；问题会指出哪条分支不一样。</translation>
    </message>
    <message>
        <source>Why look with several filter sizes at once instead of choosing one? What does the 1x1 convolution before the 3x3 one save?</source>
        <translation>为什么要同时用几种大小的卷积核去看，而不是只选一种？3x3 卷积前面的 1x1 卷积省下了什么？</translation>
    </message>
</context>
</TS>
