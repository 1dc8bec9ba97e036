""" "its" where "it's" (it is) was meant, before an adjective and "to", "that" or "for"
(repair.ItsIs); "its" before the noun it owns is left alone."""

from __future__ import annotations

from tests.conftest import word_form_changes


def changed(text: str) -> list[tuple[str, str]]:
    return word_form_changes(text, "repair.ItsIs")


def test_its_before_an_adjective_and_to_becomes_it_is(automatic_grammar):
    text = "The repairs took years but its very expensive to keep the bridge open.\n"
    assert automatic_grammar(text, "repair.ItsIs") == [("its", "it's")]
    assert changed("Its clear that the plan failed.\n") == [("Its", "It's")]
    assert changed("The skipper said its hard to find crews in winter.\n") == [("its", "it's")]


def test_its_before_the_noun_it_owns_is_left_alone():
    for kept in (
        "The firm used its ability to grow.\n",  # a noun that "its" owns
        "The club did its best to help the fishermen.\n",
        "The ship lost its anchor for a day.\n",
        "The bank cut its forecast for growth this year.\n",  # a noun, though "is forecast to"
        "The town kept its own rules for the harbour.\n",
        'The mayor wrote "its very hard to say" on the board.\n',  # a quotation
    ):
        assert changed(kept) == [], kept
