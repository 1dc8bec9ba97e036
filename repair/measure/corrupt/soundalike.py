"""Ordinary English words that sound like a name: "Han Duck-soo" -> "Hand Duck Sue".

Words come from wordfreq's frequency list and are indexed by their metaphone key; a name
token is matched to words with the same key (or split in two, each half matched), ranked
by how close the spelling is, so the result reads like what an ear heard.
"""

from __future__ import annotations

import random
from collections import defaultdict
from functools import cache

import jellyfish

MIN_ZIPF = 3.3
_LANGUAGES = ("en", "de", "fr", "es", "it")  # English words, more frequent there than in the others
_BLOCKED = frozenset(
    [
        "sex",
        "sexy",
        "porn",
        "fuck",
        "shit",
        "ass",
        "dick",
        "cock",
        "cunt",
        "nigga",
        "nigger",
        "bitch",
        "whore",
        "slut",
        "rape",
    ]
)


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """The words by metaphone key, from the cache while wordfreq's lists, jellyfish and this
    module's code are unchanged: reading five languages' frequencies takes about four
    seconds. The module counts by its content (a fresh checkout keeps the cache)."""
    import contextlib
    import hashlib
    from pathlib import Path

    import wordfreq

    from repair.cache import cache_root, marshalled

    data = Path(wordfreq.__file__).parent / "data"
    sources = [Path(wordfreq.__file__), Path(jellyfish.__file__)]
    sources += sorted(p for lang in _LANGUAGES for p in data.glob(f"*_{lang}.msgpack.gz"))
    code = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    cache = cache_root() / "simulator" / f"sound-alike-words-{code}.marshal"
    found = marshalled(cache, sources, _build_index)
    for stale in cache.parent.glob("sound-alike-words-*.marshal"):
        if stale != cache:
            with contextlib.suppress(OSError):
                stale.unlink()
    return found


def _build_index() -> dict[str, tuple[str, ...]]:
    from wordfreq import top_n_list, zipf_frequency

    found: dict[str, list[str]] = defaultdict(list)
    for word in top_n_list("en", 40000):
        zipf = zipf_frequency(word, "en")
        if zipf < MIN_ZIPF:
            break
        if _plain_word(word) and all(zipf >= zipf_frequency(word, lang) for lang in _LANGUAGES[1:]):
            found[jellyfish.metaphone(word)].append(word)
    return {key: tuple(words) for key, words in found.items()}


def _plain_word(word: str) -> bool:
    """An ordinary-looking word: letters only, a vowel, no letter three times in a row."""
    return (
        word.isascii()
        and word.isalpha()
        and len(word) >= 2
        and word not in _BLOCKED
        and any(v in word for v in "aeiouy")
        and not any(a == b == c for a, b, c in zip(word, word[1:], word[2:]))
    )


def is_common_word(token: str) -> bool:
    """True for a token that already is an ordinary English word ("Duck")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(token.lower(), "en") >= 4.0


def _candidates(part: str) -> list[tuple[float, str]]:
    words = _index().get(jellyfish.metaphone(part), ())
    part = part.lower()
    shortest = 2 if len(part) <= 3 else 3
    ranked = [
        (jellyfish.jaro_winkler_similarity(part, w), w) for w in words if w != part and len(w) >= shortest
    ]
    ranked.sort(key=lambda pair: -pair[0])
    return ranked[:4]


def sound_alike(token: str, rng: random.Random) -> list[str] | None:
    """One or two English words that sound like ``token``, or None when nothing fits."""
    whole = _candidates(token)
    if whole and whole[0][0] >= 0.6:
        return [rng.choice(whole[:2])[1]]
    best: list[tuple[float, list[str]]] = []
    for cut in range(2, len(token) - 1):
        left, right = _candidates(token[:cut]), _candidates(token[cut:])
        if left and right:
            score = (left[0][0] + right[0][0]) / 2
            best.append((score, [left[0][1], right[0][1]]))
    if best:
        best.sort(key=lambda pair: -pair[0])
        return rng.choice(best[:2])[1]
    return [whole[0][1]] if whole else None


def name_as_words(name: str, rng: random.Random) -> str | None:
    """The whole name heard as English words, capitalised; None when a part has no match."""
    out: list[str] = []
    changed = False
    for token in name.replace("-", " ").split():
        if is_common_word(token):
            out.append(token[:1].upper() + token[1:].lower())
            continue
        words = sound_alike(token, rng)
        if not words:
            return None
        out.extend(w.capitalize() for w in words)
        changed = True
    result = " ".join(out)
    return result if changed and result.lower() != name.lower() else None
