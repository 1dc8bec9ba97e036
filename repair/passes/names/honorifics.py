"""Titles cut from their names by a line break ("Mr.\nCho"), rejoined."""

from __future__ import annotations

import re

from repair.edits import Proposal, make_proposal
from repair.gazetteer.mentions import zipf
from repair.passes.names.article import Article
from repair.passes.names.decisions import _best_known
from repair.words import DOTTED_HONORIFICS as _ABBREVIATED

_CUT_TITLE = re.compile(
    r"(?<![\w.])(Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|President|Chancellor|Premier|Minister|Secretary|"
    r"Ambassador|Senator|Governor|Sheikh|King|Queen|Prince)(\.?)([ \t]*(?:\r?\n[ \t]*)+)(?=[A-Z])"
)


def honorific_splits(article: Article) -> list[Proposal]:
    """ "... talks with Mr.\nCho would ...": rejoin a title cut from a name by a line break.

    A line never ends with "Mr." or "Dr." in running text, so an honorific before a line
    break and a capitalised name after it is proposed (surer when the name is a recognised
    person). A full title word ("Prime Minister.") must follow a word other than an article,
    since "met the President." can end a sentence, and be followed by a recognised person
    or a two-word name.
    """
    text = article.doc.text
    starts = {r.mention.start: r for r in article.readings}
    for r in article.readings:
        if r.mention.title and r.mention.title[0].start >= r.mention.sentence_start:
            starts.setdefault(r.mention.title[0].start, r)  # "Sheikh Mohammed ...", "Prince Faisal ..."
    proposals = []
    for match in _CUT_TITLE.finditer(text):
        title, dot = match.group(1), match.group(2)
        reading = starts.get(match.end())
        if reading is None:
            continue
        person = reading.status == "known" and any(e.type == "person" for e in reading.entries)
        name = reading.mention.text(text)
        namelike = reading.status != "known" and zipf(reading.mention.words[-1].text) < 4.0
        if title in _ABBREVIATED:
            if not dot or not (person or namelike):
                continue
            start, confidence = match.start(3), 0.93 if person else 0.86
        else:
            before = text[max(0, match.start() - 5) : match.start()].lower()
            if re.search(r"\b(the|a|an)\s+$", before) or not re.search(r"[a-z,]\s+$", before):
                continue
            if not (person or (namelike and len(reading.mention.words) >= 2)):
                continue
            start, confidence = match.start(2), (0.9 if person else 0.82)
        if person:
            why = f"{name!r} is a person's name (gazetteer: {_best_known(reading, article).describe()})"
        else:
            why = f"{name!r} reads as a name (capitalised, not an English word)"
        proposals.append(
            make_proposal(
                text,
                start,
                match.end(),
                " ",
                kind="structure",
                rule="name.honorific-split",
                confidence=confidence,
                reason=f"the title {title!r} was cut from the name {name!r}",
                evidence=[why, f"a line break separates {title + dot!r} from it"],
            )
        )
    return proposals


def respelled_after_titles(result, article, gazetteer) -> None:
    """ "Mr. Mun" or "President Joe" where the article names Moon Jae-in or Cho Kuk: a title
    and one short word that is a reading of a named person's family name through another
    script (Revised Romanization "Mun", Pinyin "Wen"), or sounds like one. Proposed in place
    of a weaker guess from the word alone ("Mun" is not "Min")."""
    from repair.gazetteer.index import CANONICAL
    from repair.gazetteer.keys import fold, sound_key
    from repair.passes.names.entities import FAMILY_FIRST, ResolveContext, family_form, family_of

    named = {
        r.entries[0].canonical: r.entries[0] for r in article.readings if r.status == "known" and r.entries
    }
    for found in result.entities:
        for entry, kind in gazetteer.exact(fold(found["entity"])):
            if kind == CANONICAL:
                named.setdefault(entry.canonical, entry)
    people = [e for e in named.values() if e.type == "person" and family_of(e)]
    if not people:
        return
    context = ResolveContext(article, gazetteer)
    text = article.doc.text
    for reading in article.readings:
        m = reading.mention
        if len(m.words) != 1 or not (m.honorific or m.title) or len(m.folded) != 1:
            continue
        word = m.folded[0]
        if len(word) > 5 or (
            reading.status == "known" and any(e.canonical in named for e in reading.entries)
        ):
            continue
        matches = []
        for person in people:
            family = family_of(person)[0]
            if word == family:
                break
            spelled = {family}
            if person.country in FAMILY_FIRST:
                spelled.update(fold(r.split()[0]) for r in context.readings_of(person) if " " in r)
            if word in spelled:
                matches.append((person, 0.85, "a reading of the family name through another script"))
            elif any(sound_key(word) == sound_key(s) and word[:1] == s[:1] for s in spelled if len(s) <= 5):
                matches.append((person, 0.8, "sounds like the family name"))
        else:
            if len({p.canonical for p, _, _ in matches}) != 1:
                continue
            person, confidence, how = max(matches, key=lambda match: match[1])
            replacement = family_form(person, article.surface)
            if any(
                p.kind == "name"
                and p.span.start < m.end
                and m.start < p.span.end
                and p.confidence >= confidence
                for p in result.proposals
            ):
                continue
            result.proposals[:] = [
                p
                for p in result.proposals
                if not (p.kind == "name" and p.span.start < m.end and m.start < p.span.end)
            ]
            result.proposals.append(
                make_proposal(
                    text,
                    m.start,
                    m.end,
                    replacement,
                    kind="name",
                    rule="name.article-variant",
                    confidence=confidence,
                    reason=f"{m.words[0].text!r} after a title is {person.canonical}, named in the article",
                    evidence=[
                        f"{m.words[0].text!r} {how} {replacement!r}",
                        f"the article names {person.canonical}",
                    ],
                )
            )
