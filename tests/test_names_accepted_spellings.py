"""Correct spellings that look odd and must stay: a Korean name in Revised Romanization or
McCune-Reischauer beside the gazetteer's conventional spelling, and a person after an
abbreviated title ("PM"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer, Index
from repair.gazetteer.routes import korean_spellings
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

PEOPLE = [
    Entry(
        "Lee Jae-myung",
        "person",
        aliases=("Lee Jae Myung",),
        roles=("South Korean President", "Democratic Party leader"),
        country="KR",
        native=("李在明", "이재명"),
        prominence=0.9,
    ),
    Entry(
        "Han Duck-soo",
        "person",
        roles=("South Korean Prime Minister", "Prime Minister of South Korea"),
        country="KR",
        native=("韓悳洙", "한덕수"),
        prominence=0.9,
    ),
    Entry(
        "Yoon Suk Yeol",
        "person",
        aliases=("Yoon Suk-yeol",),
        roles=("South Korean President",),
        country="KR",
        native=("尹錫悅", "윤석열"),
        prominence=0.9,
    ),
    Entry(
        "Narendra Modi",
        "person",
        roles=("Indian Prime Minister",),
        country="IN",
        native=("莫迪",),
        prominence=0.9,
    ),
    Entry("Seoul", "place", prominence=0.9),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(PEOPLE, "accepted")]))


def name_changes(names_pass: NamesPass, text: str) -> list:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [p for p in proposals if p.kind == "name"]


def test_revised_romanization_spellings_of_a_korean_name_are_correct():
    spellings = korean_spellings("Han Duck-soo", ("韓悳洙", "한덕수"))
    assert {"Han Deok-su", "Han Deok-soo", "Han Dok-su", "Han Duck-soo"} <= set(spellings)
    yoon = korean_spellings("Yoon Suk Yeol", ("尹錫悅", "윤석열"))
    assert "Yun Seok-yeol" in yoon and "Yoon Sok-yol" in yoon  # RR and McCune-Reischauer
    # a reading of the Chinese characters, or a sound-changed reading split again, is damage
    assert not {"Yin Xiyue", "Yoon Seo-gyeol", "Yun Seogyeol"} & set(yoon)
    assert korean_spellings("Kim Jong Un", ()) == []  # no Hangul: nothing to read


def test_a_korean_name_in_revised_romanization_stays(names_pass):
    text = (
        "Democratic Party leader Lee Jae-myeong visited a market in Seoul on Sunday.\n\n"
        "Prime Minister Han Deok-soo said the budget would pass this month.\n\n"
        "Officials close to Yun Seok-yeol declined to comment.\n"
    )
    # valid romanisations: never changed automatically, only offered in the person's own
    # spelling for review (name.romanisation)
    found = name_changes(names_pass, text)
    assert all(p.rule == "name.romanisation" and p.confidence < 0.9 for p in found)
    assert {(p.original, p.replacement) for p in found} == {
        ("Lee Jae-myeong", "Lee Jae-myung"),
        ("Han Deok-soo", "Han Duck-soo"),
        ("Yun Seok-yeol", "Yoon Suk Yeol"),
    }


def test_a_person_after_an_abbreviated_title_stays(names_pass):
    text = "Indian PM Modi arrived in Seoul on Tuesday for a two-day visit.\n"
    assert name_changes(names_pass, text) == []


def test_a_reading_through_chinese_characters_is_still_fixed(names_pass):
    text = "South Korean President Yin Xiyue met the visitors in Seoul.\n\nYin Xiyue spoke briefly.\n"
    found = name_changes(names_pass, text)
    assert {(p.original, p.replacement) for p in found} == {("Yin Xiyue", "Yoon Suk Yeol")}


def test_a_sound_changed_reading_split_again_is_still_fixed(names_pass):
    text = (
        "South Korean President Yoon Suk Yeol flew to Seoul.\n\n"
        "Yoon Seo-gyeol met students there.\n\n"
        "Yun Seok-yeol later visited a museum.\n"
    )
    found = name_changes(names_pass, text)
    automatic = {(p.original, p.replacement) for p in found if p.confidence >= 0.9}
    assert automatic == {("Yoon Seo-gyeol", "Yoon Suk Yeol")}
    # a valid romanisation beside the person's own spelling: offered for review
    review = {(p.original, p.replacement) for p in found if p.rule == "name.romanisation"}
    assert review == {("Yun Seok-yeol", "Yoon Suk Yeol")}
