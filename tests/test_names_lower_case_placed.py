"""A famous family name in lower case where a name must stand ("talks between putin and",
"according to erdogan,", "kishida said"), the person named nowhere else in the article: its
capital back, for review. Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.passes.context import PassContext
from repair.passes.names import NamesPass


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config())


def capitals(names_pass: NamesPass, text: str) -> dict[str, tuple[str, float]]:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return {
        text[p.span.start : p.span.end]: (p.replacement, p.confidence) for p in proposals if p.kind == "name"
    }


@pytest.mark.parametrize(
    ("text", "word", "capital"),
    [
        ("The phone call between putin and the Finnish president lasted an hour.\n", "putin", "Putin"),
        ("According to erdogan, the grain deal could be renewed within days.\n", "erdogan", "Erdoğan"),
        (
            "The summit closed on Sunday.\n\nkishida said the next one would be held in Osaka.\n",
            "kishida",
            "Kishida",
        ),
    ],
)
def test_a_family_name_where_a_name_stands_gets_its_capital_for_review(names_pass, text, word, capital):
    replacement, confidence = capitals(names_pass, text)[word]
    assert replacement == capital and confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Farmers complained about the price of wheat and brown rice at the market.\n",
        "The putin-era pipeline deals were cancelled last year, officials said.\n",
        "Visitors can read about the history of the harris tweed mills in the museum.\n",
        "The old elephant with one tusk, the keeper said, is thirty years old.\n",
    ],
)
def test_words_where_no_name_stands_stay(names_pass, text):
    assert not capitals(names_pass, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Prime Minister Donald Tusk flew to Brussels on Monday.\n\n"
            "At the zoo, an old elephant had lost a tusk in a fight and was recovering.\n",
            "tusk",
        ),
        (
            "President Emmanuel Macron spoke in Lyon.\n\n"
            "The dictionary prints a macron over the long vowel of the word.\n",
            "macron",
        ),
    ],
)
def test_the_named_persons_surname_as_a_noun_after_an_article_stays(names_pass, text, word):
    assert word not in capitals(names_pass, text)


def test_the_named_persons_surname_where_a_name_stands_still_gets_its_capital(names_pass):
    text = (
        "Prime Minister Donald Tusk flew to Brussels on Monday.\n\n"
        "After the talks, tusk said the budget deal was close.\n"
    )
    assert capitals(names_pass, text)["tusk"][0] == "Tusk"
