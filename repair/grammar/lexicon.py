"""The words of the gazetteer, so the grammar pass can tell names from misspellings.

Reads the gazetteer TSV files (format: repair/data/gazetteer/README.md) with repair.gazetteer's own
reader: every word of every canonical form and alias is a known spelling; the `variants`
column gives house-style replacements (Kiev -> Kyiv). Loaded once per process and set of
files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from repair.words import WORD as _WORD

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
    words: frozenset[str]  # every capitalised word of every canonical form and alias
    particles: frozenset[str]  # lowercase words of people's names: "von", "al", "bin", "jung"
    variants: dict[str, str]  # deprecated spelling -> canonical (house style)


def gazetteer_files(extra: Iterable[Path] = ()) -> tuple[Path, ...]:
    """The shipped gazetteer's files (repair.data), then ``extra``, each once."""
    from repair.data import gazetteer_files as shipped

    return tuple(dict.fromkeys([*shipped(), *extra]))


def load_lexicon(paths: Sequence[Path]) -> Lexicon:
    stamps = tuple((str(p), p.stat().st_mtime_ns if p.is_file() else 0) for p in paths)
    return _load(stamps)


@lru_cache(maxsize=8)
def _load(stamps: tuple[tuple[str, int], ...]) -> Lexicon:
    """Read once per process, and kept in repair's cache folder between processes (the
    review app's launch reads it in two processes at once)."""
    import hashlib

    from repair.cache import cache_root, marshalled

    paths = [Path(name) for name, _ in stamps]
    digest = hashlib.sha1("\0".join(str(p) for p in paths).encode("utf-8", "surrogateescape")).hexdigest()
    cache = cache_root() / "grammar" / f"lexicon-{digest[:16]}.marshal"
    words, particles, variants = marshalled(cache, paths, lambda: _read(paths))
    return Lexicon(words, particles, variants)


def _read(paths: Sequence[Path]) -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    from repair.gazetteer.entries import load_tsv  # the gazetteer's own reader and checks

    words: set[str] = set()
    particles: set[str] = set()
    variants: dict[str, str] = {}
    for path in paths:
        for entry in load_tsv(path):
            for form in (entry.canonical, *entry.aliases):
                for word in words_of(form):
                    if word[:1].isupper():
                        words.add(word)
                    elif entry.type == "person" and zipf_frequency(word, "en") < _EVERYDAY_ZIPF:
                        particles.add(word)
            for variant in entry.variants:
                variants[variant] = entry.canonical
    return frozenset(words), frozenset(particles), variants


@lru_cache(maxsize=8)
def _gazetteer(user_files: tuple[Path, ...]):
    from repair.gazetteer import Gazetteer

    return Gazetteer.load(list(user_files))


def gazetteer_knows(word: str, user_files: Sequence[Path] = ()) -> bool:
    """True when ``word`` alone is a form in the compiled gazetteer index, which also holds
    the countries and cities of the place packages ("Finland", "Helsinki")."""
    return bool(_gazetteer(tuple(user_files)).exact(word.lower()))
