"""Candidates found from the role beside a mention, when the name itself is too far from any
spelling to find the person: a reading through Chinese characters of a Korean name, and a
wrong first name with a respelled surname. Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

PEOPLE = [
    Entry(
        "Cho Kuk",
        "person",
        roles=("Justice Minister", "Rebuilding Korea Party leader"),
        country="KR",
        native=("曺國", "曹国", "조국"),
        prominence=0.85,
    ),
    Entry("Zhao Leji", "person", roles=("Chinese legislature chairman",), country="CN", prominence=0.9),
    Entry(
        "Martina Fietz",
        "person",
        roles=("deputy government spokeswoman", "German deputy government spokeswoman"),
        country="DE",
        prominence=0.8,
    ),
    Entry("Martin Schulz", "person", roles=("SPD leader",), country="DE", prominence=0.8),
    Entry(
        "Xi Jinping",
        "person",
        roles=("Chinese President",),
        country="CN",
        native=("习近平",),
        prominence=0.95,
    ),
    Entry("Berlin", "place", prominence=0.9),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(PEOPLE, "roles")]))


def name_changes(names_pass: NamesPass, text: str) -> list:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [p for p in proposals if p.kind == "name"]


def test_the_index_finds_people_by_a_role_phrase():
    gazetteer = Gazetteer([Index.in_memory(PEOPLE, "roles")])
    assert [e.canonical for e in gazetteer.by_role("justice minister")] == ["Cho Kuk"]
    assert gazetteer.by_role("minister") == []  # one word describes too many people


def test_a_korean_name_read_through_chinese_characters_beside_its_role(names_pass):
    """ "Zhao" is another person's family name, but the role and a close reading of the
    characters agree."""
    text = (
        "Former Justice Minister Zhao Guo told reporters he would stand for parliament.\n\n"
        "Zhao Guo did not say which district.\n"
    )
    found = name_changes(names_pass, text)
    assert [(p.original, p.replacement) for p in found] == [("Zhao Guo", "Cho Kuk")] * 2


def test_the_same_reading_without_the_role_is_left_alone(names_pass):
    text = "Zhao Guo, a trader from Ningbo, opened a second shop last year.\n"
    assert name_changes(names_pass, text) == []


def test_a_wrong_first_name_and_a_respelled_surname_beside_the_role(names_pass):
    text = (
        "The deputy government spokeswoman Martin Fitz said in Berlin that nothing was decided.\n\n"
        "Fitz added that ministers would meet again.\n"
    )
    found = {(p.original, p.replacement) for p in name_changes(names_pass, text)}
    assert found == {("Martin Fitz", "Martina Fietz"), ("Fitz", "Fietz")}


def test_a_correct_name_before_title_case_words_stays(names_pass):
    text = "Xi Jinping Meets Visiting Ministers\n\nChinese President Xi Jinping met them in Beijing.\n"
    assert name_changes(names_pass, text) == []


def test_cantonese_readings_of_chinese_characters():
    from repair.gazetteer.routes import readings

    assert "Man Joiyan" in readings("文在寅", "KR")  # Hong Kong Government Cantonese Romanisation
    assert "Wen Zaiyin" in readings("文在寅", "KR")  # and still Hanyu Pinyin


def test_a_ruler_called_by_his_first_name_respelled():
    emir = Entry(
        "Tamim bin Hamad Al Thani",
        "person",
        aliases=("Sheikh Tamim",),
        roles=("Emir of Qatar", "Qatari Emir"),
        country="QA",
        prominence=0.9,
    )
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([*PEOPLE, emir], "emir")]))
    text = (
        "The Emir of Qatar, Sheikh Temim bin Hamad Al Thani, telephoned Berlin on Sunday.\n\n"
        "Temim offered to host the next round of talks.\n"
    )
    found = {(p.original, p.replacement) for p in name_changes(names_pass, text)}
    assert found == {("Temim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"), ("Temim", "Tamim")}


def test_a_japanese_name_read_through_chinese():
    from repair.gazetteer.routes import readings

    assert "Antian Wenxiong" in readings("岸田文雄", "JP")  # Pinyin, family name first
    assert "Kishida Fumio" in readings("岸田文雄", "JP")  # Hepburn
    minister = Entry(
        "Fumio Kishida", "person", roles=("Japanese Prime Minister",), country="JP", native=("岸田文雄",)
    )
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([*PEOPLE, minister], "jp")]))
    text = "The visit of Antian Wenxiong to Berlin ended on Friday.\n\nAntian Wenxiong flew home.\n"
    found = name_changes(names_pass, text)
    assert [(p.original, p.replacement) for p in found] == [("Antian Wenxiong", "Fumio Kishida")] * 2


def test_a_surname_read_syllable_by_syllable_is_replaced_whole():
    """ "Lloyd Ao Ssu Ting": after the right first name, every word is the surname read
    through Chinese characters one by one; the first name stays as written."""
    austin = Entry(
        "Lloyd Austin", "person", roles=("US Defense Secretary",), country="US", native=("奥斯汀",)
    )
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([*PEOPLE, austin], "austin")]))
    text = "US Defense Secretary Lloyd Ao Ssu Ting arrived in Berlin on Monday.\n"
    [fix] = name_changes(names_pass, text)
    assert (fix.original, fix.replacement) == ("Ao Ssu Ting", "Austin")


def test_a_full_name_written_without_accents_is_fixed_without_them():
    erdogan = Entry(
        "Recep Tayyip Erdoğan",
        "person",
        aliases=("Recep Tayyip Erdogan", "Erdogan"),
        roles=("Turkish President",),
        country="TR",
        native=("埃尔多安",),
    )
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([*PEOPLE, erdogan], "erdogan")]))
    text = "Turkish President Rejep Tayyip Erdogan spoke in Berlin.\n\nErdogan said the talks went well.\n"
    found = name_changes(names_pass, text)
    assert found and all("ğ" not in p.replacement for p in found)
    out = text
    for p in sorted(found, key=lambda p: -p.span.start):
        out = out[: p.span.start] + p.replacement + out[p.span.end :]
    assert "President Recep Tayyip Erdogan spoke" in out


def test_a_surname_fixed_in_an_article_without_accents_gets_none():
    erdogan = Entry(
        "Recep Tayyip Erdoğan", "person", aliases=("Erdogan",), roles=("Turkish President",), country="TR"
    )
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([*PEOPLE, erdogan], "ardogan")]))
    text = "Turkish President Recep Tayyip Ardogan spoke in Berlin.\n\nArdogan said the talks went well.\n"
    assert {(p.original, p.replacement) for p in name_changes(names_pass, text)} == {("Ardogan", "Erdogan")}


def test_readings_through_arabic_letters():
    """Arabic has no p and no v: Putin comes back as "Butin", Lavrov as "Lafrof"."""
    from repair.gazetteer.routes import readings

    assert "Makron" in readings("ماكرون", "FR") and "Butin" in readings("بوتين", "RU")
    people = [
        Entry("Vladimir Putin", "person", roles=("Russian President",), country="RU", native=("بوتين",)),
        Entry(
            "Sergey Lavrov",
            "person",
            aliases=("Sergei Lavrov",),
            roles=("Russian Foreign Minister",),
            country="RU",
            native=("لافروف",),
        ),
    ]
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([*PEOPLE, *people], "arabic")]))
    text = (
        "Russian Foreign Minister Sergei Lafrof arrived in Berlin.\n\nLafrof said Butin would travel soon.\n"
    )
    found = {(p.original, p.replacement) for p in name_changes(names_pass, text)}
    assert found == {("Lafrof", "Lavrov"), ("Butin", "Putin")}


def test_a_surname_before_a_capitalised_common_word_stays():
    text = "German Chancellor Olaf Scholz spoke in Berlin.\n\nThe talks, Scholz Said, would go on.\n"
    scholz = Entry(
        "Olaf Scholz", "person", roles=("German Chancellor",), country="DE", native=("朔尔茨", "Шольц")
    )
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([*PEOPLE, scholz], "said")]))
    assert name_changes(names_pass, text) == []


def test_a_role_listed_after_the_office_counts_written_before_the_name(gazetteer):
    from repair.passes.names import analyse

    """The gazetteer lists To Lam as "General Secretary of the Communist Party of Vietnam";
    English also writes "Vietnamese Communist Party General Secretary" before a name. With it
    beside "Su Lin" (苏林 read back), the reading is his."""
    text = (
        "Vietnamese Communist Party General Secretary Su Lin began a visit to Laos on Monday.\n\n"
        "Su Lin met the Lao president in Vientiane. Su Lin said trade would grow.\n"
    )
    result = analyse(Document.from_text(text), gazetteer)
    fixes = {(p.original, p.replacement) for p in result.proposals if p.kind == "name"}
    assert fixes == {("Su Lin", "To Lam")}


def test_secretary_of_state_is_not_turned_round():
    from repair.passes.names.entities import _office_first

    assert _office_first(["secretary", "of", "state"]) == []
    assert _office_first(["president", "of", "the", "european", "commission"]) == [
        "european commission president"
    ]
