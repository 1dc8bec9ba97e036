"""A verb's -s or past form after a modal or "do", and a bare verb after the perfect's
"have", are fixed automatically (repair.AuxiliaryBase, repair.PerfectParticiple); nouns,
adjectives, names, questions and quotations are left alone."""

from __future__ import annotations

import pytest

from repair.edits import Span
from repair.grammar.auxiliary import auxiliary_findings


def fixed(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].text, f.rule)
        for f in auxiliary_findings(text, [Span(0, len(text))])
    ]


def test_an_s_form_after_a_modal_is_automatic(automatic_grammar):
    text = "The ministry will helps farmers who lost their crops.\n"
    assert automatic_grammar(text, "repair.AuxiliaryBase") == [("helps", "help")]


def test_a_bare_verb_after_has_is_automatic(automatic_grammar):
    text = "The government has create a fund for flood victims.\n"
    assert automatic_grammar(text, "repair.PerfectParticiple") == [("create", "created")]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The agency can makes the payments within a week.\n", ("makes", "make")),
        ("The police must investigates the claims.\n", ("investigates", "investigate")),
        ("He does not wants to resign before the vote.\n", ("wants", "want")),
        ("The minister did not attended the meeting on Monday.\n", ("attended", "attend")),
        ("They did not took part in the talks.\n", ("took", "take")),
        ("It may seems odd that the count took a week.\n", ("seems", "seem")),  # "it" is a subject
        ("She does wants to stand again next year.\n", ("wants", "want")),  # emphatic "do"
        ("The count was late, but they did finished it.\n", ("finished", "finish")),
        ("The talks failed because he did went too far.\n", ("went", "go")),
    ],
)
def test_a_verb_after_a_modal_or_do_takes_its_base_form(text: str, change: tuple[str, str]):
    assert fixed(text) == [(*change, "repair.AuxiliaryBase")]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The council have approve the budget for next year.\n", ("approve", "approved")),
        ("The ministry had decide to delay the plan.\n", ("decide", "decided")),
        ("The firm has not create any new jobs this year.\n", ("create", "created")),
    ],
)
def test_a_bare_verb_after_have_takes_its_participle(text: str, change: tuple[str, str]):
    assert fixed(text) == [(*change, "repair.PerfectParticiple")]


def test_nouns_names_months_and_main_verbs_are_left_alone():
    for kept in (
        "Will sales rise this winter, the traders asked.\n",  # a noun after a modal
        "Nobody knows if they will sales rise.\n",
        "Retailers say shoppers can goods buy online.\n",
        "The Will of the late magnate was read in court.\n",  # a modal as a noun
        "The judge said the will helps the family.\n",
        "The political will exists to end the war.\n",
        "A tin can holds the seeds.\n",
        "How could its leaders ignore the warning?\n",  # a function word
        "Can Dündar wrote about the case for years.\n",  # a name
        "In May rents rose again.\n",  # the month
        "Does the president lead the party?\n",  # a question
        "Does it matter which firm builds the bridge?\n",
        "What she does matters to the whole region.\n",  # "do" as the main verb
        "What he did angered voters.\n",
        "Everything she does helps the campaign.\n",  # the pronoun opens no clause
        "The work they did mattered to the town.\n",
        "It does wonders for the local economy.\n",  # a noun after emphatic-looking "do"
        "They did damages worth millions to the harbour.\n",
        "We did read the report before the vote.\n",  # already the base form
        "The will may seems odd to the heirs.\n",  # a noun before the modal
        "The mayor has plans to speak before the vote.\n",  # a noun after "has"
        "The family has record numbers of claims.\n",
        "The agency has access to the files.\n",
        "The storm has cut power to thousands of homes.\n",  # the participle is the base form
        "The firm has become the largest employer.\n",
        "Prices have risen for six months.\n",  # already a participle
        "The school has lunch at noon.\n",
    ):
        assert fixed(kept) == [], kept


def test_a_quotation_is_the_speakers():
    assert fixed('"He will helps us," a neighbour said of the governor.\n') == []


@pytest.mark.parametrize(
    "text",
    [
        "A will must be signed by two witnesses, the lawyer said.\n",
        "Her will should have named the charity, the court heard.\n",
        "The political will must come from the capital, she said.\n",
    ],
)
def test_a_will_after_a_determiner_is_a_noun_for_the_double_modal(automatic_grammar, text):
    assert automatic_grammar(text, "harper.DoubleModal") == []


def test_two_modals_after_a_subject_are_still_fixed(automatic_grammar):
    text = "The deal will must be ratified by parliament next week.\n"
    assert automatic_grammar(text, "harper.DoubleModal") == [("will must", "will")]
