""" "this" before a plural noun becomes "these" (repair.DemonstrativeNumber); a verb's -s
form, a noun that ends in -s in the singular, and a possessive that lost its apostrophe
are left alone."""

from __future__ import annotations

from tests.conftest import word_form_changes


def changed(text: str) -> list[tuple[str, str]]:
    return word_form_changes(text, "repair.DemonstrativeNumber")


def test_this_before_a_plural_noun_becomes_these(automatic_grammar):
    text = "The storm damaged this cars before the crews could reach the harbour.\n"
    assert automatic_grammar(text, "repair.DemonstrativeNumber") == [("this", "these")]
    assert changed("This companies sold their boats last year.\n") == [("This", "These")]
    assert changed("This costs are too high for the island.\n") == [("This", "These")]


def test_a_verb_a_singular_in_s_or_a_possessive_is_left_alone():
    for kept in (
        "This means the ferry will stop in March.\n",  # a verb
        "This costs the council money every year.\n",  # a verb: an object follows
        "This helps the port.\n",
        "This news surprised the island.\n",  # singular nouns in -s
        "This species lives only in the bay.\n",
        "This business has grown fast.\n",
        "The report on this weeks meeting came late.\n",  # this week's
    ):
        assert changed(kept) == [], kept
