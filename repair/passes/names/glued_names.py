"""A person's whole name with the space between its words lost ("AntonioGuterres", as a page's
markup can leave it): the space back, where the two halves together are the whole listed name
of one person. Brand and family names written with a capital inside ("McDonald", "DeSantis",
"YouTube") are no listed person's two words, and a handle, a hashtag, a web or e-mail address,
or a word the sentence calls an account or a handle ("his account AntonioGuterres") is left as
written: there the glued form is the right spelling."""

from __future__ import annotations

import re

from repair.edits import Proposal, Span, make_proposal
from repair.gazetteer.index import ALIAS, CANONICAL, Gazetteer
from repair.gazetteer.keys import fold
from repair.words import HANDLE_WORDS

# two or three capitalised pieces of three letters or more run together, not inside a handle,
# a hashtag, an address or an e-mail address
_GLUED = re.compile(r"(?<![\w@#/.])((?:[A-Z][a-zà-ÿ]{2,}){2,3})(?![\w@/]|\.\w)")
_PIECE = re.compile(r"[A-Z][a-zà-ÿ]+")
# the whole listed name of one person: as sure as a title run onto a listed name
WHOLE_NAME = 0.93


def glued_names(text: str, gazetteer: Gazetteer) -> list[Proposal]:
    """Spaces put back inside a glued person's name, one proposal a gap."""
    proposals = []
    for match in _GLUED.finditer(text):
        if _called_handle(text, match.start(1)):
            continue
        pieces = list(_PIECE.finditer(match.group(1)))
        words = " ".join(fold(p.group()) for p in pieces)
        people = {e.canonical: e for e, kind in gazetteer.exact(words) if kind in (CANONICAL, ALIAS)}
        if len(people) != 1 or any(e.type != "person" for e in people.values()):
            continue
        (entry,) = people.values()
        reason = f"{match.group(1)!r} is {entry.canonical}'s name with the space lost"
        evidence = [f"{' '.join(p.group() for p in pieces)!r} is a listed name of {entry.describe()}"]
        for piece in pieces[1:]:
            at = match.start(1) + piece.start()
            proposals.append(space_at(text, at, "name.glued", WHOLE_NAME, reason, evidence))
    return proposals


def _called_handle(text: str, start: int) -> bool:
    """One of the two words before the glued word, in its sentence, names a handle or an account
    ("on his account AntonioGuterres", "the handle: AntonioGuterres"); "his account of the day,
    AntonioGuterres" is a lost space again."""
    before = text[max(0, start - 40) : start]
    before = re.split(r"[.!?\n]\s", before)[-1]
    words = re.findall(r"[A-Za-z]+", before)[-2:]
    return any(w.lower() in HANDLE_WORDS for w in words)


def space_at(text: str, at: int, rule: str, confidence: float, reason: str, evidence: list[str]) -> Proposal:
    """A space put back at ``at``, between two words of a name or a title and a name."""
    return make_proposal(
        text, at, at, " ", kind="spacing", rule=rule, confidence=confidence, reason=reason, evidence=evidence
    )


def split_protection(protected: list[Span], gaps: list[int]) -> list[Span]:
    """The recognised names with each glued name's lost space left open: a glued run the
    gazetteer reads as one word ("RuslanZhaksylykov", the joined reading of Руслан
    Жаксылыков) is a recognised name, and its protection would keep out the space the
    names pass itself puts back (no other kind may touch a name)."""
    out: list[Span] = []
    for span in protected:
        cuts = sorted(g for g in gaps if span.start < g < span.end)
        start = span.start
        for cut in cuts:
            out.append(Span(start, cut))
            start = cut
        out.append(Span(start, span.end))
    return out
