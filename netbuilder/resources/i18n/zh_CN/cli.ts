<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>Build neural networks from layers, train them on MNIST, and draw digits for them.</source>
        <translation>用层搭建神经网络，在 MNIST 上训练，再画数字给它们认。</translation>
    </message>
    <message>
        <source>add netbuilder and its icon to the applications menu (in ~/.local/share)</source>
        <translation>把 netbuilder 及其图标加入应用程序菜单（在 ~/.local/share 中）</translation>
    </message>
    <message>
        <source>remove that menu entry again</source>
        <translation>移除该菜单项</translation>
    </message>
    <message>
        <source>list the example projects that come with netbuilder</source>
        <translation>列出 netbuilder 自带的示例项目</translation>
    </message>
    <message>
        <source>turn PyTorch code (.py) or an ONNX model (.onnx) into a project (nothing runs)</source>
        <translation>把 PyTorch 代码（.py）或 ONNX 模型（.onnx）转换为项目（不运行任何内容）</translation>
    </message>
    <message>
        <source>Read a model from PyTorch code (nn.Sequential, or an nn.Module class) or from an ONNX file into a project. Nothing in the file is run; what is skipped or guessed is printed.</source>
        <translation>从 PyTorch 代码（nn.Sequential 或 nn.Module 类）或 ONNX 文件读取模型，生成项目。文件中的任何内容都不会运行；跳过或推测的部分会打印出来。</translation>
    </message>
    <message>
        <source>a .py file, or an .onnx model</source>
        <translation>.py 文件，或 .onnx 模型</translation>
    </message>
    <message>
        <source>the project file to write</source>
        <translation>要写入的项目文件</translation>
    </message>
    <message>
        <source>the input&apos;s shape (channels,height,width, or features) where the code does not say it (default: 1,28,28 for images)</source>
        <translation>代码没有写明时的输入形状（通道,高,宽，或特征数；图像默认 1,28,28）</translation>
    </message>
    <message>
        <source>ONNX: write the model&apos;s weights as a netbuilder model (.pt)</source>
        <translation>ONNX：把模型的权重写成 netbuilder 模型（.pt）</translation>
    </message>
    <message>
        <source>{text} is not an input shape: give channels,height,width (e.g. 1,28,28) or the number of features (e.g. 784)</source>
        <translation>{text} 不是输入形状：请给出 通道,高,宽（如 1,28,28）或特征数（如 784）</translation>
    </message>
    <message>
        <source>{file} does not exist; check the path</source>
        <translation>{file} 不存在；请检查路径</translation>
    </message>
    <message>
        <source>{file} is not a file netbuilder imports; give a .py file of PyTorch code or an .onnx model</source>
        <translation>{file} 不是 netbuilder 能导入的文件；请提供 PyTorch 代码的 .py 文件或 .onnx 模型</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>note: the code does not say the input&apos;s image size: {shape} was used; give another with --input-shape C,H,W</source>
        <translation>注：代码没有写明输入图像的尺寸：已使用 {shape}；可用 --input-shape C,H,W 另行指定</translation>
    </message>
    <message>
        <source>problem: {text}</source>
        <translation>问题：{text}</translation>
    </message>
    <message>
        <source>wrote {path}: {count} layers, input {shape}; open it with `netbuilder {path}`</source>
        <translation>已写出 {path}：{count} 层，输入 {shape}；用 `netbuilder {path}` 打开</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>注：{text}</translation>
    </message>
    <message>
        <source>open the app (the default when no command is given)</source>
        <translation>打开应用（未给出命令时的默认行为）</translation>
    </message>
    <message>
        <source>a project file to open</source>
        <translation>要打开的项目文件</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>把窗口渲染为 PNG 后退出</translation>
    </message>
    <message>
        <source>with --screenshot: in presenter mode</source>
        <translation>与 --screenshot 一起使用：演示模式</translation>
    </message>
    <message>
        <source>with --screenshot: the window&apos;s size</source>
        <translation>与 --screenshot 一起使用：窗口大小</translation>
    </message>
    <message>
        <source>print each layer&apos;s output shape and parameters</source>
        <translation>打印每一层的输出形状和参数</translation>
    </message>
    <message>
        <source>train a project and report test accuracy</source>
        <translation>训练一个项目并报告测试准确率</translation>
    </message>
    <message>
        <source>{names}, a folder of IDX files, a folder of images with one subfolder per class, or a CSV file</source>
        <translation>{names}、一个包含 IDX 文件的文件夹、每个类别一个子文件夹的图像文件夹，或一个 CSV 文件</translation>
    </message>
    <message>
        <source>a CSV&apos;s label column (default: label, else the last)</source>
        <translation>CSV 的标签列（默认：名为 label 的列，否则为最后一列）</translation>
    </message>
    <message>
        <source>for a CSV: what its label column is (default: regression for a numeric column with many distinct values)</source>
        <translation>对 CSV：它的标签列是什么（默认：取值很多的数值列视为回归）</translation>
    </message>
    <message>
        <source>resize an image folder&apos;s images (default: their own)</source>
        <translation>缩放图像文件夹中的图像（默认：保持原尺寸）</translation>
    </message>
    <message>
        <source>show which pixels pushed a prediction toward a class (Captum attributions)</source>
        <translation>显示哪些像素把预测推向某个类别（Captum 归因）</translation>
    </message>
    <message>
        <source>a saved model (.pt)</source>
        <translation>保存的模型（.pt）</translation>
    </message>
    <message>
        <source>a PNG or JPEG image</source>
        <translation>PNG 或 JPEG 图像</translation>
    </message>
    <message>
        <source>the class to explain, by name or number (default: the prediction)</source>
        <translation>要解释的类别，用名称或编号（默认：预测的类别）</translation>
    </message>
    <message>
        <source>gradcam: the Conv2d to look at, by module name (default: the last)</source>
        <translation>gradcam：要查看的 Conv2d，用模块名（默认：最后一个）</translation>
    </message>
    <message>
        <source>the picture and its attribution</source>
        <translation>图像及其归因</translation>
    </message>
    <message>
        <source>a NumPy array (2, H, W): the input (0..1) and the attribution</source>
        <translation>NumPy 数组 (2, H, W)：输入（0..1）和归因</translation>
    </message>
    <message>
        <source>draw the test set as the network sees it, in 2-D (t-SNE)</source>
        <translation>按网络眼中的样子把测试集画成二维图（t-SNE）</translation>
    </message>
    <message>
        <source>the data to map (default: the model&apos;s own)</source>
        <translation>要绘制的数据（默认：模型自己的数据集）</translation>
    </message>
    <message>
        <source>where datasets are stored (default: $NETBUILDER_DATA_DIR or per-user)</source>
        <translation>数据集的存放位置（默认：$NETBUILDER_DATA_DIR 或当前用户的目录）</translation>
    </message>
    <message>
        <source>the module whose input is mapped (default: the last Linear&apos;s input)</source>
        <translation>绘制哪个模块的输入（默认：最后一个 Linear 的输入）</translation>
    </message>
    <message>
        <source>how many test samples</source>
        <translation>测试样本的数量</translation>
    </message>
    <message>
        <source>columns x, y, label, prediction</source>
        <translation>列 x、y、label（标签）、prediction（预测）</translation>
    </message>
    <message>
        <source>the map as a picture</source>
        <translation>把图保存为图像</translation>
    </message>
    <message>
        <source>This model reads rows of numbers, not images.</source>
        <translation>这个模型读取的是数值行，不是图像。</translation>
    </message>
    <message>
        <source>{method} for class {label}: {positive:.1%} of the attribution is positive</source>
        <translation>类别 {label} 的 {method}：{positive:.1%} 的归因为正</translation>
    </message>
    <message>
        <source>{target} is not one of the model&apos;s classes: {classes}</source>
        <translation>{target} 不是模型的类别之一：{classes}</translation>
    </message>
    <message>
        <source>{count} test samples at {layer}: 5-nearest-neighbour accuracy in the map {score:.2f}</source>
        <translation>{layer} 处的 {count} 个测试样本：图中 5 近邻准确率 {score:.2f}</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>examples:
  netbuilder                              open the app with LeNet-5 ready to train
  netbuilder lenet5                       open an example (`netbuilder examples` lists them)
  netbuilder my_network.json              open a project in the app
  netbuilder summary lenet5
  netbuilder train mlp_784_200_200_10 --epochs 3 --checkpoint mlp.pt
  netbuilder predict mlp.pt digit.png
  netbuilder explain mlp.pt digit.png --png why.png
  netbuilder embed mlp.pt --png map.png --csv map.csv
  netbuilder export lenet5 --python train_lenet5.py
  netbuilder optimize himmelblau --optimizer adam --lr 0.001 --start 0 0
  torchrun --nproc-per-node 2 train_lenet5.py --data DATA   (the script on 2 processes)
  netbuilder export mlp.pt --onnx mlp.onnx --torchscript mlp.torchscript.pt
  netbuilder diagram lenet5 --png lenet5.png --svg lenet5.svg
  netbuilder --install-desktop-entry      add netbuilder to the desktop&apos;s applications menu

A PROJECT is a project file or the name of an example that comes with netbuilder.
</source>
        <translation>示例：
  netbuilder                              打开应用，LeNet-5 已可直接训练
  netbuilder lenet5                       打开一个示例（`netbuilder examples` 列出全部示例）
  netbuilder my_network.json              在应用中打开一个项目
  netbuilder summary lenet5
  netbuilder train mlp_784_200_200_10 --epochs 3 --checkpoint mlp.pt
  netbuilder predict mlp.pt digit.png
  netbuilder explain mlp.pt digit.png --png why.png   看模型关注哪些像素
  netbuilder embed mlp.pt --png map.png --csv map.csv 把测试集画成二维图
  netbuilder export lenet5 --python train_lenet5.py
  netbuilder optimize himmelblau --optimizer adam --lr 0.001 --start 0 0
  torchrun --nproc-per-node 2 train_lenet5.py --data DATA   （在 2 个进程上运行该脚本）
  netbuilder export mlp.pt --onnx mlp.onnx --torchscript mlp.torchscript.pt
  netbuilder diagram lenet5 --png lenet5.png --svg lenet5.svg
  netbuilder --install-desktop-entry      把 netbuilder 加入桌面的应用程序菜单

PROJECT 是一个项目文件，或 netbuilder 自带示例的名称。
</translation>
    </message>
    <message>
        <source>write final metrics as JSON</source>
        <translation>把最终指标写成 JSON</translation>
    </message>
    <message>
        <source>save the trained model (for predict and the app)</source>
        <translation>保存训练好的模型（供 predict 和应用使用）</translation>
    </message>
    <message>
        <source>continue from a checkpoint&apos;s weights and optimizer</source>
        <translation>从检查点的权重和优化器状态继续训练</translation>
    </message>
    <message>
        <source>never download missing data</source>
        <translation>从不下载缺失的数据</translation>
    </message>
    <message>
        <source>write TensorBoard event files (tensorboard --logdir DIR)</source>
        <translation>写出 TensorBoard 事件文件（tensorboard --logdir DIR）</translation>
    </message>
    <message>
        <source>2-D data: write the final decision regions as PNG</source>
        <translation>二维数据：把最终的决策区域写成 PNG</translation>
    </message>
    <message>
        <source>regression: write the final fit over the data as PNG</source>
        <translation>回归：把最终在数据上的拟合写成 PNG</translation>
    </message>
    <message>
        <source>an autoencoder with a 2-value code: write the test images&apos; codes (x, y, label)</source>
        <translation>编码为 2 个值的自编码器：把测试图像的编码写入文件（列 x、y 和标签 label）</translation>
    </message>
    <message>
        <source>write a training script (runs under torchrun), or a model as ONNX/TorchScript</source>
        <translation>写出训练脚本（可在 torchrun 下运行），或把模型导出为 ONNX/TorchScript</translation>
    </message>
    <message>
        <source>a project, or a saved model (.pt)</source>
        <translation>一个项目，或已保存的模型 (.pt)</translation>
    </message>
    <message>
        <source>a standalone torch training script</source>
        <translation>一个独立的 torch 训练脚本</translation>
    </message>
    <message>
        <source>the model as ONNX (needs a saved model)</source>
        <translation>ONNX 格式的模型（需要已保存的模型）</translation>
    </message>
    <message>
        <source>the model as TorchScript (needs a saved model)</source>
        <translation>TorchScript 格式的模型（需要已保存的模型）</translation>
    </message>
    <message>
        <source>classify images (or CSV rows) with a trained model</source>
        <translation>用训练好的模型对图像（或 CSV 行）分类</translation>
    </message>
    <message>
        <source>a file from `train --checkpoint` or saved from the app</source>
        <translation>由 `train --checkpoint` 生成或从应用中保存的文件</translation>
    </message>
    <message>
        <source>PNG or JPEG images (of single digits, for a digit model)</source>
        <translation>PNG 或 JPEG 图像（数字模型用单个数字的图像）</translation>
    </message>
    <message>
        <source>an autoencoder: write the image&apos;s reconstruction as PNG</source>
        <translation>自编码器：把图像的重建结果写成 PNG</translation>
    </message>
    <message>
        <source>a table model: predict each row of this CSV</source>
        <translation>表格模型：预测该 CSV 的每一行</translation>
    </message>
    <message>
        <source>draw the network as the canvas shows it, to PNG or SVG (no window)</source>
        <translation>按画布上的样子把网络画成 PNG 或 SVG（不打开窗口）</translation>
    </message>
    <message>
        <source>a PNG image (2 pixels per point)</source>
        <translation>PNG 图像（每点 2 像素）</translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>layout width in points</source>
        <translation>布局宽度（单位：点）</translation>
    </message>
    <message>
        <source>the dark theme&apos;s colours</source>
        <translation>使用深色主题的配色</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source> (did you mean {name}?)</source>
        <translation>（你是想输入 {name} 吗？）</translation>
    </message>
    <message>
        <source>unknown command {word}{hint}; the commands are {commands} (`netbuilder examples` lists the examples to open by name)</source>
        <translation>未知命令 {word}{hint}；可用的命令有 {commands}（`netbuilder examples` 列出可按名称打开的示例）</translation>
    </message>
    <message>
        <source>{text} is not a window size: give width x height in pixels, e.g. 1024x768</source>
        <translation>{text} 不是窗口大小：请以像素为单位给出 宽x高，例如 1024x768</translation>
    </message>
    <message>
        <source>Open one with `netbuilder NAME`; summary, train, export and diagram take a NAME too.</source>
        <translation>用 `netbuilder NAME` 打开其中一个；summary、train、export 和 diagram 也接受 NAME。</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} 不是整数</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} 不是数字</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>默认：{value}</translation>
    </message>
    <message>
        <source>new projects: {value}</source>
        <translation>新项目：{value}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>each overrides the project&apos;s own value for this run</source>
        <translation>每一项都只在本次运行中覆盖项目自己的值</translation>
    </message>
    <message>
        <source>data augmentation of the training images, e.g. shift=3,rotate=10,flip; the names: {names}; none turns it off [default: the project&apos;s own]</source>
        <translation>对训练图像做数据增强，例如 shift=3,rotate=10,flip；可用的名称：{names}；none 表示关闭 [默认：项目自己的设置]</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs} [{bar}] {percent}%  loss {loss}  {score}  {speed} samples/s</source>
        <translation>epoch {epoch}/{epochs} [{bar}] {percent}%  损失 {loss}  {score}  {speed} 样本/秒</translation>
    </message>
    <message>
        <source>  val loss {loss}  val {score}</source>
        <translation>  验证损失 {loss}  验证{score}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}: train loss {loss}  train {score}{validation}  lr {lr}  ({seconds} s)</source>
        <translation>epoch {epoch}/{epochs}：训练损失 {loss}  训练{score}{validation}  学习率 {lr}  （{seconds} 秒）</translation>
    </message>
    <message>
        <source>mse {mse}</source>
        <translation>均方误差 {mse}</translation>
    </message>
    <message>
        <source>acc {accuracy}</source>
        <translation>准确率 {accuracy}</translation>
    </message>
    <message>
        <source>r2 {r2}</source>
        <translation>r2 {r2}</translation>
    </message>
    <message>
        <source>--image-size {text}: give N or HxW, e.g. 32 or 64x48</source>
        <translation>--image-size {text}：请给出 N 或 HxW，例如 32 或 64x48</translation>
    </message>
    <message>
        <source>--fit-png needs a regression on numbers (sine, or a CSV with a numeric target), but {dataset} is a {task}: use --regions-png for 2-D points</source>
        <translation>--fit-png 需要对数值做回归（sine，或目标列为数值的 CSV），但 {dataset} 的任务是 {task}：二维点请用 --regions-png</translation>
    </message>
    <message>
        <source>{count} classes: {names}</source>
        <translation>{count} 个类别：{names}</translation>
    </message>
    <message>
        <source>input {shape}, {count} classes: {names}</source>
        <translation>输入 {shape}，{count} 个类别：{names}</translation>
    </message>
    <message>
        <source>skipped {count} unreadable file(s):</source>
        <translation>跳过了 {count} 个无法读取的文件：</translation>
    </message>
    <message>
        <source> Fix: {fix}.</source>
        <translation> 修正：{fix}。</translation>
    </message>
    <message>
        <source>doctor: {finding}{fix}</source>
        <translation>诊断：{finding}{fix}</translation>
    </message>
    <message>
        <source>--folds trains K models: it cannot go with --checkpoint or --resume</source>
        <translation>--folds 会训练 K 个模型：不能与 --checkpoint 或 --resume 一起使用</translation>
    </message>
    <message>
        <source>fold {k}/{folds}: training on {train} images, validating on {held}</source>
        <translation>第 {k}/{folds} 折：在 {train} 张图像上训练，在 {held} 张上验证</translation>
    </message>
    <message>
        <source>fold {k}: validation accuracy {accuracy}</source>
        <translation>第 {k} 折：验证准确率 {accuracy}</translation>
    </message>
    <message>
        <source>validation accuracy: {mean} +- {std} over {folds} folds</source>
        <translation>验证准确率：{mean} +- {std}（共 {folds} 折）</translation>
    </message>
    <message>
        <source>--latent-csv needs an autoencoder: train with --objective reconstruct</source>
        <translation>--latent-csv 需要自编码器：用 --objective reconstruct 训练</translation>
    </message>
    <message>
        <source>test loss: {loss}</source>
        <translation>测试损失：{loss}</translation>
    </message>
    <message>
        <source>test reconstruction mse: {mse} (mean image: {baseline}, ratio {ratio})</source>
        <translation>测试集重建均方误差：{mse}（平均图像：{baseline}，比值 {ratio}）</translation>
    </message>
    <message>
        <source>test mae: {mae}  rmse: {rmse}  r2: {r2}</source>
        <translation>测试 mae：{mae}  rmse：{rmse}  r2：{r2}</translation>
    </message>
    <message>
        <source>test accuracy: {accuracy}</source>
        <translation>测试准确率：{accuracy}</translation>
    </message>
    <message>
        <source>baseline on the same split: mean r2 {constant}, linear r2 {linear}</source>
        <translation>同一划分上的基线：均值 r2 {constant}，线性模型 r2 {linear}</translation>
    </message>
    <message>
        <source>baseline on the same split: majority class {constant}, logistic regression {linear}</source>
        <translation>同一划分上的基线：多数类 {constant}，逻辑回归 {linear}</translation>
    </message>
    <message>
        <source>--regions-png needs 2-D points, but {dataset} is images: use a project with a 2-D dataset ({names})</source>
        <translation>--regions-png 需要二维点，但 {dataset} 是图像：请使用二维数据集的项目（{names}）</translation>
    </message>
    <message>
        <source>training {name} on {dataset} ({count} training images, {threads})</source>
        <translation>正在用 {dataset} 训练 {name}（{count} 张训练图像，{threads}）</translation>
    </message>
    <message>
        <source>training {name} on {dataset} ({count} training samples, {threads})</source>
        <translation>正在用 {dataset} 训练 {name}（{count} 个训练样本，{threads}）</translation>
    </message>
    <message>
        <source>1 torch thread</source>
        <translation>1 个 torch 线程</translation>
    </message>
    <message>
        <source>{count} torch threads</source>
        <translation>{count} 个 torch 线程</translation>
    </message>
    <message>
        <source>a regression: training with the mse loss instead of cross-entropy</source>
        <translation>这是回归任务：用 mse 损失代替交叉熵训练</translation>
    </message>
    <message>
        <source>data augmentation of the training images: {augment}</source>
        <translation>对训练图像做数据增强：{augment}</translation>
    </message>
    <message>
        <source>netbuilder: warning: {warning}</source>
        <translation>netbuilder：警告：{warning}</translation>
    </message>
    <message>
        <source>saved the trained model to {path}</source>
        <translation>已把训练好的模型保存到 {path}</translation>
    </message>
    <message>
        <source>saved the decision regions to {path}</source>
        <translation>已把决策区域保存到 {path}</translation>
    </message>
    <message>
        <source>saved the fit over the data to {path}</source>
        <translation>已把数据上的拟合保存到 {path}</translation>
    </message>
    <message>
        <source>saved the 2-D codes of {count} test images to {path}</source>
        <translation>已把 {count} 张测试图像的二维编码保存到 {path}</translation>
    </message>
    <message>
        <source>TensorBoard events in {folder}: tensorboard --logdir {folder}</source>
        <translation>TensorBoard 事件在 {folder} 中：tensorboard --logdir {folder}</translation>
    </message>
    <message>
        <source>saved the model so far to {path} (continue with --resume {path})</source>
        <translation>已把目前的模型保存到 {path}（用 --resume {path} 继续）</translation>
    </message>
    <message>
        <source>nothing was saved (give --checkpoint FILE to keep the model)</source>
        <translation>没有保存任何东西（给出 --checkpoint FILE 以保留模型）</translation>
    </message>
    <message>
        <source>netbuilder: {signal} after {epochs} complete epoch(s): {kept}</source>
        <translation>netbuilder：完成 {epochs} 个 epoch 后收到 {signal}：{kept}</translation>
    </message>
    <message>
        <source>netbuilder: error: {error}</source>
        <translation>netbuilder：错误：{error}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>已写出 {path}</translation>
    </message>
    <message>
        <source>netbuilder is in the applications menu (some desktops list it after the next login).</source>
        <translation>netbuilder 已加入应用程序菜单（有些桌面要在下次登录后才会列出它）。</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>已移除 {path}</translation>
    </message>
    <message>
        <source>netbuilder had no menu entry to remove.</source>
        <translation>netbuilder 没有可移除的菜单项。</translation>
    </message>
    <message>
        <source>netbuilder diagram: error: say what to write: --png FILE or --svg FILE</source>
        <translation>netbuilder diagram：错误：请说明要写出什么：--png FILE 或 --svg FILE</translation>
    </message>
    <message>
        <source>wrote {path} ({width} x {height} points)</source>
        <translation>已写出 {path}（{width} x {height} 点）</translation>
    </message>
    <message>
        <source>netbuilder export: error: say what to write: --python FILE, --onnx FILE or --torchscript FILE</source>
        <translation>netbuilder export：错误：请说明要写出什么：--python FILE、--onnx FILE 或 --torchscript FILE</translation>
    </message>
    <message>
        <source>{path} is a project, not a trained model: --onnx and --torchscript need a file from `netbuilder train --checkpoint` or the app&apos;s Save model</source>
        <translation>{path} 是一个项目，不是训练好的模型：--onnx 和 --torchscript 需要由 `netbuilder train --checkpoint` 或应用的“保存模型”生成的文件</translation>
    </message>
    <message>
        <source>wrote {path}: `python {path} --data DATA` trains {name}; `torchrun --nproc-per-node N {path} --data DATA` trains it on N processes</source>
        <translation>已写出 {path}：`python {path} --data DATA` 训练 {name}；`torchrun --nproc-per-node N {path} --data DATA` 在 N 个进程上训练它</translation>
    </message>
    <message>
        <source>wrote {path}: `python {path} --data DATA` trains the model; `torchrun --nproc-per-node N {path} --data DATA` trains it on N processes</source>
        <translation>已写出 {path}：`python {path} --data DATA` 训练该模型；`torchrun --nproc-per-node N {path} --data DATA` 在 N 个进程上训练它</translation>
    </message>
    <message>
        <source>wrote {path} ({kind}): pixels 0..1 shaped (N, {shape}) in, logits out</source>
        <translation>已写出 {path}（{kind}）：输入形状为 (N, {shape}) 的 0..1 像素，输出 logits</translation>
    </message>
    <message>
        <source>wrote {path} ({kind}): pixels 0..1 shaped (N, {shape}) in, their reconstructions out</source>
        <translation>已写入 {path}（{kind}）：输入形状为 (N, {shape})、取值 0..1 的像素，输出它们的重建结果</translation>
    </message>
    <message>
        <source>watch an optimizer minimise a 2-D function (Himmelblau, Rosenbrock, ...)</source>
        <translation>观察优化器如何最小化一个二维函数（Himmelblau、Rosenbrock 等）</translation>
    </message>
    <message>
        <source>Minimise a 2-D test function with one of the trainer&apos;s torch.optim optimizers.</source>
        <translation>用训练器的某个 torch.optim 优化器最小化一个二维测试函数。</translation>
    </message>
    <message>
        <source>default: 0, or 0.9 with --nesterov</source>
        <translation>默认：0，使用 --nesterov 时为 0.9</translation>
    </message>
    <message>
        <source>how many steps (default 20000, at most {most})</source>
        <translation>步数（默认 20000，最多 {most}）</translation>
    </message>
    <message>
        <source>start point (default per function)</source>
        <translation>起点（默认值因函数而异）</translation>
    </message>
    <message>
        <source>print every N steps (default 2000)</source>
        <translation>每 N 步打印一次（默认 2000）</translation>
    </message>
    <message>
        <source>write the whole path (step, x, y, f)</source>
        <translation>写出整条路径（step, x, y, f）</translation>
    </message>
    <message>
        <source>--steps must be 1 to {most} and --every at least 1</source>
        <translation>--steps 必须在 1 到 {most} 之间，--every 至少为 1</translation>
    </message>
    <message>
        <source>step {step}: {point}</source>
        <translation>第 {step} 步：{point}</translation>
    </message>
    <message>
        <source>final: {point}</source>
        <translation>最终：{point}</translation>
    </message>
    <message>
        <source>stopped after {steps} steps: f(x) ran off towards infinity (lower --lr, or the function has no floor there)</source>
        <translation>{steps} 步后停止：f(x) 趋向无穷（降低 --lr，或者该函数在那里没有下界）</translation>
    </message>
    <message>
        <source>wrote {count} points to {path}</source>
        <translation>已把 {count} 个点写入 {path}</translation>
    </message>
    <message>
        <source>Give image files to read, or --csv FILE for a table model.</source>
        <translation>请给出要读取的图像文件，表格模型请用 --csv FILE。</translation>
    </message>
    <message>
        <source>This model reads rows of numbers, not images: use --csv FILE.</source>
        <translation>这个模型读取的是数值行，不是图像：请使用 --csv FILE。</translation>
    </message>
    <message>
        <source>{name}: nothing drawn (the image has no ink)</source>
        <translation>{name}：什么也没画（图像中没有笔迹）</translation>
    </message>
    <message>
        <source>{name}: predicted {label} (confidence {confidence})</source>
        <translation>{name}：预测为 {label}（置信度 {confidence}）</translation>
    </message>
    <message>
        <source>{path}: this model reads images {shape}, not table rows; give images.</source>
        <translation>{path}：这个模型读取形状为 {shape} 的图像，不是表格行；请给出图像。</translation>
    </message>
    <message>
        <source>row {row}: predicted {label} (confidence {confidence})</source>
        <translation>第 {row} 行：预测为 {label}（置信度 {confidence}）</translation>
    </message>
    <message>
        <source>{name}: reconstructed, pixel MSE {mse}</source>
        <translation>{name}：已重建，像素均方误差 {mse}</translation>
    </message>
    <message>
        <source>saved the reconstruction to {path}</source>
        <translation>已把重建结果保存到 {path}</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>saved the project to {path}</source>
        <translation>已把项目保存到 {path}</translation>
    </message>
    <message>
        <source>saved its weights to {path} (predict, export and the app take it)</source>
        <translation>已把权重保存到 {path}（predict、export 和应用都能使用它）</translation>
    </message>
    <message>
        <source>the weights were not saved: add --checkpoint FILE to keep them</source>
        <translation>权重没有保存：加上 --checkpoint FILE 才能保留它们</translation>
    </message>
    <message>
        <source>imported {path}: {count} blocks, input {shape}, {classes} outputs, dataset {dataset}</source>
        <translation>已导入 {path}：{count} 层，输入 {shape}，{classes} 个输出，数据集 {dataset}</translation>
    </message>
    <message>
        <source>search settings and layer sizes with Optuna (many runs, shared)</source>
        <translation>用 Optuna 搜索训练设置和层的大小（多次运行，可共享）</translation>
    </message>
    <message>
        <source>Train the project many times with values Optuna suggests (TPE), stopping hopeless trials early, and report the best. Processes and machines that give the same --storage and --study share one study.</source>
        <translation>用 Optuna 建议的取值（TPE）多次训练项目，提前停止没有希望的试验，并报告最好的一次。给出相同 --storage 和 --study 的进程和机器共享同一个研究。</translation>
    </message>
    <message>
        <source>what to search: a training setting or a layer&apos;s parameter by the layer&apos;s number (as `netbuilder summary` numbers it), e.g. learning_rate=log:0.001..0.3, batch_size=32,64,128, epochs=int:5..40, 4.out_features=int:16..256 (repeat it)</source>
        <translation>要搜索什么：一个训练设置，或用层号（按 `netbuilder summary` 的编号）指定的某层参数，例如 learning_rate=log:0.001..0.3、batch_size=32,64,128、epochs=int:5..40、4.out_features=int:16..256（可重复给出）</translation>
    </message>
    <message>
        <source>trials side by side in separate processes (default 1)</source>
        <translation>在各自的进程中并行运行的试验数（默认 1）</translation>
    </message>
    <message>
        <source>where the study is kept: sqlite:///sweep.db (or another database URL), or a journal file such as sweep.log (also on a shared NFS folder); default: in memory</source>
        <translation>研究保存在哪里：sqlite:///sweep.db（或其他数据库 URL），或日志文件，例如 sweep.log（也可放在共享的 NFS 文件夹中）；默认：内存中</translation>
    </message>
    <message>
        <source>the study&apos;s name (default: the project file&apos;s name)</source>
        <translation>研究的名称（默认：项目文件的名称）</translation>
    </message>
    <message>
        <source>trials in all: the study ends with this many finished (complete or stopped early), counting those it already holds and those other processes run (default 20)</source>
        <translation>试验总数：研究最终包含这么多已结束的试验（完成或提前停止），已有的和其他进程运行的都算在内（默认 20）</translation>
    </message>
    <message>
        <source>what each trial is scored by on the validation data: accuracy (a regression: R², an autoencoder: its reconstruction error) or loss (default: accuracy, a regression&apos;s loss)</source>
        <translation>每次试验在验证集上按什么评分：accuracy（准确率；回归为 R²，自编码器为重建误差）或 loss（损失）（默认：accuracy，回归为 loss）</translation>
    </message>
    <message>
        <source>default: maximize accuracy, minimize loss and an autoencoder&apos;s error</source>
        <translation>默认：最大化准确率，最小化损失和自编码器的重建误差</translation>
    </message>
    <message>
        <source>never stop a trial early (by default a median pruner does)</source>
        <translation>从不提前停止试验（默认由中位数剪枝器提前停止）</translation>
    </message>
    <message>
        <source>the sampler&apos;s random seed (default: a new one per process)</source>
        <translation>采样器的随机种子（默认：每个进程各取一个新的）</translation>
    </message>
    <message>
        <source>write the best trial&apos;s values and metrics as JSON</source>
        <translation>把最佳试验的取值和指标写成 JSON</translation>
    </message>
    <message>
        <source>write the project with the best trial&apos;s values</source>
        <translation>写出采用最佳试验取值的项目</translation>
    </message>
    <message>
        <source>train on this dataset instead</source>
        <translation>改用这个数据集训练</translation>
    </message>
    <message>
        <source>{text} is not a whole number from 1 to 100000</source>
        <translation>{text} 不是 1 到 100000 之间的整数</translation>
    </message>
    <message>
        <source>saved the project with the best values to {path}</source>
        <translation>已把采用最佳取值的项目保存到 {path}</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>reconstruction error (MSE)</source>
        <translation>重建误差（均方误差）</translation>
    </message>
    <message>
        <source>sweeping {study} on {dataset}: {trials} trials in {jobs} process(es), validation {metric} ({direction}), study kept in {where}</source>
        <translation>正在搜索 {study}，数据集 {dataset}：{trials} 次试验，{jobs} 个进程，验证集 {metric}（{direction}），研究保存在 {where}</translation>
    </message>
    <message>
        <source>trial {number}: {values}: validation score {value}</source>
        <translation>试验 {number}：{values}：验证得分 {value}</translation>
    </message>
    <message>
        <source>trial {number}: {values}: stopped early after {epochs} epoch(s)</source>
        <translation>试验 {number}：{values}：{epochs} 个 epoch 后提前停止</translation>
    </message>
    <message>
        <source>trial {number}: {values}: failed: {reason}</source>
        <translation>试验 {number}：{values}：失败：{reason}</translation>
    </message>
    <message>
        <source>this command ran {ran} trial(s); the study holds {complete} complete, {pruned} stopped early, {failed} failed</source>
        <translation>本命令运行了 {ran} 次试验；研究中共有 {complete} 次完成，{pruned} 次提前停止，{failed} 次失败</translation>
    </message>
    <message>
        <source>no trial has finished yet</source>
        <translation>还没有试验结束</translation>
    </message>
    <message>
        <source>best: trial {number}, validation score {value}: {values}</source>
        <translation>最佳：试验 {number}，验证得分 {value}：{values}</translation>
    </message>
    <message>
        <source>importance: {shares}</source>
        <translation>重要性：{shares}</translation>
    </message>
</context>
</TS>
