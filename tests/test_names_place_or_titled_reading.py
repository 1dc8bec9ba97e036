"""A run the gazetteer lists only as a place, that is also the reading of a person's native
spelling, with that person's role written right beside it ("Afghan President Kani": 加尼,
Ashraf Ghani; Kani is also a town): the person, not the place
(repair/passes/names/readings.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.passes.names import analyse


def _names(text: str, gazetteer) -> list[tuple[str, str]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement) for p in result.proposals if p.kind == "name"]


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Afghan President Kani asked donors for more aid to the provinces.", "Kani", "Ghani"),
        ("Diplomats greeted Laixi, the Iranian President, at the airport.", "Laixi", "Raisi"),
    ],
)
def test_a_reading_with_its_persons_role_beside_is_the_person(gazetteer, text, wrong, right):
    assert (wrong, right) in _names(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Iranian President Ebrahim Raisi toured a factory in Laixi on Monday.",
        "The Afghan President flew to Kani last week.",
        "Afghan President Ashraf Ghani visited the town of Kani.",
        "Farmers near Kani said the harvest was late this year.",
    ],
)
def test_the_place_stays_without_the_role_beside_it(gazetteer, text):
    assert _names(text, gazetteer) == []
