"""Damage families the seventeenth probe set (tests/fixtures/name-probes-17, written before the
changes and measured blind) showed the pass missing: a glued name the gazetteer reads whole as
one word, whose recognition kept out the space the pass itself put back ("RuslanZhaksylykov");
a surname translated as a word after a first name several listed people share, the role telling
which ("former foreign minister Carlos France"), or after a role written without its country
words ("former prime minister Enrico Read"), or with its article as "the" ("Ignazio the
Russian"); and Persian and Hebrew first names as Arabic reads them back ("Rida" for Reza). Each
with correct text the new rules must leave alone. The sentences are the project's own."""

from __future__ import annotations

import pytest

from repair.api import check_text
from repair.document import Document
from repair.edits import Span
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer
from repair.passes.names import analyse
from repair.passes.names.entities import _first_close, _first_name_forms, _own_first_name, role_phrases
from repair.passes.names.glued_names import split_protection


def _names(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, float, str]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement, p.confidence, p.rule) for p in result.proposals]


# --- a glued name read whole -------------------------------------------------------------


def test_a_glued_name_read_whole_gets_its_space_through_the_pipeline():
    text = "In Astana on Monday, RuslanZhaksylykov told officers that the budget would grow.\n"
    glued = [p for p in check_text(text, grammar="none") if p["rule"] == "name.glued"]
    assert [(p["original"], p["replacement"]) for p in glued] == [("", " ")]
    assert text[: glued[0]["span"][0]].endswith("Ruslan")


def test_the_correct_name_keeps_its_protection():
    text = "In Astana on Monday, Ruslan Zhaksylykov told officers that the budget would grow.\n"
    assert [p for p in check_text(text, grammar="none") if p["kind"] in ("spacing", "name")] == []


def test_split_protection_opens_only_the_gaps_inside():
    spans = [Span(3, 9), Span(11, 28)]
    assert split_protection(spans, [17]) == [Span(3, 9), Span(11, 17), Span(17, 28)]
    assert split_protection(spans, [9, 30]) == spans  # at an end or outside: unchanged
    assert split_protection(spans, []) == spans


# --- a surname translated as a word --------------------------------------------------------


def test_the_role_picks_the_one_of_a_shared_first_name(gazetteer):
    text = (
        "At a trade fair in Brasilia, former foreign minister Carlos France urged exporters to look east.\n"
    )
    found = [n for n in _names(text, gazetteer) if n[0] == "France"]
    # spelled as the article spells names: without accents
    assert [(new, rule) for _, new, _, rule in found] == [("Franca", "name.translated-surname")]
    assert found[0][2] < 0.9


def test_a_role_without_its_country_words(gazetteer):
    text = "Former prime minister Enrico Read told students in Pisa that Europe needed a common budget.\n"
    found = [n for n in _names(text, gazetteer) if n[0] == "Read"]
    assert [(new, rule) for _, new, _, rule in found] == [("Letta", "name.translated-surname")]
    assert found[0][2] < 0.9


def test_a_surname_article_read_as_the(gazetteer):
    text = "Senate president Ignazio the Russian opened the session with a minute of silence.\n"
    found = [n for n in _names(text, gazetteer) if n[0] == "the Russian"]
    assert [(new, rule) for _, new, _, rule in found] == [("La Russa", "name.translated-surname")]
    assert found[0][2] < 0.9


@pytest.mark.parametrize(
    "text",
    [
        # no role of the person in the sentence
        "Enrico Read the letter aloud to the class before lunch.\n",
        "A waiter named Carlos France served the soup at the embassy dinner.\n",
        # three listed Carloses were foreign ministers: no country, no choice
        "The former foreign minister Carlos France spoke at the forum.\n",
        # "the" and a word after a first name with no article surname
        "Former prime minister Enrico the Younger was a character in the play.\n",
        # the surname itself
        "Former prime minister Enrico Letta told students in Pisa that Europe needed a budget.\n",
    ],
)
def test_correct_or_unrelated_runs_stay(gazetteer, text):
    assert [n for n in _names(text, gazetteer) if n[3] == "name.translated-surname"] == []


# --- first names as Arabic reads them back ----------------------------------------------------


@pytest.mark.parametrize(
    ("written", "theirs"),
    [("rida", "reza"), ("husain", "hossein"), ("jawad", "javad"), ("tsahi", "tzachi"), ("mahdi", "mehdi")],
)
def test_arabic_readings_of_persian_and_hebrew_first_names_are_the_same_name(written, theirs):
    assert _first_close(written, theirs)
    assert not _own_first_name(written, theirs)


def test_other_first_names_stay_other():
    assert not _first_close("rida", "rami")
    assert not _first_close("mohsen", "mahmoud")


# --- a first name in another form hides the person; an office written without its country -----


def test_first_name_forms_search_the_run_with_each_equivalent():
    forms = _first_name_forms(["rida", "bahlawi"])
    assert ["reza", "bahlawi"] in forms and ["ridha", "bahlawi"] in forms
    assert ["rida", "bahlawi"] not in forms
    assert _first_name_forms(["bahlawi"]) == []
    assert _first_name_forms(["zorro", "bahlawi"]) == []


def test_an_office_of_three_words_stands_without_what_it_is_of():
    entry = Entry("Test Person", "person", roles=("exiled Crown Prince of Iran",), country="IR")
    phrases = [folded for _, folded in role_phrases(entry)]
    assert "exiled crown prince" in phrases
    two = Entry("Other Person", "person", roles=("Secretary General of the League",), country="EG")
    assert "secretary general" not in [folded for _, folded in role_phrases(two)]


def test_a_persian_name_read_back_from_arabic_with_its_role(gazetteer):
    text = "Exiled crown prince Rida Bahlawi told supporters in Paris to prepare for a long campaign.\n"
    found = [(new, rule) for old, new, _, rule in _names(text, gazetteer) if old == "Rida Bahlawi"]
    assert found == [("Reza Pahlavi", "name.entity")]
