""" "of" between a quantifier and a bare plural (``repair.QuantifierOf``).

"Most of people prefer", "many of students go": a quantifier takes "of" only before a
determiner or a pronoun ("most of the people", "many of them"); before a bare plural the
"of" goes ("most people"). The plural must be one English writes after "many" in
wordsegment's word pairs (so "most of physics", a mass noun, is left alone) and no function
word ("most of these", "some of us"). Not inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import own_finding
from repair.words import FUNCTION_WORDS, Quotations

RULE = "repair.QuantifierOf"

_QUANTIFIER_OF = re.compile(
    r"(?<![\w'’-])(?:[Mm]ost|[Mm]any|[Ss]everal)( of) (?P<noun>[a-z]{3,}s|people|children|men|women)\b(?![-'’])"
)


def _many_of(counts, noun: str) -> bool:
    """English writes ``noun`` after "many": a plural that counts."""
    pair = counts.pair_association("many", noun)
    return pair is not None and pair[1]


def quantifier_of_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The "of" to remove in each match in ``units`` (see the module)."""
    from repair.detect.lexicon import lexicon

    counts = lexicon()
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _QUANTIFIER_OF.finditer(text, unit.start, unit.end):
            noun = match["noun"]
            if match.start() in quoted or noun in FUNCTION_WORDS or not _many_of(counts, noun):
                continue
            start, end = match.span(1)
            findings.append(
                own_finding(
                    (start + 1, end),
                    Fix(start, end, ""),
                    RULE,
                    "Grammar",
                    "a quantifier before a bare plural takes no `of`",
                )
            )
    return findings
