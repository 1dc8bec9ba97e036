"""Three commas inside a sentence that edited English always writes.

- ``repair.CorrelativeComma``: "the more ... the better ...", two comparatives each
  after "the", the first opening the sentence or following "that" or "means": a comma
  closes the first half when it holds a clause of its own, a subject pronoun ("the more
  languages you know, the better"; "The more we learn, the less we know"). Not without a
  pronoun ("The better team won the bigger prize": one clause), not "the more than".
- ``repair.OpinionComma``: a phrase giving the writer's view after a comma ("Thus, in my
  view the points") is closed by one too: "Thus, in my view, the points". After a verb it
  is part of the clause ("It is in my view wrong") and is left alone; at a sentence's start
  it is the introductory-comma rule's.
- ``repair.ThenComma``: "Then" opening a sentence before a subordinate clause ("Then when
  we reached the coast, ..."): "Then, when". Not before "as" or "since", which as often
  go on with "then" ("Then as now"), and not in a question ("Then when will it end?"),
  where "when" asks.

None inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import either, own_finding
from repair.words import (
    CORRELATIVE_COMPARATIVES,
    FRONTED_SUBJECTS,
    FRONTED_SUBORDINATORS,
    OPINION_PHRASES,
    Quotations,
)

_COMPARATIVE = rf"(?:{either(CORRELATIVE_COMPARATIVES)})(?![\w'’-])"
_HALF_START = r"(?:^|(?<=[.!?] )|(?<=\bthat )|(?<=\bmeans ))"
# the first half: from its "the" to the word before the second "the", no punctuation
_CORRELATIVE = re.compile(
    rf"{_HALF_START}([Tt]he {_COMPARATIVE}(?! than\b)(?: [\w'’-]+){{1,8}}?)(?= the {_COMPARATIVE})",
    re.MULTILINE,
)
_SUBJECT = re.compile(rf"(?<![\w'’-])(?:{either(FRONTED_SUBJECTS - {'i'})}|I)(?![\w-])")
_THEN = re.compile(
    rf"(?:^|(?<=[.!?] ))(Then)(?= (?:{either(FRONTED_SUBORDINATORS - {'as', 'since'})}) [a-z])", re.MULTILINE
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_OPINION = re.compile(rf"(?<=, )((?i:{either(OPINION_PHRASES)}))(?= (?:[a-z]|I\b))")


def _comma(flagged: tuple[int, int], at: int, rule: str, message: str) -> Finding:
    """The finding that puts a comma at ``at``."""
    return own_finding(flagged, Fix(at, at, ","), rule, "Punctuation", message)


def clause_comma_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The comma each match in ``units`` lacks (see the module)."""
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _CORRELATIVE.finditer(text, unit.start, unit.end):
            half = match.group(1)
            if match.start() in quoted or not _SUBJECT.search(half, half.find(" ", 4)):
                continue
            at = match.end(1)
            last = text.rfind(" ", match.start(1), at) + 1
            findings.append(
                _comma(
                    (last, at),
                    at,
                    "repair.CorrelativeComma",
                    "`the more ..., the better ...`: a comma closes the first half",
                )
            )
        for pattern, rule, message in (
            (
                _OPINION,
                "repair.OpinionComma",
                "a phrase giving the writer's view: a comma closes it as one opened it",
            ),
            (_THEN, "repair.ThenComma", "`Then` before a subordinate clause: a comma follows it"),
        ):
            for match in pattern.finditer(text, unit.start, unit.end):
                end = _SENTENCE_END.search(text, match.end(), unit.end)
                asks = pattern is _THEN and end is not None and end.group() == "?"
                if match.start() in quoted or asks:
                    continue
                findings.append(_comma(match.span(1), match.end(1), rule, message))
    return findings
