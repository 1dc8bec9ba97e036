"""A singular after a word that counts plurals (repair.QuantifierPlural) is automatic at the
word-form rules' confidence: the rule's own evidence, that English never writes the pair
with the singular, is the fix's, whatever the language model's gain."""

from __future__ import annotations


def test_a_quantifier_plural_is_automatic_whatever_the_gain(automatic_grammar):
    # "many company that": the pairs never saw the singular after "many", which is the
    # rule's whole evidence; the language model's gain over "that" is small (3 nats)
    text = "The new rules will help many company that runs a ferry on the lake.\n"
    assert automatic_grammar(text, "repair.QuantifierPlural") == [("company", "companies")]


def test_other_and_certain_count_a_plural_only_when_nothing_singles_the_noun_out(automatic_grammar):
    # bare, "other" and "certain" count plurals ("with other drivers", "certain things")
    changed = automatic_grammar(
        "Some cyclists argue with other driver and then ride away.\n", "repair.QuantifierPlural"
    )
    assert changed == [("driver", "drivers")]
    changed = automatic_grammar(
        "It helps students understand certain thing in chemistry.\n", "repair.QuantifierPlural"
    )
    assert changed == [("thing", "things")]
    # after a determiner, a possessive, a name or at a line's start the noun is singular
    for kept in (
        "The other driver was not hurt in the crash.\n",
        "Kyiv asked its other ally for help.\n",
        "Officials in Ankara met the other leader on Monday.\n",
        "Poland's other neighbour said no.\n",
        "No other leader has spoken to him since.\n",
        "He said each other option was worse.\n",
        "It reached a certain point in the talks.\n",
        "Other leader said no.\n",
    ):
        assert automatic_grammar(kept, "repair.QuantifierPlural") == [], kept


def test_the_noun_phrase_may_end_before_its_verb(automatic_grammar):
    # a verb English writes after "it" or "they" and never after "the" ends the phrase
    changed = automatic_grammar(
        "Engineers say these problem occurs every winter on the old line.\n", "repair.QuantifierPlural"
    )
    assert changed == [("problem occurs", "problems occur")]  # its verb agrees
    changed = automatic_grammar("In the north both side agree on the border.\n", "repair.QuantifierPlural")
    assert changed == [("side", "sides")]
    # a word that follows "the" may be the second half of a compound: the noun stays
    for kept in (
        "Many car owners complained about the new toll.\n",
        "These price rises hit poorer families hardest.\n",
        "Several team members left before the final.\n",
        "Many worker fear the new rules.\n",  # "the fear": a noun as well, so it may be one
    ):
        assert automatic_grammar(kept, "repair.QuantifierPlural") == [], kept
