"""An irregular verb given a regular ending gets its irregular form (repair.IrregularPast):
the participle after "have" or "be", the past elsewhere; golf's "putted", a capitalised
word, a form after a modal or "did", and a quotation are left alone."""

from __future__ import annotations

from repair.grammar.irregular_past import irregular_past_findings

from .conftest import applied


def fixed(text: str) -> str:
    return applied(irregular_past_findings, text)


def test_a_regularised_irregular_verb_is_fixed_automatically(automatic_grammar):
    text = "The two nurses have dealed with worse storms than this one.\n"
    assert automatic_grammar(text, "repair.IrregularPast") == [("dealed", "dealt")]


def test_the_participle_after_have_or_be_and_the_past_elsewhere():
    assert fixed("Our coach telled the team to rest.") == "Our coach told the team to rest."
    assert fixed("The keys were hided under a flowerpot.") == "The keys were hidden under a flowerpot."
    assert fixed("The village had never forgived the landlord.") == (
        "The village had never forgiven the landlord."
    )
    assert fixed("They haven't forgeted the flood.") == "They haven't forgotten the flood."
    assert (
        fixed("She forgeted her umbrella and brang a coat.") == "She forgot her umbrella and brought a coat."
    )
    assert fixed("The farmers seeked help from the town.") == "The farmers sought help from the town."
    assert fixed("Such joy cannot be putted into numbers.") == "Such joy cannot be put into numbers."


def test_golf_names_modals_and_quotations_are_left_alone():
    for kept in (
        "She putted for par on the eighth green.",  # golf's verb
        "He has putted well all week.",
        "Dealed is not a word, the teacher wrote.",  # capitalised
        "He did not telled anyone about the trip.",  # the base form belongs: another rule's
        "The fund will withdrawed its offer soon.",
        '"I seeked it everywhere," the boy said.',  # the speaker's words
        "The card-dealed game was new to them.",  # joined by a hyphen
    ):
        assert fixed(kept) == kept, kept
