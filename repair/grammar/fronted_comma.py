"""A fronted phrase without its comma before the sentence's subject (``repair.FrontedComma``).

"At some time they have to face it", "So in this field it is hard": a prepositional
phrase of three words or more opens the sentence, then a subject pronoun and an auxiliary
open its main clause; edited English puts a comma between. Shorter phrases ("In 2019 it
rose") often go without one in news, and the comma is left alone where the sentence has
another comma further on ("With the money they had raised, the group"): the pronoun then
opens a relative clause inside the phrase; nor before the perfect's "have", which opens
one as often without that comma ("By the time they had arrived the ship was gone"). Not
inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import own_finding
from repair.words import (
    FRONTED_AUXILIARIES,
    FRONTED_PHRASE_BREAKS,
    FRONTED_PREPOSITIONS,
    FRONTED_SUBJECTS,
    Quotations,
)

RULE = "repair.FrontedComma"


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted(words))


_FRONTED = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:So|And|But) )?("
    rf"(?i:{_alternatives(FRONTED_PREPOSITIONS)})"
    rf"(?: (?!(?:{_alternatives(FRONTED_PHRASE_BREAKS)})\b)[a-z'’-]+){{2,4}})"
    rf" (?:{_alternatives(FRONTED_SUBJECTS - {'i'})}|I) (?:{_alternatives(FRONTED_AUXILIARIES)})\b"
    r"[^,;:.!?\n]*(?:[.!?]|$)",
    re.MULTILINE,
)


def fronted_comma_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The comma after each fronted phrase that lacks one (see the module)."""
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _FRONTED.finditer(text, unit.start, unit.end):
            if match.start(1) in quoted:
                continue
            at = match.end(1)
            last = text.rfind(" ", match.start(1), at) + 1
            findings.append(
                own_finding(
                    (last, at), Fix(at, at, ","), RULE, "Punctuation", "a fronted phrase: a comma follows it"
                )
            )
    return findings
