"""A paragraph of body text that ends without its full stop (``repair.FinalStop``).

Learners and machine translation drop the last full stop of a paragraph ("We must trust
ourselves"); edited news ends every body paragraph with one. What else ends without a stop
in an article is left alone: the first paragraph (a headline) and the last (a page cut
mid-sentence), a line after one without a stop or before one that goes on its sentence
(a headline's run, a paragraph broken across a blank line), a title-case line, a subhead
asking a question ("Why the vote matters"), a list item, and a line ending in a name, a
figure or a quotation. The line must read as a clause: long, with a comma, or with a
subject pronoun or a modal; a short sentence-case line without one is a subhead or a
caption ("Firefighters at the scene"). And it must show a verb: a long noun phrase between
paragraphs ("Related coverage, analysis and opinion from our correspondents") is a promo
line or a caption, and a stop there is a change no editor asked for.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from repair.document import TERMINAL
from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.word_forms import own_finding
from repair.words import CLAUSE_MARKERS, PHRASE_DETERMINERS, SUBHEAD_OPENERS, VERB_SIGNS, WORD

RULE = "repair.FinalStop"
# fewer words than this is no paragraph of body text that lost its stop
MIN_WORDS = 4
# this many words or more is a sentence whatever it holds
SENTENCE_WORDS = 10
_ENDS = (".", "!", "?", '."', ".”", '?"', "?”", '!"', "!”", ".'", ".’")


def final_stop_findings(text: str, units: Sequence[Span], broken: Collection[int]) -> list[Finding]:
    """A full stop after the last word of a body paragraph that has none: not the first
    or the last unit, and only between two units that end a sentence of their own."""
    findings = []
    for index in range(1, len(units) - 1):
        unit = units[index]
        line = text[unit.start : unit.end].rstrip()
        before = text[units[index - 1].start : units[index - 1].end].rstrip()
        if not before.endswith(_ENDS) or units[index + 1].start in broken:
            continue
        if not _lost_its_stop(line):
            continue
        at = unit.start + len(line)
        findings.append(
            own_finding(
                (at - len(line.rsplit(" ", 1)[-1]), at),
                Fix(at, at, "."),
                RULE,
                "Punctuation",
                "a paragraph of body text ends with a full stop",
            )
        )
    return findings


def _lost_its_stop(line: str) -> bool:
    """``line`` is a sentence of body text without its final stop (see the module)."""
    if not line or line[-1] in TERMINAL or not line[-1].isalpha() or not line[-1].islower():
        return False
    if not (line[0].isalpha() or line[0] in "\"“'‘"):
        return False  # a list item or a figure
    words = WORD.findall(line)
    if len(words) < MIN_WORDS or not words[-1].islower() or words[0].lower() in SUBHEAD_OPENERS:
        return False
    long_words = [w for w in words if len(w) > 3]
    if long_words and sum(w[0].isupper() for w in long_words) * 2 > len(long_words):
        return False  # title case: a headline or a subhead
    lower = [w.lower() for w in words]
    if any(w in CLAUSE_MARKERS for w in lower):
        return True
    if not any(w in VERB_SIGNS for w in lower) and not any(
        len(w) > 4 and w.endswith("ed") and before not in PHRASE_DETERMINERS
        for before, w in zip(lower, lower[1:], strict=False)
    ):
        return False  # a noun phrase: a promo line or a caption ("Related coverage", "the injured")
    return len(words) >= SENTENCE_WORDS or "," in line
