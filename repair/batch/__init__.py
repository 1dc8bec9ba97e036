"""Batch repair at scale: folders and corpora, local processes or a Dask cluster.

- work.py      the per-document function every engine runs (pure: input, config -> result)
- engines.py   in this process, a local process pool (--jobs N), or Dask (--engine dask)
- inputs.py    finding articles and corpora; reading and writing JSON Lines and Parquet
- manifest.py  the completion manifest behind --resume
- runner.py    one batch run: outputs, review queue, reports
- report.py    the summary (JSON, rich table, HTML with diffs)
- progress.py  a rich bar on a terminal, log lines otherwise
- bench.py     the throughput benchmark (python -m repair.measure.batch_bench)
"""

from repair.batch.runner import BatchOptions, run_batch
from repair.batch.work import DocResult, repair_document

__all__ = ["BatchOptions", "DocResult", "repair_document", "run_batch"]
