"""A surname's particles respelled with it: "fon der Lyayen" (фон дер Ляйен) is von der Leyen.

The resolver fixes the surname's last word ("Lyayen" -> "Leyen"), but the particles before
it are lower-case words no mention holds, so "fon der Leyen" would be left. Where a name
proposal puts in the last word of a listed surname with particles, and the words just before
it say those particles (the same sound key: "fon" for "von"), the proposal takes them in.
"""

from __future__ import annotations

import re

from repair.edits import make_proposal
from repair.gazetteer.index import NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold, sound_key
from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.entities import PARTICLES, surname_phrase

_WORDS_BEFORE = re.compile(r"((?:[A-Za-z]+[ \t]+){1,3})$")


def respelled_particles(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    for i, p in enumerate(result.proposals):
        if p.kind != "name" or " " in p.replacement.strip():
            continue
        particles = _particles_of(p.replacement, gazetteer, article.surface)
        if not particles:
            continue
        found = _WORDS_BEFORE.search(text[max(0, p.span.start - 30) : p.span.start])
        if found is None:
            continue
        written = found.group(1).split()[-len(particles) :]
        if len(written) != len(particles) or [w.lower() for w in written] == [w.lower() for w in particles]:
            continue
        if any(sound_key(fold(w)) != sound_key(fold(q)) for w, q in zip(written, particles, strict=True)):
            continue
        start = p.span.start - len(" ".join(written)) - 1
        if text[start : p.span.start] != " ".join(written) + " ":
            continue  # the words stand apart by more than one space
        replacement = " ".join([*particles, p.replacement])
        result.proposals[i] = make_proposal(
            text,
            start,
            p.span.end,
            replacement,
            kind=p.kind,
            rule=p.rule,
            confidence=p.confidence,
            reason=p.reason,
            evidence=[*p.evidence, f"{' '.join(written)!r} says the particles of {replacement!r}"],
        )


def _particles_of(word: str, gazetteer: Gazetteer, surface: dict) -> list[str]:
    """The particles before ``word`` in the surname of the one person it ends ("von", "der" for
    "Leyen"); empty when it ends no such surname or several people's."""
    found = []
    for entry, kind in gazetteer.exact(fold(word)):
        if kind != NAME_WORD or entry.type != "person":
            continue
        phrase = surname_phrase(entry, surface).split()
        if (
            len(phrase) > 1
            and fold(phrase[-1]) == fold(word)
            and all(fold(w) in PARTICLES for w in phrase[:-1])
        ):
            found.append(phrase[:-1])
    return found[0] if len(found) == 1 else []
