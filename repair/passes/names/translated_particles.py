"""A name's particles translated as the English words they are: "Alexandre of Moraes" is
Alexandre de Moraes, "Cristina Fernandez of Kirchner" Cristina Fernández de Kirchner,
"Fernando Azevedo and Silva" Fernando Azevedo e Silva, "Lula of Silva" Lula da Silva.

A Spanish or Portuguese translation engine renders "de", "da", "do", "del", "de la" as "of"
or "of the", and "e" or "y" as "and". The lower-case English word splits the name into two
runs, each a known name on its own, so no other rule looks at it. Where the two runs with the
connector between them are a listed person's form word for word, the connector standing where
the form has particles, the connector is put back. The whole form must match, so this is sure:
automatic.
"""

from __future__ import annotations

import re

from repair.gazetteer.index import ALIAS, CANONICAL, NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold
from repair.passes.names.decisions import NameAnalysis, _recognise
from repair.passes.names.entities import name_proposal
from repair.words import PARTICLES

TRANSLATED_PARTICLE = 0.92
_CONNECTOR = re.compile(r" (of the|of|and) ")
_CONJUNCTIONS = frozenset({"e", "y"})  # Portuguese and Spanish "and" inside a name


def translated_particles(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    mentions = sorted(article.mentions, key=lambda m: m.start)
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.kind in ("name", "style")]
    for before, after in zip(mentions, mentions[1:]):
        between = _CONNECTOR.fullmatch(text[before.end : after.start])
        if between is None or any(s < after.end and before.start < e for s, e in taken):
            continue
        connector = between.group(1)
        head, tail = before.folded, after.folded
        if not head or not tail:
            continue
        found = _listed_with_particles(gazetteer, head, tail, connector)
        if found is None:
            continue
        entry, particles, form = found
        start, end = before.end + 1, after.start - 1
        result.proposals.append(
            name_proposal(
                text,
                start,
                end,
                particles,
                rule="name.translated-particle",
                confidence=TRANSLATED_PARTICLE,
                reason=f"{connector!r} is the particle {particles!r} of {form!r}, translated",
                evidence=[
                    f"{text[before.start : after.end]!r} is {form!r} word for word but for {connector!r}",
                    f"gazetteer: {entry.describe()}",
                ],
            )
        )
        _recognise(result, text, before.start, after.end, entry, TRANSLATED_PARTICLE, (start, end, particles))
        taken.append((before.start, after.end))


def _listed_with_particles(
    gazetteer: Gazetteer, head: list[str], tail: list[str], connector: str
) -> tuple[object, str, str] | None:
    """(person, the particles as their form writes them, the form) for the one listed form that
    ends ``head``'s words, then particles, then begins with ``tail``'s words."""
    found = {}
    for entry, kind in gazetteer.exact(tail[-1]):
        if kind != NAME_WORD or entry.type != "person":
            continue
        for form in entry.forms:
            written = form.split()
            words = [fold(w) for w in written]
            for i in range(1, len(words)):
                j = i
                while j < len(words) and (words[j] in PARTICLES or words[j] in _CONJUNCTIONS):
                    j += 1
                if j == i or head[-i:] != words[:i]:
                    continue
                if words[j:] != tail or not _translates(connector, words[i:j]):
                    continue
                found.setdefault(entry.canonical, (entry, " ".join(written[i:j]), form))
    if len(found) != 1:
        return None
    entry, particles, form = next(iter(found.values()))
    whole = {e.canonical for e, kind in gazetteer.exact(fold(form)) if kind in (CANONICAL, ALIAS)}
    return (entry, particles, form) if whole == {entry.canonical} else None


def _translates(connector: str, particles: list[str]) -> bool:
    """ "and" stands for "e" or "y"; "of" and "of the" for the others ("de", "da", "de la")."""
    if connector == "and":
        return particles in (["e"], ["y"])
    return not set(particles) & _CONJUNCTIONS
