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


def test_a_phrase_of_one_lower_case_word_or_before_there_gets_its_comma(automatic_grammar):
    text = "Without rain there will be no harvest this autumn.\n"
    assert automatic_grammar(text, "repair.FrontedComma") == [("", ",")]
    assert commas("Without rain there will be no harvest.") == ["rain"]
    assert commas("But by then we have already sold the farm.") == ["then"]
    assert commas("Even after dinner she has to tidy the kitchen.") == ["dinner"]
    assert commas("In the old harbour there were three fishing boats.") == ["harbour"]


def test_short_phrases_with_a_date_a_name_a_hedge_or_a_relative_clause_are_left_alone():
    for kept in (
        "In 2021 it grew by a fifth.",  # a year: news writes none
        "On Friday she will open the bridge.",  # a day
        "In Spain they were welcome.",  # a name
        "In case it snows we will stay home.",  # "in case" opens a clause
        "In that it was cheap the plan worked.",
        "At least it is dry today.",  # a hedge
        "With friends we have made our own boat.",  # a relative clause before "have"
        "By then, we had left.",  # has its comma
    ):
        assert commas(kept) == [], kept


def test_a_fronted_phrase_before_a_noun_subject_gets_its_comma(automatic_grammar):
    text = "In a small village the baker must start work at four.\n"
    assert automatic_grammar(text, "repair.FrontedComma") == [("", ",")]
    assert commas("In the case of older drivers the best test is a road trial.") == ["drivers"]
    assert commas("Before opening the shop the owner will sweep the floor.") == ["shop"]
    assert commas("At the end of the season the whole team was tired.") == ["season"]


def test_a_noun_subject_after_a_clause_taker_or_a_later_comma_is_left_alone():
    for kept in (
        "In the way the council is run there is a problem.",  # "way" takes a clause
        "By the time the police were called the thief had fled.",  # a clause of time
        "At the moment the vote was held nobody spoke.",
        "With the cash the club had raised, they bought a bus.",  # a later comma
        "In the old days people were poorer.",  # no determiner opens the subject
        "At the end of the season the players went home.",  # no auxiliary
        "On Sunday the market is closed.",  # one word: no noun subject rule
    ):
        assert commas(kept) == [], kept
