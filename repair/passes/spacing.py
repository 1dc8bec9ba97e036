"""Spacing, doubled punctuation and doubled words: small, mechanical, high-precision fixes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Proposal, make_proposal
from repair.words import LEGITIMATE_DOUBLES
from repair.words import SHORT_FUNCTION_WORDS as FUNCTION_WORDS

_CURRENCY_SPACE = re.compile(r"(?<![\w$€£¥])([$€£¥₴₽₹])[ \u00a0]+(?=\d)")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[\w\"”’)])[ \t\u00a0]+([,.;:!?])(?=[ \t]*$|\s+[^\s,.;:!?]|[\"”’)])")
_DOUBLED_PUNCT = re.compile(r"[ \t]*(?<![.])([,;:!?]|\.(?!\.))(?:[ \t]*\1(?![.]))+")
# "Sino -US", "in -depth": a hyphenated compound with a space before its hyphen (a dash
# has spaces on both sides or none; a minus sign comes before a digit)
_SPACE_BEFORE_HYPHEN = re.compile(r"(?<=[^\W\d_])[ \u00a0]+-(?=[^\W\d_]+\b)")
_MISSING_SPACE = re.compile(r"(?<=[a-z]{2})([.!?])(?=[A-Z][a-z])")
# C1 controls count as text: Python calls some of them (U+0085) white space, but the
# encoding pass turns them into the characters they stood for, and the spaces must be
# judged the same on a second run.
_INNER_SPACES = re.compile(r"(?<=\S|[\x80-\x9f])( {2,}|\u00a0 +| +\u00a0)(?=\S|[\x80-\x9f])")
_WORD = re.compile(r"\b([A-Za-z][A-Za-z'’-]*)(\s+)([A-Za-z][A-Za-z'’-]*)\b")
_REPEAT = re.compile(r"[ \t\u00a0]+([A-Za-z][A-Za-z'’-]*)\b")
_DOMAIN_TAIL = re.compile(r"^(com|org|net|gov|edu|co|uk|io|html|php|ru|ua|cn|de|fr|eu)\b")


def spacing_proposals(doc: Document) -> list[Proposal]:
    text = doc.text
    proposals: list[Proposal] = []
    for line in doc.lines:
        offset = line.start
        content = text[line.start : line.end]
        if not content.strip():
            continue
        proposals.extend(_line_proposals(text, content, offset))
    across = list(_doubled_across_lines(doc))
    # a line opening with its word twice ("be be ready" after "would be"): all copies go
    # in one edit, so the per-line fix of the same words is not proposed beside it
    proposals = [p for p in proposals if not any(p.span.overlaps(a.span) for a in across)]
    return proposals + across


_LAST_WORD = re.compile(r"(?<!\S)([a-z][a-z'’]*)[ \t]*$")


def _doubled_across_lines(doc: Document) -> Iterator[Proposal]:
    """A lowercase word that ends one line and starts the next ("it would be" / "be ready"),
    with at most one blank line between: a line break hid the double from a reader, as it
    hides it from the per-line check. The copies that open the second line go, with the
    spaces after them, so a join of the two lines (the structure pass's) applies beside it."""
    text = doc.text
    previous = None
    blanks = 0
    for line in doc.lines:
        content = text[line.start : line.end]
        if not content.strip():
            blanks += 1
            continue
        last = _LAST_WORD.search(text, previous.start, previous.end) if previous and blanks <= 1 else None
        previous, blanks = line, 0
        if last is None or last.group(1) in LEGITIMATE_DOUBLES:
            continue
        word = last.group(1)
        copies = re.match(rf"[ \t]*((?:{re.escape(word)}(?![\w'’-])[ \t]*)+)(?=\S)", content)
        if copies is None:
            continue  # not the same word, or nothing follows it on the line
        yield make_proposal(
            text,
            line.start + copies.start(1),
            line.start + copies.end(1),
            "",
            kind="spacing",
            rule="spacing.doubled-word",
            confidence=0.95 if word in FUNCTION_WORDS else 0.85,
            reason=f"the word {word!r} is written twice, across a line break",
        )


def _line_proposals(text: str, content: str, offset: int) -> Iterator[Proposal]:
    for m in _CURRENCY_SPACE.finditer(content):
        yield make_proposal(
            text,
            offset + m.start(),
            offset + m.end(),
            m.group(1),
            kind="spacing",
            rule="spacing.currency",
            confidence=0.95,
            reason="no space between a currency sign and its amount",
        )
    for m in _SPACE_BEFORE_PUNCT.finditer(content):
        yield make_proposal(
            text,
            offset + m.start(),
            offset + m.end(),
            m.group(1),
            kind="spacing",
            rule="spacing.before-punctuation",
            confidence=0.9,
            reason=f"no space before {m.group(1)!r}",
        )
    for m in _DOUBLED_PUNCT.finditer(content):
        yield make_proposal(
            text,
            offset + m.start(),
            offset + m.end(),
            m.group(1),
            kind="spacing",
            rule="spacing.doubled-punctuation",
            confidence=0.92,
            reason=f"{m.group(1)!r} written twice",
        )
    for m in _SPACE_BEFORE_HYPHEN.finditer(content):
        yield make_proposal(
            text,
            offset + m.start(),
            offset + m.end(),
            "-",
            kind="spacing",
            rule="spacing.before-hyphen",
            confidence=0.9,
            reason="no space before the hyphen of a compound",
        )
    for m in _MISSING_SPACE.finditer(content):
        tail = content[m.end() :]
        if _DOMAIN_TAIL.match(tail.lower()):
            continue
        yield make_proposal(
            text,
            offset + m.start(),
            offset + m.end(),
            m.group(1) + " ",
            kind="spacing",
            rule="spacing.after-sentence",
            confidence=0.85,
            reason="two sentences run together without a space",
        )
    for m in _INNER_SPACES.finditer(content):
        yield make_proposal(
            text,
            offset + m.start(),
            offset + m.end(),
            " ",
            kind="spacing",
            rule="spacing.multiple",
            confidence=0.85,
            reason="several spaces between words",
        )
    yield from _doubled_words(text, content, offset)


def _doubled_words(text: str, content: str, offset: int) -> Iterator[Proposal]:
    position = 0
    while True:
        m = _WORD.search(content, position)
        if m is None:
            return
        first, space, second = m.group(1), m.group(2), m.group(3)
        position = m.start(3)
        if "\n" in space or "\r" in space:
            continue
        base_second = re.sub(r"['’]s?$", "", second)
        if first.lower() != second.lower() and first.lower() != base_second.lower():
            continue
        lower = first.lower()
        if lower in LEGITIMATE_DOUBLES and second.lower() == lower:
            continue
        if first[0].isupper() and second[0].isupper() and lower not in FUNCTION_WORDS:
            # "Boutros Boutros-Ghali", "Sirhan Sirhan", "Walla Walla": names double on purpose
            confidence = 0.5
        elif lower in FUNCTION_WORDS:
            confidence = 0.95
        else:
            confidence = 0.85
        end = m.end(3)
        # a word written three times or more is one fix, or a second run would find the rest
        while (more := _REPEAT.match(content, end)) and more.group(1).lower() == second.lower():
            second, end = more.group(1), more.end()
        kept = second if first[0].islower() else second[0].upper() + second[1:]
        yield make_proposal(
            text,
            offset + m.start(1),
            offset + end,
            kept,
            kind="spacing",
            rule="spacing.doubled-word",
            confidence=confidence,
            reason=f"the word {first!r} is written twice",
        )
        position = end
