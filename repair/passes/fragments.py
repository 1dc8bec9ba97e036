"""Leftovers of a translation standing as sentences of their own between English ones:
an untranslated sentence ending ("... fuel prices. 했다. He said"), one lower-case word
with a full stop ("... roubles. troops. The ..."), or a sentence written twice in a row.
Edited English starts every sentence with a capital, writes no sentence of a single
lower-case word and says nothing twice running, so such a "sentence" is damage; the
repair is to take it out.

Taking out a function word ("the.") or a word in another script loses nothing a reader
could use: automatic. A lone content word may be a word the sentence lost ("the near
future. arms."): review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Proposal, make_proposal
from repair.words import FUNCTION_WORDS, STOP_ABBREVIATIONS, Quotations, ends_abbreviation

SURE = 0.9
UNSURE = 0.6
KIND = "grammar"

# letters of the scripts machine translation from Chinese, Japanese and Korean leaves behind
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# after a sentence's end; followed by the next sentence or the end of the line
_NEXT = r"(?=[ \t]+[\"“‘']?[A-Z]|[ \t]*$)"
_FOREIGN = re.compile(
    rf"(?:(?<=[.!?”\"’])[ \t]*|^)[{_CJK}]+(?:[.。!?！？]{_NEXT}|[ \t]*$)(?P<after>[ \t]*)", re.MULTILINE
)
_LONE_WORD = re.compile(rf"(?<=[.!?])[ \t]+([a-z]+)\.{_NEXT}", re.MULTILINE)
_WORD_BEFORE = re.compile(r"(\S+?)[.!?]$")
# "... signed the deal. Which took months to agree.": a relative clause cut off as a
# sentence of its own (not a question: "Which party will win?")
_CUT_CLAUSE = re.compile(r"(?<=[a-z0-9%)])\. (Which|Who)(?= [a-z]+[^?!.\n]*\.)")


def fragment_proposals(doc: Document) -> Iterator[Proposal]:
    text = doc.text
    for match in _FOREIGN.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        opens_line = not text[line_start : match.start()].strip()
        if opens_line and not text[match.end() : len(text) if line_end < 0 else line_end].strip():
            continue  # a line of its own: page chrome's, or a caption
        # the spaces after it go when it opens the line, the spaces before it otherwise
        end = match.end() if opens_line else match.start("after")
        yield make_proposal(
            text,
            match.start(),
            end,
            "",
            kind=KIND,
            rule="fragments.untranslated",
            confidence=SURE,
            reason=f"`{text[match.start() : end].strip()}` is left untranslated, a sentence of its own beside English ones",
        )
    yield from _doubled_sentences(doc)
    yield from _cut_clauses(text)
    for match in _LONE_WORD.finditer(text):
        word = match.group(1)
        if word in STOP_ABBREVIATIONS or _after_abbreviation(text, match.start()):
            continue  # "etc.", "in the U.S. too.": the stop before it ends no sentence
        yield make_proposal(
            text,
            match.start(),
            match.end(),
            "",
            kind=KIND,
            rule="fragments.lone-word",
            confidence=SURE if word in FUNCTION_WORDS else UNSURE,
            reason=f"`{word}.` stands alone as a sentence: a leftover of the translation",
        )


def _doubled_sentences(doc: Document) -> Iterator[Proposal]:
    """A sentence of four words or more written twice in a row ("The talks will resume in
    May. The talks will resume in May."): the second copy goes, with the space before it.
    Not inside a quotation, where a crowd's chant repeats on purpose."""
    text = doc.text
    quoted = Quotations(text)
    for first, second in zip(doc.sentences, doc.sentences[1:], strict=False):
        words = [t.text.lower() for t in first.tokens if t.is_word]
        if len(words) < 4 or [t.text.lower() for t in second.tokens] != [
            t.text.lower() for t in first.tokens
        ]:
            continue
        gap = text[first.end : second.start]
        if gap.strip() or "\n" in gap or second.start in quoted:
            continue
        yield make_proposal(
            text,
            first.end,
            second.end,
            "",
            kind=KIND,
            rule="fragments.doubled-sentence",
            confidence=SURE,
            reason="the same sentence is written twice in a row",
        )


def _cut_clauses(text: str) -> Iterator[Proposal]:
    """A relative clause cut off as a sentence goes back to the one before. Review only:
    "Which way the vote goes is unclear." opens with an embedded question, and reads right."""
    quoted = Quotations(text)
    for match in _CUT_CLAUSE.finditer(text):
        if _after_abbreviation(text, match.start() + 1) or match.start() in quoted:
            continue
        yield make_proposal(
            text,
            match.start(),
            match.end(),
            f", {match.group(1).lower()}",
            kind=KIND,
            rule="fragments.cut-clause",
            confidence=UNSURE,
            reason=f"`{match.group(1)} ...` is a relative clause cut off from the sentence before",
        )


def _after_abbreviation(text: str, at: int) -> bool:
    """The stop before ``at`` ends an abbreviation ("U.S.", "p.m.", "Gen.") or an initial."""
    line_start = text.rfind("\n", 0, at) + 1
    before = _WORD_BEFORE.search(text, line_start, at)
    if before is None:
        return False
    return ends_abbreviation(before.group(1).strip("\"“”‘’'("))
