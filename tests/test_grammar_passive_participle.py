"""A verb's base form after a form of "be" becomes its participle (repair.PassiveParticiple),
automatically; nouns, adjectives, pseudo-clefts and quotations are left alone."""

from __future__ import annotations

import pytest

from repair.edits import Span
from repair.grammar.passive import participles, passive_findings


def fixed(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.fixes[0].text) for f in passive_findings(text, [Span(0, len(text))])]


def test_a_base_form_after_be_is_automatic(automatic_grammar):
    text = "Most of the power is generate by two coal plants.\n"
    assert automatic_grammar(text, "repair.PassiveParticiple") == [("generate", "generated")]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The new budget was approve by the senate on Monday.\n", ("approve", "approved")),
        ("Visitors should be relax before the long climb.\n", ("relax", "relaxed")),
        ("The old wells may be utilize again next year.\n", ("utilize", "utilized")),
        ("The rules have not been establish yet.\n", ("establish", "established")),
    ],
)
def test_a_base_form_after_be_becomes_the_participle(text: str, change: tuple[str, str]):
    assert fixed(text) == [change]


def test_nouns_adjectives_and_pseudo_clefts_are_left_alone():
    for kept in (
        "The goal is reform, the minister said.\n",  # a noun after "is"
        "The result was record profits for the bank.\n",  # a noun before a noun
        "The port is open again after the storm.\n",  # an adjective
        "The tests were complete by noon.\n",
        "What they did was create a fund for the victims.\n",  # a pseudo-cleft
        "All he did was wait for the verdict.\n",
        "All we can do is pray for rain, she said.\n",
        "The decision was announced on Friday.\n",  # already a participle
        "Prices are expected to rise.\n",
    ):
        assert fixed(kept) == [], kept


def test_a_quotation_is_the_speakers():
    assert fixed('He wrote: "the gas is generate by the plant" in his notes.\n') == []


def test_participles_of_regular_verbs():
    assert participles("generate") == ["generated"]
    assert participles("try") == ["tried"]
    assert "planned" in participles("plan")
    assert participles("needs") == []
