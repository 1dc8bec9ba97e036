"""``there is`` before a word that counts a plural (``repair.ThereAre``).

"There is many ways to do it", "there was several reasons": "many", "several", "few",
"numerous", "various" and "multiple" count a plural, so the verb is "are" or "were". Not
"both": "there is both a risk and a chance" agrees with its first noun, as news writes it. Not "many a" ("there is many a slip": singular), "a few" keeps its "a" and takes
"are" too. Not inside a quotation (a speaker's "there's two of them" is theirs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import own_finding
from repair.words import Quotations

RULE = "repair.ThereAre"

_THERE_IS = re.compile(
    r"(?<![\w'’-])[Tt]here (is|was) (?=(?:a )?(?:many|several|few|numerous|various|multiple)\b"
    r"(?!['’-])(?! a\b))"
)
_PLURAL = {"is": "are", "was": "were"}


def there_are_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The plural verb after each "there is" before a plural's counter in ``units``."""
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _THERE_IS.finditer(text, unit.start, unit.end):
            if match.start() in quoted:
                continue
            start, end = match.span(1)
            verb = _PLURAL[match.group(1)]
            findings.append(
                own_finding(
                    (start, end),
                    Fix(start, end, verb),
                    RULE,
                    "Agreement",
                    f"a plural follows: `there {verb}`",
                )
            )
    return findings
