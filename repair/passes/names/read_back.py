"""Places and organisations read back through another script.

Translation from a Chinese article writes a place whose Chinese name it does not know in
Pinyin: 瓦拉纳西 comes back as "Walanaxi" (Varanasi), 古吉拉特 as "Gujilate" (Gujarat),
首尔 as "Shouer" (Seoul). The gazetteer's ``native`` column holds such names and the index
keeps their readings run together (``repair.gazetteer.index.route_rows``). A word no entry
uses that is exactly such a reading names that place. People are the entity resolver's
business (``entities.py``), which weighs a reading with the rest of the evidence.
"""

from __future__ import annotations

from repair.edits import make_proposal
from repair.gazetteer.index import ROUTE, Gazetteer
from repair.gazetteer.keys import fold

AUTO_CONFIDENCE = 0.92
REVIEW_CONFIDENCE = 0.8
MIN_LETTERS = 5  # "Guoa" (Goa) is one letter from many short words


def _named(gazetteer: Gazetteer, key: str) -> list:
    """The places, organisations and terms ``key`` is an exact reading of; empty when it also
    reads as a person's name."""
    found = gazetteer.routes(key)
    if any(entry.type == "person" for entry, _ in found):
        return []
    entries = {entry.canonical: entry for entry, kind in found if kind == ROUTE}
    return list(entries.values())


def places_read_back(result, article, gazetteer: Gazetteer) -> None:
    """Propose the place for each unknown word (or whole run) that is a reading of its
    native-script name: automatic where the article names people or places of its country,
    else for review."""
    text = article.doc.text
    for reading in article.readings:
        if reading.status != "suspect":
            continue
        words = reading.mention.words
        spans = [(0, len(words))] if len(words) > 1 else []
        spans += [(i, i + 1) for i in reading.unknown if i < len(words)]
        for i, j in spans:
            start, end = words[i].start, words[j - 1].end
            key = "".join(fold(w.text).replace(" ", "").replace("-", "") for w in words[i:j])
            if len(key) < MIN_LETTERS:
                continue
            entries = _named(gazetteer, key)
            if len(entries) != 1:
                continue
            entry = entries[0]
            home = bool(entry.country) and entry.country in article.countries
            confidence = AUTO_CONFIDENCE if home else REVIEW_CONFIDENCE
            overlapping = [
                p for p in result.proposals if p.kind == "name" and p.span.start < end and start < p.span.end
            ]
            if any(p.confidence >= confidence for p in overlapping):
                break
            result.proposals[:] = [p for p in result.proposals if p not in overlapping]
            result.proposals.append(
                make_proposal(
                    text,
                    start,
                    end,
                    entry.canonical,
                    kind="name",
                    rule="name.read-back",
                    confidence=confidence,
                    reason=f"{text[start:end]!r} reads {entry.canonical}'s name in {', '.join(entry.native)}",
                    evidence=[
                        f"gazetteer: {entry.describe()} is written {', '.join(entry.native)}",
                        *([f"the article names people or places of {entry.country}"] if home else []),
                    ],
                )
            )
            break
