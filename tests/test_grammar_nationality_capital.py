"""Nationalities and languages written in lower case get their capital automatically;
words English also writes in lower case, dishes, quotations and web addresses keep theirs."""

from __future__ import annotations

from repair.document import Document
from repair.edits import Span
from repair.passes.grammar import nationality_findings


def found(text: str) -> list[str]:
    doc = Document.from_text(text)
    return [text[f.start : f.end] for f in nationality_findings(doc, [Span(0, len(text))])]


def test_a_nationality_or_language_in_lower_case_is_capitalised(automatic_grammar):
    text = "The ferry crew spoke english with the german tourists on board.\n"
    assert automatic_grammar(text, "repair.NationalityCapital") == [
        ("english", "English"),
        ("german", "German"),
    ]
    assert found("The mayor met the japanese envoy in the morning.\n") == ["japanese"]


def test_words_english_also_writes_in_lower_case_are_left_alone():
    for kept in (
        "The crew will polish the brass before the parade.\n",  # a verb
        "The storm moved south overnight.\n",  # a direction
        "The cafe sold french fries and danish pastries all day.\n",  # dishes
        "Tea was served in china cups at the reception.\n",  # not a nationality word
        "The English teacher and the French envoy met.\n",  # already capitalised
        # after a comma, perhaps a sentence whose clauses were swapped: undoing it is the fix
        "Although the talks failed, iraqi officials said the oil would flow.\n",
    ):
        assert found(kept) == [], kept


def test_quotations_addresses_and_handles_keep_their_case():
    for kept in (
        '"we only speak english here," the owner said.\n',
        "The site www.english-news.example lists the times.\n",
        "Follow @french on the app for updates.\n",
    ):
        assert found(kept) == [], kept
