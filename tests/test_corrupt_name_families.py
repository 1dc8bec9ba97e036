"""The simulator's name damage imitates the families seen on real machine-translated pages:
one person read through another script differently each time, a family name left in its own
script after a title, a surname alone in lower case, and a name respelled all through."""

from __future__ import annotations

import re

from repair.measure.corrupt import corrupt_text, restore
from repair.measure.corrupt.names import _NATIVE, _SURNAME_ONLY


def _runs(clean: str, name: str, seeds: int = 60, **known):
    for seed in range(seeds):
        damaged = corrupt_text(clean, name=name, seed=seed, profile="mt-roundtrip", **known)
        assert restore(damaged.text, damaged.corruptions) == clean
        yield damaged


CHANCELLOR = (
    "Chancellor Tomas Kvarda arrived in Vienna on Tuesday for two days of talks.\n\n"
    "Kvarda told reporters the trade deal was close, and Kvarda thanked the hosts.\n\n"
    "On Wednesday Kvarda met the mayor before flying home.\n"
)


def test_one_person_read_through_another_script_differently_each_time():
    routes = {"Tomas Kvarda": ["Kevada", "Kwaerda", "Kuvarda", _SURNAME_ONLY]}
    spread = []
    for damaged in _runs(CHANCELLOR, "kvarda.txt", known_people=["Tomas Kvarda"], routes=routes):
        found = [c for c in damaged.corruptions if c.kind == "name-route"]
        for c in found:
            assert c.original == "Kvarda" and c.text in routes["Tomas Kvarda"][:-1]
        if len({c.text for c in found}) >= 2:
            spread.append(found)
    assert spread, "no article respelled the chancellor two ways"


def test_a_western_surname_is_never_read_one_syllable_a_word():
    routes = {"Tomas Kvarda": ["Ku Wa Er Da", "Kuwaerda", _SURNAME_ONLY]}
    texts = {
        c.text
        for damaged in _runs(CHANCELLOR, "kvarda.txt", known_people=["Tomas Kvarda"], routes=routes)
        for c in damaged.corruptions
        if c.kind == "name-route"
    }
    assert texts == {"Kuwaerda"}


def test_a_family_name_left_in_its_own_script_after_a_title():
    clean = (
        "President Jang Min Seo opened the port in Busan on Friday.\n\n"
        "The new berths will take larger ships, President Jang said.\n\n"
        "Officials said President Jang would return next month.\n"
    )
    routes = {"Jang Min Seo": ["Zhang Minxu", _NATIVE + "張"]}
    native = [
        (damaged.text, c)
        for damaged in _runs(clean, "jang.txt", known_people=["Jang Min Seo"], routes=routes)
        for c in damaged.corruptions
        if c.kind == "name-native"
    ]
    assert native
    for text, c in native:
        assert (c.original, c.text, c.category) == ("Jang", "張", "name")
        assert text[: c.start].endswith("President ")


def test_a_surname_standing_alone_loses_its_capital_mid_sentence():
    clean = (
        "Minister Ota Brenn opened the bridge over the river on Monday.\n\n"
        "The crossing saves an hour, said Brenn, and more will follow.\n\n"
        "Local traders thanked Brenn for the work.\n"
    )
    alone = []
    for damaged in _runs(clean, "brenn.txt", known_people=["Ota Brenn"]):
        for c in damaged.corruptions:
            if c.kind == "name-lowercase":
                assert (c.original, c.text) == ("Brenn", "brenn")
                if not damaged.text[: c.start].endswith("Ota "):
                    alone.append(damaged.text[c.start - 2 : c.start])
    assert alone and all(re.fullmatch(r"[a-z,] ", before) for before in alone)


def test_a_name_respelled_the_same_way_all_through():
    every = 0
    for damaged in _runs(CHANCELLOR, "kvarda.txt", known_people=["Tomas Kvarda"]):
        respelled = [c for c in damaged.corruptions if c.kind == "name-phonetic"]
        if len(respelled) == 4 and "Kvarda" not in damaged.text:
            assert len({c.text for c in respelled}) == 1
            every += 1
    assert every


MINISTER = (
    "Foreign Minister Anna Katz arrived in Oslo on Monday for talks on fishing rights.\n\n"
    "Talks with Minister Katz went well, the hosts said, and Mr. Katz thanked them.\n\n"
    "On Tuesday the visitors met Prime Minister Jonas Mellander. Later Mellander said the "
    "deal was close, and officials praised Mellander for his patience.\n"
)


def test_a_short_family_name_after_a_title_and_a_family_name_alone_are_heard_as_words():
    """Two families of real pages (issue #15 item 6): "Mr. Cats" for Mr. Katz, and a family
    name standing alone heard as English words; each undone by its answer key."""
    known = {"known_people": ["Anna Katz", "Jonas Mellander"]}
    after_title, heard = set(), set()
    for damaged in _runs(MINISTER, "katz.txt", **known):
        for c in damaged.corruptions:
            if c.kind == "name-honorific-sound":
                assert c.original == "Katz" and c.text != "Katz"
                after_title.add(c.text)
            if c.kind == "name-words-short":
                assert c.original == "Mellander" and len(c.text.split()) >= 2
                heard.add(c.text)
    assert after_title and heard


def test_the_new_families_leave_every_other_corruption_of_a_seed_as_it_was():
    from repair.measure.corrupt import names

    known = {"known_people": ["Anna Katz", "Jonas Mellander"]}
    saved = dict(names.REAL_FAMILY_RATES)
    try:
        for kind in names.REAL_FAMILY_RATES:
            names.REAL_FAMILY_RATES[kind] = 0.0
        without = [corrupt_text(MINISTER, name="katz.txt", seed=s, **known) for s in range(20)]
    finally:
        names.REAL_FAMILY_RATES.update(saved)
    for seed, plain in enumerate(without):
        damaged = corrupt_text(MINISTER, name="katz.txt", seed=seed, **known)
        new = ("name-honorific-sound", "name-words-short")
        kept = [(c.kind, c.original, c.text) for c in damaged.corruptions if c.kind not in new]
        assert kept == [(c.kind, c.original, c.text) for c in plain.corruptions]
