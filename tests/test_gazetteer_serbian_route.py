"""Serbian, Montenegrin and Macedonian Cyrillic (Вучић, Ђилас, Ѓорге) write letters the
Russian systems do not read, so such a spelling had no reading at all. It goes through its
own Latin alphabet (cyrtranslit) and comes back as English news writes it ("Vucic",
"Djilas") and as an English ear says it ("Vuchich"). The sentences are the project's own."""

from __future__ import annotations

import pytest

from repair.gazetteer.routes import readings
from tests.test_names_probe6_families import _names

READINGS = [
    ("Вучић", "RS", "Vucic"),
    ("Вучић", "RS", "Vuchich"),
    ("Ђурић", "RS", "Djuric"),  # đ as English news writes it
    ("Џаферовић", "BA", "Jaferovich"),  # dž by ear
    ("Ѓорге Иванов", "MK", "Gjorge Ivanov"),  # Macedonian ѓ
    ("Зеленский", "UA", "Zelensky"),  # Russian spellings keep the Russian systems
]


@pytest.mark.parametrize(("native", "country", "reading"), READINGS, ids=[r for _, _, r in READINGS])
def test_a_south_slavic_spelling_reads_back(native, country, reading):
    assert reading in readings(native, country)


FIXED = [
    (
        "Serbian opposition politician Marinika Tepich called for early elections on Sunday.",
        "Tepich",
        "Tepic",
    ),
    ("Speaker of the National Assembly of Serbia Vladimir Orlich opened the session.", "Orlich", "Orlic"),
    (
        "Dveri leader Boshko Obradovich addressed the rally in Kragujevac on Saturday.",
        "Boshko Obradovich",
        "Bosko Obradovic",
    ),
]


@pytest.mark.parametrize(("sentence", "old", "new"), FIXED, ids=[o for _, o, _ in FIXED])
def test_a_serbian_name_said_by_ear_after_the_role_is_the_person(gazetteer, sentence, old, new):
    assert (old, new) in [(o, n) for o, n, _ in _names(sentence + "\n", gazetteer)]


def test_the_serbian_opposition_leaders_own_spelling_stays(gazetteer):
    text = "Serbian opposition leader Dragan Đilas called for early elections on Sunday.\n"
    assert _names(text, gazetteer) == []
