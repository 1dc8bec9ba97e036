"""An indefinite article before a noun English never counts, or before "many" and a
plural, goes (repair.StrayArticle); a modifier's noun, "a great many", a compound and a
quotation keep theirs."""

from __future__ import annotations

from repair.grammar.stray_article import stray_article_findings

from .conftest import applied


def fixed(text: str) -> str:
    return applied(stray_article_findings, text)


def test_an_uncounted_noun_loses_its_article(automatic_grammar):
    text = "The clerks at the harbour gave us a information about the ferries.\n"
    assert automatic_grammar(text, "repair.StrayArticle") == [("a ", "")]
    assert fixed("Old maps give an outdated information, so check them.") == (
        "Old maps give outdated information, so check them."
    )
    assert fixed("A sound advice is hard to find.") == "Sound advice is hard to find."
    assert fixed("The club waited for a many years before it moved.") == (
        "The club waited for many years before it moved."
    )


def test_modifiers_counted_phrases_and_quotations_keep_their_article():
    for kept in (
        "The ministry ran an information campaign in the spring.",  # a modifier
        "A homework club opens at the library on Mondays.",
        "They blamed an equipment failure for the delay.",
        "She offered a piece of advice to the new players.",  # "a" counts "piece"
        "There were a great many boats in the harbour.",  # "a great many"
        "It was a many-sided dispute about the port.",  # a compound
        "The report had a broad knowledge of the region behind it.",  # a noun English counts
        '"We only got a information sheet and a advice, nothing else," he said.',  # the speaker's words
    ):
        assert fixed(kept) == kept, kept


def test_an_article_before_another_determiner_goes(automatic_grammar):
    text = "For the these reasons the ferry stayed in port.\n"
    assert automatic_grammar(text, "repair.StrayArticle") == [("the ", "")]
    assert fixed("She met a my cousin at the quay.") == "She met my cousin at the quay."
    assert fixed("The their plan failed.") == "Their plan failed."
    for kept in (
        "They ended the this-or-that debate.",  # a compound
        "The theirs was the best boat.",  # no determiner
        "It was the thistle season.",
    ):
        assert fixed(kept) == kept, kept
