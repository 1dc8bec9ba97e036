"""Names translated as ordinary words: a newspaper's title ("the Cross" for La Croix) beside
the press, and a talks format or party translated word by word with a lower-case last word
("the Norman format"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

ENTRIES = [
    Entry("Emmanuel Macron", "person", roles=("French President",), country="FR", prominence=0.9),
    Entry("Olaf Scholz", "person", roles=("German Chancellor",), country="DE", prominence=0.9),
    Entry("Paris", "place", country="FR", prominence=0.9),
    Entry("World Bank", "organisation", prominence=0.9),
    Entry("La Croix", "organisation", roles=("French Catholic daily",), country="FR"),
    Entry("Le Monde", "organisation", roles=("French daily",), country="FR"),
    Entry("Die Welt", "organisation", roles=("German daily",), country="DE"),
    Entry("El Mundo", "organisation", roles=("Spanish daily",), country="ES"),
    Entry("Normandy Format", "term", variants=("Norman format", "Normandy quartet")),
]


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(ENTRIES, "words")]))


def fixes(names_pass: NamesPass, text: str) -> list:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [(p.original, p.replacement, p.confidence) for p in proposals if p.kind == "name"]


def test_a_newspaper_title_translated_beside_the_press_is_proposed_for_review(names_pass):
    text = (
        "President Emmanuel Macron spent the weekend in Paris.\n\n"
        "In an interview with the Cross, he said the pension reform would stay.\n"
    )
    [(original, replacement, confidence)] = fixes(names_pass, text)
    assert (original, replacement) == ("the Cross", "La Croix")
    assert confidence < 0.9  # review only: "the Cross" is a cross more often than a newspaper


def test_a_title_that_reports_is_a_source(names_pass):
    text = "President Emmanuel Macron spoke in Paris.\n\nThe pension plan will change, the Cross reported on Monday.\n"
    assert [(o, r) for o, r, _ in fixes(names_pass, text)] == [("the Cross", "La Croix")]


def test_the_same_meaning_names_the_newspaper_of_the_articles_country(names_pass):
    french = "President Emmanuel Macron told the World, a daily, that he would not resign.\n"
    german = "Chancellor Olaf Scholz told the World, a daily, that he would not resign.\n"
    assert [r for _, r, _ in fixes(names_pass, french)] == ["Le Monde"]
    assert [r for _, r, _ in fixes(names_pass, german)] == ["Die Welt"]


@pytest.mark.parametrize(
    "text",
    [
        "President Emmanuel Macron said the world had changed, the newspaper reported.\n",
        "President Emmanuel Macron met the head of the World Bank, the newspaper reported.\n",
        "President Emmanuel Macron walked past the Cross on the hill above Paris.\n",  # no press
        "The World reported heavy rain across the region on Sunday.\n",  # no country to tell
        # a press word in the sentence, but the phrase is its subject, not its source
        "President Emmanuel Macron spoke in Paris. A columnist wrote that the World had never looked so fragile.\n",
    ],
)
def test_ordinary_words_and_other_names_stay(names_pass, text):
    assert fixes(names_pass, text) == []


def test_a_talks_format_translated_with_a_lower_case_last_word(names_pass):
    text = "Officials in Paris said the Norman format would meet again in the spring.\n"
    [(original, replacement, _)] = fixes(names_pass, text)
    assert (original, replacement) == ("Norman format", "Normandy Format")


COALITIONS = [
    Entry("Mexico", "place", country="MX", prominence=0.9),
    Entry("Canada", "place", country="CA", prominence=0.9),
    Entry(
        "Va por México",
        "organisation",
        roles=("Mexican opposition coalition",),
        country="MX",
        variants=("It Goes Through Mexico", "Go for Mexico"),
    ),
    Entry(
        "Sigamos Haciendo Historia",
        "organisation",
        roles=("Mexican governing coalition",),
        country="MX",
        variants=("Let's Keep Making History",),
    ),
]


@pytest.fixture(scope="module")
def coalition_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory(COALITIONS, "coalitions")]))


def test_a_translation_written_partly_in_lower_case_is_proposed_for_review(coalition_pass):
    text = "In Mexico the opposition alliance It goes through Mexico chose its candidate on Sunday.\n"
    assert fixes(coalition_pass, text) == [("It goes through Mexico", "Va por México", 0.85)]


def test_a_lower_case_translation_needs_a_story_of_its_country(coalition_pass):
    slogan = "the slogan Let's keep making History was painted on buses all summer.\n"
    assert fixes(coalition_pass, "In Canada " + slogan) == []
    assert fixes(coalition_pass, "In Mexico " + slogan) == [
        ("Let's keep making History", "Sigamos Haciendo Historia", 0.85)
    ]


def test_an_all_capitalised_translation_is_read_as_before(coalition_pass):
    text = "In Mexico the opposition alliance Go For Mexico chose its candidate on Sunday.\n"
    assert fixes(coalition_pass, text) == [("Go For Mexico", "Va por México", 0.92)]
