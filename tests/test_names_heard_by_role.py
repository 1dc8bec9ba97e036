"""A name heard as English words after a role, where the article names the person nowhere else
("Jordanian Foreign Minister Ayman Suffer Dee"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

ENTRIES = [
    Entry("Ayman Safadi", "person", roles=("Jordanian Foreign Minister",), country="JO", prominence=0.8),
    Entry("Dmitry Peskov", "person", roles=("Kremlin spokesman",), country="RU", prominence=0.9),
    Entry("Wang Yi", "person", roles=("Chinese Foreign Minister",), country="CN", prominence=0.9),
    Entry("Pest", "place", country="HU", prominence=0.5),
    Entry("Viktor Orbán", "person", roles=("Hungary's Prime Minister",), country="HU", prominence=0.9),
    Entry("Ali Yasin", "person", roles=("Foreign Minister",), country="XX", prominence=0.5),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(ENTRIES, "heard-by-role")]))


def heard(names_pass: NamesPass, text: str) -> list:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [p for p in proposals if p.rule == "name.heard-as-word"]


def test_the_first_name_and_a_near_sound_make_it_automatic(names_pass):
    text = "The talks went on late.\n\nJordanian Foreign Minister Ayman Suffer Dee left the room at noon.\n"
    [fix] = heard(names_pass, text)
    assert (fix.original, fix.replacement) == ("Suffer Dee", "Safadi")
    assert fix.confidence >= 0.9


def test_two_consonants_apart_stays_in_review(names_pass):
    text = "It was a calm day.\n\nKremlin spokesman Dmitry Pest Cough said the line was open.\n"
    [fix] = heard(names_pass, text)
    assert (fix.original, fix.replacement) == ("Pest Cough", "Peskov")
    assert fix.confidence < 0.9


def test_without_the_first_name_the_sound_must_be_one_consonant_apart(names_pass):
    near = "The envoys met.\n\nThe Jordanian Foreign Minister Suffer Dee arrived first.\n"
    [fix] = heard(names_pass, near)
    assert fix.replacement == "Safadi" and fix.confidence < 0.9
    far = "The envoys met.\n\nKremlin spokesman Pest Cough gave no answer.\n"
    assert heard(names_pass, far) == []


def test_the_role_holders_own_name_and_unrelated_words_stay(names_pass):
    text = (
        "Chinese Foreign Minister Wang Yi Said little.\n\n"
        "Jordanian Foreign Minister Ayman Safadi Thanked the hosts, and Kremlin spokesman Dmitry Green Tea sat down.\n"
    )
    assert heard(names_pass, text) == []


def test_a_role_written_after_the_run_lists_the_holder(names_pass):
    text = "The envoys met.\n\nSuffer Dee, the Jordanian foreign minister, left the room at noon.\n"
    [fix] = heard(names_pass, text)
    assert (fix.original, fix.replacement) == ("Suffer Dee", "Safadi")
    assert fix.confidence < 0.9  # no first name: review


def test_a_possessive_role_after_the_run_lists_the_holder(names_pass):
    text = "Budapest was quiet.\n\nOr Ban, Hungary's prime minister, spoke to farmers on Sunday.\n"
    [fix] = heard(names_pass, text)
    assert (fix.original, fix.replacement) == ("Or Ban", "Orbán") and fix.confidence < 0.9


def test_an_apposition_that_is_no_listed_role_is_no_evidence(names_pass):
    text = "The envoys met.\n\nSun Valley, the Idaho resort, sent a choir to sing for the Jordanian foreign minister.\n"
    assert heard(names_pass, text) == []


def test_a_run_before_said_is_the_holder_of_a_role_the_article_writes_elsewhere(names_pass):
    text = (
        "Reporters asked the Kremlin spokesman about the call.\n\n"
        "Peace Cove told them that no date had been set.\n"
    )
    [fix] = heard(names_pass, text)
    assert (fix.original, fix.replacement) == ("Peace Cove", "Peskov") and fix.confidence < 0.9


def test_before_said_the_role_must_name_a_country_or_body_and_the_sound_be_exact(names_pass):
    office_only = "Reporters asked the foreign minister about the call.\n\nYes Sin said no date was set.\n"
    assert heard(names_pass, office_only) == []
    near = "Reporters asked the Kremlin spokesman about the call.\n\nPest Cough said no date was set.\n"
    assert heard(names_pass, near) == []  # PSTKF is one consonant from Peskov's PSKF: not beside a role
    no_role = "Reporters waited outside.\n\nPeace Cove told them that no date had been set.\n"
    assert heard(names_pass, no_role) == []
