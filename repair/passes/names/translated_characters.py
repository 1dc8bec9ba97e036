"""Names whose Chinese characters a translation rendered by what they mean, read with the
dictionary's meanings of each listed person's characters (``gazetteer.han_meanings``).

Machine translation through Chinese, Japanese or Korean writes Xi Jinping's 近平 as "Near
Peace" and Lin Jian's 林剑 as "Forest Sword". A run of two or more words that is one listed
person's name, a given name written one English word a character and every other word as
listed (the family name also by its main meaning), is that person when the article names the
person or the country, or when the title before it is a word of the person's role: put back
whole, for review. The family name alone by its meaning ("Chairman Gold") is
``translated_words``' business; it reads the same dictionary through ``HanMeanings.family``.

Only the people of the Chinese, Japanese and Korean countries the article names are read, so
an article about none of them costs nothing and the dictionary is never loaded for it.
"""

from __future__ import annotations

from repair.gazetteer.han_meanings import (
    HAN_COUNTRIES,
    NameCharacters,
    cue_words,
    family_readings,
    name_characters,
    read_as_words,
)
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.keys import fold
from repair.passes.names.decisions import NameAnalysis, _recognise
from repair.passes.names.entities import name_proposal

OVERWHELMING = 0.9  # automatic: see runs_of_meanings


class HanMeanings:
    """The dictionary's readings of the gazetteer's names in Chinese characters."""

    def __init__(self, names: tuple[NameCharacters, ...]) -> None:
        self.names = names
        self.family = family_readings(tuple(n.entry for n in names))
        self.cues = tuple((n, cue_words(n)) for n in names)


_NO_HAN = HanMeanings(())
# per set of indexes (the per-article memo views share them): the indexes, kept so their ids
# stay theirs, and each country's names lined up with their characters
_HAN_CACHE: dict[tuple[int, ...], tuple[list, dict[str, tuple[NameCharacters, ...]]]] = {}
_HAN_READINGS: dict[tuple[tuple[int, ...], frozenset[str]], HanMeanings] = {}


def han_meanings(gazetteer: Gazetteer, countries: frozenset[str]) -> HanMeanings:
    """The readings of the names of the article's countries of Chinese, Japanese or Korean
    names, built once a process for each set of countries."""
    if not countries:
        return _NO_HAN
    key = tuple(id(i) for i in gazetteer.indexes)
    if key not in _HAN_CACHE:
        by_country: dict[str, list] = {}
        for e in gazetteer.people_of(HAN_COUNTRIES):
            by_country.setdefault(e.country, []).append(e)
        _HAN_CACHE[key] = (list(gazetteer.indexes), {c: tuple(es) for c, es in by_country.items()})
    if (key, countries) not in _HAN_READINGS:
        entries = _HAN_CACHE[key][1]
        names = tuple(n for c in sorted(countries) for e in entries.get(c, ()) if (n := name_characters(e)))
        _HAN_READINGS[key, countries] = HanMeanings(names)
    return _HAN_READINGS[key, countries]


def han_countries(article) -> frozenset[str]:
    """The countries of Chinese, Japanese or Korean names the article names, by a place, a
    nationality or a person written right: only their people's names are read by meaning."""
    known = {r.entries[0].country for r in article.readings if r.status == "known" and r.entries}
    return frozenset((set(article.countries) | known) & HAN_COUNTRIES)


def runs_of_meanings(
    result: NameAnalysis, article, cues: tuple[tuple[NameCharacters, frozenset[str]], ...], taken: list
) -> None:
    """A run of words that is one listed person's name with a given name translated character
    by character ("Xi Near Peace"), in an article that names the person or the country, or
    after a title that is a word of the person's role: put back whole, for review."""
    from repair.passes.names.translated_words import WHOLE_FORM, names_country_or_person, role_word

    text = article.doc.text
    for reading in article.readings:
        m = reading.mention
        run = m.folded
        if reading.status == "known" or len(run) < 2 or any(s < m.end and m.start < e for s, e in taken):
            continue
        words = set(run)
        found = {
            n.entry.canonical: (n.entry, meant)
            for n, cue in cues
            if not cue.isdisjoint(words) and (meant := read_as_words(n, run))
        }
        if len(found) != 1:
            continue
        entry, meant = next(iter(found.values()))
        title = fold(m.title[-1].text) if m.title else ""
        named, role = names_country_or_person(entry, article), role_word(entry, title)
        if not (named or role):
            continue
        # "Chinese President Xi Near Peace": two characters by meaning, the person's title, the
        # country named; no English phrase is all three
        confidence = OVERWHELMING if named and role and meant >= 2 else WHOLE_FORM
        right = article.spell_like_article(entry.canonical)
        written = m.text(text)
        result.proposals.append(
            name_proposal(
                text,
                m.start,
                m.end,
                right,
                rule="name.translated-characters",
                confidence=confidence,
                reason=f"{written!r} is what the characters of {entry.canonical}'s name mean",
                evidence=[
                    f"{' '.join(entry.native[:1])}: each word of {written!r} is what one character means",
                    f"the article names {entry.canonical} or the country"
                    if named
                    else f"the title {m.title[-1].text!r} is {entry.canonical}'s",
                    f"gazetteer: {entry.describe()}",
                ],
            )
        )
        _recognise(result, text, m.start, m.end, entry, confidence, (m.start, m.end, right))
        taken.append((m.start, m.end))
