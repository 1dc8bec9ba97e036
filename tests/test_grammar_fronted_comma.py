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


def clause_commas(text: str) -> list[str]:
    from repair.grammar.fronted_comma import fronted_clause_findings

    return [text[f.start : f.end] for f in fronted_clause_findings(text, [Span(0, len(text))])]


def test_a_fronted_clause_gets_its_comma_before_the_main_clause(automatic_grammar):
    text = "If the council raises the fares next year we will take the bus.\n"
    assert automatic_grammar(text, "repair.FrontedComma") == [("", ",")]
    assert clause_commas(text) == ["year"]
    assert clause_commas("Even though the storm hit the coast hard it was calm by noon.") == ["hard"]
    assert clause_commas("When the ferry finally reached the island they could rest.") == ["island"]


def test_short_clauses_clause_takers_and_clauses_with_commas_are_left_alone():
    for kept in (
        "After he left they were sad.",  # "after" opens phrases as often: the phrase rule's
        "When it rains it pours.",  # two words: short clauses often go without
        "Because they know we will win the vote.",  # "know" takes a clause: "we will" may be it
        "If officials said they would stay the deal is off.",
        "When the way we can travel changes the map changes.",  # "way": a relative clause
        "If the money they are owed is paid, the strike will end.",  # a later comma
        "If they say that it is true it will be.",  # a clause inside the clause
        "When asked whether it was true he said no.",  # a function word before the pronoun
        "The port said if the storm passes they will sail.",  # not the sentence's start
        '"If the vote goes ahead we will win," he said.',  # the speaker's words
    ):
        assert clause_commas(kept) == [], kept
