"""A fronted phrase of three words or more gets its comma before the subject and its
auxiliary (repair.FrontedComma); short phrases, clauses inside the phrase, relative
clauses closed by a later comma and quotations are left alone."""

from __future__ import annotations

from repair.edits import Span
from repair.grammar.fronted_comma import fronted_comma_findings


def commas(text: str) -> list[str]:
    """The word each comma goes after."""
    return [text[f.start : f.end] for f in fronted_comma_findings(text, [Span(0, len(text))])]


def test_a_fronted_phrase_gets_its_comma(automatic_grammar):
    text = "At some point they will have to rebuild the pier.\n"
    assert automatic_grammar(text, "repair.FrontedComma") == [("", ",")]
    assert commas("So in this valley it is hard to grow wheat.") == ["valley"]
    assert commas("The ferry left. During the night we could hear the storm.") == ["night"]


def test_short_phrases_clauses_and_relatives_are_left_alone():
    for kept in (
        "In 2019 it rose by a tenth.",  # a short phrase: news often writes no comma
        "On Monday he said the port would reopen.",
        "After he left they were sad.",  # a clause, not a phrase
        "In the town where they have lived the water is clean.",
        "With the money they had raised, the group bought a boat.",  # a relative clause
        "By the time they had arrived the ship was gone.",  # ... without its comma
        "In all the years I have lived here nothing changed.",
        "From the moment we have landed it has rained.",
        "He said at some point they have to go.",  # not the sentence's start
        "At the same time, we have to be careful.",  # has its comma
        "Like the minister said we should wait.",  # "like" opens a clause
        '"In the long run we can win," she said.',  # the speaker's words
    ):
        assert commas(kept) == [], kept
