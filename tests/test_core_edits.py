from repair.diffs import apply_patch, unified_diff
from repair.edits import (
    Decision,
    LineIndex,
    Span,
    Verdict,
    apply_decisions,
    dedupe_ids,
    make_proposal,
    resolve,
)

TEXT = "The the minister met Mr. Lavroff on Monday.The talks ended."


def proposal(start, end, replacement, kind="spacing", confidence=0.9, text=TEXT):
    return make_proposal(
        text, start, end, replacement, kind=kind, rule=f"{kind}.test", confidence=confidence, reason="test"
    )


def test_span_overlap_rules():
    assert Span(0, 5).overlaps(Span(4, 8))
    assert not Span(0, 5).overlaps(Span(5, 8))  # touching ends do not clash
    assert Span(3, 3).overlaps(Span(3, 3))  # two insertions at one point clash
    assert Span(3, 3).overlaps(Span(0, 5))  # an insertion inside a replacement clashes
    assert not Span(5, 5).overlaps(Span(0, 5))


def test_resolve_prefers_kind_priority_then_confidence():
    name = proposal(25, 32, "Lavrov", kind="name", confidence=0.8)
    spelling = proposal(25, 32, "Layoff", kind="spelling", confidence=0.99)
    other = proposal(28, 32, "rov", kind="grammar", confidence=0.95)
    result = resolve([spelling, other, name])
    assert result.chosen == [name]
    assert {p.id for p, _ in result.dropped} == {spelling.id, other.id}


def test_apply_decisions_accept_reject_edit():
    doubled = proposal(0, 7, "The")
    name = proposal(25, 32, "Lavrov", kind="name")
    space = proposal(43, 44, ". ")
    decisions = {
        doubled.id: Decision(doubled.id, Verdict.ACCEPTED),
        name.id: Decision(name.id, Verdict.EDITED, text="Sergey Lavrov"),
        space.id: Decision(space.id, Verdict.REJECTED),
    }
    repaired = apply_decisions(TEXT, [doubled, name, space], decisions)
    assert repaired == "The minister met Mr. Sergey Lavrov on Monday.The talks ended."


def test_ids_are_stable_and_survive_edits_elsewhere():
    first = proposal(25, 32, "Lavrov", kind="name")
    again = proposal(25, 32, "Lavrov", kind="name")
    assert first.id == again.id
    longer = "A new first paragraph was added.\n\n" + TEXT
    shift = len(longer) - len(TEXT)
    moved = proposal(25 + shift, 32 + shift, "Lavrov", kind="name", text=longer)
    assert moved.id == first.id
    assert proposal(25, 32, "Lavrova", kind="name").id != first.id


def test_dedupe_ids_for_identical_damage_in_identical_context():
    unit = "a b c d e f g h i j k l m n o p the the q r s t u v w x y z "
    text = unit * 3
    first = unit.index("the the")
    second = first + len(unit)
    a = make_proposal(text, first, first + 7, "the", kind="spacing", rule="r", confidence=0.9, reason="r")
    b = make_proposal(text, second, second + 7, "the", kind="spacing", rule="r", confidence=0.9, reason="r")
    assert a.id == b.id
    unique = dedupe_ids([a, b])
    assert len({p.id for p in unique}) == 2


def test_inverse_diff_restores_original():
    doubled = proposal(0, 7, "The")
    repaired = apply_decisions(TEXT, [doubled], {doubled.id: Decision(doubled.id, Verdict.ACCEPTED)})
    diff = unified_diff(TEXT, repaired, "a.txt")
    assert apply_patch(repaired, diff, reverse=True) == TEXT


def test_line_index_locates_offsets():
    lines = LineIndex("ab\ncd\n\nef")
    assert lines.locate(0) == (1, 1)
    assert lines.locate(4) == (2, 2)
    assert lines.locate(7) == (4, 1)


def test_agreeing_passes_give_one_proposal_with_both_as_evidence():
    from repair.edits import merge_agreeing

    text = "Talks ended , officials said."
    spacing = make_proposal(text, 11, 13, ",", kind="spacing", rule="spacing.x", confidence=0.9, reason="a")
    grammar = make_proposal(text, 11, 12, "", kind="punctuation", rule="harper.y", confidence=0.8, reason="b")
    different = make_proposal(
        text, 11, 12, ";", kind="punctuation", rule="harper.z", confidence=0.8, reason="c"
    )
    merged = merge_agreeing([grammar, spacing, different])
    assert [p.rule for p in merged] == ["spacing.x", "harper.z"] or [p.rule for p in merged] == [
        "harper.z",
        "spacing.x",
    ]
    kept = next(p for p in merged if p.rule == "spacing.x")
    assert any("harper.y" in e for e in kept.evidence)
