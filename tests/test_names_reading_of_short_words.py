"""A run that is exactly a reading of a person's native spelling, though it opens with a
family name and goes on with short English-looking words ("Ma La La", 马拉拉, Malala
Yousafzai), with the person's role beside it: no name followed by title-case words, but the
person's name read back (repair/passes/names/entities.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.passes.names import analyse


def _names(text: str, gazetteer) -> list[tuple[str, str]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement) for p in result.proposals if p.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Nobel Peace Prize laureate Ma La La urged leaders to fund schools for girls.",
        "Reporters met Ma La La, the education activist, after her speech in Oslo.",
    ],
)
def test_a_reading_that_opens_with_a_family_name_is_the_person(gazetteer, text):
    assert ("Ma La La", "Malala Yousafzai") in _names(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba founder Jack Ma Said the company would split into six groups.",
        "Jack Ma spoke in Hangzhou, and Malala Yousafzai spoke in Oslo.",
    ],
)
def test_a_right_name_then_title_case_words_stays(gazetteer, text):
    assert all(new != "Malala Yousafzai" for _, new in _names(text, gazetteer))
