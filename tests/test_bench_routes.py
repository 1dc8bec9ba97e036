"""`repair bench routes`: the gazetteer's transliteration routes read back in sentences of
our own, judged as `repair bench real` judges a page."""

from __future__ import annotations

from repair.gazetteer.entries import Entry
from repair.measure.bench.routes import accepted, cases, sample_people

from .conftest import run_cli

DUQUE = Entry(
    "Iván Duque",
    "person",
    aliases=("Ivan Duque",),
    roles=("Colombian President",),
    country="CO",
    native=("杜克",),
)
YOON = Entry(
    "Yoon Suk Yeol", "person", roles=("South Korean President",), country="KR", native=("尹錫悅", "윤석열")
)


def test_each_reading_gives_a_damaged_and_a_clean_sentence_per_template():
    pairs = list(cases(DUQUE))
    damaged = {c.text for c, _ in pairs}
    assert "Colombian President Du Ke said on Tuesday that talks would resume." in damaged
    assert "Officials met Du Ke, the Colombian President, in the capital on Monday." in damaged
    assert "Mr Du Ke told reporters later that the plan was sound." in damaged
    assert {c.text for _, c in pairs} >= {
        "Colombian President Iván Duque said on Tuesday that talks would resume.",
        "Mr Duque told reporters later that the plan was sound.",
    }
    assert all("Duque" in c.rights and "Ivan Duque" in c.rights for c, _ in pairs)


def test_readings_that_are_correct_romanisations_are_no_damage():
    readings = {c.reading for c, _ in cases(YOON)}
    assert "Yin Xiyue" in readings  # 尹錫悅 in Pinyin
    assert "Yun Seok-yeol" not in readings and "Yun Seokyeol" not in readings  # Revised Romanization
    # the family name as English writes it is no damage after "Mr"
    assert not any(c.template == "honorific" and c.reading == "Yoon" for c, _ in cases(YOON))


def test_accepted_forms_drop_accents_and_the_arabic_article():
    burhan = Entry("Abdel Fattah al-Burhan", "person", country="SD")
    assert {"Burhan", "Abdel Fattah al-Burhan"} <= set(accepted(burhan))
    assert "Duque" in accepted(DUQUE) and "Ivan Duque" in accepted(DUQUE)


def test_the_sample_is_fixed_by_the_seed():
    people = [Entry(f"Person {i}", "person", native=(f"人{i}",)) for i in range(50)]
    people.append(Entry("Nobody Native", "person"))
    first = [e.canonical for e in sample_people(people, 3, 10)]
    assert first == [e.canonical for e in sample_people(list(reversed(people)), 3, 10)]
    assert len(first) == 10 and "Nobody Native" not in first


def test_the_cli_reports_the_shares_and_the_clean_control():
    run = run_cli("bench", "routes", "--limit", "2", "--grammar", "none", "--quiet")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "seed 1, 2 people with a native spelling" in out
    assert "clean:" in out and "false changes 0" in out
