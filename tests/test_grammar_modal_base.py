"""A past form after a modal or an infinitive's "to" becomes the base form
(repair.ModalBase), automatically; a passive without its "be", a noun "will" or "can",
and "to" as a preposition are left alone."""

from __future__ import annotations

from tests.conftest import word_form_changes


def fixed(text: str) -> list[tuple[str, str]]:
    return word_form_changes(text, "repair.ModalBase")


def test_a_past_form_after_a_modal_or_to_becomes_the_base_form(automatic_grammar):
    assert automatic_grammar(
        "The new ferry will stimulated the trade between the islands.\n", "repair.ModalBase"
    ) == [("stimulated", "stimulate")]
    assert fixed("The crews could even began the repairs on Monday.\n") == [("began", "begin")]
    assert fixed("The port wants to went ahead with the plan.\n") == [("went", "go")]
    assert fixed("The council has to reduced the fees this year.\n") == [("reduced", "reduce")]
    assert fixed("Officials tried to stopped the boats.\n") == []  # "tried to": not a lead listed
    assert fixed("The town needs to stopped its spending.\n") == [("stopped", "stop")]


def test_after_a_verb_taking_an_infinitive_a_regular_past_needs_no_object():
    """After "have to", "need to", "able to" the "to" is the infinitive's: a regular past
    there is wrong before a bare noun too; after a modal it may be a passive."""
    assert fixed("Farmers have to reduced nitrogen use on the plains.\n") == [("reduced", "reduce")]
    assert fixed("The agency was not able to finished repairs in time.\n") == [("finished", "finish")]
    for kept in (
        "Exports fell owing to reduced demand from Europe.\n",  # "to" a preposition
        "The cuts led to increased pressure on hospitals.\n",
        "Rates are going to record highs this year.\n",
        "Investors are going to reduced-fee funds.\n",
        "The rules will approved funds only after a vote.\n",  # a modal: no object opener
    ):
        assert fixed(kept) == [], kept


def test_a_passive_a_noun_or_a_preposition_is_left_alone():
    for kept in (
        "The bill will approved by parliament next week.\n",  # a passive without "be": no object
        "The will expressed the wishes of the voters.\n",  # the noun "will"
        "A can contained the fuel for the boat.\n",  # the noun "can"
        "Owing to limited funds, the ferry stopped.\n",  # "to" a preposition
        "The plan would need the approval of the council.\n",  # "need" is no past form
        "The fire could have started the panic.\n",  # a perfect: "have" between
        "Loggers need to fell the old pines before winter.\n",  # "fell" is a verb of its own
        "Crews were able to saw through the steel doors.\n",  # and so is "saw"
    ):
        assert fixed(kept) == [], kept
