"""Places read back through another script ("Walanaxi" for Varanasi, from 瓦拉纳西), and the
shipped gazetteer's native spellings that let the pass read people and places back. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import ROUTE, Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

ENTRIES = [
    Entry("Narendra Modi", "person", roles=("Indian Prime Minister",), country="IN", prominence=0.9),
    Entry("India", "place", country="IN", prominence=0.9),
    Entry("Varanasi", "place", country="IN", native=("瓦拉纳西",)),
    Entry("Gujarat", "place", country="IN", native=("古吉拉特", "古吉拉特邦")),
    Entry("Busan", "place", country="KR", native=("釜山",)),
    Entry("Goa", "place", country="IN", native=("果阿",)),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(ENTRIES, "read-back")]))


def fixes(names_pass: NamesPass, text: str) -> list:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [p for p in proposals if p.kind == "name"]


def test_a_place_read_back_through_chinese_in_an_article_about_its_country(names_pass):
    text = "Prime Minister Narendra Modi opened a bridge in Walanaxi and then flew on to Gujilatebang.\n"
    found = {(p.original, p.replacement, p.rule): p.confidence for p in fixes(names_pass, text)}
    assert found.keys() == {
        ("Walanaxi", "Varanasi", "name.read-back"),
        ("Gujilatebang", "Gujarat", "name.read-back"),
    }
    assert all(c >= 0.9 for c in found.values())  # the article names a person of India


def test_a_place_read_back_without_its_country_in_the_article_is_for_review(names_pass):
    text = "The ferry from Fushan was delayed by the storm for a second day.\n"
    [fix] = fixes(names_pass, text)
    assert (fix.original, fix.replacement) == ("Fushan", "Busan")
    assert 0.5 <= fix.confidence < 0.9


def test_a_short_reading_is_left_alone(names_pass):
    # "Guoa" (果阿, Goa) is too short to tell from other words and names
    assert fixes(names_pass, "Prime Minister Narendra Modi visited Guoa on Friday.\n") == []


def test_the_right_spelling_stays(names_pass):
    assert fixes(names_pass, "Prime Minister Narendra Modi spoke in Varanasi and Gujarat.\n") == []


@pytest.mark.parametrize(
    ("reading", "canonical"),
    [
        ("xiao meiqin", "Hsiao Bi-khim"),  # 蕭美琴, Taiwan
        ("ruan fuzhong", "Nguyen Phu Trong"),  # 阮富仲, Vietnam
        ("li xiangmin", "Lee Sang-min"),  # 李祥敏, South Korea
        ("cui xiangmu", "Choi Sang-mok"),  # 崔相穆, South Korea
        ("walanaxi", "Varanasi"),  # 瓦拉纳西, India
        ("shouer", "Seoul"),  # 首尔
        ("zyoder", "Markus Söder"),  # Зёдер, BGN/PCGN
    ],
)
def test_the_shipped_gazetteer_reads_names_back(reading, canonical):
    found = {e.canonical for e, kind in Gazetteer.load().routes(reading) if kind == ROUTE}
    assert canonical in found


def test_a_near_tie_goes_to_the_person_the_article_names_otherwise():
    """Two people share the family name 文: the mention the reading cannot settle ("Wen
    Zhe") names the one the rest of the article is about."""
    people = [
        Entry("Moon Jae-in", "person", roles=("South Korean President",), country="KR", native=("文在寅",)),
        Entry(
            "Moon Hee-sang", "person", roles=("National Assembly Speaker",), country="KR", native=("文喜相",)
        ),
        Entry("Seoul", "place", country="KR", prominence=0.9),
    ]
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(people, "moons")]))
    text = (
        "South Korean President Wen Zaiyin landed in Paris on Sunday.\n\n"
        "Wen Zaiyin will meet business leaders before flying home to Seoul.\n\n"
        "Aides said Wen Zhe wanted the talks to focus on trade.\n"
    )
    found = {(p.original, p.replacement) for p in fixes(names_pass, text)}
    assert ("Wen Zhe", "Moon Jae-in") in found
    assert all(replacement == "Moon Jae-in" for _, replacement in found)
