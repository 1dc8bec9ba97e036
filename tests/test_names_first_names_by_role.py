"""A first name respelled before a person's exact family name, with the person's whole listed
role just before it ("Czech Prime Minister Peter Fiala"): automatic. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

ENTRIES = [
    Entry("Petr Fiala", "person", roles=("Czech Prime Minister",), country="CZ", prominence=0.8),
    Entry("Peter Dutton", "person", roles=("Australian Opposition Leader",), country="AU", prominence=0.7),
    Entry("Justin Trudeau", "person", roles=("Canadian Prime Minister",), country="CA", prominence=0.9),
    Entry("Pierre Trudeau", "person", roles=("former Prime Minister",), country="CA", prominence=0.6),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(ENTRIES, "first-names-by-role")]))


def first_names(names_pass: NamesPass, text: str) -> list:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [p for p in proposals if p.kind == "name"]


def test_a_respelled_first_name_after_the_whole_role_is_automatic(names_pass):
    text = "Prague hosts a summit\n\nCzech Prime Minister Peter Fiala opened the summit on a cold morning.\n"
    [fix] = first_names(names_pass, text)
    assert (fix.original, fix.replacement) == ("Peter", "Petr")
    assert fix.confidence >= 0.9
    assert any("Czech Prime Minister" in line or "czech prime minister" in line for line in fix.evidence)


def test_without_the_role_just_before_it_stays_in_review(names_pass):
    text = (
        "Prague hosts a summit\n\nCzech Prime Minister Petr Fiala arrived on Monday.\n\n"
        "Later, Peter Fiala told reporters that the talks had gone well.\n"
    )
    [fix] = first_names(names_pass, text)
    assert (fix.original, fix.replacement) == ("Peter", "Petr")
    assert fix.confidence < 0.9  # the article's spelling says so, not the role: review


def test_another_first_name_of_the_family_is_no_respelling():
    from repair.edits import make_proposal
    from repair.passes.names.first_names import _holder_before

    gazetteer = Gazetteer([Index.in_memory(ENTRIES, "first-names-by-role")])
    text = "Ottawa votes\n\nCanadian Prime Minister Pierre Trudeau is remembered in a new film.\n"
    start = text.index("Pierre")
    other = make_proposal(
        text, start, start + 6, "Justin", kind="name", rule="name.role", confidence=0.8, reason="test"
    )
    assert _holder_before(text, other, gazetteer) is None  # "Pierre" is no respelling of "Justin"
    text = text.replace("Pierre", "Justine")
    respelled = make_proposal(
        text, start, start + 7, "Justin", kind="name", rule="name.role", confidence=0.8, reason="test"
    )
    entry, role = _holder_before(text, respelled, gazetteer)
    assert (entry.canonical, role) == ("Justin Trudeau", "canadian prime minister")
