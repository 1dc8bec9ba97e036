"""A name word that lost its capital where the article writes it capitalised elsewhere, about
someone the gazetteer need not list (repair/passes/names/lower_case.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.passes.names import analyse


def _capitals(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, float]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement, p.confidence) for p in result.proposals if p.rule == "name.capital"]


def test_a_surname_after_its_first_name_gets_the_articles_capital(gazetteer):
    text = (
        "Harbour board chairman Oskar vendelbo opened the new quay on Friday. "
        "Shipping firms thanked Vendelbo, and the first ferry docked at noon.\n"
    )
    [(old, new, confidence)] = _capitals(text, gazetteer)
    assert (old, new) == ("vendelbo", "Vendelbo")
    assert 0.6 <= confidence < 0.9  # review: the model may order it, never make it automatic


def test_a_first_name_before_its_surname(gazetteer):
    text = "Goalkeeper tomasz Brzeczek saved two penalties. The crowd sang as Tomasz walked off.\n"
    assert [(old, new) for old, new, _ in _capitals(text, gazetteer)] == [("tomasz", "Tomasz")]


@pytest.mark.parametrize(
    "text",
    [
        # an English word that is part of a name elsewhere ("Vikram Lander") keeps its case
        "The Vikram Lander touched down on Wednesday, and the lander sent its first pictures home.\n",
        # written capitalised only at a sentence start: no evidence of a name
        "Vendelbo is a village. Harbour board chairman Oskar vendelbo opened the quay.\n",
        # no capitalised word beside it
        "The word vendelbo means harbour, the guide told Vendelbo visitors on Friday.\n",
    ],
)
def test_english_words_and_thin_evidence_stay(gazetteer, text):
    assert _capitals(text, gazetteer) == []
