"""Small, seeded grammar damage with an answer key, to measure the grammar pass.

The kinds a grammar checker should catch, as machine translation and hurried editing
leave them: typos in common words, doubled words, agreement errors after a pronoun,
a/an swapped, common words capitalised inside a sentence, and a stray full stop before a
word that goes on the sentence ("defeat Ukraine. and its defenders"). Each damage records its
span in the damaged text and the original text, so a proposal can be scored by whether
it restores the original.
"""

from __future__ import annotations

import random
import re

from repair.measure.key import Corruption

KINDS = ("typo", "doubled", "agreement", "article", "capital", "stop")

_AGREEMENT = {
    # after he / she / it
    "singular": {"has": "have", "is": "are", "was": "were", "does": "do"},
    # after they / we
    "plural": {"have": "has", "are": "is", "were": "was", "do": "does"},
}
_KEYBOARD = dict(zip("qwertyuiopasdfghjklzxcvbnm", "wqrtyuiopsadfghjklxzcvbnmn", strict=True))


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(("swap", "drop", "double", "neighbour"))
    if how == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == "drop":
        return word[:i] + word[i + 1 :]
    if how == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + _KEYBOARD.get(word[i], word[i]) + word[i + 1 :]


def _candidates(text: str) -> list[tuple[int, int, str, str]]:
    """Every place each kind of damage could go: (start, end, damaged text, kind)."""
    out: list[tuple[int, int, str, str]] = []
    for m in re.finditer(r"(?<=[a-z,] )([a-z]{5,})(?=[ ,.])", text):
        out.append((m.start(), m.end(), "", "typo"))
    for m in re.finditer(r"(?<=[a-z,] )(the|to|of|in|and|for|on|with|was|is|that)(?= [a-z])", text):
        out.append((m.start(), m.end(), f"{m.group(1)} {m.group(1)}", "doubled"))
    for m in re.finditer(r"\b([Hh]e|[Ss]he|[Ii]t) (has|is|was|does)\b", text):
        out.append((m.start(2), m.end(2), _AGREEMENT["singular"][m.group(2)], "agreement"))
    for m in re.finditer(r"\b([Tt]hey|[Ww]e) (have|are|were|do)\b", text):
        out.append((m.start(2), m.end(2), _AGREEMENT["plural"][m.group(2)], "agreement"))
    for m in re.finditer(r"(?<= )(a|an) ([a-z]+)", text):
        wrong = "an" if m.group(1) == "a" else "a"
        out.append((m.start(1), m.end(1), wrong, "article"))
    for m in re.finditer(r"(?<=[a-z,] )([a-z]{3,})(?= [a-z])", text):
        out.append((m.start(), m.end(), m.group(1).capitalize(), "capital"))
    for m in re.finditer(r"(?<=[a-z]{3})(?= (and|or|of|to|in|with|for|from|that|which) [a-z])", text):
        out.append((m.start(), m.end(), ".", "stop"))
    return out


def damage(text: str, rng: random.Random, per_words: int = 60) -> tuple[str, list[Corruption]]:
    """About one damage per ``per_words`` words, no two within a few characters."""
    budget = max(1, len(text.split()) // per_words)
    candidates = _candidates(text)
    by_kind = {kind: [c for c in candidates if c[3] == kind] for kind in KINDS}
    chosen: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    attempts = 0
    while len(chosen) < budget and attempts < budget * 20:
        attempts += 1
        kind = rng.choice(KINDS)
        if not by_kind[kind]:
            continue
        start, end, damaged, _ = rng.choice(by_kind[kind])
        if any(start < e + 12 and s < end + 12 for s, e in taken):
            continue
        if kind == "typo":
            damaged = _typo(text[start:end], rng)
            if damaged == text[start:end]:
                continue
        chosen.append((start, end, damaged, kind))
        taken.append((start, end))
    chosen.sort()
    pieces: list[str] = []
    keys: list[Corruption] = []
    cursor = 0
    shift = 0
    for start, end, damaged, kind in chosen:
        pieces.append(text[cursor:start])
        pieces.append(damaged)
        at = start + shift
        keys.append(Corruption(kind, "grammar", at, at + len(damaged), damaged, text[start:end]))
        shift += len(damaged) - (end - start)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), keys
