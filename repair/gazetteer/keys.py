"""String keys for names: accent folding, word splitting and transliteration-aware sound keys.

A round trip through another language respells a name by sound, so two spellings of one
name share a *sound key* far more often than they share letters. The key here folds the
romanisation pairs that translation confuses (x~sh, q~ch, zh~j, kh~h, y~i, v~w, ps~s,
sch~sh, z~s, ts~s), voiced and voiceless consonants (d~t, b~p, g~k, v~f), doubled
consonants and all vowels after the first letter: "Scholz" and "Sholts" both key "sls",
"Kishida" and "Kishita" both "kst", "Lavrov" and "Lavroff" both "lfrf".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jellyfish

# Letters that do not decompose under NFKD.
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "ʼ": "'",
        "’": "'",
    }
)

_PIECE = re.compile(r"[^\s\-‐‑–]+")

_RULES: tuple[tuple[str, str], ...] = (
    ("tsch", "C"),
    ("tch", "C"),
    ("tsh", "C"),  # Arabic writes ch as t + sh: سموتريتش read back is "Smotritsh"
    ("dzh", "J"),
    ("sch", "s"),
    ("sh", "s"),  # s~sh: Kishida ~ Kisida (Nihon-shiki), Shoigu ~ Soigu
    ("ch", "C"),
    ("cz", "C"),
    ("zh", "J"),
    ("dj", "J"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("mps", "ms"),  # Deschamps ~ Deschams
    ("th", "t"),
    ("ck", "k"),
    ("qu", "kv"),
    ("q", "C"),
    ("tz", "s"),
    ("ts", "s"),
    ("dz", "s"),
    ("sz", "s"),
    ("j", "J"),
    ("w", "v"),
    ("z", "s"),
)
_VOICE = str.maketrans({"d": "t", "b": "p", "g": "k", "v": "f"})
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents removed, other scripts romanised, only letters, digits and single
    spaces kept: "Hołownia" -> "holownia", "Зеленский" -> "zelenskii", "尹錫悅" -> "yin xi yue"."""
    text = text.translate(_SPECIAL)
    if not text.isascii():
        text = _SYLLABLES.sub(lambda m: f" {_anyascii(m.group())} ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if not text.isascii():
        text = "".join(_anyascii(ch) if ch.isalpha() and not ch.isascii() else ch for ch in text)
    text = re.sub(r"['\.]", "", text.lower())
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


# A Chinese character or a Korean syllable block is one syllable of a name: one word each.
_SYLLABLES = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


def _anyascii(char: str) -> str:
    """Letters of other scripts in Latin letters: a name in them would otherwise fold to nothing."""
    from anyascii import anyascii

    return anyascii(char)


@lru_cache(maxsize=65536)
def name_pieces(text: str) -> tuple[tuple[str, int, int], ...]:
    """(folded word, start, end) for each word of a name; hyphenated parts are words of their own."""
    pieces = []
    for match in _PIECE.finditer(text):
        for word in fold(match.group()).split():
            pieces.append((word, match.start(), match.end()))
    return tuple(pieces)


def name_words(text: str) -> list[str]:
    """The folded words of a name, hyphenated parts split: "Han Duck-soo" -> han, duck, soo."""
    return [word for word, _, _ in name_pieces(text)]


@lru_cache(maxsize=262144)
def sound_key(word: str) -> str:
    """The transliteration-aware consonant skeleton of one folded word."""
    if not word:
        return ""
    w = word
    w = re.sub(r"(?<=[aeiou])w(?=[^aeiouylr])", "", w)  # "ow", "ew" before a consonant: Newton ~ Netan
    if w.startswith("hs"):
        w = w[1:]  # Wade-Giles: Hsi ~ Xi, Hsieh ~ Xie
    if w.startswith("x"):
        w = "s" + w[1:]
    w = w.replace("x", "ks")
    if w.startswith("kh"):
        w = w[1:]  # Khamenei ~ Hamenei; inside a word "kh" is a k (Mikhail ~ Mikail)
    if w.startswith("ps"):
        w = w[1:]
    if w.startswith("y") and len(w) > 1 and w[1] not in _VOWELS:
        w = "i" + w[1:]
    for old, new in _RULES:
        if old in w:
            w = w.replace(old, new)
    w = re.sub(r"c(?=[eiy])", "s", w).replace("c", "k")
    w = w.translate(_VOICE)
    out = []
    for i, ch in enumerate(w):
        if ch in _VOWELS:
            if i == 0:
                out.append("A")
            continue
        if ch == "h" and i > 0:
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out) or "A"


@lru_cache(maxsize=262144)
def metaphone(word: str) -> str:
    """jellyfish's Metaphone code of one folded word (a second, English-oriented opinion)."""
    return jellyfish.metaphone(word) if word.isalpha() else word


def phrase_key(words: list[str]) -> str:
    """The sound keys of all words run together: hyphenation and word breaks do not count."""
    return sound_key("".join(words))


# Letters whose sound an English reader writes with other letters, by the language the name
# is written in (told by a letter only it uses, else by the person's country), each with a
# lighter respelling that keeps what the eye reads ("ł" as an l, "ğ" as a g).
_TURKISH = {"ç": "ch", "ş": "sh", "ğ": "", "c": "j", "ı": "i"}
_POLISH = {"ł": "w", "w": "v", "sz": "sh", "cz": "ch", "rz": "zh", "ś": "sh", "ć": "ch", "ż": "zh", "ź": "zh"}
_SLAVIC = {"č": "ch", "ć": "ch", "š": "sh", "ž": "zh", "đ": "dj", "ř": "rzh", "j": "y", "c": "ts"}
# Hungarian writes its sounds with plain letters: "Szijjártó" is said "Siyyarto", "Sulyok" "Shuyok"
_HUNGARIAN = {
    "sz": "s",
    "zs": "zh",
    "cs": "ch",
    "gy": "dy",
    "ny": "n",
    "ly": "y",
    "s": "sh",
    "c": "ts",
    "j": "y",
}
_LANGUAGES: tuple[tuple[frozenset[str], str, dict[str, str], dict[str, str]], ...] = (
    (frozenset({"TR", "AZ"}), "ığş", _TURKISH, {"ğ": "g", "c": "c"}),
    (frozenset({"PL"}), "łśźż", _POLISH, {"ł": "l"}),
    (frozenset({"RO", "MD"}), "șțţ", {"ș": "sh", "ş": "sh", "ț": "ts", "ţ": "ts"}, {}),
    (frozenset({"CZ", "SK", "HR", "RS", "SI", "BA", "ME"}), "čšžřđć", _SLAVIC, {}),
    (frozenset({"HU"}), "őű", _HUNGARIAN, {}),
    (
        frozenset({"FR", "BE", "DZ", "MA", "TN", "SN", "CI", "ML", "BF", "NE", "TD", "CM"}),
        "ç",
        {"ç": "s"},
        {},
    ),
)


@lru_cache(maxsize=65536)
def sounded_spellings(name: str, country: str = "") -> tuple[str, ...]:
    """A name's letters respelled by how they sound in its language, as an English-language
    writer who hears it spells it: "Kılıçdaroğlu" -> "kilichdaroolu" or "kilichdaroglu",
    "Hołownia" -> "hovovnia" or "holovnia", "Vučić" -> "vuchich", "Fayçal" -> "faysal".
    Empty for a name without such a letter: its folded form is its only ASCII spelling. The
    index stores their sound keys so that they find the person; they are never proposed."""
    lower = name.lower()
    # the person's country first ("Bahçeli" is Turkish, though French also writes ç)
    found = next((row for row in _LANGUAGES if country and country in row[0]), None)
    if found is None:
        found = next((row for row in _LANGUAGES if any(ch in lower for ch in row[1])), None)
    if found is None:
        return ()
    countries, _, table, light = found
    # plain letters say something else only in the person's own language ("Fico", "Szijjarto")
    if not any(letter in lower for letter in table if not letter.isascii() or country in countries):
        return ()
    out = (_respell(lower, table), _respell(lower, {**table, **light}))
    return tuple(s for s in dict.fromkeys(out) if s != fold(lower))


def _respell(text: str, table: dict[str, str]) -> str:
    pattern = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.sub(pattern, lambda m: table[m.group()], text)
