""" "About" before an amount means "approximately": "discussed about 30 proposals" is right as
written, so neither Harper's redundant-"about" lint nor repair.ObjectPreposition may drop it
automatically. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import word_form_changes


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed about 30 proposals before lunch.\n",
        "The ministers discussed about a dozen options before the meeting ended.\n",
        "Delegates discussed about half of the draft on the first day.\n",
        "The panel discussed about two hundred complaints last year.\n",
    ],
)
def test_about_before_an_amount_stays(automatic_grammar, word_form_changes_of, text):
    assert automatic_grammar(text, "harper.Discuss") == []
    assert word_form_changes_of(text) == []


def test_about_before_its_object_is_still_dropped(automatic_grammar):
    text = "The ministers discussed about the plan for an hour on Monday.\n"
    assert automatic_grammar(text, "harper.Discuss") == [("discussed about", "discussed")]


@pytest.fixture
def word_form_changes_of():
    return lambda text: word_form_changes(text, "repair.ObjectPreposition")


def test_the_word_form_rule_still_finds_about_before_an_object(word_form_changes_of):
    assert word_form_changes_of("The ministers discussed about the plan for an hour.\n")
