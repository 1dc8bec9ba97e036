"""Name damage the tenth probe set (tests/fixtures/name-probes-10, written blind) showed,
on the project's own sentences: a role written without the country or the posting its
listed form says, beside a reading of the person's native name."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.keys import fold
from repair.passes.context import PassContext
from repair.passes.names import NamesPass
from repair.passes.names.entities import role_phrases


@pytest.fixture(scope="module")
def names_pass(gazetteer) -> NamesPass:
    return NamesPass(Config(), gazetteer=gazetteer)


def automatic(names_pass: NamesPass, text: str) -> list[tuple[str, str]]:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [(p.original, p.replacement) for p in proposals if p.kind == "name" and p.confidence >= 0.9]


def test_a_role_keeps_its_short_forms_without_the_country_or_the_posting(gazetteer):
    cho = gazetteer.exact(fold("Cho Tae-yong"))[0][0]
    nebenzya = gazetteer.exact(fold("Vasily Nebenzya"))[0][0]
    assert "national security adviser" in {f for _, f in role_phrases(cho)}
    assert "korean national security adviser" not in {f for _, f in role_phrases(cho)}
    assert "russian ambassador" in {f for _, f in role_phrases(nebenzya)}


def test_a_reading_beside_the_role_without_its_country_is_automatic(names_pass):
    text = (
        "Seoul said on Monday it would send a delegation to Washington next week.\n\n"
        "National security adviser Zhao Taiyong will lead it, the presidential office said.\n"
    )
    assert ("Zhao Taiyong", "Cho Tae-yong") in automatic(names_pass, text)


def test_a_reading_beside_the_role_without_its_posting_is_automatic(names_pass):
    text = (
        "The Security Council met in New York on Friday.\n\n"
        "Russian ambassador Niebianqiya told the council that Moscow would veto the text.\n"
    )
    assert [new for old, new in automatic(names_pass, text) if old == "Niebianqiya"] == ["Nebenzya"]
