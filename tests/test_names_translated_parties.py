"""Party names a translation rebuilt from synonyms (names pass, translated_parties)."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.passes.names import analyse
from repair.passes.names.translated_parties import RULE


def _parties(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, float]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement, p.confidence) for p in result.proposals if p.rule == RULE]


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        (  # "strength" for "power", "People's" for "People"
            "South Korean President Lee Jae-myung met party leaders in Seoul. The People's Strength "
            "Party walked out before the vote.\n",
            ("People's Strength Party", "People Power Party"),
        ),
        (  # "brethren" for "brothers"
            "Italian Prime Minister Giorgia Meloni spoke in Rome. The Brethren of Italy rose two "
            "points in the latest poll.\n",
            ("Brethren of Italy", "Brothers of Italy"),
        ),
    ],
)
def test_a_party_named_with_swapped_synonyms_is_proposed_for_review(gazetteer, text, fix):
    assert [(old, new) for old, new, _ in _parties(text, gazetteer)] == [fix]
    assert all(confidence < 0.9 for _, _, confidence in _parties(text, gazetteer))


@pytest.mark.parametrize(
    "text",
    [
        # the same words without a person or place of the party's country: Peru's Popular
        # Force is not South Korea's People Power Party
        "In Lima, Keiko Fujimori said the Popular Force Party would back the pension bill.\n",
        "The Popular Strength Party held its congress in a sports hall on Sunday.\n",
        # a party the gazetteer lists, written as it is, is left alone
        "German Chancellor Friedrich Merz met the Free Democratic Party's leaders in Berlin.\n",
        # ordinary capitalised phrases with a synonym in them
        "South Korean President Lee Jae-myung praised the Civil Rights Movement on a visit to "
        "Atlanta, and spoke about the Right Path to peace.\n",
    ],
)
def test_other_parties_and_phrases_stay(gazetteer, text):
    assert _parties(text, gazetteer) == []
