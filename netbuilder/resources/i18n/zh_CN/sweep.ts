<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SweepDialog</name>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>超参数搜索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Range (log:A..B, int:A..B, A..B or a,b,c)</source>
        <translation>范围（log:A..B、int:A..B、A..B 或 a,b,c）</translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation>试验次数：</translation>
    </message>
    <message>
        <source>Trials in all, counting those this search has run: Start after Stop goes on up to this number</source>
        <translation>试验总数，包括这次搜索已经运行的试验：停止后再点开始，会继续运行到这个数目</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Apply best to project</source>
        <translation>把最佳取值应用到项目</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Validation error (MSE)</source>
        <translation>验证集重建误差（均方误差）</translation>
    </message>
    <message>
        <source>Validation score</source>
        <translation>验证得分</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Starting the sweep…</source>
        <translation>正在开始搜索…</translation>
    </message>
    <message>
        <source>Trial {number} failed: {reason}</source>
        <translation>试验 {number} 失败：{reason}</translation>
    </message>
    <message>
        <source>{count} trial(s) finished.</source>
        <translation>已结束 {count} 次试验。</translation>
    </message>
    <message>
        <source>Sweep ended: {count} trial(s); the best is trial {number}.</source>
        <translation>搜索结束：共 {count} 次试验；最佳的是试验 {number}。</translation>
    </message>
    <message>
        <source>The network changed since the sweep started: start it again.</source>
        <translation>搜索开始后网络已经改变：请重新开始搜索。</translation>
    </message>
    <message>
        <source>Apply best sweep values</source>
        <translation>应用搜索的最佳取值</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>超参数搜索(&amp;W)…</translation>
    </message>
    <message>
        <source>Search the learning rate, batch size and layer widths over many runs (Optuna)</source>
        <translation>通过多次运行搜索学习率、batch 大小和各层宽度（Optuna）</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
</context>
</TS>
