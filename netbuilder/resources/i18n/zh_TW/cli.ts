<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>Build neural networks from layers, train them on MNIST, and draw digits for them.</source>
        <translation>用層搭建神經網絡，在 MNIST 上訓練，再畫數字給它們認。</translation>
    </message>
    <message>
        <source>add netbuilder and its icon to the applications menu (in ~/.local/share)</source>
        <translation>把 netbuilder 及其圖標加入應用程序菜單（在 ~/.local/share 中）</translation>
    </message>
    <message>
        <source>remove that menu entry again</source>
        <translation>移除該菜單項</translation>
    </message>
    <message>
        <source>list the example projects that come with netbuilder</source>
        <translation>列出 netbuilder 自帶的示例項目</translation>
    </message>
    <message>
        <source>turn PyTorch code (.py) or an ONNX model (.onnx) into a project (nothing runs)</source>
        <translation>把 PyTorch 代碼（.py）或 ONNX 模型（.onnx）轉換為項目（不運行任何內容）</translation>
    </message>
    <message>
        <source>Read a model from PyTorch code (nn.Sequential, or an nn.Module class) or from an ONNX file into a project. Nothing in the file is run; what is skipped or guessed is printed.</source>
        <translation>從 PyTorch 代碼（nn.Sequential 或 nn.Module 類）或 ONNX 文件讀取模型，生成項目。文件中的任何內容都不會運行；跳過或推測的部分會打印出來。</translation>
    </message>
    <message>
        <source>a .py file, or an .onnx model</source>
        <translation>.py 文件，或 .onnx 模型</translation>
    </message>
    <message>
        <source>the project file to write</source>
        <translation>要寫入的項目文件</translation>
    </message>
    <message>
        <source>the input&apos;s shape (channels,height,width, or features) where the code does not say it (default: 1,28,28 for images)</source>
        <translation>代碼沒有寫明時的輸入形狀（通道,高,寬，或特徵數；圖像默認 1,28,28）</translation>
    </message>
    <message>
        <source>ONNX: write the model&apos;s weights as a netbuilder model (.pt)</source>
        <translation>ONNX：把模型的權重寫成 netbuilder 模型（.pt）</translation>
    </message>
    <message>
        <source>{text} is not an input shape: give channels,height,width (e.g. 1,28,28) or the number of features (e.g. 784)</source>
        <translation>{text} 不是輸入形狀：請給出 通道,高,寬（如 1,28,28）或特徵數（如 784）</translation>
    </message>
    <message>
        <source>{file} does not exist; check the path</source>
        <translation>{file} 不存在；請檢查路徑</translation>
    </message>
    <message>
        <source>{file} is not a file netbuilder imports; give a .py file of PyTorch code or an .onnx model</source>
        <translation>{file} 不是 netbuilder 能導入的文件；請提供 PyTorch 代碼的 .py 文件或 .onnx 模型</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>note: the code does not say the input&apos;s image size: {shape} was used; give another with --input-shape C,H,W</source>
        <translation>注：代碼沒有寫明輸入圖像的尺寸：已使用 {shape}；可用 --input-shape C,H,W 另行指定</translation>
    </message>
    <message>
        <source>problem: {text}</source>
        <translation>問題：{text}</translation>
    </message>
    <message>
        <source>wrote {path}: {count} layers, input {shape}; open it with `netbuilder {path}`</source>
        <translation>已寫出 {path}：{count} 層，輸入 {shape}；用 `netbuilder {path}` 打開</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>注：{text}</translation>
    </message>
    <message>
        <source>open the app (the default when no command is given)</source>
        <translation>打開應用（未給出命令時的默認行為）</translation>
    </message>
    <message>
        <source>a project file to open</source>
        <translation>要打開的項目文件</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>把窗口渲染為 PNG 後退出</translation>
    </message>
    <message>
        <source>with --screenshot: in presenter mode</source>
        <translation>與 --screenshot 一起使用：演示模式</translation>
    </message>
    <message>
        <source>with --screenshot: the window&apos;s size</source>
        <translation>與 --screenshot 一起使用：窗口大小</translation>
    </message>
    <message>
        <source>print each layer&apos;s output shape and parameters</source>
        <translation>打印每一層的輸出形狀和參數</translation>
    </message>
    <message>
        <source>train a project and report test accuracy</source>
        <translation>訓練一個項目並報告測試準確率</translation>
    </message>
    <message>
        <source>{names}, a folder of IDX files, a folder of images with one subfolder per class, or a CSV file</source>
        <translation>{names}、一個包含 IDX 文件的文件夾、每個類別一個子文件夾的圖像文件夾，或一個 CSV 文件</translation>
    </message>
    <message>
        <source>a CSV&apos;s label column (default: label, else the last)</source>
        <translation>CSV 的標籤列（默認：名為 label 的列，否則為最後一列）</translation>
    </message>
    <message>
        <source>for a CSV: what its label column is (default: regression for a numeric column with many distinct values)</source>
        <translation>對 CSV：它的標籤列是什麼（默認：取值很多的數值列視為迴歸）</translation>
    </message>
    <message>
        <source>resize an image folder&apos;s images (default: their own)</source>
        <translation>縮放圖像文件夾中的圖像（默認：保持原尺寸）</translation>
    </message>
    <message>
        <source>show which pixels pushed a prediction toward a class (Captum attributions)</source>
        <translation>顯示哪些像素把預測推向某個類別（Captum 歸因）</translation>
    </message>
    <message>
        <source>a saved model (.pt)</source>
        <translation>保存的模型（.pt）</translation>
    </message>
    <message>
        <source>a PNG or JPEG image</source>
        <translation>PNG 或 JPEG 圖像</translation>
    </message>
    <message>
        <source>the class to explain, by name or number (default: the prediction)</source>
        <translation>要解釋的類別，用名稱或編號（默認：預測的類別）</translation>
    </message>
    <message>
        <source>gradcam: the Conv2d to look at, by module name (default: the last)</source>
        <translation>gradcam：要查看的 Conv2d，用模塊名（默認：最後一個）</translation>
    </message>
    <message>
        <source>the picture and its attribution</source>
        <translation>圖像及其歸因</translation>
    </message>
    <message>
        <source>a NumPy array (2, H, W): the input (0..1) and the attribution</source>
        <translation>NumPy 數組 (2, H, W)：輸入（0..1）和歸因</translation>
    </message>
    <message>
        <source>draw the test set as the network sees it, in 2-D (t-SNE)</source>
        <translation>按網絡眼中的樣子把測試集畫成二維圖（t-SNE）</translation>
    </message>
    <message>
        <source>the data to map (default: the model&apos;s own)</source>
        <translation>要繪製的數據（默認：模型自己的數據集）</translation>
    </message>
    <message>
        <source>where datasets are stored (default: $NETBUILDER_DATA_DIR or per-user)</source>
        <translation>數據集的存放位置（默認：$NETBUILDER_DATA_DIR 或當前用戶的目錄）</translation>
    </message>
    <message>
        <source>the module whose input is mapped (default: the last Linear&apos;s input)</source>
        <translation>繪製哪個模塊的輸入（默認：最後一個 Linear 的輸入）</translation>
    </message>
    <message>
        <source>how many test samples</source>
        <translation>測試樣本的數量</translation>
    </message>
    <message>
        <source>columns x, y, label, prediction</source>
        <translation>列 x、y、label（標籤）、prediction（預測）</translation>
    </message>
    <message>
        <source>the map as a picture</source>
        <translation>把圖保存為圖像</translation>
    </message>
    <message>
        <source>This model reads rows of numbers, not images.</source>
        <translation>這個模型讀取的是數值行，不是圖像。</translation>
    </message>
    <message>
        <source>{method} for class {label}: {positive:.1%} of the attribution is positive</source>
        <translation>類別 {label} 的 {method}：{positive:.1%} 的歸因為正</translation>
    </message>
    <message>
        <source>{target} is not one of the model&apos;s classes: {classes}</source>
        <translation>{target} 不是模型的類別之一：{classes}</translation>
    </message>
    <message>
        <source>{count} test samples at {layer}: 5-nearest-neighbour accuracy in the map {score:.2f}</source>
        <translation>{layer} 處的 {count} 個測試樣本：圖中 5 近鄰準確率 {score:.2f}</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>輸入</translation>
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
  netbuilder                              打開應用，LeNet-5 已可直接訓練
  netbuilder lenet5                       打開一個示例（`netbuilder examples` 列出全部示例）
  netbuilder my_network.json              在應用中打開一個項目
  netbuilder summary lenet5
  netbuilder train mlp_784_200_200_10 --epochs 3 --checkpoint mlp.pt
  netbuilder predict mlp.pt digit.png
  netbuilder explain mlp.pt digit.png --png why.png   看模型關注哪些像素
  netbuilder embed mlp.pt --png map.png --csv map.csv 把測試集畫成二維圖
  netbuilder export lenet5 --python train_lenet5.py
  netbuilder optimize himmelblau --optimizer adam --lr 0.001 --start 0 0
  torchrun --nproc-per-node 2 train_lenet5.py --data DATA   （在 2 個進程上運行該腳本）
  netbuilder export mlp.pt --onnx mlp.onnx --torchscript mlp.torchscript.pt
  netbuilder diagram lenet5 --png lenet5.png --svg lenet5.svg
  netbuilder --install-desktop-entry      把 netbuilder 加入桌面的應用程序菜單

PROJECT 是一個項目文件，或 netbuilder 自帶示例的名稱。
</translation>
    </message>
    <message>
        <source>write final metrics as JSON</source>
        <translation>把最終指標寫成 JSON</translation>
    </message>
    <message>
        <source>save the trained model (for predict and the app)</source>
        <translation>保存訓練好的模型（供 predict 和應用使用）</translation>
    </message>
    <message>
        <source>continue from a checkpoint&apos;s weights and optimizer</source>
        <translation>從檢查點的權重和優化器狀態繼續訓練</translation>
    </message>
    <message>
        <source>never download missing data</source>
        <translation>從不下載缺失的數據</translation>
    </message>
    <message>
        <source>write TensorBoard event files (tensorboard --logdir DIR)</source>
        <translation>寫出 TensorBoard 事件文件（tensorboard --logdir DIR）</translation>
    </message>
    <message>
        <source>2-D data: write the final decision regions as PNG</source>
        <translation>二維數據：把最終的決策區域寫成 PNG</translation>
    </message>
    <message>
        <source>regression: write the final fit over the data as PNG</source>
        <translation>迴歸：把最終在數據上的擬合寫成 PNG</translation>
    </message>
    <message>
        <source>an autoencoder with a 2-value code: write the test images&apos; codes (x, y, label)</source>
        <translation>編碼為 2 個值的自編碼器：把測試圖像的編碼寫入文件（列 x、y 和標籤 label）</translation>
    </message>
    <message>
        <source>write a training script (runs under torchrun), or a model as ONNX/TorchScript</source>
        <translation>寫出訓練腳本（可在 torchrun 下運行），或把模型導出為 ONNX/TorchScript</translation>
    </message>
    <message>
        <source>a project, or a saved model (.pt)</source>
        <translation>一個項目，或已保存的模型 (.pt)</translation>
    </message>
    <message>
        <source>a standalone torch training script</source>
        <translation>一個獨立的 torch 訓練腳本</translation>
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
        <translation>用訓練好的模型對圖像（或 CSV 行）分類</translation>
    </message>
    <message>
        <source>a file from `train --checkpoint` or saved from the app</source>
        <translation>由 `train --checkpoint` 生成或從應用中保存的文件</translation>
    </message>
    <message>
        <source>PNG or JPEG images (of single digits, for a digit model)</source>
        <translation>PNG 或 JPEG 圖像（數字模型用單個數字的圖像）</translation>
    </message>
    <message>
        <source>an autoencoder: write the image&apos;s reconstruction as PNG</source>
        <translation>自編碼器：把圖像的重建結果寫成 PNG</translation>
    </message>
    <message>
        <source>a table model: predict each row of this CSV</source>
        <translation>表格模型：預測該 CSV 的每一行</translation>
    </message>
    <message>
        <source>draw the network as the canvas shows it, to PNG or SVG (no window)</source>
        <translation>按畫布上的樣子把網絡畫成 PNG 或 SVG（不打開窗口）</translation>
    </message>
    <message>
        <source>a PNG image (2 pixels per point)</source>
        <translation>PNG 圖像（每點 2 像素）</translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation>SVG 矢量圖</translation>
    </message>
    <message>
        <source>layout width in points</source>
        <translation>佈局寬度（單位：點）</translation>
    </message>
    <message>
        <source>the dark theme&apos;s colours</source>
        <translation>使用深色主題的配色</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <source> (did you mean {name}?)</source>
        <translation>（你是想輸入 {name} 嗎？）</translation>
    </message>
    <message>
        <source>unknown command {word}{hint}; the commands are {commands} (`netbuilder examples` lists the examples to open by name)</source>
        <translation>未知命令 {word}{hint}；可用的命令有 {commands}（`netbuilder examples` 列出可按名稱打開的示例）</translation>
    </message>
    <message>
        <source>{text} is not a window size: give width x height in pixels, e.g. 1024x768</source>
        <translation>{text} 不是窗口大小：請以像素為單位給出 寬x高，例如 1024x768</translation>
    </message>
    <message>
        <source>Open one with `netbuilder NAME`; summary, train, export and diagram take a NAME too.</source>
        <translation>用 `netbuilder NAME` 打開其中一個；summary、train、export 和 diagram 也接受 NAME。</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} 不是整數</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} 不是數字</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>默認：{value}</translation>
    </message>
    <message>
        <source>new projects: {value}</source>
        <translation>新項目：{value}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>training settings</source>
        <translation>訓練設置</translation>
    </message>
    <message>
        <source>each overrides the project&apos;s own value for this run</source>
        <translation>每一項都只在本次運行中覆蓋項目自己的值</translation>
    </message>
    <message>
        <source>data augmentation of the training images, e.g. shift=3,rotate=10,flip; the names: {names}; none turns it off [default: the project&apos;s own]</source>
        <translation>對訓練圖像做數據增強，例如 shift=3,rotate=10,flip；可用的名稱：{names}；none 表示關閉 [默認：項目自己的設置]</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs} [{bar}] {percent}%  loss {loss}  {score}  {speed} samples/s</source>
        <translation>epoch {epoch}/{epochs} [{bar}] {percent}%  損失 {loss}  {score}  {speed} 樣本/秒</translation>
    </message>
    <message>
        <source>  val loss {loss}  val {score}</source>
        <translation>  驗證損失 {loss}  驗證{score}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}: train loss {loss}  train {score}{validation}  lr {lr}  ({seconds} s)</source>
        <translation>epoch {epoch}/{epochs}：訓練損失 {loss}  訓練{score}{validation}  學習率 {lr}  （{seconds} 秒）</translation>
    </message>
    <message>
        <source>mse {mse}</source>
        <translation>均方誤差 {mse}</translation>
    </message>
    <message>
        <source>acc {accuracy}</source>
        <translation>準確率 {accuracy}</translation>
    </message>
    <message>
        <source>r2 {r2}</source>
        <translation>r2 {r2}</translation>
    </message>
    <message>
        <source>--image-size {text}: give N or HxW, e.g. 32 or 64x48</source>
        <translation>--image-size {text}：請給出 N 或 HxW，例如 32 或 64x48</translation>
    </message>
    <message>
        <source>--fit-png needs a regression on numbers (sine, or a CSV with a numeric target), but {dataset} is a {task}: use --regions-png for 2-D points</source>
        <translation>--fit-png 需要對數值做迴歸（sine，或目標列為數值的 CSV），但 {dataset} 的任務是 {task}：二維點請用 --regions-png</translation>
    </message>
    <message>
        <source>{count} classes: {names}</source>
        <translation>{count} 個類別：{names}</translation>
    </message>
    <message>
        <source>input {shape}, {count} classes: {names}</source>
        <translation>輸入 {shape}，{count} 個類別：{names}</translation>
    </message>
    <message>
        <source>skipped {count} unreadable file(s):</source>
        <translation>跳過了 {count} 個無法讀取的文件：</translation>
    </message>
    <message>
        <source> Fix: {fix}.</source>
        <translation> 修正：{fix}。</translation>
    </message>
    <message>
        <source>doctor: {finding}{fix}</source>
        <translation>診斷：{finding}{fix}</translation>
    </message>
    <message>
        <source>--folds trains K models: it cannot go with --checkpoint or --resume</source>
        <translation>--folds 會訓練 K 個模型：不能與 --checkpoint 或 --resume 一起使用</translation>
    </message>
    <message>
        <source>fold {k}/{folds}: training on {train} images, validating on {held}</source>
        <translation>第 {k}/{folds} 折：在 {train} 張圖像上訓練，在 {held} 張上驗證</translation>
    </message>
    <message>
        <source>fold {k}: validation accuracy {accuracy}</source>
        <translation>第 {k} 折：驗證準確率 {accuracy}</translation>
    </message>
    <message>
        <source>validation accuracy: {mean} +- {std} over {folds} folds</source>
        <translation>驗證準確率：{mean} +- {std}（共 {folds} 折）</translation>
    </message>
    <message>
        <source>--latent-csv needs an autoencoder: train with --objective reconstruct</source>
        <translation>--latent-csv 需要自編碼器：用 --objective reconstruct 訓練</translation>
    </message>
    <message>
        <source>test loss: {loss}</source>
        <translation>測試損失：{loss}</translation>
    </message>
    <message>
        <source>test reconstruction mse: {mse} (mean image: {baseline}, ratio {ratio})</source>
        <translation>測試集重建均方誤差：{mse}（平均圖像：{baseline}，比值 {ratio}）</translation>
    </message>
    <message>
        <source>test mae: {mae}  rmse: {rmse}  r2: {r2}</source>
        <translation>測試 mae：{mae}  rmse：{rmse}  r2：{r2}</translation>
    </message>
    <message>
        <source>test accuracy: {accuracy}</source>
        <translation>測試準確率：{accuracy}</translation>
    </message>
    <message>
        <source>baseline on the same split: mean r2 {constant}, linear r2 {linear}</source>
        <translation>同一劃分上的基線：均值 r2 {constant}，線性模型 r2 {linear}</translation>
    </message>
    <message>
        <source>baseline on the same split: majority class {constant}, logistic regression {linear}</source>
        <translation>同一劃分上的基線：多數類 {constant}，邏輯迴歸 {linear}</translation>
    </message>
    <message>
        <source>--regions-png needs 2-D points, but {dataset} is images: use a project with a 2-D dataset ({names})</source>
        <translation>--regions-png 需要二維點，但 {dataset} 是圖像：請使用二維數據集的項目（{names}）</translation>
    </message>
    <message>
        <source>training {name} on {dataset} ({count} training images, {threads})</source>
        <translation>正在用 {dataset} 訓練 {name}（{count} 張訓練圖像，{threads}）</translation>
    </message>
    <message>
        <source>training {name} on {dataset} ({count} training samples, {threads})</source>
        <translation>正在用 {dataset} 訓練 {name}（{count} 個訓練樣本，{threads}）</translation>
    </message>
    <message>
        <source>1 torch thread</source>
        <translation>1 個 torch 線程</translation>
    </message>
    <message>
        <source>{count} torch threads</source>
        <translation>{count} 個 torch 線程</translation>
    </message>
    <message>
        <source>a regression: training with the mse loss instead of cross-entropy</source>
        <translation>這是迴歸任務：用 mse 損失代替交叉熵訓練</translation>
    </message>
    <message>
        <source>data augmentation of the training images: {augment}</source>
        <translation>對訓練圖像做數據增強：{augment}</translation>
    </message>
    <message>
        <source>netbuilder: warning: {warning}</source>
        <translation>netbuilder：警告：{warning}</translation>
    </message>
    <message>
        <source>saved the trained model to {path}</source>
        <translation>已把訓練好的模型保存到 {path}</translation>
    </message>
    <message>
        <source>saved the decision regions to {path}</source>
        <translation>已把決策區域保存到 {path}</translation>
    </message>
    <message>
        <source>saved the fit over the data to {path}</source>
        <translation>已把數據上的擬合保存到 {path}</translation>
    </message>
    <message>
        <source>saved the 2-D codes of {count} test images to {path}</source>
        <translation>已把 {count} 張測試圖像的二維編碼保存到 {path}</translation>
    </message>
    <message>
        <source>TensorBoard events in {folder}: tensorboard --logdir {folder}</source>
        <translation>TensorBoard 事件在 {folder} 中：tensorboard --logdir {folder}</translation>
    </message>
    <message>
        <source>saved the model so far to {path} (continue with --resume {path})</source>
        <translation>已把目前的模型保存到 {path}（用 --resume {path} 繼續）</translation>
    </message>
    <message>
        <source>nothing was saved (give --checkpoint FILE to keep the model)</source>
        <translation>沒有保存任何東西（給出 --checkpoint FILE 以保留模型）</translation>
    </message>
    <message>
        <source>netbuilder: {signal} after {epochs} complete epoch(s): {kept}</source>
        <translation>netbuilder：完成 {epochs} 個 epoch 後收到 {signal}：{kept}</translation>
    </message>
    <message>
        <source>netbuilder: error: {error}</source>
        <translation>netbuilder：錯誤：{error}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>已寫出 {path}</translation>
    </message>
    <message>
        <source>netbuilder is in the applications menu (some desktops list it after the next login).</source>
        <translation>netbuilder 已加入應用程序菜單（有些桌面要在下次登錄後才會列出它）。</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>已移除 {path}</translation>
    </message>
    <message>
        <source>netbuilder had no menu entry to remove.</source>
        <translation>netbuilder 沒有可移除的菜單項。</translation>
    </message>
    <message>
        <source>netbuilder diagram: error: say what to write: --png FILE or --svg FILE</source>
        <translation>netbuilder diagram：錯誤：請說明要寫出什麼：--png FILE 或 --svg FILE</translation>
    </message>
    <message>
        <source>wrote {path} ({width} x {height} points)</source>
        <translation>已寫出 {path}（{width} x {height} 點）</translation>
    </message>
    <message>
        <source>netbuilder export: error: say what to write: --python FILE, --onnx FILE or --torchscript FILE</source>
        <translation>netbuilder export：錯誤：請說明要寫出什麼：--python FILE、--onnx FILE 或 --torchscript FILE</translation>
    </message>
    <message>
        <source>{path} is a project, not a trained model: --onnx and --torchscript need a file from `netbuilder train --checkpoint` or the app&apos;s Save model</source>
        <translation>{path} 是一個項目，不是訓練好的模型：--onnx 和 --torchscript 需要由 `netbuilder train --checkpoint` 或應用的“保存模型”生成的文件</translation>
    </message>
    <message>
        <source>wrote {path}: `python {path} --data DATA` trains {name}; `torchrun --nproc-per-node N {path} --data DATA` trains it on N processes</source>
        <translation>已寫出 {path}：`python {path} --data DATA` 訓練 {name}；`torchrun --nproc-per-node N {path} --data DATA` 在 N 個進程上訓練它</translation>
    </message>
    <message>
        <source>wrote {path}: `python {path} --data DATA` trains the model; `torchrun --nproc-per-node N {path} --data DATA` trains it on N processes</source>
        <translation>已寫出 {path}：`python {path} --data DATA` 訓練該模型；`torchrun --nproc-per-node N {path} --data DATA` 在 N 個進程上訓練它</translation>
    </message>
    <message>
        <source>wrote {path} ({kind}): pixels 0..1 shaped (N, {shape}) in, logits out</source>
        <translation>已寫出 {path}（{kind}）：輸入形狀為 (N, {shape}) 的 0..1 像素，輸出 logits</translation>
    </message>
    <message>
        <source>wrote {path} ({kind}): pixels 0..1 shaped (N, {shape}) in, their reconstructions out</source>
        <translation>已寫入 {path}（{kind}）：輸入形狀為 (N, {shape})、取值 0..1 的像素，輸出它們的重建結果</translation>
    </message>
    <message>
        <source>watch an optimizer minimise a 2-D function (Himmelblau, Rosenbrock, ...)</source>
        <translation>觀察優化器如何最小化一個二維函數（Himmelblau、Rosenbrock 等）</translation>
    </message>
    <message>
        <source>Minimise a 2-D test function with one of the trainer&apos;s torch.optim optimizers.</source>
        <translation>用訓練器的某個 torch.optim 優化器最小化一個二維測試函數。</translation>
    </message>
    <message>
        <source>default: 0, or 0.9 with --nesterov</source>
        <translation>默認：0，使用 --nesterov 時為 0.9</translation>
    </message>
    <message>
        <source>how many steps (default 20000, at most {most})</source>
        <translation>步數（默認 20000，最多 {most}）</translation>
    </message>
    <message>
        <source>start point (default per function)</source>
        <translation>起點（默認值因函數而異）</translation>
    </message>
    <message>
        <source>print every N steps (default 2000)</source>
        <translation>每 N 步打印一次（默認 2000）</translation>
    </message>
    <message>
        <source>write the whole path (step, x, y, f)</source>
        <translation>寫出整條路徑（step, x, y, f）</translation>
    </message>
    <message>
        <source>--steps must be 1 to {most} and --every at least 1</source>
        <translation>--steps 必須在 1 到 {most} 之間，--every 至少為 1</translation>
    </message>
    <message>
        <source>step {step}: {point}</source>
        <translation>第 {step} 步：{point}</translation>
    </message>
    <message>
        <source>final: {point}</source>
        <translation>最終：{point}</translation>
    </message>
    <message>
        <source>stopped after {steps} steps: f(x) ran off towards infinity (lower --lr, or the function has no floor there)</source>
        <translation>{steps} 步後停止：f(x) 趨向無窮（降低 --lr，或者該函數在那裡沒有下界）</translation>
    </message>
    <message>
        <source>wrote {count} points to {path}</source>
        <translation>已把 {count} 個點寫入 {path}</translation>
    </message>
    <message>
        <source>Give image files to read, or --csv FILE for a table model.</source>
        <translation>請給出要讀取的圖像文件，表格模型請用 --csv FILE。</translation>
    </message>
    <message>
        <source>This model reads rows of numbers, not images: use --csv FILE.</source>
        <translation>這個模型讀取的是數值行，不是圖像：請使用 --csv FILE。</translation>
    </message>
    <message>
        <source>{name}: nothing drawn (the image has no ink)</source>
        <translation>{name}：什麼也沒畫（圖像中沒有筆跡）</translation>
    </message>
    <message>
        <source>{name}: predicted {label} (confidence {confidence})</source>
        <translation>{name}：預測為 {label}（置信度 {confidence}）</translation>
    </message>
    <message>
        <source>{path}: this model reads images {shape}, not table rows; give images.</source>
        <translation>{path}：這個模型讀取形狀為 {shape} 的圖像，不是表格行；請給出圖像。</translation>
    </message>
    <message>
        <source>row {row}: predicted {label} (confidence {confidence})</source>
        <translation>第 {row} 行：預測為 {label}（置信度 {confidence}）</translation>
    </message>
    <message>
        <source>{name}: reconstructed, pixel MSE {mse}</source>
        <translation>{name}：已重建，像素均方誤差 {mse}</translation>
    </message>
    <message>
        <source>saved the reconstruction to {path}</source>
        <translation>已把重建結果保存到 {path}</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此幫助信息並退出</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：錯誤：{message}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>saved the project to {path}</source>
        <translation>已把項目保存到 {path}</translation>
    </message>
    <message>
        <source>saved its weights to {path} (predict, export and the app take it)</source>
        <translation>已把權重保存到 {path}（predict、export 和應用都能使用它）</translation>
    </message>
    <message>
        <source>the weights were not saved: add --checkpoint FILE to keep them</source>
        <translation>權重沒有保存：加上 --checkpoint FILE 才能保留它們</translation>
    </message>
    <message>
        <source>imported {path}: {count} blocks, input {shape}, {classes} outputs, dataset {dataset}</source>
        <translation>已導入 {path}：{count} 層，輸入 {shape}，{classes} 個輸出，數據集 {dataset}</translation>
    </message>
    <message>
        <source>search settings and layer sizes with Optuna (many runs, shared)</source>
        <translation>用 Optuna 搜索訓練設置和層的大小（多次運行，可共享）</translation>
    </message>
    <message>
        <source>Train the project many times with values Optuna suggests (TPE), stopping hopeless trials early, and report the best. Processes and machines that give the same --storage and --study share one study.</source>
        <translation>用 Optuna 建議的取值（TPE）多次訓練項目，提前停止沒有希望的試驗，並報告最好的一次。給出相同 --storage 和 --study 的進程和機器共享同一個研究。</translation>
    </message>
    <message>
        <source>what to search: a training setting or a layer&apos;s parameter by the layer&apos;s number (as `netbuilder summary` numbers it), e.g. learning_rate=log:0.001..0.3, batch_size=32,64,128, epochs=int:5..40, 4.out_features=int:16..256 (repeat it)</source>
        <translation>要搜索什麼：一個訓練設置，或用層號（按 `netbuilder summary` 的編號）指定的某層參數，例如 learning_rate=log:0.001..0.3、batch_size=32,64,128、epochs=int:5..40、4.out_features=int:16..256（可重複給出）</translation>
    </message>
    <message>
        <source>trials side by side in separate processes (default 1)</source>
        <translation>在各自的進程中並行運行的試驗數（默認 1）</translation>
    </message>
    <message>
        <source>where the study is kept: sqlite:///sweep.db (or another database URL), or a journal file such as sweep.log (also on a shared NFS folder); default: in memory</source>
        <translation>研究保存在哪裡：sqlite:///sweep.db（或其他數據庫 URL），或日誌文件，例如 sweep.log（也可放在共享的 NFS 文件夾中）；默認：內存中</translation>
    </message>
    <message>
        <source>the study&apos;s name (default: the project file&apos;s name)</source>
        <translation>研究的名稱（默認：項目文件的名稱）</translation>
    </message>
    <message>
        <source>trials in all: the study ends with this many finished (complete or stopped early), counting those it already holds and those other processes run (default 20)</source>
        <translation>試驗總數：研究最終包含這麼多已結束的試驗（完成或提前停止），已有的和其他進程運行的都算在內（默認 20）</translation>
    </message>
    <message>
        <source>what each trial is scored by on the validation data: accuracy (a regression: R², an autoencoder: its reconstruction error) or loss (default: accuracy, a regression&apos;s loss)</source>
        <translation>每次試驗在驗證集上按什麼評分：accuracy（準確率；迴歸為 R²，自編碼器為重建誤差）或 loss（損失）（默認：accuracy，迴歸為 loss）</translation>
    </message>
    <message>
        <source>default: maximize accuracy, minimize loss and an autoencoder&apos;s error</source>
        <translation>默認：最大化準確率，最小化損失和自編碼器的重建誤差</translation>
    </message>
    <message>
        <source>never stop a trial early (by default a median pruner does)</source>
        <translation>從不提前停止試驗（默認由中位數剪枝器提前停止）</translation>
    </message>
    <message>
        <source>the sampler&apos;s random seed (default: a new one per process)</source>
        <translation>採樣器的隨機種子（默認：每個進程各取一個新的）</translation>
    </message>
    <message>
        <source>write the best trial&apos;s values and metrics as JSON</source>
        <translation>把最佳試驗的取值和指標寫成 JSON</translation>
    </message>
    <message>
        <source>write the project with the best trial&apos;s values</source>
        <translation>寫出採用最佳試驗取值的項目</translation>
    </message>
    <message>
        <source>train on this dataset instead</source>
        <translation>改用這個數據集訓練</translation>
    </message>
    <message>
        <source>{text} is not a whole number from 1 to 100000</source>
        <translation>{text} 不是 1 到 100000 之間的整數</translation>
    </message>
    <message>
        <source>saved the project with the best values to {path}</source>
        <translation>已把採用最佳取值的項目保存到 {path}</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>內存</translation>
    </message>
    <message>
        <source>reconstruction error (MSE)</source>
        <translation>重建誤差（均方誤差）</translation>
    </message>
    <message>
        <source>sweeping {study} on {dataset}: {trials} trials in {jobs} process(es), validation {metric} ({direction}), study kept in {where}</source>
        <translation>正在搜索 {study}，數據集 {dataset}：{trials} 次試驗，{jobs} 個進程，驗證集 {metric}（{direction}），研究保存在 {where}</translation>
    </message>
    <message>
        <source>trial {number}: {values}: validation score {value}</source>
        <translation>試驗 {number}：{values}：驗證得分 {value}</translation>
    </message>
    <message>
        <source>trial {number}: {values}: stopped early after {epochs} epoch(s)</source>
        <translation>試驗 {number}：{values}：{epochs} 個 epoch 後提前停止</translation>
    </message>
    <message>
        <source>trial {number}: {values}: failed: {reason}</source>
        <translation>試驗 {number}：{values}：失敗：{reason}</translation>
    </message>
    <message>
        <source>this command ran {ran} trial(s); the study holds {complete} complete, {pruned} stopped early, {failed} failed</source>
        <translation>本命令運行了 {ran} 次試驗；研究中共有 {complete} 次完成，{pruned} 次提前停止，{failed} 次失敗</translation>
    </message>
    <message>
        <source>no trial has finished yet</source>
        <translation>還沒有試驗結束</translation>
    </message>
    <message>
        <source>best: trial {number}, validation score {value}: {values}</source>
        <translation>最佳：試驗 {number}，驗證得分 {value}：{values}</translation>
    </message>
    <message>
        <source>importance: {shares}</source>
        <translation>重要性：{shares}</translation>
    </message>
</context>
</TS>
