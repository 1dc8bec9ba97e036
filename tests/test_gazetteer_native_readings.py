"""Chinese read-backs of office holders whose Chinese spelling (the form Xinhua writes) is in
the gazetteer's native column: a page translated through Chinese and read back in pinyin
("Ha Xi Na" for 哈西娜) must find the person, with the role beside the name as evidence.
A spelling shared by two people (奥恩 is both Michel and Joseph Aoun) is listed only in the
full form, so the short reading keeps finding the current holder. The sentences are the
project's own."""

from __future__ import annotations

import pytest

from tests.test_names_probe6_families import _names

# (role written before the name, the pinyin read-back of its Chinese spelling, the person)
READ_BACKS = [
    ("Bangladeshi Prime Minister", "Ha Xi Na", "Sheikh Hasina"),  # 哈西娜
    ("Sudan's army chief", "Bu Er Han", "Abdel Fattah al-Burhan"),  # 布尔汉
    ("Libyan commander", "Ha Fu Ta Er", "Khalifa Haftar"),  # 哈夫塔尔
    ("Ethiopian Prime Minister", "A Bi", "Abiy Ahmed"),  # 阿比
    ("Thai Prime Minister", "A Nu Ting", "Anutin Charnvirakul"),  # 阿努廷
    ("Indonesian Foreign Minister", "Lei Te Nuo", "Retno Marsudi"),  # 蕾特诺
    ("Kenyan opposition leader", "Ao Ting Jia", "Raila Odinga"),  # 奥廷加
    ("Pakistani Army Chief", "Ba Jie Wa", "Qamar Javed Bajwa"),  # 巴杰瓦
    ("Singaporean Foreign Minister", "Wei Wen", "Vivian Balakrishnan"),  # 维文
]


@pytest.mark.parametrize(("role", "reading", "person"), READ_BACKS, ids=[r for _, r, _ in READ_BACKS])
def test_a_chinese_read_back_after_the_role_finds_the_person(gazetteer, role, reading, person):
    text = f"{role} {reading} met the visiting delegation on Monday, officials said.\n"
    assert (reading, person) in [(old, new) for old, new, _ in _names(text, gazetteer)]


def test_a_surname_two_people_share_keeps_finding_the_current_holder(gazetteer):
    # 奥恩 is listed for Michel Aoun only as 米歇尔·奥恩: the short reading is Joseph Aoun's
    text = "Lebanese President Ao En received the envoy at the palace on Monday."
    assert [new for old, new, _ in _names(text, gazetteer) if old == "Ao En"] == ["Joseph Aoun"]
