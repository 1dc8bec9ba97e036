"""A reading of one person's native name beside the role of another country's office holder
is no automatic change: the letters say one person, the role says somebody else. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer, Index
from repair.passes.context import PassContext
from repair.passes.names import NamesPass
from repair.passes.names.entities import other_nationality

GUELLEH = Entry(
    "Ismaïl Omar Guelleh",
    "person",
    roles=("Djiboutian President",),
    country="DJ",
    native=("盖莱",),
    prominence=0.8,
)


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([GUELLEH], "other-role")]))


def name_changes(names_pass: NamesPass, text: str) -> list:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [p for p in proposals if p.kind == "name"]


def test_the_persons_own_role_makes_the_reading_automatic(names_pass):
    [fix] = name_changes(
        names_pass, "Djiboutian President Kai Lei said on Friday that the port would stay open.\n"
    )
    assert fix.replacement.endswith("Guelleh") and fix.confidence >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Swiss Finance Minister Kai Lei said on Friday that the budget would balance.\n",
        "Reporters met Kai Lei, the Swiss Finance Minister, in Bern on Friday.\n",
        # the rest of the read-back name between the mention and its apposition
        "Reporters met Kai Lei - Tsu Te Erh, the Swiss Finance Minister, in Bern on Friday.\n",
    ],
)
def test_another_countrys_role_beside_the_reading_keeps_it_in_review(names_pass, text):
    [fix] = name_changes(names_pass, text)
    assert fix.replacement.endswith("Guelleh") and fix.confidence < 0.9  # proposed, for review
    assert any("'swiss'" in e for e in fix.evidence)


def test_which_nationality_the_role_says():
    text = "Swiss Finance Minister Kai Lei spoke. Djiboutian President Kai Lei spoke."
    first = text.index("Kai")
    second = text.index("Kai", first + 1)
    assert other_nationality(text, first, first + 7, GUELLEH) == "swiss"
    assert other_nationality(text, second, second + 7, GUELLEH) == ""
    # a lower-case word breaks the role: "the swiss" said three words earlier is no role
    plain = "A Swiss report said Kai Lei spoke."
    assert other_nationality(plain, plain.index("Kai"), plain.index("Kai") + 7, GUELLEH) == ""


def test_the_rest_of_a_name_before_the_apposition_is_skipped_only_up_to_its_comma():
    text = "Reporters met Kai Lei - Tsu Te Erh, the Swiss Finance Minister, in Bern."
    start = text.index("Kai")
    assert other_nationality(text, start, start + 7, GUELLEH) == "swiss"
    # a clause after the name is no part of it: the apposition is another person's
    clause = "Reporters met Kai Lei and then left, the Swiss Finance Minister said."
    start = clause.index("Kai")
    assert other_nationality(clause, start, start + 7, GUELLEH) == ""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Taiwanese legislator Kai Lei spoke.", "taiwanese"),
        ("Swiss opposition lawmaker Kai Lei spoke.", "swiss"),
        # a lower-case word that is no role still ends the role
        ("Swiss cheese maker Kai Lei spoke.", ""),
    ],
)
def test_lower_case_role_words_lead_back_to_the_nationality(text, said):
    start = text.index("Kai")
    assert other_nationality(text, start, start + 7, GUELLEH) == said


ZHANG_GUOQING = Entry(
    "Zhang Guoqing",
    "person",
    roles=("Chinese Vice Premier", "Vice Premier"),
    country="CN",
    native=("张国清", "Чжан Гоцин"),
    prominence=0.8,
)


@pytest.fixture(scope="module")
def mainland_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer([Index.in_memory([ZHANG_GUOQING], "pinyin-only")]))


@pytest.mark.parametrize(
    "text",
    [
        "In Beijing, Chang Kuo-ching said on Tuesday that the plan would work.\n",
        "In Taipei, Chang Kuo-ching, who runs a tea shop, said the rent had doubled.\n",
        # a title that is no office of theirs: "Premier" is not "Vice Premier"
        "In Beijing, Premier Chang Kuo-ching said the plan would work.\n",
    ],
)
def test_a_mainland_name_in_wade_giles_is_for_review(mainland_pass, text):
    """Wade-Giles is how Taiwan spells its own people's names: without the official's role,
    the spelling is likelier a namesake's than the official's mangled."""
    fixes = name_changes(mainland_pass, text)
    assert fixes and all(f.replacement == "Zhang Guoqing" and f.confidence < 0.9 for f in fixes)
    assert any("Pinyin" in e for f in fixes for e in f.evidence)


@pytest.mark.parametrize(
    "text",
    [
        # the official's own role beside it
        "Vice Premier Chang Kuo-ching said on Tuesday that the plan would work.\n",
        # a title that is one of their roles without its nationality ("Chinese Vice Premier")
        "In Beijing, Vice Premier Chang Kuo-ching said the plan would work.\n",
        # another mention of the official with the role: the article is about them
        "Chinese Vice Premier Chzhan Gotsin spoke first. Later Chang Kuo-ching met the delegates.\n",
    ],
)
def test_a_wade_giles_spelling_the_article_ties_to_the_official_stays_automatic(mainland_pass, text):
    fixes = [f for f in name_changes(mainland_pass, text) if "Chang" in f.original]
    assert fixes and all(f.replacement == "Zhang Guoqing" and f.confidence >= 0.9 for f in fixes)


def test_a_pinyin_reading_is_no_other_romanisation():
    from repair.passes.names.pinyin_only import other_romanisation

    assert other_romanisation("Chang Kuo-ching", ZHANG_GUOQING)
    assert not other_romanisation("Zhang Guoqing", ZHANG_GUOQING)
    assert not other_romanisation("Zhang Guo Qing", ZHANG_GUOQING)
    # the Russian reading (Чжан Гоцин) is a translation's, not Taiwan's
    assert not other_romanisation("Chzhan Gotsin", ZHANG_GUOQING)
