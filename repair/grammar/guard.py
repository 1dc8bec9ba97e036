"""The name guard: which words of an article are names, so the grammar pass never
"corrects" one.

A word list cannot tell "Were" from "Moscow" (it folds case); the article can. A
capitalised word is a name when the names pass recognised it, the gazetteer knows it, or
the article capitalises it inside a sentence more than once. Lowercase words of names
("von", "al") and names lower-cased by damage ("orban's") are guarded too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from wordfreq import zipf_frequency

from repair.document import Document
from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.lexicon import Lexicon, strip_possessive, words_of
from repair.passes.context import PassContext
from repair.words import WORD

OPENERS = "\"'“‘([«"
# Dictionary spell checkers: a flagged word is one their dictionary lacks.
DICTIONARY_RULES = frozenset(
    {
        "SpellCheck",
        "MORFOLOGIK_RULE_EN_US",
        "MORFOLOGIK_RULE_EN_GB",
        "MORFOLOGIK_RULE_EN_AU",
        "MORFOLOGIK_RULE_EN_CA",
    }
)


# Letters of other languages written in Latin script (Polish, Czech, Hungarian, Turkish,
# Romanian, Baltic...), never in English words
_FOREIGN_LETTERS = frozenset("ąćęłńśźżőűřčšžěůďťňğışțāēīūļņķ")
_HYPHEN_NEIGHBOUR = re.compile(r"-[^\W\d_]")
_WORD_BEFORE = re.compile(rf"({WORD.pattern}) $")


# A token of the web: a hashtag or handle, a web address, an e-mail address
_WEB_TOKEN = re.compile(r"^[(\[\"'“‘]*[#@]\w|://|\bwww\.|\w@\w|\w\.(?:com|org|net|gov|edu|int|io|co)\b")


def in_web_token(text: str, start: int) -> bool:
    """The text at ``start`` is part of a hashtag, a handle or an address ("#neveragain",
    "@minjoo_kr", "www.assembly.go.kr"): written as its owner wrote it, never a word to
    correct."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = len(text)
    for stop in (" ", "\n"):
        at = text.find(stop, start)
        if at != -1:
            right = min(right, at)
    return _WEB_TOKEN.search(text[left:right]) is not None


def foreign_line(line: str) -> bool:
    """A line with two or more words in letters English never uses ("Zdjęcie ... Źródło"):
    an untranslated caption or credit. Its "i" is a conjunction, not a pronoun to capitalise."""
    return sum(1 for w in line.split() if _FOREIGN_LETTERS & set(w.lower())) >= 2


def title_case(line: str) -> bool:
    """A headline in title case ("Yoon's Response and Shift in Approach"): most of its
    longer words capitalised, so a capital in it is no damage."""
    words = [w for w in WORD.findall(line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def splits_compound(text: str, fix: Fix) -> bool:
    """``fix`` changes a word hyphenated to the next or previous one ("the re-spreading" ->
    "there-spreading"): the checker read part of a compound as a word of its own."""
    if fix.start == fix.end:
        return False
    after = _HYPHEN_NEIGHBOUR.match(text, fix.end) is not None
    before = fix.start > 1 and text[fix.start - 1] == "-" and text[fix.start - 2].isalpha()
    original = words_of(text[fix.start : fix.end])
    kept = words_of(fix.text)
    return (after and original[-1:] != kept[-1:]) or (before and original[:1] != kept[:1])


def is_dictionary_rule(rule: str) -> bool:
    """``rule`` qualified ("harper.SpellCheck") is a dictionary spell checker's."""
    return rule.partition(".")[2] in DICTIONARY_RULES


class ArticleWords:
    """Which capitalised words of one article are names, for teaching and for guarding."""

    def __init__(self, doc: Document, context: PassContext, lexicon: Lexicon) -> None:
        text = doc.text
        self.doc = doc
        self.sentence_starts = {s.start for s in doc.sentences} | {line.start for line in doc.lines}
        counts: Counter[str] = Counter()
        inside: Counter[str] = Counter()  # capitalised other than at a sentence start
        lower: Counter[str] = Counter()
        every: Counter[str] = Counter()
        words = [(m.start(), strip_possessive(m.group())) for m in WORD.finditer(text)]
        for start, word in words:
            every[word.lower()] += 1
            if word[:1].isupper():
                counts[word] += 1
                if not self.opens_sentence(start):
                    inside[word] += 1
            elif word.islower():
                lower[word] += 1
        recognised = {w for span in context.protected for w in words_of(text[span.start : span.end])}
        in_gazetteer = {w for w in counts if lexicon.knows(w)}
        repeated = {w for w, n in counts.items() if n >= 2 and w in inside}
        self.known = frozenset(w for w in recognised | in_gazetteer | repeated if w[:1].isupper())
        self.known_lower = frozenset(w.lower() for w in self.known if zipf_frequency(w, "en") < 4.0)
        self.inside = inside
        self.every = every  # every word, lower-cased, and how often the article uses it
        self.context = context
        # where names start: known words, less those English uses every day ("He", "May")
        self.name_places = [
            start for start, word in words if word in self.known and zipf_frequency(word, "en") < 5.0
        ]
        self.lower = lower  # words written in lower case, and how often
        # lowercase words of names, in this article and the gazetteer ("von", "al", "da")
        self.particles = frozenset(w for w in lower if w in lexicon.particles)

    def flags_known_word(self, finding: Finding) -> bool:
        """A dictionary checker calling a known name or name particle misspelt, or a word
        with letters English writes only in borrowed words and names ("centrão", "Inácio";
        the fix would strip them): not a finding at all (whether the backend was taught
        the word yet or not)."""
        if not is_dictionary_rule(finding.rule):
            return False
        words = words_of(self.doc.text[finding.start : finding.end])
        return len(words) == 1 and (
            words[0] in self.known or words[0] in self.particles or not words[0].isascii()
        )

    def near_name(self, start: int, end: int, reach: int = 24) -> bool:
        """A recognised or known name within ``reach`` characters of text[start:end]: a
        word beside a name is often part of it, or of a title, in a translation."""
        import bisect

        i = bisect.bisect_left(self.name_places, start - reach)
        if i < len(self.name_places) and self.name_places[i] <= end + reach:
            return True
        return self.context.is_protected(Span(max(0, start - reach), end + reach))

    def opens_sentence(self, start: int) -> bool:
        """True when the word at ``start`` is the first word of its sentence."""
        text = self.doc.text
        i = start
        while i > 0 and text[i - 1] in OPENERS:
            i -= 1
        return i == 0 or i in self.sentence_starts

    def after_capital(self, start: int) -> bool:
        """The word before ``start``, a space away, is capitalised and does not open its
        sentence ("Ryozo himino"): the word at ``start`` may be a lower-cased surname."""
        text = self.doc.text
        match = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if match is None:
            return False
        word = match.group(1)
        return word[:1].isupper() and word != "I" and not self.opens_sentence(match.start(1))

    def misspelt_opener(self, start: int, end: int) -> bool:
        """text[start:end] is a capitalised first word of a sentence that English text
        hardly uses ("Althogh", "Therfore"), written once in the article and no known name:
        a slip, which the grammar pass may fix into a very common word."""
        word = self.doc.text[start:end]
        return (
            word.isalpha()
            and len(word) > 3
            and word[0].isupper()
            and word[1:].islower()
            and self.opens_sentence(start)
            and word not in self.known
            and word.lower() not in self.particles
            and self.every.get(word.lower(), 0) == 1
            and zipf_frequency(word, "en") < OPENER_RARE_ZIPF
        )

    def breaks_name(self, fix: Fix, strict: bool = False) -> bool:
        """True when ``fix`` changes a word that belongs to a name: a known name, a
        capitalised word inside a sentence, a name particle ("von", "al"), or a word
        hyphenated to a capitalised one ("el-Sisi", "Chan-ocha"). With ``strict``
        (spelling fixes), any capitalised word, even one opening a sentence."""
        if fix.start == fix.end:
            return False
        text = self.doc.text
        kept = set(words_of(fix.text))
        start, end = fix.start, fix.end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] in "'’-"):
            end += 1
        compound = text[start:end]
        hyphenated_name = "-" in compound and any(w[:1].isupper() for w in words_of(compound))
        for match in WORD.finditer(compound):
            where = start + match.start()
            if where >= fix.end or where + len(match.group()) <= fix.start:
                continue  # a word beside the fix, not under it
            word = strip_possessive(match.group())
            if word in kept:
                continue
            if word in self.particles or hyphenated_name:
                return True
            if any(ch.isupper() for ch in word[1:]) or word.lower() in self.known_lower:
                return True  # "fIFA's", or a name lower-cased by damage ("orban's")
            if word[:1].isupper() and (
                strict or word in self.known or word.isupper() or not self.opens_sentence(where)
            ):
                return True
        return False


# A sentence's first word rarer than this (wordfreq's Zipf scale) may be a misspelling.
# Many names are as rare ("Sunak", "Sejm"): what keeps them is that the fix must be a very
# common word one slip away that the language model prefers (repair/passes/grammar.py).
OPENER_RARE_ZIPF = 2.0


# A possessive before "us" makes it the country a translation lower-cased ("his us
# counterpart"), not a second pronoun to delete.
_COUNTRY_US = re.compile(r"\b(?:his|her|its|our|their|my|your)\s+(us)\b", re.IGNORECASE)


def country_us(text: str, finding: Finding, fixes: Sequence[Fix]) -> tuple[list[Fix], bool]:
    """The fixes of a pronoun-sequence finding less those that delete a country "us", and
    whether one was there (then "US" is offered instead, for review only: the pass cannot
    know the sentence meant the country)."""
    found = _COUNTRY_US.search(text, finding.start, finding.end)
    if found is None or found.group(1) != "us":
        return list(fixes), False
    start, end = found.span(1)

    def keeps_us(fix: Fix) -> bool:
        if fix.end <= start or fix.start >= end:
            return True
        return text[fix.start : start] + "us" + text[end : fix.end] in fix.text

    kept = [f for f in fixes if keeps_us(f)]
    return [Fix(start, end, "US"), *kept], True
