"""A mainland Chinese name written in another romanisation of its characters.

Translation from Chinese writes a mainland official's name in Hanyu Pinyin ("Zhang
Guoqing"), the spelling the gazetteer lists. The same characters in Wade-Giles ("Chang
Kuo-ching") or Cantonese are how Taiwan and Hong Kong write their own people's names, so such
a spelling is far more often a namesake there than the official mangled: the index reads it
as the official (routes.py reads every romanisation, which finds real damage elsewhere), but
without the official's role beside it, a correct spelling elsewhere or a reference article,
the change is for review.

Which readings are whose is told from the compiled index's readings, without loading the
Chinese romanisation packages per article: a reading of the person's characters that is no
form of theirs (the listed Pinyin) and no reading of their Cyrillic spelling (Palladius:
"Dun Tszyun" for Dong Jun is a translation's, through Russian) is another romanisation. A
Pinyin reading of a character read another way ("Ceng" for 曾 Zeng) counts as one too: it is
no spelling translation writes either.
"""

from __future__ import annotations

import re
from functools import lru_cache

from repair.gazetteer.entries import Entry
from repair.gazetteer.routes import native_readings, readings, script_of

_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]+$")
_LETTERS = re.compile(r"[^a-z]")


def _letters(text: str) -> str:
    return _LETTERS.sub("", text.lower())


@lru_cache(maxsize=1024)
def _cyrillic_readings(native: str, country: str) -> frozenset[str]:
    return frozenset(_letters(r) for r in readings(native, country))


def other_romanisation(written: str, entry: Entry) -> bool:
    """``written`` reads as a mainland Chinese person (listed in Pinyin) through another
    romanisation of their characters than Pinyin."""
    if entry.country != "CN" or entry.type != "person" or not any(_HAN.match(n) for n in entry.native):
        return False
    letters = _letters(written)
    known = {_letters(r) for r in native_readings(entry)}
    if letters not in known or _letters(entry.canonical) not in known:
        return False  # no reading of theirs, or a person known by another spelling than Pinyin
    if letters in {_letters(form) for form in entry.forms}:
        return False
    return not any(
        letters in _cyrillic_readings(n, entry.country) for n in entry.native if script_of(n) == "cyrillic"
    )
