"""Ordinary people who share a listed person's family name, or whose name is a letter or a
syllable from one, in correct news prose (tests/fixtures/names-namesake-probes, written blind
before the changes): the article introduces them ("Andrew Duda, a baker in Krakow,"), so no
rule may turn them into the listed person; the same words beside the person's role, or a
reading of the person's native name, still are the person."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.passes.names import analyse


def name_changes(gazetteer, text: str) -> list[tuple[str, str, str]]:
    found = analyse(Document.from_text(text), gazetteer).proposals
    return [(p.rule, p.original, p.replacement) for p in found if p.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        # the entity rule: the family name letter for letter, a first name alike (Andrzej)
        "In Warsaw, Andrew Duda, a baker in the old town, said flour had doubled in price. "
        "Duda said he had cut his staff.\n",
        # the entity rule: a syllable from a listed minister's Korean name
        "Kang Kyung-hee, a nurse at a clinic in Seoul, said the ward had been full all week.\n",
        # the per-run scorer: a surname a few letters longer than a listed one
        "Viktor Orbanek, a Slovak violinist, played in Vienna on Sunday.\n",
    ],
)
def test_a_namesake_the_article_introduces_is_left_alone(gazetteer, text):
    assert name_changes(gazetteer, text) == []


def test_the_same_name_without_an_introduction_is_still_proposed(gazetteer):
    # near miss of the first case: nothing says this Duda is somebody else
    text = "In Warsaw, Andrew Duda said the army would grow. Duda said he had signed the bill.\n"
    assert ("name.entity", "Andrew Duda", "Andrzej Duda") in name_changes(gazetteer, text)


def test_an_apposition_with_a_word_of_the_persons_role_is_no_introduction(gazetteer):
    text = (
        "In Warsaw, Andrew Duda, a president who rarely speaks to reporters, said the army would grow. "
        "Duda said he had signed the bill.\n"
    )
    assert ("name.entity", "Andrew Duda", "Andrzej Duda") in name_changes(gazetteer, text)


def test_the_per_run_scorer_still_reads_a_name_not_introduced(gazetteer):
    text = "Viktor Orbanek said in Budapest that Hungary would veto the plan.\n"
    assert [(o, r) for _, o, r in name_changes(gazetteer, text)] == [("Orbanek", "Orban")]


def test_a_reading_of_the_persons_native_name_is_no_namesake(gazetteer):
    # 尹锡悦 read in Pinyin: Yoon Suk Yeol, whatever the apposition says
    text = "Yin Xiyue, a former prosecutor, met reporters in Seoul on Monday.\n"
    assert name_changes(gazetteer, text) == [("name.entity", "Yin Xiyue", "Yoon Suk Yeol")]
