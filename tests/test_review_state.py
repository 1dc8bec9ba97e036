"""The review state sidecar, the "reject always" ignores and the user gazetteer writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repair.config import Config
from repair.edits import Decision, Verdict, make_proposal
from repair.errors import RepairError
from repair.ignores import IgnoreStore, ignores_path, record_variant, store_for
from repair.loading import load_bytes
from repair.pipeline import Engine
from repair.review_state import ReviewState, relocate, state_path

TEXT = (
    "The delegates met in Lisbon on Thursday to discuss the the budget.\n\n"
    "The finance minister said that talks would continue next week.\n"
)


def doubled(text: str):
    start = text.index("the the")
    return make_proposal(
        text,
        start,
        start + 7,
        "the",
        kind="spacing",
        rule="spacing.doubled-word",
        confidence=0.95,
        reason="the word 'the' is written twice",
    )


def test_state_lives_in_a_state_folder_never_next_to_the_article(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    default = state_path(article)
    assert default.parent == tmp_path / "xdg-data" / "repair" / "reviews"  # the user data folder
    inside = state_path(article, tmp_path / "state")
    assert inside.parent == tmp_path / "state" / "reviews" and inside.name.startswith("story.txt-")
    assert state_path(tmp_path / "other" / "story.txt", tmp_path / "state") != inside


def test_save_load_round_trip(tmp_path: Path) -> None:
    proposal = doubled(TEXT)
    state = ReviewState(tmp_path / "s.json", "story.txt")
    state.record(proposal, TEXT, Decision(proposal.id, Verdict.EDITED, "a", "review"))
    state.cursor, state.cursor_offset = proposal.id, proposal.span.start
    state.save()
    again = ReviewState.load(tmp_path / "s.json")
    assert again.decisions == state.decisions
    assert again.cursor == proposal.id and again.cursor_offset == proposal.span.start
    assert again.records[proposal.id]["left"] == TEXT[proposal.span.start - 24 : proposal.span.start]


def test_relocate_after_edits_elsewhere() -> None:
    proposal = doubled(TEXT)
    state = ReviewState(Path("unused.json"), "story.txt")
    state.record(proposal, TEXT, Decision(proposal.id, Verdict.ACCEPTED))
    edited = "A new first paragraph was added by an editor.\n\n" + TEXT.replace("next week", "on Monday")
    proposals, decisions, stale = state.accepted(edited)
    assert stale == []
    (placed,) = proposals
    assert edited[placed.span.start : placed.span.end] == "the the"
    assert placed.id == proposal.id and decisions[placed.id].verdict is Verdict.ACCEPTED


def test_relocate_refuses_changed_surroundings() -> None:
    proposal = doubled(TEXT)
    state = ReviewState(Path("x"), "")
    state.record(proposal, TEXT, Decision(proposal.id, Verdict.ACCEPTED))
    changed = TEXT.replace("to discuss the the budget", "to debate the the budget")
    assert relocate(state.records[proposal.id], changed) is None
    _, _, stale = state.accepted(changed)
    assert stale == [proposal.id]


def test_load_refuses_a_foreign_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.review.json"
    bad.write_text(json.dumps({"version": 99}), encoding="utf-8")
    with pytest.raises(RepairError, match="not a review state file"):
        ReviewState.load(bad)
    assert ReviewState.load(tmp_path / "missing.json").decisions == {}


def test_ignore_store_round_trip(tmp_path: Path) -> None:
    proposal = doubled(TEXT)
    store = IgnoreStore(tmp_path / "ignores.json")
    store.add(proposal, TEXT)
    assert proposal.id in store and f"{proposal.id}-1" in store
    fresh = IgnoreStore(tmp_path / "ignores.json")
    assert (
        fresh.entries[proposal.id]["context"] == " on Thursday to discuss [the the] budget.\n\nThe finance mi"
    )
    fresh.remove(proposal.id)
    assert IgnoreStore(tmp_path / "ignores.json").entries == {}


def test_engine_drops_ignored_proposals_even_after_edits_elsewhere(tmp_path: Path) -> None:
    engine = Engine(Config(state_dir=tmp_path, grammar="none"))
    first = engine.analyze(load_bytes(TEXT.encode()))
    target = next(p for p in first.proposals if p.original == "the the")
    store_for(tmp_path).add(target, TEXT)
    edited = TEXT.replace("would continue next week", "would go on")
    again = engine.analyze(load_bytes(edited.encode()))
    assert all(p.original != "the the" for p in again.proposals)
    other = Engine(Config(state_dir=tmp_path / "elsewhere", grammar="none"))
    assert any(p.original == "the the" for p in other.analyze(load_bytes(edited.encode())).proposals)
    assert ignores_path(tmp_path).is_file()


def name_proposal(text: str, wrong: str, right: str):
    start = text.index(wrong)
    return make_proposal(
        text,
        start,
        start + len(wrong),
        right,
        kind="name",
        rule="names.test",
        confidence=0.8,
        reason="sounds like a known name",
    )


def test_record_variant_creates_then_extends_a_row(tmp_path: Path) -> None:
    known = tmp_path / "people.tsv"
    known.write_text("# test\ncanonical\ttype\taliases\nAna Ruiz\tperson\t\n", encoding="utf-8")
    gazetteer = tmp_path / "gazetteer.tsv"
    text = "Minister Anna Ruis and later Ana Rouiz spoke."
    first = record_variant(name_proposal(text, "Anna Ruis", "Ana Ruiz"), gazetteer, [known])
    second = record_variant(name_proposal(text, "Ana Rouiz", "Ana Ruiz"), gazetteer, [known])
    assert first.created and not second.created
    lines = gazetteer.read_text(encoding="utf-8").splitlines()
    header = lines[1].split("\t")
    assert header[:2] == ["canonical", "type"] and "variants" in header
    row = dict(zip(header, lines[2].split("\t"), strict=True))
    assert row["canonical"] == "Ana Ruiz" and row["type"] == "person"
    assert row["variants"] == "Anna Ruis|Ana Rouiz"
    assert len(lines) == 3


def test_record_variant_refuses_other_kinds(tmp_path: Path) -> None:
    with pytest.raises(RepairError, match="names"):
        record_variant(doubled(TEXT), tmp_path / "g.tsv")
