"""A comma before "but" when a subordinate clause or "right now" opens the clause after it
(repair.ButComma); not where "but" joins two verbs, adjectives or phrases of one clause."""

from __future__ import annotations

from repair.edits import Span
from repair.grammar.word_forms import word_form_findings


def commas(text: str) -> list[str]:
    """The word each ButComma finding puts a comma after."""
    return [
        text[f.start : f.end]
        for f in word_form_findings(text, [Span(0, len(text))])
        if f.rule == "repair.ButComma"
    ]


def test_a_clause_opening_with_a_subordinate_clause_after_but_takes_the_comma(automatic_grammar):
    text = "The ferry kept to its timetable but even if the storm returns it may stop.\n"
    assert automatic_grammar(text, "repair.ButComma") == [("", ",")]
    assert commas("The deal was signed but when the crisis came it failed.\n") == ["signed"]
    assert commas("We agreed to the plan but right now we cannot pay.\n") == ["plan"]


def test_but_joining_parts_of_one_clause_takes_no_comma():
    for kept in (
        "Prices rose but then fell back in the spring.\n",  # two verbs, one subject
        "The crew was tired but in good spirits.\n",
        "A small but even more important change was made.\n",
        "He left not because he was tired but because he was ill.\n",  # a contrast
        "The stall sold nothing but fish.\n",
    ):
        assert commas(kept) == [], kept
