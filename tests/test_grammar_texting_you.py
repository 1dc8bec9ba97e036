""" "u" written for "you" becomes "you" (repair.TextingYou); a letter, a list item, an
abbreviation and a quoted message keep it."""

from __future__ import annotations

from repair.document import Document
from repair.edits import Span
from repair.passes.grammar import texting_findings


def found(text: str) -> list[str]:
    doc = Document.from_text(text)
    return [f.fixes[0].text for f in texting_findings(doc, [Span(0, len(text))])]


def test_u_as_a_subject_becomes_you(automatic_grammar):
    text = "With these figures u will see why the ferry lost money.\n"
    assert automatic_grammar(text, "repair.TextingYou") == [("u", "you")]
    assert found("The toll is high because u dont pay it once but twice.\n") == ["you"]


def test_a_letter_or_a_quoted_message_keeps_its_u():
    for kept in (
        "Items (a) to (u) are listed in the annex.\n",
        "The ship made a u turn near the coast.\n",
        "The vowel u is short in this word.\n",
        '"c u will be late," she wrote.\n',
    ):
        assert found(kept) == [], kept
