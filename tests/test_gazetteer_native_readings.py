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
    ("Senegalese Prime Minister", "Song Ke", "Ousmane Sonko"),  # 松科
    ("Malawian President", "Cha Ke Wei La", "Lazarus Chakwera"),  # 查克维拉
    ("Iraqi Shiite cleric", "Sa De Er", "Muqtada al-Sadr"),  # 萨德尔
    ("Mozambican President", "Cha Bo", "Daniel Chapo"),  # 查波
    ("South African Deputy President", "Ma Sha Di Lai", "Paul Mashatile"),  # 马沙蒂莱
    ("Gambian President", "A Da Ma Ba Luo", "Adama Barrow"),  # 阿达马·巴罗
    ("Philippine Foreign Secretary", "Ma Na Luo", "Enrique Manalo"),  # 马纳洛
    ("Luxembourg Prime Minister", "Bei Tai Er", "Xavier Bettel"),  # 贝泰尔
    ("Argentine Vice President", "Bi Li Ya Lu Ai Er", "Victoria Villarruel"),  # 比利亚鲁埃尔
    ("Brazilian Economy Minister", "Ge De Si", "Paulo Guedes"),  # 格德斯
    ("Italian Prime Minister", "Zhen Di Luo Ni", "Paolo Gentiloni"),  # 真蒂洛尼
    ("Indian Ambassador to the United Nations", "A Ke Ba Lu Ding", "Syed Akbaruddin"),  # 阿克巴鲁丁
    ("Chilean Foreign Minister", "Fan Ke La Wei Lun", "Alberto van Klaveren"),  # 范克拉韦伦
    ("Former UN Secretary-General", "Pan Ji Wen", "Ban Ki-moon"),  # 潘基文
    ("Vietnamese Foreign Ministry spokeswoman", "Fan Qiu Heng", "Pham Thu Hang"),  # 范秋姮
    ("Indonesian Foreign Minister", "Su Ji Yue Nuo", "Sugiono"),  # 苏吉约诺
    ("WikiLeaks founder", "A Sang Qi", "Julian Assange"),  # 阿桑奇
]


@pytest.mark.parametrize(("role", "reading", "person"), READ_BACKS, ids=[r for _, r, _ in READ_BACKS])
def test_a_chinese_read_back_after_the_role_finds_the_person(gazetteer, role, reading, person):
    text = f"{role} {reading} met the visiting delegation on Monday, officials said.\n"
    assert (reading, person) in [(old, new) for old, new, _ in _names(text, gazetteer)]


# (role, the short reading two people's Chinese spellings share, the family name of the one it
# belongs to): 奥恩, 巴罗, 巴盖里 and 穆里略 are listed for Michel Aoun, Adama Barrow, Ali Bagheri
# Kani and Luis Gilberto Murillo only in their full forms
SHARED = [
    ("Lebanese President", "Ao En", "Aoun"),  # Joseph Aoun, not Michel Aoun
    ("French Foreign Minister", "Ba Luo", "Barrot"),  # Jean-Noël Barrot, not Adama Barrow
    ("Iranian armed forces chief", "Ba Gai Li", "Bagheri"),  # Mohammad Bagheri, not Ali Bagheri Kani
    ("Nicaraguan Vice President", "Mu Li Lue", "Murillo"),  # Rosario Murillo, not Luis Gilberto Murillo
]


@pytest.mark.parametrize(("role", "reading", "family"), SHARED, ids=[r for _, r, _ in SHARED])
def test_a_surname_two_people_share_keeps_finding_the_other_holder(gazetteer, role, reading, family):
    text = f"{role} {reading} received the envoy at the palace on Monday.\n"
    found = [new for old, new, _ in _names(text, gazetteer) if old == reading]
    assert len(found) == 1 and found[0].endswith(family), found
    assert not found[0].startswith(("Michel", "Adama", "Ali", "Luis")), found
