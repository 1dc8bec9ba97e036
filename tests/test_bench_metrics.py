"""How the benchmark judges proposals against answer keys, and its ranking metrics."""

from __future__ import annotations

import pytest

from repair.edits import make_proposal
from repair.measure.bench.metrics import Tally, auroc, judge, normalise, precision_at
from repair.measure.corrupt.plan import Plan

CLEAN = "Lavrov met Blinken in Geneva.\n\nThe talks lasted two hours, officials said.\n"


def damaged_with(*edits):
    plan = Plan(CLEAN)
    for start, end, text, kind, category in edits:
        assert plan.add(start, end, text, kind, category)
    return plan.apply()


def propose(text, start, end, replacement, kind="name"):
    return make_proposal(text, start, end, replacement, kind=kind, rule="t", confidence=0.9, reason="t")


def test_a_proposal_that_restores_the_original_is_right():
    damaged, key = damaged_with((0, 6, "Lavroff", "name-phonetic", "name"))
    right = propose(damaged, 0, 7, "Lavrov")
    wrong = propose(damaged, 0, 7, "Lavrova")
    elsewhere = propose(damaged, 18, 24, "Genf", "spelling")
    verdict = judge(damaged, [right, elsewhere], key)
    assert verdict.repaired == {0} and verdict.correct == {0}
    verdict = judge(damaged, [wrong], key)
    assert verdict.repaired == set() and verdict.correct == set()


def test_a_wider_proposal_is_judged_by_the_text_it_produces():
    damaged, key = damaged_with((0, 6, "Lavroff", "name-phonetic", "name"))
    assert damaged.startswith("Lavroff met")
    wide = propose(damaged, 0, 11, "Lavrov met")
    assert judge(damaged, [wide], key).repaired == {0}
    harmful = propose(damaged, 0, 11, "Lavrov")  # fixes the name but eats a word
    assert judge(damaged, [harmful], key).repaired == set()


def test_chrome_removed_in_pieces_and_blank_lines_do_not_matter():
    position = CLEAN.index("The talks")
    damaged, key = damaged_with(
        (position, position, "Sign up now\nSubscribe\n\n", "chrome-newsletter", "chrome")
    )
    start = damaged.index("Sign up")
    first = propose(damaged, start, start + len("Sign up now\n"), "", "chrome")
    second = propose(
        damaged, start + len("Sign up now\n"), start + len("Sign up now\nSubscribe"), "", "chrome"
    )
    verdict = judge(damaged, [first, second], key)
    assert verdict.repaired == {0} and verdict.correct == {0, 1}
    verdict = judge(damaged, [first], key)
    assert verdict.repaired == set() and verdict.correct == set()


def test_one_bad_proposal_does_not_hide_a_good_neighbour():
    damaged, key = damaged_with(
        (0, 6, "Lavroff", "name-phonetic", "name"), (11, 18, "Blinkin", "name-phonetic", "name")
    )
    good = propose(damaged, 0, 7, "Lavrov")
    bad = propose(damaged, 12, 19, "Blinker")
    verdict = judge(damaged, [good, bad], key)
    assert verdict.repaired == {0} and verdict.correct == {0}


def test_a_deletion_is_found_by_an_insertion_at_its_point():
    position = CLEAN.index(" two")
    damaged, key = damaged_with((position - 6, position + 4, "lasted  two", "spacing", "spacing"))
    start = damaged.index("  two") + 1
    verdict = judge(damaged, [propose(damaged, start, start + 1, "", "spacing")], key)
    assert verdict.repaired == {0}


def test_normalise_ignores_typography_and_blank_line_counts():
    assert normalise("a\u00a0b \u2019c\u2019\n\n\n d") == "a b 'c'\nd"
    assert normalise("a b") != normalise("a\nb")


def test_tally_scores():
    tally = Tally(proposals=10, correct=8, damage=20, repaired=8)
    assert tally.precision == 0.8 and tally.recall == 0.4
    assert tally.f05 == pytest.approx(1.25 * 0.8 * 0.4 / (0.25 * 0.8 + 0.4))
    assert Tally().to_dict()["precision"] is None


def test_auroc_and_precision_at_share():
    assert auroc([0.9, 0.8, 0.2, 0.1], [True, True, False, False]) == 1.0
    assert auroc([0.1, 0.2, 0.8, 0.9], [True, True, False, False]) == 0.0
    assert auroc([0.5, 0.5], [True, False]) == 0.5
    assert auroc([0.3, 0.4], [True, True]) is None
    scores = [0.9, 0.1, 0.8, 0.7, 0.2, 0.3, 0.1, 0.1, 0.1, 0.05]
    labels = [True, False, False, True, False, False, False, False, False, False]
    assert precision_at(scores, labels, 0.1) == 1.0
    assert precision_at(scores, labels, 0.2) == 0.5
