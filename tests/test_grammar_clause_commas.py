"""The comma closing the first half of "the more ..., the better ..." when it holds a
clause (repair.CorrelativeComma), and the one closing a phrase giving the writer's view
after a comma (repair.OpinionComma); one clause, "the more than", a view inside a clause,
a phrase already closed and a quotation are left alone; and the comma after "Then"
before a subordinate clause (repair.ThenComma), not in a question."""

from __future__ import annotations

import pytest

from repair.edits import Span
from repair.grammar.clause_commas import clause_comma_findings


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The longer they strike the harder it will be to settle.\n", "repair.CorrelativeComma"),
        ("Still, in my view the council acted too late.\n", "repair.OpinionComma"),
        ("Then when the ferry docked we went ashore.\n", "repair.ThenComma"),
    ],
)
def test_each_rule_is_automatic(automatic_grammar, text: str, rule: str):
    assert automatic_grammar(text, rule) == [("", ",")]


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("Traders say that the more we borrow the less we save.", "borrow"),
        ("The more we trained the better we played.", "trained"),
        ("So, in our opinion it was the right call.", "in our opinion"),
        ("The talks stalled. Then if the rain holds off the march goes ahead.", "Then"),
    ],
)
def test_the_comma_goes_after_the_half_or_the_phrase(text: str, after: str):
    found = clause_comma_findings(text, [Span(0, len(text))])
    assert [text[f.start : f.end] for f in found] == [after]
    assert [f.fixes[0].text for f in found] == [","]


@pytest.mark.parametrize(
    "kept",
    [
        "The better team won the bigger prize on Sunday.",  # no clause of its own
        "The more than 300 workers the union counted went home.",  # "the more than" counts
        "The longer the strike lasts, the harder it will be.",  # has its comma
        "He bought the cheaper car the dealer offered.",  # not opening the sentence
        '"The more we sell the better we do," she said.',  # the speaker's words
        "It was in my view the wrong decision.",  # a view inside the clause, after a verb
        "Still, in my view, the council acted too late.",  # closed already
        "In my view the council acted too late.",  # a sentence's opener: another rule's
        'He added: "Still, in my view it is wrong."',  # the speaker's words
        "Then when will the bridge reopen?",  # "when" asks
        "Then as now the harbour was busy.",  # "as" goes on with "then"
        "Then the mayor spoke to the crowd.",  # no subordinate clause
        '"We waited. Then when the bus came it was full," he said.',  # the speaker's words
    ],
)
def test_near_misses_are_left_alone(kept: str):
    assert clause_comma_findings(kept, [Span(0, len(kept))]) == []
