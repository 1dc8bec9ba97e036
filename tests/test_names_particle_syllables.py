"""Pinyin syllables that are also name particles ("Du", "Di", "La", "Da"): a capitalised one
opening a name is part of the mention, so a reading of a native spelling ("Du Ke" for 杜克,
Iván Duque) is found whole (repair/gazetteer/mentions.py). Names spelled right with a
particle, and places with one, stay. Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.gazetteer.mentions import sentence_mentions
from repair.passes.names import analyse


def _mentions(text: str) -> list[str]:
    return [m.text(text) for m in sentence_mentions(text, 0, len(text))]


def _names(text: str, gazetteer) -> list[tuple[str, str]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement) for p in result.proposals if p.kind == "name"]


def test_a_capitalised_particle_opening_a_name_stays_in_the_mention():
    assert "Du Ke" in _mentions("Colombian President Du Ke flew home after the vote.")
    assert "Di Sa Na Ya Ke" in _mentions("The envoy greeted Di Sa Na Ya Ke at the airport.")
    assert "La Paz" in _mentions("The delegates reached La Paz late on Sunday.")


def test_a_lower_case_particle_after_a_title_still_opens_no_name():
    assert "Villepin" in _mentions("Prime Minister de Villepin spoke against the war.")


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Colombian President Du Ke said the ceasefire would hold.", "Du Ke", "Duque"),
        ("Polish President Du Da told the crowd that the border was safe.", "Du Da", "Duda"),
        (
            "Sri Lankan President Di Sa Na Ya Ke opened the new port on Friday.",
            "Di Sa Na Ya Ke",
            "Dissanayake",
        ),
    ],
)
def test_a_reading_opening_with_a_particle_syllable_is_repaired(gazetteer, text, wrong, right):
    found = _names(text, gazetteer)
    assert any(old == wrong and right in new for old, new in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Italian Foreign Minister Luigi Di Maio arrived in Rome on Monday.",
        "Brazilian President Lula da Silva spoke at the summit in Belem.",
        "A statue of Charles de Gaulle stands near the station.",
        "European Commission President Ursula von der Leyen met the farmers.",
        "The minister flew from La Paz to Lima on Thursday.",
        "Former Belgian prime minister Herman Van Rompuy wrote a new book.",
        "Le Pen said her party would vote against the budget.",
        "De Klerk shared the Nobel prize with Mandela in 1993.",
        "Da Nang is a port city in central Vietnam.",
        "Do Kwon was extradited to the United States.",
        "Do you think the talks will resume? Du Bois wrote about it in 1903.",
        # a place the gazetteer does not list, opening with a particle: no Korean "Lee Ju-yeol"
        "The mayor visited Las Vegas and La Jolla with her staff on Friday.",
    ],
)
def test_names_and_places_spelled_right_with_a_particle_stay(gazetteer, text):
    assert _names(text, gazetteer) == []


def test_an_arabic_particle_opening_a_run_still_leaves_the_name_alone(gazetteer):
    # "Al Jaber said": the surname news writes alone, read as before
    assert _mentions("Al Jaber said the text was balanced.") == ["Jaber"]
    text = "Sultan Al Jaber presided over the talks in Dubai. Al Jaber said the text was balanced."
    assert _names(text, gazetteer) == []
    damaged = "COP28 President Sultan Al Jaber opened the session. Later Al Jeber said the text was fair."
    assert ("Jeber", "Jaber") in _names(damaged, gazetteer)
