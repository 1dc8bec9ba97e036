"""A name heard as English words where nothing else in the article names the person: "Turkish
Foreign Minister Hakan Suffer Dee", "Kremlin spokesman Dmitry Pest Cough". The role phrase
before the run lists the people who could stand there, and the run, said the English way,
sounds like one of their family names. The English sound key is a skeleton of consonants, and
English words add a letter or two a name does not have ("Suffer" closes on an R, "Cough" on
an F that Metaphone does not write), so the key need only be near: one consonant apart, two
when the person's own first name stands before the run. Automatic only with the first name
and one consonant apart; otherwise review.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from repair.gazetteer.entries import Entry
from repair.gazetteer.index import ALIAS, CANONICAL, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import words_of, zipf
from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.entities import family_form, family_of, given_of
from repair.passes.names.heard_as_words import _english_key, _overlaps, _taken, propose_heard
from repair.words import TITLE_WORDS

SURE = 0.92  # the role lists the person, the first name is theirs, one consonant apart
HEARD = 0.75  # review: no first name, or two consonants apart
_GAP = re.compile(r"^[ \t]+$")


def role_names_heard_as_words(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    """Propose the role holder whose family name a run of capitalised English words after the
    role phrase (and the holder's first name) is said like."""
    text = article.doc.text
    taken = _taken(result) + [(e["start"], e["end"]) for e in result.entities if e["text"] != e["canonical"]]
    for sentence in article.doc.sentences:
        spans = words_of(text, sentence.start, sentence.end)
        words = [fold(w.text) for w in spans]
        for i, head in enumerate(words):
            if head not in TITLE_WORDS:
                continue
            holders = _holders(gazetteer, words, i)
            if holders:
                _after_role(result, (text, gazetteer, article.surface), spans, i + 1, holders, taken)


def _holders(gazetteer: Gazetteer, words: list[str], i: int) -> list[tuple[Entry, str]]:
    """The people the longest role phrase ending at ``words[i]`` lists ("russian foreign
    ministry spokeswoman" before "spokeswoman")."""
    for j in range(max(0, i - 4), i):
        joined = " ".join(words[j : i + 1])
        people = [e for e in gazetteer.by_role(joined) if e.type == "person"]
        if people:
            return [(e, joined) for e in people]
    return []


def _after_role(result, where, spans, k: int, holders, taken) -> None:
    """Read the words after a role phrase: the holder's first name if written, then the run.
    ``where``: the text, the gazetteer and the article's spellings."""
    text = where[0]
    run = []
    for w in spans[k:]:
        if run and not _GAP.match(text[run[-1].end : w.start]):
            break
        if not (w.text.isalpha() and w.text[:1].isupper()):
            break
        run.append(w)
        if len(run) > 6:
            return
    if len(run) < 2:
        return
    for entry, role in holders:
        given = given_of(entry)
        first = [fold(w.text) for w in run[: len(given)]] == given if given else False
        heard = run[len(given) :] if first else run
        if _propose(result, where, heard, entry, role, first, taken):
            return


def _propose(result, where, heard, entry: Entry, role: str, first: bool, taken) -> bool:
    text, gazetteer, surface = where
    if not 2 <= len(heard) <= 4:
        return False
    start, end = heard[0].start, heard[-1].end
    if _overlaps(taken, start, end):
        return False
    words = [w.text for w in heard]
    rare = sum(zipf(w) < 3.0 for w in words)
    if rare > (1 if first else 0):
        return False  # English words; with the first name, one may be a bare sound ("Chee")
    folded = [fold(w) for w in words]
    if gazetteer.exact(" ".join(folded)) or all(gazetteer.exact(w) for w in folded):
        return False  # "White House", "Wang Yi", "Cho Hyun": names, not English words
    if any(
        kind in (CANONICAL, ALIAS) and e.type != "place" for w in folded for e, kind in gazetteer.exact(w)
    ):
        return False  # somebody's name among them; a place's ("Pest") is still a sound
    family = family_of(entry)
    theirs, ours = _english_key(family), _english_key(folded)
    if len(theirs) < 3 or not ours or ours[0] != theirs[0]:
        return False
    apart = Levenshtein.distance(ours, theirs)
    if apart > (2 if first and len(theirs) >= 4 else 1):
        return False
    replacement = family_form(entry, surface)
    sounds = f"said together sound like the family name ({ours} ~ {theirs})"
    first_name = [f"{entry.canonical}'s first name stands before them"] if first else []
    propose_heard(
        result,
        text,
        (start, end, replacement),
        entry,
        SURE if first and apart <= 1 else HEARD,
        f"{text[start:end]!r} after {role!r} is said like {replacement!r}, the {role}",
        [f"the gazetteer lists {entry.canonical} as {role!r}", f"the English words {sounds}", *first_name],
    )
    taken.append((start, end))
    return True
