"""A verb's wrong form after a modal, "do" or "have" (``repair.AuxiliaryBase``,
``repair.PerfectParticiple``).

Machine translation inflects a verb an auxiliary already carries: "the ministry will
helps", "he does not wants", "they did not agreed", or leaves a bare verb after the perfect's
"have": "the government has create a fund". Edited English never writes these, so each has
one right fix:

- AuxiliaryBase: after a modal (+ "not" or an adverb) a verb's -s form, and after "do" or
  "does" with its "not" an -s form, after "did not" a past form, becomes the base form. The
  -s word must be no noun: English never writes it after "the" or "a" ("will sales",
  "must reads" are left), and never after the auxiliary as it is. Without "not" a form of
  "do" may be the main verb ("what she does helps", "what he did angered voters"): left.
- PerfectParticiple: after "has", "have" or "had" (+ "not" or an adverb) the base form of
  a pure verb (English writes it after "to", never after "the" or "a", so no "has record",
  "have access") becomes its regular participle, when English writes that
  participle after the same "have" and never the base form ("has come", "had let" stay).

Only lower-case auxiliaries ("May", "Will", "Can" are names and months too), not after a
determiner or an adjective ("the will helps", "political will exists": a noun), not inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.passive import participle_for
from repair.grammar.word_forms import VERB_ZIPF, base_of, either, own_finding, stems_of
from repair.words import (
    COORDINATORS,
    FRONTED_SUBJECTS,
    FUNCTION_WORDS,
    MODAL_NOUN_LEADS,
    MODAL_VERBS,
    OBJECT_OPENERS,
    OBJECT_PRONOUNS,
    PAST_ONLY,
    PERFECT_HAVE,
    SUBORDINATORS,
    VERB_ADVERBS,
    Quotations,
)

_NEGATION = r"(?: not|n['’]t)"
_ADVERB = rf"(?: (?:{either(VERB_ADVERBS)}))"
_AUXILIARY_VERB = re.compile(
    rf"\b(?:(?P<modal>{either(MODAL_VERBS)})(?:{_NEGATION}|{_ADVERB})?"
    rf"|(?P<do>do|does|did){_NEGATION}{_ADVERB}?"
    rf"|(?P<have>{either(PERFECT_HAVE)})(?:{_NEGATION}|{_ADVERB})?)"
    r" (?P<verb>[a-z]{3,})\b(?![-'’])"
)
# a determiner or an adjective before the auxiliary makes it a noun ("the will helps", "the
# political will exists"); a subject pronoun ("it may seems") leaves it a modal
_DETERMINER_BEFORE = re.compile(
    rf"\b(?:{either((OBJECT_OPENERS | MODAL_NOUN_LEADS) - OBJECT_PRONOUNS)}) $", re.IGNORECASE
)
# emphatic "do" after a subject pronoun that opens its clause: "she does wants" (no "not")
_EMPHATIC_DO = re.compile(
    rf"\b(?i:{either(FRONTED_SUBJECTS)}) (?P<do>do|does|did){_ADVERB}? (?P<verb>[a-z]{{3,}})\b(?![-'’])"
)
# what may stand before that pronoun for it to open a clause: nothing, a sentence's end, a
# comma or a conjunction ("and she does wants"); "what she does helps" is a main verb
_CLAUSE_LEAD = re.compile(
    rf"(?:[.!?;:,][\"”’)]? |\b(?:{either(COORDINATORS | SUBORDINATORS)}) )$", re.IGNORECASE
)


def modal_is_noun(text: str, start: int, floor: int = 0) -> bool:
    """The modal at ``start`` follows a determiner or an adjective, so it is a noun ("a will
    must be signed", "the political will must come"): no double modal, no auxiliary."""
    return _DETERMINER_BEFORE.search(text, max(floor, start - 12), start) is not None


def _bases_of_s_form(word: str) -> list[str]:
    """The base forms an -s form may have ("helps" -> "help", "pushes" -> "push", "tries"
    -> "try")."""
    if not word.endswith("s") or word.endswith("ss"):
        return []
    return stems_of(word)


def _unseen(counts, first: str, second: str) -> bool:
    """English (wordsegment's pairs) never writes ``second`` after ``first``."""
    pair = counts.pair_association(first, second)
    return pair is None or not pair[1]


def base_for_s_form(counts, auxiliary: str, word: str) -> str | None:
    """The base form of the verb's -s form ``word`` after ``auxiliary``, or None when the
    word may be a noun or English writes it after the auxiliary as it is."""
    if (
        word in FUNCTION_WORDS
        or counts.zipf(word) < VERB_ZIPF
        or not all(_unseen(counts, lead, word) for lead in ("the", "a", auxiliary))
    ):
        return None
    for base in _bases_of_s_form(word):
        to_pair = counts.pair_association("to", base)
        if (
            base not in OBJECT_OPENERS
            and counts.zipf(base) >= VERB_ZIPF
            and to_pair is not None
            and to_pair[1]
        ):
            return base
    return None


def _opens_clause(text: str, start: int, floor: int) -> bool:
    """The word at ``start`` opens its clause: first in its unit, after a sentence's end,
    a comma or a conjunction."""
    if not text[floor:start].strip():
        return True
    return _CLAUSE_LEAD.search(text, max(floor, start - 16), start) is not None


def emphatic_do_form(counts, do: str, verb: str) -> str | None:
    """The base form of the -s form or past ``verb`` after an emphatic ``do`` ("she does
    wants", "they did agreed"), or None when it may be a noun or a base form already."""
    form = base_for_s_form(counts, do, verb) or PAST_ONLY.get(verb) or base_of(counts, verb)
    return form if form != verb else None


def auxiliary_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The base form or participle each auxiliary's verb takes (see the module)."""
    from repair.detect.lexicon import lexicon

    counts = lexicon()
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _AUXILIARY_VERB.finditer(text, unit.start, unit.end):
            if match.start() in quoted or modal_is_noun(text, match.start(), unit.start):
                continue
            verb = match.group("verb")
            if match.group("have"):
                have = match.group("have")
                form = participle_for(counts, have, verb, ("the", "a", have))
                rule, message = (
                    "repair.PerfectParticiple",
                    f"after `{match.group('have')}` the participle: `{{}}`",
                )
            else:
                auxiliary = match.group("modal") or match.group("do")
                form = base_for_s_form(counts, auxiliary, verb)
                if form is None and match.group("do") == "did":
                    form = PAST_ONLY.get(verb) or base_of(counts, verb)
                rule, message = "repair.AuxiliaryBase", f"after `{auxiliary}` the verb's base form: `{{}}`"
            if form is None:
                continue
            start, end = match.span("verb")
            findings.append(
                own_finding((start, end), Fix(start, end, form), rule, "Grammar", message.format(form))
            )
        for match in _EMPHATIC_DO.finditer(text, unit.start, unit.end):
            if match.start() in quoted or not _opens_clause(text, match.start(), unit.start):
                continue
            form = emphatic_do_form(counts, match.group("do"), match.group("verb"))
            if form is None:
                continue
            start, end = match.span("verb")
            message = f"after `{match.group('do')}` the verb's base form: `{form}`"
            findings.append(
                own_finding((start, end), Fix(start, end, form), "repair.AuxiliaryBase", "Grammar", message)
            )
    return findings
