"""Harper lints runs of plain paragraphs in one call: each finding points into its own
paragraph, as if the paragraph had been linted alone, and the review app, which lints the
same groups in a worker, gets the same findings."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.edits import Span
from repair.grammar.harper_backend import HarperBackend, groups, sort_findings
from repair.grammar.settings import GrammarSettings
from repair.passes.grammar import lint_units

TEXT = (
    "The council met on Tuesday to discuss the budget. Members said the plan was sound.\n\n"
    "The mayor spoke first. She said the the city needed new buses. Everyone agreed.\n\n"
    "Opposition members asked questions. They said it was an big risk. The vote was close.\n\n"
    "Email *\n\n"
    "The next meeting is on Friday. Its agenda has not been publishd yet.\n\n"
    "the council then closed the session.\n\n"
    "Reporters left at 7 a.m.\n\n"
    "Nobody commented on the outcome. The city released a statment later.\n"
)


@pytest.fixture(scope="module")
def backend() -> HarperBackend:
    return HarperBackend(GrammarSettings.from_config(Config()))


def units_of(text: str) -> list[Span]:
    return lint_units(Document.from_text(text))


def test_plain_paragraphs_are_grouped_and_the_others_linted_alone():
    units = units_of(TEXT)
    chunks = [[TEXT[u.start : u.end][:12] for u in group] for group in groups(TEXT, units)]
    assert chunks == [
        ["The council ", "The mayor sp", "Opposition m"],
        ["Email *"],  # ends in no sentence: alone, and what follows starts a new group
        ["The next mee"],
        ["the council "],  # opens in lower case: Harper reads a lone sentence differently
        ["Reporters le"],  # "a.m." at the end: Harper reads it differently with text after
        ["Nobody comme"],
    ]
    assert [len(g) for g in groups(TEXT, units, words=20)] == [1, 1, 1, 1, 1, 1, 1, 1]
    assert [u for g in groups(TEXT, units) for u in g] == units


def test_grouped_findings_are_each_paragraphs_own_and_point_into_it(backend):
    units = units_of(TEXT)
    alone = sort_findings([f for u in units for f in backend.lint_group(TEXT, [u])[0]])
    grouped = backend.check(TEXT, units)
    assert grouped == alone
    flagged = {(f.rule, TEXT[f.start : f.end]) for f in grouped}
    # in the second and third paragraphs of a group, and after a paragraph linted alone
    assert ("harper.TheTheToThatThe", "the the") in flagged
    assert ("harper.AnA", "an") in flagged
    assert ("harper.SpellCheck", "publishd") in flagged
    assert ("harper.SpellCheck", "statment") in flagged
    # what Harper finds only at the end of a text: the paragraphs linted alone keep it
    assert ("harper.Spaces", " ") in flagged  # "Email *"
    assert ("harper.AnA", "a") in flagged  # "7 a.m."
    for finding in grouped:
        for fix in finding.fixes:
            assert finding.start <= fix.start <= fix.end <= finding.end or fix.start == finding.end


def test_a_finding_that_needs_two_sentences_of_one_paragraph_is_still_found(backend):
    text = "Prices rose again. prices are now higher than last year.\n\nThe bank said so.\n"
    found = backend.check(text, units_of(text))
    assert [(f.rule, text[f.start : f.end]) for f in found if "Capital" in f.rule] == [
        ("harper.SentenceCapitalization", "prices")
    ]
