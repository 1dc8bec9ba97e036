"""Misspellings the web writes so often that wordfreq counts them ("recieve", "seperate"):
automatic when exactly one common word is one slip away and far commoner; a variant
spelling of a word (British "enrol", "wilful") has no such word and stays as it is or in
review. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.passes.context import PassContext
from repair.passes.grammar import GrammarPass, british_variant, classic_slip

THRESHOLD = Config().thresholds["spelling"]


@pytest.fixture(scope="module")
def grammar() -> GrammarPass:
    return GrammarPass(Config())


def spelling(grammar: GrammarPass, text: str) -> list[tuple[str, str, float]]:
    result = grammar.run(Document.from_text(text), PassContext(config=grammar.config))
    return [(p.original, p.replacement, p.confidence) for p in result.proposals if p.kind == "spelling"]


@pytest.mark.parametrize(
    ("text", "flagged", "fix"),
    [
        ("The ministry will recieve the final report on Monday.", "recieve", "receive"),
        ("The court held a seperate hearing for the second defendant.", "seperate", "separate"),
        ("Talks are due at the begining of next month, diplomats said.", "begining", "beginning"),
        ("The minister said the plan would definately go ahead.", "definately", "definitely"),
    ],
)
def test_a_classic_misspelling_is_fixed_automatically(grammar, text, flagged, fix):
    assert [(old, new) for old, new, c in spelling(grammar, text) if c >= THRESHOLD] == [(flagged, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Students can enrol at any branch.",
        "The judge called it a wilful act.",
        "Officials began to theorise about the cause of the fire.",  # not "theories"
    ],
)
def test_a_variant_spelling_is_never_fixed_automatically(grammar, text):
    assert all(c < THRESHOLD for _, _, c in spelling(grammar, text))


def test_the_rule_wants_one_far_commoner_word_one_slip_away():
    assert classic_slip("recieve", "receive")
    assert not classic_slip("enrol", "enroll")  # not far commoner
    assert not classic_slip("salf", "half")  # short, and several common words one slip away
    assert not classic_slip("Recieve", "Receive")  # a capitalised word may be a name
    assert not classic_slip("proffits", "profits")  # wordfreq never saw it: the model's own case


def test_a_word_of_a_language_english_quotes_is_no_classic_slip(grammar):
    # "labora" is rare in English and one slip from "labor", but it is a Spanish and Latin word
    assert not classic_slip("labora", "labor")
    text = "The motto above the abbey door, Ora et labora, is carved in stone."
    assert all(c < THRESHOLD for _, _, c in spelling(grammar, text))


def test_a_british_spelling_is_one_of_a_word_english_uses():
    assert british_variant("theorise", 1.9)  # "theorize"
    assert british_variant("organisation", 4.0)
    assert not british_variant("adevrtising", 0.0)  # a misspelling: no "adevrtizing"
    assert not british_variant("advertise", 4.3)  # "advertize" is the rare one
