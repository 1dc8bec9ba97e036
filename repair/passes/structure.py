"""Paragraphs broken in the middle of a sentence, joined back together."""

from __future__ import annotations

import re
from collections.abc import Collection

from repair.document import Document
from repair.edits import Proposal, Span, make_proposal

HONORIFICS = frozenset(
    [
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "prof.",
        "gen.",
        "lt.",
        "col.",
        "maj.",
        "capt.",
        "sgt.",
        "adm.",
        "sen.",
        "rep.",
        "gov.",
        "rev.",
        "st.",
        "sir",
        "president",
        "minister",
        "chancellor",
        "secretary",
        "ambassador",
        "premier",
        "king",
        "queen",
        "prince",
    ]
)
_ENDS_SENTENCE = re.compile(r"[.!?…:]['\"”’)\]]*$")
_FUNCTION_END = re.compile(
    r"\b(the|a|an|of|to|in|on|at|for|with|by|from|and|or|but|as|that|which|who|whose|his|her|their|its|is|are|was|were|will|would|has|have|had)$",
    re.IGNORECASE,
)


def structure_proposals(doc: Document, chrome: Collection[Span] = ()) -> list[Proposal]:
    """Joins between paragraphs; never next to page chrome, which is no part of a sentence."""
    text = doc.text
    proposals = []
    for before, after in zip(doc.paragraphs, doc.paragraphs[1:]):
        if any(c.start < after.end and before.start < c.end for c in chrome):
            continue
        head = text[before.start : before.end].rstrip()
        tail = text[after.start : after.end].lstrip()
        if len(head.split()) < 5 or not tail:
            continue
        last_word = head.split()[-1].lower()
        honorific = last_word in HONORIFICS
        if _ENDS_SENTENCE.search(head) and not honorific:
            continue
        if tail[0].islower():
            confidence, why = 0.9, "the next paragraph continues in lower case"
        elif honorific:
            confidence, why = (
                0.85,
                f"the paragraph ends with the title {head.split()[-1]!r}, cut from its name",
            )
        elif _FUNCTION_END.search(head):
            confidence, why = 0.75, f"the paragraph ends on {head.split()[-1]!r}, mid-sentence"
        else:
            continue
        proposals.append(
            make_proposal(
                text,
                before.end,
                after.start,
                " ",
                kind="structure",
                rule="structure.broken-paragraph",
                confidence=confidence,
                reason=f"paragraph broken mid-sentence: {why}",
            )
        )
    return proposals
