"""A Korean family name after an honorific in another romanisation ("Mr. Yi" for Lee)."""

from __future__ import annotations

from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.korean_surnames import family_spellings
from repair.passes.names import analyse


def _names(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, float]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement, p.confidence) for p in result.proposals if p.kind == "name"]


def test_the_family_spellings_come_from_the_hangul_family_syllable():
    assert {"yi", "rhee", "lee"} <= family_spellings(("李在明", "이재명"))
    assert "pak" in family_spellings(("박찬대",))
    assert family_spellings(("李在明",)) == frozenset()  # no Hangul spelling: nothing to read


def test_another_romanisation_after_an_honorific_is_the_person_named_in_full(gazetteer):
    text = (
        "SEOUL - South Korean President Lee Jae-myung met the leader of the Democratic Party, "
        "Park Chan-dae, on Monday.\n\n"
        "Mr. Yi told reporters the meeting was short. Mr. Pak said the party would back the budget.\n"
    )
    found = {(old, new) for old, new, _ in _names(text, gazetteer)}
    assert {("Yi", "Lee"), ("Pak", "Park")} <= found


def test_the_family_name_of_someone_the_article_names_stays(gazetteer):
    # Li Qiang is named: "Mr. Li" is his, not a reading of Lee Jae-myung's family name
    text = (
        "South Korean President Lee Jae-myung met Chinese Premier Li Qiang in Beijing on Monday. "
        "Mr. Li said trade would grow.\n"
    )
    assert ("Li", "Lee") not in {(old, new) for old, new, _ in _names(text, gazetteer)}
