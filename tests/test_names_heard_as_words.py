"""Names that came back as other words, and a respelled surname in lower case: a surname
rendered as the English word it sounds like, a name respelled as somebody's first name, and
"minister pristayko". Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

ENTRIES = [
    Entry(
        "Szymon Hołownia",
        "person",
        aliases=("Szymon Holownia",),
        roles=("Speaker of the Sejm",),
        country="PL",
    ),
    Entry("Donald Tusk", "person", roles=("Polish Prime Minister",), country="PL", prominence=0.9),
    Entry("Anatoly Antonov", "person", roles=("Russian Ambassador to the US",), country="RU", prominence=0.8),
    Entry("Anadolu Agency", "organisation", aliases=("Anadolu",), country="TR", prominence=0.8),
    Entry(
        "Vadym Prystaiko",
        "person",
        roles=("Ukrainian Foreign Minister", "Foreign Minister"),
        country="UA",
        native=("Пристайко",),
        prominence=0.8,
    ),
    Entry("Ankara", "place", prominence=0.9),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(ENTRIES, "heard")]))


def name_changes(names_pass: NamesPass, text: str) -> list:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [p for p in proposals if p.kind == "name"]


def test_a_surname_rendered_as_the_english_word_it_sounds_like(names_pass):
    text = (
        "Polish Prime Minister Donald Tusk spoke to Szymon Holownia on Monday.\n\n"
        "Later Tusk said he had warned the Hollow about the vote.\n"
    )
    [fix] = name_changes(names_pass, text)
    assert (fix.original, fix.replacement, fix.rule) == ("the Hollow", "Holownia", "name.heard-as-word")
    assert fix.confidence < 0.9


def test_an_english_word_far_from_every_named_surname_stays(names_pass):
    text = "Szymon Holownia spoke on Monday.\n\nHe walked through the Valley to the hall.\n"
    assert name_changes(names_pass, text) == []


def test_a_name_respelled_as_a_first_name_the_article_does_not_use(names_pass):
    text = (
        "The figures came from Anadolu Agency in Ankara.\n\n"
        "Supporters were told to ignore Anadolu until morning.\n\n"
        "We do not trust Anatoly, an opposition official said.\n"
    )
    [fix] = name_changes(names_pass, text)
    assert (fix.original, fix.replacement) == ("Anatoly", "Anadolu")
    assert fix.confidence < 0.9


def test_a_first_name_in_an_article_without_a_namesake_stays(names_pass):
    text = "Anatoly Antonov met officials in Ankara.\n\nAnatoly later left.\n"
    assert name_changes(names_pass, text) == []


def test_a_respelled_surname_in_lower_case_after_a_title(names_pass):
    text = "Ukrainian Foreign Minister pristayko said on Thursday that a summit was possible.\n"
    [fix] = name_changes(names_pass, text)
    assert (fix.original, fix.replacement) == ("pristayko", "Prystaiko")
    assert any("Пристайко" in e for e in fix.evidence)
    assert fix.confidence >= 0.9  # a reading of the native name, and the person's own role before it


def test_a_respelled_lower_case_surname_after_a_bare_title_goes_to_review(names_pass):
    [fix] = name_changes(names_pass, "The talks, said minister pristayko, would go on.\n")
    # the lower-case title right before the name is capitalised with it (titled_lower.py)
    assert fix.replacement == "Minister Prystaiko" and fix.confidence < 0.9


def test_a_rare_lower_case_word_without_a_title_or_the_person_stays(names_pass):
    assert name_changes(names_pass, "The report mentioned pristayko twice in its notes.\n") == []


def test_a_listed_family_name_after_the_is_a_common_noun():
    lira = Entry("Arthur Lira", "person", roles=("Speaker of the Chamber of Deputies",), country="BR")
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([lira], "lira")]))
    text = "Traders said the lira would fall again, and the central bank kept its rate.\n"
    assert name_changes(names_pass, text) == []
    # after a title, and for a person the article names, it is still the surname
    titled = "Arthur Lira spoke first. Later speaker lira thanked the deputies.\n"
    assert [f.original for f in name_changes(names_pass, titled)] == ["speaker lira"]


def test_a_respelled_lower_case_surname_after_the_persons_first_name(names_pass):
    [fix] = name_changes(names_pass, "On Monday Vadym pristayko told the press the talks would go on.\n")
    assert (fix.original, fix.replacement) == ("pristayko", "Prystaiko") and fix.confidence >= 0.9


def test_a_surname_left_in_cyrillic_after_a_title():
    putin = Entry("Vladimir Putin", "person", roles=("Russian President",), country="RU", native=("Путин",))
    names_pass = NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([putin], "cyrillic")]))
    text = (
        "Russian President Vladimir Putin spoke on Monday.\n\n"
        "Later President Путин met the governors.\n\n"
        "A banner read Путин in large letters.\n"
    )
    [fix] = name_changes(names_pass, text)
    assert (fix.original, fix.replacement, fix.rule) == ("Путин", "Putin", "name.native-script")


HEARD = [
    Entry("Giorgia Meloni", "person", roles=("Italian Prime Minister",), country="IT", prominence=0.9),
    Entry("Recep Tayyip Erdoğan", "person", roles=("Turkish President",), country="TR", prominence=0.9),
    Entry("White House", "organisation", country="US", prominence=0.9),
]


@pytest.fixture(scope="module")
def heard_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(HEARD, "heard-runs")]))


def test_a_run_of_english_words_said_like_a_named_family_name(heard_pass):
    text = (
        "Italian Prime Minister Giorgia Meloni arrived in Ankara on Monday for talks.\n\n"
        "Turkish President Recep Tayyip Erdogan welcomed her at the palace. Later Mellow Knee said "
        "the two countries would work together. Air Dog On said Turkey agreed.\n"
    )
    found = {(p.original, p.replacement, p.rule) for p in name_changes(heard_pass, text)}
    assert found == {
        ("Mellow Knee", "Meloni", "name.heard-as-word"),
        ("Air Dog On", "Erdogan", "name.heard-as-word"),
    }
    assert all(p.confidence < 0.9 for p in name_changes(heard_pass, text))


def test_runs_of_english_words_nobody_named_is_said_like_stay(heard_pass):
    text = (
        "Italian Prime Minister Giorgia Meloni spoke to the White House on Monday.\n\n"
        "Main Street traders said prices had doubled. Golden Dawn, a cafe, closed early.\n\n"
        "Italian Leader Meets Turkish Officials Again\n"
    )
    assert name_changes(heard_pass, text) == []
