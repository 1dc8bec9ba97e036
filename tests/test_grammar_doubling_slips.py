"""A rare word that doubles a letter English writes once, or the other way round
("succesfull", "totaly", "occuring"), is fixed automatically when the word spelt right is
far commoner; British doublings ("travelled", "woollen") and the variants English writes
both ways ("busses", "benefitted") are left alone. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.passes.context import PassContext
from repair.passes.grammar import GrammarPass, doubling_slip

THRESHOLD = Config().thresholds["spelling"]


@pytest.fixture(scope="module")
def grammar() -> GrammarPass:
    return GrammarPass(Config())


def automatic(grammar: GrammarPass, text: str) -> list[tuple[str, str]]:
    result = grammar.run(Document.from_text(text), PassContext(config=grammar.config))
    return [
        (p.original, p.replacement)
        for p in result.proposals
        if p.kind == "spelling" and p.confidence >= THRESHOLD
    ]


@pytest.mark.parametrize(
    ("text", "flagged", "fix"),
    [
        ("The mayor ran a succesfull campaign for the port.", "succesfull", "successful"),
        ("The bridge was totaly closed after the storm.", "totaly", "totally"),
        ("Floods are occuring more often along the river.", "occuring", "occurring"),
    ],
)
def test_a_doubled_or_undoubled_letter_is_fixed(grammar, text, flagged, fix):
    assert automatic(grammar, text) == [(flagged, fix)]


def test_british_doublings_and_variants_are_left_alone(grammar):
    for kept in (
        "She travelled to the coast with her family.",
        "The farmers sold woollen blankets at the market.",
        "The council bought three new busses for the town.",
        "The exporters benefitted from the weaker currency.",
        "The minister focussed on the budget.",
    ):
        assert automatic(grammar, kept) == [], kept
    assert not doubling_slip("travelled", "traveled")
    assert not doubling_slip("totaly", "total")  # a letter dropped, not a doubling
