"""A singular count noun after "the", "this", "each" or "every" before a verb's base form
and its object takes the -s form (repair.SingularSubject); compounds, collective nouns,
subjunctives, causatives, questions and quotations are left alone."""

from __future__ import annotations

from repair.edits import Span
from repair.grammar.singular_subject import singular_subject_findings


def fixed(text: str) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].text)
        for f in singular_subject_findings(text, [Span(0, len(text))])
    ]


def test_a_singular_subject_gets_the_verbs_s_form_automatically(automatic_grammar):
    text = "Under the new rules the customer lose all protection, critics say.\n"
    assert automatic_grammar(text, "repair.SingularSubject") == [("lose", "loses")]
    assert fixed("This point affect the budget of every town.\n") == [("affect", "affects")]


def test_compounds_collectives_subjunctives_and_questions_are_left_alone():
    for kept in (
        "The trade deal the leaders signed held for a year.\n",  # a compound, then a clause
        "The storm cut power to the coastal towns.\n",  # a past that is its base form
        "The government want to delay the vote.\n",  # a collective noun
        "The judge insisted the minister resign the post.\n",  # a subjunctive
        "Does the plan need the approval of parliament?\n",  # a question
        "They watched the player take the penalty.\n",  # a perception verb
        '"The customer lose all," the lawyer said.\n',  # the speaker's words
    ):
        assert fixed(kept) == [], kept
