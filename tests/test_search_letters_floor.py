"""The candidate search's letters test (``_may_reach``): it skips the full alignment only of
spellings no alignment could score MIN_SIM with, so the candidates are the same with it or
without it."""

from __future__ import annotations

import random

import pytest

from repair.gazetteer.index import Gazetteer
from repair.gazetteer.keys import name_pieces
from repair.gazetteer.search import (
    MIN_SIM,
    _heard_align,
    _may_reach,
    _piece_words,
    _spellings_of,
    candidates,
)


def reach(mention: str, form: str, country: str = "") -> bool:
    words = tuple(mention.split())
    form_words = _piece_words(name_pieces(form))
    return _may_reach(words, "".join(words), _spellings_of(form, form_words, country))


def test_a_respelled_name_reaches_its_form():
    assert reach("kishita", "Fumio Kishida", "JP")
    assert reach("fumio kishita", "Fumio Kishida", "JP")
    # read by the sound of its letters only: "Vuchich" for Vučić
    assert reach("vuchich", "Aleksandar Vučić", "RS")


def test_a_name_with_no_letters_alike_is_skipped():
    assert not reach("zhang", "Olaf Scholz", "DE")
    assert not reach("moon", "Keir Starmer", "GB")


@pytest.fixture(scope="module")
def people() -> list:
    gazetteer = Gazetteer.load()
    entries = [e for e in gazetteer.entries() if e.type == "person"]
    return random.Random(7).sample(entries, 300)


def _mangled(word: str, rng: random.Random) -> str:
    letters = list(word)
    for _ in range(rng.randint(0, 3)):
        i = rng.randrange(len(letters))
        letters[i] = rng.choice("aeioukstrnlhgdbpmzcxy")
    return "".join(letters)


def test_a_skipped_spelling_never_aligns_at_min_sim(people):
    """Mentions made from one person's name, respelled, against other people's forms: each
    one the letters test skips scores below MIN_SIM aligned in full."""
    rng = random.Random(11)
    skipped = 0
    for entry in people[:150]:
        words = [w for w, _, _ in name_pieces(entry.canonical)]
        mention = tuple(_mangled(w, rng) for w in words if w)
        for other in [entry, *rng.sample(people, 20)]:
            for form in other.forms:
                form_words = _piece_words(name_pieces(form))
                if not form_words or _may_reach(
                    mention, "".join(mention), _spellings_of(form, form_words, other.country)
                ):
                    continue
                skipped += 1
                alignment = _heard_align(mention, form, form_words, other.country)
                assert alignment is None or alignment.score < MIN_SIM, (mention, form)
    assert skipped > 100  # the test skips most spellings of other people


def test_candidates_are_the_same_with_the_test_or_without(people, monkeypatch):
    gazetteer = Gazetteer.load()
    rng = random.Random(5)
    mentions = []
    for entry in people[150:230]:
        words = [w for w, _, _ in name_pieces(entry.canonical)]
        mentions.append([_mangled(w, rng) for w in words if w])
    extra = people[:60]
    with_test = [candidates(gazetteer, m, extra=extra, limit=6) for m in mentions]
    monkeypatch.setattr("repair.gazetteer.search._may_reach", lambda *_: True)
    without = [candidates(gazetteer, m, extra=extra, limit=6) for m in mentions]
    assert with_test == without
    assert any(with_test)  # the mentions do find their people
