"""A singular count noun after a phrase that counts plurals (``repair.CountedPlural``).

"a lot of place", "the number of car", "one of the reason" each count things, so English
writes the plural there; learners and machine translation leave the singular. The rule
asks wordsegment's word pairs three things about the noun before it changes it:

- it counts: English writes "many" before its plural and never before it as it is
  (``counted_plural``: "many places", not "many place"),
- it is no mass noun as well: never after "much" or "less" ("much time", "less space"),
- "of" prefers its plural by a margin (``OF_PLURAL_MARGIN``): "of places" over "of
  place", but not "of opportunity", "of change" or "of time", which English writes
  singular after "a lot of" as often;

and the noun phrase ends at the noun (a function word, a punctuation mark or nothing
follows: "a lot of car owners" may be a compound). Not inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.number import counted_plural
from repair.grammar.ranking import neighbours
from repair.grammar.word_forms import either, own_finding
from repair.words import FUNCTION_WORDS, PLURAL_COUNTING_PHRASES, Quotations

_COUNTED = re.compile(
    rf"\b(?:{either(PLURAL_COUNTING_PHRASES)}) (?P<noun>[a-z]{{3,}})\b(?![-'’])", re.IGNORECASE
)
# How much likelier (pointwise mutual information, nats) "of" is before the plural than
# before the noun as typed: tuned on the even JFLEG half ("of places" +1.15, "of cars"
# +0.73; "of culture" +0.53, "of change" +0.30, "of time" -0.38).
OF_PLURAL_MARGIN = 0.6


def _seen(counts, first: str, second: str) -> bool:
    pair = counts.pair_association(first, second)
    return pair is not None and pair[1]


def count_plural(counts, noun: str) -> str | None:
    """The plural a counting phrase gives ``noun``, or None (see the module)."""
    plural = counted_plural(counts, "many", noun)
    if plural is None or noun in FUNCTION_WORDS or _seen(counts, "much", noun) or _seen(counts, "less", noun):
        return None
    now = counts.pair_association("of", noun)
    then = counts.pair_association("of", plural)
    if now is None or then is None or then[0] - now[0] < OF_PLURAL_MARGIN:
        return None
    return plural


def counted_plural_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The plural each counting phrase's singular noun takes (see the module)."""
    from repair.detect.lexicon import lexicon

    counts = lexicon()
    quoted = Quotations(text)
    matches = (m for u in units for m in _COUNTED.finditer(text, u.start, u.end) if m.start() not in quoted)
    return [finding for m in matches if (finding := _counted_finding(counts, text, m)) is not None]


def _counted_finding(counts, text: str, match: re.Match[str]) -> Finding | None:
    """The plural finding for one counting phrase's noun, or None."""
    start, end = match.span("noun")
    _, after = neighbours(text, start, end)
    if after and after.lower() not in FUNCTION_WORDS:
        return None  # perhaps the first half of a compound ("a lot of car owners")
    plural = count_plural(counts, match.group("noun"))
    if plural is None:
        return None
    message = f"`{text[match.start() : start].strip()}` counts a plural: `{plural}`"
    return own_finding((start, end), Fix(start, end, plural), RULE, "Agreement", message)


RULE = "repair.CountedPlural"
