"""Commas around a connective set inside a sentence (``repair.ParentheticalComma``).

- "for example" and "for instance" inside a sentence interrupt it: a comma before them
  after a word that is no function word ("in one case for example the scroll" -> "in one
  case, for example, the scroll"; not "as for example", "of for example"), and one after
  them before the next word ("cheap, for example if you").
- "however" inside a sentence as a connective: after a word, before an auxiliary ("A
  younger person however will need" -> "A younger person, however, will need"); after a
  comma, before a subject too ("..., however some people disagree" -> "..., however, some
  people"). After a word and before a subject it is "in whatever way" ("choose however
  they like"). Before an
  adjective or an adverb it is a degree word and takes none ("however hard they try",
  "however many there are").
- "especially" and "particularly" after a noun or a verb, before a preposition or a
  clause word, open an afterthought ("fewer cars especially in big cities" -> "fewer
  cars, especially in big cities"); after a function word they are part of the phrase
  ("is especially in demand").

- ``repair.WhichComma``: "which" after a name ("we went to Kyoto which is" -> "Kyoto,
  which is": a name needs no clause to single it out) or in "which means" after a word
  ("study disease which means" -> "disease, which means"); not after a capitalised word
  that opens its sentence ("Something which is cheap": a restrictive clause), nor in a
  cleft sentence ("It was Kyoto which hosted the talks").

Edited English writes these commas; learners and machine translation drop them. At a
sentence's start the introductory-comma rules and the checker's own add them. Not inside a
quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import either, own_finding
from repair.words import (
    AUXILIARIES,
    CLAUSE_SUBJECTS,
    FUNCTION_WORDS,
    MODAL_VERBS,
    Quotations,
)

RULE = "repair.ParentheticalComma"

# a word before the connective: letters (a comma or a stop before it is no match)
_EXAMPLE = re.compile(
    r"(?<=[A-Za-z0-9] )(?i:for example|for instance)(?![\w'’-])|(?<=, )(?i:for example|for instance)(?= [A-Za-z])"
)
# after a comma, before a subject or an auxiliary ("..., however some people"); after a word,
# before an auxiliary only ("A younger person however will"): after a word and before a
# subject it is the conjunction "in whatever way" ("choose however they like")
_HOWEVER = re.compile(
    r"(?<=, )however"
    rf"(?= (?:{either((CLAUSE_SUBJECTS - {'many', 'most', 'all', 'every', 'each', 'one', 'if', 'when'}) | AUXILIARIES | MODAL_VERBS)})\b(?!['’-]))"
    r"|(?<=[A-Za-z] )however"
    rf"(?= (?:{either(AUXILIARIES | MODAL_VERBS)})\b(?!['’-]))"
)
_ESPECIALLY = re.compile(
    r"(?<=[A-Za-z] )(?:especially|particularly)"
    r"(?= (?:in|on|at|for|during|among|with|after|before|when|if|since|because|where|as)\b)"
)
WHICH_RULE = "repair.WhichComma"
_NAME_BEFORE = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+(?:-[A-Z]?[a-z]+)* $")
_WORD_BEFORE = re.compile(r"([A-Za-z'’]+) $")
_CLEFT = re.compile(r"(?<![\w'’])(?i:it(?: is| was|['’]s)|is it|was it) [A-Z][a-z]+(?:-[A-Z]?[a-z]+)* $")


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return match.group(1).lower() if match else ""


def _comma(at: int, flagged: tuple[int, int], message: str) -> Finding:
    return own_finding(flagged, Fix(at, at, ","), RULE, "Punctuation", message)


def parenthetical_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The commas each connective in ``units`` lacks (see the module)."""
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for pattern, message, after in (
            (_EXAMPLE, "an example set inside a sentence: commas around it", True),
            (_HOWEVER, "`however` inside a sentence: commas around it", True),
            (_ESPECIALLY, "an afterthought: a comma before it", False),
        ):
            for match in pattern.finditer(text, unit.start, unit.end):
                start, end = match.span()
                if start in quoted:
                    continue
                before = text[start - 2 : start]
                if before != ", " and _word_before(text, start) not in FUNCTION_WORDS:
                    findings.append(_comma(start - 1, (start, end), message))
                elif before != ", ":
                    continue  # "as for example", "is especially": part of the phrase
                if after and re.match(r" [A-Za-z]", text[end : end + 2]):
                    findings.append(_comma(end, (start, end), message))
        for match in re.finditer(r"(?<=[A-Za-z] )which\b", text[unit.start : unit.end]):
            start = unit.start + match.start()
            if start in quoted:
                continue
            means = text.startswith("which means", start)
            name = _NAME_BEFORE.search(text, max(unit.start, start - 40), start) is not None
            if name and _CLEFT.search(text, max(unit.start, start - 60), start):
                continue  # "It was Kyoto which hosted": a cleft sentence takes no comma
            if means and _word_before(text, start) not in FUNCTION_WORDS or name:
                findings.append(
                    own_finding(
                        (start, start + 5),
                        Fix(start - 1, start - 1, ","),
                        WHICH_RULE,
                        "Punctuation",
                        "a clause adding to a name, or `which means`: a comma before it",
                    )
                )
    return findings
