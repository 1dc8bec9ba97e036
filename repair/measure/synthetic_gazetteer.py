"""A synthetic gazetteer of any size, for scaling tests: plausible names from syllables.

The names are built from the same romanisation-heavy syllables real news names use, so
their sound keys collide the way a large real gazetteer's do (many entries per key), which
is what makes lookups expensive. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from repair.gazetteer.entries import Entry

_ONSETS = [
    "",
    "b",
    "ch",
    "d",
    "f",
    "g",
    "h",
    "j",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "sh",
    "t",
    "ts",
    "v",
    "w",
    "y",
    "z",
    "zh",
    "x",
    "q",
    "br",
    "dr",
    "gr",
    "kr",
    "st",
    "tr",
    "sv",
    "pl",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "io", "ee", "oo", "y"]
_CODAS = [
    "",
    "",
    "",
    "n",
    "ng",
    "r",
    "s",
    "k",
    "l",
    "m",
    "v",
    "ff",
    "tz",
    "ch",
    "sky",
    "ov",
    "ko",
    "son",
    "berg",
]
_ROLES = [
    "minister",
    "ambassador",
    "spokesperson",
    "governor",
    "senator",
    "analyst",
    "central bank governor",
    "defence minister",
    "mayor",
    "chief executive",
    "party leader",
    "general",
]
_COUNTRIES = ["DE", "FR", "CN", "JP", "KR", "RU", "UA", "IN", "BR", "US", "GB", "TR", "SA", "ZA", "MX"]


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(_CODAS)).capitalize()


def synthetic_entries(count: int, seed: int = 7) -> Iterator[Entry]:
    rng = random.Random(seed)
    for number in range(count):
        words = [_word(rng, rng.randint(1, 3)) for _ in range(rng.choice((2, 2, 2, 3)))]
        name = " ".join(words)
        country = rng.choice(_COUNTRIES)
        role = rng.choice(_ROLES)
        aliases = (f"{words[0][0]}. {words[-1]}",) if rng.random() < 0.3 else ()
        yield Entry(
            canonical=name,
            type="person",
            aliases=aliases,
            roles=(f"{country} {role}", role),
            country=country,
            note=f"synthetic entry {number} (seed {seed})",
            source="synthetic",
            prominence=0.5,
        )
