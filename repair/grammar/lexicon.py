"""The words of the gazetteer, so the grammar pass can tell names from misspellings.

Read from the engine's one loaded gazetteer (repair.gazetteer.index.Gazetteer), never from
the TSV files again: every word of every canonical form and alias is a known spelling.
(House style from the `variants` column is the names pass's.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from repair.words import WORD as _WORD

if TYPE_CHECKING:
    from repair.gazetteer.index import Gazetteer

# A lowercase word of a name as common as "back" or "long" is an everyday word first.
_EVERYDAY_ZIPF = 5.5


def words_of(text: str) -> list[str]:
    """Words (letters and apostrophes; a hyphen separates), without a possessive ending."""
    return [strip_possessive(w) for w in _WORD.findall(text)]


def strip_possessive(word: str) -> str:
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


@dataclass(frozen=True)
class Lexicon:
    """The gazetteer's words, and the gazetteer itself for what its word list leaves out."""

    words: frozenset[str]  # every capitalised word of every canonical form and alias
    particles: frozenset[str]  # lowercase words of people's names: "von", "al", "bin", "jung"
    gazetteer: Gazetteer = field(compare=False, repr=False)

    def knows(self, word: str) -> bool:
        """``word`` is a word of a listed name, or alone a form in the compiled gazetteer,
        which also holds the countries and cities of the place packages ("Helsinki")."""
        return word in self.words or bool(self.gazetteer.exact(word.lower()))


def lexicon_of(gazetteer: Gazetteer) -> Lexicon:
    """The words of ``gazetteer``'s listed entries (its TSV files: the shipped ones, the
    user's; not the place packages'). Read once per process and set of compiled indexes,
    and kept in repair's cache folder between processes (the review app's launch reads it
    in two processes at once)."""
    paths = [index.path for index in gazetteer.indexes]
    if any(path is None for path in paths):  # an index built in memory: nothing to key a cache on
        return Lexicon(*_read(gazetteer), gazetteer)
    key = tuple(str(path) for path in paths)
    if key not in _LOADED:
        import hashlib

        from repair.cache import cache_root, marshalled

        digest = hashlib.sha1("\0".join(key).encode("utf-8", "surrogateescape")).hexdigest()
        cache = cache_root() / "grammar" / f"lexicon-{digest[:16]}.marshal"
        _LOADED[key] = marshalled(cache, [Path(p) for p in key], lambda: _read(gazetteer))
    words, particles = _LOADED[key]
    return Lexicon(words, particles, gazetteer)


_LOADED: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str]]] = {}


def _read(gazetteer: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    words: set[str] = set()
    particles: set[str] = set()
    for entry in gazetteer.entries():
        if entry.source.startswith("places:"):
            continue
        for form in (entry.canonical, *entry.aliases):
            for word in words_of(form):
                if word[:1].isupper():
                    words.add(word)
                elif entry.type == "person" and zipf_frequency(word, "en") < _EVERYDAY_ZIPF:
                    particles.add(word)
    return frozenset(words), frozenset(particles)
