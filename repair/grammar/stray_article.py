"""An indefinite article before a word it never goes with (``repair.StrayArticle``).

- A noun English never counts ("information", "advice", "equipment", "homework"), perhaps
  after one adjective, ending its phrase: "we share a information and", "books have an old
  information so". The article goes. Before another noun the uncounted one is a modifier
  ("an information campaign", "a homework club") and the article is that noun's.
- "a" before "many" and a plural: "for a many years". "a great many" and "a good many" put
  their adjective between and are left alone, as is "a many-sided" (a compound).
- "the", "a" or "an" before another determiner, a demonstrative or a possessive: "for the
  these reasons", "a my friend". Not before a hyphenated word ("the this-or-that debate").

Learners and machine translation write these; edited English never does. The article and
the space after it are removed (a capital moves to the next word). Not inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import either, own_finding
from repair.words import FUNCTION_WORDS, UNCOUNTED_NOUNS, Quotations

RULE = "repair.StrayArticle"

# the article, perhaps one lower-case adjective that is no function word, the uncounted
# noun, then the end of its phrase: punctuation or a function word
_UNCOUNTED = re.compile(
    rf"(?<![\w'’-])([Aa]n?) (?:(?!(?:{either(FUNCTION_WORDS)}) )[a-z]+ )?(?:{either(UNCOUNTED_NOUNS)})"
    rf"(?![\w'’-])(?=\s*(?:[,.;:!?)]|$|(?:{either(FUNCTION_WORDS)})(?![\w'’-])))",
    re.MULTILINE,
)
_A_MANY = re.compile(r"(?<![\w'’-])([Aa]) many (?=[a-z]+s\b(?![-'’]))")
# an article before another determiner: "for the these reasons", "a my friend"
_DOUBLE_DETERMINER = re.compile(
    r"(?<![\w'’-])([Tt]he|[Aa]n?) (?=(?:these|those|this|my|your|his|our|their|its)\b(?![-'’]))"
)


def stray_article_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The article to remove in each match in ``units`` (see the module)."""
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for pattern, message in (
            (_UNCOUNTED, "English does not count this noun: no `a` or `an` before it"),
            (_A_MANY, "`many` takes no `a` before it"),
            (_DOUBLE_DETERMINER, "a determiner follows: no article before it"),
        ):
            for match in pattern.finditer(text, unit.start, unit.end):
                if match.start() in quoted:
                    continue
                start, end = match.span(1)
                if match.group(1)[0].isupper():
                    # "A useful advice is": the next word takes the capital
                    fix = Fix(start, end + 2, text[end + 1].upper())
                else:
                    fix = Fix(start, end + 1, "")
                findings.append(own_finding((start, end), fix, RULE, "Grammar", message))
    return findings
