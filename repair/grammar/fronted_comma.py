"""A fronted phrase without its comma before the sentence's subject (``repair.FrontedComma``).

"At some time they have to face it", "So in this field it is hard": a prepositional
phrase of three words or more opens the sentence, then a subject pronoun and an auxiliary
open its main clause; edited English puts a comma between. Shorter phrases ("In 2019 it
rose") often go without one in news, and the comma is left alone where the sentence has
another comma further on ("With the money they had raised, the group"): the pronoun then
opens a relative clause inside the phrase; nor before the perfect's "have", which opens
one as often without that comma ("By the time they had arrived the ship was gone"). Not
inside a quotation. A phrase of one lower-case word gets it too ("Without facts there will",
"By then we have": no year, date or name, which news writes without), and so does a phrase
of three words or more before "there" or before a noun subject with its determiner and an
auxiliary ("In a market economy the price must"), unless the phrase's last word takes a
clause of its own ("In the way the council is run") or heads a clause of time or place
without "that" ("By the time the police were called the man had fled").

A fronted clause ("If you want to buy cars you can", "Even though he knows it is unreal he
is going to") gets the same comma before the main clause's subject pronoun and auxiliary,
when the clause runs three words or more without a comma and the word before the pronoun
is no function word and does not take a clause of its own ("Because they know we will":
"know" takes "that" far likelier than chance in wordsegment's pairs, so "we will" may be
what they know; "When the way we can": a relative clause).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import either, own_finding
from repair.words import (
    CLAUSE_HEAD_NOUNS,
    FRONTED_AUXILIARIES,
    FRONTED_PHRASE_BREAKS,
    FRONTED_PREPOSITIONS,
    FRONTED_SUBJECTS,
    FRONTED_SUBORDINATORS,
    FUNCTION_WORDS,
    NOUN_SUBJECT_DETERMINERS,
    PERFECT_HAVE,
    SHORT_PHRASE_BREAKS,
    TIME_ADVERBS,
    Quotations,
)

RULE = "repair.FrontedComma"


_FRONTED = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:So|And|But) )?("
    rf"(?i:{either(FRONTED_PREPOSITIONS)})"
    rf"(?: (?!(?:{either(FRONTED_PHRASE_BREAKS)})\b)[a-z'’-]+){{2,4}})"
    rf" (?:{either(FRONTED_SUBJECTS - {'i'})}|I|there) (?:{either(FRONTED_AUXILIARIES)})\b"
    r"[^,;:.!?\n]*(?:[.!?]|$)",
    re.MULTILINE,
)
# ... or of one lower-case word ("Without facts there will", "By then we have"): no year,
# date or name ("In 2019 it rose", "On Monday he said": news often writes no comma there),
# and not a phrase that opens a clause itself ("In case it is", "In that it was")
_SHORT_FRONTED = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:So|And|But|Even) )?("
    rf"(?i:{either(FRONTED_PREPOSITIONS)}) (?!(?:{either(FRONTED_PHRASE_BREAKS | SHORT_PHRASE_BREAKS)})\b)"
    r"([a-z'’-]+))"
    rf" (?:{either(FRONTED_SUBJECTS - {'i'})}|I|there) (?P<auxiliary>{either(FRONTED_AUXILIARIES | PERFECT_HAVE)})\b"
    r"[^,;:.!?\n]*(?:[.!?]|$)",
    re.MULTILINE,
)


# ... or of three words or more before a subject that is a noun phrase: a determiner, one
# or two words and an auxiliary ("In a market economy the price must", "In the case of
# young people the best way is"); the phrase's last word is no function word (so "Before
# signing the contract the minister will" closes after "contract")
_NOUN_WORD = rf"(?!(?:{either(FUNCTION_WORDS)})\b)[a-z'’-]+"
_NOUN_FRONTED = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:So|And|But|Even) )?("
    rf"(?i:{either(FRONTED_PREPOSITIONS)})"
    rf"(?: (?!(?:{either(FRONTED_PHRASE_BREAKS)})\b)[a-z'’-]+){{1,4}} {_NOUN_WORD})"
    rf" (?:{either(NOUN_SUBJECT_DETERMINERS)})(?: {_NOUN_WORD}){{1,2}} (?:{either(FRONTED_AUXILIARIES)})\b"
    r"[^,;:.!?\n]*(?:[.!?]|$)",
    re.MULTILINE,
)


_SUBJECT_AUXILIARY = (
    rf" (?:{either(FRONTED_SUBJECTS - {'i'})}|I)"
    rf" (?:[a-z]+ly )?(?:{either(FRONTED_AUXILIARIES)})\b"
)
# a fronted clause of three words or more, then a subject, perhaps an adverb, and an
# auxiliary; no comma, semicolon or colon before the sentence ends
_FRONTED_CLAUSE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:So|And|But|Then|Also) )?(?:(?i:even) )?"
    rf"(?i:{either(FRONTED_SUBORDINATORS)})((?: [a-z'’]+){{3,}}?)(?={_SUBJECT_AUXILIARY}"
    r"[^,;:.!?\n]*(?:[.!?]|$))",
    re.MULTILINE,
)
# how much likelier than chance a word comes before "that" (wordsegment's pairs, natural
# log) when it takes a clause ("know", "said", "fact", "way"): a pronoun after it may open
# that clause, not the main one
CLAUSE_TAKER_PMI = 1.5


def _takes_clause(word: str) -> bool:
    from repair.detect.lexicon import lexicon

    found = lexicon().pair_association(word, "that")
    return found is None or found[0] >= CLAUSE_TAKER_PMI


def fronted_clause_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The comma after each fronted clause that lacks one (see the module)."""
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _FRONTED_CLAUSE.finditer(text, unit.start, unit.end):
            words = match.group(1).split()
            last = words[-1]
            if match.start() in quoted or last in FUNCTION_WORDS or _takes_clause(last):
                continue
            if any(w in FUNCTION_WORDS and w in FRONTED_PHRASE_BREAKS - FRONTED_SUBJECTS for w in words):
                continue  # "If they say that it is": a clause inside the clause
            at = match.end(1)
            findings.append(
                own_finding(
                    (at - len(last), at),
                    Fix(at, at, ","),
                    RULE,
                    "Punctuation",
                    "a fronted clause: a comma follows it",
                )
            )
    return findings


def fronted_comma_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The comma after each fronted phrase that lacks one (see the module)."""
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in (
            *_FRONTED.finditer(text, unit.start, unit.end),
            *_SHORT_FRONTED.finditer(text, unit.start, unit.end),
            *_NOUN_FRONTED.finditer(text, unit.start, unit.end),
        ):
            if match.start(1) in quoted:
                continue
            last = match[1].rsplit(" ", 1)[1]
            if match.re is _NOUN_FRONTED and (last in CLAUSE_HEAD_NOUNS or _takes_clause(last)):
                continue  # "In the way the state is run", "By the time the police were called"
            if (
                match.re is _SHORT_FRONTED
                and match["auxiliary"] in PERFECT_HAVE
                and not text.startswith(" to ", match.end("auxiliary"))
                and match[2] not in TIME_ADVERBS
            ):
                continue  # "With friends we have made": a relative clause; "By then we have" is none
            at = match.end(1)
            last = text.rfind(" ", match.start(1), at) + 1
            findings.append(
                own_finding(
                    (last, at), Fix(at, at, ","), RULE, "Punctuation", "a fronted phrase: a comma follows it"
                )
            )
    return findings
