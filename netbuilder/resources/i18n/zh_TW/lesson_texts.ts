<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>lessons</name>
    <message>
        <source>1. Linear vs ReLU on the spiral</source>
        <translation>1. 螺旋數據上的 Linear 與 ReLU</translation>
    </message>
    <message>
        <source>Two Linear layers with nothing between them, on three spiral arms.</source>
        <translation>兩個 Linear 層直接相連，中間什麼也沒有；數據是有三條旋臂的螺旋數據。</translation>
    </message>
    <message>
        <source>Press Train and watch the decision regions. Then drag a ReLU from the palette between the two Linear blocks (or open Presets &gt; Spiral: Linear, ReLU, Linear) and train again.</source>
        <translation>點擊“訓練”，觀察決策區域。然後從層面板中拖一個 ReLU 放到兩個 Linear 塊之間（或者打開“預設 &gt; Spiral: Linear, ReLU, Linear”），再訓練一次。</translation>
    </message>
    <message>
        <source>Without ReLU the regions are always cut by straight lines and the test accuracy stays below 60%. With ReLU the boundaries bend around the arms and it passes 95%. The Map tab shows why: there the Linear layers only turn and shear a grid drawn over the plane, while the ReLU folds it.</source>
        <translation>沒有 ReLU 時，區域總是被直線切開，測試準確率始終低於 60%。加上 ReLU 後，邊界會繞著旋臂彎曲，測試準確率超過 95%。“分佈圖”標籤頁會告訴你原因：在那裡，Linear 層只會旋轉和錯切平面上的網格，而 ReLU 會把它折起來。</translation>
    </message>
    <message>
        <source>Two Linear layers in a row have 100 hidden units, so why can they not do better than one? What does the ReLU change?</source>
        <translation>兩個相連的 Linear 層有 100 個隱藏神經元，為什麼效果卻不比一個 Linear 層好？ReLU 改變了什麼？</translation>
    </message>
    <message>
        <source>2. An MLP reads handwritten digits (784-512-10)</source>
        <translation>2. 用 MLP 識別手寫數字（784-512-10）</translation>
    </message>
    <message>
        <source>The classic first network for MNIST: flatten the 28x28 image, one hidden layer of 512 ReLU units, 10 outputs.</source>
        <translation>MNIST 經典的第一個網絡：把 28x28 的圖像展平，接一個有 512 個 ReLU 神經元的隱藏層，最後輸出 10 個值。</translation>
    </message>
    <message>
        <source>Train for a few epochs, then draw digits in the Predict panel. Look at the Evaluation panel&apos;s confusion matrix.</source>
        <translation>訓練幾個 epoch，然後在“預測”面板裡手寫數字。再看看“評估”面板中的混淆矩陣。</translation>
    </message>
    <message>
        <source>The loss falls fast in the first epoch; the accuracy ends near 98%. Note the warning on the Softmax block.</source>
        <translation>損失在第一個 epoch 裡下降得很快，準確率最終接近 98%。注意 Softmax 塊上的警告。</translation>
    </message>
    <message>
        <source>Which digits does it confuse, and why those? Why does the Softmax at the end earn a warning?</source>
        <translation>它會把哪些數字認錯？為什麼偏偏是這些？為什麼末尾的 Softmax 會得到一個警告？</translation>
    </message>
    <message>
        <source>3. Two hidden layers with Kaiming initialisation (784-200-200-10)</source>
        <translation>3. 兩個隱藏層與 Kaiming 初始化（784-200-200-10）</translation>
    </message>
    <message>
        <source>A deeper MLP trained with plain SGD, its weights started with Kaiming (He) initialisation.</source>
        <translation>一個更深的 MLP，用普通的 SGD 訓練，權重用 Kaiming（He）初始化。</translation>
    </message>
    <message>
        <source>Train it. Then set the initialisation to default in the Training panel and train again: compare the two runs&apos; curves.</source>
        <translation>訓練它。然後在“訓練”面板中把權重初始化改為“PyTorch 默認”，再訓練一次：比較兩次運行的曲線。</translation>
    </message>
    <message>
        <source>With Kaiming the loss starts falling at once; the first epochs show the difference most.</source>
        <translation>使用 Kaiming 初始化時，損失一開始就下降；前幾個 epoch 的差別最明顯。</translation>
    </message>
    <message>
        <source>Why does the scale of the starting weights matter more as the network gets deeper?</source>
        <translation>為什麼網絡越深，初始權重的大小就越重要？</translation>
    </message>
    <message>
        <source>4. LeNet-5: convolutions see shapes</source>
        <translation>4. LeNet-5：卷積能看出形狀</translation>
    </message>
    <message>
        <source>LeCun&apos;s 1998 network: two convolution and pooling stages, then three Linear layers, with sigmoids.</source>
        <translation>LeCun 在 1998 年提出的網絡：兩組卷積和池化，再接三個 Linear 層，激活函數用 Sigmoid。</translation>
    </message>
    <message>
        <source>Train it and watch the first layer&apos;s filters in the plots. Compare its parameter count with lesson 2&apos;s MLP.</source>
        <translation>訓練它，並在圖表中觀察第一層的卷積核。把它的參數數量和第 2 課的 MLP 比較一下。</translation>
    </message>
    <message>
        <source>Far fewer parameters than the MLP, and as accurate or better: each filter is reused across the image.</source>
        <translation>參數比 MLP 少得多，準確率卻不相上下，甚至更高：每個卷積核都在整張圖像上重複使用。</translation>
    </message>
    <message>
        <source>What does a 5x5 filter look for? Why does sharing it across the image help?</source>
        <translation>一個 5x5 的卷積核在尋找什麼？為什麼讓它在整張圖像上共享會有幫助？</translation>
    </message>
    <message>
        <source>5. A modern small CNN: ReLU, MaxPool, Dropout</source>
        <translation>5. 一個現代的小型 CNN：ReLU、MaxPool、Dropout</translation>
    </message>
    <message>
        <source>3x3 convolutions with ReLU and max pooling, with dropout to keep it from memorising.</source>
        <translation>3x3 卷積配合 ReLU 和最大池化，再用丟棄法防止它死記硬背。</translation>
    </message>
    <message>
        <source>Train it, then remove the Dropout blocks and train again. Compare the training and validation accuracy of both runs.</source>
        <translation>訓練它，然後刪掉 Dropout 塊，再訓練一次。比較兩次運行的訓練準確率和驗證準確率。</translation>
    </message>
    <message>
        <source>With dropout the training accuracy is a little lower but the validation accuracy holds up.</source>
        <translation>使用丟棄法時，訓練準確率稍低一些，但驗證準確率保持得住。</translation>
    </message>
    <message>
        <source>Why would switching off random units during training make the network better on new images?</source>
        <translation>為什麼在訓練時隨機關掉一些神經元，反而能讓網絡在新圖像上表現更好？</translation>
    </message>
    <message>
        <source>6. Overfitting: few samples, a big network</source>
        <translation>6. 過擬合：樣本少，網絡大</translation>
    </message>
    <message>
        <source>The MLP from lesson 2 trained on only 500 images for 30 epochs.</source>
        <translation>第 2 課的 MLP，只用 500 張圖像訓練 30 個 epoch。</translation>
    </message>
    <message>
        <source>Train and watch the gap between the training and the validation accuracy. Then try the cures one at a time: a Dropout block after the ReLU, weight decay (L2) in the Training panel, early stopping.</source>
        <translation>訓練並觀察訓練準確率和驗證準確率之間的差距。然後逐一嘗試這些對策：在 ReLU 後面加一個 Dropout 塊、在“訓練”面板中設置權重衰減（L2 正則化）、提前終止。</translation>
    </message>
    <message>
        <source>Training accuracy climbs to 100% while validation accuracy stalls far below it: the network memorises the 500 images instead of learning digits.</source>
        <translation>訓練準確率一路升到 100%，驗證準確率卻遠遠落後、停滯不前：網絡記住了這 500 張圖像，而沒有學會認數字。</translation>
    </message>
    <message>
        <source>Which cure closes the gap most? What else would help that is not a setting in the app?</source>
        <translation>哪種對策最能縮小這個差距？還有什麼辦法能幫上忙，但不是這個應用裡的設置？</translation>
    </message>
    <message>
        <source>7. Activation functions and their gradients</source>
        <translation>7. 激活函數及其梯度</translation>
    </message>
    <message>
        <source>The Activation explorer (Explore menu) draws every activation in the catalog with its derivative, computed by torch.autograd. Shaded stretches are saturated: there the gradient is under 0.01, so almost nothing flows back through the unit.</source>
        <translation>激活函數探索器（“探索”菜單）畫出目錄中的每個激活函數及其導數，導數由 torch.autograd 計算。陰影部分是飽和區：那裡的梯度小於 0.01，幾乎沒有什麼能經過這個神經元反向傳播回去。</translation>
    </message>
    <message>
        <source>Compare Sigmoid, Tanh and ReLU. Give LeakyReLU a slope of 0.1 and ELU an alpha of 2 and watch the left side of their derivatives. On the Softmax tab, move the three logits (2, 1, 0.1) and the temperature, and read the gradient of p1 from the first row of the Jacobian.</source>
        <translation>比較 Sigmoid、Tanh 和 ReLU。把 LeakyReLU 的斜率設為 0.1，把 ELU 的 alpha 設為 2，觀察它們導數的左半邊。在“Softmax”標籤頁上，拖動三個 logit（2、1、0.1）和溫度 T，並從雅可比矩陣的第一行讀出 p1 的梯度。</translation>
    </message>
    <message>
        <source>Sigmoid&apos;s derivative is never more than 0.25 and is shaded beyond about |x| = 4.6; ReLU&apos;s is exactly 0 or 1. The Jacobian&apos;s diagonal is positive and every other entry negative: raising one logit lowers all the other probabilities.</source>
        <translation>Sigmoid 的導數從不超過 0.25，在大約 |x| = 4.6 以外都是陰影；ReLU 的導數恰好是 0 或 1。雅可比矩陣的對角線為正，其餘元素都為負：調高一個 logit，其他所有概率都會降低。</translation>
    </message>
    <message>
        <source>Six Sigmoid layers multiply six derivatives of at most 0.25: how much of the gradient can reach the first layer?</source>
        <translation>六個 Sigmoid 層要把六個最多為 0.25 的導數相乘：最後還有多少梯度能傳到第一層？</translation>
    </message>
    <message>
        <source>8. Optimizers: Adam on the Himmelblau function</source>
        <translation>8. 優化器：Adam 與 Himmelblau 函數</translation>
    </message>
    <message>
        <source>The Optimizer playground (Explore menu) races real torch.optim optimizers on a 2-D function. Himmelblau&apos;s function has four minima, one of them at (3, 2).</source>
        <translation>優化器遊樂場（“探索”菜單）讓真正的 torch.optim 優化器在一個二維函數上賽跑。Himmelblau 函數有四個極小值點，其中一個在 (3, 2)。</translation>
    </message>
    <message>
        <source>Click the map at (0, 0) to start there, then Run SGD, momentum and Adam. Change their learning rates and start points. In a terminal the same race runs headless: netbuilder optimize himmelblau --optimizer adam --lr 0.001 --steps 20000 --start 0 0.</source>
        <translation>點擊地圖上的 (0, 0)，從那裡出發，然後點擊“運行”，讓 SGD、動量（momentum）和 Adam 賽跑。改變它們的學習率和起點。在終端裡，同樣的比賽也能在沒有界面的情況下運行：netbuilder optimize himmelblau --optimizer adam --lr 0.001 --steps 20000 --start 0 0</translation>
    </message>
    <message>
        <source>SGD creeps along the valley floor, momentum overshoots and swings back, Adam takes nearly equal-sized steps in every direction and reaches (3, 2) from (0, 0). Too large a learning rate makes any of them jump between minima or diverge.</source>
        <translation>SGD 沿著谷底慢慢爬行，動量法衝過頭又蕩回來，Adam 在各個方向上邁出幾乎一樣大的步子，從 (0, 0) 到達 (3, 2)。學習率太大時，它們中的任何一個都會在極小值之間跳來跳去，或者發散。</translation>
    </message>
    <message>
        <source>Which minimum does each optimizer find from a start of your choice, and why can they differ?</source>
        <translation>從你選的起點出發，每個優化器分別找到哪個極小值？為什麼它們會不同？</translation>
    </message>
    <message>
        <source>9. Vanishing gradients: a deep Sigmoid network</source>
        <translation>9. 梯度消失：一個很深的 Sigmoid 網絡</translation>
    </message>
    <message>
        <source>Six Linear(128)+Sigmoid layers. The gradient-flow plot shows each Linear layer&apos;s gradient norm while the network trains.</source>
        <translation>六個 Linear(128)+Sigmoid 層。網絡訓練時，梯度流圖顯示每個 Linear 層的梯度範數。</translation>
    </message>
    <message>
        <source>Train for a few epochs and watch the gradient-flow plot. Then open examples/deep_relu.json (the same network with ReLU) and train it with the same settings.</source>
        <translation>訓練幾個 epoch，觀察梯度流圖。然後打開 examples/deep_relu.json（同樣的網絡，只是用 ReLU），用相同的設置訓練它。</translation>
    </message>
    <message>
        <source>With Sigmoid the first Linear layer&apos;s gradient is thousands of times smaller than the last one&apos;s, so the early layers barely learn and the accuracy rises slowly. With ReLU the first layer&apos;s gradient stays comparable to the last one&apos;s (more than a twentieth of it).</source>
        <translation>用 Sigmoid 時，第一個 Linear 層的梯度只有最後一個的幾千分之一，所以前面的層幾乎學不到東西，準確率上升得很慢。用 ReLU 時，第一層的梯度和最後一層的相當（超過它的二十分之一）。</translation>
    </message>
    <message>
        <source>Why does replacing Sigmoid with ReLU keep the gradient alive, and what else (initialisation, normalisation) would help?</source>
        <translation>為什麼把 Sigmoid 換成 ReLU 能讓梯度保持活力？還有什麼（初始化、歸一化）會有幫助？</translation>
    </message>
    <message>
        <source>10. The training doctor: why is it not learning?</source>
        <translation>10. 訓練醫生：為什麼它學不會？</translation>
    </message>
    <message>
        <source>The MLP from lesson 3 with a far too large learning rate (5). While training, the doctor watches the loss, the gradients and the units, and says in the Problems list what is wrong, which layer it concerns and how to fix it.</source>
        <translation>第 3 課的 MLP，但學習率大得離譜（5）。訓練時，醫生會盯著損失、梯度和神經元，並在“問題”列表中說明哪裡出了錯、涉及哪一層、該怎麼修復。</translation>
    </message>
    <message>
        <source>Train and read the Problems list. Click the suggested fix and train again. Then make other faults on purpose: a learning rate of 0.000001, Sigmoid instead of ReLU, or very few samples for many epochs.</source>
        <translation>訓練，然後閱讀“問題”列表。點擊建議的修復，再訓練一次。然後故意製造其他故障：學習率設為 0.000001、用 Sigmoid 代替 ReLU，或者用很少的樣本訓練很多個 epoch。</translation>
    </message>
    <message>
        <source>With learning rate 5 the first steps are so big that the ReLU units die and the accuracy sticks at 10%: the doctor names the layers with dead ReLUs, says the predictions collapsed onto one class and offers one click to lower the learning rate to 0.5. A healthy run shows no diagnosis.</source>
        <translation>學習率為 5 時，最初幾步邁得太大，ReLU 神經元紛紛死亡，準確率卡在 10%：醫生會指出哪些層有死亡的 ReLU，說明預測全都塌縮到了同一個類別，並提供一鍵把學習率降到 0.5 的修復。正常的訓練不會出現任何診斷。</translation>
    </message>
    <message>
        <source>For each diagnosis, what would you have looked at to find the problem without the doctor?</source>
        <translation>對於每一條診斷，如果沒有醫生，你會去看什麼來找出問題？</translation>
    </message>
    <message>
        <source>11. k-fold cross-validation: how sure is a score?</source>
        <translation>11. K折交叉驗證：一個分數有多可靠？</translation>
    </message>
    <message>
        <source>The 784-200-200-10 MLP (with Adam, to be quick) trained five times on 2,000 images: each time a different fifth is held out and scored, the other four fifths train.</source>
        <translation>784-200-200-10 的 MLP（為了快，用 Adam）在 2,000 張圖像上訓練五次：每次留出不同的五分之一來評分，其餘五分之四用來訓練。</translation>
    </message>
    <message>
        <source>Train once: five runs appear in the Runs table, one per fold, each with its validation accuracy, and the Training panel shows their mean ± standard deviation. Then change one thing (the learning rate, a Dropout block) and train again.</source>
        <translation>訓練一次：“運行記錄”表中會出現五次運行，每折一次，各有自己的驗證準確率，“訓練”面板會顯示它們的均值 ± 標準差。然後改動一處（學習率、一個 Dropout 塊），再訓練一次。</translation>
    </message>
    <message>
        <source>The folds disagree by a point or two. A change that moves the mean by less than that spread has not been shown to help.</source>
        <translation>各折之間相差一兩個百分點。一個改動如果讓均值的變化小於這個差距，就還不能說明它有幫助。</translation>
    </message>
    <message>
        <source>Why is the mean over five folds a better guide than one train/validation split of the same 2,000 images? What does it cost?</source>
        <translation>在同樣的 2,000 張圖像上，為什麼五折的均值比一次訓練集/驗證集劃分更值得參考？代價是什麼？</translation>
    </message>
    <message>
        <source>12. Data augmentation: more pictures from the same 500</source>
        <translation>12. 數據增強：從同樣的 500 張圖中得到更多圖片</translation>
    </message>
    <message>
        <source>The small CNN trained for 40 epochs on only 500 digits (400 train, 100 validate). Data augmentation shows the network each training image shifted and turned a little differently every epoch, so it cannot simply memorise the 400 pictures. Validation and test images are never changed.</source>
        <translation>小型 CNN 只用 500 張數字圖像訓練 40 個 epoch（400 張訓練，100 張驗證）。數據增強讓網絡在每個 epoch 看到的每張訓練圖像都平移、旋轉得略有不同，所以它無法簡單地記住這 400 張圖片。驗證集和測試集的圖像從不改變。</translation>
    </message>
    <message>
        <source>Train once with no augmentation. Then, in the Training panel&apos;s Data augmentation box, set Shift to 2 pixels and Rotate to 10 degrees (the preview shows what the network will see) and train again. Compare the two runs in the Training plots and the Runs table. Finally tick Horizontal flip and read the warning.</source>
        <translation>先不用數據增強訓練一次。然後在訓練面板的“數據增強”框中，把平移設為 2 像素、旋轉設為 10 度（預覽會顯示網絡將看到的樣子），再訓練一次。在訓練曲線和運行記錄表中比較這兩次運行。最後勾選“水平翻轉”，讀一讀出現的警告。</translation>
    </message>
    <message>
        <source>Without augmentation, training accuracy runs to about 97% while validation stays near 84% and the validation loss climbs again: overfitting. With shift and rotation, training accuracy is lower, the gap to validation almost closes, the validation loss keeps falling, and the test accuracy ends higher (here 87% became about 90%).</source>
        <translation>不用數據增強時，訓練準確率升到約 97%，驗證準確率卻停在 84% 左右，驗證損失又開始上升：這就是過擬合。加上平移和旋轉後，訓練準確率變低，它與驗證準確率的差距幾乎消失，驗證損失持續下降，最終測試準確率更高（這裡從 87% 提高到約 90%）。</translation>
    </message>
    <message>
        <source>Why does a network that scores worse on its training images do better on new ones? Why is flipping wrong for digits but fine for photos of cats or clothes?</source>
        <translation>為什麼一個在訓練圖像上得分更低的網絡，在新圖像上反而表現更好？為什麼翻轉對數字是錯的，對貓或衣服的照片卻沒問題？</translation>
    </message>
    <message>
        <source>13. Autoencoders: what does a 2-number code learn?</source>
        <translation>13. 自編碼器：只有 2 個數的編碼學到了什麼？</translation>
    </message>
    <message>
        <source>An autoencoder learns without labels: each Fashion-MNIST picture is its own target. The encoder squeezes 784 pixels into a code of 2 numbers (Linear 2); the decoder draws the picture back from them.</source>
        <translation>自編碼器不用標籤學習：每張 Fashion-MNIST 圖片都是它自己的目標。編碼器把 784 個像素壓縮成 2 個數的編碼（Linear 2）；解碼器再憑這 2 個數把圖片畫回來。</translation>
    </message>
    <message>
        <source>Train, and watch the reconstructions sharpen in the Autoencoder panel. Then each dot of the plane is one test image&apos;s code, coloured by its class. Click or drag in the plane: the decoder draws the picture for that code.</source>
        <translation>訓練，並在“自編碼器”面板裡看重建結果變清晰。訓練結束後，平面上的每個點是一張測試圖像的編碼，按類別著色。在平面上點擊或拖動：解碼器會畫出該編碼對應的圖片。</translation>
    </message>
    <message>
        <source>Classes the network never saw gather in regions: trousers in one, shoes and bags in others, while shirts, coats and pullovers overlap. With only 2 numbers the pictures stay blurry: the test error is about a third of the mean image&apos;s.</source>
        <translation>網絡從未見過的類別聚在平面的不同區域：褲子在一處，鞋和包在另幾處，而襯衫、外套和套頭衫互相重疊。只有 2 個數，圖片仍然模糊：測試誤差約為平均圖像的三分之一。</translation>
    </message>
    <message>
        <source>Why do shirts, coats and pullovers share a region while trousers get one of their own? What would a code of 16 numbers (Linear 16) change in the pictures, and what would you lose?</source>
        <translation>為什麼襯衫、外套和套頭衫擠在同一個區域，而褲子卻有自己的區域？如果編碼有 16 個數（Linear 16），圖片會有什麼變化？你又會失去什麼？</translation>
    </message>
    <message>
        <source>14. Skip connections: the gradient takes a shortcut</source>
        <translation>14. 跳躍連接：梯度走捷徑</translation>
    </message>
    <message>
        <source>Lesson 9&apos;s deep Sigmoid network with each hidden Linear(128)+Sigmoid pair inside a Residual block, which adds its input back: output = layers(x) + x. The same 184,330 parameters.</source>
        <translation>第 9 課那個很深的 Sigmoid 網絡，只是每一對隱藏的 Linear(128)+Sigmoid 都放進了一個 Residual 塊：它把輸入加回去，輸出 = layers(x) + x。參數還是那 184,330 個。</translation>
    </message>
    <message>
        <source>Train it for a few epochs and watch the gradient-flow plot. Then open examples/deep_sigmoid.json (the same layers without the skips) and train it with the same settings.</source>
        <translation>訓練幾個 epoch，觀察梯度流圖。然後打開 examples/deep_sigmoid.json（同樣的層，只是沒有跳躍連接），用相同的設置訓練它。</translation>
    </message>
    <message>
        <source>Without the skips the first Linear layer&apos;s gradient is tens of thousands of times smaller than the last one&apos;s; with them it stays near a twentieth: the sum hands the gradient back around every Sigmoid. After one epoch on 12,000 Fashion-MNIST images the plain stack is still at 10%, the one with skips at 39%.</source>
        <translation>沒有跳躍連接時，第一個 Linear 層的梯度只有最後一個的幾萬分之一；有了它們，就保持在二十分之一左右：加法把梯度繞過每個 Sigmoid 原樣傳回去。在 12,000 張 Fashion-MNIST 圖像上訓練一個 epoch 後，普通的堆疊仍停在 10%，帶跳躍連接的達到 39%。</translation>
    </message>
    <message>
        <source>Why does adding the input back let the gradient reach the first layer through five Sigmoids, and why does it cost no parameters?</source>
        <translation>為什麼把輸入加回去，梯度就能穿過五個 Sigmoid 到達第一層？為什麼這不需要任何參數？</translation>
    </message>
    <message>
        <source>15. A small ResNet: residual blocks of convolutions</source>
        <translation>15. 一個小型 ResNet：由卷積構成的殘差塊</translation>
    </message>
    <message>
        <source>Two residual blocks of 3x3 convolutions with BatchNorm2d, as in ResNet. The second halves the image and doubles the channels, so its shortcut is a 1x1 Conv2d projection. 19,706 parameters, a third of LeNet-5&apos;s.</source>
        <translation>兩個由 3x3 卷積和 BatchNorm2d 構成的殘差塊，和 ResNet 一樣。第二個塊把圖像縮小一半、通道數加倍，所以它的捷徑是一個 1x1 Conv2d 投影。共 19,706 個參數，是 LeNet-5 的三分之一。</translation>
    </message>
    <message>
        <source>Train it and note the test accuracy. Then open LeNet-5 and the small ReLU CNN from the Presets menu and train each for the same number of epochs. For a harder test, pick Fashion-MNIST as the dataset for all three.</source>
        <translation>訓練它，記下測試準確率。然後從“預設”菜單打開 LeNet-5 和那個小型 ReLU CNN，各訓練同樣多的 epoch。想要更難的測試，就給三個網絡都選 Fashion-MNIST 數據集。</translation>
    </message>
    <message>
        <source>On Fashion-MNIST (12,000 images) it scored 76% on the test set after 3 epochs and 84% after 8: ahead of LeNet-5 (68%, 77%), behind the CNN (86%, 88%), which has 20 times its parameters and learns faster at first.</source>
        <translation>在 Fashion-MNIST 上（12,000 張圖像），它在測試集上的準確率 3 個 epoch 後是 76%，8 個 epoch 後是 84%：超過 LeNet-5（68%、77%），不如那個 CNN（86%、88%），後者的參數是它的 20 倍，開始時學得更快。</translation>
    </message>
    <message>
        <source>The first block&apos;s shortcut is its input itself, the second&apos;s a 1x1 convolution: why must the second one change the shape?</source>
        <translation>第一個塊的捷徑就是輸入本身，第二個塊的是一個 1x1 卷積：為什麼第二個必須改變形狀？</translation>
    </message>
    <message>
        <source>16. Parallel branches: a small Inception block</source>
        <translation>16. 並行分支：一個小型 Inception 塊</translation>
    </message>
    <message>
        <source>After a 3x3 convolution, a Branches block looks at the same feature maps three ways at once, as Inception does: a 1x1 convolution; a 1x1 then a 3x3 convolution; a 3x3 max pool then a 1x1 convolution. Their channels are stacked: 16 + 24 + 8 = 48.</source>
        <translation>在一個 3x3 卷積之後，一個 Branches 塊像 Inception 那樣同時用三種方式看同一組特徵圖：一個 1x1 卷積；先 1x1 再 3x3 卷積；先 3x3 最大池化再 1x1 卷積。它們的通道拼接在一起：16 + 24 + 8 = 48。</translation>
    </message>
    <message>
        <source>Train it and compare it with lesson 5&apos;s CNN. Then set the Branches block&apos;s merge to add and read the problem; give each branch&apos;s last Conv2d 16 channels to fix it.</source>
        <translation>訓練它，並和第 5 課的 CNN 比較。然後把 Branches 塊的 merge 設為 add，讀一讀報出的問題；把每條分支最後一個 Conv2d 的通道數都設為 16 來修復它。</translation>
    </message>
    <message>
        <source>Every branch keeps the 14x14 size, so their channels can be stacked. The 1x1 convolutions are cheap: they mix channels without looking at neighbours. Adding needs one shape from every branch; the problem names the branch that differs.</source>
        <translation>每條分支都保持 14x14 的大小，所以它們的通道可以拼接起來。1x1 卷積很便宜：它們只混合通道，不看相鄰的像素。相加要求每條分支輸出同樣的形狀；問題會指出哪條分支不一樣。</translation>
    </message>
    <message>
        <source>Why look with several filter sizes at once instead of choosing one? What does the 1x1 convolution before the 3x3 one save?</source>
        <translation>為什麼要同時用幾種大小的卷積核去看，而不是隻選一種？3x3 卷積前面的 1x1 卷積省下了什麼？</translation>
    </message>
</context>
</TS>
