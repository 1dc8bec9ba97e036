"""A body paragraph that lost its final full stop gets one (repair.FinalStop); a headline,
a subhead, a caption, a list item and a page cut mid-sentence are left alone."""

from __future__ import annotations

from repair.edits import Span
from repair.grammar.final_stop import final_stop_findings


def _page(middle: str) -> str:
    return (
        "Ferry service resumes after storm\n\n"
        "The ferry to the island sailed again on Monday after a week in port.\n\n"
        f"{middle}\n\n"
        "The harbour master said the next crossing was fully booked.\n"
    )


def _units(text: str) -> list[Span]:
    units, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            units.append(Span(at, at + len(line)))
        at += len(line) + 1
    return units


def stops(text: str, broken: frozenset[int] = frozenset()) -> list[str]:
    """The last word of each paragraph the rule gives a full stop."""
    return [text[f.start : f.end] for f in final_stop_findings(text, _units(text), broken)]


def test_a_body_paragraph_without_its_stop_gets_one(automatic_grammar):
    text = _page("We will keep the timetable as it is")
    assert automatic_grammar(text, "repair.FinalStop") == [("", ".")]
    assert stops(_page("Most of the passengers were families going home for the holiday")) == ["holiday"]
    assert stops(_page("In the end, the crew stayed on board")) == ["board"]


def test_headlines_subheads_captions_and_lists_are_left_alone():
    for kept in (
        "Why the crossing matters",  # a subhead asking a question
        "What the new timetable means for islanders",
        "Ferry Operator Blames Weather For Delays",  # title case
        "Passengers on the quay",  # a caption: no clause
        "Crew members at work on the deck",
        "- the crossing takes two hours",  # a list item
        "The first crossing left at 7",  # a figure
        "The captain thanked the crew of the Island Star",  # a name
        'The captain said: "we are ready"',  # a quotation
        "The ferry sailed.",  # has its stop
    ):
        assert stops(_page(kept)) == [], kept


def test_first_and_last_paragraphs_and_broken_ones_are_left_alone():
    cut = "Ferry service resumes\n\nThe ferry sailed on Monday.\n\nThe harbour master said the next crossing would\n"
    assert stops(cut) == []  # a page cut mid-sentence
    headline = "We will sail again, says the ferry operator\n\nThe ferry sailed on Monday.\n\nIt was full.\n"
    assert stops(headline) == []
    after_headline = "Ferry service resumes\n\nWe will keep the timetable as it is\n\nIt was full.\n"
    assert stops(after_headline) == []  # the line before has no stop either: a headline's run
    text = _page("The harbour master said the crossing would")
    text = text.replace("\n\nThe harbour master said the next", "\n\nthe harbour master said the next")
    continued = text.index("the harbour master said the next")
    assert stops(text, frozenset({continued})) == []  # a paragraph broken across a blank line


def test_a_long_noun_phrase_between_paragraphs_is_a_promo_line_not_a_sentence():
    for kept in (
        "More reporting, pictures and analysis from our team on the islands",
        "Detailed timetables, fares and the delayed sailings of the winter season",
        "Latest updates on the crossing, the weather and the harbour works",
    ):
        assert stops(_page(kept)) == [], kept
    # a verb shows the sentence: "was", an object pronoun, or a past form after its subject
    assert stops(_page("The storm was the worst the island had seen in twenty years")) == ["years"]
    assert stops(_page("however , the delay still cost them a week of trade")) == ["trade"]
    assert stops(_page("Islanders waited on the quay, the shops closed early")) == ["early"]
