"""Another first name before a listed person's exact surname, told by the role beside it or by
the article's own full spelling (repair/passes/names/first_names.py). Sentences written for
these tests."""

from __future__ import annotations

from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.passes.names import analyse
from repair.passes.names.first_names import ROLE_BESIDE, SAID_ALIKE


def _names(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, float]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement, p.confidence) for p in result.proposals if p.kind == "name"]


def test_a_foreign_form_of_the_first_name_beside_the_role_is_for_review(gazetteer):
    # the gazetteer's own guess ("Joseph", an alias of Joe Biden's) gives way to the role's
    text = (
        "U.S. President Josef Biden told reporters on Monday that the deal was close.\n\n"
        "The talks will resume next week.\n"
    )
    assert _names(text, gazetteer) == [("Josef", "Joe", ROLE_BESIDE)]
    assert ROLE_BESIDE < 0.9


def test_a_longer_name_keeps_its_middle_words(gazetteer):
    text = "Brazilian President Luis Inácio Lula da Silva opened the summit on Monday.\n"
    # "Luis" is said as "Luiz" is, and the role stands before: automatic
    assert _names(text, gazetteer) == [("Luis", "Luiz", SAID_ALIKE)]


def test_a_first_name_unlike_the_persons_is_another_person(gazetteer):
    """An unlike first name before the surname and the role is a relative or a predecessor in
    the office, not a respelling: left alone."""
    text = (
        "U.S. President Hank Biden told reporters on Monday that the deal was close.\n\n"
        "Canadian Prime Minister Pierre Trudeau was the father of a later prime minister.\n"
    )
    assert _names(text, gazetteer) == []


def test_a_relatives_name_and_a_run_without_role_stay(gazetteer):
    text = (
        "First Lady Jill Biden visited a school in Ohio on Monday.\n\n"
        "Hunter Biden was not there, and Frank Biden spoke to the press. Joe Biden stayed in Washington.\n"
    )
    assert _names(text, gazetteer) == []


def test_the_wrong_role_is_no_evidence(gazetteer):
    text = "Senate candidate Josef Biden of Delaware spoke to voters on Monday.\n"
    assert all(new != "Joe" for _, new, _ in _names(text, gazetteer))


def test_a_role_phrase_with_of_before_the_name(gazetteer):
    # the mention's own title words stop at "of"; the words before it hold the whole role
    text = "The talks went on late. U.S. Secretary of State Miguel Rubio told reporters the deal was close.\n"
    assert _names(text, gazetteer) == [("Miguel", "Marco", ROLE_BESIDE)]


def test_the_english_form_of_a_first_name_beside_the_role_is_automatic(gazetteer):
    """ "Andrew" is Andrzej in English, as "Charles" is Karol: translation writes it so. With
    the whole role just before and the family name as written, half the letters shared, the
    person (first_names_by_role)."""
    text = "Polish President Andrew Duda spoke to the army in Warsaw on Monday.\n"
    [(written, fixed, confidence)] = _names(text, gazetteer)
    assert (written, fixed) == ("Andrew Duda", "Andrzej Duda")
    assert confidence >= 0.9


def test_an_equivalent_first_name_without_the_role_stays(gazetteer):
    text = "An engineer called Andrew Duda spoke to the council in Leeds on Monday.\n"
    assert _names(text, gazetteer) == []
