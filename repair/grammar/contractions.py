"""Two contractions learners write as other words, each with one reading where it stands.

- ``repair.YouAre``: "your" before a word the possessive never takes ("when your in a
  group", "your not right", "if your a student"): "you're". Not before a hyphenated word
  ("your so-called", "your in-laws"), nor inside a quotation.
- ``repair.LetUs``: "lets" opening a sentence, perhaps after "So" or "And" ("So lets not
  lose hope", "Lets go"): "let's". With a subject before it "lets" is the verb ("it lets us
  in"), so only at a sentence's start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import own_finding
from repair.words import LETS_LEADS, YOURE_FOLLOWERS, Quotations

_YOUR = re.compile(r"(?<![\w'’-])([Yy]our) (?=(?:" + "|".join(sorted(YOURE_FOLLOWERS)) + r")(?![\w'’-]))")
_LETS = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:" + "|".join(sorted(w.capitalize() for w in LETS_LEADS)) + r"),? )?"
    r"([Ll]ets) (?=[a-z])",
    re.MULTILINE,
)


def contraction_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The rules' findings in ``units`` (see the module), none inside a quotation."""
    quoted = Quotations(text)
    mark = "’" if text.count("’") > text.count("'") else "'"
    rules = (
        (_YOUR, "repair.YouAre", "ou{}re", "before this word", "you are"),
        (_LETS, "repair.LetUs", "et{}s", "opening a sentence", "let us"),
    )
    findings = []
    for unit in units:
        for pattern, rule, ending, where, meaning in rules:
            for match in pattern.finditer(text, unit.start, unit.end):
                if match.start(1) in quoted:
                    continue
                word = match.group(1)
                fixed = word[0] + ending.format(mark)
                message = f"`{word}` {where} is `{fixed}` ({meaning})"
                findings.append(
                    own_finding(match.span(1), Fix(*match.span(1), fixed), rule, "Grammar", message)
                )
    return findings
