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
