"""`repair score` through the real entry point."""

from __future__ import annotations

import json

from repair.cli import main

from .conftest import SAMPLES

DAMAGED = SAMPLES / "tokyo-talks-damaged.txt"
CLEAN = SAMPLES / "tokyo-talks-reference-1.txt"
NONE = ["--grammar", "none"]


def test_text_form_shows_heat_bars_document_score_and_reasons(capsys):
    assert main(["score", *NONE, str(DAMAGED)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    sentence_lines = [line for line in lines if line[:1] in " ▁▂▃▄▅▆▇█" and line[3:4].isdigit()]
    assert len(sentence_lines) > 20
    assert any(line.startswith("█!") for line in sentence_lines)
    summary = next(line for line in lines if line.startswith("document score: "))
    share = float(summary.split()[2])
    assert 0.3 < share <= 1.0
    assert "worst sentences:" in out
    assert "        - " in out  # a reason under a worst sentence


def test_jsonl_has_the_fixed_fields_and_the_features(capsys):
    text = DAMAGED.read_text(encoding="utf-8")
    assert main(["score", *NONE, "--format", "jsonl", str(DAMAGED)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows
    for row in rows:
        assert set(row) == {"start", "end", "score", "text", "reasons", "spans", "chrome", "features"}
        assert text[row["start"] : row["end"]] == row["text"]
        for span in row["spans"]:  # marked words lie inside their sentence
            assert row["start"] <= span["start"] < span["end"] <= row["end"]
            assert text[span["start"] : span["end"]] == span["text"]
        assert 0.0 <= row["score"] <= 1.0
        assert row["features"] and all(isinstance(v, float | int) for v in row["features"].values())
    doubled = next(r for r in rows if "the the allies" in r["text"])
    assert doubled["score"] > 0.5 and doubled["features"]["doubled"] == 1.0
    assert "the the" in [span["text"] for span in doubled["spans"]]


def test_document_score_separates_damaged_from_clean(capsys):
    assert main(["score", *NONE, "--document", "--format", "jsonl", str(DAMAGED)]) == 0
    damaged = json.loads(capsys.readouterr().out)
    assert main(["score", *NONE, "--document", "--format", "jsonl", str(CLEAN)]) == 0
    clean = json.loads(capsys.readouterr().out)
    assert damaged["score"] > 0.9 and damaged["score"] > clean["score"] + 0.3
    assert damaged["damaged"] > clean["damaged"]
    assert main(["score", *NONE, "--document", str(CLEAN)]) == 0
    assert capsys.readouterr().out.split("\t") == [f"{clean['score']:.2f}", f"{CLEAN}\n"]


def test_threshold_changes_what_counts_as_damaged(capsys):
    counts = []
    for threshold in ("0.1", "0.9"):
        assert (
            main(["score", *NONE, "--document", "--format", "jsonl", "--threshold", threshold, str(DAMAGED)])
            == 0
        )
        counts.append(json.loads(capsys.readouterr().out)["damaged"])
    assert counts[0] >= counts[1]


def test_errors_exit_2(tmp_path, capsys):
    assert main(["score", *NONE, str(tmp_path / "missing.txt")]) == 2
    assert "error" in capsys.readouterr().err
    try:
        main(["score", "--threshold", "2", str(DAMAGED)])
    except SystemExit as stop:
        assert stop.code == 2
    else:
        raise AssertionError("--threshold 2 was accepted")


ARTICLE = (
    "Grain exports from the port rose by a fifth in March, the harbour authority said on Monday.\n\n"
    "Officials expect shipments to slow in the summer, when the river runs low.\n\n"
    "Farmers said prices had held steady despite the larger harvest.\n"
)
CHROME = "Skip to content\n\nSign up for our newsletter\n\nLeave a Reply\n\n"


def test_page_chrome_does_not_raise_the_document_score(tmp_path, capsys):
    bare = tmp_path / "bare.txt"
    bare.write_text(ARTICLE, encoding="utf-8")
    framed = tmp_path / "framed.txt"
    framed.write_text(CHROME + ARTICLE + "\nLeave a Reply\n", encoding="utf-8")
    assert main(["score", *NONE, "--document", "--format", "jsonl", str(bare)]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert main(["score", *NONE, "--document", "--format", "jsonl", str(framed)]) == 0
    with_chrome = json.loads(capsys.readouterr().out)
    assert with_chrome["chrome"] >= 3 and alone["chrome"] == 0
    assert with_chrome["score"] == alone["score"]
    assert with_chrome["sentences"] == alone["sentences"]
    assert main(["score", *NONE, "--format", "jsonl", str(framed)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["text"] for r in rows if r["chrome"]} >= {"Skip to content", "Sign up for our newsletter"}
