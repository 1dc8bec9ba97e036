"""The one table of kinds (repair/kinds.py), and the bug it fixed: a house-style spelling of a
recognised name ("Kiev") was proposed by two passes and then dropped by the pipeline."""

from __future__ import annotations

import json

from repair import kinds, safety
from repair.cli import main
from repair.config import DEFAULT_THRESHOLDS, Config
from repair.edits import Span, make_proposal, resolve
from repair.passes.context import PassContext
from repair.pipeline import respect_protected


def test_every_kind_has_one_row_and_the_rows_agree_with_their_readers():
    assert set(kinds.KINDS) == set(kinds.TABLE)
    assert len({k.priority for k in kinds.TABLE.values()}) == len(kinds.TABLE)  # no ties by kind
    assert {name: k.threshold for name, k in kinds.TABLE.items()} == DEFAULT_THRESHOLDS
    assert tuple(safety.FACTS) == kinds.FACTS  # the guard computes exactly the facts named here
    assert all(k.touches_facts <= set(kinds.FACTS) for k in kinds.TABLE.values())
    assert kinds.made_by("grammar") == {"grammar", "spelling", "punctuation", "style"}
    assert kinds.with_effect(kinds.Effect.REMOVES) == {"chrome"}


def test_overlaps_are_won_by_the_kind_the_table_puts_first():
    text = "The the minister spoke."
    grammar = make_proposal(text, 0, 8, "The", kind="grammar", rule="g", confidence=0.99, reason="r")
    manual = make_proposal(text, 0, 3, "A", kind="manual", rule="m", confidence=0.1, reason="r")
    assert resolve([grammar, manual]).chosen == [manual]


def test_only_kinds_allowed_to_touch_a_recognised_name_survive_on_one():
    text = "Officials in Kiev met."
    context = PassContext(config=Config())
    context.protected.append(Span(13, 17))
    made = {
        kind: make_proposal(text, 13, 17, "Kyiv", kind=kind, rule="r", confidence=0.8, reason="r")
        for kind in kinds.KINDS
    }
    kept = {p.kind for p in respect_protected(list(made.values()), context)}
    assert kept == {name for name, k in kinds.TABLE.items() if k.touches_names}
    assert "style" in kept and "spelling" not in kept


def test_guard_lets_only_allowed_kinds_change_a_number():
    text = "The fund holds 40 million dollars today.\n"
    for kind in kinds.KINDS:
        proposal = make_proposal(text, 15, 17, "14", kind=kind, rule="r", confidence=1.0, reason="r")
        repaired = text.replace("40", "14")
        result = safety.guard(text, repaired, Config(), [proposal])
        # "40 million dollars" is a number and a currency amount
        assert result.ok == ({"number", "currency amount"} <= kinds.TABLE[kind].touches_facts), kind


def test_check_proposes_the_house_spelling_of_a_recognised_place(tmp_path, capsys):
    article = tmp_path / "kiev.txt"
    article.write_text(
        "Officials in Kiev said on Tuesday that the talks would resume next week.\n", encoding="utf-8"
    )
    assert main(["check", "--format", "json", str(article)]) == 1
    (checked,) = json.loads(capsys.readouterr().out)["files"]
    found = [p for p in checked["proposals"] if p["original"] == "Kiev"]
    assert [(p["kind"], p["replacement"]) for p in found] == [("style", "Kyiv")]
    # style is never automatic: fix leaves it for review
    assert main(["fix", "--stdout", str(article)]) == 0
    assert "Kiev" in capsys.readouterr().out
