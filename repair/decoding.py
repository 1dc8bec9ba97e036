"""Which encoding a file without a BOM is in, judged by the text each candidate produces.

A statistical detector that sees only bytes will call an English article with curly
apostrophes cp775 ("JinpingÆs"), and the repair passes then "fix" what the decoder broke.
So every candidate is decoded strictly and the resulting text is judged the way a reader
would: an apostrophe between two letters, an opening quote before a word, a word found in
a word list, one script per word, common CJK characters rather than rare ones. cp1252 and
latin-1 are preferred for English news, rare code pages are penalised, and a guess that
is not clearly better than the next one is refused (`UncertainEncoding`) instead of used.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from repair.errors import RepairError
from repair.words import LETTERS

# (encoding, prior): English news comes in cp1252 / latin-1 far more often than in the rest
_SINGLE_BYTE: tuple[tuple[str, float], ...] = (
    ("cp1252", 0.1),
    ("latin-1", 0.1),
    ("cp1250", 0.0),
    ("cp1251", 0.0),
    ("cp1253", 0.0),
    ("cp1254", 0.0),
    ("cp1257", 0.0),
    ("iso8859-15", 0.0),
    ("koi8-r", -0.1),
    ("koi8-u", -0.1),
    ("mac-roman", -0.1),
    ("cp437", -0.1),
    ("cp850", -0.1),
    ("cp852", -0.1),
    ("cp775", -0.1),
    ("cp866", -0.1),
)
_MULTI_BYTE: tuple[tuple[str, float], ...] = (
    ("shift_jis", 0.0),
    ("cp932", -0.05),
    ("euc-jp", 0.0),
    ("gb18030", 0.0),
    ("big5", 0.0),
    ("euc-kr", 0.0),
)
_WIDE: tuple[tuple[str, int], ...] = (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2))

MIN_SCORE = 0.5  # the best candidate's mean judgement (-3..1 per character)
MIN_MARGIN = 0.25  # over the best candidate that gives a different text
SAMPLE_BYTES = 200_000  # candidates are decoded this far first; the choice is decoded whole
JUDGED_CHARS = 20_000  # and judged on this much of their text: plenty to choose


class UncertainEncoding(RepairError):
    """The bytes decode, but no encoding is clearly right: repairing could repair damage."""


@dataclass(frozen=True)
class Candidate:
    encoding: str
    text: str
    score: float  # mean judgement per judged character, with the encoding's prior
    prior: float
    doubtful: int  # characters judged implausible


def guess(data: bytes) -> tuple[str, str]:
    """(text, encoding) for bytes that are not UTF-8 and carry no BOM; refuse a doubtful guess."""
    candidates = _whole(_candidates(data[:SAMPLE_BYTES], final=len(data) <= SAMPLE_BYTES), data)
    best = next(candidates, None)
    if best is None:
        if b"\x00" in data:
            raise RepairError("binary file (contains NUL bytes), not an article")
        raise RepairError("cannot decode the bytes losslessly in any known text encoding")
    rival = next((c for c in candidates if c.text != best.text), None)
    margin = best.score - rival.score if rival else float("inf")
    preferred = rival is None or (best.prior > rival.prior and best.doubtful <= rival.doubtful)
    if best.score >= MIN_SCORE and (margin >= MIN_MARGIN or preferred):
        return best.text, best.encoding
    if b"\x00" in data and best.score < 0:
        raise RepairError("binary file (contains NUL bytes), not an article")
    stray = _stray_byte_in_utf8(data)
    if stray:
        raise UncertainEncoding(
            f"mostly UTF-8, but {stray} is not: a file of mixed encodings cannot be decoded without "
            "damage, so nothing is repaired; fix that byte, or give --encoding NAME"
        )
    also = f", or perhaps {rival.encoding}" if rival else ""
    raise UncertainEncoding(
        f"the encoding is uncertain (best guess {best.encoding}{also}), so nothing is repaired; "
        f"if {best.encoding} is right, give --encoding {best.encoding}"
    )


def _stray_byte_in_utf8(data: bytes) -> str:
    """Where a file that is UTF-8 but for a few bytes breaks ("byte 0xe9 at offset 61"), or ""."""
    try:
        data.decode("utf-8")
        return ""
    except UnicodeDecodeError as error:
        first = f"byte 0x{data[error.start]:02x} at offset {error.start}"
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    whole = sum(1 for char in text if ord(char) > 0x7F) - broken
    return first if whole >= 2 * broken else ""


def _whole(candidates: list[Candidate], data: bytes) -> Iterator[Candidate]:
    """The candidates judged on a sample, best first, each decoded whole; those that fail on
    the rest of the bytes are dropped (only the few needed are decoded: a 20 MB file is not
    decoded in twenty code pages)."""
    for candidate in candidates:
        if len(data) <= SAMPLE_BYTES:
            yield candidate
            continue
        text = _decode(data, candidate.encoding)
        if text is not None:
            yield Candidate(candidate.encoding, text, candidate.score, candidate.prior, candidate.doubtful)


def _candidates(data: bytes, final: bool = True) -> list[Candidate]:
    """Every encoding that decodes the bytes strictly and gives them back, best first; with
    ``final`` False the bytes are a sample, and a character cut at its end is not held against it."""
    tried: list[tuple[str, float]] = []
    if b"\x00" in data:
        tried += [(name, 0.0) for name, width in _WIDE if len(data) % width == 0]
    else:
        tried += [(name, 0.0) for name, width in _WIDE if width == 2 and len(data) % 2 == 0]
        tried += _SINGLE_BYTE + _MULTI_BYTE
    found: dict[str, Candidate] = {}
    for encoding, prior in tried:
        text = _decode(data, encoding, final)
        if text is None:
            continue
        score, doubtful = judge(text[:JUDGED_CHARS])
        if encoding.startswith("utf") and b"\x00" not in data and score < MIN_SCORE:
            continue  # UTF-16 without a NUL (no ASCII at all) is only worth naming when it reads well
        candidate = Candidate(encoding, text, score + prior, prior, doubtful)
        same = found.get(text)
        if same is None or candidate.score > same.score:
            found[text] = candidate
    if not re.search(rb"[\x80-\x9f]", data):
        # nothing in 0x80-0x9f: cp1252 and latin-1 read the same; call it latin-1, the narrower
        # one, so that a repair never writes a byte that a latin-1 reader cannot show
        found = {
            text: Candidate("latin-1", text, c.score, c.prior, c.doubtful) if c.encoding == "cp1252" else c
            for text, c in found.items()
        }
    return sorted(found.values(), key=lambda c: -c.score)


def _decode(data: bytes, encoding: str, final: bool = True) -> str | None:
    try:
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        text = decoder.decode(data, final=final)
        used = len(data) - len(decoder.getstate()[0])
        if text.encode(encoding) != data[:used]:  # two byte sequences for one character: not lossless
            return None
    except (UnicodeError, LookupError):
        return None
    if text.startswith("\ufeff"):
        return None  # a BOM would have been seen before guessing
    return text


# ---- judging a decoded text -------------------------------------------------------------

_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]")
_SUSPECT = re.compile(r"[^\x00-\x7f]|[\x00-\x08\x0b\x0e-\x1f\x7f]")
_EAST_ASIAN = frozenset({"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "IDEOGRAPHIC"})
_LANGUAGES = {
    "LATIN": ("en", "es", "fr", "de"),
    "CYRILLIC": ("ru", "uk", "bg"),
    "GREEK": ("el",),
    "ARABIC": ("ar", "fa"),
    "HEBREW": ("he",),
}
# accented letters of the languages whose names English news prints
_COMMON_LATIN = frozenset("áàâäãåçéèêëíìîïñóòôöõøúùûüýÿæœßčćďěľĺłńňřśšťůźżžąęőűğşı")


def judge(text: str) -> tuple[float, int]:
    """(mean judgement, characters judged implausible) over a text's suspect characters
    (non-ASCII and control): +1 plausible, 0 neutral, -1 implausible, -3 impossible."""
    total = 0.0
    count = 0
    doubtful = 0
    japanese = _KANA.search(text) is not None
    for match in LETTERS.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        for points in _judge_word(word, japanese):
            total += points
            count += 1
            doubtful += points < 0
    for match in _SUSPECT.finditer(text):
        if match.group().isalpha():
            continue  # judged with its word
        points = _judge_mark(text, match.start())
        total += points
        count += 1
        doubtful += points < 0
    return (total / count if count else 1.0), doubtful


def _script(char: str) -> str:
    if char.isascii():
        return "LATIN"
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in ("HALFWIDTH", "FULLWIDTH"):
        return "HALFWIDTH" if "KATAKANA" in name else "CJK"
    return "CJK" if first in _EAST_ASIAN else first


def _judge_word(word: str, japanese: bool) -> list[float]:
    """The points of each non-ASCII letter of one run of letters."""
    scripts = {_script(c) for c in word}
    wide = sum(1 for c in word if not c.isascii())
    if "HALFWIDTH" in scripts or len(scripts) > 1:
        # half-width katakana (a misread double-byte code, in news), or one word in two
        # scripts: "Jinping抯", "cafй"
        return [-1.0] * wide
    script = scripts.pop()
    if script == "CJK":
        return _judge_east_asian(word, japanese)
    if _known(word.lower(), script):
        return [1.0] * wide
    if not _normal_case(word):
        return [-1.0] * wide  # "JinpingÆs"
    if script == "LATIN":
        if all(c.isascii() or c.lower() in _COMMON_LATIN for c in word):
            return [0.5] * wide  # an unknown name with ordinary accents: "Hołownia", "Żółć"
        if len(word) >= 3 and wide * 2 > len(word):
            return [-1.0] * wide  # mostly odd accents: "Ïðèâåò", "Ã©"
        return [-0.5] * wide
    return [0.0] * wide


def _normal_case(word: str) -> bool:
    if len(word) == 1 or word.islower() or word.isupper():
        return True
    rest = word[1:]
    return rest.islower() or not any(c.isupper() or c.islower() for c in rest)


@lru_cache(maxsize=16384)
def _known(word: str, script: str) -> bool:
    languages = _LANGUAGES.get(script)
    if not languages or len(word) < 2:
        return False
    from wordfreq import zipf_frequency

    return any(zipf_frequency(word, language) >= 1.5 for language in languages)


def _judge_east_asian(run: str, japanese: bool) -> list[float]:
    """Characters inside a dictionary word (two to four characters, Chinese, Japanese or
    Korean) are plausible; outside one, kana and the common characters of the national
    standards are neutral and the rare ones a misread code page lands on are not."""
    covered = [False] * len(run)
    for start in range(len(run) - 1):
        for length in (4, 3, 2):
            piece = run[start : start + length]
            if len(piece) == length and _in_dictionary(piece):
                covered[start : start + length] = [True] * length
                break
    return [1.0 if seen else _east_asian_char(char, japanese) for char, seen in zip(run, covered)]


def _in_dictionary(piece: str) -> bool:
    words = _east_asian_words()
    return any(piece in table for table in words[:3]) or piece.translate(words[3]) in words[1]


@lru_cache(maxsize=1)
def _east_asian_words() -> tuple:
    """wordfreq's Japanese, Chinese and Korean word lists, and its traditional-to-simplified
    table (Chinese is listed simplified)."""
    import gzip
    from pathlib import Path

    import msgpack
    import wordfreq

    mapping = Path(wordfreq.__file__).parent / "data" / "_chinese_mapping.msgpack.gz"
    with gzip.open(mapping) as stream:
        simplify = msgpack.load(stream, raw=False, strict_map_key=False)
    return tuple(wordfreq.get_frequency_dict(lang) for lang in ("ja", "zh", "ko")) + (simplify,)


@lru_cache(maxsize=65536)
def _east_asian_char(char: str, japanese: bool) -> float:
    if char.isascii():
        return -1.0  # a Latin letter glued to Chinese or Japanese: a swallowed byte
    name = unicodedata.name(char, "")
    if name.startswith(("HIRAGANA", "KATAKANA")):
        return 0.5
    if name.startswith("HANGUL SYLLABLE"):
        return 0.0 if _encodes(char, "euc-kr") else -1.0
    if name.startswith("CJK UNIFIED IDEOGRAPH"):
        if japanese:  # next to kana, a character Japanese does not use is a misreading
            return 0.0 if _jis_level_1(char) else -1.0
        return 0.0 if _common_han(char) else -1.0
    return 0.0


def _jis_level_1(char: str) -> bool:
    try:
        return 0x889F <= int.from_bytes(char.encode("shift_jis"), "big") <= 0x9872
    except UnicodeEncodeError:
        return False


def _common_han(char: str) -> bool:
    if _encodes(char, "gb2312") or _jis_level_1(char):
        return True
    try:
        return 0xA440 <= int.from_bytes(char.encode("big5"), "big") <= 0xC67E  # Big5 frequent
    except UnicodeEncodeError:
        return False


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


_OPENING = "‘“„«‹"
_CLOSING = "”»›"
_BEFORE_OPENING = " \t\n\r\u00a0([{—–-/‘“"
_AFTER_CLOSING = " \t\n\r\u00a0.,;:!?)]}—–-/’”…"


def _judge_mark(text: str, i: int) -> float:
    """One non-letter character, judged by its neighbours."""
    char = text[i]
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    category = unicodedata.category(char)
    if category in ("Cc", "Co", "Cn", "Cs") or char == "\ufffd":
        return -3.0
    if char == "’":
        if before.isalnum() and (after.isalpha() or after in _AFTER_CLOSING):
            return 1.0
        if before in _BEFORE_OPENING and after.isalnum():  # ’90s, or a single quote opening
            return 1.0
        return -1.0
    if char in _OPENING:
        return 1.0 if before in _BEFORE_OPENING and not after.isspace() else -1.0
    if char in _CLOSING:
        return 1.0 if not before.isspace() and after in _AFTER_CLOSING else -1.0
    if char in "–—":
        return 1.0 if (before.isalnum() or before.isspace()) and (after.isalnum() or after.isspace()) else 0.0
    if char == "…":
        return 1.0
    if char in "€£¥¢":
        return 1.0 if after.isdigit() or before.isdigit() or after.isspace() else -1.0
    if char == "°":
        return 1.0 if before.isdigit() or after in "CF" else -1.0
    if char in "©®™":
        return 0.5
    if char in "•·":
        return 0.5 if before in " \n" or after == " " else -1.0
    if char in "¡¿":
        return 1.0 if after.isalnum() else -1.0
    if category == "Zs":
        return 0.5 if not before.isspace() and not after.isspace() else 0.0
    if category.startswith("P") or category == "Nd" or char == "\u3000":
        if _script(before) == "CJK" or _script(after) == "CJK" or before.isspace():
            return 1.0  # CJK punctuation and full-width digits between CJK characters
        return -1.0
    if char in "§¶½¼¾²³¹":
        return 0.0 if not (before.isalpha() and after.isalpha()) else -1.0
    if category == "Mn":
        return 0.0
    return -1.0  # box drawing, mathematical and other symbols: what a misread code page gives


def decode_as(data: bytes, encoding: str) -> str:
    """The bytes in the encoding the user named, strictly and losslessly, or a one-line refusal."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise RepairError(f"--encoding {encoding}: no such encoding") from None
    try:
        text = data.decode(name)
    except UnicodeDecodeError as error:
        raise RepairError(
            f"the bytes do not decode as {encoding} (byte {error.start}: {error.reason})"
        ) from None
    if text.encode(name) != data:
        raise RepairError(f"{encoding} does not give these bytes back unchanged, so it cannot be used")
    return text
