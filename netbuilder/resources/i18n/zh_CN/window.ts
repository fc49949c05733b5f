<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>netbuilder: the last run crashed; its report is in {path}</source>
        <translation>netbuilder：上次运行崩溃了，报告在 {path}</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix</source>
        <translation>
            <numerusform>还有 %n 个错误要修正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n 个 epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es)</source>
        <translation>
            <numerusform>%n 条分支</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) can be undone</source>
        <translation>
            <numerusform>可以撤销 %n 步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot train yet (%n error(s)): {first}</source>
        <translation>
            <numerusform>还不能训练（%n 个错误）：{first}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetTitles</name>
    <message>
        <source>classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>test_fraction</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
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
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>images in {folder} ({shape})</source>
        <translation>{folder} 中的图像（{shape}）</translation>
    </message>
    <message>
        <source>{file} ({count} features → {target}, {task})</source>
        <translation>{file}（{count} 个特征 → {target}，{task}）</translation>
    </message>
    <message>
        <source>IDX files</source>
        <translation>IDX 文件</translation>
    </message>
    <message>
        <source>{what} from {folder}</source>
        <translation>来自 {folder} 的 {what}</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>正在加载 {0}…</translation>
    </message>
    <message>
        <source>Loaded {0}</source>
        <translation>已加载 {0}</translation>
    </message>
    <message>
        <source>Downloading {0} ({1})…</source>
        <translation>正在下载 {0}（{1}）…</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}</source>
        <translation>正在下载 {0}：{1}</translation>
    </message>
    <message>
        <source>Downloaded {0}: {1}</source>
        <translation>已下载 {0}：{1}</translation>
    </message>
    <message>
        <source>Decoding images: {0} of {1}</source>
        <translation>正在解码图像：第 {0} 张，共 {1} 张</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>there is no display to open the window on (DISPLAY is not set). Start netbuilder from a desktop session, or render the window to a picture with `netbuilder --screenshot FILE`.</source>
        <translation>没有可以打开窗口的显示器（没有设置 DISPLAY）。请在桌面会话中启动 netbuilder，或者用 `netbuilder --screenshot FILE` 把窗口渲染成图片。</translation>
    </message>
    <message>
        <source>Qt cannot open windows on X11 because the system library {library} is missing. Install it (Debian/Ubuntu: sudo apt install {package}) and start netbuilder again.</source>
        <translation>Qt 无法在 X11 上打开窗口，因为缺少系统库 {library}。请安装它（Debian/Ubuntu：sudo apt install {package}），然后重新启动 netbuilder。</translation>
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
        <translation>无法加载 PyTorch，因此不能训练：{error}</translation>
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
&lt;h3&gt;四个步骤&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;搭建。&lt;/b&gt;把层从&lt;i&gt;层&lt;/i&gt;面板拖到画布上，放在两个方块之间。选中一个方块，就能在&lt;i&gt;检查器&lt;/i&gt;中编辑它。红色的方块表示形状对不上：&lt;i&gt;问题&lt;/i&gt;列表会说明原因和修正方法。&lt;i&gt;预设&lt;/i&gt;菜单打开现成的网络。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;训练。&lt;/b&gt;在&lt;i&gt;训练&lt;/i&gt;标签页中选择数据和设置，然后按运行栏中的&lt;b&gt;训练&lt;/b&gt;（Ctrl+T）。损失和准确率在&lt;i&gt;训练曲线&lt;/i&gt;中实时更新；暂停（Ctrl+P）和停止（Ctrl+.）在运行栏和“运行”菜单中。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;手写。&lt;/b&gt;训练完成后，在&lt;i&gt;预测&lt;/i&gt;标签页中写一个数字，看网络如何识别它。点击一个方块，可以看到这一层的激活值。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;评估。&lt;/b&gt;&lt;i&gt;评估&lt;/i&gt;标签页显示测试集上的准确率和混淆矩阵；点击一个格子，可以看到其中的图像。&lt;b&gt;运行 &amp;gt; 保存模型…&lt;/b&gt;保存训练好的权重。&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;每次修改几秒钟后，你的工作会自动保存到一个恢复文件：如果 netbuilder 意外退出，下次启动时会提示恢复。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>Build neural networks by dragging layers, train them with live plots, and draw digits for them to read.</source>
        <translation>拖动层来搭建神经网络，看着实时曲线训练它，再手写数字让它识别。</translation>
    </message>
    <message>
        <source>Zoom the canvas</source>
        <translation>缩放画布</translation>
    </message>
    <message>
        <source>Ctrl+scroll</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>How to use netbuilder</source>
        <translation>netbuilder 使用方法</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>About netbuilder</source>
        <translation>关于 netbuilder</translation>
    </message>
    <message>
        <source>&amp;How to Use netbuilder</source>
        <translation>netbuilder 使用方法(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About netbuilder</source>
        <translation>关于 netbuilder(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>netbuilder projects (*.json);;All files (*)</source>
        <translation>netbuilder 项目 (*.json);;所有文件 (*)</translation>
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
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>撤销 {step}(&amp;U)</translation>
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
        <translation>训练这个网络（Ctrl+T）</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
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
        <translation>要保存对 {name} 的修改吗？</translation>
    </message>
    <message>
        <source>Restored the unsaved changes from {when}</source>
        <translation>已恢复 {when} 自动保存的修改</translation>
    </message>
    <message>
        <source>an untitled network</source>
        <translation>一个未命名的网络</translation>
    </message>
    <message>
        <source>netbuilder did not close properly last time. Changes to {name}, saved automatically at {when}, were not saved.

Restore them?</source>
        <translation>netbuilder 上次没有正常关闭。对 {name} 的修改已在 {when} 自动保存，但还没有存入文件。

要恢复这些修改吗？</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty network</source>
        <translation>从一个空网络开始</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Import ONNX Model…</source>
        <translation>导入 ONNX 模型(&amp;I)…</translation>
    </message>
    <message>
        <source>Open an ONNX model&apos;s layers and trained weights as blocks</source>
        <translation>把 ONNX 模型的各层和训练好的权重作为层打开</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save under a new name</source>
        <translation>以新名称保存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>&amp;Delete Layer</source>
        <translation>删除层(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>删除选中的层</translation>
    </message>
    <message>
        <source>D&amp;uplicate Layer</source>
        <translation>复制层(&amp;U)</translation>
    </message>
    <message>
        <source>Insert a copy of the selected layer after it</source>
        <translation>在选中的层后面插入它的副本</translation>
    </message>
    <message>
        <source>Move &amp;Earlier</source>
        <translation>前移(&amp;E)</translation>
    </message>
    <message>
        <source>Move the selected layer one step towards the input</source>
        <translation>把选中的层向输入方向移动一步</translation>
    </message>
    <message>
        <source>Move &amp;Later</source>
        <translation>后移(&amp;L)</translation>
    </message>
    <message>
        <source>Move the selected layer one step towards the output</source>
        <translation>把选中的层向输出方向移动一步</translation>
    </message>
    <message>
        <source>Wrap in &amp;Residual Block</source>
        <translation>放进残差块(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected neighbouring layers inside a skip connection</source>
        <translation>把选中的相邻各层放进一个跳跃连接</translation>
    </message>
    <message>
        <source>Wrap in &amp;Branches</source>
        <translation>放进并行分支(&amp;B)</translation>
    </message>
    <message>
        <source>Make the selected neighbouring layers one branch beside an empty one</source>
        <translation>把选中的相邻各层变成一条分支，旁边再加一条空分支</translation>
    </message>
    <message>
        <source>U&amp;nwrap</source>
        <translation>拆开(&amp;N)</translation>
    </message>
    <message>
        <source>Take the selected block away and keep what it holds</source>
        <translation>去掉选中的块，保留其中的各层</translation>
    </message>
    <message>
        <source>Zoom Canvas &amp;In</source>
        <translation>放大画布(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom Canvas &amp;Out</source>
        <translation>缩小画布(&amp;O)</translation>
    </message>
    <message>
        <source>Canvas &amp;Actual Size</source>
        <translation>画布实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>显示整个网络</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom the whole app: text, blocks and plots, for projectors</source>
        <translation>缩放整个应用：文字、方块和曲线，适合投影仪</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Train…</source>
        <translation>训练(&amp;T)…</translation>
    </message>
    <message>
        <source>Train this network</source>
        <translation>训练这个网络</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言 / Language(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;New (empty network)</source>
        <translation>新建（空网络）(&amp;N)</translation>
    </message>
    <message>
        <source>Start from the {name} example</source>
        <translation>从示例 {name} 开始</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>NumberFields</name>
    <message>
        <source>This field</source>
        <translation>此项</translation>
    </message>
    <message>
        <source>{name} is at most {limit}: {typed} was set to {limit}.</source>
        <translation>{name}最大为 {limit}：输入的 {typed} 已改为 {limit}。</translation>
    </message>
    <message>
        <source>{name} is at least {limit}: {typed} was set to {limit}.</source>
        <translation>{name}最小为 {limit}：输入的 {typed} 已改为 {limit}。</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Qt could not encode the picture as PNG</source>
        <translation>Qt 无法把图片编码为 PNG</translation>
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
        <translation>全屏、大字、高对比度，只显示画布、曲线和运行栏（按 Esc 退出）</translation>
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
        <translation>一次训练</translation>
    </message>
    <message>
        <source>run {number}</source>
        <translation>第 {number} 次训练</translation>
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
        <translation>无法自动保存到 {file}：{reason}</translation>
    </message>
</context>
<context>
    <name>TorchPlaceholders</name>
    <message>
        <source>Loading PyTorch…</source>
        <translation>正在加载 PyTorch…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tep one batch</source>
        <translation>单步训练一个 batch(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo step</source>
        <translation>撤销单步(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>撤销单步</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Training plots</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>{action}: once PyTorch has loaded</source>
        <translation>{action}：PyTorch 加载后可用</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>学习率</translation>
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
        <translation>复制 {layer}</translation>
    </message>
    <message>
        <source>Replace network</source>
        <translation>替换网络</translation>
    </message>
    <message>
        <source>Delete {layer}</source>
        <translation>删除 {layer}</translation>
    </message>
    <message>
        <source>Move {layer}</source>
        <translation>移动 {layer}</translation>
    </message>
    <message>
        <source>Wrap in {container}</source>
        <translation>包裹进 {container}</translation>
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
        <translation>修改训练设置</translation>
    </message>
    <message>
        <source>Change dataset</source>
        <translation>更换数据集</translation>
    </message>
    <message>
        <source>Change input normalisation</source>
        <translation>更改输入归一化</translation>
    </message>
    <message>
        <source>Delete {count} layers</source>
        <translation>删除 {count} 层</translation>
    </message>
    <message>
        <source>Duplicate {count} layers</source>
        <translation>复制 {count} 层</translation>
    </message>
    <message>
        <source>Move {count} layers</source>
        <translation>移动 {count} 层</translation>
    </message>
    <message>
        <source>Layers in different blocks or branches cannot move together</source>
        <translation>不同块或不同分支中的层不能一起移动</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Training: {finding}</source>
        <translation>训练：{finding}</translation>
    </message>
    <message>
        <source>    Fix: {fix} (click to apply)</source>
        <translation>    修正：{fix}（点击应用）</translation>
    </message>
    <message>
        <source>    Lesson: {title} (click to open)</source>
        <translation>    课程：{title}（点击打开）</translation>
    </message>
</context>
</TS>
