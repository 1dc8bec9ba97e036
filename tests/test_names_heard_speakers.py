"""A speaker's family name come back as the English word it sounds like ("Moody said" for Modi)."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.passes.names import analyse
from repair.passes.names.heard_speakers import RULE


def _heard(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, float]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement, p.confidence) for p in result.proposals if p.rule == RULE]


def test_a_word_said_like_a_named_persons_family_name_before_said_is_them(gazetteer):
    text = (
        "Indian Prime Minister Narendra Modi hosted the Chinese leader in Chennai on Friday.\n\n"
        "Moody said the talks had opened a new chapter between the two neighbours.\n"
    )
    assert _heard(text, gazetteer) == [("Moody", "Modi", 0.75)]


@pytest.mark.parametrize(
    "text",
    [
        # somebody the article names in full
        "Indian Prime Minister Narendra Modi spoke first. The analyst Sarah Moody listened.\n\n"
        "Moody said the speech was short on detail.\n",
        # a common word speaks as itself
        "Former Speaker Nancy Pelosi visited the city. Police said the visit passed quietly.\n",
        # the family name as it stands
        "Former President Moon Jae-in met students. Moon said the exams should change.\n",
        # nobody of that sound is named
        "Moody said the talks had opened a new chapter between the two neighbours.\n",
    ],
)
def test_speakers_who_are_themselves_stay(gazetteer, text):
    assert _heard(text, gazetteer) == []
