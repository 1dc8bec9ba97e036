"""Names with small words inside ("Bank of Japan"): recognised whole, or fixed when one word is misspelled."""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from repair.edits import make_proposal
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import ALIAS, CANONICAL, Gazetteer
from repair.gazetteer.keys import name_pieces
from repair.gazetteer.search import candidates
from repair.passes.names.article import Article, _same_sound, name_pieces_words
from repair.passes.names.decisions import NameAnalysis, _recognise

_LONG_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|on|in|de|du|da|la|des|al)\s+)*[A-Z][\w'’-]*){1,9}"
)


_CAPITAL_WORD = re.compile(r"[A-Z][\w'’-]*")


_CONNECTOR = re.compile(r"\s(?:of|the|and|for|on|in|de|du|da|la|des|al)\s")


LONG_TYPES = frozenset({"organisation", "term", "place"})


def _long_names(result: NameAnalysis, article: Article, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Names with small words inside ("Organization of the Petroleum Exporting Countries",
    "Bank of Japan"): recognised whole, or fixed when exactly one word is a sound-alike
    misspelling of the listed form. Returns the spans it dealt with."""
    text = article.doc.text
    handled: list[tuple[int, int]] = []
    for sentence in article.doc.sentences:
        for match in _LONG_NAME.finditer(text, sentence.start, sentence.end):
            if not _CONNECTOR.search(match.group()):
                continue
            caps = [(m.start(), m.end()) for m in _CAPITAL_WORD.finditer(match.group())]
            base = match.start()
            i, fuzzy_tries = 0, 0
            while i < len(caps) - 1:
                found = False
                for j in range(len(caps) - 1, i, -1):
                    start, end = base + caps[i][0], base + caps[j][1]
                    written = text[start:end]
                    if not _CONNECTOR.search(written):
                        continue
                    words = name_pieces_words(written)
                    hits = [e for e, kind in gazetteer.exact(" ".join(words)) if kind in (CANONICAL, ALIAS)]
                    if hits:
                        _recognise(result, text, start, end, hits[0], 1.0)
                    else:
                        # a misspelled long name: tried whole to the end of the run only,
                        # from each of its first three capitalised words
                        if j != len(caps) - 1 or fuzzy_tries >= 3 or j - i < 2:
                            continue
                        fuzzy_tries += 1
                        fix = _long_name_fix(gazetteer, written, words)
                        if fix is None:
                            continue
                        offset, old_end, replacement, entry, evidence = fix
                        proposal = make_proposal(
                            text,
                            start + offset,
                            start + old_end,
                            replacement,
                            kind="name",
                            rule="name.gazetteer",
                            confidence=0.88,
                            reason=f"{written!r} is {entry.canonical!r} with one word misspelled",
                            evidence=evidence,
                        )
                        result.proposals.append(proposal)
                        result.signals[proposal.id] = {"long_name": 1.0}  # see calibration.RULES_ONLY
                        _recognise(
                            result,
                            text,
                            start,
                            end,
                            entry,
                            0.88,
                            (start + offset, start + old_end, replacement),
                        )
                    handled.append((start, end))
                    i, found = j + 1, True
                    break
                if not found:
                    i += 1
    return handled


def _long_name_fix(
    gazetteer: Gazetteer, written: str, words: list[str]
) -> tuple[int, int, str, Entry, list[str]] | None:
    pieces = name_pieces(written)
    for candidate in candidates(gazetteer, words, limit=3, types=LONG_TYPES):
        f_pieces = name_pieces(candidate.form)
        if len(f_pieces) != len(pieces):
            continue
        changed = [i for i, (m, f) in enumerate(zip(pieces, f_pieces, strict=True)) if m[0] != f[0]]
        if len(changed) != 1:
            continue
        (i,) = changed
        old, new = pieces[i][0], f_pieces[i][0]
        if len(old) < 5 or not (_same_sound(old, new) and Indel.normalized_similarity(old, new) >= 0.8):
            continue
        replacement = candidate.form[f_pieces[i][1] : f_pieces[i][2]]
        evidence = [
            f"gazetteer: {candidate.entry.describe()} is written {candidate.form!r}",
            f"{written[pieces[i][1] : pieces[i][2]]!r} sounds like {replacement!r}; every other word matches",
        ]
        return pieces[i][1], pieces[i][2], replacement, candidate.entry, evidence
    return None
