"""Parliaments and their officers as a translation names them: "the Diet" (Japan's word,
国会) in an article about Korea, "the talker of the Sejm" for its Speaker. Review only.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

ENTRIES = [
    Entry("Yoon Suk Yeol", "person", roles=("South Korean President",), country="KR", prominence=0.9),
    Entry("Fumio Kishida", "person", roles=("Japanese Prime Minister",), country="JP", prominence=0.9),
    Entry("Seoul", "place", country="KR", prominence=0.9),
    Entry("Warsaw", "place", country="PL", prominence=0.9),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(ENTRIES, "institutions")]))


def changes(names_pass: NamesPass, text: str) -> list[tuple[str, str, float]]:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [
        (p.original, p.replacement, p.confidence)
        for p in proposals
        if p.rule == "name.translated-institution"
    ]


def test_the_diet_in_a_korean_story_is_the_national_assembly(names_pass):
    text = "Yoon Suk Yeol returned to Seoul.\n\nThe budget bill passed the Diet late on Friday.\n"
    [(original, replacement, confidence)] = changes(names_pass, text)
    assert (original, replacement) == ("Diet", "National Assembly") and confidence < 0.9


def test_the_diet_where_the_story_names_japan_stays(names_pass):
    text = "Yoon Suk Yeol met Fumio Kishida in Seoul.\n\nThe Diet will debate the deal next week.\n"
    assert changes(names_pass, text) == []


def test_the_diet_without_a_country_stays(names_pass):
    assert changes(names_pass, "Doctors say the Diet of the region changed in the last decade.\n") == []


def test_a_talker_of_a_parliament_is_its_speaker(names_pass):
    text = "In Warsaw, the talker of the Sejm opened the session an hour late.\n"
    [(original, replacement, confidence)] = changes(names_pass, text)
    assert (original, replacement) == ("talker", "Speaker") and confidence < 0.9


def test_a_talker_elsewhere_stays(names_pass):
    assert changes(names_pass, "He was a fine talker of the old school, friends said.\n") == []
