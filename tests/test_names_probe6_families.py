"""Damage families the sixth probe set (tests/fixtures/name-probes-6, written before the changes
and measured blind) showed the pass missing: a Korean family character read as Chinese reads it
in a surname ("Piao" for 朴, Park), a title and a short surname said like a named person's, the
person's kanji left after a title, a first name said alike after a one-word role, particles
respelled with the surname ("fon der"), and a lower-case copy of a mangled name. Each with
correct text the new rules must leave alone. The sentences are the project's own."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.routes import readings
from repair.passes.names import analyse


def _names(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, float]]:
    result = analyse(Document.from_text(text), gazetteer)
    return [(p.original, p.replacement, p.confidence) for p in result.proposals if p.kind == "name"]


def _fix(text: str, gazetteer: Gazetteer, original: str) -> tuple[str, float]:
    found = [(new, c) for old, new, c in _names(text, gazetteer) if old == original]
    assert len(found) == 1, _names(text, gazetteer)
    return found[0]


def _review(text: str, gazetteer: Gazetteer, original: str) -> str:
    """The one fix of ``original``, which must be below automatic's 0.9."""
    new, confidence = _fix(text, gazetteer, original)
    assert confidence < 0.9
    return new


# --- a family character read as a surname ------------------------------------------------


def test_a_family_character_is_also_read_as_chinese_reads_it_in_surnames():
    # pypinyin reads 朴 "pu" (simple); as a surname, and for every Korean Park, Chinese says "Piao"
    assert "Piao Zhen" in readings("朴振", "KR")
    assert "Pu Zhen" in readings("朴振", "KR")
    assert "Zeng Yinquan" in readings("曾荫权", "HK")  # 曾: "ceng" (already), "zeng" as a surname


def test_a_korean_name_is_also_read_as_japanese_writes_it():
    # ハン・ドクス, イ・ジェミョン: no "eo", a closing consonant with its own vowel, "ng" as "n"
    assert "Han Dokusu" in readings("한덕수", "KR")
    assert "I Jemyon" in readings("이재명", "KR")


def test_a_former_president_read_through_chinese_with_the_surname_reading(gazetteer):
    text = (
        "Seoul court hears appeal\n\n"
        "Former South Korean President Piao Jinhui appeared in court in Seoul on Tuesday. "
        "Piao Jinhui did not speak to reporters.\n"
    )
    fixes = [(old, new) for old, new, _ in _names(text, gazetteer)]
    assert fixes == [("Piao Jinhui", "Park Geun-hye")] * 2


# --- a title and a short surname -----------------------------------------------------------


def test_mr_and_an_english_word_said_like_the_family_name_is_the_person_named_last(gazetteer):
    text = (
        "Budget plans in Seoul\n\n"
        "South Korean Finance Minister Choo Kyung-ho presented the budget on Monday. "
        "Mr. Chew said spending on chips would rise.\n\n"
        "Foreign Minister Cho Tae-yul spoke about trade later in the week.\n"
    )
    assert _review(text, gazetteer, "Chew") == "Choo"  # an English word in its own right: for review


def test_mr_and_a_reading_of_the_family_name_after_the_full_name_is_automatic(gazetteer):
    text = (
        "Talks in Tokyo\n\n"
        "South Korean Foreign Minister Park Jin arrived in Tokyo on Thursday. "
        "Mr. Bak met business leaders in the evening.\n"
    )
    assert _fix(text, gazetteer, "Bak") == ("Park", 0.92)


def test_mr_and_the_reading_stays_for_review_when_another_full_name_has_the_word(gazetteer):
    # "Jo Min-seo", whom the gazetteer does not know, may be the "Mr. Jo" meant
    text = (
        "Talks in Busan\n\n"
        "South Korean Foreign Minister Cho Hyun met the mayor, Jo Min-seo, in Busan on Friday. "
        "Mr. Jo said the port would stay open.\n"
    )
    assert all(c < 0.9 for old, _, c in _names(text, gazetteer) if old == "Jo")


def test_a_correct_mr_and_family_name_is_left_alone(gazetteer):
    text = (
        "Talks in Tokyo\n\n"
        "South Korean Foreign Minister Park Jin arrived in Tokyo on Thursday. "
        "Mr. Park met business leaders in the evening, and Ms. Kamikawa joined them.\n"
    )
    assert not [p for p in _names(text, gazetteer) if p[0] in ("Park", "Kamikawa")]


# --- kanji left after a title ----------------------------------------------------------------


def test_kanji_in_a_gloss_is_left_alone(gazetteer):
    text = "Fisheries talks\n\nFormer Prime Minister Yoshihide Suga (菅義偉) visited Seoul on Monday.\n"
    assert not [p for p in _names(text, gazetteer) if "菅" in p[0]]


# --- a first name said alike after a role ---------------------------------------------------


def test_a_first_name_said_alike_after_a_one_word_role_is_automatic(gazetteer):
    text = (
        "Vienna talks\n\n"
        "The host's office said the chancellor, Carl Nehammer, would open the talks on Monday.\n"
    )
    new, confidence = _fix(text, gazetteer, "Carl")
    assert new == "Karl" and confidence >= 0.9


def test_a_first_name_said_alike_without_a_role_is_not_automatic(gazetteer):
    # no role: "Carl Nehammer" may be somebody else of the name
    text = "Vienna talks\n\nThe coach, Carl Nehammer, said the team would train on Monday.\n"
    assert all(c < 0.9 for old, _, c in _names(text, gazetteer) if old == "Carl")


def test_another_first_name_after_a_one_word_role_is_left_alone(gazetteer):
    # "Martin" is not said as "Karl": a relative or another holder, not a respelling
    text = "Vienna talks\n\nThe chancellor, Martin Nehammer, would open the talks on Monday.\n"
    assert not [p for p in _names(text, gazetteer) if p[0] == "Martin" and p[2] >= 0.9]


# --- particles respelled with the surname ---------------------------------------------------


def test_correct_particles_are_left_alone(gazetteer):
    text = (
        "Energy plan\n\n"
        "European Commission President Ursula von der Leyen presented an energy plan in Brussels.\n"
    )
    assert _names(text, gazetteer) == []


# --- a lower-case copy of a mangled name -----------------------------------------------------


def test_a_lower_case_copy_of_a_fixed_mangled_name_gets_the_same_fix(gazetteer):
    text = (
        "Pension debate\n\n"
        "Nationalist Movement Party leader Devlet Bahcheli rejected the criticism on Tuesday. "
        "Later, devlet bahcheli called on the opposition to back the law.\n"
    )
    new, _ = _fix(text, gazetteer, "devlet bahcheli")
    assert new == "Devlet Bahceli"


def test_lower_case_words_that_copy_a_correct_name_are_not_this_rule(gazetteer):
    text = (
        "Pension debate\n\n"
        "Nationalist Movement Party leader Devlet Bahceli rejected the criticism on Tuesday, "
        "and the party's garden festival went ahead.\n"
    )
    assert _names(text, gazetteer) == []


# --- first names said alike, a role's head word, a run repeated ------------------------------


def test_a_first_name_said_alike_before_a_role_written_after_the_office_is_automatic(gazetteer):
    # "Speaker of the Sejm": its head word before the name is the role; the same run later,
    # with no role beside it, is the same person
    text = (
        "Warsaw budget row\n\n"
        "Parliament Speaker Simon Holownia said on Monday that the coalition would hold. "
        "Prime Minister Donald Tusk met him in the evening.\n\n"
        "Simon Holownia later told reporters that the vote would go ahead.\n"
    )
    fixes = [(old, new, c) for old, new, c in _names(text, gazetteer) if old == "Simon"]
    assert [(old, new) for old, new, _ in fixes] == [("Simon", "Szymon")] * 2
    assert all(c >= 0.9 for _, _, c in fixes)


def test_a_first_name_with_j_said_as_y_is_the_persons(gazetteer):
    text = (
        "Alliance meeting\n\nNATO Secretary General Yens Stoltenberg opened the meeting in Brussels "
        "on Thursday and said the allies had to spend more.\n"
    )
    new, confidence = _fix(text, gazetteer, "Yens Stoltenberg")
    assert new == "Jens Stoltenberg" and confidence >= 0.9


def test_mr_and_a_surname_another_rule_also_fixes_is_automatic_after_the_full_name(gazetteer):
    # the learned confidence alone keeps "Vans" for review; the full name before it decides
    text = (
        "Talks at the White House\n\nUS Vice President JD Vance met European ministers on Monday. "
        "Mr. Vans said Washington wanted a ceasefire by the summer.\n"
    )
    assert _fix(text, gazetteer, "Vans") == ("Vance", 0.92)


# --- a long name one word off ------------------------------------------------------------------


def test_a_long_name_one_word_off_after_a_role_word_is_automatic(gazetteer):
    text = "Gulf talks\n\nThe emir, Tamim bin Hamad Al Sani, received the visitors in Doha on Sunday.\n"
    assert _fix(text, gazetteer, "Sani") == ("Thani", 0.92)


# --- a surname said as its language says it ------------------------------------------------


def test_a_surname_said_as_its_language_says_it_is_a_reading_of_the_name():
    from repair.gazetteer.routes import said_readings

    assert said_readings("Péter Szijjártó", "HU") == ("Siyyarto",)
    assert said_readings("Robert Fico", "SK") == ("Fitso",)
    assert said_readings("Devlet Bahçeli", "TR") == ("Bahcheli",)  # Turkish ç, not French
    assert said_readings("Emmanuel Macron", "FR") == ()
    assert said_readings("Petr Fiala", "CZ") == ()  # said as written


def test_a_hungarian_surname_respelled_by_sound_is_found(gazetteer):
    text = "Gas talks\n\nHungarian Foreign Minister Peter Siyarto met his Turkish counterpart on Monday.\n"
    assert _fix(text, gazetteer, "Siyarto")[0] == "Szijjarto"


def test_a_lower_case_english_word_after_a_first_name_is_left_alone(gazetteer):
    text = (
        "Summit message\n\nIndian Prime Minister Narendra Modi sent a message, and Mark said it was kind.\n"
    )
    assert _names(text, gazetteer) == []


# --- fixed as the family says (one case each) ------------------------------------------------

FIXED = [
    # a Korean name as Japanese writes it in katakana, read back; the lone "I" is Lee's surname
    (
        "Seoul politics\n\nDemocratic Party leader I Jemyon criticised the visit to Tokyo on Friday.\n",
        "I Jemyon",
        "Lee Jae-myung",
    ),
    # a reading through Chinese whose first syllable is also a place ("Mei", a county) is read whole
    (
        "Rome talks\n\nItalian Prime Minister Mei Luoni said Rome wanted a ceasefire before the winter.\n",
        "Mei Luoni",
        "Giorgia Meloni",
    ),
    # a kanji family name after a title names the person the article names mangled
    (
        (
            "Fisheries talks\n\n"
            "Former Japanese Prime Minister Suga Yosihide visited Seoul on Monday. "
            "Former Prime Minister 菅 called for a new agreement on fisheries.\n"
        ),
        "菅",
        "Suga",
    ),
    # particles respelled with the surname are fixed with it
    (
        (
            "Energy plan\n\n"
            "European Commission President Ursula fon der Lyayen presented an energy plan in Brussels. "
            "She said the plan would lower prices.\n"
        ),
        "fon der Lyayen",
        "von der Leyen",
    ),
    # a listed family name glued to said is split
    (
        (
            "Ramstein meeting\n\n"
            "NATO Secretary General Jens Stoltenberg spoke to reporters on Wednesday. "
            "Stoltenbergsaid that the allies had sent more than they had promised.\n"
        ),
        "Stoltenbergsaid",
        "Stoltenberg said",
    ),
]


@pytest.mark.parametrize(("text", "original", "fixed"), FIXED)
def test_the_family_is_fixed(gazetteer, text: str, original: str, fixed: str):
    assert _fix(text, gazetteer, original)[0] == fixed


# --- proposed for review only (one case each) ----------------------------------------------

REVIEWED = [
    # a first name said alike with no role anywhere is for review
    ("Warsaw budget row\n\nSimon Holownia told reporters that the vote would go ahead.\n", "Simon", "Szymon"),
    # a long name one word off without a role is for review
    ("Gulf talks\n\nTamim bin Hamad Al Sani received the visitors in Doha on Sunday.\n", "Sani", "Thani"),
    # a lower case surname respelled after the first name is for review
    ("Summit message\n\nIndian Prime Minister Narendra mody sent a message to the summit.\n", "mody", "Modi"),
    # a surname translated as a word after the first name and role is for review
    (
        "Pension debate\n\nCHP Chairman Ozgur Special said pensioners could no longer pay rent.\n",
        "Special",
        "Ozel",
    ),
]


@pytest.mark.parametrize(("text", "original", "fixed"), REVIEWED)
def test_the_family_is_proposed_for_review(gazetteer, text: str, original: str, fixed: str):
    assert _review(text, gazetteer, original) == fixed


# --- correct or unrelated text the rules leave alone (one case each) -------------------------

LEFT_ALONE = [
    # a long name of another family is left alone
    # the family word is nothing like the listed one: another family's member
    ("Gulf talks\n\nTamim bin Hamad Al Attiyah received the visitors in Doha on Sunday.\n", "Attiyah"),
    # a first name and a word without the role are left alone
    ("Pension debate\n\nThe new cafe Ozgur Special opened in the square on Monday.\n", "Special"),
]


@pytest.mark.parametrize(("text", "word"), LEFT_ALONE)
def test_the_word_is_left_alone(gazetteer, text: str, word: str):
    assert not [p for p in _names(text, gazetteer) if p[0] == word]
