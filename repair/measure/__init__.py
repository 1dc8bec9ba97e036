"""Measurement: damage with answer keys, and the benches that score the product against them.

The product never imports this package (tests/test_import_graph.py checks it); only the
commands that expose it, `repair bench` and `repair corrupt`, import it, when they run.

- key.py                  the answer key's one type, Corruption, and `restore`
- corrupt/                the corruption simulator (`repair corrupt`)
- bench/                  `repair bench`: every pass scored against the keys, and timed
- batch_bench.py          batch throughput (`python -m repair.measure.batch_bench`)
- review_bench.py         the review app's launch (`python -m repair.measure.review_bench`)
- gazetteer_scale.py      names analysis with a generated gazetteer of any size
  synthetic_gazetteer.py  (`repair bench perf`)
- grammar_damage.py       small grammar damage, and the grammar pass's measured precision
  grammar_calibration.py  (`python scripts/calibrate_grammar.py`)
"""

from __future__ import annotations

from pathlib import Path

# The benches run in a source checkout: its clean articles.
CORPUS = Path(__file__).resolve().parents[2] / "samples" / "corpus"
