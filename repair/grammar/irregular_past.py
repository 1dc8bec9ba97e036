"""An irregular verb given a regular ending (``repair.IrregularPast``).

"Many of them have dealed with it", "nobody telled us", "it was hided in a box": learners
and machine translation give an irregular verb the regular "-ed", and the checker misses
these (it offers "dealer" for "dealed" and nothing for "hided"). None of the listed forms is
a word of its own, so the fix is sure: the participle after a form of "have" or "be"
(perhaps with "not" or an adverb between: "had never forgived"), the simple past elsewhere;
none after a modal, "do" or "to", where the base form belongs.
"putted" is golf's verb ("he putted for birdie") and is fixed only after a passive's "be"
("cannot be putted into words"). Lower-case words only (a capitalised one may be a name),
not joined to another by a hyphen or apostrophe, nor inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import either, own_finding
from repair.words import (
    DO_FORMS,
    MODAL_VERBS,
    PASSIVE_BE,
    PASSIVE_ONLY_PASTS,
    PERFECT_HAVE,
    REGULARISED_PASTS,
    VERB_ADVERBS,
    Quotations,
)

RULE = "repair.IrregularPast"

_FORMS = frozenset(REGULARISED_PASTS) | frozenset(PASSIVE_ONLY_PASTS)
_WORD = re.compile(rf"(?<![\w'’-])(?:{either(_FORMS)})(?![\w'’-])")
# the words before it, nearest last: an auxiliary, perhaps "not" or an adverb between
_BEFORE = re.compile(r"([A-Za-z'’]+) (?:([A-Za-z'’]+) )?$")
_PARTICIPLE_LEADS = PASSIVE_BE | PERFECT_HAVE | {"am", "having", "get", "gets", "got", "gotten"}
_BETWEEN = VERB_ADVERBS | {"not", "n't", "never", "already", "ever", "been"}


def _after(text: str, start: int) -> frozenset[str]:
    """The auxiliaries that may govern the word at ``start``: the word before it, and the
    one before that when an adverb or "not" stands between."""
    match = _BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return frozenset()
    far, near = (match.group(1), match.group(2)) if match.group(2) else (None, match.group(1))
    near = near.lower().replace("’", "'")
    leads = {near}
    if far is not None and (near in _BETWEEN or near.endswith("n't")):
        leads.add(far.lower())
    if near.endswith("n't"):
        leads.add(near[: -len("n't")])
    return frozenset(leads)


def irregular_past_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The irregular form for each regularised one in ``units`` (see the module)."""
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _WORD.finditer(text, unit.start, unit.end):
            start, end = match.span()
            if start in quoted:
                continue
            word = match.group()
            leads = _after(text, start)
            if leads & (DO_FORMS | MODAL_VERBS | {"to"}):
                continue  # "did not telled", "will forgived": the base form, not a past
            if word in PASSIVE_ONLY_PASTS:
                if not leads & (PASSIVE_BE | {"am"}):
                    continue
                past, participle = PASSIVE_ONLY_PASTS[word]
            else:
                past, participle = REGULARISED_PASTS[word]
            form = participle if leads & _PARTICIPLE_LEADS else past
            findings.append(
                own_finding(
                    (start, end),
                    Fix(start, end, form),
                    RULE,
                    "Grammar",
                    f"`{word}` is irregular: `{form}`",
                )
            )
    return findings
