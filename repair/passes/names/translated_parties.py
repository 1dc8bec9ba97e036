"""Party and movement names that a translation rebuilt from synonyms.

A party's name is made of ordinary words, and a trip through another language brings each
back as whichever English synonym the translator picks: 국민의힘 (the People Power Party)
returns as "People's Strength Party", Prawo i Sprawiedliwość (Law and Justice) as "Right
and Justice", Adalet ve Kalkınma Partisi as "the Party of Justice and Development". A run
of capitalised words that the gazetteer does not list, but that becomes one listed party
or organisation when some of its words are swapped for their synonyms (or "Party of X" is
read as "X Party"), names that organisation. The synonym groups are the swaps translation
makes in party names, not general thesaurus entries. Proposed for review: a party of the
translated name may exist that the gazetteer does not list (Peru's Popular Force is no
People Power Party), so only an organisation of a country whose people or places the article
names is proposed. Each candidate is looked up
word for word in the gazetteer's index, so the cost does not grow with its size.
"""

from __future__ import annotations

import itertools
import re

from repair.gazetteer.index import ALIAS, CANONICAL, VARIANT, Gazetteer
from repair.gazetteer.keys import fold
from repair.passes.names.entities import name_proposal
from repair.words import PARTY_HEADS, PARTY_NAME_LINKS

RULE = "name.translated-party"
CONFIDENCE = 0.8

_SYNONYM_GROUPS = (
    "power strength force might",
    "people peoples popular",
    "citizens citizen civic civil",
    "law right",
    "justice fairness",
    "democratic democracy",
    "free freedom liberty",
    "brothers brethren brotherhood",
    "rally gathering",
    "renewal rebirth revival renaissance",
    "innovation restoration renovation",
    "solidarity unity",
    "progressive progress",
    "struggle fight",
    "workers working",
    "servant servants",
    "dream dreams",
    "way path road",
    "equality equal",
    "future tomorrow",
)
SYNONYMS: dict[str, tuple[str, ...]] = {
    word: tuple(group.split()) for group in _SYNONYM_GROUPS for word in group.split()
}
_CAPITAL_WORD = r"[A-Z][a-z]+(?:['’]s|s['’])?"
_RUN = re.compile(rf"\b{_CAPITAL_WORD}(?:\s+(?:(?:of|and|for|the)\s+)*{_CAPITAL_WORD})+")
_WORD = re.compile(r"[A-Za-z]+(?:['’]s|s['’])?")
_KINDS = (CANONICAL, ALIAS, VARIANT)
_MOST_SPELLINGS = 64  # a run of more swappable words than this is no party name


def _key(word: str) -> str:
    return fold(word).replace(" ", "")


def _spellings(words: list[str]) -> list[str]:
    """The folded spellings ``words`` may stand for, with synonyms swapped in, and the head
    word moved to the end ("party of justice and development")."""
    keys = [_key(w) for w in words]
    orders = [keys]
    if len(keys) > 2 and keys[0] in PARTY_HEADS and keys[1] == "of":
        orders.append([*keys[2:], keys[0]])
    spellings: list[str] = []
    for order in orders:
        choices = [SYNONYMS.get(k, (k,)) for k in order]
        count = 1
        for choice in choices:
            count *= len(choice)
        if count > _MOST_SPELLINGS:
            continue
        spellings += [" ".join(combo) for combo in itertools.product(*choices)]
    return spellings


def _organisations(gazetteer: Gazetteer, words: list[str]):
    """The organisations ``words`` name once synonyms are swapped in; None when the
    words as written are already a name the gazetteer lists."""
    written = " ".join(_key(w) for w in words)
    if gazetteer.exact(written):
        return None
    found = {}
    for spelling in _spellings(words):
        if spelling == written:
            continue
        for entry, kind in gazetteer.exact(spelling):
            if kind in _KINDS and entry.type == "organisation":
                found[entry.canonical] = entry
    return list(found.values())


def translated_parties(result, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals]
    for run in _RUN.finditer(text):
        words = list(_WORD.finditer(run.group()))
        spans = sorted(
            ((i, j) for i in range(len(words)) for j in range(i + 2, min(len(words), i + 7) + 1)),
            key=lambda span: span[0] - span[1],
        )
        for i, j in spans:
            piece = [m.group() for m in words[i:j]]
            if piece[0].lower() in PARTY_NAME_LINKS or piece[-1].lower() in PARTY_NAME_LINKS:
                continue
            if not any(_key(w) in SYNONYMS for w in piece):
                continue
            start, end = run.start() + words[i].start(), run.start() + words[j - 1].end()
            if any(s < end and start < e for s, e in taken):
                continue
            found = _organisations(gazetteer, piece)
            if found is None:
                taken.append((start, end))  # a listed name: its words are no translation
                continue
            homes = [e for e in found if e.country in article.countries]
            if len(homes) != 1:
                continue
            entry = homes[0]
            evidence = [
                f"with synonyms a translation swaps, {text[start:end]!r} reads as {entry.canonical!r}",
                f"gazetteer: {entry.note or entry.type}",
                f"the article names people or places of {entry.country}",
            ]
            result.proposals.append(
                name_proposal(
                    text,
                    start,
                    end,
                    entry.canonical,
                    rule=RULE,
                    confidence=CONFIDENCE,
                    reason=f"{text[start:end]!r} is {entry.canonical} translated word by word",
                    evidence=evidence,
                )
            )
            taken.append((start, end))
            break
