"""The checker's -s form after "he", "she" or "it" opening a clause is automatic when
English pairs the pronoun with the -s form far likelier than with the verb as typed
(word_forms.pronoun_agreement); a past that looks like the base ("it cost") and a word
that only looks like a verb ("he last saw") stay in review."""

from __future__ import annotations

from repair.grammar.word_forms import pronoun_agreement


def sure(text: str, verb: str, fixed: str) -> bool:
    start = text.index(f" {verb} ") + 1
    return pronoun_agreement(text, start, start + len(verb), fixed)


def test_a_clause_opening_pronoun_and_a_present_verb():
    assert sure("The ferry came late and he enjoy the crossing.", "enjoy", "enjoys")
    assert sure("She have a boat on the lake.", "have", "has")
    assert sure("When it need repairs, the council pays.", "need", "needs")


def test_a_past_like_the_base_or_no_verb_stays_in_review():
    assert not sure("It cost a lot of money last year.", "cost", "costs")  # a past
    assert not sure("He put the boat in the water.", "put", "puts")
    assert not sure("He last saw the ferry in May.", "last", "lasts")  # an adverb
    assert not sure("Does he need a boat?", "need", "needs")  # not the clause's opener


def test_automatic_in_the_pass(automatic_grammar):
    text = "The ferry was late again and he enjoy the long wait at the quay.\n"
    assert automatic_grammar(text, "harper.PronounVerbAgreement") == [("enjoy", "enjoys")]
