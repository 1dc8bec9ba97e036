"""How English-language text spells the commonest Korean family names.

Revised Romanization, McCune-Reischauer and each family's own customary spelling give one
Hangul syllable several Latin forms: 이 is Lee in the news, Yi in Revised Romanization and
in history books, Rhee for Syngman Rhee, Ri in North Korean usage and I letter for letter.
korean_romanizer gives only the Revised Romanization, so "Mr. Yi" beside Lee Jae-myung, or
"Mr. Pak" beside Park, reads as nobody. These are facts about spelling, gathered from the
systems' tables and the forms the press uses, for the family names most Koreans bear.
"""

from __future__ import annotations

from functools import cache

from repair.gazetteer.routes import script_of

_SPELLINGS = """
이 lee yi rhee ri i rhie
김 kim gim
박 park pak bak bahk
최 choi choe
정 jung jeong chung chong
강 kang gang
조 cho jo joh
윤 yoon yun
장 jang chang
임 lim im rim
한 han
오 oh o
서 seo suh
신 shin sin
권 kwon gwon
황 hwang
안 ahn an
송 song
류 ryu yoo yu
유 yoo yu
홍 hong
전 jeon chun jun chon
고 ko go koh
문 moon mun
양 yang
손 son sohn
배 bae pae
백 baek paik paek
허 heo huh ho
노 roh noh no
심 shim sim
하 ha
곽 kwak gwak
성 sung seong
차 cha
주 joo ju chu
우 woo u wu
구 koo gu ku
민 min
나 na ra
진 jin chin
지 ji chi
엄 eom um
채 chae
원 won
천 cheon chun
방 bang pang
공 kong gong
현 hyun hyeon
함 ham
변 byun byeon pyon
염 yeom yum
여 yeo yo
추 choo chu
도 do doh to
석 seok suk sok
선 sun seon
설 seol sul
길 gil kil
연 yeon yun
위 wi wee
표 pyo
기 ki gi
반 ban pan
"""
FAMILY_SPELLINGS: dict[str, frozenset[str]] = {
    line.split()[0]: frozenset(line.split()[1:]) for line in _SPELLINGS.strip().splitlines()
}


@cache
def family_spellings(native: tuple[str, ...]) -> frozenset[str]:
    """The Latin spellings (lower case) of the family name of a person whose native
    spellings are ``native``; empty without a Hangul one or for a family not listed."""
    hangul = next((n.strip() for n in native if script_of(n) == "hangul"), "")
    return FAMILY_SPELLINGS.get(hangul[:1], frozenset())
