"""A listed name written with its accents on the wrong letters: "Marquéz" for Márquez,
"Lopéz" for López. Folded, the word is the person's, so it reads as a known name and no
rule compares its spelling. English news may drop a name's accents ("Marquez"), which is
style; accents the listed spelling does not have, where it has others, are a translation's
or a typist's slip. Proposed for review: a person may write their name with accents of
their own.
"""

from __future__ import annotations

from repair.gazetteer.keys import fold
from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.entities import name_proposal

MISPLACED = 0.85


def misplaced_accents(result: NameAnalysis, article) -> None:
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.kind in ("name", "style")]
    for reading in article.readings:
        if reading.status != "known" or not reading.entries:
            continue
        listed: dict[str, str] = {}
        for form in reading.entries[0].forms:
            for w in form.replace("-", " ").split():
                if listed.get(fold(w), "").isascii():  # the accented spelling, where one is listed
                    listed[fold(w)] = w
        for word in reading.mention.words:
            right = listed.get(fold(word.text), "")
            if word.text.isascii() or right.isascii() or right.casefold() == word.text.casefold():
                continue
            if any(s < word.end and word.start < e for s, e in taken):
                continue
            result.proposals.append(
                name_proposal(
                    text,
                    word.start,
                    word.end,
                    right,
                    rule="name.accents",
                    confidence=MISPLACED,
                    reason=f"{word.text!r} has accents where {reading.entries[0].canonical} has others",
                    evidence=[f"gazetteer: {reading.entries[0].describe()} writes {right!r}"],
                )
            )
            taken.append((word.start, word.end))
