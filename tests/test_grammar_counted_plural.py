"""A singular count noun after "a lot of", "the number of" or "one of the" becomes its
plural (repair.CountedPlural); mass nouns, nouns English writes singular there as often,
compounds and quotations are left alone."""

from __future__ import annotations

from repair.edits import Span
from repair.grammar.counted import counted_plural_findings


def fixed(text: str) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].text) for f in counted_plural_findings(text, [Span(0, len(text))])
    ]


COUNTED = (
    ("The bridge cut the number of car in the old town.\n", ("car", "cars")),
    ("One of the reason for the delay was the storm.\n", ("reason", "reasons")),
    ("Tourists can visit lots of place near the harbour.\n", ("place", "places")),
)


def test_a_phrase_that_counts_takes_the_plural_automatically(automatic_grammar):
    text = "The fair drew a lot of visitor from the coast this summer.\n"
    assert automatic_grammar(text, "repair.CountedPlural") == [("visitor", "visitors")]
    assert [fixed(text) for text, _ in COUNTED] == [[change] for _, change in COUNTED]


def test_mass_nouns_compounds_and_quotations_are_left_alone():
    for kept in (
        "The talks took a lot of time in the spring.\n",  # a mass noun
        "A lot of money was lost on the deal.\n",
        "The reform brought a lot of change in the party.\n",  # singular as often
        "There was a lot of opportunity to invest abroad.\n",
        "A lot of car owners complained about the toll.\n",  # a compound
        "Lots of student joined the march on Friday.\n",  # the phrase may go on
        "The parking lot of the mall was full by noon.\n",
        '"We saw a lot of visitor here," the guide said.\n',  # the speaker's words
    ):
        assert fixed(kept) == [], kept
