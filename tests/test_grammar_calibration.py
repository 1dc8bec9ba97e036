"""Measuring the grammar pass: seeded damage with exact answer keys, scoring proposals
against them, the confidence table, and the calibration script."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from repair.document import Document
from repair.edits import make_proposal
from repair.grammar.categories import CONFIDENCE_FILE, HARPER_KINDS, REPAIR_KINDS, ConfidenceTable, load_table
from repair.measure import grammar_calibration as calibration
from repair.measure.grammar_damage import KINDS, damage
from repair.measure.key import Corruption, restore

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "samples" / "corpus").glob("*.txt"))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_answer_keys_locate_every_damage_exactly(seed):
    seen = set()
    for path in CORPUS[:6]:
        clean = path.read_text(encoding="utf-8")
        damaged, keys = damage(clean, random.Random(f"{seed}:{path.name}"))
        assert keys and damaged != clean
        assert restore(damaged, keys) == clean
        for key in keys:
            assert damaged[key.start : key.end] == key.text != key.original
        seen.update(k.kind for k in keys)
        assert damage(clean, random.Random(f"{seed}:{path.name}")) == (damaged, keys)  # seeded
    assert seen == set(KINDS)


def proposal(text: str, start: int, end: int, replacement: str):
    return make_proposal(
        text, start, end, replacement, kind="grammar", rule="t.R", confidence=0.5, reason="r"
    )


def test_a_proposal_is_right_when_it_restores_the_original():
    text = "They said the the talks was over."
    doubled = Corruption("doubled", "grammar", 10, 17, "the the", "the")
    agreement = Corruption("agreement", "grammar", 24, 27, "was", "were")
    assert calibration.restores(text, proposal(text, 10, 17, "the"), doubled)
    assert calibration.restores(text, proposal(text, 13, 17, ""), doubled)  # drop the second copy
    assert calibration.restores(text, proposal(text, 10, 14, ""), doubled)  # or the first
    assert not calibration.restores(text, proposal(text, 10, 17, "that the"), doubled)
    assert calibration.restores(text, proposal(text, 24, 27, "were"), agreement)
    assert not calibration.restores(text, proposal(text, 24, 27, "are"), agreement)
    assert not calibration.restores(text, proposal(text, 0, 4, "Them"), agreement)


def test_wilson_lower_bound_is_conservative():
    assert calibration.wilson_lower(0, 0) == 0.0
    assert (
        calibration.wilson_lower(5, 5)
        < calibration.wilson_lower(50, 50)
        < calibration.wilson_lower(500, 500)
        < 1
    )
    assert calibration.wilson_lower(45, 50) < 45 / 50


def record(category: str, kind: str, tp: bool, damaged: bool = True, article: str = "a#own0"):
    return calibration.Record(
        article, damaged, category, kind, "r", tp, "own:typo" if tp else "", 0 if tp else -1
    )


def test_table_counts_damaged_copies_and_automatic_follows_thresholds():
    records = (
        [record("harper.Repetition", "grammar", True)] * 40
        + [record("harper.Spelling", "spelling", True)] * 8
        + [record("harper.Spelling", "spelling", False)] * 2
        + [record("harper.Spelling", "spelling", False, damaged=False, article="a")] * 5
    )
    rows = calibration.table(records)
    assert rows["harper"]["Repetition"]["tp"] == 40 and rows["harper"]["Repetition"]["fp"] == 0
    assert rows["harper"]["Spelling"] == {
        "tp": 8,
        "fp": 2,
        "precision": 0.8,
        "confidence": round(calibration.wilson_lower(8, 10), 4),
    }
    report = calibration.summary(records, {"own:typo": 60}, rows, {"grammar": 0.9, "spelling": 0.9})
    assert report["automatic_categories"] == ["harper.Repetition"]
    assert report["automatic"] == {"applied": 40, "correct": 40, "precision": 1.0}
    assert report["clean_proposals"] == 5


def test_shipped_confidence_table_is_measured_and_consistent():
    data = json.loads(CONFIDENCE_FILE.read_text(encoding="utf-8"))
    assert data["measured"]["articles"] >= 30 and sum(data["measured"]["damages"].values()) > 1000
    table = load_table()
    assert table.confidence("harper", "no such category") == table.unmeasured < 0.85
    for backend, rows in data["backends"].items():
        kinds = {"harper": HARPER_KINDS, "repair": REPAIR_KINDS}[backend]
        for category, row in rows.items():
            assert category in kinds
            assert row["confidence"] == round(calibration.wilson_lower(row["tp"], row["tp"] + row["fp"]), 4)
            assert row["confidence"] <= row["precision"]
    assert ConfidenceTable({}).confidence("harper", "Spelling") == 0.5


def test_calibration_script_measures_and_writes_a_table(tmp_path):
    out = tmp_path / "table.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "calibrate_grammar.py"),
            str(CORPUS[0]),
            "--copies",
            "1",
            "--json",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(result.stdout)
    assert set(report) >= {
        "categories",
        "automatic",
        "automatic_by_source",
        "recall",
        "cross_validated_automatic",
    }
    assert any(kind.startswith("simulator:") for kind in report["recall"])
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["measured"]["articles"] == 1 and written["backends"]["harper"]


def test_a_damaged_copy_gets_right_proposals_from_the_pass():
    from repair.config import Config
    from repair.passes.grammar import GrammarPass

    config = Config()
    clean = CORPUS[0].read_text(encoding="utf-8")
    damaged, keys = damage(clean, random.Random("test"))
    _, found = calibration.analyse(GrammarPass(config), damaged, config)
    right = [p for _, p in found if any(calibration.restores(damaged, p, k) for k in keys)]
    assert right, "the pass restores some of the damage"
    assert Document.from_text(damaged).word_count > 300
