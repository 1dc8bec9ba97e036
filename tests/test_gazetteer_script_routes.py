"""Routes for the scripts the tables first lacked: Persian letters in Arabic script (ی, ک,
ژ), Greek (ELOT 743 and as an English ear writes it) and unpointed Hebrew. A name that came
back through one of them must read back close to the English spelling, or at least to its
consonants, which is what the sound key compares. The sentences are the project's own."""

from __future__ import annotations

import pytest

from repair.gazetteer.keys import sound_key
from repair.gazetteer.routes import readings, script_of
from tests.test_names_probe6_families import _names

# (native spelling, country, a reading the routes must give)
READINGS = [
    ("عراقچی", "IR", "Araqchi"),  # Persian ya and the Persian che
    ("کاظم", "IR", "Kazm"),  # Persian kaf, which the Arabic table did not read at all
    ("ژاله", "IR", "Zhaleh"),  # zhe, and a closing he as Persian news writes it
    ("وحیدی", "IR", "Vhidi"),  # a consonant waw is "v" in Persian
    ("وليد", "SA", "Wlid"),  # and still "w" in Arabic
    ("Χατζηδάκης", "GR", "Chatzidakis"),  # ELOT 743
    ("Χατζηδάκης", "GR", "Hatzidakis"),  # by ear
    ("Γιώργος Γεραπετρίτης", "GR", "Yorgos Yerapetritis"),
    ("Ντόρα Μπακογιάννη", "GR", "Dora Bakoyanni"),  # a word-opening ντ and μπ
    ("Παυλόπουλος", "GR", "Pavlopoulos"),  # αυ before a voiced sound
    ("Χρυσοχοΐδης", "GR", "Hrisohoidis"),  # the diaeresis parts ο and ι
    ("יצחק הרצוג", "IL", "Ytshk Hrtsog"),  # vav inside a word is a vowel
    ("עבאס", "PS", "Abas"),  # bet after a silent ayin opens the word
    ("ג׳ורג׳", "US", "Jorj"),  # a geresh makes gimel "j"
]


@pytest.mark.parametrize(("native", "country", "reading"), READINGS, ids=[r for _, _, r in READINGS])
def test_a_spelling_reads_back_through_its_script(native, country, reading):
    assert reading in readings(native, country)


def test_greek_and_hebrew_are_scripts_of_their_own():
    assert script_of("Μητσοτάκης") == "greek"
    assert script_of("לפיד") == "hebrew"
    assert script_of("پزشکیان") == "arabic"


def test_an_unpointed_hebrew_reading_keeps_the_consonants_of_the_english_name():
    """Hebrew writes few vowels, so "Lpid" is all a reading of לפיד says; the sound key,
    which drops vowels after the first letter, still finds Lapid."""
    assert sound_key("Lapid") in {sound_key(r) for r in readings("לפיד", "IL")}


def test_a_greek_name_read_by_ear_after_its_role_is_the_greek_minister(gazetteer):
    text = (
        "Greek Citizen Protection Minister Michalis Hrisohoidis visited the border post on"
        " Monday and promised more patrols before the summer.\n"
    )
    assert ("Hrisohoidis", "Chrysochoidis") in [(old, new) for old, new, _ in _names(text, gazetteer)]


def test_the_greek_ministers_own_spelling_stays(gazetteer):
    text = (
        "Greek Citizen Protection Minister Michalis Chrysochoidis visited the border post on"
        " Monday and promised more patrols before the summer.\n"
    )
    assert _names(text, gazetteer) == []
