"""A full stop before a lower-case word: stray inside a sentence machine translation cut
("the village. and its farms"), or the end of a sentence whose successor opens in lower
case ("the harbour. in my opinion, the"), where the stop stays and the word is capitalised."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.edits import Span
from repair.passes.context import PassContext
from repair.passes.grammar import GrammarPass, opens_sentence, stray_stop_findings


@pytest.fixture(scope="module")
def grammar() -> GrammarPass:
    return GrammarPass(Config())


def automatic(grammar: GrammarPass, text: str) -> list[tuple[str, str, str]]:
    result = grammar.run(Document.from_text(text), PassContext(config=grammar.config))
    thresholds = grammar.config.thresholds
    return [
        (p.rule, p.original, p.replacement)
        for p in result.proposals
        if p.confidence >= thresholds[p.kind] and p.rule.startswith("repair.")
    ]


def stop_rules(text: str) -> list[str]:
    return [f.rule for f in stray_stop_findings(Document.from_text(text), [Span(0, len(text))])]


def test_a_lower_case_sentence_after_a_stop_keeps_the_stop_and_gets_its_capital(grammar):
    text = "We had an hour to walk along the harbour. in my opinion, the old town is nicer.\n"
    assert automatic(grammar, text) == [("repair.SentenceAfterStop", "in", "In")]
    for opened in (
        "The ferry left at noon. in the end, we took the bus home.\n",
        "The bridge stayed shut all week. of course the shops lost trade.\n",
        "The vote was close. for example, two seats changed hands by ten votes.\n",
        "Most stalls had closed. by then, they had sold all the fish.\n",
        "The deal was signed in Oslo. in the end, both sides agreed to talks.\n",
    ):
        assert stop_rules(opened) == ["repair.SentenceAfterStop"], opened


def test_a_stop_before_a_word_that_goes_on_the_sentence_is_still_removed(grammar):
    text = "Rescuers could not reach the village. and its farms until the water fell.\n"
    assert automatic(grammar, text) == [("repair.StrayFullStop", ".", "")]
    for cut in (
        "The talks on the border failed. in such cases the army waits.\n",  # no comma: goes on
        "The plan was approved. and in a sense, the mayor won.\n",  # a conjunction goes on
        "The port was busier than the airport. which locals say, is new.\n",
    ):
        assert stop_rules(cut) == ["repair.StrayFullStop"], cut


def test_what_opens_a_sentence():
    text = "in my opinion, the old town"
    assert opens_sentence(text, 0, len(text))
    assert opens_sentence("as we said, the mayor left", 0, 26)
    assert not opens_sentence("and its farms, the village", 0, 26)
    assert not opens_sentence("in the village, Rome", 0, 20)  # a capital after the comma: no subject read
    assert not opens_sentence("in my opinions of it", 0, 20)  # a marker only as whole words
