<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>netbuilder: the last run crashed; its report is in {path}</source>
        <translation>netbuilder：上次運行崩潰了，報告在 {path}</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix</source>
        <translation>
            <numerusform>還有 %n 個錯誤要修正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n 個 epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 層</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es)</source>
        <translation>
            <numerusform>%n 條分支</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) can be undone</source>
        <translation>
            <numerusform>可以撤銷 %n 步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot train yet (%n error(s)): {first}</source>
        <translation>
            <numerusform>還不能訓練（%n 個錯誤）：{first}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetTitles</name>
    <message>
        <source>classes</source>
        <translation>類別數</translation>
    </message>
    <message>
        <source>points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪聲</translation>
    </message>
    <message>
        <source>test_fraction</source>
        <translation>測試集比例</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>{title}, fold {k}/{folds} held out</source>
        <translation>{title}，留出第 {k}/{folds} 折</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{title} ({parameters})</source>
        <translation>{title}（{parameters}）</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>迴歸</translation>
    </message>
    <message>
        <source>images in {folder} ({shape})</source>
        <translation>{folder} 中的圖像（{shape}）</translation>
    </message>
    <message>
        <source>{file} ({count} features → {target}, {task})</source>
        <translation>{file}（{count} 個特徵 → {target}，{task}）</translation>
    </message>
    <message>
        <source>IDX files</source>
        <translation>IDX 文件</translation>
    </message>
    <message>
        <source>{what} from {folder}</source>
        <translation>來自 {folder} 的 {what}</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>正在加載 {0}…</translation>
    </message>
    <message>
        <source>Loaded {0}</source>
        <translation>已加載 {0}</translation>
    </message>
    <message>
        <source>Downloading {0} ({1})…</source>
        <translation>正在下載 {0}（{1}）…</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}</source>
        <translation>正在下載 {0}：{1}</translation>
    </message>
    <message>
        <source>Downloaded {0}: {1}</source>
        <translation>已下載 {0}：{1}</translation>
    </message>
    <message>
        <source>Decoding images: {0} of {1}</source>
        <translation>正在解碼圖像：第 {0} 張，共 {1} 張</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>there is no display to open the window on (DISPLAY is not set). Start netbuilder from a desktop session, or render the window to a picture with `netbuilder --screenshot FILE`.</source>
        <translation>沒有可以打開窗口的顯示器（沒有設置 DISPLAY）。請在桌面會話中啟動 netbuilder，或者用 `netbuilder --screenshot FILE` 把窗口渲染成圖片。</translation>
    </message>
    <message>
        <source>Qt cannot open windows on X11 because the system library {library} is missing. Install it (Debian/Ubuntu: sudo apt install {package}) and start netbuilder again.</source>
        <translation>Qt 無法在 X11 上打開窗口，因為缺少系統庫 {library}。請安裝它（Debian/Ubuntu：sudo apt install {package}），然後重新啟動 netbuilder。</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>{name} (untitled)</source>
        <translation>{name}（未命名）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>EngineLoader</name>
    <message>
        <source>PyTorch could not be loaded, so training is unavailable: {error}</source>
        <translation>無法加載 PyTorch，因此不能訓練：{error}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>
&lt;h3&gt;Four steps&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Build.&lt;/b&gt; Drag layers from &lt;i&gt;Layers&lt;/i&gt; onto the canvas, between two blocks. Select a block
to edit it in the &lt;i&gt;Inspector&lt;/i&gt;. Red blocks do not fit: the &lt;i&gt;Problems&lt;/i&gt; list says why and
how to fix it. &lt;i&gt;Presets&lt;/i&gt; opens ready-made networks.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Train.&lt;/b&gt; Choose the data and settings in the &lt;i&gt;Training&lt;/i&gt; tab, then press &lt;b&gt;Train&lt;/b&gt;
in the run bar (Ctrl+T). Loss and accuracy update live in &lt;i&gt;Training plots&lt;/i&gt;; Pause (Ctrl+P)
and Stop (Ctrl+.) are in the run bar and the Run menu.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Draw.&lt;/b&gt; Once trained, draw a digit in the &lt;i&gt;Predict&lt;/i&gt; tab and watch the network read it.
Click a block to see that layer&apos;s activations.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Evaluate.&lt;/b&gt; The &lt;i&gt;Evaluation&lt;/i&gt; tab shows the test accuracy and the confusion matrix;
click a cell to see those images. &lt;b&gt;Run &amp;gt; Save Model…&lt;/b&gt; keeps the trained weights.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Your work is saved to a recovery file a few seconds after each change: if netbuilder stops
unexpectedly, the next start offers to restore it.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;四個步驟&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;搭建。&lt;/b&gt;把層從&lt;i&gt;層&lt;/i&gt;面板拖到畫布上，放在兩個方塊之間。選中一個方塊，就能在&lt;i&gt;檢查器&lt;/i&gt;中編輯它。紅色的方塊表示形狀對不上：&lt;i&gt;問題&lt;/i&gt;列表會說明原因和修正方法。&lt;i&gt;預設&lt;/i&gt;菜單打開現成的網絡。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;訓練。&lt;/b&gt;在&lt;i&gt;訓練&lt;/i&gt;標籤頁中選擇數據和設置，然後按運行欄中的&lt;b&gt;訓練&lt;/b&gt;（Ctrl+T）。損失和準確率在&lt;i&gt;訓練曲線&lt;/i&gt;中實時更新；暫停（Ctrl+P）和停止（Ctrl+.）在運行欄和“運行”菜單中。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;手寫。&lt;/b&gt;訓練完成後，在&lt;i&gt;預測&lt;/i&gt;標籤頁中寫一個數字，看網絡如何識別它。點擊一個方塊，可以看到這一層的激活值。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;評估。&lt;/b&gt;&lt;i&gt;評估&lt;/i&gt;標籤頁顯示測試集上的準確率和混淆矩陣；點擊一個格子，可以看到其中的圖像。&lt;b&gt;運行 &amp;gt; 保存模型…&lt;/b&gt;保存訓練好的權重。&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;每次修改幾秒鐘後，你的工作會自動保存到一個恢復文件：如果 netbuilder 意外退出，下次啟動時會提示恢復。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安裝</translation>
    </message>
    <message>
        <source>Build neural networks by dragging layers, train them with live plots, and draw digits for them to read.</source>
        <translation>拖動層來搭建神經網絡，看著實時曲線訓練它，再手寫數字讓它識別。</translation>
    </message>
    <message>
        <source>Zoom the canvas</source>
        <translation>縮放畫布</translation>
    </message>
    <message>
        <source>Ctrl+scroll</source>
        <translation>Ctrl+滾輪</translation>
    </message>
    <message>
        <source>How to use netbuilder</source>
        <translation>netbuilder 使用方法</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷鍵</translation>
    </message>
    <message>
        <source>About netbuilder</source>
        <translation>關於 netbuilder</translation>
    </message>
    <message>
        <source>&amp;How to Use netbuilder</source>
        <translation>netbuilder 使用方法(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About netbuilder</source>
        <translation>關於 netbuilder(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>netbuilder projects (*.json);;All files (*)</source>
        <translation>netbuilder 項目 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>PyTorch unavailable</source>
        <translation>PyTorch 不可用</translation>
    </message>
    <message>
        <source>{name}[*] — netbuilder</source>
        <translation>{name}[*] — netbuilder</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>撤銷 {step}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>重做 {step}(&amp;R)</translation>
    </message>
    <message>
        <source>Train this network (Ctrl+T)</source>
        <translation>訓練這個網絡（Ctrl+T）</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打開項目</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>無法打開項目</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存項目</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation>無法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>無法保存項目</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>要保存對 {name} 的修改嗎？</translation>
    </message>
    <message>
        <source>Restored the unsaved changes from {when}</source>
        <translation>已恢復 {when} 自動保存的修改</translation>
    </message>
    <message>
        <source>an untitled network</source>
        <translation>一個未命名的網絡</translation>
    </message>
    <message>
        <source>netbuilder did not close properly last time. Changes to {name}, saved automatically at {when}, were not saved.

Restore them?</source>
        <translation>netbuilder 上次沒有正常關閉。對 {name} 的修改已在 {when} 自動保存，但還沒有存入文件。

要恢復這些修改嗎？</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢復未保存的工作？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放棄</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty network</source>
        <translation>從一個空網絡開始</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打開(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打開項目文件</translation>
    </message>
    <message>
        <source>&amp;Import ONNX Model…</source>
        <translation>導入 ONNX 模型(&amp;I)…</translation>
    </message>
    <message>
        <source>Open an ONNX model&apos;s layers and trained weights as blocks</source>
        <translation>把 ONNX 模型的各層和訓練好的權重作為層打開</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存項目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>Save under a new name</source>
        <translation>以新名稱保存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>關閉窗口</translation>
    </message>
    <message>
        <source>&amp;Delete Layer</source>
        <translation>刪除層(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>刪除選中的層</translation>
    </message>
    <message>
        <source>D&amp;uplicate Layer</source>
        <translation>複製層(&amp;U)</translation>
    </message>
    <message>
        <source>Insert a copy of the selected layer after it</source>
        <translation>在選中的層後面插入它的副本</translation>
    </message>
    <message>
        <source>Move &amp;Earlier</source>
        <translation>前移(&amp;E)</translation>
    </message>
    <message>
        <source>Move the selected layer one step towards the input</source>
        <translation>把選中的層向輸入方向移動一步</translation>
    </message>
    <message>
        <source>Move &amp;Later</source>
        <translation>後移(&amp;L)</translation>
    </message>
    <message>
        <source>Move the selected layer one step towards the output</source>
        <translation>把選中的層向輸出方向移動一步</translation>
    </message>
    <message>
        <source>Wrap in &amp;Residual Block</source>
        <translation>放進殘差塊(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected neighbouring layers inside a skip connection</source>
        <translation>把選中的相鄰各層放進一個跳躍連接</translation>
    </message>
    <message>
        <source>Wrap in &amp;Branches</source>
        <translation>放進並行分支(&amp;B)</translation>
    </message>
    <message>
        <source>Make the selected neighbouring layers one branch beside an empty one</source>
        <translation>把選中的相鄰各層變成一條分支，旁邊再加一條空分支</translation>
    </message>
    <message>
        <source>U&amp;nwrap</source>
        <translation>拆開(&amp;N)</translation>
    </message>
    <message>
        <source>Take the selected block away and keep what it holds</source>
        <translation>去掉選中的塊，保留其中的各層</translation>
    </message>
    <message>
        <source>Zoom Canvas &amp;In</source>
        <translation>放大畫布(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom Canvas &amp;Out</source>
        <translation>縮小畫布(&amp;O)</translation>
    </message>
    <message>
        <source>Canvas &amp;Actual Size</source>
        <translation>畫布實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>適合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>顯示整個網絡</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主題(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom the whole app: text, blocks and plots, for projectors</source>
        <translation>縮放整個應用：文字、方塊和曲線，適合投影儀</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>縮小文字(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Train…</source>
        <translation>訓練(&amp;T)…</translation>
    </message>
    <message>
        <source>Train this network</source>
        <translation>訓練這個網絡</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>視圖(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言 / Language(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>預設(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>運行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打開(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>&amp;New (empty network)</source>
        <translation>新建（空網絡）(&amp;N)</translation>
    </message>
    <message>
        <source>Start from the {name} example</source>
        <translation>從示例 {name} 開始</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>NumberFields</name>
    <message>
        <source>This field</source>
        <translation>此項</translation>
    </message>
    <message>
        <source>{name} is at most {limit}: {typed} was set to {limit}.</source>
        <translation>{name}最大為 {limit}：輸入的 {typed} 已改為 {limit}。</translation>
    </message>
    <message>
        <source>{name} is at least {limit}: {typed} was set to {limit}.</source>
        <translation>{name}最小為 {limit}：輸入的 {typed} 已改為 {limit}。</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Qt could not encode the picture as PNG</source>
        <translation>Qt 無法把圖片編碼為 PNG</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large text, high contrast, only the canvas, plots and run bar (Esc leaves)</source>
        <translation>全屏、大字、高對比度，只顯示畫布、曲線和運行欄（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation>退出演示模式</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>a training run</source>
        <translation>一次訓練</translation>
    </message>
    <message>
        <source>run {number}</source>
        <translation>第 {number} 次訓練</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>%H:%M on %d %b %Y</source>
        <translation>%Y年%m月%d日 %H:%M</translation>
    </message>
    <message>
        <source>Cannot autosave to {file}: {reason}</source>
        <translation>無法自動保存到 {file}：{reason}</translation>
    </message>
</context>
<context>
    <name>TorchPlaceholders</name>
    <message>
        <source>Loading PyTorch…</source>
        <translation>正在加載 PyTorch…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tep one batch</source>
        <translation>單步訓練一個 batch(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo step</source>
        <translation>撤銷單步(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>單步</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>撤銷單步</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
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
    <message>
        <source>{action}: once PyTorch has loaded</source>
        <translation>{action}：PyTorch 加載後可用</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>運行</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>學習率</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add {layer}</source>
        <translation>添加 {layer}</translation>
    </message>
    <message>
        <source>Duplicate {layer}</source>
        <translation>複製 {layer}</translation>
    </message>
    <message>
        <source>Replace network</source>
        <translation>替換網絡</translation>
    </message>
    <message>
        <source>Delete {layer}</source>
        <translation>刪除 {layer}</translation>
    </message>
    <message>
        <source>Move {layer}</source>
        <translation>移動 {layer}</translation>
    </message>
    <message>
        <source>Wrap in {container}</source>
        <translation>包裹進 {container}</translation>
    </message>
    <message>
        <source>Unwrap {container}</source>
        <translation>取消 {container} 包裹</translation>
    </message>
    <message>
        <source>Change {layer} {parameter}</source>
        <translation>修改 {layer} 的 {parameter}</translation>
    </message>
    <message>
        <source>Change training settings</source>
        <translation>修改訓練設置</translation>
    </message>
    <message>
        <source>Change dataset</source>
        <translation>更換數據集</translation>
    </message>
    <message>
        <source>Change input normalisation</source>
        <translation>更改輸入歸一化</translation>
    </message>
    <message>
        <source>Delete {count} layers</source>
        <translation>刪除 {count} 層</translation>
    </message>
    <message>
        <source>Duplicate {count} layers</source>
        <translation>複製 {count} 層</translation>
    </message>
    <message>
        <source>Move {count} layers</source>
        <translation>移動 {count} 層</translation>
    </message>
    <message>
        <source>Layers in different blocks or branches cannot move together</source>
        <translation>不同塊或不同分支中的層不能一起移動</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Training: {finding}</source>
        <translation>訓練：{finding}</translation>
    </message>
    <message>
        <source>    Fix: {fix} (click to apply)</source>
        <translation>    修正：{fix}（點擊應用）</translation>
    </message>
    <message>
        <source>    Lesson: {title} (click to open)</source>
        <translation>    課程：{title}（點擊打開）</translation>
    </message>
</context>
</TS>
