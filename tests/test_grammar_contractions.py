"""'your' where 'you're' was meant, before a word the possessive never takes, and 'lets'
opening a sentence where 'let's' was meant (repair.YouAre, repair.LetUs): automatic; the
possessive before a noun and the verb after its subject stay."""

from __future__ import annotations

from repair.edits import Span
from repair.grammar.contractions import contraction_findings


def changes(text: str) -> list[tuple[str, str]]:
    found = contraction_findings(text, [Span(0, len(text))])
    return [(text[f.start : f.end], f.fixes[0].text) for f in found]


def test_your_before_a_word_no_possessive_takes(automatic_grammar):
    assert changes("The ferry is late when your in a hurry.\n") == [("your", "you're")]
    assert changes("I think your not ready for the vote.\n") == [("your", "you're")]
    assert changes("Your a long way from the harbour.\n") == [("Your", "You're")]
    text = "The crossing is hard when your in a hurry and the sea is rough.\n"
    assert automatic_grammar(text, "repair.YouAre") == [("your", "you're")]


def test_the_possessive_stays():
    for kept in (
        "Your team won the final.\n",
        "Your so-called friends left early.\n",  # a hyphenated word after it
        "Take your in-laws to the harbour.\n",
        'She said: "your in trouble now" and left.\n',  # the speaker's words
        "Build your very own shed with the kit.\n",  # an adverb before an adjective
        "Thanks for your really kind letter.\n",
    ):
        assert changes(kept) == [], kept


def test_lets_opening_a_sentence(automatic_grammar):
    assert changes("So lets not lose hope.\n") == [("lets", "let's")]
    assert changes("The ferry is here. Lets go aboard.\n") == [("Lets", "Let's")]
    assert changes("And, lets see what the council says.\n") == [("lets", "let's")]
    assert automatic_grammar("So lets not lose hope about the ferry.\n", "repair.LetUs") == [
        ("lets", "let's")
    ]


def test_lets_after_its_subject_is_the_verb():
    for kept in (
        "The new pass lets us cross in winter.\n",
        "He stays and lets them go.\n",
        "It lets the water in. So it lets in the cold too.\n",
    ):
        assert changes(kept) == [], kept


def test_the_apostrophe_the_article_writes():
    assert changes("It’s late. So lets go now, it’s cold.\n") == [("lets", "let’s")]
