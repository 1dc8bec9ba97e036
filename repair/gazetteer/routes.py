"""Transliteration routes: how a name comes back into English after a trip through another script.

A Korean president's name written in Chinese characters (尹錫悅) and machine-translated from a
Chinese article comes back as its pinyin reading, "Yin Xiyue", which shares no sound key with
"Yoon Suk Yeol". A German minister's name written in Cyrillic (Бербок) comes back as "Berbok".
The gazetteer may carry a person's name in its own or another script (the ``native``
column); this module reads each such spelling through the romanisation systems translation
software and English ears use, so the index can find the person from the reading:

- Chinese characters: Hanyu Pinyin and Wade-Giles (pypinyin), and Hong Kong Government
  Cantonese Romanisation (cantonese-romanisation);
- Korean Hangul: Revised Romanization, whole word (with sound changes: 석열 -> "seogyeol")
  and syllable by syllable (korean-romanizer), and McCune-Reischauer (a small table here);
- Japanese kana and kanji: Hepburn (pykakasi), the Hepburn reading as Korean writes it in
  Hangul and romanises it back ("Isiba Sigeru"), and the kanji in Pinyin as Chinese reads them;
- Cyrillic: BGN/PCGN, ISO 9, Wikipedia's and the French passport system (iuliia), and the
  German newspaper convention (a small table here, no package has it); Serbian, Montenegrin
  and Macedonian spellings through their own Latin alphabets (cyrtranslit);
- Arabic and Persian script: the letters as English-language news writes them (a small table
  here: the maintained Arabic packages are morphological toolkits or models, far larger than
  the job), Persian's own letters (ی ک پ چ ژ گ) among them;
- Greek: ELOT 743, as Greek passports and the EU write names, and as an English ear writes
  them ("Yiorgos", "Hatzidakis"); Hebrew: the letters, its vowel letters read as vowels (small
  tables here: anyascii, already used to fold names, reads Greek letter by letter, "Varoyfakis",
  and Hebrew as consonants only; cyrtranslit's Greek is Greeklish, "Chatzhdakhs";
  greek-to-greeklish needs js2py).

The packages are imported only when an index is built, so analysing an article never pays
for them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Countries whose people's names are written family name first.
FAMILY_FIRST = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "VN", "SG"})

_GERMAN_CYRILLIC = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch", "з": "s",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
    "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja", "і": "i",
    "ї": "ji", "є": "je", "ґ": "g",
}  # fmt: skip

# German news writes Ukrainian names from their Ukrainian spelling, where и is y, й is j and
# г is h ("Selenskyj", "Schmyhal", "Saluschnyj")
_GERMAN_UKRAINIAN = {"и": "y", "й": "j", "г": "h"}
_UKRAINIAN_LETTERS = frozenset("іїєґ")

# McCune-Reischauer initials and finals where they differ from Revised Romanization.
_MR = (("eo", "ŏ"), ("eu", "ŭ"), ("k", "k"), ("g", "k"), ("d", "t"), ("b", "p"), ("j", "ch"))


def script_of(text: str) -> str:
    """ "han", "hangul", "kana", "cyrillic", "arabic", "greek", "hebrew", "latin" or "" for the
    first letter."""
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("CJK"):
            return "han"
        if name.startswith("HANGUL"):
            return "hangul"
        if name.startswith(("HIRAGANA", "KATAKANA")):
            return "kana"
        if name.startswith("CYRILLIC"):
            return "cyrillic"
        if name.startswith("ARABIC"):
            return "arabic"
        if name.startswith("GREEK"):
            return "greek"
        if name.startswith("HEBREW"):
            return "hebrew"
        return "latin"
    return ""


def _join(syllables: list[str], family_first: bool) -> list[str]:
    """Readings of a name's syllables: family name, then the given name run together."""
    syllables = [s for s in syllables if s]
    if not syllables:
        return []
    if len(syllables) == 1:
        return [syllables[0].capitalize()]
    if not family_first:
        return ["".join(syllables).capitalize(), " ".join(s.capitalize() for s in syllables)]
    family, given = syllables[0].capitalize(), syllables[1:]
    return [
        f"{family} {''.join(given).capitalize()}",
        f"{family} {'-'.join(given).capitalize()}",
    ]


def _family_readings(native: str) -> list[list[str]]:
    """Pinyin of a family-name-first name with the family character read each other way it
    can be. pypinyin reads a character by its commonest word sense, but many characters are
    read otherwise as a surname, and Chinese writes Korean 朴 (Park) "Piao", not "Pu" (also
    曾 Zeng, 单 Shan, 解 Xie, 区 Ou): "Piao Zhen" for Park Jin (朴振)."""
    from pypinyin import Style, lazy_pinyin, pinyin

    rest = lazy_pinyin(native[1:])
    first = lazy_pinyin(native[0])
    others = pinyin(native[0], style=Style.NORMAL, heteronym=True)[0]
    return [[o, *rest] for o in others if [o] != first and o.isascii()]


def _han(native: str, family_first: bool) -> list[str]:
    from pypinyin import lazy_pinyin

    out = _join(lazy_pinyin(native), family_first)
    if family_first and len(native) > 1:
        for syllables in _family_readings(native):
            out += _join(syllables, family_first)
    return out + taiwan_and_hong_kong_readings(native, family_first)


def taiwan_and_hong_kong_readings(native: str, family_first: bool = True) -> list[str]:
    """The readings of Chinese characters in the romanisations Taiwan (Wade-Giles) and Hong
    Kong (Cantonese) write their people's names in, not Pinyin."""
    from pypinyin import Style, lazy_pinyin

    wade = lazy_pinyin(native, style=Style.WADEGILES)
    return _join([s.replace("'", "").replace("v", "u") for s in wade], family_first) + _cantonese(
        native, family_first
    )


# the dot Chinese writes between the parts of a foreign name (纳伦德拉·莫迪, Narendra Modi)
_NAME_DOTS = re.compile(r"\s*[·・•‧]\s*")


def _dotted_han(native: str) -> list[str]:
    """A foreign name in characters, its parts joined by a middle dot: each part read as one
    word, in Pinyin and in Wade-Giles ("Nalundela Modi", "Muhanmode Ben Salemen"). Read whole,
    the dot is no letter and left no reading at all."""
    from pypinyin import Style, lazy_pinyin

    parts = [part for part in _NAME_DOTS.split(native) if part]
    return [
        " ".join(
            "".join(lazy_pinyin(part, style=style)).replace("'", "").replace("v", "u").capitalize()
            for part in parts
        )
        for style in (Style.NORMAL, Style.WADEGILES)
    ]


@lru_cache(maxsize=1)
def _cantonese_table():
    from cantoroman import Cantonese

    return Cantonese()


def _cantonese(native: str, family_first: bool) -> list[str]:
    """Hong Kong Government Cantonese Romanisation (cantonese-romanisation): each character's
    first reading, and its last where the table gives several ("Man Joiyan" for 文在寅). The
    table holds traditional characters only, so a simplified spelling gives nothing."""
    options = _cantonese_table().getRoman(native)
    if not options or not all(options):
        return []
    first = _join([o[0] for o in options], family_first)
    last = _join([o[-1] for o in options], family_first)
    return first + [r for r in last if r not in first]


def _hangul(native: str) -> list[str]:
    from korean_romanizer.romanizer import Romanizer

    syllables = [Romanizer(ch).romanize() for ch in native if ch.strip()]
    out = _join(syllables, True)
    if len(native) > 2:
        out.append(f"{syllables[0].capitalize()} {Romanizer(native[1:]).romanize().capitalize()}")
    mr = []
    for syllable in syllables:
        for old, new in _MR:
            syllable = syllable.replace(old, new) if old in ("eo", "eu") else syllable
        mr.append(unicodedata.normalize("NFKD", syllable).encode("ascii", "ignore").decode())
    out += _join(mr, True)
    return out + _join([_japanese_ear(s) for s in syllables], True)


# A Korean syllable as Japanese writes it in katakana and romanises it back ("I Jemyon" for
# 이재명, Lee Jae-myung; "Han Dokusu" for 한덕수): Japanese has no "eo", "eu" or "ae", ends a
# syllable only in "n", and gives a closing consonant a vowel of its own.
_JAPANESE_VOWELS = (("yeo", "yo"), ("eo", "o"), ("eu", "u"), ("ae", "e"), ("oe", "e"))
_JAPANESE_FINALS = (("ng", "n"), ("k", "ku"), ("g", "ku"), ("p", "pu"), ("b", "pu"), ("l", "ru"), ("m", "mu"))


def _japanese_ear(syllable: str) -> str:
    for old, new in _JAPANESE_VOWELS:
        syllable = syllable.replace(old, new)
    for old, new in _JAPANESE_FINALS:
        if syllable.endswith(old) and len(syllable) > len(old):
            return syllable[: -len(old)] + new
    return syllable


def _hangul_foreign(native: str) -> list[str]:
    """A foreign name written in Hangul is no Korean name: one word a part, read whole, as
    Korean news romanised back writes it ("스타머" -> "Seutameo" for Starmer, "메르츠" ->
    "Mereucheu" for Merz), also in McCune-Reischauer vowels ("Sutamo")."""
    from korean_romanizer.romanizer import Romanizer

    # with sound changes, and ㄹㄹ as "ll" ("멜로니" -> "Melloni")
    whole = [Romanizer(part).romanize().replace("lr", "ll") for part in native.split()]
    out = [" ".join(w.capitalize() for w in whole)]
    out.append(" ".join(_mr_syllable(w).capitalize() for w in whole))
    out.append(
        " ".join("".join(Romanizer(ch).romanize() for ch in part).capitalize() for part in native.split())
    )
    return out


def _japanese_splits(native: str) -> list[tuple[str, str]]:
    """A Japanese name in kanji as (family, given): at its separator, else the family name is
    taken as the first two characters (of three, the first two or the first one)."""
    parts = native.replace("・", " ").split()
    text = "".join(parts)
    if len(parts) == 2:
        return [(parts[0], parts[1])]
    if len(text) == 3:  # 石破茂 or 菅義偉: either name may be the one-character one
        return [(text[:2], text[2:]), (text[:1], text[1:])]
    if len(text) >= 2:
        return [(text[:2], text[2:])] if len(text) >= 4 else [(text[:1], text[1:])]
    return []


def japanese_families(native: str, country: str) -> list[str]:
    """The kanji a Japanese person's family name may be written with alone ("菅" of 菅義偉,
    "岸田" of 岸田文雄): what a translation leaves in after a title ("Prime Minister 菅")."""
    if country != "JP" or script_of(native) != "han":
        return []
    return [family for family, _ in _japanese_splits(native)]


def _han_japanese(native: str) -> list[str]:
    """A Japanese name's characters read as Chinese does (Pinyin: 岸田文雄 -> "Antian Wenxiong"),
    as translation from a Chinese article returns it: family name first, and also after the
    given name. Without a separator the family name is taken as the first two characters
    (of three, the first two or the first one)."""
    from pypinyin import lazy_pinyin

    out = []
    for parts in _japanese_splits(native):
        family, given = ("".join(lazy_pinyin(part)).capitalize() for part in parts)
        if family.isascii() and given.isascii():
            out += [f"{family} {given}", f"{given} {family}"]
    return out


@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


def _kana(native: str) -> list[str]:
    parts = [p["hepburn"] for p in _kakasi().convert(native.replace("・", " "))]
    words = " ".join(parts).split()
    if not words:
        return []
    korean = [_through_korean(w) for w in words]
    return [" ".join(w.capitalize() for w in words), " ".join(korean), " ".join(reversed(korean))]


# A Japanese name written in Hangul, the way Korean writes Japanese, read back in Revised
# Romanization: 石破茂 -> 이시바 시게루 -> "Isiba Sigeru", 岸田文雄 -> 기시다 후미오 ->
# "Gisida Humio". Korean has no "sh", "ts", "f" or "z"; long vowels are not written; a
# voiceless consonant opening a word is written plain (다카이치, "Dakaichi").
_KOREAN_SOUNDS = (
    ("tsu", "sseu"), ("shi", "si"), ("sh", "sy"), ("fu", "hu"), ("zu", "jeu"), ("z", "j"),
    ("ou", "o"), ("oo", "o"), ("uu", "u"), ("ii", "i"), ("aa", "a"),
)  # fmt: skip
_KOREAN_OPENINGS = (("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b"))


def _through_korean(word: str) -> str:
    word = word.lower()
    for old, new in _KOREAN_SOUNDS:
        word = word.replace(old, new)
    for old, new in _KOREAN_OPENINGS:
        if word.startswith(old):
            word = new + word[len(old) :]
            break
    return word.capitalize()


# Arabic letters as English-language news writes them. Short vowels are not written in Arabic,
# so a reading keeps only what the letters say: alif as "a", waw and ya as a consonant at the
# start of a word and as a vowel inside it, read two ways ("u"/"o", "i"/"e").
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ة": "a", "ى": "a", "ء": "", "ئ": "", "ؤ": "", "پ": "p", "چ": "ch",
    "گ": "g", "ڤ": "v", "ک": "k", "ژ": "zh", "ۀ": "e", "ٔ": "",
}  # fmt: skip
# waw and ya, the Arabic ya and the Persian one (ی, U+06CC): consonant or long vowel
_WAW, _YA = "و", "يی"
# Persian, Dari and Tajik news write a consonant waw "v" (وحیدی, "Vahidi") and a closing
# he "e" (زاده, "Zadeh", "Zade")
_PERSIAN_COUNTRIES = frozenset({"IR", "AF", "TJ"})


def _abjad(native: str, letter) -> list[str]:
    """Two readings of a script that leaves short vowels unwritten, word by word: ``letter(word,
    position, vowels)`` reads one letter, ``vowels`` being how its vowel letters sound, ("u",
    "i") in the first reading and ("o", "e") in the second."""
    out = []
    for vowels in (("u", "i"), ("o", "e")):
        words = ("".join(letter(w, p, vowels) for p in range(len(w))).capitalize() for w in native.split())
        out.append(" ".join(w for w in words if w))
    return out


def _arabic(native: str, country: str = "") -> list[str]:
    """Readings of an Arabic-script spelling ("ماكرون" -> "Makrun", "Makron"; "أردوغان" ->
    "Ardughan", "Ardoghan"): a letter table, no package; Arabic leaves short vowels unwritten,
    so only names written with their long vowels read back close to their Latin form. A
    Persian name also reads its consonant waw as "v" ("عراقچی" -> "Araqchi", "وحیدی" -> "Vhidi")."""
    persian = country in _PERSIAN_COUNTRIES

    def letter(word: str, position: int, vowels: tuple[str, str]) -> str:
        ch = word[position]
        if ch in _WAW + _YA:
            following = word[position + 1 : position + 2]
            consonant = position == 0 or (following != "" and following in "ا" + _WAW + _YA)
            if ch == _WAW:
                return ("v" if persian else "w") if consonant else vowels[0]
            return "y" if consonant else vowels[1]
        if persian and ch == "ع" and position == 0:
            return "a"  # "عباس", Abbas
        if persian and ch == "ه" and position == len(word) - 1 and position:
            return "eh" if vowels[0] == "u" else "e"
        return _ARABIC.get(ch, "")

    return _abjad(native.replace("\u200c", ""), letter)


# Greek in ELOT 743 (ISO 843), the transliteration of Greek passports, letter pairs first.
# αυ, ευ and ηυ are "v" before a voiced sound and "f" before a voiceless one or at the end;
# μπ, ντ and γκ opening a word are "b", "d", "g".
_GREEK = {
    **dict(zip("αβγδεζηικλμνξοπρσςτυφω", "avgdeziiklmnxoprsstyfo", strict=True)),
    "θ": "th", "χ": "ch", "ψ": "ps", "αι": "ai", "ει": "ei", "οι": "oi", "ου": "ou",
    "γγ": "ng", "γξ": "nx", "γχ": "nch", "μπ": "mp", "ντ": "nt", "γκ": "gk",
}  # fmt: skip
# As an English ear writes Greek (Yiorgos, Hatzidakis, Bakoyannis, Dora): γ before a front
# vowel "y", χ "h", ει, οι and υ "i", μπ, ντ and γκ inside a word "mb", "nd", "ng"
_GREEK_SAID = {**_GREEK, "χ": "h", "ει": "i", "οι": "i", "υ": "i", "μπ": "mb", "ντ": "nd", "γκ": "ng"}
_GREEK_OPENING = {"μπ": "b", "ντ": "d", "γκ": "g"}
_GREEK_VOICELESS = frozenset("θκξπστφχψς")
_DIAERESIS = re.compile("([ιυ])([\u0300-\u036f]*)\u0308")


def _greek_word(word: str, said: bool) -> str:
    # a diaeresis parts two vowels (Χρυσοχοΐδης: ο-ι, not οι): a mark no pair contains
    word = _DIAERESIS.sub(r"|\1\2", unicodedata.normalize("NFD", word.lower()))
    word = unicodedata.normalize("NFC", "".join(ch for ch in word if not unicodedata.combining(ch)))
    table = _GREEK_SAID if said else _GREEK
    out, i = [], 0
    while i < len(word):
        pair, ch, after = word[i : i + 2], word[i], word[i + 2 : i + 3]
        size = 2 if pair in table else 1
        if pair in ("αυ", "ευ", "ηυ"):
            token, size = _GREEK[ch] + ("f" if not after or after in _GREEK_VOICELESS else "v"), 2
        elif i == 0 and pair in _GREEK_OPENING:
            token = _GREEK_OPENING[pair]
        elif said and ch == "γ" and pair[1:] in ("ε", "ι", "η", "υ"):
            token, size = "y", 2 if pair == "γι" and after and after in "αοωε" else 1
        else:
            token = table.get(word[i : i + size], "")
        out.append(token)
        i += size
    return "".join(out).capitalize()


def _greek(native: str) -> list[str]:
    """ELOT 743 ("Χατζηδάκης" -> "Chatzidakis", "Γεραπετρίτης" -> "Gerapetritis") and the
    way English writes Greek by ear ("Hatzidakis", "Yerapetritis")."""
    return [" ".join(_greek_word(w, said) for w in native.split()) for said in (False, True)]


# Hebrew without vowel points: vav and yod inside a word are its vowel letters, alef and
# he at the end "a"; bet, kaf and pe opening a word (after a silent ayin too: עבאס, Abbas)
# are "b", "k", "p", inside it either those or "v", "kh", "f" (no points say which: לפיד is
# Lapid); a geresh makes gimel "j", zayin "zh" and tsadi "ch" (ג׳ורג׳, George); het is "kh"
# or "h".
_HEBREW = {
    "א": "a", "ב": "v", "ג": "g", "ד": "d", "ה": "h", "ז": "z", "ח": "kh", "ט": "t",
    "כ": "kh", "ך": "kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "",
    "פ": "f", "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t",
}  # fmt: skip
_HEBREW_OPENING = {"ב": "b", "כ": "k", "פ": "p"}
_HEBREW_GERESH = {"ג": "j", "ז": "zh", "צ": "ch", "ץ": "ch"}


def _hebrew(native: str) -> list[str]:
    """Readings of an unpointed Hebrew spelling ("נתניהו" -> "Ntnihu"; "הרצוג" -> "Hrtsog"):
    the consonants and vowel letters Hebrew writes, vav "u" or "o" and yod "i" or "e" inside a
    word, as in the Arabic table; the sound key ignores the unwritten vowels."""

    def letter(word: str, position: int, vowels: tuple[str, str]) -> str:
        ch, following = word[position], word[position + 1 : position + 2]
        first = vowels[0] == "u"  # the first reading: "u", "i", fricatives, het "kh"
        if following in ("׳", "'") and ch in _HEBREW_GERESH:
            return _HEBREW_GERESH[ch]
        if ch in "וי":
            if position and word[position - 1] == ch:
                return ""  # a doubled vav or yod is one consonant
            consonant = position == 0 or following == ch
            if ch == "ו":
                return "v" if consonant else vowels[0]
            return "y" if consonant else vowels[1]
        if ch in _HEBREW_OPENING and (not first or not word[:position].strip("ע")):
            return _HEBREW_OPENING[ch]
        if ch == "ע" and position == 0:
            return "a"  # "עבאס", Abbas
        if ch == "ח":
            return "kh" if first else "h"
        if ch == "ה" and position == len(word) - 1 and position:
            return "a" if first else "e"
        return _HEBREW.get(ch, "")

    return _abjad(native.replace("״", "").replace('"', ""), letter)


# Serbian, Montenegrin and Macedonian Cyrillic write letters Russian has not (ђ ћ џ љ њ ј ѓ ќ
# ѕ), which the Russian systems leave as they are: such a spelling goes through the language's
# own Latin alphabet (cyrtranslit: "Вучић" -> "Vučić") and comes back without its accents
# ("Vucic", as English news writes it, đ as "dj") and as an English ear says it ("Vuchich").
_SOUTH_SLAVIC = frozenset("ђћџљњјѓќѕ")
_SOUTH_SLAVIC_LANGUAGES = {"MK": "mk", "ME": "me"}
_SAID_LATIN = (
    ("dž", "j"),
    ("đ", "dj"),
    ("č", "ch"),
    ("ć", "ch"),
    ("š", "sh"),
    ("ž", "zh"),
    ("ǵ", "gj"),
    ("ḱ", "kj"),
)


def _south_slavic(native: str, country: str) -> list[str]:
    import cyrtranslit

    latin = cyrtranslit.to_latin(native, _SOUTH_SLAVIC_LANGUAGES.get(country, "sr")).lower()
    said = latin
    for old, new in _SAID_LATIN:
        said = said.replace(old, new)
    plain = fold_ascii(latin.replace("đ", "dj"))
    return [" ".join(w.capitalize() for w in form.split()) for form in (plain, fold_ascii(said))]


def _cyrillic(native: str, ukrainian: bool = False) -> list[str]:
    """Readings through the Latin systems, and as German news writes Russian names; for a
    Ukrainian spelling also as German news writes Ukrainian ones ("Selenskyj", Зеленський)."""
    import iuliia

    out = []
    for schema in ("bgn_pcgn", "iso_9_1954", "wikipedia", "mvd_310_fr", "scientific"):
        out.append(iuliia.schemas.get(schema).translate(native))
    german = "".join(_GERMAN_CYRILLIC.get(ch.lower(), ch) for ch in native)
    out.append(" ".join(w.capitalize() for w in german.split()))
    if ukrainian:
        german = "".join(
            _GERMAN_UKRAINIAN.get(ch.lower(), _GERMAN_CYRILLIC.get(ch.lower(), ch)) for ch in native
        )
        out.append(" ".join(w.capitalize() for w in german.split()))
    return out


def said_readings(canonical: str, country: str) -> tuple[str, ...]:
    """A person's family name as its language says it, in the letters an English ear or a
    Russian transliteration writes back ("Szijjártó" -> "Siyyarto", "Fico" -> "Fitso"; the
    table is ``keys.sounded_spellings``'): the surname alone, as a Western name's Cyrillic
    native spelling is, so it is a reading of the person's name. Empty for a family-first name."""
    from repair.gazetteer.keys import sounded_spellings

    if country in FAMILY_FIRST or len(canonical.split()) < 2:
        return ()
    family = canonical.split()[-1]
    out = []
    for spelling in sounded_spellings(canonical, country):
        word = fold_ascii(spelling.split()[-1]) if len(spelling.split()) == len(canonical.split()) else ""
        if word and word != fold_ascii(family):
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return tuple(dict.fromkeys(out))


def fold_ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


@lru_cache(maxsize=4096)
def readings(native: str, country: str = "") -> tuple[str, ...]:
    """Latin readings of one native-script spelling, as translation software writes them
    back; duplicates and the empty reading removed, the first system's reading first."""
    native = unicodedata.normalize("NFC", native.strip())
    script = script_of(native)
    family_first = country in FAMILY_FIRST or (not country and script in ("han", "hangul"))
    if script == "han" and country == "JP":
        found = _kana(native) + _han_japanese(native)
    elif script == "han" and _NAME_DOTS.search(native):
        found = _dotted_han(native)
    elif script == "han":
        found = _han(native.replace(" ", ""), family_first)
    elif script == "hangul" and country and country not in ("KR", "KP"):
        found = _hangul_foreign(native)
    elif script == "hangul":
        found = _hangul(native.replace(" ", ""))
    elif script == "kana":
        found = _kana(native)
    elif script == "cyrillic" and _SOUTH_SLAVIC.intersection(native.lower()):
        found = _south_slavic(native, country)
    elif script == "cyrillic":
        found = _cyrillic(native, ukrainian=country == "UA" or bool(_UKRAINIAN_LETTERS & set(native.lower())))
    elif script == "arabic":
        found = _arabic(native, country)
    elif script == "greek":
        found = _greek(native)
    elif script == "hebrew":
        found = _hebrew(native)
    else:
        found = []
    seen: dict[str, None] = {}
    for reading in found:
        reading = " ".join(reading.split())
        if reading and reading.isascii():
            seen.setdefault(reading, None)
    return tuple(seen)


def native_readings(entry) -> tuple[str, ...]:
    """Every reading of an entry's native spellings, read for its country, in order: what
    the name resolver compares a mention with. A compiled index stores them (``readings``),
    so an analysis reads them back instead of loading the romanisation packages (a second
    a launch)."""
    if entry.readings is not None:
        return entry.readings
    found = [r for native in entry.native for r in readings(native, entry.country)]
    if entry.type == "person":
        found += [r for r in said_readings(entry.canonical, entry.country) if r not in found]
    return tuple(found)


def _mr_syllable(syllable: str) -> str:
    """A Revised Romanization syllable in McCune-Reischauer vowels, accents dropped ("seok" -> "sok")."""
    for old, new in _MR[:2]:
        syllable = syllable.replace(old, new)
    return unicodedata.normalize("NFKD", syllable).encode("ascii", "ignore").decode()


def korean_spellings(canonical: str, native: tuple[str, ...], limit: int = 64) -> list[str]:
    """Spellings of a Korean name that are correct, not damage: each syllable as the canonical
    form writes it, in Revised Romanization or in McCune-Reischauer ("Han Deok-soo", "Lee
    Jae-myeong", "Yun Seok-yeol" for Han Duck-soo, Lee Jae-myung, Yoon Suk Yeol). Readings of
    the name's Chinese characters ("Yin Xiyue") and whole-word readings with sound changes
    re-split ("Seo-gyeol") are not among them. Empty without a Hangul spelling, or when the
    canonical form does not have one word piece per syllable."""
    import itertools

    from korean_romanizer.romanizer import Romanizer

    hangul = next((n.replace(" ", "") for n in native if script_of(n) == "hangul"), "")
    pieces = [p.lower() for p in canonical.replace("-", " ").split()]
    if not hangul or len(hangul) != len(pieces) or len(pieces) < 2:
        return []
    choices = []
    for piece, ch in zip(pieces, hangul, strict=True):
        rr = Romanizer(ch).romanize().lower()
        options = dict.fromkeys(s for s in (piece, rr, _mr_syllable(rr)) if s and s.isascii())
        choices.append(list(options))
    out: list[str] = []
    for combo in itertools.islice(itertools.product(*choices), limit):
        family, given = combo[0].capitalize(), combo[1:]
        out.append(f"{family} {'-'.join(given).capitalize()}")
        if len(given) > 1:
            out.append(f"{family} {''.join(given).capitalize()}")
    return out


def family_name(form: str, country: str) -> str:
    """The family name of a person's canonical form: first word for East Asian names
    ("Yoon" of "Yoon Suk Yeol"), last word otherwise ("Baerbock")."""
    words = form.split()
    if not words:
        return ""
    return words[0] if country in FAMILY_FIRST else words[-1]
