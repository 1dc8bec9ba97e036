"""The checker's double comparative ("more stronger than" -> "stronger") is automatic when
no noun can follow the comparative, and review only before a word that may be a noun,
where "more" may count ("more older voters" is more of them)."""

from __future__ import annotations

from repair.grammar.word_forms import double_degree

RULE = "harper.AdjectiveDoubleDegree"


def test_a_double_comparative_before_than_or_a_stop_is_automatic(automatic_grammar):
    text = "The harbour wall is more stronger than the old one.\n"
    assert automatic_grammar(text, RULE) == [("more stronger", "stronger")]
    assert double_degree("wants more older workers", 6, 16, "older") is False
    assert double_degree("it grew more stronger.", 8, 21, "stronger") is True
    assert double_degree("it grew more stronger and", 8, 21, "stronger") is True
    assert double_degree("it grew more stronger", 8, 21, "harder") is False  # not the checker's fix


def test_before_a_noun_more_may_count_so_it_is_not_automatic(automatic_grammar):
    for kept in (
        "More younger voters came out this year than in 2019.\n",
        "The party wants more older workers to stay on.\n",
    ):
        assert automatic_grammar(kept, RULE) == [], kept


def test_the_most_before_a_superlative_counts_nothing_so_it_is_automatic(automatic_grammar):
    text = "It was the most hardest winter the valley had known.\n"
    assert automatic_grammar(text, RULE) == [("most hardest", "hardest")]
    assert double_degree("in the most worst week", 7, 17, "worst") is True
    # without "the", "most" may count the noun ("most oldest members"): review
    assert double_degree("Most oldest members left", 0, 11, "oldest") is False
    assert automatic_grammar("The more older voters came out, the better.\n", RULE) == []
