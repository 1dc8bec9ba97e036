"""One person written several ways in one article, a name glued to the next word, and names
and abbreviations that lost their capitals: candidates from the article's own evidence.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.edits import apply_edits
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

PEOPLE = [
    Entry(
        "Moon Jae-in",
        "person",
        roles=("South Korean President", "President of South Korea"),
        country="KR",
        native=("文在寅",),
        prominence=0.9,
    ),
    Entry("Ko Wen-je", "person", roles=("Taipei Mayor",), country="TW", prominence=0.8),
    Entry(
        "Kemal Kılıçdaroğlu",
        "person",
        aliases=("Kemal Kilicdaroglu",),
        roles=("Turkish opposition leader",),
        country="TR",
        prominence=0.9,
    ),
    Entry("Emmanuel Macron", "person", roles=("French President",), country="FR", prominence=0.9),
    Entry("United States", "place", country="US", prominence=0.95),
    Entry("United Kingdom", "place", country="GB", prominence=0.95),
    Entry("Nice", "place", country="FR", prominence=0.7),
    Entry("Reading", "place", country="GB", prominence=0.7),
    Entry("Paris", "place", country="FR", prominence=0.9),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(PEOPLE, "article-forms")]))


def name_changes(names_pass: NamesPass, text: str) -> list:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [p for p in proposals if p.kind == "name"]


def test_the_family_word_alone_follows_its_linked_group(names_pass):
    """ "Wen" is a piece of a Taipei mayor's given name, but here it is the president the
    article writes "Wen Zai"; "Wenzi" runs a syllable onto it (review)."""
    text = (
        "South Korean President Wen Zai landed in Paris on Sunday.\n\n"
        "Wen Zai told the press the trip mattered.\n\n"
        "Wen had stopped in Rome on the way.\n\n"
        "Last year Wenzi visited the north of the peninsula.\n"
    )
    found = {p.original: p for p in name_changes(names_pass, text)}
    assert found["Wen Zai"].replacement == "Moon Jae-in" and found["Wen Zai"].confidence >= 0.9
    # only a piece of another person's given name, so as sure as its group
    assert found["Wen"].replacement == "Moon" and found["Wen"].confidence >= 0.9
    assert found["Wenzi"].replacement == "Moon" and found["Wenzi"].confidence < 0.9


def test_the_family_word_of_someone_the_article_names_stays(names_pass):
    text = (
        "South Korean President Wen Zai met Taipei Mayor Ko Wen-je in Paris.\n\n"
        "Wen Zai praised the city.\n\n"
        "Wen spoke last.\n"
    )
    assert "Wen" not in {p.original for p in name_changes(names_pass, text)}


def test_a_name_glued_to_the_next_word(names_pass):
    text = (
        "Opposition leader Kemal Kilicdaroglu spoke in Ankara on Sunday.\n\n"
        "Hours later Kemal Klisadarogluis told supporters to stay at the ballot boxes.\n"
    )
    [fix] = name_changes(names_pass, text)
    assert (fix.original, fix.replacement) == ("Klisadarogluis", "Kilicdaroglu is")
    assert fix.confidence >= 0.6


def test_a_word_ending_like_a_glue_word_is_not_cut_without_a_namesake(names_pass):
    text = "Opposition leader Kemal Kilicdaroglu met Jonas Vardanis in Ankara.\n"
    assert name_changes(names_pass, text) == []


def test_a_country_abbreviation_and_a_place_that_lost_their_capitals(names_pass):
    text = (
        "Emmanuel Macron spoke about his us counterpart and the uk position on Tuesday.\n\n"
        "He laid flowers for the victims of the attack in nice, then flew home.\n"
    )
    out = apply_edits(text, [(p.span, p.replacement) for p in name_changes(names_pass, text)])
    assert "his US counterpart" in out and "the UK position" in out and "attack in Nice," in out


def test_lower_case_words_that_are_no_names_stay(names_pass):
    text = (
        "Emmanuel Macron told us that the day in nice weather was reading time for all of us.\n\n"
        "The talks in reading rooms of Paris went on.\n"
    )
    assert name_changes(names_pass, text) == []


def test_a_title_and_a_short_surname_respelled_by_sound():
    """ "Mr. Mun" is the Revised Romanization of Moon's family name (문), "Mr. Joe" sounds like
    Cho Kuk's (조, "Jo"): each becomes the family name the article writes."""
    people = [
        Entry(
            "Moon Jae-in",
            "person",
            roles=("South Korean President",),
            country="KR",
            native=("文在寅", "문재인"),
        ),
        Entry("Cho Kuk", "person", roles=("Justice Minister",), country="KR", native=("曺國", "조국")),
        Entry("Joe Biden", "person", roles=("US President",), country="US", prominence=0.95),
        Entry("Min Aung Hlaing", "person", roles=("Myanmar junta leader",), country="MM"),
    ]
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(people, "titles")]))
    text = (
        "South Korean President Moon Jae-in met Justice Minister Cho Kuk on Monday.\n\n"
        "Mr. Mun said the reform would pass. Mr. Joe thanked him.\n"
    )
    found = {(p.original, p.replacement) for p in name_changes(names_pass, text)}
    assert found == {("Mun", "Moon"), ("Joe", "Cho")}


def test_a_title_and_someone_else_s_short_name_stays():
    people = [
        Entry(
            "Moon Jae-in",
            "person",
            roles=("South Korean President",),
            country="KR",
            native=("文在寅", "문재인"),
        ),
        Entry("Joe Biden", "person", roles=("US President",), country="US", prominence=0.95),
    ]
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(people, "titles")]))
    text = "President Moon Jae-in called President Joe Biden.\n\nPresident Biden agreed, and Mr. Moon thanked him.\n"
    assert name_changes(names_pass, text) == []


def test_a_surname_that_is_an_english_word_needs_a_name_position():
    people = [Entry("William Burns", "person", roles=("CIA Director",), country="US", prominence=0.9)]
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(people, "burns")]))
    text = (
        "CIA Director William Burns arrived on Monday.\n\n"
        "The candle burns all night in the hall.\n\n"
        "Reporters spoke with burns, who said little.\n"
    )
    found = [
        (p.original, p.replacement, text[p.span.start - 5 : p.span.start])
        for p in name_changes(names_pass, text)
    ]
    assert found == [("burns", "Burns", "with ")]
