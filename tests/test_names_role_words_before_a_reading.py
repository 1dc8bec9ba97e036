"""Capitalised words that end a listed role phrase ("Irish Taoiseach", "President of the
Senate") are no part of the name after them: the run is read from the first word after the
phrase, so a reading of a native spelling there is found (repair/passes/names/readings.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.mentions import sentence_mentions
from repair.passes.names import analyse
from repair.passes.names.readings import read_mention


def _names(text: str, gazetteer) -> list[tuple[str, str]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement) for p in result.proposals if p.kind == "name"]


def _read(text: str, gazetteer: Gazetteer) -> list[str]:
    memo = gazetteer.memo()
    readings = (read_mention(m, memo, text) for m in sentence_mentions(text, 0, len(text)))
    return [r.mention.text(text) for r in readings if r is not None]


def test_the_role_phrase_words_are_left_out_of_the_run(gazetteer):
    assert "Larshe" in _read("President of the Senate Larshe opened the debate on pensions.", gazetteer)
    assert "Halissu" in _read("Irish Taoiseach Halissu flew to Brussels for the summit.", gazetteer)


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("President of the Senate Larshe opened the debate on pensions.", "Larshe", "Larcher"),
        (
            "Founder of North Korea Kim Ir Sen is honoured by a statue in Pyongyang.",
            "Kim Ir Sen",
            "Kim Il Sung",
        ),
    ],
)
def test_a_reading_after_a_capitalised_role_is_repaired(gazetteer, text, wrong, right):
    assert (wrong, right) in _names(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "President of the Senate Gérard Larcher opened the debate on pensions.",
        "Irish Taoiseach Simon Harris flew to Brussels for the summit.",
        "UN High Commissioner for Human Rights Volker Türk visited the camp.",
        "The Senate President met Human Rights Watch researchers in Paris.",
        # the role's last word is no part of the name: it stays ("CPPCC" was cut at 0.92)
        "Chairman of the CPPCC Yu Zhengsheng opened the annual session in Beijing.",
    ],
)
def test_the_same_roles_before_right_names_change_nothing(gazetteer, text):
    assert _names(text, gazetteer) == []
