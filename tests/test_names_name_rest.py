"""A mention followed by a spaced dash and more capitalised words is the first half of a longer
name: read as one with them when together they are a reading of somebody's native name ("Kai
Lei - Tsu Te Erh", 凯勒-祖特尔, Karin Keller-Sutter; entities.join_across_hyphens), and otherwise,
when the words are no name of their own, linked for review only to whoever the half reads as
("Kai Lei" alone is 盖莱, Guelleh; repair/passes/names/name_rest.py). A dash before a place, a
listed name, a lower-case word, a title or a possessive leaves the link as sure as it was.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.passes.names import analyse


def _guelleh(text: str, gazetteer: Gazetteer) -> list[float]:
    """The confidences of the proposals that make "Kai Lei" (盖莱 read back) Guelleh."""
    result = analyse(Document.from_text(text), gazetteer)
    return [p.confidence for p in result.proposals if p.original == "Kai Lei" and "Guelleh" in p.replacement]


def test_both_halves_of_a_double_name_read_as_one(gazetteer):
    text = "Mr Kai Lei - Tsu Te Erh spoke to the press in Bern on Thursday about the budget.\n"
    result = analyse(Document.from_text(text), gazetteer)
    assert [(p.original, p.replacement) for p in result.proposals if p.kind == "name"] == [
        ("Kai Lei - Tsu Te Erh", "Keller-Sutter")
    ]


def test_half_of_a_double_name_before_a_dash_is_for_review(gazetteer):
    text = "Mr Kai Lei - Hsu Wen Po spoke to the press in Bern on Thursday about the budget.\n"
    [confidence] = _guelleh(text, gazetteer)
    assert confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Mr Kai Lei - Moscow said on Thursday - would not sign the budget deal.\n",  # a place
        "Mr Kai Lei - the president of the republic - signed the budget on Thursday.\n",  # lower case
        "Mr Kai Lei - President since 1999 - signed the budget on Thursday.\n",  # a title word
        "The Kai Lei - Yoon talks ended on Thursday without a deal on the port.\n",  # a listed name
        "Mr Kai Lei - Djibouti's leader - signed the budget on Thursday.\n",  # a possessive
    ],
)
def test_a_dash_before_a_word_of_its_own_leaves_the_link_automatic(gazetteer, text):
    assert [c >= 0.9 for c in _guelleh(text, gazetteer)] == [True]


def _links(text: str, gazetteer: Gazetteer) -> list:
    return [p for p in analyse(Document.from_text(text), gazetteer).proposals if p.rule == "name.entity"]


def test_a_word_two_people_read_as_alike_is_held_low_in_review(gazetteer):
    # 巴罗 is Jean-Noel Barrot's name and Adama Barrow's family name: a coin toss, not 0.89
    [fix] = _links("Mr Baluo told the committee on Friday that the vote would wait.\n", gazetteer)
    assert fix.replacement == "Barrot" and fix.confidence <= 0.75
    assert any("Adama Barrow" in e for e in fix.evidence)


def test_the_role_beside_the_word_still_says_which_of_the_two(gazetteer):
    [fix] = _links("French Foreign Minister Baluo told the committee that the vote would wait.\n", gazetteer)
    assert fix.replacement == "Barrot" and fix.confidence >= 0.9
