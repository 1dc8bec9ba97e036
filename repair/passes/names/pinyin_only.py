"""A mainland Chinese name written in another romanisation of its characters.

Translation from Chinese writes a mainland official's name in Hanyu Pinyin ("Zhang
Guoqing"), the spelling the gazetteer lists. The same characters in Wade-Giles ("Chang
Kuo-ching") or Cantonese are how Taiwan and Hong Kong write their own people's names, so such
a spelling is far more often a namesake there than the official mangled: the index reads it
as the official (routes.py reads every romanisation, which finds real damage elsewhere), but
without the official's role beside it, a correct spelling elsewhere or a reference article,
the change is for review.
"""

from __future__ import annotations

import re
from functools import lru_cache

from repair.gazetteer.entries import Entry
from repair.gazetteer.routes import taiwan_and_hong_kong_readings

_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]+$")
_LETTERS = re.compile(r"[^a-z]")


def _letters(text: str) -> str:
    return _LETTERS.sub("", text.lower())


@lru_cache(maxsize=4096)
def _readings(native: str) -> tuple[frozenset[str], frozenset[str]]:
    """The Pinyin readings of ``native`` (each character read each way it can be) and the
    Wade-Giles and Cantonese readings no Pinyin one equals, letters only."""
    from itertools import islice, product

    from pypinyin import Style, pinyin

    options = pinyin(native, style=Style.NORMAL, heteronym=True)
    pinyin_readings = frozenset(_letters("".join(combo)) for combo in islice(product(*options), 256))
    others = frozenset(_letters(r) for r in taiwan_and_hong_kong_readings(native)) - pinyin_readings
    return pinyin_readings, others


def other_romanisation(written: str, entry: Entry) -> bool:
    """``written`` reads as a mainland Chinese person (listed in Pinyin) through the Wade-Giles
    or Cantonese reading of the characters, not through Pinyin."""
    if entry.country != "CN" or entry.type != "person":
        return False
    letters, canonical = _letters(written), _letters(entry.canonical)
    for native in entry.native:
        if _HAN.match(native):
            pinyin_readings, others = _readings(native)
            if canonical in pinyin_readings and letters in others:
                return True
    return False
