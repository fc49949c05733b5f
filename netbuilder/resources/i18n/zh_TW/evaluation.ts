<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Row-normalised (share of each true class)</source>
        <translation>按行歸一化（佔每個真實類別的比例）</translation>
    </message>
    <message>
        <source>Off: how many test images fall in each cell</source>
        <translation>關閉時：每個格子中有多少張測試圖片</translation>
    </message>
    <message>
        <source>The test images to score the model on</source>
        <translation>用來給模型打分的測試圖片</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Evaluate on</source>
        <translation>評估數據</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩陣</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真實類別</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>預測類別</translation>
    </message>
    <message>
        <source>Accuracy of each class</source>
        <translation>各類別的準確率</translation>
    </message>
    <message>
        <source>Why? Colour each image by what pushed it toward its answer</source>
        <translation>為什麼？按把圖像推向其答案的像素給每張圖著色</translation>
    </message>
    <message>
        <source>Integrated gradients toward the class the network gave: red pixels pushed toward it, blue against. A sensitivity, not a reason.</source>
        <translation>朝網絡給出的類別計算積分梯度：紅色像素把圖像推向該類別，藍色推離。這是敏感度，不是理由。</translation>
    </message>
    <message>
        <source>Score the current model on the chosen test set</source>
        <translation>在所選的測試集上給當前模型打分</translation>
    </message>
    <message>
        <source>These test sets are 28x28 digits; this model reads other data (its own test split is shown)</source>
        <translation>這些測試集是 28x28 的數字；這個模型讀取的是其他數據（顯示的是它自己的測試集）</translation>
    </message>
    <message>
        <source>No evaluation yet: train a network, or load a model and test data.</source>
        <translation>還沒有評估：請訓練一個網絡，或加載模型和測試數據。</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}   ·   loss {loss}   ·   {count} test images</source>
        <translation>測試準確率 {accuracy}   ·   損失 {loss}   ·   {count} 張測試圖片</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its test images.</source>
        <translation>點擊矩陣中的一個格子，查看其中的測試圖片。</translation>
    </message>
    <message>
        <source>(test images not available)</source>
        <translation>（沒有測試圖片）</translation>
    </message>
    <message>
        <source>Test image #{index}: true {true}, predicted {predicted} with {confidence} confidence</source>
        <translation>測試圖片 #{index}：標籤 {true}，預測為 {predicted}，置信度 {confidence}</translation>
    </message>
    <message>
        <source>Its own test split</source>
        <translation>它自己的測試集</translation>
    </message>
    <message>
        <source>{dataset} test set</source>
        <translation>{dataset} 測試集</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {count} correct, most confident first</source>
        <translation>標籤 {true}，預測為 {predicted}：{count} 個正確，按置信度從高到低排列</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {count} mistakes, most confident first</source>
        <translation>標籤 {true}，預測為 {predicted}：{count} 個錯誤，按置信度從高到低排列</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {count} correct (showing the {shown} most confident), most confident first</source>
        <translation>標籤 {true}，預測為 {predicted}：{count} 個正確（顯示置信度最高的 {shown} 個），按置信度從高到低排列</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {count} mistakes (showing the {shown} most confident), most confident first</source>
        <translation>標籤 {true}，預測為 {predicted}：{count} 個錯誤（顯示置信度最高的 {shown} 個），按置信度從高到低排列</translation>
    </message>
</context>
</TS>
