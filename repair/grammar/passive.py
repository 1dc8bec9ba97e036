"""A verb's base form after a form of "be" (``repair.PassiveParticiple``).

"The sulfur is generate by volcanoes", "the bill was approve by the senate", "we should be
relax": a passive or a participle adjective lost its -ed ending, as learners and machine
translation leave it. The word must be a pure verb by wordsegment's pairs: English writes
it after "to" and never after "the" or "a" (so no noun, "the result is reform", and no
adjective, "the port is open"), never after any form of "be" as it is, and writes its
regular participle after that same form of "be". Not before an object ("what they did was
create a fund": a pseudo-cleft, where the base form is right), nor after a form of "do"
earlier in the sentence ("all he did was wait"), nor inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import either, own_finding
from repair.words import DO_FORMS, FUNCTION_WORDS, OBJECT_OPENERS, PASSIVE_BE, VERB_ADVERBS, Quotations

RULE = "repair.PassiveParticiple"
# a verb this common (Zipf) is one the pairs know well enough to judge
VERB_ZIPF = 3.0


# a pure verb is never written after these as it is: no noun, no adjective
PASSIVE_BE_LEADS = ("the", "a", *sorted(PASSIVE_BE))
_BE_VERB = re.compile(
    rf"\b(?P<be>{either(PASSIVE_BE)})"
    rf"(?: (?:not|{either(VERB_ADVERBS)}))? (?P<verb>[a-z]{{3,}})\b(?![-'’])"
    r"(?: (?P<after>[A-Za-z]+))?"
)
_DO_BEFORE = re.compile(rf"\b(?:{either(DO_FORMS)})\b|n['’]t\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?;:][\"'”’)]*\s[^.!?;:]*$|^[^.!?;:]*$")


def participles(verb: str) -> list[str]:
    """The regular participles ``verb`` may take ("generate" -> "generated", "try" ->
    "tried", "plan" -> "planned"), to be checked against the pairs."""
    if verb.endswith(("ed", "ing", "ly", "s")):
        return []
    if verb.endswith("e"):
        return [verb + "d"]
    forms = [verb + "ed"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        forms = [verb[:-1] + "ied"]
    elif verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms.append(verb + verb[-1] + "ed")
    return forms


def participle_for(counts, be: str, verb: str, leads: tuple[str, ...] = PASSIVE_BE_LEADS) -> str | None:
    """The participle English writes after ``be`` where ``verb`` stands, or None when the
    word is no pure verb or English writes it after one of ``leads`` as it is (the perfect
    rule passes its "have" for ``be``)."""
    if verb in FUNCTION_WORDS or counts.zipf(verb) < VERB_ZIPF:
        return None
    as_verb = counts.pair_association("to", verb)
    if as_verb is None or not as_verb[1]:
        return None
    for lead in leads:
        pair = counts.pair_association(lead, verb)
        if pair is None or pair[1]:
            return None  # a noun or an adjective, or English writes it so after "be"
    seen = []
    for form in participles(verb):
        pair = counts.pair_association(be, form)
        if pair is not None and pair[1] and pair[0] > 0.0:
            seen.append((pair[0], form))
    return max(seen)[1] if seen else None


def passive_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The participle for each base form after "be" (see the module)."""
    from repair.detect.lexicon import lexicon

    counts = lexicon()
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _BE_VERB.finditer(text, unit.start, unit.end):
            after = (match.group("after") or "").lower()
            if match.start() in quoted or after in OBJECT_OPENERS:
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            sentence = _SENTENCE_START.search(text, line_start, match.start())
            if sentence is not None and _DO_BEFORE.search(sentence.group()):
                continue  # "all they did was wait": a pseudo-cleft
            verb = match.group("verb")
            form = participle_for(counts, match.group("be"), verb)
            if form is None:
                continue
            start, end = match.span("verb")
            findings.append(
                own_finding(
                    (start, end),
                    Fix(start, end, form),
                    RULE,
                    "Grammar",
                    f"after `{match.group('be')}` a verb takes its participle: `{form}`",
                )
            )
    return findings
