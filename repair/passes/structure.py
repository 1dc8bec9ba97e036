"""Paragraphs broken in the middle of a sentence, joined back together."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from itertools import accumulate

from repair.document import Document
from repair.edits import Proposal, Span, make_proposal
from repair.words import ENDS_WITH_FUNCTION_WORD, LETTER_WORD, TITLES_BEFORE_NAMES

_ENDS_SENTENCE = re.compile(r"[.!?…:]['\"”’)\]]*$")


def structure_proposals(
    doc: Document, chrome: Collection[Span] = (), fixes: Collection[Proposal] = ()
) -> list[Proposal]:
    """Joins between paragraphs; never next to page chrome, which is no part of a sentence."""
    text = doc.text
    proposals = []
    begins = {fix.span.start: fix for fix in fixes}
    ends = {fix.span.end: fix for fix in fixes}
    chrome = sorted(chrome)
    starts, reach = [c.start for c in chrome], list(accumulate((c.end for c in chrome), max))
    run_words = 0
    for before, after in zip(doc.paragraphs, doc.paragraphs[1:]):
        below = bisect.bisect_left(starts, after.end)  # chrome starting before `after` ends
        if below and reach[below - 1] > before.start:  # ... and reaching into `before`
            continue
        head = text[before.start : before.end].rstrip()
        tail = text[after.start : after.end].lstrip()
        # judged as the mojibake fixes leave them, so a second run judges them the same
        head_end, tail_start = before.start + len(head), after.end - len(tail)
        if (fix := ends.get(head_end)) is not None and len(fix.original) <= len(head):
            head = head[: len(head) - len(fix.original)] + fix.replacement
        if (fix := begins.get(tail_start)) is not None and len(fix.original) <= len(tail):
            tail = fix.replacement + tail[len(fix.original) :]
        head, tail = head.rstrip(), tail.lstrip()
        # a short paragraph already joined to the one before is no longer short
        joined_before = bool(proposals) and before.start <= proposals[-1].span.end <= before.end
        words = len(head.split()) + (run_words if joined_before else 0)
        run_words = words
        if not tail or (words < 5 and not tail[0].islower()):
            continue
        last_word = head.split()[-1].lower()
        honorific = last_word in TITLES_BEFORE_NAMES
        if _ENDS_SENTENCE.search(head) and not honorific:
            continue
        if tail[0].islower():
            confidence, why = 0.9, "the next paragraph continues in lower case"
        elif honorific:
            confidence, why = (
                0.85,
                f"the paragraph ends with the title {head.split()[-1]!r}, cut from its name",
            )
        elif ENDS_WITH_FUNCTION_WORD.search(head):
            confidence, why = 0.75, f"the paragraph ends on {head.split()[-1]!r}, mid-sentence"
        else:
            continue
        first = LETTER_WORD.search(tail.lower())
        if first and LETTER_WORD.findall(head.lower())[-1:] == [first.group()]:
            # "... the" + "the ...": joined, that is a doubled word; let a reviewer decide
            confidence, why = min(confidence, 0.6), f"{why}, and the next starts with the same word"
        proposals.append(
            make_proposal(
                text,
                # the spaces around the break go too, or the join leaves two spaces to fix
                head_end,
                tail_start,
                " ",
                kind="structure",
                rule="structure.broken-paragraph",
                confidence=confidence,
                reason=f"paragraph broken mid-sentence: {why}",
            )
        )
    proposals.extend(_broken_lines(doc, chrome))
    return proposals


def _broken_lines(doc: Document, chrome: list[Span]) -> list[Proposal]:
    """A line break inside a paragraph, mid-sentence: the next line goes on in lower case.

    Hard-wrapped text (a mail, a Markdown file wrapped at 72 columns) does this on every
    line on purpose; when more than a fifth of the lines continue that way, it is style,
    not damage, and nothing is proposed.
    """
    text = doc.text
    breaks = []
    content_lines = 0
    previous: Span | None = None
    for line in doc.lines:
        content = text[line.start : line.end]
        if not content.strip():
            previous = None
            continue
        content_lines += 1
        if previous is not None:
            head = text[previous.start : previous.end].rstrip()
            tail = content.lstrip()
            if head and not _ENDS_SENTENCE.search(head) and tail[:1].islower():
                breaks.append((previous.start + len(head), line.start + len(content) - len(tail)))
        previous = line
    if not breaks or len(breaks) > 0.2 * content_lines:
        return []
    found = []
    for start, end in breaks:
        if any(c.start < end and start < c.end for c in chrome):
            continue
        found.append(
            make_proposal(
                text,
                start,
                end,
                " ",
                kind="structure",
                rule="structure.broken-line",
                confidence=0.85,
                reason="line broken mid-sentence: the next line continues in lower case",
            )
        )
    return found
