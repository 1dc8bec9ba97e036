"""Ranking a finding's suggestions in context, best first.

A checker's suggestions come in its own order (Harper's order among equals can even
differ between runs). Which one the writer meant shows in the sentence: a suggestion the
article itself uses elsewhere, one that English often puts beside the neighbouring words
(wordsegment's pair counts, through the detector's word statistics), a small change, a
common word. Each suggestion gets a score from those; ``Ranked`` keeps the signals for the
finding's confidence (repair/grammar/confidence.py).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import jellyfish

from repair.grammar.base import Finding, Fix
from repair.words import WORD as _WORD

_BEFORE = re.compile(rf"({_WORD.pattern})[ \t]*$")  # the word just before a span
_AFTER = re.compile(rf"^[ \t]*({_WORD.pattern})")  # the word just after it
# a pair of words the list never saw together: rarer than its rarest pair
_UNSEEN = -2.0


@dataclass(frozen=True)
class Ranked:
    """One suggestion with the signals it was ranked by."""

    fix: Fix
    score: float
    distance: int  # Damerau-Levenshtein distance from the text it replaces
    zipf: float  # wordfreq's Zipf frequency of the result (0 unknown, 7 "the")
    fit: float  # how well it sits between its neighbours (mean PMI; 0 when unknown)
    in_article: int  # how often the article itself writes the result


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The words right before ``start`` and right after ``end`` on the same line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = _BEFORE.search(text, line_start, start)
    after = _AFTER.match(text[end : line_end if line_end >= 0 else len(text)])
    return (before.group(1) if before else "", after.group(1) if after else "")


def context_fit(before: str, word: str, after: str) -> float:
    """Mean pointwise mutual information of ``word`` with its neighbours (lower case);
    0.0 when nothing is known (a name, a number, no neighbour)."""
    from repair.detect.lexicon import lexicon

    counts = lexicon()
    values = []
    for first, second in ((before, word), (word, after)):
        if not first or not second:
            continue
        found = counts.pair_association(first.lower(), second.lower())
        if found is not None:
            pmi, seen = found
            values.append(pmi if seen else min(pmi, 0.0) + _UNSEEN)
    return sum(values) / len(values) if values else 0.0


def _shape(text: str) -> set[str]:
    """Apostrophes and spaces in ``text``: a typo seldom drops one ("bisnes" is not "bin's")."""
    return {ch for ch in text if ch in "'’ "}


def zipf(word: str) -> float:
    from repair.detect.lexicon import lexicon

    return lexicon().zipf(word.lower()) if word else 0.0


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# a word this common (Zipf 3: once per million words) is a candidate the checker may have missed
_CANDIDATE_ZIPF = 3.0


def one_slip_words(word: str) -> list[str]:
    """Common English words one slip away from ``word`` (see ``_one_slip``), as a new list."""
    return list(_one_slip(word))


@lru_cache(maxsize=4096)
def _one_slip(word: str) -> tuple[str, ...]:
    """Common English words one slip (a letter dropped, added, changed or two swapped) from
    a lowercase ``word``, commonest first: what a writer meant by "palce" ("place"), when
    a dictionary's suggestions miss it. A capitalised word gets none (it may be a name)."""
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return ()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    edits.discard(word)
    from repair.detect.lexicon import lexicon

    found = [(zipf(e), e) for e in edits & lexicon().common_words(_CANDIDATE_ZIPF)]
    return tuple(e for z, e in sorted(found, key=lambda pair: (-pair[0], pair[1])) if z >= _CANDIDATE_ZIPF)


def rank(text: str, finding: Finding, fixes: list[Fix], every: dict[str, int]) -> list[Ranked]:
    """``fixes`` best first. ``every``: the article's words (lower case) and their counts.
    Suggestions for a phrase ("to to" -> "to", "to do") keep the backend's order, which
    knows the phrase; the signals are still measured."""
    flagged = text[finding.start : finding.end]
    lower = flagged[:1].islower()
    out = []
    for fix in fixes:
        before, after = neighbours(text, fix.start, fix.end)
        original = text[fix.start : fix.end]
        distance = jellyfish.damerau_levenshtein_distance(original, fix.text)
        common = zipf(fix.text) if _WORD.fullmatch(fix.text) else 0.0
        fit = context_fit(before, fix.text, after) if _WORD.fullmatch(fix.text) else 0.0
        uses = every.get(fix.text.lower(), 0)
        score = (
            -1.0 * distance
            + 0.35 * common
            + 0.3 * fit
            + 0.8 * math.log1p(uses)
            - (1.0 if fix.text[:1].islower() != lower else 0.0)
            - (1.5 if _shape(fix.text) - _shape(original) else 0.0)
        )
        out.append(Ranked(fix, score, distance, common, fit, uses))
    if len(out) < 2 or not _WORD.fullmatch(flagged):
        return out
    return sorted(out, key=lambda r: (-r.score, r.fix.start, r.fix.end, r.fix.text))
