"""Mentions of Korean people read back through Chinese characters: the short family word of a
linked person, a reading made of words the gazetteer knows one by one, and a namesake who
shares only a common family name (repair/passes/names/entities.py, readings.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.passes.names import analyse


def _names(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, float]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement, p.confidence) for p in result.proposals if p.kind == "name"]


def test_the_two_letter_family_reading_of_a_linked_person_is_proposed_for_review(gazetteer):
    # 李 reads "Li" in Pinyin; once "Li Zaiming" is Lee Jae-myung, "Li" alone is Lee too
    text = (
        "South Korean President Li Zaiming visited a shipyard in Ulsan on Friday.\n\n"
        'Li told the workers that orders would grow. "We will build more," President Li said.\n'
    )
    found = _names(text, gazetteer)
    assert ("Li Zaiming", "Lee Jae-myung") in [(old, new) for old, new, _ in found]
    short = [(old, new, c) for old, new, c in found if old == "Li"]
    assert [(old, new) for old, new, _ in short] == [("Li", "Lee"), ("Li", "Lee")]
    assert all(0.6 <= c < 0.9 for _, _, c in short)  # a family name many share: review only


def test_li_stays_when_the_article_names_a_chinese_li_in_full(gazetteer):
    text = (
        "South Korean President Li Zaiming met Chinese Premier Li Qiang in Beijing on Friday.\n\n"
        "Li said trade between the neighbours would grow.\n"
    )
    found = _names(text, gazetteer)
    assert ("Li Zaiming", "Lee Jae-myung") in [(old, new) for old, new, _ in found]
    assert all(old != "Li" for old, _, _ in found)


def test_a_reading_made_of_known_words_with_the_role_before_it(gazetteer):
    # "Zhao" is a family name and "Xian" a city, but "Zhao Xian" reads 趙顯, Cho Hyun
    text = (
        "Foreign Minister Zhao Xian flew to Washington on Sunday for talks on tariffs.\n\n"
        "Zhao said the two allies would settle the matter within weeks.\n"
    )
    found = {(old, new) for old, new, _ in _names(text, gazetteer)}
    assert ("Zhao Xian", "Cho Hyun") in found
    assert ("Zhao", "Cho") in found


def test_the_same_words_without_the_role_stay(gazetteer):
    text = "The painter Zhao Xian showed new work at a gallery in Shanghai on Sunday.\n"
    assert _names(text, gazetteer) == []


def test_a_common_family_name_with_another_given_name_is_not_linked(gazetteer):
    # Zhang Ming is listed; "Zhang Donghe" shares only the family name
    text = "The opposition leader Zhang Donghe said the budget favoured the rich.\n"
    assert all(new != "Zhang Ming" for _, new, _ in _names(text, gazetteer))


def test_a_given_name_with_only_its_initial_in_common_is_a_namesake(gazetteer):
    # Jiang Zemin is listed; "Jiang Zaidong" shares the family name and the letter Z, and the
    # reading of the whole name is close only because the family name is
    text = "In Islamabad, the army chief met the ambassador of China, Jiang Zaidong, on Monday.\n"
    assert all(new != "Jiang Zemin" for _, new, _ in _names(text, gazetteer))


def test_a_lone_word_after_mr_is_never_made_a_given_name(gazetteer):
    # "Mun" sounds like "Min" of Kim Min-seok, but nobody calls him "Mr. Min"
    text = (
        "South Korean Prime Minister Kim Min-seok hosted a dinner for the visiting delegation in Seoul.\n\n"
        "Former President Moon Jae-in also attended. Mr. Mun sat at the head of the table.\n"
    )
    found = {(old, new) for old, new, _ in _names(text, gazetteer)}
    assert ("Mun", "Min") not in found
    assert ("Mun", "Moon") in found


def test_a_knight_is_called_by_his_given_name(gazetteer):
    text = (
        "British Prime Minister Keir Starmer spoke in London on Monday about the budget and the economy.\n\n"
        "Sir Kier said the plan would work.\n"
    )
    assert ("Kier", "Keir") in {(old, new) for old, new, _ in _names(text, gazetteer)}


def test_a_correct_name_close_to_a_foreigners_reading_stays(gazetteer):
    # "Cheng Li-wun" is close to a Wade-Giles reading of a Korean minister's hanja, and nothing
    # else (role, first name, the person named, any Korea in the story) says it is him
    text = (
        "President Lai Ching-te ordered the military to prepare for the storm in Kaohsiung.\n\n"
        "Kuomintang chair Cheng Li-wun called for calm, and Taipei mayor Chiang Wan-an inspected flood gates.\n"
    )
    assert _names(text, gazetteer) == []


def test_another_given_name_in_a_family_first_name_is_another_person(gazetteer):
    # the gazetteer lists a central-bank governor "Nguyen Thi Hong"; a lawmaker "Nguyen Thi Huong"
    # is someone else, however close the given names
    text = (
        "Vietnam's parliament approved the budget on Friday after a long debate.\n\n"
        "Nguyen Thi Huong, a lawmaker from Ho Chi Minh City, said small firms still lacked credit.\n"
    )
    assert _names(text, gazetteer) == []


def test_a_single_role_word_does_not_make_a_namesake_the_listed_person(gazetteer):
    # "leader" is one of Kim Jong Un's role words, but "Kim Jong-in" is a South Korean politician
    text = (
        "The opposition met in Seoul on Monday to discuss the budget.\n\n"
        "Kim Jong-in, a former party leader, said both sides should compromise.\n"
    )
    assert _names(text, gazetteer) == []


def test_a_japanese_name_come_back_through_korean(gazetteer):
    text = (
        "Japanese Prime Minister Dakaichi Sanae arrived in Seoul on Saturday for two days of talks.\n\n"
        "Former prime minister Isiba Sigeru sent a message of support.\n"
    )
    found = {(old, new) for old, new, _ in _names(text, gazetteer)}
    assert ("Dakaichi Sanae", "Sanae Takaichi") in found
    assert ("Isiba Sigeru", "Shigeru Ishiba") in found


def test_a_name_fix_keeps_the_english_word_glued_to_the_name(gazetteer):
    text = (
        "Kilicdaroglu's successor spoke in Ankara on Sunday about the court case.\n\n"
        "Kemal Kilicdaroglusaid the same last year. Istanbul Mayor Ekrem Imamogluis still in prison.\n"
    )
    for old, new, _ in _names(text, gazetteer):
        if old.endswith("said"):
            assert new.endswith(" said")
        if old.endswith("is"):
            assert new.endswith(" is")
    fixed = {old: new for old, new, _ in _names(text, gazetteer)}
    assert fixed.get("Kilicdaroglusaid") == "Kilicdaroglu said"


def test_a_role_ending_in_staff_is_no_part_of_the_name(gazetteer):
    # "Chief of Staff" before a reading of 姜勳植: "Staff" is the role's, not the name's
    text = (
        "Chief of Staff Jiang Xunzhi briefed reporters at the presidential office on Monday.\n\n"
        "The briefing lasted an hour.\n"
    )
    assert ("Jiang Xunzhi", "Kang Hoon-sik") in {(old, new) for old, new, _ in _names(text, gazetteer)}


def test_a_foreign_name_written_with_a_middle_dot_is_read_part_by_part():
    from repair.gazetteer.routes import readings

    assert readings("纳伦德拉·莫迪", "IN")[0] == "Nalundela Modi"
    assert readings("穆罕默德·本·萨勒曼", "SA")[0] == "Muhanmode Ben Saleiman"


def test_a_name_read_back_from_its_dotted_characters_finds_its_person(gazetteer):
    text = "Muhanmode Ben Saleiman arrived in Paris on Monday for talks on energy prices.\n"
    assert [(old, new) for old, new, _ in _names(text, gazetteer)] == [
        ("Muhanmode Ben Saleiman", "Mohammed bin Salman")
    ]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # "Park Ji-hoon" keeps Park Jin's family word and adds a syllable: another man of the family
        ("Her brother, Park Ji-hoon, runs a noodle shop near the station in Daegu.\n", "Park Jin"),
        # "Ms Kim" may be any Kim: it does not say that "Kim Hye-jin" is Kim Yo Jong
        (
            "Kim Hye-jin opened her bakery in Mapo six years ago. Ms Kim said the rent had doubled.\n",
            "Kim Yo Jong",
        ),
    ],
)
def test_a_whole_korean_name_nobody_lists_is_not_made_a_listed_one(gazetteer, text, listed):
    assert all(new != listed for _, new, _ in _names(text, gazetteer))


def test_a_respelled_given_name_beside_the_role_is_still_the_person(gazetteer):
    text = "South Korean Foreign Minister Park Jinn arrived in Canberra on Sunday for talks.\n"
    assert [(old, new) for old, new, c in _names(text, gazetteer) if c >= 0.9] == [("Jinn", "Jin")]


def test_the_person_named_in_full_elsewhere_still_is_the_person(gazetteer):
    text = (
        "Kim Yo Jong, the sister of the North Korean leader, issued a statement on Sunday.\n\n"
        "In it, Kim Yo-jung warned against new drills.\n"
    )
    assert ("jung", "Jong") in {(old, new) for old, new, _ in _names(text, gazetteer)}
