"""A singular after a word that counts plurals (repair.QuantifierPlural) is automatic at the
word-form rules' confidence: the rule's own evidence, that English never writes the pair
with the singular, is the fix's, whatever the language model's gain."""

from __future__ import annotations


def test_a_quantifier_plural_is_automatic_whatever_the_gain(automatic_grammar):
    # "many company that": the pairs never saw the singular after "many", which is the
    # rule's whole evidence; the language model's gain over "that" is small (3 nats)
    text = "The new rules will help many company that runs a ferry on the lake.\n"
    assert automatic_grammar(text, "repair.QuantifierPlural") == [("company", "companies")]
