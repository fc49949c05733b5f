<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ActivationsView</name>
    <message>
        <source>The layer whose output is shown, numbered as on the canvas</source>
        <translation>顯示其輸出的層，編號與畫布上相同</translation>
    </message>
    <message>
        <source>What the network sees — layer:</source>
        <translation>網絡看到的內容 — 層：</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>神經元</translation>
    </message>
    <message>
        <source>{count} feature maps of {height}×{width}, each scaled to its own range (bright = high)</source>
        <translation>{count} 個 {height}×{width} 的特徵圖，每個按自身的範圍縮放（越亮越高）</translation>
    </message>
    <message>
        <source>{count} outputs (bars: each unit&apos;s value)</source>
        <translation>{count} 個輸出（柱：每個神經元的值）</translation>
    </message>
    <message>
        <source>(draw a digit to see each layer&apos;s output)</source>
        <translation>（寫一個數字，查看每一層的輸出）</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Draw one digit with the mouse, a pen or a finger</source>
        <translation>用鼠標、手寫筆或手指寫一個數字</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>畫板</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>在這裡寫一個數字</translation>
    </message>
</context>
<context>
    <name>EmbeddingView</name>
    <message>
        <source>Draw the map</source>
        <translation>繪製分佈圖</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Place the test images so that those the network sees alike lie close (t-SNE)</source>
        <translation>擺放測試圖像，讓網絡看來相似的圖像靠在一起（t-SNE）</translation>
    </message>
    <message>
        <source>the network&apos;s input</source>
        <translation>網絡的輸入</translation>
    </message>
    <message>
        <source>input of layer {number} ({type})</source>
        <translation>第 {number} 層（{type}）的輸入</translation>
    </message>
    <message>
        <source>No map: {reason}</source>
        <translation>無法繪製：{reason}</translation>
    </message>
    <message>
        <source>Draw a grid over the input plane and the test points as the chosen layer gives them out (PCA when it gives more than two numbers)</source>
        <translation>畫出輸入平面上的網格和測試點經過所選層之後的樣子（該層輸出多於兩個數時用 PCA 投影）</translation>
    </message>
    <message>
        <source>Point at a dot to see that sample here.</source>
        <translation>指向一個點，在這裡查看該樣本。</translation>
    </message>
    <message>
        <source>the input plane</source>
        <translation>輸入平面</translation>
    </message>
    <message>
        <source>after layer {number} ({type})</source>
        <translation>第 {number} 層（{type}）之後</translation>
    </message>
    <message>
        <source>{count} test rows, coloured by their true class; crosses: the {wrong} the network got wrong. Point at one to see its values.</source>
        <translation>{count} 行測試數據，按真實類別著色；叉號：網絡判斷錯誤的 {wrong} 行。指向一行可查看它的數值。</translation>
    </message>
    <message>
        <source>{count} test images, coloured by their true class; crosses: the {wrong} the network got wrong. Click one to read it in Predict.</source>
        <translation>{count} 張測試圖像，按真實類別著色；叉號：網絡判斷錯誤的 {wrong} 張。點擊一張可在“預測”中查看。</translation>
    </message>
    <message>
        <source>Train a network to map its view.</source>
        <translation>先訓練一個網絡，才能繪製它眼中的分佈。</translation>
    </message>
    <message>
        <source>No test images for this model: evaluate it on a dataset first.</source>
        <translation>這個模型沒有測試圖像：請先在某個數據集上評估它。</translation>
    </message>
    <message>
        <source>Pick a layer to see how the network bends the plane up to it.</source>
        <translation>選擇一層，看看網絡到這一層為止怎樣彎折平面。</translation>
    </message>
    <message>
        <source>Pick a layer and draw the map of what the network sees there.</source>
        <translation>選擇一層，繪製網絡在那裡看到的分佈。</translation>
    </message>
    <message>
        <source>Step 2 of 2: placing the points with t-SNE. It reports no progress; a few thousand points take a few seconds…</source>
        <translation>第 2 步（共 2 步）：用 t-SNE 擺放這些點。它不報告進度；幾千個點需要幾秒鐘…</translation>
    </message>
    <message>
        <source>Bending the plane…</source>
        <translation>正在彎折平面…</translation>
    </message>
    <message>
        <source>Step 1 of 2: running {count} test samples through the network…</source>
        <translation>第 1 步（共 2 步）：讓 {count} 個測試樣本通過網絡…</translation>
    </message>
    <message>
        <source>{count} test points and a grid over the input plane, as the chosen layer gives them out; crosses: the {wrong} the network got wrong. A Linear layer only turns, stretches and shears the grid; a ReLU folds it.</source>
        <translation>{count} 個測試點和輸入平面上的網格，顯示為所選層輸出的樣子；叉號：網絡判斷錯誤的 {wrong} 個。Linear 層只會旋轉、拉伸和錯切網格；ReLU 會把它折起來。</translation>
    </message>
    <message>
        <source>{count} test points and a grid over the input plane, as they go into the network; crosses: the {wrong} the network got wrong.</source>
        <translation>{count} 個測試點和輸入平面上的網格，顯示為進入網絡時的樣子；叉號：網絡判斷錯誤的 {wrong} 個。</translation>
    </message>
    <message>
        <source>The layer gives {width} numbers per point; PCA shows the flat view that keeps the most of their spread ({kept}).</source>
        <translation>這一層為每個點輸出 {width} 個數；PCA 給出保留其分散程度最多的平面視圖（{kept}）。</translation>
    </message>
    <message>
        <source>a {true}, read as {said}</source>
        <translation>一個 {true}，被識別為 {said}</translation>
    </message>
    <message>
        <source>test image {number}</source>
        <translation>測試圖像 {number}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 還有 {count} 個</translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <source>No trained model yet</source>
        <translation>還沒有訓練好的模型</translation>
    </message>
    <message>
        <source>Train a network, or open a model file.</source>
        <translation>請訓練一個網絡，或打開一個模型文件。</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤銷筆畫</translation>
    </message>
    <message>
        <source>Remove the last stroke (or right-click the pad)</source>
        <translation>刪除最後一筆（或在畫板上點右鍵）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Start again on an empty pad</source>
        <translation>在空白畫板上重新開始</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>打開圖片…</translation>
    </message>
    <message>
        <source>Read a PNG or JPEG picture of a digit</source>
        <translation>讀取一張數字的 PNG 或 JPEG 圖片</translation>
    </message>
    <message>
        <source>The 28x28 image the network receives: cropped, scaled to 20x20 and centred on its centre of mass, like MNIST</source>
        <translation>網絡接收的 28x28 圖像：裁剪後縮放到 20x20，並以質心居中，與 MNIST 相同</translation>
    </message>
    <message>
        <source>The network&apos;s input (28×28)</source>
        <translation>網絡的輸入（28×28）</translation>
    </message>
    <message>
        <source>Probability of each class</source>
        <translation>各類別的概率</translation>
    </message>
    <message>
        <source>Open a picture of a digit</source>
        <translation>打開一張數字圖片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>打開圖片</translation>
    </message>
    <message>
        <source>This model reads {shape} pictures: open one. The drawing pad is for 1-channel digit models.</source>
        <translation>這個模型讀取 {shape} 的圖片：請打開一張。畫板只用於單通道的數字模型。</translation>
    </message>
    <message>
        <source>Cannot read image</source>
        <translation>無法讀取圖片</translation>
    </message>
    <message>
        <source>From {name} (resized as in training)</source>
        <translation>來自 {name}（按訓練時的方式縮放）</translation>
    </message>
    <message>
        <source>From {name} (light background: inverted)</source>
        <translation>來自 {name}（淺色背景：已反色）</translation>
    </message>
    <message>
        <source>From {name}</source>
        <translation>來自 {name}</translation>
    </message>
    <message>
        <source>Nothing drawn yet: draw a digit on the black pad.</source>
        <translation>還沒有寫任何內容：請在黑色畫板上寫一個數字。</translation>
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
        <translation>為什麼是 {label}：紅色支持，藍色反對</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Predict</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>分佈圖</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>加載模型…</translation>
    </message>
    <message>
        <source>Open a trained model file to draw digits for it</source>
        <translation>打開一個訓練好的模型文件，為它寫數字</translation>
    </message>
    <message>
        <source>No model yet: train the network, or load a model file.</source>
        <translation>還沒有模型：請訓練網絡，或加載一個模型文件。</translation>
    </message>
    <message>
        <source>untitled network</source>
        <translation>未命名網絡</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;{name}&lt;/b&gt;, from {origin} on {data}.</source>
        <translation>模型：&lt;b&gt;{name}&lt;/b&gt;，來自{origin}，在 {data} 上訓練。</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;{name}&lt;/b&gt;, from {origin}.</source>
        <translation>模型：&lt;b&gt;{name}&lt;/b&gt;，來自{origin}。</translation>
    </message>
    <message>
        <source>The canvas has changed since: this is the model as it was then. Train again to use the edits.</source>
        <translation>畫布此後已修改：這是修改之前的模型。要使用這些修改，請重新訓練。</translation>
    </message>
    <message>
        <source>The {dataset} test images are not on this computer. Train on it once to download it, or evaluate on the synthetic digits.</source>
        <translation>這臺電腦上沒有 {dataset} 的測試圖片。請先在它上面訓練一次以下載，或改用合成數字評估。</translation>
    </message>
    <message>
        <source>test image {number}</source>
        <translation>測試圖像 {number}</translation>
    </message>
    <message>
        <source>Load a trained model</source>
        <translation>加載訓練好的模型</translation>
    </message>
    <message>
        <source>netbuilder models (*.pt);;All files (*)</source>
        <translation>netbuilder 模型 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>無法加載模型</translation>
    </message>
    <message>
        <source>run {number}</source>
        <translation>第 {number} 次訓練</translation>
    </message>
    <message>
        <source>file {name}</source>
        <translation>文件 {name}</translation>
    </message>
    <message>
        <source>a saved model file</source>
        <translation>一個保存的模型文件</translation>
    </message>
    <message>
        <source>a training run</source>
        <translation>一次訓練</translation>
    </message>
    <message>
        <source>a run</source>
        <translation>一次訓練</translation>
    </message>
    <message>
        <source>Test images not available</source>
        <translation>沒有測試圖片</translation>
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
        <translation>積分梯度</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>顯著圖</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>為什麼？</translation>
    </message>
    <message>
        <source>Colour the input (and the drawing on the pad) by how much each pixel pushed the score of the class toward it (red) or against it (blue). It is a sensitivity, not a reason: it shows what the score reacts to. Click a bar of the chart to ask about another class.</source>
        <translation>按每個像素把該類別的得分推高（紅色）或壓低（藍色）的程度給輸入（以及畫板上的筆畫）著色。這是敏感度，不是理由：它顯示得分對什麼有反應。點擊圖表中的某個條形，可以查看另一個類別。</translation>
    </message>
</context>
</TS>
