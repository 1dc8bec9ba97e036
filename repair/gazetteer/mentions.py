"""Name mentions in running text: capitalised runs, split at titles and honorifics.

"U.S. Secretary of State Antony Blinken said" gives one mention, "Antony Blinken", whose
title words ("U.S. Secretary of State") are kept as role context. The sentence's first
word is dropped when it is an ordinary English word ("But", "Officials").
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import freq_to_zipf, get_frequency_dict, zipf_frequency, zipf_to_freq

from repair.gazetteer.keys import fold
from repair.words import (
    ARABIC_PARTICLES,
    CLAUSE_WORDS,
    DEMONYMS,
    HONORIFICS,
    PARTICLES,
    ROLE_LINKS,
    TITLE_WORDS,
)
from repair.words import HYPHENATED_WORD as _WORD

_POSSESSIVES = ("'s", "’s")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return fold(self.text)


@dataclass
class Mention:
    """A name-like run of words; ``title`` holds the title and role words just before it."""

    words: list[Word]
    title: list[Word] = field(default_factory=list)
    sentence_start: int = 0
    sentence_end: int = 0
    honorific: str = ""  # "Mr", "Ms", ... directly before the name
    at_sentence_start: bool = False
    common_first: bool = False  # the first word opens the sentence and is also an English word

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    @property
    def folded(self) -> list[str]:
        return [w for word in self.words for w in fold(word.text.replace("-", " ")).split()]


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of the word in lower case. A word of the letters a-z alone is
    looked up straight in wordfreq's English table: wordfreq's tokenizer (Unicode regexes,
    7 µs a word where the lookup takes 1 µs; 0.03 s of the names pass on a 10,000-word
    article) gives such a word back unchanged, as one token, so the lookup and rounding
    below are exactly its own (a test holds such words of the table, and random ones, to
    ``zipf_frequency``; all 339,023 of them and 50,000 random ones were checked)."""
    low = word.lower()
    if _plain(low):
        return _plain_zipf(low)
    return zipf_frequency(low, "en")


def _plain(word: str) -> bool:
    """The word is one or more of the letters a-z and nothing else."""
    return word.isascii() and word.isalpha() and word.islower()


def _plain_zipf(word: str) -> float:
    """``zipf_frequency(word, "en")`` for a word of a-z alone: wordfreq's ``_word_frequency``
    on its one token (the minimum when the table lacks it, else the frequency combined as
    one token's, rounded to three significant digits), then its rounding to the Zipf scale."""
    minimum = zipf_to_freq(0.0)
    found = get_frequency_dict("en", "best").get(word)
    if found is None:
        freq = minimum
    else:
        unrounded = max(1.0 / (1.0 / found), minimum)
        freq = 0.0 if unrounded == 0.0 else round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(freq_to_zipf(freq), 2)


def is_title(word: str) -> bool:
    low = word.lower().strip(".")
    return low in TITLE_WORDS or low in DEMONYMS


def title_before_name(word: str) -> bool:
    """``word`` is a title that can stand right before a name ("president", "Mr"), not one of
    the words that join a role's parts ("Secretary of the Treasury"): "the lira" is the
    currency, not someone called Lira after a title."""
    return is_title(word) and word.lower() not in ROLE_LINKS


def title_right_before(text: str, before: list[Word], start: int) -> bool:
    """The last of ``before`` is a title before a name and only spaces part it from
    text[start] ("Chancellor merz")."""
    return bool(before) and title_before_name(before[-1].text) and not text[before[-1].end : start].strip()


def words_of(text: str, start: int, end: int) -> list[Word]:
    """The words of text[start:end]. The names pass reads a sentence's words in several
    rules (9,000 calls on 32 articles), so the last text's are kept, per thread."""
    last = getattr(_read, "last", None)
    if last is None or last[0] is not text:
        last = _read.last = (text, {})
    words = last[1].get((start, end))
    if words is None:
        words = last[1][(start, end)] = tuple(_words_of(text, start, end))
    return list(words)


_read = threading.local()


def _words_of(text: str, start: int, end: int) -> list[Word]:
    out = []
    for match in _WORD.finditer(text, start, end):
        s, e = match.span()
        if e - s > 2 and text.startswith(_POSSESSIVES, e - 2):
            e -= 2
        out.append(Word(s, e, text[s:e]))
    return out


def _capitalised(word: Word) -> bool:
    # Only Latin-script words start a mention: a name given in its own script beside the
    # English one ("Zelensky (Зеленський)") is not a misspelling of it. fold() romanises
    # such words now, so without this they would be "corrected" into the English form.
    # An Arabic article glued to a capitalised name ("al-Safadi", "el-Sisi") is a name word.
    capital = word.text[0].isupper() or _ARTICLE_GLUED.match(word.text) is not None
    return capital and _LATIN.fullmatch(word.text) is not None


_ARTICLE_GLUED = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul|ud)[-‐‑][A-Z]")
# "ben", the French and Maghreb spelling of "bin", joins the words of one Arabic name
# ("Mohamed ben Salmane") as the particles do; it is no particle of the index ("Ben Wallace").
_JOINERS = PARTICLES | {"ben"}


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’\-‐‑]+")


def _joined(text: str, left: Word, right: Word) -> bool:
    gap = text[left.end : right.start]
    if gap in (" ", "", "\u00a0"):
        return True
    # initials and abbreviations: "J. D. Vance", "U.S. President", "Mr. Kishida"
    return gap in (". ", ".") and (len(left.text) == 1 or left.text.lower() in HONORIFICS)


def sentence_mentions(text: str, start: int, end: int) -> list[Mention]:
    """The name mentions of one sentence (text[start:end])."""
    words = words_of(text, start, end)
    runs: list[list[Word]] = []
    current: list[Word] = []
    for i, word in enumerate(words):
        namey = _capitalised(word) or (
            word.text.lower() in _JOINERS and current and i + 1 < len(words) and _capitalised(words[i + 1])
        )
        if namey and current and _joined(text, current[-1], word):
            current.append(word)
            continue
        if current:
            runs.append(current)
        current = [word] if namey and _capitalised(word) else []
    if current:
        runs.append(current)
    runs = [run for run in runs if not _clause_break(run, words)]
    mentions: list[Mention] = []
    first_word = words[0] if words else None
    for run in runs:
        title: list[Word] = []
        core: list[Word] = []
        honorific = ""
        for position, word in enumerate(run):
            low = word.text.lower()
            # a title word closing a run titles nobody: "Emmy Annual May Crown", a name heard
            # as English words, keeps its last word
            closing = core and position == len(run) - 1 and low not in HONORIFICS and low.isalpha()
            # "U" titles only as "U.S."; "Speaker U Won-sik" writes a Korean surname (우)
            letter = len(low) == 1 and text[word.end : word.end + 1] != "."
            if is_title(word.text) and not (core and low in PARTICLES) and not closing and not letter:
                if core:
                    mentions.append(_finish(core, title, honorific, first_word, start, end))
                    title, core, honorific = [], [], ""
                title.append(word)
                honorific = low if low in HONORIFICS else ""
                continue
            # a particle opening the name is part of it when written with a capital: "Di
            # Maio", "La Paz", and the Pinyin syllables that are particles too ("Du Ke" for
            # 杜克, Iván Duque; "Di Sa Na Ya Ke"); lower case, it joins nothing ("the von"),
            # nor does an Arabic one ("Al Jaber said": Jaber)
            if low in PARTICLES and not core and (word.text == low or low in ARABIC_PARTICLES):
                continue
            core.append(word)
        # a particle closing the run joins nothing ("the Ursula von der"), unless it is written
        # with a capital: "Ioun Sok El" (Юн Сок Ёль read back) ends with a syllable of the name
        while core and core[-1].text in PARTICLES:
            core.pop()
        if core:
            mentions.append(_finish(core, title, honorific, first_word, start, end))
    return [m for m in mentions if m.words]


def _clause_break(run: list[Word], words: list[Word]) -> bool:
    """A clause word alone, capitalised between a word and a lower-case word ("refusal To
    name", "capital, And analysts"): a clause break a translation left, not a name ("To"
    of "To Lam")."""
    if len(run) != 1 or run[0].text.lower() not in CLAUSE_WORDS:
        return False
    i = words.index(run[0])
    return 0 < i < len(words) - 1 and words[i + 1].text.islower()


def _finish(
    core: list[Word], title: list[Word], honorific: str, first: Word | None, start: int, end: int
) -> Mention:
    at_start = first is not None and (core[0] == first or (title and title[0] == first))
    common_first = False
    if core[0] == first and not title:
        frequency = zipf(core[0].text)
        if frequency >= 6.0 or (frequency >= 5.0 and len(core) == 1):
            core = core[1:]  # "But", "The", "He": the capital is the sentence's, not a name's
        else:
            common_first = frequency >= 3.5  # "Officials" or "Modi": the gazetteer decides
    return Mention(core, title, start, end, honorific, at_start, common_first)
