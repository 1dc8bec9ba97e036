"""Evidence a reviewer should see although it is too weak for an automatic fix (probe set 11):
a whole reading of the person's characters that keeps the family name as written, a family
syllable read through the characters of a UN official, a name's article translated as "the",
a surname the engine translated and then wrote alone, and the Arabic "tsh" for "ch".
Sentences written for these tests; the people are in the shipped gazetteer."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.keys import sound_key
from repair.passes.context import PassContext
from repair.passes.names import NamesPass


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config())


def changes(names_pass: NamesPass, text: str) -> dict[str, tuple[str, float]]:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return {
        text[p.span.start : p.span.end]: (p.replacement, p.confidence) for p in proposals if p.kind == "name"
    }


def test_a_whole_reading_with_the_family_name_as_written_stays_in_review(names_pass):
    found = changes(
        names_pass,
        "The former minister Kang Jinghe will lead a delegation of retired diplomats to Jakarta "
        "next month, her office in Seoul said.\n",
    )
    replacement, confidence = found["Kang Jinghe"]
    assert replacement == "Kang Kyung-wha" and 0.6 <= confidence < 0.9


def test_a_un_officials_family_syllable_after_an_honorific(names_pass):
    found = changes(
        names_pass,
        "Former UN Secretary-General Pan Jiwen opened the new library in Busan on Monday.\n\n"
        "Mr. Pan told the audience that he had read there as a boy.\n",
    )
    assert found["Pan Jiwen"][0] == "Ban Ki-moon"
    assert found["Pan"][0] == "Ban"


def test_a_name_article_translated_as_the(names_pass):
    found = changes(
        names_pass,
        "French Finance Minister Bruno the Mayor met bank chiefs in Paris on Monday to talk "
        "about the deficit.\n",
    )
    assert found["the Mayor"][0] == "Le Maire"


def test_the_mayor_of_a_town_after_a_first_name_stays(names_pass):
    found = changes(
        names_pass,
        "Residents of Lyon cheered when Pierre the Mayor of the old quarter, as locals call "
        "him, cut the ribbon.\n",
    )
    assert not any("Maire" in r for r, _ in found.values())


def test_a_translated_surname_written_alone_is_offered_with_the_full_name(names_pass):
    text = (
        "Turkish Finance Minister Mehmet Lightning said on Tuesday that the lira would "
        "stabilise by the end of the year.\n\n"
        "Lightning said the central bank would keep rates high for as long as needed.\n"
    )
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    fixes = sorted((p.span.start, p.replacement, p.confidence) for p in proposals if p.kind == "name")
    assert [r for _, r, _ in fixes] == ["Şimşek", "Şimşek"]
    (_, _, first), (at, _, copy) = fixes
    assert at == text.index("\n\nLightning") + 2 and copy < first < 0.9


def test_a_spanish_surname_translated_as_a_word(names_pass):
    text = "Paraguayan President Santiago Rock flew to Brasília on Wednesday for talks on the dam.\n"
    found = changes(names_pass, text)
    assert found["Rock"][0] == "Peña" and found["Rock"][1] < 0.9


def test_arabic_tsh_sounds_as_ch():
    assert sound_key("smotritsh") == sound_key("smotrich")
    assert sound_key("chisekedi") == sound_key("tshisekedi")


def test_lightning_in_a_weather_story_stays(names_pass):
    found = changes(
        names_pass,
        "Lightning struck the minaret of a mosque in Izmir on Sunday, and the mayor said the "
        "repairs would take a week. Turkish Finance Minister Mehmet Şimşek was in the city.\n",
    )
    assert "Lightning" not in found


def test_a_ukrainian_name_as_german_news_writes_it(names_pass):
    found = changes(
        names_pass,
        "Chancellor Friedrich Merz spoke to President Selenskyj by telephone on Monday about "
        "the winter and the grid.\n",
    )
    assert found["Selenskyj"][0] == "Zelensky"


def test_a_korean_family_name_translated_by_its_character(names_pass):
    found = changes(
        names_pass,
        "South Korean President Moon Jae-in flew to Jakarta on Tuesday.\n\n"
        "President Text told the summit that the peninsula needed dialogue.\n",
    )
    assert found["Text"] == ("Moon", pytest.approx(found["Text"][1])) and found["Text"][1] < 0.9


def test_a_title_before_an_english_word_that_names_nobody_here_stays(names_pass):
    found = changes(
        names_pass,
        "The band's singer, known to fans as President Text, released a new album in Lisbon.\n",
    )
    assert "Text" not in found
