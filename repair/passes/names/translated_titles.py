"""Newspapers whose names machine translation turned into ordinary words.

A French article's "La Croix" comes back as "the Cross", "Le Monde" as "the World", a
German article's "Der Spiegel" as "the Mirror". Such a phrase is a newspaper only where
the sentence speaks of the press ("the Cross reported", "the French daily the World") and
where the article is about the newspaper's country, or the sentence names its nationality
("the French newspaper the Cross"). Even then it is proposed for review only: "the
World" is far more often the world.

The table says what each newspaper's name means as ordinary English words; the newspaper
itself (its country) comes from the gazetteer, so a name the gazetteer does not list is
never proposed.
"""

from __future__ import annotations

import re

from repair.edits import make_proposal
from repair.gazetteer.index import CANONICAL, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import words_of
from repair.words import PRESS_WORDS

CONFIDENCE = 0.75

# The meaning of a newspaper's name -> the newspapers so named. Facts: what the title means.
MEANINGS: dict[str, tuple[str, ...]] = {
    "the world": ("Le Monde", "Die Welt", "El Mundo"),
    "the cross": ("La Croix",),
    "the point": ("Le Point",),
    "the parisian": ("Le Parisien",),
    "the echoes": ("Les Échos",),
    "the mirror": ("Der Spiegel",),
    "the time": ("Die Zeit",),
    "the country": ("El País",),
    "the vanguard": ("La Vanguardia",),
    "the republic": ("La Repubblica", "Rzeczpospolita"),
    "the press": ("La Stampa",),
    "the newspaper": ("Il Giornale",),
    "the messenger": ("Il Messaggero",),
    "the morning": ("Sabah",),
    "the news": ("Izvestia",),
    "the businessman": ("Kommersant",),
    "the merchant": ("Kommersant",),
    "the globe": ("O Globo",),
    "the day": ("La Jornada",),
    "the universal": ("El Universal",),
    "the people's voice": ("Népszava",),
    "the hungarian nation": ("Magyar Nemzet",),
}
_LONGEST = max(len(k.split()) for k in MEANINGS)
_ADJECTIVES = {
    "FR": "french",
    "DE": "german",
    "ES": "spanish",
    "IT": "italian",
    "PL": "polish",
    "TR": "turkish",
    "RU": "russian",
    "BR": "brazilian",
    "MX": "mexican",
    "HU": "hungarian",
}
# "the" and one to three capitalised words, the whole capitalised run ("the World Bank" is
# read whole, and is no newspaper)
_PHRASE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’]*\s+){0,2}[A-Z][\w'’]*")
_OF_NAME = re.compile(r"\s+(?:of|de|del|di|for)\s+(?:the\s+)?[A-Z]")


def translated_titles(result, article, gazetteer: Gazetteer) -> None:
    """Propose, for review, the newspaper a capitalised phrase translates, beside the press."""
    text = article.doc.text
    for match in _PHRASE.finditer(text):
        phrase = " ".join(fold(w.text) for w in words_of(text, match.start(), match.end()))
        if phrase not in MEANINGS or len(phrase.split()) > _LONGEST:
            continue
        if _OF_NAME.match(text, match.end()):
            continue  # "the Republic of Korea": the phrase is the start of another name
        start, end = match.start(), match.end()
        if any(p.span.start < end and start < p.span.end for p in result.proposals):
            continue
        sentence = _sentence(article, start)
        words = {fold(w.text) for w in words_of(text, *sentence)}
        if not words & PRESS_WORDS:
            continue
        found = []
        for name in MEANINGS[phrase]:
            entry = next((e for e, k in gazetteer.exact(fold(name)) if k == CANONICAL), None)
            if entry is None:
                continue
            if entry.country in article.countries or _ADJECTIVES.get(entry.country, "-") in words:
                found.append(entry)
        if len(found) != 1:
            continue
        entry = found[0]
        result.proposals.append(
            make_proposal(
                text,
                start,
                end,
                entry.canonical,
                kind="name",
                rule="name.translated-title",
                confidence=CONFIDENCE,
                reason=f"{match.group()!r} is what {entry.canonical!r} means, and the sentence cites the press",
                evidence=[f"gazetteer: {entry.describe()}", "the sentence speaks of a newspaper or a report"],
            )
        )


def _sentence(article, at: int) -> tuple[int, int]:
    for sentence in article.doc.sentences:
        if sentence.start <= at < sentence.end:
            return sentence.start, sentence.end
    return at, at
