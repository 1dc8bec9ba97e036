"""Candidate search: which entries a (possibly mangled) name could be, and how close it is.

Candidates come from the index by sound key (each name word, the whole name run together,
and adjacent word pairs run together, so "Xi Jin Ping" still finds "Xi Jinping"); each is
then aligned word by word with the mention and scored by letters (rapidfuzz) and by sound
(the transliteration-aware key, with jellyfish Metaphone as a second opinion).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

from rapidfuzz.distance import Indel

from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.keys import metaphone, name_pieces, name_words, phrase_key, sound_key, sounded_spellings
from repair.gazetteer.mentions import zipf
from repair.words import PARTICLES

MIN_WORD_SIM = 0.55
MIN_SIM = 0.72
ENGLISH_ZIPF = 3.0  # a word this common in English text is an ordinary word
HEARD = 0.03  # a spelling by the sound of the name's letters is close to it, not the same
POOL_LIMIT = 12  # entries aligned per mention besides the article's own names


@lru_cache(maxsize=262144)
def word_similarity(a: str, b: str) -> float:
    """Letters and sound, half each: 1.0 for equal words, ~0.93 for Kishita~Kishida."""
    if a == b:
        return 1.0
    letters = Indel.normalized_similarity(a, b)
    ka, kb = sound_key(a), sound_key(b)
    sound = Indel.normalized_similarity(ka, kb)
    if len(a) > 2 and len(b) > 2 and metaphone(a) == metaphone(b):
        sound = max(sound, 0.95)
    if ka == kb and (len(ka) < 2 or min(len(a), len(b)) < 3):
        sound = min(sound, 0.8)  # "s" for Sue, Xi and So says little
    elif ka != kb and sound_key(a.replace("r", "l")) == sound_key(b.replace("r", "l")):
        sound = max(sound, 0.85)  # l~r: Japanese, Korean and Chinese romanisation swap them
    return 0.5 * letters + 0.5 * sound


@dataclass(frozen=True)
class Alignment:
    score: float
    first: int  # mention words [first, last) are matched ...
    last: int
    form_first: int  # ... to form words [form_first, form_last)
    form_last: int
    exact_words: int  # mention words equal to their form word
    word_scores: tuple[float, ...]


def _weighted(pairs: Sequence[tuple[str, str]]) -> tuple[float, float, int, tuple[float, ...]] | None:
    """(weighted similarity, lowest word similarity, exact words, word similarities) of the
    word pairs; None as soon as one pair is below MIN_WORD_SIM (no reading then)."""
    scores = []
    for a, b in pairs:
        score = word_similarity(a, b)
        if score < MIN_WORD_SIM:
            return None
        scores.append(score)
    weights = [max(len(a), len(b)) for a, b in pairs]
    total = sum(w * s for w, s in zip(weights, scores, strict=True)) / sum(weights)
    return total, min(scores), sum(1 for a, b in pairs if a == b), tuple(scores)


def align(mention: Sequence[str], form: Sequence[str]) -> Alignment | None:
    """The best way to read ``mention`` as (part of) ``form``; None when no reading is close."""
    return _align(tuple(mention), tuple(form))


@lru_cache(maxsize=256)
def _options(n: int, k: int) -> tuple[tuple[tuple[int, ...], bool], ...]:
    """The ways to match n mention words to k form words in order, each with whether it
    names someone by a middle name alone."""
    options: list[tuple[int, ...]] = []
    if n <= k:
        options.extend(tuple(range(i, i + n)) for i in range(k - n + 1))
        if 1 < n < k:
            options.extend(c for c in combinations(range(k), n) if c[0] == 0 and c[-1] == k - 1)
    return tuple((c, n < k and c != tuple(range(k - n, k)) and c[0] != 0) for c in options)


@lru_cache(maxsize=131072)
def _align(mention: tuple[str, ...], form: tuple[str, ...]) -> Alignment | None:
    best: Alignment | None = None
    n, k = len(mention), len(form)
    for chosen, middle in _options(n, k):
        weighted = _weighted([(mention[i], form[j]) for i, j in enumerate(chosen)])
        if weighted is None:
            continue
        total, _, exact, scores = weighted
        if middle:
            total -= 0.03  # a middle name alone is an unusual way to name someone
        if best is None or total > best.score:
            best = Alignment(total, 0, n, chosen[0], chosen[-1] + 1, exact, scores)
    if n > 1 and (n != k or best is None):
        # words split or joined: "Xi Jin Ping" ~ "Xi Jinping", "Duck Soo" ~ "Ducksoo"
        letters = Indel.normalized_similarity("".join(mention), "".join(form))
        if 0.5 * letters + 0.5 * 1.0 - 0.02 < MIN_SIM:
            return best  # too far letter by letter even if the sounds were the same
        sound = Indel.normalized_similarity(phrase_key(list(mention)), phrase_key(list(form)))
        total = 0.5 * letters + 0.5 * sound - 0.02
        if total >= MIN_SIM and (best is None or total > best.score):
            exact = len(set(mention) & set(form))
            best = Alignment(total, 0, n, 0, k, exact, (total,))
    return best


def _heard_align(
    mention: tuple[str, ...], form: str, form_words: tuple[str, ...], country: str
) -> Alignment | None:
    """The mention read as the form's letters (folded) or as they sound in its language
    ("Vuchich" for Vučić, "Kilichdaroglu" for Kılıçdaroğlu), whichever is closer; the
    alignment's word positions are the form's either way."""
    best = _align(mention, form_words)
    for spelling in sounded_spellings(form, country):
        heard = tuple(name_words(spelling))
        if len(heard) != len(form_words):
            continue
        alignment = _align(mention, heard)
        if alignment is not None and (best is None or alignment.score - HEARD > best.score):
            best = replace(alignment, score=alignment.score - HEARD)  # never the form as written
    return best


# No alignment reaches MIN_SIM unless some word pair, or the words run together, is this
# close letter by letter: a score is half letters, half sound, and sound is at most 1, so a
# weighted mean of letter similarities below (MIN_SIM - 0.5) / 0.5 = 0.44 cannot reach it,
# nor can run-together letters below 0.48 (the joined reading also loses 0.02). The floors
# sit a hundredth lower, clear of rounding.
LETTERS_FLOOR = 0.43
JOINED_FLOOR = 0.47


@lru_cache(maxsize=65536)
def _spellings_of(form: str, form_words: tuple[str, ...], country: str) -> tuple[tuple[str, ...], ...]:
    """The words ``_heard_align`` aligns a mention with: the form's, and those of each of its
    sounded spellings with as many words."""
    out = [form_words]
    for spelling in sounded_spellings(form, country):
        heard = tuple(name_words(spelling))
        if len(heard) == len(form_words):
            out.append(heard)
    return tuple(out)


def _may_reach(mention: tuple[str, ...], joined: str, spellings: tuple[tuple[str, ...], ...]) -> bool:
    """Whether any alignment of ``mention`` with these spellings can score MIN_SIM: a test
    of letters alone, a few C calls, before the full alignment (which a long article asks
    for every suspect run against every name it spells right)."""
    similarity = Indel.normalized_similarity
    for words in spellings:
        for word in words:
            for mine in mention:
                if similarity(mine, word) >= LETTERS_FLOOR:
                    return True
        if len(mention) > 1 and similarity(joined, "".join(words)) >= JOINED_FLOOR:
            return True
    return False


@lru_cache(maxsize=262144)
def _piece_words(pieces: tuple[tuple[str, int, int], ...]) -> tuple[str, ...]:
    return tuple(p[0] for p in pieces)


@dataclass(frozen=True)
class Candidate:
    entry: Entry
    form: str  # the correct spelling the mention is read as (canonical or alias)
    score: float
    alignment: Alignment
    replacement: str  # the part of ``form`` that corresponds to the mention


def _lookup_keys(words: Sequence[str]) -> list[str]:
    keys = ["p" + phrase_key(list(words))]
    keys.extend("w" + sound_key(w) for w in words if len(w) > 1 and w not in PARTICLES)
    keys.extend("w" + phrase_key([a, b]) for a, b in zip(words, words[1:], strict=False))
    return list(dict.fromkeys(keys))


def candidates(
    gazetteer: Gazetteer,
    words: Sequence[str],
    *,
    extra: Iterable[Entry] = (),
    limit: int = 5,
    types: frozenset[str] | None = None,
    known_words: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """The entries ``words`` (folded) could be a spelling of, best first.

    Among an entry's forms, one whose matched words the article already uses (``known_words``)
    is preferred to a slightly closer alias: "Zelenski" becomes the article's "Zelensky",
    not the alias "Zelenskiy".
    """
    pool: dict[tuple[str, str], Entry] = {}
    for entry in extra:
        pool.setdefault((entry.canonical, entry.type), entry)
    keep = set(pool)
    hits: dict[tuple[str, str], int] = {}
    order: dict[tuple[str, str], int] = {}
    weight: dict[tuple[str, str], float] = {}
    for key in _lookup_keys(words):
        rows = gazetteer.by_key(key)
        for entry in rows:
            ident = (entry.canonical, entry.type)
            pool.setdefault(ident, entry)
            order.setdefault(ident, len(order))
            hits[ident] = hits.get(ident, 0) + 1
            # a key few entries share says more than one many do ("Sullivan" against "Jay")
            weight[ident] = weight.get(ident, 0.0) + 1.0 / len(rows)
    if len(pool) > len(keep) + POOL_LIMIT:
        # many entries share a common key: keep those that most keys agree on, the most
        # prominent first, so the work per mention does not grow with the gazetteer
        ranked = heapq.nsmallest(
            POOL_LIMIT,
            (i for i in pool if i not in keep),
            key=lambda i: (-hits[i], -weight[i], -pool[i].prominence, order[i]),
        )
        keep.update(ranked)
        pool = {i: e for i, e in pool.items() if i in keep}
    found: list[Candidate] = []
    mention = tuple(words)
    # only ordinary English words are a name sounded out ("Gas Utah"); "Jean Kaseya" is a name
    english = len(words) > 1 and all(zipf(w) >= ENGLISH_ZIPF for w in words)
    joined = "".join(mention)
    for entry in pool.values():
        if types is not None and entry.type not in types:
            continue
        best: Candidate | None = None
        best_rank = 0.0
        for form in entry.forms:
            pieces = name_pieces(form)
            form_words = _piece_words(pieces)
            if not english and not _may_reach(
                mention, joined, _spellings_of(form, form_words, entry.country)
            ):
                continue  # too far letter by letter to score MIN_SIM; only "sounded out" may be
            alignment = _heard_align(mention, form, form_words, entry.country)
            if alignment is None:
                continue
            # "Gas Utah" for Kazuo Ueda: far letter by letter, the same sounds run together
            sounded_out = (
                english
                and alignment.first == 0
                and alignment.last == len(words)
                and (alignment.form_first, alignment.form_last) == (0, len(form_words))
                and phrase_key(list(words)) == phrase_key(list(form_words))
            )
            if alignment.score < MIN_SIM and not sounded_out:
                continue
            start = pieces[alignment.form_first][1]
            end = pieces[alignment.form_last - 1][2]
            candidate = Candidate(entry, form, alignment.score, alignment, form[start:end])
            window = [p[0] for p in pieces[alignment.form_first : alignment.form_last]]
            preference = 0.08 if known_words and all(w in known_words for w in window) else 0.0
            preference += 0.05 if form == entry.canonical else 0.0  # aliases are correct, but less usual
            if best is None or candidate.score + preference > best_rank:
                best, best_rank = candidate, candidate.score + preference
        if best is not None:
            found.append(best)
    found.sort(key=lambda c: (-c.score, -c.entry.prominence, c.entry.canonical))
    return found[:limit]
