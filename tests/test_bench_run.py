"""`repair bench` end to end on a small corpus: determinism, sections, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from repair.cli import main
from repair.measure.bench.runner import SECTIONS, run_bench

from .test_corrupt_keys import ARTICLE_A, ARTICLE_B


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "fisheries.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "seoul-trade.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


@pytest.mark.slow
def test_bench_json_is_identical_across_runs_except_timing(corpus):
    """One run in a process of its own (other hash randomisation), one in this process."""
    env = {**os.environ, "PYTHONHASHSEED": "1"}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "repair.cli",
            "bench",
            "all",
            "--json",
            "--quiet",
            "--seed",
            "4",
            "--corpus",
            str(corpus),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    first = json.loads(out.stdout)
    second = json.loads(json.dumps(run_bench(SECTIONS, 4, corpus)))
    timing = second.pop("timing")
    first.pop("timing")
    assert first == second

    assert second["articles"] == 2 and second["corruptions"] > 0
    assert set(second["passes"]) == {"cleanup", "names", "grammar", "pipeline"}
    pipeline = second["passes"]["pipeline"]["review"]
    assert pipeline["damage"] == second["corruptions"]
    assert 0 <= pipeline["repaired"] <= pipeline["damage"]
    assert sum(row["damage"] for row in second["kinds"].values()) == second["corruptions"]
    names = second["passes"]["names"]
    for mode in ("review", "auto"):
        recoverable = names["recoverable_names"][mode]
        assert recoverable["damage"] <= names[mode]["damage"]
        assert recoverable["repaired"] <= min(recoverable["damage"], names[mode]["repaired"])
    assert "recoverable_names" in second["passes"]["pipeline"]
    assert "recoverable_names" not in second["passes"]["grammar"]
    detect = second["detect"]
    assert detect["sentences"] > detect["damaged_sentences"] > 0
    assert detect["auroc"] is None or 0.0 <= detect["auroc"] <= 1.0

    harper = timing["harper_alone"]
    assert harper["words"] > 0 and harper["words_per_s"] > 0
    # timed before and after the pipeline; the figure is their mean time, between the two
    before, after = harper["runs_words_per_s"]
    assert min(before, after) <= harper["words_per_s"] <= max(before, after)
    assert {"cleanup", "names", "pipeline"} <= set(timing["throughput"])
    assert timing["pipeline_vs_harper"] > 0
    passes = {name: row for name, row in timing["throughput"].items() if name != "pipeline"}
    assert all(row["cpu_seconds"] > 0 for row in passes.values())
    # the small corpus has fewer than 10,000 words, so the long article is all of its damaged text
    long_article = timing["names_long_article"]
    assert long_article["words"] == second["words_damaged"]
    assert long_article["cpu_seconds"] > 0 and long_article["cpu_seconds_without_grammar"] > 0


def test_cli_table_and_errors(corpus, capsys):
    assert main(["bench", "names", "--seed", "3", "--corpus", str(corpus), "--limit", "1", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "pass names" in out and "name-" in out and "pass grammar" not in out
    assert "recoverable names (" in out
    assert main(["bench", "detect", "--corpus", str(corpus / "missing")]) == 2
    assert "corpus folder not found" in capsys.readouterr().err
    assert main(["bench", "--limit", "0", "--corpus", str(corpus)]) == 2
