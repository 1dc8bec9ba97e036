"""Closing quotation marks that close nothing: a translation or a scrape leaves them after
reported speech ("... and all who had stood by the strikers.”" in a paragraph that opens no
quotation), or closes a quotation one sentence early ("... gone in ten days.” We have asked
for extra crews.”": the speaker goes on, and the quotation ends at the second mark).

Only curly marks, whose shape says which side they stand on, and only where the reading is
clear: a lone mark after words that speak of the speaker in the third person is stray; a
mark with first-person words after it and another closing mark further on, and no
attribution between, closed too early. A paragraph that goes on a quotation the one
before it left open ends it with a lone mark on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Proposal, make_proposal

SURE = 0.85
KIND = "quotes"

# a closing mark in a closing place: after a word or a sentence's end, not after a digit
# (65” screens) nor a space (the spacing pass's lone marks)
_CLOSING = re.compile(r"(?<=[^\W\d_]|[.!?,;:…])”")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me|I'm|I’m|we're|we’re)\b")
_SPEECH = r"(?:said|says|added|adds|told|tells|asked|asks|stressed|noted|explained|wrote|writes|replied|insisted|declared|continued)"
# "he said", "Castell added", "said the minister": someone else speaks between two marks
_ATTRIBUTION = re.compile(
    rf"\b(?:(?:he|she|they|[A-Z][\w’'-]+) {_SPEECH}|{_SPEECH} (?:he|she|they|the|[A-Z]))\b|\baccording to\b"
)


def stray_quote_proposals(doc: Document) -> Iterator[Proposal]:
    text = doc.text
    open_before = False  # the paragraph before left a quotation open
    for line in doc.lines:
        content = text[line.start : line.end]
        if not content.strip():
            continue
        if '"' not in content:
            yield from _in_paragraph(text, content, line.start, open_before)
        open_before = content.count("“") > content.count("”")


def _in_paragraph(text: str, content: str, offset: int, open_before: bool) -> Iterator[Proposal]:
    closings = [m.start() for m in _CLOSING.finditer(content)]
    if "“" not in content:
        if len(closings) == 1 and content.count("”") == 1 and not open_before:
            at = closings[0]
            if not _FIRST_PERSON.search(content, 0, at):
                yield _remove(
                    text, offset + at, "a closing quotation mark in a paragraph that opens no quotation"
                )
        return
    yield from _closed_early(text, content, offset)


def _closed_early(text: str, content: str, offset: int) -> Iterator[Proposal]:
    """A quotation closed after a sentence, then first-person words and a second closing
    mark with no opening one between: the first mark closed too early."""
    opened, last_close = False, -1
    for m in re.finditer("[“”]", content):
        if m.group() == "“":
            opened, last_close = True, -1
            continue
        if opened:
            opened, last_close = False, m.start()
            continue
        between = content[last_close + 1 : m.start()]
        if (
            last_close > 0
            and content[last_close - 1] in ".!?"
            and re.match(r" [A-Z]", between)
            and _FIRST_PERSON.search(between)
            and not _ATTRIBUTION.search(between)
        ):
            yield _remove(
                text, offset + last_close, "the quotation goes on after this mark: it closes at the next one"
            )
        last_close = -1


def _remove(text: str, at: int, reason: str) -> Proposal:
    return make_proposal(
        text, at, at + 1, "", kind=KIND, rule="quotes.stray-closing", confidence=SURE, reason=reason
    )
