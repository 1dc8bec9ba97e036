"""A name heard as English words where nothing else in the article names the person: "Turkish
Foreign Minister Hakan Suffer Dee", "Kremlin spokesman Dmitry Pest Cough". The role phrase
before the run lists the people who could stand there, and the run, said the English way,
sounds like one of their family names. The English sound key is a skeleton of consonants, and
English words add a letter or two a name does not have ("Suffer" closes on an R, "Cough" on
an F that Metaphone does not write), so the key need only be near: one consonant apart, two
when the person's own first name stands before the run. Automatic only with the first name
and one consonant apart; otherwise review.

The role may also follow the run, in an apposition ("Pest Cough, Hungary's prime minister,
said"), which is the same evidence. A run before "said" or "told" with no role beside it
may be the holder of a role phrase the article writes elsewhere ("the Kremlin spokesman ...
Peace Cove told reporters"): then the phrase must name a country or a body, not an office
alone, the sound must be the family name's exactly, and it stays in review.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from repair.gazetteer.entries import Entry
from repair.gazetteer.index import ALIAS, CANONICAL, Gazetteer
from repair.gazetteer.keys import fold, name_words
from repair.gazetteer.mentions import Word, words_of, zipf
from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.entities import family_form, family_of, given_of
from repair.passes.names.headlines import title_case_line
from repair.passes.names.heard_as_words import RUN_END, english_key, overlaps, propose_heard, taken_spans
from repair.words import TITLE_WORDS

SURE = 0.92  # the role lists the person, the first name is theirs, one consonant apart
HEARD = 0.75  # review: no first name, or two consonants apart
SAID = 0.7  # review: the role is written elsewhere in the article, not beside the run
_GAP = re.compile(r"^[ \t]+$")
_APPOSITION = re.compile(r"^,[ \t]+(?:the[ \t]+)?([^,.;:()]{3,80})")


def role_names_heard_as_words(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    """Propose the role holder whose family name a run of capitalised English words beside
    the role phrase (and the holder's first name) is said like."""
    text = article.doc.text
    taken = taken_spans(result) + [
        (e["start"], e["end"]) for e in result.entities if e["text"] != e["canonical"]
    ]
    where = (text, gazetteer, article.surface)
    written: dict[str, tuple[Entry, str]] = {}  # holders of the specific role phrases the article writes
    before_said: list[list[list[Word]]] = []
    for sentence in article.doc.sentences:
        spans = words_of(text, sentence.start, sentence.end)
        words = [fold(w.text) for w in spans]
        for i, head in enumerate(words):
            if head not in TITLE_WORDS:
                continue
            holders = _holders(gazetteer, words, i)
            if holders:
                if any(w not in TITLE_WORDS for w in holders[0][1].split()):
                    for entry, role in holders:
                        written.setdefault(entry.canonical, (entry, role))
                _after_role(result, where, spans, i + 1, holders, taken)
        for run in _runs(text, spans):
            after = text[run[-1].end : sentence.end]
            holders = _role_after(gazetteer, after)
            if holders:
                _heard(result, where, _from_sentence_start(run, sentence.start), holders, taken)
            elif RUN_END.match(after[:20]):
                before_said.append(_from_sentence_start(run, sentence.start))
    if written:
        said_like = _by_family_sound(written)
        for runs in before_said:
            _said(result, where, runs, said_like, taken)


def _runs(text: str, spans: list[Word]) -> list[list[Word]]:
    """The runs of two to six capitalised words, a space or a tab apart."""
    runs: list[list[Word]] = []
    run: list[Word] = []
    for w in [*spans, None]:
        if w is not None and w.text.isalpha() and w.text[:1].isupper():
            if run and _GAP.match(text[run[-1].end : w.start]):
                run.append(w)
                continue
            if 2 <= len(run) <= 6:
                runs.append(run)
            run = [w]
            continue
        if 2 <= len(run) <= 6:
            runs.append(run)
        run = []
    return runs


def _from_sentence_start(run: list[Word], sentence_start: int) -> list[list[Word]]:
    """The run, and without its first word when that opens the sentence ("Later Star Mer said")."""
    return [run, run[1:]] if run[0].start == sentence_start and len(run) > 2 else [run]


def _role_after(gazetteer: Gazetteer, after: str) -> list[tuple[Entry, str]]:
    """The people the role phrase after a comma lists: ", the Israeli president, ...",
    ", Hungary's prime minister, ..." (the longest phrase of two words or more that opens it)."""
    found = _APPOSITION.match(after)
    if not found:
        return []
    words = name_words(found.group(1))[:5]
    return _listed(gazetteer, (" ".join(words[:size]) for size in range(len(words), 1, -1)))


def _holders(gazetteer: Gazetteer, words: list[str], i: int) -> list[tuple[Entry, str]]:
    """The people the longest role phrase ending at ``words[i]`` lists ("russian foreign
    ministry spokeswoman" before "spokeswoman")."""
    return _listed(gazetteer, (" ".join(words[j : i + 1]) for j in range(max(0, i - 4), i)))


def _listed(gazetteer: Gazetteer, phrases: Iterable[str]) -> list[tuple[Entry, str]]:
    """The people the first of ``phrases`` (longest first) that is a listed role lists."""
    for joined in phrases:
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
    if len(run) >= 2:
        _heard(result, where, [run], holders, taken)


def _heard(result, where, runs, holders, taken, said: bool = False) -> bool:
    """Propose the first holder the run (or a shorter reading of it) is said like."""
    for run in runs:
        for entry, role in holders:
            given = given_of(entry)
            first = [fold(w.text) for w in run[: len(given)]] == given if given else False
            heard = run[len(given) :] if first else run
            if _propose(result, where, heard, entry, role, first, taken, said):
                return True
    return False


def _by_family_sound(written: dict[str, tuple[Entry, str]]) -> dict[str, list[tuple[Entry, str]]]:
    """The holders by how an English reader says their family name: keyed once per article,
    not once for every run before "said" (a long article has dozens of each)."""
    out: dict[str, list[tuple[Entry, str]]] = {}
    for holder in written.values():
        out.setdefault(english_key(family_of(holder[0])), []).append(holder)
    return out


def _said(result, where, runs, said_like: dict[str, list[tuple[Entry, str]]], taken) -> None:
    """A run before "said" or "told" said exactly like the family name of one holder of a role
    phrase the article writes elsewhere (``said_like``: the holders by _by_family_sound)."""
    text = where[0]
    for run in runs:
        if title_case_line(text, run[0].start):
            return
        folded = [fold(w.text) for w in run]
        alike = said_like.get(english_key(folded), [])
        if len(alike) == 1 and _heard(result, where, [run], alike, taken, said=True):
            return


def _propose(result, where, heard, entry: Entry, role: str, first: bool, taken, said: bool = False) -> bool:
    text, gazetteer, surface = where
    if not 2 <= len(heard) <= 4:
        return False
    start, end = heard[0].start, heard[-1].end
    if overlaps(taken, start, end):
        return False
    words = [w.text for w in heard]
    folded = [fold(w) for w in words]
    family = family_of(entry)
    theirs, ours = english_key(family), english_key(folded)
    rare = sum(zipf(w) < 3.0 for w in words)
    if rare > (1 if first or ours == theirs else 0) or rare == len(words):
        return False  # English words; with the first name or the very sound, one may be a bare sound ("Chee")
    if gazetteer.exact(" ".join(folded)) or all(gazetteer.exact(w) for w in folded):
        return False  # "White House", "Wang Yi", "Cho Hyun": names, not English words
    if any(
        kind in (CANONICAL, ALIAS) and e.type != "place" for w in folded for e, kind in gazetteer.exact(w)
    ):
        return False  # somebody's name among them; a place's ("Pest") is still a sound
    if len(theirs) < 3 or not ours or ours[0] != theirs[0]:
        return False
    apart = Levenshtein.distance(ours, theirs)
    if apart > (2 if first and len(theirs) >= 4 else 0 if said else 1):
        return False
    replacement = family_form(entry, surface)
    sounds = f"said together sound like the family name ({ours} ~ {theirs})"
    first_name = [f"{entry.canonical}'s first name stands before them"] if first else []
    propose_heard(
        result,
        text,
        (start, end, replacement),
        entry,
        SAID if said else SURE if first and apart <= 1 else HEARD,
        f"{text[start:end]!r} {'before said, where the article writes' if said else 'beside'} {role!r} is said like {replacement!r}, the {role}",
        [f"the gazetteer lists {entry.canonical} as {role!r}", f"the English words {sounds}", *first_name],
    )
    taken.append((start, end))
    return True
