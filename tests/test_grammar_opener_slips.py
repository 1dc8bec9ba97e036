"""A sentence's misspelt first word: capitalised, the very common word one slip away is a
candidate even when the checker's suggestions miss it ("Afther" -> "After"); in lower
case, the language model's respelling takes the checker's capital ("becase" ->
"Because") instead of the capital alone ("Becase")."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.passes.context import PassContext
from repair.passes.grammar import GrammarPass


@pytest.fixture(scope="module")
def grammar() -> GrammarPass:
    return GrammarPass(Config())


def _proposals(grammar: GrammarPass, text: str, original: str):
    doc = Document.from_text(text)
    return [
        p for p in grammar.run(doc, PassContext(config=grammar.config)).proposals if p.original == original
    ]


def test_a_misspelt_capitalised_opener_gets_the_common_word_the_checker_missed(grammar):
    (proposal,) = _proposals(grammar, "Afther the storm the village rebuilt its school.\n", "Afther")
    assert proposal.replacement == "After"
    assert proposal.confidence >= grammar.config.thresholds["spelling"]


def test_a_lower_case_misspelt_opener_is_respelt_and_capitalised(grammar):
    text = "becase the road was closed, the bus came late.\n\nwhlie the rain fell we waited inside.\n"
    (first,) = _proposals(grammar, text, "becase")
    (second,) = _proposals(grammar, text, "whlie")
    assert (first.replacement, second.replacement) == ("Because", "While")
    assert min(first.confidence, second.confidence) >= grammar.config.thresholds["spelling"]


def test_a_lower_case_opener_spelt_right_gets_its_capital_alone(grammar):
    (proposal,) = _proposals(grammar, "usually the market opens at eight.\n", "usually")
    assert proposal.replacement == "Usually"
    # a rare capitalised opener one slip from no very common word: a name, untouched
    assert _proposals(grammar, "Kovaczy said the ferry would sail at noon.\n", "Kovaczy") == []
