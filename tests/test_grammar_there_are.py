""" "there is" or "there was" before a word that counts a plural becomes "there are" or
"there were" (repair.ThereAre); "many a", other words and a quotation are left alone."""

from __future__ import annotations

from repair.grammar.there_are import there_are_findings

from .conftest import applied


def fixed(text: str) -> str:
    return applied(there_are_findings, text)


def test_there_is_before_a_plural_counter_takes_the_plural(automatic_grammar):
    text = "In the old port there is several cafes that open early.\n"
    assert automatic_grammar(text, "repair.ThereAre") == [("is", "are")]
    assert fixed("There was many boats in the bay.") == "There were many boats in the bay."
    assert fixed("Sadly there is a few problems left.") == "Sadly there are a few problems left."
    assert fixed("There is various ways to cross.") == "There are various ways to cross."


def test_singular_counts_and_quotations_are_left_alone():
    for kept in (
        "There is many a slip between cup and lip.",  # "many a": singular
        "There is a lot of rain.",
        "There was much debate about it.",
        "There is fewer-than-expected traffic.",  # a compound
        'She said "there is many of them" and left.',  # the speaker's words
    ):
        assert fixed(kept) == kept, kept


def test_both_before_two_nouns_keeps_the_singular():
    """ "There is both a risk and a chance": the verb agrees with the nearer noun, as news
    writes it, so no change."""
    text = "There is both a risk and a chance in the plan, the minister said."
    assert fixed(text) == text
