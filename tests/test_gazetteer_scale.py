"""measure_scale (called by `repair bench perf`) and `repair gazetteer build` on a small scale."""

from __future__ import annotations

import pytest

from repair.cli import main
from repair.measure.gazetteer_scale import measure_scale

ARTICLE = (
    "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Tuesday.\n\n"
    "Sholts said the talks covered trade and the war in Ukraine, and Xi called for calm.\n"
)


def test_measure_scale_reports_load_and_analysis_times(tmp_path):
    report = measure_scale(ARTICLE, 3000, folder=tmp_path, repeats=2)
    assert report["n_entries"] == 3000
    assert report["large_entries"] == report["shipped_entries"] + 3000
    assert report["words"] > 20
    for key in (
        "load_seconds_shipped",
        "load_seconds_large",
        "analyse_seconds_shipped",
        "analyse_seconds_large",
    ):
        assert report[key] > 0
    expected = report["analyse_seconds_large"] / report["analyse_seconds_shipped"]
    assert report["ratio"] == pytest.approx(expected, rel=0.05)
    again = measure_scale(ARTICLE, 3000, folder=tmp_path, repeats=1)
    assert again["build_seconds"] == 0.0  # the compiled index is cached


def test_build_command_compiles_once_then_reports_up_to_date(tmp_path, capsys):
    extra = tmp_path / "extra.tsv"
    extra.write_text(
        "canonical\ttype\taliases\troles\tcountry\tfrom\tto\tnote\tvariants\n"
        "Liesel Brandvold\tperson\t\tMayor of Tromsø\tNO\t\t\tinvented for a test\t\n",
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    assert main(["gazetteer", "build", "--gazetteer", str(extra), "--cache-dir", str(cache)]) == 0
    first = capsys.readouterr().out
    assert "user-extra" in first and "built in" in first
    assert main(["gazetteer", "build", "--gazetteer", str(extra), "--cache-dir", str(cache)]) == 0
    assert first.count("built in") >= 1 and capsys.readouterr().out.count("up to date") == 2
