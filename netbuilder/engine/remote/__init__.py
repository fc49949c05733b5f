"""Training outside the caller's thread: one job, one channel of typed events.

`runner.run_job` is the Qt-free body of a run (load the data, train, probe, diagnose) that reports
everything through one callback; `child.serve` is the loop of the training process, which receives
commands (`protocol`) and sends the events back over a pipe.
"""
