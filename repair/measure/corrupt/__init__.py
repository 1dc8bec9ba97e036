"""The corruption simulator: realistic damage to clean articles, with an exact answer key.

``corrupt_text(text, name=..., seed=...)`` returns the damaged text and its key. The same
seed and file name always give the same damage (the random generator is seeded from the
seed plus a stable hash of the name, never from Python's ``hash()``).

Profiles:
- ``mt-roundtrip``: what a machine-translation round trip does to names and sentences;
- ``scrape``: page chrome, broken paragraphs, spacing and punctuation;
- ``encoding``: mojibake;
- ``all``: everything.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from repair.document import Document
from repair.measure.corrupt import chrome, names, text
from repair.measure.corrupt.plan import CATEGORIES, Corruption, Plan, restore, stable_seed

__all__ = [
    "CATEGORIES",
    "PROFILES",
    "Corruption",
    "Damaged",
    "corrupt_text",
    "restore",
    "default_gazetteers",
    "known_names",
]

# kind -> damage per 1,000 words (the expected count; each article draws around it)
RATES: dict[str, dict[str, float]] = {
    "mt-roundtrip": {
        "name-phonetic": 6,
        "name-words": 1.5,
        "name-firstname": 1.5,
        "name-route": 2,
        "name-native": 0.5,
        "name-lowercase": 1,
        "honorific-split": 1.5,
        "capitalised": 3,
        "doubled-word": 2.5,
        "synonym": 4,
        "clause-swap": 1.5,
        "fragment": 1.5,
    },
    "scrape": {
        "broken-paragraph": 3,
        "spacing": 4,
        "punctuation": 2.5,
        "chrome-newsletter": 1.2,
        "chrome-feed": 1,
        "chrome-comment-form": 0.8,
        "chrome-copyright": 1.2,
        "chrome-see-also": 1.5,
        "chrome-membership": 1.2,
        "chrome-teaser": 1.2,
    },
    "encoding": {"mojibake": 5},
}
PROFILES = (*RATES, "all")
MIN_DAMAGE = 4


@dataclass(frozen=True)
class Damaged:
    text: str
    corruptions: list[Corruption]

    def key(self, source: str, seed: int, profile: str, clean: str) -> dict:
        """The answer key in its JSON form."""
        return {
            "source": source,
            "seed": seed,
            "profile": profile,
            "clean_sha1": hashlib.sha1(clean.encode("utf-8")).hexdigest(),
            "corruptions": [c.to_dict() for c in self.corruptions],
        }


_KNOWN: dict[str, dict] = {}


def known_names(paths: Sequence[Path] | None = None) -> dict:
    """Keyword arguments for corrupt_text from gazetteer files (default: the shipped ones):
    the people to damage, the organisations, places and terms never to take for people, and
    each person's accepted spellings (a first-name swap must not yield one of them).

    Read once per process while the files are unchanged (path, size and modification time):
    reading them and their names' readings takes about half a second, and a benchmark or a
    `repair corrupt` run asks again for each corpus. The lists are shared: read them only."""
    from repair.cache import source_key

    files = list(default_gazetteers() if paths is None else paths)
    key = repr(source_key(files))
    if key not in _KNOWN:
        by_type = names.gazetteer_names(files)
        others = [name for kind, found in sorted(by_type.items()) if kind != "person" for name in found]
        _KNOWN[key] = {
            "known_people": by_type.get("person", []),
            "not_people": others,
            "same_person": names.person_forms(files),
            "routes": names.route_readings(files),
        }
    return dict(_KNOWN[key])


@lru_cache(maxsize=64)
def _document(clean: str) -> Document:
    """The clean article read into sentences, once for every seed and profile it is damaged
    with (segmenting is most of the time of damaging it; the damage only reads the Document)."""
    return Document.from_text(clean)


def default_gazetteers() -> list[Path]:
    """The shipped gazetteer's files (repair.data)."""
    from repair.data import gazetteer_files

    return gazetteer_files()


def _budget(profile: str, words: int, rng: random.Random) -> dict[str, int]:
    rates: dict[str, float] = {}
    for name, table in RATES.items():
        if profile in (name, "all"):
            rates.update(table)
    budget = {}
    for kind, rate in rates.items():
        expected = rate * words / 1000
        # around the expected count: floor or ceiling at random, so small rates still happen
        whole = int(expected)
        budget[kind] = whole + (1 if rng.random() < expected - whole else 0)
    kinds = sorted(budget)
    while sum(budget.values()) < MIN_DAMAGE:  # a short article still gets some damage
        budget[rng.choice(kinds)] += 1
    return budget


def corrupt_text(
    clean: str,
    *,
    name: str,
    seed: int,
    profile: str = "all",
    known_people: Sequence[str] = (),
    not_people: Sequence[str] = (),
    same_person: Sequence[Sequence[str]] = (),
    routes: dict[str, list[str]] | None = None,
) -> Damaged:
    """Damage ``clean``; ``name`` (the file name) and ``seed`` fix the random choices."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}")
    rng = random.Random(stable_seed(seed, name))
    doc = _document(clean)
    budget = _budget(profile, max(doc.word_count, 1), rng)
    plan = Plan(clean)
    people = names.find_people(clean, known_people, not_people)
    name_words = {t for p in people for t in p.tokens}
    # names first: they are the damage the tool exists for, so they get first pick of spans
    names.damage_names(plan, people, rng, budget, same_person, routes)
    names.damage_honorifics(plan, rng, budget)
    text.clause_swap(plan, doc, name_words, rng, budget)
    text.fragment(plan, doc, rng, budget)
    text.broken_paragraph(plan, doc, rng, budget)
    for step in text.STEPS.values():
        step(plan, rng, budget)
    tags = sorted({p.short for p in people}) + ["news", "world", "politics"]
    chrome.add_chrome(plan, tags, rng, budget)
    if profile in ("mt-roundtrip", "all"):  # its own random stream: the rest stays as it was
        family_rng = random.Random(stable_seed(seed, name + "/real-families"))
        names.damage_real_families(plan, people, family_rng, max(doc.word_count, 1))
    damaged, corruptions = plan.apply()
    return Damaged(damaged, corruptions)
