<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
        <translation>失敗</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>超參數搜索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Range (log:A..B, int:A..B, A..B or a,b,c)</source>
        <translation>範圍（log:A..B、int:A..B、A..B 或 a,b,c）</translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation>試驗次數：</translation>
    </message>
    <message>
        <source>Trials in all, counting those this search has run: Start after Stop goes on up to this number</source>
        <translation>試驗總數，包括這次搜索已經運行的試驗：停止後再點開始，會繼續運行到這個數目</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Apply best to project</source>
        <translation>把最佳取值應用到項目</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>試驗</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Validation error (MSE)</source>
        <translation>驗證集重建誤差（均方誤差）</translation>
    </message>
    <message>
        <source>Validation score</source>
        <translation>驗證得分</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Starting the sweep…</source>
        <translation>正在開始搜索…</translation>
    </message>
    <message>
        <source>Trial {number} failed: {reason}</source>
        <translation>試驗 {number} 失敗：{reason}</translation>
    </message>
    <message>
        <source>{count} trial(s) finished.</source>
        <translation>已結束 {count} 次試驗。</translation>
    </message>
    <message>
        <source>Sweep ended: {count} trial(s); the best is trial {number}.</source>
        <translation>搜索結束：共 {count} 次試驗；最佳的是試驗 {number}。</translation>
    </message>
    <message>
        <source>The network changed since the sweep started: start it again.</source>
        <translation>搜索開始後網絡已經改變：請重新開始搜索。</translation>
    </message>
    <message>
        <source>Apply best sweep values</source>
        <translation>應用搜索的最佳取值</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>超參數搜索(&amp;W)…</translation>
    </message>
    <message>
        <source>Search the learning rate, batch size and layer widths over many runs (Optuna)</source>
        <translation>通過多次運行搜索學習率、batch 大小和各層寬度（Optuna）</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>試驗</translation>
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
