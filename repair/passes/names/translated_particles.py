"""A name's particles translated as the English words they are: "Alexandre of Moraes" is
Alexandre de Moraes, "Cristina Fernandez of Kirchner" Cristina Fernández de Kirchner,
"Fernando Azevedo and Silva" Fernando Azevedo e Silva, "Lula of Silva" Lula da Silva.

A Spanish or Portuguese translation engine renders "de", "da", "do", "del", "de la" as "of"
or "of the", and "e" or "y" as "and"; a French, Spanish or Arabic article in a name ("Le",
"La", "El", "Al") as "the" ("Bruno the Mayor", Le Maire; "Marine the Pen"). The lower-case English word splits the name into two
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
from repair.passes.names.translated_words import MEANINGS, NAME_WORDS, WHOLE_FORM
from repair.words import ARTICLE_PARTICLES, PARTICLES

TRANSLATED_PARTICLE = 0.92
_CONNECTOR = re.compile(r" (of the|of|and|the) ")
_CONJUNCTIONS = frozenset({"e", "y"})  # Portuguese and Spanish "and" inside a name


def translated_particles(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    mentions = sorted(article.mentions, key=lambda m: m.start)
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.kind in ("name", "style")]
    for before, tail_start, tail_end, tail, connector in _runs_with_connector(text, mentions):
        if any(s < tail_end and before.start < e for s, e in taken):
            continue
        head = before.folded
        if not head or not tail:
            continue
        found = _listed_with_particles(gazetteer, head, tail, connector)
        if found is None:
            continue
        entry, particles, form, translated = found
        start, end = before.end + 1, tail_end if translated else tail_start - 1
        confidence = WHOLE_FORM if translated else TRANSLATED_PARTICLE
        result.proposals.append(
            name_proposal(
                text,
                start,
                end,
                particles,
                rule="name.translated-particle",
                confidence=confidence,
                reason=f"{text[start:end]!r} is {particles!r} of {form!r}, translated",
                evidence=[
                    f"{text[before.start : tail_end]!r} is {form!r} word for word but for {connector!r}",
                    f"gazetteer: {entry.describe()}",
                ],
            )
        )
        _recognise(result, text, before.start, tail_end, entry, confidence, (start, end, particles))
        taken.append((before.start, tail_end))


# a capitalised word the mentions leave out, a title word itself ("Bruno the Mayor": Le Maire)
_TITLE_AFTER = re.compile(r" (of the|of|the) ([A-Z][a-z]+)\b")


def _runs_with_connector(text: str, mentions: list):
    """(run before, where the tail starts and ends, the tail's words folded, the connector):
    two mentions with a connector between them, or a mention, a connector and one capitalised
    word that is no mention of its own."""
    starts = {m.start for m in mentions}
    for i, before in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        between = _CONNECTOR.fullmatch(text[before.end : after.start]) if after else None
        if between is not None:
            yield before, after.start, after.end, after.folded, between.group(1)
            continue
        alone = _TITLE_AFTER.match(text, before.end)
        if alone is not None and alone.start(2) not in starts:
            yield before, alone.start(2), alone.end(2), [fold(alone.group(2))], alone.group(1)


def _listed_with_particles(
    gazetteer: Gazetteer, head: list[str], tail: list[str], connector: str
) -> tuple[object, str, str, bool] | None:
    """(person, what to put back, the form, whether the tail was translated too) for the one
    listed form that ends ``head``'s words, then particles, then ``tail``'s words or what they
    mean ("Juan Ramon of the Fountain": de la Fuente, for review)."""
    found = {}
    last = [tail[-1], *NAME_WORDS.get(tail[-1], ())]  # "fountain": also whoever is called Fuente
    for entry, kind in [hit for word in last for hit in gazetteer.exact(word)]:
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
                if not _same_or_meaning(tail, words[j:]) or not _translates(connector, words[i:j]):
                    continue
                # the tail translated too ("of the Fountain", de la Fuente) is put back with it
                translated = tail != words[j:]
                put_back = written[i:j] + (written[j:] if translated else [])
                found.setdefault(entry.canonical, (entry, " ".join(put_back), form, translated))
    if len(found) != 1:
        return None
    entry, particles, form, translated = next(iter(found.values()))
    whole = {e.canonical for e, kind in gazetteer.exact(fold(form)) if kind in (CANONICAL, ALIAS)}
    return (entry, particles, form, translated) if whole == {entry.canonical} else None


def _same_or_meaning(written: list[str], listed: list[str]) -> bool:
    """The written words are the listed ones, or what they mean ("fountain" for "fuente")."""
    return len(written) == len(listed) and all(
        w == name or w in MEANINGS.get(name, ()) for w, name in zip(written, listed)
    )


def _translates(connector: str, particles: list[str]) -> bool:
    """ "and" stands for "e" or "y"; "of" and "of the" for the others ("de", "da", "de la")."""
    if connector == "and":
        return particles in (["e"], ["y"])
    if connector == "the":
        return len(particles) == 1 and particles[0] in ARTICLE_PARTICLES
    return not set(particles) & _CONJUNCTIONS
