"""Closing quotation marks that close nothing (repair/passes/stray_quotes.py). The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.passes.stray_quotes import SURE, stray_quote_proposals


def removed(text: str) -> list[str]:
    """The text around each mark proposed for removal (ten characters before it)."""
    found = []
    for p in stray_quote_proposals(Document.from_text(text)):
        assert p.replacement == "" and p.original == "”" and p.confidence == SURE
        found.append(text[p.span.start - 10 : p.span.start])
    return found


def test_a_lone_closing_mark_after_reported_speech_goes():
    text = "The mayor said, “We are ready.”\n\nShe thanked the drivers and the families who had waited.”\n"
    assert removed(text) == ["ad waited."]


def test_a_quotation_closed_one_sentence_early_closes_at_the_next_mark():
    text = "He said, “The ships will be unloaded first.” We have asked for more crews.”\n"
    assert removed(text) == ["ded first."]


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph that goes on the quotation the one before left open
        "The statement read: “We regret the delays.\n\nWe will publish a timetable on Monday.”\n",
        # first-person words: an opening mark may have been lost, and where is unknown
        "The mayor spoke. We are ready to talk.”\n",
        # an attribution between the marks: the first closed on time
        "“We will win,” she said. The vote is on Tuesday and we expect a result.”\n",
        "“We are ready.” Castell added that we had waited long enough.”\n",
        # inches, and quotations in good order
        "Sales of 65” screens rose.\n",
        "“We are ready,” she said. “We have waited long enough.”\n",
        # straight marks pair by count, not shape
        'He said "no" and left the room.”\n',
    ],
)
def test_marks_that_close_something_stay(text):
    assert removed(text) == []
