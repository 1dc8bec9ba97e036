"""A namesake who spells the family name the commoner way: with no role, article or reference
to say it is the listed person, "Manoj Pandey" is somebody else, not a misspelt Manoj Pande
(a listed army chief). Sentences written for this test."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass
from repair.passes.names.entities import better_known

PEOPLE = [
    Entry(
        "Manoj Pande",
        "person",
        roles=("Indian Army chief", "Chief of the Army Staff"),
        country="IN",
        prominence=0.7,
    ),
    Entry("Olaf Scholz", "person", roles=("German Chancellor",), country="DE", prominence=0.9),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(PEOPLE, "namesakes")]))


def fixes(names_pass: NamesPass, text: str) -> set[tuple[str, str]]:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return {(p.original, p.replacement) for p in proposals if p.kind == "name"}


def test_the_commoner_spelling_without_a_role_is_a_namesake(names_pass):
    text = "The farmer Manoj Pandey described the drought to visiting officials on Monday.\n"
    assert fixes(names_pass, text) == set()


def test_the_commoner_spelling_beside_the_persons_role_is_still_fixed(names_pass):
    text = "Indian Army chief Manoj Pandey inspected troops in Ladakh on Monday.\n"
    assert ("Pandey", "Pande") in fixes(names_pass, text)


def test_a_rarer_respelling_is_still_the_listed_person(names_pass):
    text = "Olaf Sholts told parliament on Monday that the budget would pass.\n"
    assert ("Sholts", "Scholz") in fixes(names_pass, text)


def test_better_known_compares_how_often_english_writes_each_word():
    assert better_known("pandey", "pande")
    assert not better_known("sholts", "scholz")  # English never writes the respelling
    assert not better_known("pande", "pandey")
