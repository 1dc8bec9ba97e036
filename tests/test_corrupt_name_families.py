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
