<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AugmentBox</name>
    <message>
        <source>Turn on an augmentation to see what it does to the training images.</source>
        <translation>打開一種數據增強，看看它會把訓練圖像變成什麼樣。</translation>
    </message>
    <message>
        <source>The preview shows training images once the dataset&apos;s files are here (training downloads them).</source>
        <translation>數據集的文件到位後，這裡會預覽訓練圖像（訓練時會下載它們）。</translation>
    </message>
    <message>
        <source>Top: training images as they are. Below: what training may see instead (each epoch draws anew; validation and test images are never changed).</source>
        <translation>上：訓練圖像原樣。下：訓練時可能看到的樣子（每個 epoch 重新隨機抽取；驗證集和測試集的圖像從不改變）。</translation>
    </message>
    <message>
        <source>(Generated digits: the dataset&apos;s files are not here yet.)</source>
        <translation>（生成的數字：數據集的文件還不在這裡。）</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Training is running</source>
        <translation>訓練正在進行</translation>
    </message>
    <message>
        <source>Stop training and close? Save the model trained so far first?</source>
        <translation>停止訓練並關閉嗎？要先保存目前訓練好的模型嗎？</translation>
    </message>
    <message>
        <source>Save model and close</source>
        <translation>保存模型並關閉</translation>
    </message>
    <message>
        <source>Close without saving the model</source>
        <translation>關閉，不保存模型</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>繼續訓練</translation>
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
        <translation>{path} 中的圖像</translation>
    </message>
    <message>
        <source>Where the downloadable datasets are kept (or downloaded to)</source>
        <translation>可下載數據集的存放（或下載到的）文件夾</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>圖像文件夾…</translation>
    </message>
    <message>
        <source>Train on your own images: a folder with one subfolder of images per class (PNG, JPEG, BMP or WebP; train/ and test/ subfolders are used as the splits)</source>
        <translation>用你自己的圖像訓練：一個文件夾，每個類別一個子文件夾（PNG、JPEG、BMP 或 WebP；train/ 和 test/ 子文件夾分別用作訓練集和測試集）</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <translation>表格 (CSV)…</translation>
    </message>
    <message>
        <source>Train on a CSV table: a header row, number columns and a label column (named label, else the last); a numeric label with many values is a regression</source>
        <translation>用 CSV 表格訓練：一行表頭、若干數值列和一個標籤列（名為 label，否則取最後一列）；取值很多的數值標籤按迴歸處理</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Fetch the dataset into the data folder now</source>
        <translation>現在把數據集下載到數據文件夾</translation>
    </message>
    <message>
        <source>Train on synthetic digits instead</source>
        <translation>改用合成數字訓練</translation>
    </message>
    <message>
        <source>Generated digits: no download needed, but not real handwriting</source>
        <translation>生成的數字：無需下載，但不是真實的手寫</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>數據集</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>你的數據</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>數據文件夾</translation>
    </message>
    <message>
        <source>Generated on this computer, &lt;b&gt;not real handwriting&lt;/b&gt;, but written in many styles: LeNet-5 trained on them reads about 93% of real handwritten digits (MNIST reaches 99%).</source>
        <translation>在本機生成，&lt;b&gt;不是真實的手寫&lt;/b&gt;，但有多種書寫風格：用它們訓練的 LeNet-5 能認出約 93% 的真實手寫數字（用 MNIST 訓練可達 99%）。</translation>
    </message>
    <message>
        <source>Generated x, y points: the network&apos;s input must be (2,).</source>
        <translation>生成的 x, y 點：網絡的輸入必須是 (2,)。</translation>
    </message>
    <message>
        <source>Generated points of y = sin(3x) + x/2 + noise: a regression. The input is one x, the output one value; train with the mse or l1 loss.</source>
        <translation>生成的 y = sin(3x) + x/2 + 噪聲 的點：一個迴歸問題。輸入是一個 x，輸出是一個值；請用 mse 或 l1 損失函數訓練。</translation>
    </message>
    <message>
        <source>Reads the table {path}: its number columns are the input, the target column what to predict.</source>
        <translation>讀取表格 {path}：數值列是輸入，目標列是要預測的量。</translation>
    </message>
    <message>
        <source>Reads the four IDX files in {path}: {title}, by their checksums.</source>
        <translation>讀取 {path} 中的四個 IDX 文件：按校驗和判斷是 {title}。</translation>
    </message>
    <message>
        <source>Reads the four IDX files in {path}.</source>
        <translation>讀取 {path} 中的四個 IDX 文件。</translation>
    </message>
    <message>
        <source>Reads the images in {path}: one subfolder per class; the Input block takes their shape. Decoded once, then cached in the data folder.</source>
        <translation>讀取 {path} 中的圖像：每個類別一個子文件夾；Input 塊採用它們的形狀。只解碼一次，之後緩存在數據文件夾中。</translation>
    </message>
    <message>
        <source>Not downloaded yet. Press Download (about {size}), or Start will download it first.</source>
        <translation>尚未下載。點擊“下載”（約 {size}），或者“開始訓練”時會先下載。</translation>
    </message>
    <message>
        <source>Ready: found in {folder}.</source>
        <translation>就緒：在 {folder} 中找到。</translation>
    </message>
    <message>
        <source>Found in {folder}, but these are not the published {title} files (their checksums differ): they will be read as {title}.</source>
        <translation>在 {folder} 中找到，但它們不是公開發布的 {title} 文件（校驗和不同）：仍將按 {title} 讀取。</translation>
    </message>
    <message>
        <source>Using {title}: {count} training images — generated digits, not real handwriting.</source>
        <translation>使用 {title}：{count} 張訓練圖像——生成的數字，不是真實的手寫。</translation>
    </message>
    <message>
        <source>Using {title}: {count} training images.</source>
        <translation>使用 {title}：{count} 張訓練圖像。</translation>
    </message>
    <message>
        <source>Image folder (one subfolder per class)</source>
        <translation>圖像文件夾（每個類別一個子文件夾）</translation>
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
        <translation>自動（取值很多的數值按迴歸處理）</translation>
    </message>
    <message>
        <source>Classification (each value a class)</source>
        <translation>分類（每個取值是一個類別）</translation>
    </message>
    <message>
        <source>Regression (predict the number)</source>
        <translation>迴歸（預測這個數值）</translation>
    </message>
    <message>
        <source>The column to predict; every other column is an input feature</source>
        <translation>要預測的列；其他每一列都是輸入特徵</translation>
    </message>
    <message>
        <source>What the target column is: classes, or a number to predict</source>
        <translation>目標列是什麼：類別，還是要預測的數值</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>目標列</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Resize to</source>
        <translation>縮放到</translation>
    </message>
    <message>
        <source>own</source>
        <translation>原尺寸</translation>
    </message>
    <message>
        <source>Resize every image to this many pixels (0: keep the images&apos; own size)</source>
        <translation>把每張圖像縮放到這麼多像素（0：保持圖像原尺寸）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>(0: the images&apos; own size, {size})</source>
        <translation>（0：圖像原尺寸，{size}）</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默認）</translation>
    </message>
    <message>
        <source>{column} (default)</source>
        <translation>{column}（默認）</translation>
    </message>
</context>
<context>
    <name>DataParamsBox</name>
    <message>
        <source>Classes</source>
        <translation>類別數</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪聲</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>測試集比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <source>First conv layer: {count} kernels {size}, input channel 1 of {inputs}</source>
        <translation>第一個卷積層：{count} 個 {size} 卷積核，{inputs} 個輸入通道中的第 1 個</translation>
    </message>
    <message>
        <source>First conv layer: {count} kernels {size}</source>
        <translation>第一個卷積層：{count} 個 {size} 卷積核</translation>
    </message>
    <message>
        <source>First linear layer: weights of {count} units, as {side}×{side} images</source>
        <translation>第一個全連接層：{count} 個神經元的權重，顯示為 {side}×{side} 圖像</translation>
    </message>
    <message>
        <source>First linear layer: {count} units × {features} inputs</source>
        <translation>第一個全連接層：{count} 個神經元 × {features} 個輸入</translation>
    </message>
    <message>
        <source>first {cap} of {total}</source>
        <translation>{total} 箇中的前 {cap} 個</translation>
    </message>
    <message>
        <source>First-layer weights appear here when training starts.</source>
        <translation>開始訓練後，這裡顯示第一層的權重。</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>負</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <source>white 0</source>
        <translation>白色為 0</translation>
    </message>
</context>
<context>
    <name>GradientFlowPlot</name>
    <message>
        <source>Gradient norm</source>
        <translation>梯度範數</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>梯度範數</translation>
    </message>
    <message>
        <source>Update ÷ weight</source>
        <translation>更新量 ÷ 權重</translation>
    </message>
    <message>
        <source>update / weight</source>
        <translation>更新量 / 權重</translation>
    </message>
    <message>
        <source>Gradient norm: how strongly each layer is pushed. Update ÷ weight: how much of each layer&apos;s weights one step changes (around 0.001 is healthy).</source>
        <translation>梯度範數：每一層被推動的力度。更新量 ÷ 權重：一步更新改變了每層權重的多少（約 0.001 為健康）。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Per-layer gradients appear here while training.</source>
        <translation>訓練時這裡顯示每一層的梯度。</translation>
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
        <translation>層 {label}</translation>
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
        <translation>保存訓練好的模型</translation>
    </message>
    <message>
        <source>Export to TorchScript</source>
        <translation>導出為 TorchScript</translation>
    </message>
    <message>
        <source>ONNX export unavailable</source>
        <translation>無法導出 ONNX</translation>
    </message>
    <message>
        <source>Export to ONNX</source>
        <translation>導出為 ONNX</translation>
    </message>
    <message>
        <source>Load trained model</source>
        <translation>載入訓練好的模型</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>無法載入模型</translation>
    </message>
    <message>
        <source>Train a model (or load one) first.</source>
        <translation>請先訓練（或載入）一個模型。</translation>
    </message>
</context>
<context>
    <name>OnnxImport</name>
    <message>
        <source>Import ONNX model</source>
        <translation>導入 ONNX 模型</translation>
    </message>
    <message>
        <source>Stop training first: the network cannot change while it trains.</source>
        <translation>請先停止訓練：訓練期間網絡不能更改。</translation>
    </message>
    <message>
        <source>Cannot import ONNX model</source>
        <translation>無法導入 ONNX 模型</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>導入 {name}</translation>
    </message>
</context>
<context>
    <name>RateBox</name>
    <message>
        <source>LR</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Learning rate: changes the training settings (undoable), or the running training&apos;s rate</source>
        <translation>學習率：修改訓練設置（可撤銷），或正在進行的訓練的學習率</translation>
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
        <translation>在這個 batch 之後停止；保留目前訓練好的模型</translation>
    </message>
    <message>
        <source>Save &amp;Model…</source>
        <translation>保存模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the trained weights with the project they came from</source>
        <translation>保存訓練好的權重及其所屬的項目</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>S&amp;tep one batch</source>
        <translation>單步訓練一個 batch(&amp;T)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>單步</translation>
    </message>
    <message>
        <source>&amp;Undo step</source>
        <translation>撤銷單步(&amp;U)</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>撤銷單步</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause training; Resume carries on</source>
        <translation>暫停訓練；“繼續”接著訓練</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Train exactly one batch and show what it did, then stay paused</source>
        <translation>只訓練一個 batch 並顯示它的作用，然後保持暫停</translation>
    </message>
    <message>
        <source>Put the weights and the optimizer back as they were before the last step</source>
        <translation>把權重和優化器恢復到上一步之前的狀態</translation>
    </message>
    <message>
        <source> (pause training first)</source>
        <translation>（請先暫停訓練）</translation>
    </message>
    <message>
        <source> (no step of this pause is left to undo)</source>
        <translation>（這次暫停中沒有可撤銷的單步了）</translation>
    </message>
    <message>
        <source> (pause training, then take a step first)</source>
        <translation>（請先暫停訓練，再走一步）</translation>
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
        <translation>測試準確率 {accuracy}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>運行</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>尚未訓練</translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation>Epoch –</translation>
    </message>
    <message>
        <source>Test R² {r2}</source>
        <translation>測試 R² {r2}</translation>
    </message>
    <message>
        <source>Test MSE {mse}</source>
        <translation>測試均方誤差 {mse}</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>已載入模型</translation>
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
        <translation>正在加載數據…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>after {epochs}</source>
        <translation>訓練 {epochs} 後</translation>
    </message>
    <message>
        <source>during epoch {epoch}</source>
        <translation>在第 {epoch} 個 epoch 中</translation>
    </message>
    <message>
        <source>after {epochs} and part of epoch {epoch}</source>
        <translation>訓練 {epochs} 及第 {epoch} 個 epoch 的一部分後</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <source>Run</source>
        <translation>運行</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網絡</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>數據集</translation>
    </message>
    <message>
        <source>Changed since the run before</source>
        <translation>與上次運行相比的改動</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練集</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>驗證集</translation>
    </message>
    <message>
        <source>Test acc.</source>
        <translation>測試準確率</translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation>測試 R²</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基線</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用時</translation>
    </message>
    <message>
        <source>A classification&apos;s accuracy on the test set</source>
        <translation>分類在測試集上的準確率</translation>
    </message>
    <message>
        <source>A regression&apos;s R² on the test set: 1 is a perfect fit, 0 no better than the mean</source>
        <translation>迴歸在測試集上的 R²：1 為完美擬合，0 不比均值好</translation>
    </message>
    <message>
        <source>Test MSE</source>
        <translation>測試均方誤差</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>Accuracy on the training data</source>
        <translation>訓練集上的準確率</translation>
    </message>
    <message>
        <source>R² on the training data: the share of variance fitted</source>
        <translation>訓練集上的 R²：擬合的方差比例</translation>
    </message>
    <message>
        <source>Reconstruction error (MSE) on the training data: the mean squared difference between each pixel and its reconstruction; lower is better</source>
        <translation>訓練集上的重建誤差（均方誤差）：每個像素與其重建值之差的平方的平均；越低越好</translation>
    </message>
    <message>
        <source>Accuracy on the validation data</source>
        <translation>驗證集上的準確率</translation>
    </message>
    <message>
        <source>R² on the validation data</source>
        <translation>驗證集上的 R²</translation>
    </message>
    <message>
        <source>Reconstruction error (MSE) on the validation data; lower is better</source>
        <translation>驗證集上的重建誤差（均方誤差）；越低越好</translation>
    </message>
    <message>
        <source>Reconstruction error (MSE) on the test set; lower is better</source>
        <translation>測試集上的重建誤差（均方誤差）；越低越好</translation>
    </message>
    <message>
        <source>What the simplest models score on the same split: a linear model (logistic regression) and always the most common class</source>
        <translation>最簡單的模型在同一劃分上的得分：線性模型（邏輯迴歸）和總是回答最常見的類別</translation>
    </message>
    <message>
        <source>What the simplest models score on the same split: least squares and always the mean</source>
        <translation>最簡單的模型在同一劃分上的得分：最小二乘和總是回答均值</translation>
    </message>
    <message>
        <source>The reconstruction error (MSE) of always giving the mean training image, on the same test set</source>
        <translation>總是輸出訓練集平均圖像時，在同一測試集上的重建誤差（均方誤差）</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>第一次運行</translation>
    </message>
    <message>
        <source>same settings</source>
        <translation>設置相同</translation>
    </message>
    <message>
        <source>Tick a run to show its curves; double-click its name to rename it</source>
        <translation>勾選一次運行以顯示它的曲線；雙擊名稱可重命名</translation>
    </message>
    <message>
        <source>Export runs CSV…</source>
        <translation>導出運行記錄 CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file</source>
        <translation>把這張表保存為 CSV 文件</translation>
    </message>
    <message>
        <source>{error}. Earlier runs are not shown.</source>
        <translation>{error}。不顯示之前的運行。</translation>
    </message>
    <message>
        <source>Export runs</source>
        <translation>導出運行記錄</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export runs</source>
        <translation>無法導出運行記錄</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Runs not saved: cannot write {path}: {reason}</source>
        <translation>運行記錄未保存：無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <source>mean image {constant}</source>
        <translation>平均圖像 {constant}</translation>
    </message>
    <message>
        <source>linear {linear} · mean {constant}</source>
        <translation>線性 {linear} · 均值 {constant}</translation>
    </message>
    <message>
        <source>linear {linear} · majority {constant}</source>
        <translation>線性 {linear} · 多數類 {constant}</translation>
    </message>
    <message>
        <source>Run {number}</source>
        <translation>運行 {number}</translation>
    </message>
    <message>
        <source>Run {number} · fold {k}/{folds}</source>
        <translation>運行 {number} · 第 {k}/{folds} 折</translation>
    </message>
    <message>
        <source>fold {k} of {folds}</source>
        <translation>第 {k} 折（共 {folds} 折）</translation>
    </message>
    <message>
        <source>{changes}; {folds}-fold cross-validation</source>
        <translation>{changes}；{folds} 折交叉驗證</translation>
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
        <translation>訓練</translation>
    </message>
    <message>
        <source>Training plots</source>
        <translation>訓練曲線</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>運行記錄</translation>
    </message>
</context>
<context>
    <name>TrainingHostWindow</name>
    <message>
        <source>&amp;Train</source>
        <translation>訓練(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Train the network as it is now (Ctrl+T)</source>
        <translation>按網絡當前的樣子訓練 (Ctrl+T)</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  停止</translation>
    </message>
    <message>
        <source>Stop after this batch; the model so far is kept</source>
        <translation>在這個 batch 之後停止；保留目前的模型</translation>
    </message>
    <message>
        <source>Pause training; Resume carries on</source>
        <translation>暫停訓練；“繼續”接著訓練</translation>
    </message>
    <message>
        <source>▶  Start</source>
        <translation>▶  開始訓練</translation>
    </message>
    <message>
        <source>Change the learning rate while training runs</source>
        <translation>在訓練進行時修改學習率</translation>
    </message>
    <message>
        <source>Write TensorBoard logs</source>
        <translation>寫入 TensorBoard 日誌</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <source>Weights + the project they were trained from</source>
        <translation>權重 + 訓練它們的項目</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>載入模型…</translation>
    </message>
    <message>
        <source>Open a saved model</source>
        <translation>打開已保存的模型</translation>
    </message>
    <message>
        <source>Export TorchScript…</source>
        <translation>導出 TorchScript…</translation>
    </message>
    <message>
        <source>For C++ / LibTorch (PyTorch deprecates TorchScript)</source>
        <translation>用於 C++ / LibTorch（PyTorch 已棄用 TorchScript）</translation>
    </message>
    <message>
        <source>Export ONNX…</source>
        <translation>導出 ONNX…</translation>
    </message>
    <message>
        <source>For ONNX Runtime and other tools</source>
        <translation>用於 ONNX Runtime 和其他工具</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>運行</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>數據</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>訓練設置</translation>
    </message>
    <message>
        <source>Data augmentation</source>
        <translation>數據增強</translation>
    </message>
    <message>
        <source>Trained model</source>
        <translation>訓練好的模型</translation>
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
        <translation>已用時間</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Learning rate now</source>
        <translation>當前學習率</translation>
    </message>
    <message>
        <source>Training settings are invalid</source>
        <translation>訓練設置無效</translation>
    </message>
    <message>
        <source>Each run writes loss, accuracy, gradients, weights and filters to a new folder in {folder}; view them with: tensorboard --logdir {folder}</source>
        <translation>每次運行把損失、準確率、梯度、權重和卷積核寫入 {folder} 中的一個新文件夾；查看方法：tensorboard --logdir {folder}</translation>
    </message>
    <message>
        <source>▶  Resume</source>
        <translation>▶  繼續</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>{speed} samples/s</source>
        <translation>{speed} 樣本/秒</translation>
    </message>
    <message>
        <source>Cross-validation: training fold {k} of {folds}…</source>
        <translation>交叉驗證：正在訓練第 {k} 折（共 {folds} 折）…</translation>
    </message>
    <message>
        <source>Fold {k} of {folds}: validation accuracy {accuracy} on its held-out part.</source>
        <translation>第 {k} 折（共 {folds} 折）：在留出部分上的驗證準確率為 {accuracy}。</translation>
    </message>
    <message>
        <source>{speed} samples/s (mean)</source>
        <translation>{speed} 樣本/秒（平均）</translation>
    </message>
    <message>
        <source>{data} is not in this data folder and could not be downloaded.</source>
        <translation>{data} 不在這個數據文件夾中，也無法下載。</translation>
    </message>
    <message>
        <source>{data} is not in {folder}, and it could not be downloaded: this computer may be offline.

Train on synthetic digits instead (generated here, not real handwriting), or choose the folder that holds the {data} files.</source>
        <translation>{data} 不在 {folder} 中，也無法下載：這臺電腦可能沒有聯網。

可以改用合成數字訓練（在本機生成，不是真實的手寫），或者選擇存放 {data} 文件的文件夾。</translation>
    </message>
    <message>
        <source>Train on synthetic digits</source>
        <translation>用合成數字訓練</translation>
    </message>
    <message>
        <source>Choose data folder…</source>
        <translation>選擇數據文件夾…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
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
        <translation>Epoch {epoch}：訓練集準確率 {accuracy}</translation>
    </message>
    <message>
        <source>, validation {accuracy} (loss {loss})</source>
        <translation>，驗證集 {accuracy}（損失 {loss}）</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training reconstruction error {mse}</source>
        <translation>第 {epoch} 個 epoch：訓練集重建誤差 {mse}</translation>
    </message>
    <message>
        <source>, validation {mse} (loss {loss})</source>
        <translation>，驗證集 {mse}（損失 {loss}）</translation>
    </message>
    <message>
        <source>{folds}-fold cross-validation: validation accuracy {mean} ± {std}</source>
        <translation>{folds} 折交叉驗證：驗證準確率 {mean} ± {std}</translation>
    </message>
    <message>
        <source> (stopped after {done} of {folds})</source>
        <translation>（完成 {done}/{folds} 折後停止）</translation>
    </message>
    <message>
        <source>Folds: {accuracies}. Each fold is a run in the Runs table.</source>
        <translation>各折：{accuracies}。每一折都是“運行記錄”表中的一次運行。</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>由你停止</translation>
    </message>
    <message>
        <source>stopped early: no improvement</source>
        <translation>提前終止：沒有改進</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Test R² {r2}</source>
        <translation>測試 R² {r2}</translation>
    </message>
    <message>
        <source>Test reconstruction error (MSE) {mse}</source>
        <translation>測試集重建誤差（均方誤差）{mse}</translation>
    </message>
    <message>
        <source> (the mean image: {mse})</source>
        <translation>（平均圖像：{mse}）</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}</source>
        <translation>測試準確率 {accuracy}</translation>
    </message>
    <message>
        <source>{score} on {dataset} {how_far}, {time} ({why}).</source>
        <translation>{score}，數據集 {dataset}，{how_far}，用時 {time}（{why}）。</translation>
    </message>
    <message>
        <source> Baseline on the same split: linear model R² {linear}, mean R² {constant}.</source>
        <translation> 同一劃分上的基線：線性模型 R² {linear}，均值 R² {constant}。</translation>
    </message>
    <message>
        <source> Baseline on the same split: linear model {linear}, majority class {constant}.</source>
        <translation> 同一劃分上的基線：線性模型 {linear}，多數類 {constant}。</translation>
    </message>
    <message>
        <source>untitled network</source>
        <translation>未命名網絡</translation>
    </message>
    <message>
        <source>Loaded model: {name}.</source>
        <translation>已載入模型：{name}。</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>train (each report)</source>
        <translation>訓練集（每次報告）</translation>
    </message>
    <message>
        <source>train (smoothed)</source>
        <translation>訓練集（平滑）</translation>
    </message>
    <message>
        <source>validation (per epoch)</source>
        <translation>驗證集（每個 epoch）</translation>
    </message>
    <message>
        <source>train (running)</source>
        <translation>訓練集（滾動）</translation>
    </message>
    <message>
        <source>train (per epoch)</source>
        <translation>訓練集（每個 epoch）</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練集</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>驗證集</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>準確率 (%)</translation>
    </message>
    <message>
        <source>R² (fit)</source>
        <translation>R²（擬合）</translation>
    </message>
    <message>
        <source>R² × 100</source>
        <translation>R² × 100</translation>
    </message>
    <message>
        <source>Reconstruction error</source>
        <translation>重建誤差</translation>
    </message>
    <message>
        <source>pixel MSE × 100</source>
        <translation>像素均方誤差 × 100</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>samples / s</source>
        <translation>樣本 / 秒</translation>
    </message>
    <message>
        <source>Reconstruction loss</source>
        <translation>重建損失</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>隨機猜測</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>對數座標</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation>用對數座標軸顯示損失</translation>
    </message>
    <message>
        <source>Clear runs</source>
        <translation>清除運行</translation>
    </message>
    <message>
        <source>Forget earlier runs&apos; curves</source>
        <translation>清除之前運行的曲線</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>導出 PNG…</translation>
    </message>
    <message>
        <source>Save these plots as a picture</source>
        <translation>把這些曲線保存為圖片</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>導出 CSV…</translation>
    </message>
    <message>
        <source>Save every run&apos;s metrics as a table</source>
        <translation>把每次運行的指標保存為表格</translation>
    </message>
    <message>
        <source>Earlier runs, faded: {count}</source>
        <translation>之前的運行（淡色）：{count}</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>導出曲線</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot export plots</source>
        <translation>無法導出曲線</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>導出指標</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export metrics</source>
        <translation>無法導出指標</translation>
    </message>
    <message>
        <source>The gap between training and validation accuracy</source>
        <translation>訓練集與驗證集準確率之間的差距</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsForm</name>
    <message>
        <source>This project asks for device “{device}”, which this computer does not have: training will use the CPU.</source>
        <translation>這個項目要求使用設備“{device}”，但這臺電腦沒有：訓練將使用 CPU。</translation>
    </message>
    <message>
        <source>Fastest available ({device})</source>
        <translation>最快可用（{device}）</translation>
    </message>
    <message>
        <source>{device} (not on this computer)</source>
        <translation>{device}（本機沒有）</translation>
    </message>
    <message>
        <source>CPU ({cores} cores)</source>
        <translation>CPU（{cores} 核）</translation>
    </message>
</context>
</TS>
