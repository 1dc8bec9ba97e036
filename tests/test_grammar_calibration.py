"""Measuring the grammar pass: seeded damage with exact answer keys, scoring proposals
against them and against JFLEG-style corrections, the finding model, and the training script."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from repair.document import Document
from repair.edits import make_proposal
from repair.grammar.confidence import MODEL_FILE, FindingModel, load_model
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


def record(signals: dict, tp: bool, damaged: bool = True, article: str = "a#own0", kind: str = "grammar"):
    return calibration.Record(
        article, damaged, "harper.X", kind, "r", tp, "own:typo" if tp else "", 0 if tp else -1, signals
    )


def test_the_model_learns_which_signals_mean_right_and_automatic_follows_thresholds():
    records = (
        [record({"family:repetition": 1.0}, True)] * 40
        + [record({"family:spelling": 1.0, "one_slip": 1.0}, True, kind="spelling")] * 30
        + [record({"family:spelling": 1.0, "distance": 2.0}, False, kind="spelling")] * 30
        + [record({"family:spelling": 1.0}, False, damaged=False, article="a", kind="spelling")] * 5
    )
    model = calibration.fit(records)
    assert model == calibration.fit(records)  # deterministic
    assert model.probability({"family:repetition": 1.0}) > 0.9
    assert model.probability({"family:spelling": 1.0, "one_slip": 1.0}) > 0.8
    assert model.probability({"family:spelling": 1.0, "distance": 2.0}) < 0.2
    report = calibration.summary(records, {"own:typo": 100}, model, {"grammar": 0.9, "spelling": 0.8})
    assert report["automatic"] == {"applied": 70, "correct": 70, "precision": 1.0}
    assert report["clean_proposals"] == 5
    assert report["categories"]["harper"]["X"]["tp"] == 70


def test_jfleg_labels_count_a_fix_inside_a_larger_correction_as_right():
    gold = calibration.token_edits(["he", "go", "to", "scool", "now"], ["he", "goes", "to", "school"])
    assert (1, 2, ("goes",)) in gold
    assert calibration._part_of((1, 2, ("goes",)), gold)
    assert not calibration._part_of((1, 2, ("went",)), gold)
    merged = calibration.token_edits(["actully", "good"], ["actually", "well"])
    assert merged == {(0, 2, ("actually", "well"))}
    assert calibration._part_of((0, 1, ("actually",)), merged)
    assert not calibration._part_of((0, 1, ()), merged)  # a deletion must match exactly


def test_shipped_model_is_trained_and_scores_in_plain_python():
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["measured"]["corpus_records"] > 500 and data["measured"]["jfleg_records"] > 200
    model = load_model()
    assert isinstance(model, FindingModel) and model.weights == data["weights"]
    assert 0.0 < model.probability({}) < 0.5  # nothing known about a finding: not automatic
    assert load_model(MODEL_FILE.with_name("no-such-model.json")) is None


@pytest.mark.slow
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
    assert written["measured"]["articles"] == 1 and written["measured"]["corpus_records"] > 0
    # one clean article's damage, all of it fixed right: the model it gives trusts a finding
    assert FindingModel(written["bias"], written["weights"]).probability({}) > 0.5


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
