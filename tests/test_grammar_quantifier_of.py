""" "most", "many" or "several" and "of" before a bare plural lose the "of"
(repair.QuantifierOf); before a determiner, a pronoun or a mass noun it stays."""

from __future__ import annotations

from repair.grammar.quantifier_of import quantifier_of_findings

from .conftest import applied


def fixed(text: str) -> str:
    return applied(quantifier_of_findings, text)


def test_of_before_a_bare_plural_goes(automatic_grammar):
    text = "In the valley most of workers grow barley.\n"
    assert automatic_grammar(text, "repair.QuantifierOf") == [(" of", "")]
    assert fixed("Many of teachers walk to school.") == "Many teachers walk to school."
    assert fixed("Most of people in the town agreed.") == "Most people in the town agreed."


def test_determiners_pronouns_and_mass_nouns_keep_their_of():
    for kept in (
        "Most of the farmers grow barley.",
        "Many of them walk to school.",
        "Most of these boats are old.",
        "Most of physics is maths.",  # a mass noun
        "Most of news is local.",
        "Some of farmers agreed.",  # "some of" is left to other rules
        '"Most of people are kind," she said.',  # the speaker's words
    ):
        assert fixed(kept) == kept, kept
