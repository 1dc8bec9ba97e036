"""A speaker's family name that came back as the English word it sounds like.

"Moody said the talks opened a new era", where the article names Narendra Modi: a
translation that met the name as sounds wrote the nearest English word, and an English word
is no name, so no other rule reads it (the runs heard_by_role reads have two words or
more). One capitalised word right before a verb of saying, said the English way like the
family name of a person the article names, beginning with its letter and close to
it letter by letter, is that person. Review only: a sound is no spelling, and a speaker of
that name may exist.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from repair.gazetteer.index import ALIAS, CANONICAL, NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import zipf
from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.entities import family_form, name_proposal
from repair.passes.names.heard_as_words import RUN_END, english_key, named_families, overlaps, taken_spans

RULE = "name.heard-speaker"
CONFIDENCE = 0.75
_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_CLOSE = 0.6  # "Moody", Modi: 0.67
COMMON = 4.0  # a word English writes this often (Zipf) speaks as itself: "Officials", "Police"


def speakers_heard_as_words(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    families = named_families(result, article, gazetteer)
    if not families:
        return
    taken = taken_spans(result)
    for match in _WORD.finditer(text):
        start, end = match.span()
        if not RUN_END.match(text[end : end + 20]) or text[start - 1 : start].isalpha():
            continue
        word = fold(match.group())
        if word in families or zipf(word) >= COMMON or overlaps(taken, start, end):
            continue  # "Police said" is no Pelosi
        if any(kind in (CANONICAL, ALIAS, NAME_WORD) for _, kind in gazetteer.exact(word)):
            continue  # a name as it stands ("Moon", "Lee")
        if any(len(m.folded) > 1 and word in m.folded for m in article.mentions):
            continue  # somebody the article names in full ("Sarah Moody")
        said = english_key([word])
        people = [
            entry
            for family, entry in families.items()
            if family[:1] == word[:1]
            and english_key([family]) == said
            and Indel.normalized_similarity(family, word) >= _CLOSE
        ]
        if len({entry.canonical for entry in people}) != 1:
            continue
        entry = people[0]
        replacement = family_form(entry, article.surface)
        result.proposals.append(
            name_proposal(
                text,
                start,
                end,
                replacement,
                rule=RULE,
                confidence=CONFIDENCE,
                reason=f"{match.group()!r} speaks here, and sounds like {replacement!r}, named in the article",
                evidence=[
                    f"the article names {entry.canonical}",
                    f"{match.group()!r} is said like the family name and begins with its letter",
                ],
            )
        )
        taken.append((start, end))
