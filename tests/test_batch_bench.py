"""The batch benchmark's own parts: the generated articles, and the figures it returns."""

from __future__ import annotations

import io

import pytest

from repair.config import Config
from repair.measure.batch_bench import generate, print_result, run_benchmark


@pytest.mark.slow
def test_generated_articles_are_varied_and_repeatable(tmp_path):
    first = generate(tmp_path / "a", 40)
    again = generate(tmp_path / "b", 40)
    texts = [path.read_text(encoding="utf-8") for path in first]
    assert len(set(texts)) == 40  # no two articles the same text, even from one source
    assert texts == [path.read_text(encoding="utf-8") for path in again]
    assert first[0].name.startswith("00000-") and first[32].name.startswith("00032-")
    assert first[0].name.split("-", 1)[1] == first[32].name.split("-", 1)[1]  # same source, next seed


@pytest.mark.slow
def test_benchmark_reports_every_figure(tmp_path):
    config = Config()
    config.grammar = "none"
    result = run_benchmark(6, jobs=(1, 2), config=config, workdir=tmp_path, sample=3)
    assert result["articles"] == 6 and result["words"] > 1000
    assert set(result["jobs"]) == {"1", "2"}
    for run in result["jobs"].values():
        assert run["words_per_second"] > 0 and run["errors"] == 0
    assert result["jobs"]["1"]["speedup"] == 1.0
    assert result["outputs_identical"] is True
    assert result["harper_alone"]["words_per_second"] > 0 and result["whole_runs_per_core_vs_harper"] > 0
    paired = result["paired"]
    assert paired["articles"] == 3 and 0 < paired["words"] < result["words"]
    assert paired["pipeline_words_per_second"] > 0 and paired["harper_words_per_second"] > 0
    assert result["per_core_vs_harper"] == paired["ratio"] > 0 and paired["wall_ratio"] > 0
    assert "grammar" not in result["passes"] and "cleanup" in result["passes"]
    assert list(tmp_path.iterdir()) == []  # the scratch folder is gone
    shown = io.StringIO()
    print_result(result, shown)
    assert "--jobs 2:" in shown.getvalue() and "in alternation on 3 articles" in shown.getvalue()
