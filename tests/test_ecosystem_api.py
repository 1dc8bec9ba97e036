"""The Python API as a user calls it: `import repair`, plain data back, one Engine reused,
the README's recipes for datasets.map and a pandas column, and the CLI agreeing with it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import repair

from .conftest import ROOT, SAMPLES

DOUBLED = "The the minister arrived in Tokyo on Monday, and the talks began at noon with a long list.\n"
CLEAN = "The talks ended on Monday.\n\nThe ministers left for home on Tuesday.\n"
FAST = {"grammar": "none"}


def test_fix_check_score_return_plain_data():
    assert repair.fix_text(DOUBLED, **FAST) == DOUBLED.replace("The the", "The")
    assert repair.fix_text(CLEAN, **FAST) == CLEAN
    found = repair.check_text(DOUBLED, **FAST)
    assert isinstance(found, list) and found and all(isinstance(p, dict) for p in found)
    assert found[0]["rule"] == "spacing.doubled-word" and found[0]["span"] == [0, 7]
    json.dumps(found)  # plain data: JSON-serialisable as it is
    scored = repair.score_text(DOUBLED, **FAST)
    assert 0.0 <= scored["score"] <= 1.0 and scored["sentences"][0]["start"] == 0
    json.dumps(scored)


def test_min_confidence_and_settings_are_validated():
    assert repair.check_text(DOUBLED, min_confidence=1.0, **FAST) == []
    with pytest.raises(repair.errors.RepairError, match="unknown kind"):
        repair.check_text(DOUBLED, only=["nonsense"], **FAST)
    with pytest.raises(repair.errors.RepairError, match="grammar must be"):
        repair.Engine(grammar="word")
    with pytest.raises(repair.errors.RepairError, match="expected text"):
        repair.fix_text(b"bytes", **FAST)


def test_engine_is_built_once_and_reused():
    engine = repair.Engine(**FAST)
    engine.fix(DOUBLED)
    passes = engine.pipeline.passes
    result = engine.fix(DOUBLED)
    assert engine.pipeline.passes is passes
    assert result["status"] == "repaired" and result["applied"] == {"spacing": 1}
    assert result["text"] == DOUBLED.replace("The the", "The")
    # the module-level functions keep one engine per distinct settings
    from repair import api

    repair.fix_text(CLEAN, **FAST)
    count = len(api._engines)
    repair.fix_text(DOUBLED, **FAST)
    assert len(api._engines) == count


def test_fix_refused_by_the_guard_returns_the_input():
    engine = repair.Engine(**FAST)
    short = "The the end.\n"
    result = engine.fix(short)
    assert result["status"] == "refused" and result["text"] == short and "guard" in result["message"]


def _cli(*args: str) -> str:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "repair.cli", *args], capture_output=True, text=True, env=env)
    assert run.returncode in (0, 1), run.stderr
    return run.stdout


@pytest.mark.slow
def test_api_and_cli_agree_on_the_shipped_sample():
    sample = SAMPLES / "tokyo-talks-damaged.txt"
    text = sample.read_text(encoding="utf-8")
    assert repair.fix_text(text, **FAST) == _cli("fix", "--stdout", "--grammar", "none", str(sample))
    cli = _cli("check", "--format", "jsonl", "--grammar", "none", str(sample))
    assert [json.loads(line)["id"] for line in cli.splitlines()] == [
        p["id"] for p in repair.check_text(text, **FAST)
    ]


# ---------------------------------------------------------------- the README's recipes


def _fix_batch(batch: dict) -> dict:
    return {"text": [repair.fix_text(t, grammar="none") for t in batch["text"]]}


def test_datasets_map_recipe_batched_with_num_proc():
    datasets = pytest.importorskip("datasets", reason="the recipe needs Hugging Face datasets")
    texts = [DOUBLED, CLEAN, DOUBLED.replace("Tokyo", "Seoul"), CLEAN.replace("Monday", "Friday")]
    dataset = datasets.Dataset.from_dict({"id": list(range(4)), "text": texts})
    fixed = dataset.map(_fix_batch, batched=True, batch_size=2, num_proc=2)
    assert fixed["id"] == [0, 1, 2, 3]
    assert fixed["text"] == [t.replace("The the", "The") for t in texts]
    scored = dataset.map(
        lambda batch: {
            "repair_score": [repair.score_text(t, grammar="none")["score"] for t in batch["text"]]
        },
        batched=True,
    )
    assert all(0.0 <= s <= 1.0 for s in scored["repair_score"])


def test_pandas_column_recipe():
    pandas = pytest.importorskip("pandas", reason="the recipe needs pandas")
    frame = pandas.DataFrame({"text": [DOUBLED, CLEAN]})
    engine = repair.Engine(grammar="none")
    frame["fixed"] = frame["text"].map(lambda t: engine.fix(t)["text"])
    frame["proposals"] = frame["text"].map(lambda t: len(engine.check(t)))
    assert frame["fixed"].tolist() == [DOUBLED.replace("The the", "The"), CLEAN]
    assert frame["proposals"].tolist()[1] == 0 and frame["proposals"].tolist()[0] >= 1
