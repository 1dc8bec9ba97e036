"""A sentence-opening connective ("Thus", "Moreover") before a phrase gets its comma from
the pass (repair.IntroductoryComma); before a subject the checker's own rule gives it, once."""

from __future__ import annotations

from repair.document import Document
from repair.edits import Span
from repair.passes.grammar import introductory_comma_findings


def commas(text: str) -> list[str]:
    doc = Document.from_text(text)
    return [text[f.start : f.end] for f in introductory_comma_findings(doc, [Span(0, len(text))])]


def test_a_connective_before_a_phrase_takes_its_comma(automatic_grammar):
    text = "The ferry was late again. Moreover during the storm the quay flooded.\n"
    assert automatic_grammar(text, "repair.IntroductoryComma") == [("", ",")]
    opened = {
        "Thus in the end the council paid.\n": ["Thus"],
        "Nevertheless after the vote the mayor resigned.\n": ["Nevertheless"],
        "Thereby the island lost its only bank.\n": ["Thereby"],
    }
    assert {text: commas(text) for text in opened} == opened


def test_the_checker_gives_the_comma_before_a_subject_and_a_comma_is_kept():
    for kept in (
        "Thus the council paid.\n",  # the checker's own finding
        "Moreover, during the storm the quay flooded.\n",
        "Meanwhile in the capital the talks went on.\n",  # news writes it without one
    ):
        assert commas(kept) == [], kept
