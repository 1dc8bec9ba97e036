"""Commas around "for example", "for instance" and "however" set inside a sentence, and
before "especially" opening an afterthought (repair.ParentheticalComma); a degree word
("however hard"), a connective after a function word, the sentence's own start and a
quotation are left alone."""

from __future__ import annotations

from repair.grammar.parenthetical import parenthetical_findings

from .conftest import applied


def fixed(text: str) -> str:
    return applied(parenthetical_findings, text)


def test_an_example_phrase_inside_a_sentence_gets_its_commas(automatic_grammar):
    text = "Some towns for instance the coastal ones charge a fee.\n"
    assert automatic_grammar(text, "repair.ParentheticalComma") == [("", ","), ("", ",")]
    assert fixed("Some towns for instance the coastal ones charge a fee.") == (
        "Some towns, for instance, the coastal ones charge a fee."
    )
    assert (
        fixed("Prices vary, for example if you book late.") == "Prices vary, for example, if you book late."
    )
    assert fixed("You see it in ports for example.") == "You see it in ports, for example."


def test_however_as_a_connective_gets_its_commas():
    assert fixed("The older pupils however can stay late.") == "The older pupils, however, can stay late."
    assert fixed("The plan is cheap, however the council is wary.") == (
        "The plan is cheap, however, the council is wary."
    )


def test_especially_before_a_phrase_gets_a_comma():
    assert fixed("Bread got dearer especially in the north.") == "Bread got dearer, especially in the north."
    assert fixed("Buses are late particularly when it snows.") == (
        "Buses are late, particularly when it snows."
    )


def test_degree_words_phrases_and_sentence_starts_are_left_alone():
    for kept in (
        "We will finish however long it takes.",  # a degree word
        "They keep going however hard it gets.",
        "Nobody knew however many boats there were.",
        "The shop is especially busy in winter.",  # "especially" before an adjective
        "The dish is especially in demand at Easter.",  # after a function word
        "Tools such as for example a hammer help.",  # after "as"
        "For example the bus is free.",  # the sentence's start: another rule's
        "However the vote goes, the port stays open.",
        "Some towns, for instance, charge a fee.",  # has its commas
        'She said "the town however will pay" at noon.',  # the speaker's words
    ):
        assert fixed(kept) == kept, kept


def test_which_after_a_name_or_in_which_means_gets_a_comma(automatic_grammar):
    text = "The team flew to Lisbon which was warm all week.\n"
    assert automatic_grammar(text, "repair.WhichComma") == [("", ",")]
    assert fixed("The team flew to Lisbon which was warm.") == "The team flew to Lisbon, which was warm."
    assert fixed("We landed in Cape Town which is windy.") == "We landed in Cape Town, which is windy."
    assert fixed("The road floods often which means the bus is late.") == (
        "The road floods often, which means the bus is late."
    )


def test_a_restrictive_which_is_left_alone():
    for kept in (
        "Anything which helps the town is welcome.",  # a capitalised opener, restrictive
        "The boat which sank was old.",  # no name before it
        "The room in which they met was cold.",  # after a preposition
        "The fare rose, which means fewer riders.",  # has its comma
        'He said "Lisbon which I love" twice.',  # the speaker's words
    ):
        assert fixed(kept) == kept, kept


def test_however_meaning_in_whatever_way_and_cleft_which_are_left_alone():
    """After a word and before a subject, "however" is "in whatever way"; "It was X which"
    is a cleft sentence: neither takes a comma."""
    for kept in (
        "Voters can choose however they like, officials said.",
        "The minister did not say however he would vote on the bill.",
        "It was Kyoto which hosted the talks.",
        "Was it Geneva which offered the venue?",
    ):
        assert fixed(kept) == kept, kept
    # after a comma, before a subject, it is still the connective
    assert (
        fixed("Prices rose, however some shops stayed open.")
        == "Prices rose, however, some shops stayed open."
    )
