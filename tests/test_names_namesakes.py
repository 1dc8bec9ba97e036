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


@pytest.mark.parametrize(
    "text",
    [
        # a first name nothing like the person's (Alexander), before a spelling of his surname
        "In a Polish town, Marek Nowak, who owns a shop by the bridge, said the water reached his "
        'counter. "It is all gone," Nowak said.\n',
        # a common first name of its own, not Simon respelled
        "Fans in Dublin cheered as Sam Harris scored twice. Harris, a plumber by trade, said the club "
        "had survived a fire.\n",
        # hyphenated Korean syllables, one of them another syllable than the listed person's
        "The captain, Lee Jae-min, 17, said the team had rebuilt the robot's arm in Seoul.\n\n"
        "Lee Jae-min said they had already started on a lighter arm.\n",
        "Traders at a market in Busan lost stock to the rain. Kang Kyung-hee, who runs a clinic, said "
        'fewer people came.\n\n"It is quiet," Ms Kang said.\n',
    ],
)
def test_a_given_name_of_its_own_makes_a_namesake(gazetteer, text):
    assert name_changes(gazetteer, text) == []


@pytest.mark.parametrize(
    "text, old, new",
    [
        # the near misses: the person's role beside the same words
        (
            "Irish Taoiseach Sam Harris said the budget would be published in October.\n",
            "Sam Harris",
            "Simon Harris",
        ),
        (
            "Russian Deputy Prime Minister Alexander Nowak said gas deliveries would continue.\n",
            "Nowak",
            "Novak",
        ),
        # a syllable slipped, not another one ("myun" for "myung")
        (
            "The captain, Lee Jae-myun, 17, said the team had rebuilt the robot's arm in Seoul.\n\n"
            "Lee Jae-myun said they had already started on a lighter arm.\n",
            "Lee Jae-myun",
            "Lee Jae-myung",
        ),
    ],
)
def test_the_same_words_with_a_role_or_a_slipped_syllable_are_still_proposed(gazetteer, text, old, new):
    assert (old, new) in [(o, r) for _, o, r in name_changes(gazetteer, text)]


def test_a_given_name_with_a_syllable_more_is_a_namesake(gazetteer):
    text = (
        "Dong Junhui drives the cooperative's lorry to the post office in Pu'er every morning. "
        "Mr Dong now makes two trips.\n"
    )
    assert name_changes(gazetteer, text) == []


def test_a_syllable_more_beside_the_persons_role_is_still_the_person(gazetteer):
    text = "Chinese Defence Minister Dong Junhui met his Russian counterpart in Beijing on Monday.\n"
    assert ("Dong Junhui", "Dong Jun") in [(o, r) for _, o, r in name_changes(gazetteer, text)]


@pytest.mark.parametrize(
    "written, listed, own",
    [
        ("Kang Kyung-hee", "Kang Kyung-wha", True),  # "hee" is no spelling of 화
        ("Lee Jae-min", "Lee Jae-myung", True),
        ("Dong Junhui", "Dong Jun", True),  # a syllable more
        ("Lee Jae-myun", "Lee Jae-myung", False),  # a letter slipped
        ("Yoon Seok-yue", "Yoon Suk Yeol", False),  # 悦 read as Pinyin does: a reading, not a name
        ("Zhao Lijun", "Zhao Lijian", False),  # unhyphenated: may be a slip of one letter
    ],
)
def test_a_family_first_given_name_of_its_own(gazetteer, written, listed, own):
    from repair.gazetteer.keys import fold, name_pieces
    from repair.gazetteer.routes import native_readings
    from repair.passes.names.namesakes import syllables_of_its_own

    [entry] = [e for e, _ in gazetteer.exact(fold(listed)) if e.canonical == listed][:1]
    words = [w for w, _, _ in name_pieces(fold(written))]
    assert syllables_of_its_own(words, written, entry, list(native_readings(entry))) is own


def automatic_changes(gazetteer, text: str) -> list[tuple[str, str]]:
    found = analyse(Document.from_text(text), gazetteer).proposals
    return [(p.original, p.replacement) for p in found if p.kind == "name" and p.confidence >= 0.9]


def test_a_family_name_said_again_is_no_sign_of_the_listed_person(gazetteer):
    # "Ms Han" is the pharmacist's own family name: it does not name Han Dong-hoon
    text = (
        "The shop is run by a pharmacist, Han Dong-hyun, who opened it ten years ago.\n\n"
        "Ms Han said most of her customers were elderly.\n"
    )
    assert not any("Dong-hoon" in new for _, new in automatic_changes(gazetteer, text))


def test_another_first_name_before_the_article_spelling_is_another_person(gazetteer):
    # Alan Brown and Gordon Browne are two men: the article's "Brown" is not Browne's spelling
    text = (
        "The shop belongs to Alan Brown, who rebuilt it after the fire.\n\n"
        "His neighbour, Gordon Browne, repairs bicycles in the yard behind it.\n"
    )
    assert not any(new.endswith("Brown") for _, new in automatic_changes(gazetteer, text))


def test_the_same_first_name_before_the_article_spelling_is_still_a_respelling(gazetteer):
    # near miss: the article itself writes Gordon Brown, so "Gordon Browne" is him respelled
    text = (
        "Gordon Brown spoke at the school on Friday.\n\n"
        "Gordon Browne told pupils that he had once taught there.\n\n"
        "Gordon Brown left before lunch.\n"
    )
    assert ("Browne", "Brown") in automatic_changes(gazetteer, text)


def test_a_word_of_the_name_itself_is_no_article_spelling_of_another_word(gazetteer):
    # "Chang" is this man's own family name, not the article writing Huang Kuo-chang's "chang"
    text = "Chinese Vice Premier Chang Kuo-ching opened the trade fair on Tuesday.\n"
    changes = automatic_changes(gazetteer, text)
    assert ("ching", "chang") not in changes
    assert ("Chang Kuo-ching", "Zhang Guoqing") in changes


def test_another_run_writing_the_word_is_still_the_articles_spelling(gazetteer):
    # near miss: the article writes Huang Kuo-chang in full, then respells him
    text = "Huang Kuo-chang led the march in Taipei on Sunday.\n\nHuang Kuo-ching told the crowd the bill would fail.\n"
    assert ("ching", "chang") in automatic_changes(gazetteer, text)
