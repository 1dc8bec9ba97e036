"""A singular subject before a verb's base form (``repair.SingularSubject``).

"the customer lose all", "this policy help to", "the lecturer suggest we": a determiner
that singles a count noun out, the noun, then a verb without its -s before the verb's
object or a clause. English writes the -s form there, so the rule adds it, when
wordsegment's word pairs show:

- the noun counts ("many customers", never "much customer") and is no collective noun a
  British paper pairs with a plural verb ("the government want"),
- the word after it is a verb (English writes it after "to"), no noun the pair would make
  a compound of ("the trade deal the leaders signed": "trade deal" is a pair), no past
  that is its own base form ("the storm cut power"), no function word.

Not after "that" or a verb that asks for the subjunctive ("insisted the minister
resign"), nor inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.number import PLURAL_ZIPF, plural_of
from repair.grammar.word_forms import VERB_ZIPF, either, own_finding
from repair.words import (
    COLLECTIVE_NOUNS,
    FUNCTION_WORDS,
    OBJECT_FOLLOWERS,
    OBJECT_OPENERS,
    SAME_PAST,
    SUBJUNCTIVE_LEADS,
    Quotations,
)

_SUBJECT_VERB = re.compile(
    r"\b(?P<lead>[A-Za-z]+ )?(?:[Tt]he|[Tt]his|[Ee]ach|[Ee]very) (?P<noun>[a-z]{3,}) (?P<verb>[a-z]{3,})"
    rf" (?=(?:{either(OBJECT_OPENERS | OBJECT_FOLLOWERS)})\b)"
)


def _seen(counts, first: str, second: str) -> bool:
    pair = counts.pair_association(first, second)
    return pair is not None and pair[1]


def s_form_after(counts, noun: str, verb: str) -> str | None:
    """The -s form ``verb`` takes after the singular count noun ``noun``, or None."""
    plural = plural_of(noun)
    if (
        noun in COLLECTIVE_NOUNS
        or noun.endswith("s")
        or counts.zipf(plural) < PLURAL_ZIPF
        or not _seen(counts, "many", plural)
        or _seen(counts, "much", noun)
    ):
        return None
    if verb in FUNCTION_WORDS or verb in SAME_PAST or verb.endswith(("s", "ed")) or _seen(counts, noun, verb):
        return None
    to_pair = counts.pair_association("to", verb)
    if to_pair is None or not to_pair[1]:
        return None
    form = plural_of(verb)
    return form if counts.zipf(form) >= VERB_ZIPF else None


def singular_subject_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The -s form each singular subject's verb takes (see the module)."""
    from repair.detect.lexicon import lexicon

    counts = lexicon()
    quoted = Quotations(text)
    matches = (
        m for u in units for m in _SUBJECT_VERB.finditer(text, u.start, u.end) if m.start() not in quoted
    )
    return [finding for m in matches if (finding := _subject_finding(counts, m)) is not None]


def _subject_finding(counts, match: re.Match[str]) -> Finding | None:
    lead = (match.group("lead") or "").strip().lower()
    if lead in SUBJUNCTIVE_LEADS:
        return None
    form = s_form_after(counts, match.group("noun"), match.group("verb"))
    if form is None:
        return None
    start, end = match.span("verb")
    message = f"after the singular `{match.group('noun')}` the verb's -s form: `{form}`"
    return own_finding((start, end), Fix(start, end, form), RULE, "Agreement", message)


RULE = "repair.SingularSubject"
