"""The cleanup pass: chrome, spacing, structure and mojibake, on the project's own fixtures."""

from __future__ import annotations

import json

import pytest

from repair.decide import auto_decisions
from repair.document import Document
from repair.edits import apply_decisions
from repair.loading import load_bytes
from repair.passes.encoding import encoding_proposals
from repair.passes.spacing import spacing_proposals
from repair.passes.structure import structure_proposals
from repair.pipeline import Engine

from .conftest import FIXTURES, SAMPLES


def auto_fix(text, config):
    analysis = Engine(config).analyze(load_bytes(text.encode("utf-8")))
    return apply_decisions(analysis.text, analysis.proposals, auto_decisions(analysis.proposals, config))


def read_fixture(path):
    raw = path.read_text(encoding="utf-8").split("\n")
    chrome = [line[3:] for line in raw if line.startswith("@@ ")]
    article = [line for line in raw if line.strip() and not line.startswith("@@ ")]
    text = "\n".join(line[3:] if line.startswith("@@ ") else line for line in raw)
    return text, chrome, article


def test_chrome_fixtures_removed_without_losing_the_article(cleanup_config):
    total = removed = 0
    for path in sorted((FIXTURES / "chrome").glob("*.txt")):
        text, chrome, article = read_fixture(path)
        kept_lines = set(auto_fix(text, cleanup_config).split("\n"))
        lost = [line for line in article if line not in kept_lines]
        assert lost == [], f"{path.name} lost article lines: {lost}"
        total += len(chrome)
        removed += sum(1 for line in chrome if line not in kept_lines)
    assert total >= 70
    assert removed / total >= 0.95


def test_sample_chrome_and_cleanup_changes(cleanup_config):
    text = (SAMPLES / "tokyo-talks-damaged.txt").read_text(encoding="utf-8")
    expected = json.loads((SAMPLES / "tokyo-talks-expected.json").read_text(encoding="utf-8"))
    fixed = auto_fix(text, cleanup_config)
    kept_lines = set(fixed.split("\n"))
    assert [line for line in expected["removed_lines"] if line in kept_lines] == []
    for change in expected["changes"]:
        if change["kind"] in ("spacing", "structure"):
            assert change["before"] not in fixed
            assert change["after"] in fixed, change


def proposals_for(text, finder):
    return [(p.original, p.replacement) for p in finder(Document.from_text(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost $ 40 million.", [("$ ", "$")]),
        ("Talks ended , officials said.", [(" ,", ",")]),
        ("He left . . The end.", [(" . .", ".")]),
        ("Talks ended on Monday.The minister left.", [(".", ". ")]),
        ("Visit example.com today.", []),
        ("The the minister spoke.", [("The the", "The")]),
        ("The officials officials' view.", [("officials officials", "officials")]),
        ("He had had enough, and said that that was all.", []),
        ("Wait... what?", []),
        ("They met  in Paris.", [("  ", " ")]),
        ("Talks on Indo -Pacific trade and an in -depth review.", [(" -", "-"), (" -", "-")]),
        ("The score was 4 -2, a well-known result - not a dash.", []),
        ("Ministers from both sides met at the embassy.Then they left.", [(".", ". ")]),
        ("The mayor said it would be\nbe ready by Friday.", [("be ", "")]),
        ("The mayor said it would be\n\nbe be ready by Friday.", [("be be ", "")]),
        ("He said that\nthat was all.", []),  # "that that" is English
        ("The report ends with the\nThe next report.", []),  # a capital: a heading, not a double
    ],
)
def test_spacing_rules(text, expected):
    assert proposals_for(text, spacing_proposals) == expected


def test_a_word_doubled_across_a_paragraph_break_is_fixed_with_the_join_in_one_run(cleanup_config):
    text = "Officials said the new rules would be\n\nbe ready before the summer holidays begin in July.\n"
    once = auto_fix(text, cleanup_config)
    assert once == "Officials said the new rules would be ready before the summer holidays begin in July.\n"
    assert auto_fix(once, cleanup_config) == once


def test_doubled_capitalised_names_go_to_review():
    found = spacing_proposals(Document.from_text("Boutros Boutros-Ghali led the UN."))
    assert all(p.confidence < 0.8 for p in found)


def test_broken_paragraphs_are_joined():
    text = "The ministers agreed to hold the next round of\n\ntalks in Washington.\n"
    assert proposals_for(text, structure_proposals) == [("\n\n", " ")]
    honorific = "Officials said the next meeting with Mr.\n\nCho would be in the autumn.\n"
    assert proposals_for(honorific, structure_proposals) == [("\n\n", " ")]
    clean = "The talks ended on Monday.\n\nThe ministers left.\n"
    assert proposals_for(clean, structure_proposals) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials met Mr.the the \n\nthe the envoy.",  # the same word on both sides, glued to "Mr."
        "Talks with Xi Jinping  \x85 resumed.",  # U+0085 is white space to Python until fixed
        "They said \x85  the envoy would stay.",
    ],
)
def test_a_second_fix_changes_nothing(text, cleanup_config):
    once = auto_fix(text, cleanup_config)
    assert once != text and auto_fix(once, cleanup_config) == once


def test_mojibake_is_proposed_and_curly_quotes_are_not_damage():
    text = "The minister\u00e2\u20ac\u2122s caf\u00c3\u00a9 visit.\n\u201cQuoted\u201d and \u2018single\u2019 are fine.\n"
    found = proposals_for(text, encoding_proposals)
    assert ("\u00e2\u20ac\u2122", "\u2019") in found
    assert ("\u00c3\u00a9", "\u00e9") in found
    assert len(found) == 2
