"""Which name corruptions a names pass could recover at all, decided from the answer key alone.

A mangled name can only be put right from evidence: the person's entry in a gazetteer, or
the same name spelled correctly elsewhere in the damaged article. A corruption of someone
the gazetteer does not list and whose every other mention is gone or damaged too is beyond
any corrector, so the benchmark reports recall over the recoverable ones beside recall over
all of them.

The decision never looks at what the names pass proposes. For each name corruption in the
simulator's key, the person it damaged is found the way the simulator found them
(``repair.measure.corrupt.names.find_people`` on the clean text, with the same gazetteer lists):

- in the gazetteer: the person's full name, as the clean article writes it, is a canonical
  form or alias of a person entry (accents and case aside);
- in the article: the clean words at the damaged site (the whole name for a first-name swap,
  whose original is the first name alone) occur as whole words in the damaged text outside
  the corruption.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.gazetteer.keys import fold
from repair.measure.corrupt import Corruption
from repair.measure.corrupt.names import Person, find_people


def clean_offsets(key: Sequence[Corruption]) -> list[int]:
    """Where each corruption starts in the clean text (the key's spans are in the damaged one)."""
    order = sorted(range(len(key)), key=lambda i: key[i].start)
    out = [0] * len(key)
    shift = 0
    for i in order:
        c = key[i]
        out[i] = c.start - shift
        shift += len(c.text) - len(c.original)
    return out


def _folded_name(name: str) -> str:
    return " ".join(fold(name).split())


def _elsewhere(damaged: str, words: str, start: int, end: int) -> bool:
    """``words`` occur, as whole words, in ``damaged`` outside [start, end)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])")
    return any(m.end() <= start or m.start() >= end for m in pattern.finditer(damaged))


def _site(people: Sequence[Person], begin: int, finish: int) -> tuple[list[Person], str | None]:
    """The people whose mention holds the clean span [begin, finish), and the whole mention's
    text when the span is only part of a full mention (a first-name swap)."""
    found: list[Person] = []
    whole = None
    for person in people:
        for start, end in person.full_mentions:
            if start <= begin and finish <= end:
                found.append(person)
                if (start, end) != (begin, finish):
                    whole = person.full
        if any(start <= begin and finish <= end for start, end in person.short_mentions):
            found.append(person)
    return found, whole


def recoverable_names(
    clean: str,
    damaged: str,
    key: Sequence[Corruption],
    *,
    known_people: Sequence[str] = (),
    not_people: Sequence[str] = (),
    same_person: Sequence[Sequence[str]] = (),
    routes: dict[str, list[str]]
    | None = None,  # unused here: accepted so corrupt_text's arguments pass through
) -> set[int]:
    """Indices into ``key`` of the name corruptions whose person is in the gazetteer (the
    ``same_person`` groups: each person entry's canonical form and aliases) or whose clean
    spelling appears elsewhere in the damaged text. Arguments as for corrupt_text."""
    listed = {_folded_name(form) for group in same_person for form in group}
    people = find_people(clean, known_people, not_people)
    offsets = clean_offsets(key)
    out: set[int] = set()
    for i, c in enumerate(key):
        if c.category != "name":
            continue
        begin = offsets[i]
        site_people, whole = _site(people, begin, begin + len(c.original))
        in_gazetteer = _folded_name(c.original) in listed or any(
            _folded_name(p.full) in listed for p in site_people
        )
        if in_gazetteer or _elsewhere(damaged, whole or c.original, c.start, c.end):
            out.add(i)
    return out
