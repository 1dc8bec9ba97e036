"""The evidence one sentence carries, one function per feature group.

Each group function reads a ``SentenceView`` (the sentence, its neighbour, the article's
word statistics) and records its features with ``view.add``: a value where larger means
more likely damaged, the evidence in words, and the character spans of the words that
carry it (the span output of ``repair score`` comes from these).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from repair.detect.lexicon import Lexicon
from repair.detect.words import (
    CURRENCY_SPACE,
    HONOUR_AFTER_OPENER,
    ODD_CHARS,
    ODD_PUNCT,
    TERMINAL,
    UNTRANSLATED,
)
from repair.document import Document, Sentence, Token
from repair.words import ABBREVIATED_TITLES as HONORIFICS
from repair.words import (
    CLAUSE_OPENERS,
    COMMON_SUFFIX,
    DAYS_MONTHS,
    FUNCTION_WORDS,
    PERSON_TITLES,
    PREPOSITIONS_ING,
    SUBORDINATORS,
)
from repair.words import COMMON_DOUBLES as DOUBLE_OK
from repair.words import DEMONYM_ENDING as DEMONYM
from repair.words import NAME_CONNECTORS as CONNECTORS
from repair.words import TITLE_AND_INSTITUTION_WORDS as TITLE_WORDS

Spans = list[tuple[int, int]]


@dataclass
class SentenceFeatures:
    values: dict[str, float]
    evidence: dict[str, str] = field(default_factory=dict)  # feature -> what was seen, in words
    spans: dict[str, Spans] = field(default_factory=dict)  # feature -> the words that show it

    def vector(self, names: Sequence[str]) -> list[float]:
        return [self.values.get(name, 0.0) for name in names]


@dataclass
class ArticleWords:
    """What the whole article says about its words: which appear in lower case, and which
    capitalised words look like a rarer spelling of another one in the same article."""

    lower: Counter[str]  # words seen in lower case, how often
    capitalised: Counter[str]  # words seen capitalised inside a sentence, how often
    variants: dict[str, str]  # rarer spelling -> the spelling it varies

    @classmethod
    def of(cls, doc: Document, lex: Lexicon) -> ArticleWords:
        lower: Counter[str] = Counter()
        capitalised: Counter[str] = Counter()
        inside: Counter[str] = Counter()
        for sentence in doc.sentences:
            for position, token in enumerate(sentence.tokens):
                text = token.text
                if not text.isalpha():
                    continue
                if text[0].islower():
                    lower[text] += 1
                elif len(text) == 1 or text[1:].islower():
                    if position > 0:
                        inside[text] += 1
                    if len(text) >= 4:
                        capitalised[text] += 1
        return cls(lower, inside, _near_variants(capitalised, lex))


@dataclass
class SentenceView:
    """One sentence with what its features read, and the row they fill."""

    doc: Document
    sentence: Sentence
    following: Sentence | None
    lex: Lexicon
    article: ArticleWords
    recognised: list[tuple[int, int]]  # spans of the names the names pass recognised
    row: SentenceFeatures = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = self.sentence.tokens
        self.words = [t.text for t in self.tokens if t.is_word]
        n = len(self.words)
        self.row = SentenceFeatures({"_words": float(n), "words": math.log1p(n)})

    def add(
        self, name: str, value: float, evidence: str, spans: Sequence[Token | tuple[int, int]] = ()
    ) -> None:
        self.row.values[name] = value
        self.row.evidence[name] = evidence
        if spans:
            self.row.spans[name] = [(s.start, s.end) if isinstance(s, Token) else s for s in spans]


def rare(view: SentenceView) -> None:
    """Rare and unknown lower-case words (wordfreq)."""
    lex = view.lex
    lower = [t for t in view.tokens if t.is_word and t.text.isalpha() and t.text[0].islower()]
    rare_tokens = [t for t in lower if lex.zipf(t.text) < 3.0]
    unknown = [t for t in rare_tokens if len(t.text) >= 3 and lex.zipf(t.text) == 0.0]
    if lower and rare_tokens:
        names = [t.text for t in rare_tokens]
        view.add(
            "rare_rate",
            len(rare_tokens) / len(lower),
            f"{len(rare_tokens)} of {len(lower)} words are rare ({_quote(names)})",
            rare_tokens,
        )
    if unknown:
        plural = "s" if len(unknown) > 1 else ""
        view.add(
            "unknown_lower",
            float(len(unknown)),
            f"unknown word{plural} {_quote([t.text for t in unknown])}",
            unknown,
        )


def casing(view: SentenceView) -> None:
    """Capitals where English has none, and a proper noun written once in lower case."""
    tokens, lex, article = view.tokens, view.lex, view.article
    caps_mid, caps_common, unknown_caps, lower_proper = [], [], [], []
    for position, token in enumerate(tokens):
        text = token.text
        if not text.isalpha():
            continue
        if text[0].islower() and article.lower[text] == 1 and _proper_elsewhere(text, lex, article):
            lower_proper.append(token)
        if position > 0 and text[0].isupper() and (len(text) == 1 or text[1:].islower()):
            lowered = text.lower()
            if lex.zipf(lowered) < 1.0 and len(text) >= 3:
                unknown_caps.append(token)
            if _odd_capital(tokens, position, lowered, lex, article):
                caps_mid.append(token)
            elif _common_capitalised(tokens, position, lowered, lex, article, view.recognised):
                caps_common.append(token)
    if lower_proper:
        shown = _quote([t.text for t in lower_proper])
        view.add(
            "lower_proper",
            float(len(lower_proper)),
            f"{shown} in lower case, capitalised elsewhere",
            lower_proper,
        )
    if caps_common:
        shown = _quote([t.text for t in caps_common])
        view.add(
            "caps_common", float(len(caps_common)), f"{shown} capitalised, though not a name", caps_common
        )
    if caps_mid:
        view.add(
            "caps_mid",
            float(len(caps_mid)),
            f"{_quote([t.text for t in caps_mid])} capitalised mid-sentence",
            caps_mid,
        )
    if unknown_caps:
        plural = "s" if len(unknown_caps) > 1 else ""
        shown = _quote([t.text for t in unknown_caps])
        view.add(
            "unknown_caps",
            float(len(unknown_caps)),
            f"unknown capitalised word{plural} {shown}",
            unknown_caps,
        )


def names(view: SentenceView) -> None:
    """Names spelled two ways in one article, and names made of everyday words."""
    near = [t for t in view.tokens if t.text.isalpha() and t.text in view.article.variants]
    if near:
        pairs = ", ".join(f"'{t.text}' but '{view.article.variants[t.text]}' elsewhere" for t in near[:2])
        view.add("near_variant", float(len(near)), f"inconsistent spelling: {pairs}", near)
    # "Foreign Minister Wong Ye" for Wang Yi, "Mr. Denies knowing": a name translated
    # into everyday words, or lost behind its title
    ordinary = [
        (run[0].start, run[-1].end) for run in _ordinary_word_names(view.tokens, view.lex, view.recognised)
    ]
    ordinary += [(title.start, word.end) for title, word in _title_before_word(view)]
    if ordinary:
        ordinary.sort()
        shown = _quote([view.doc.text[a:b] for a, b in ordinary])
        view.add("name_words", float(len(ordinary)), f"a name made of ordinary words: {shown}", ordinary)


def doubled(view: SentenceView) -> None:
    """A word written twice in a row."""
    found, previous = [], None
    for token in view.tokens:
        text = token.text
        if not text.isalpha():
            previous = token
            continue
        if (
            previous is not None
            and previous.text.isalpha()
            and previous.text.lower() == text.lower()
            and text.lower() not in DOUBLE_OK
        ):
            found.append((previous.start, token.end, text))
        previous = token
    if found:
        view.add(
            "doubled",
            float(len(found)),
            f"doubled word {_quote([t for _, _, t in found])}",
            [(a, b) for a, b, _ in found],
        )


def fluency(view: SentenceView) -> None:
    """Adjacent lower-case word pairs that English rarely puts together (wordsegment's
    web counts): the least likely pair, their mean, the share never seen, misfit words."""
    lex = view.lex
    worst, worst_pair, unseen, total, pairs = 0.0, None, 0, 0.0, 0
    previous: Token | None = None
    for position, token in enumerate(view.tokens):
        text = token.text
        if not text.isalpha() or (position > 0 and not text[0].islower()):
            previous = None  # a name's statistics say nothing about this sentence's fluency
            continue
        if previous is not None:
            association = lex.pair_association(previous.text.lower(), text.lower())
            if association is not None:
                pairs += 1
                pmi, seen = association
                total += max(0.0, -pmi)
                if not seen and pmi < -1.0:
                    unseen += 1
                if -pmi > worst:
                    worst, worst_pair = -pmi, (previous, token)
        previous = token
    if worst_pair is not None and worst > 0:
        first, second = worst_pair
        view.add(
            "fluency_worst",
            min(worst, 12.0),
            f"'{first.text.lower()} {second.text.lower()}' is a rare word pair in English",
            [(first.start, second.end)],
        )
    if pairs and total > 0:
        view.add("fluency_mean", total / pairs, f"word pairs rare in English on average over {pairs} pairs")
    costs = _word_costs(view.tokens, lex)
    if costs:
        view.add(
            "bigram_nll",
            sum(cost for cost, _ in costs) / len(costs),
            f"words English rarely writes in this order ({len(costs)} words read)",
        )
        cost, token = max(costs, key=lambda pair: pair[0])
        view.add("bigram_worst", cost, f"'{token.text}' is unexpected after the word before it", [token])
    misfits = _misfit_words(view.tokens, lex)
    if misfits:
        view.add(
            "misfit_words",
            float(len(misfits)),
            f"{_quote([t.text for t in misfits])} fits neither the word before nor the word after",
            misfits,
        )
    if pairs and unseen:
        view.add(
            "fluency_unseen", unseen / pairs, f"{unseen} of {pairs} word pairs unattested in web English"
        )


def fragments(view: SentenceView) -> None:
    """Pieces cut from a sentence: a title at the end, lower case or a clause opener at the
    start, no final stop while the text runs on, short orphans."""
    tokens, words, lex, sentence, following = view.tokens, view.words, view.lex, view.sentence, view.following
    n_words = len(words)
    last = tokens[-1].text
    word_tokens = [t for t in tokens if t.is_word]
    last_word = word_tokens[-1].text
    bare = last_word.lower().rstrip(".")
    if (last == "." or last_word.endswith(".")) and (
        bare in HONORIFICS or (bare in PERSON_TITLES and last_word[:1].isupper() and n_words > 1)
    ):
        view.add("ends_honorific", 1.0, f"ends with the title '{last_word.rstrip('.')}.'", [word_tokens[-1]])
    first = word_tokens[0]
    first_word = first.text
    if first_word[:1].islower():
        view.add("starts_lower", 1.0, f"starts in lower case ('{first_word}')", [first])
    opener = first_word.lower() if first_word[1:].islower() or first_word.islower() else ""
    if opener in CLAUSE_OPENERS or (opener == "such" and len(words) > 1 and words[1] == "as"):
        view.add(
            "starts_clause", 1.0, f"starts with '{first_word}', like a clause cut from its sentence", [first]
        )
    elif opener in SUBORDINATORS:
        if any(t.text in (",", ";", ":", "—") for t in tokens):
            view.add("starts_subordinate", 1.0, f"starts with '{first_word}'", [first])
        else:
            view.add("starts_clause", 1.0, f"starts with '{first_word}' and has no main clause", [first])
    elif (
        opener.endswith("ing")
        and opener not in PREPOSITIONS_ING
        and not view.article.capitalised[first_word]
        and len(opener) > 5
        and lex.zipf(opener) >= 2.5
        and any(t.text == "," for t in tokens)
    ):
        view.add("starts_participle", 1.0, f"opens with the clause '{first_word} ...'", [first])
    terminal = last[-1:] in TERMINAL
    if n_words <= 6 and not terminal:  # page chrome: short lines with no final stop
        view.add("few_words", 1.0, "a short line with no final stop")
    if not terminal and following is not None:
        next_start = next((t.text for t in following.tokens if t.is_word), "A")
        if following.paragraph == sentence.paragraph or next_start[:1].islower():
            view.add(
                "no_terminal", 1.0, "stops without final punctuation and the text runs on", [word_tokens[-1]]
            )
    if terminal and n_words <= 4:
        plural = "s" if n_words > 1 else ""
        view.add("short_sentence", 1.0, f"a short orphan sentence ({n_words} word{plural})")


def cleanup(view: SentenceView) -> None:
    """Mis-decoded characters, punctuation and spacing slips, a spaced currency sign."""
    start = view.sentence.start
    text = view.doc.text[start : view.sentence.end]
    for name, pattern, say in (
        ("odd_chars", ODD_CHARS, lambda found: f"mis-decoded characters ({_quote(found)})"),
        ("odd_punct", ODD_PUNCT, lambda found: _counted(len(found), "spacing or punctuation slip")),
        (
            "currency_space",
            CURRENCY_SPACE,
            lambda found: f"a currency sign spaced from its amount ({_quote(found)})",
        ),
    ):
        matches = list(pattern.finditer(text))
        if matches:
            view.add(
                name,
                float(len(matches)),
                say([m.group() for m in matches]),
                [(start + m.start(), start + m.end()) for m in matches],
            )


def untranslated(view: SentenceView) -> None:
    """Words in a script English does not use: left untranslated."""
    start = view.sentence.start
    text = view.doc.text[start : view.sentence.end]
    matches = list(UNTRANSLATED.finditer(text))
    if matches:
        view.add(
            "untranslated",
            float(len(matches)),
            f"untranslated text {_quote([m.group() for m in matches])}",
            [(start + m.start(), start + m.end()) for m in matches],
        )


# The groups measured on a sentence alone, in order; the features read from other
# passes (proposals, names, lints) and from the neighbours are added by ``features``.
SENTENCE_GROUPS = (rare, casing, names, doubled, fluency, fragments, cleanup, untranslated)


def measure(view: SentenceView) -> SentenceFeatures:
    if view.words:
        for group in SENTENCE_GROUPS:
            group(view)
    return view.row


def _counted(count: int, thing: str) -> str:
    return f"{count} {thing}{'s' if count > 1 else ''}"


def _proper_elsewhere(word: str, lex: Lexicon, article: ArticleWords) -> bool:
    """A word in lower case once, that the article otherwise writes as a proper noun
    ("malaysian", "russia"): a sentence start moved inside a sentence."""
    seen = article.capitalised[word.capitalize()]
    if not seen or word in TITLE_WORDS or lex.zipf(word) >= 5.0:
        return False
    return seen >= 2 or bool(DEMONYM.search(word))


def _common_capitalised(tokens, position: int, lowered: str, lex, article, recognised) -> bool:
    """An everyday word capitalised alone inside a sentence, that is not a name the names
    pass recognised and that the article does not capitalise anywhere else."""
    token = tokens[position]
    if lowered in DAYS_MONTHS or lowered in TITLE_WORDS:
        return False
    if lex.zipf(lowered) < 3.0 or not COMMON_SUFFIX.search(lowered):
        return False
    if article.capitalised[token.text] > 1 or DEMONYM.search(lowered):
        return False
    previous = tokens[position - 1].text
    following = tokens[position + 1].text if position + 1 < len(tokens) else ""
    if not previous[:1].islower() or following[:1].isupper() or following[:1].isdigit():
        return False
    after = tokens[position + 2].text if position + 2 < len(tokens) else ""
    if following.lower() in CONNECTORS and after[:1].isupper():
        return False
    return not _inside_any(recognised, token.start, token.end)


def _odd_capital(tokens, position: int, lowered: str, lex: Lexicon, article: ArticleWords) -> bool:
    """A capitalised word inside a sentence that is normally written in lower case, standing
    alone (not part of a name or title such as "Foreign Minister" or "White House")."""
    if lowered in DAYS_MONTHS or lowered == "i":
        return False
    previous = tokens[position - 1].text
    if previous in HONOUR_AFTER_OPENER or previous[-1:] in HONOUR_AFTER_OPENER:
        return False
    following = tokens[position + 1].text if position + 1 < len(tokens) else ""
    function = lowered in FUNCTION_WORDS
    # inside a name or title: "Foreign Minister", "Bank of Japan", "League for Democracy"
    if previous[:1].isupper() and not (position == 1 and function):
        return False
    if previous[:1].isdigit():
        return False
    if following[:1].isupper() and not (function and lowered not in ("the", "a", "an")):
        return False
    after = tokens[position + 2].text if position + 2 < len(tokens) else ""
    if following.lower() in CONNECTORS and after[:1].isupper() and not function:
        return False
    before = tokens[position - 2].text if position >= 2 else ""
    if previous.lower() in CONNECTORS and before[:1].isupper() and not function:
        return False
    if function:
        return True
    return article.lower[lowered] > 0 and lex.zipf(lowered) >= 3.0 and lowered not in TITLE_WORDS


def _title_before_word(view: SentenceView) -> list[tuple[Token, Token]]:
    """An honorific followed by a capitalised everyday verb or function word and then lower
    case ("Mr. Denies knowing"): a name the translation lost, not a surname."""
    tokens, lex = view.tokens, view.lex
    found = []
    for position in range(len(tokens) - 2):
        title, word, after = tokens[position], tokens[position + 1], tokens[position + 2]
        if title.text.lower().rstrip(".") not in HONORIFICS:
            continue
        if word.text == "." and position + 3 < len(tokens):  # "Mr" "." "Denies"
            word, after = tokens[position + 2], tokens[position + 3]
        text = word.text
        if not (text.isalpha() and text[0].isupper() and text[1:].islower() and after.text[:1].islower()):
            continue
        lowered = text.lower()
        verb_like = lowered.endswith(("ies", "es", "ed", "ing")) and lex.zipf(lowered) >= 3.5
        if (lowered in FUNCTION_WORDS or verb_like) and not _inside_any(
            view.recognised, word.start, word.end
        ):
            found.append((title, word))
    return found


def _quote(items: Sequence[str], limit: int = 3) -> str:
    unique = list(dict.fromkeys(items))
    shown = ", ".join(f"'{item}'" for item in unique[:limit])
    return shown + (", ..." if len(unique) > limit else "")


def _ordinary_word_names(tokens, lex: Lexicon, recognised: list[tuple[int, int]]) -> list[list[Token]]:
    """Runs of two or more capitalised everyday words where a person's name would stand
    ("Foreign Minister Wong Ye" for Wang Yi), outside the names the names pass recognised
    and leaving out title and organisation words."""
    found = []
    run: list = []
    for position, token in enumerate([*tokens, None]):
        text = token.text if token is not None else ""
        if (
            token is not None
            and position > 0
            and text.isalpha()
            and text[0].isupper()
            and (len(text) == 1 or text[1:].islower())
        ):
            run.append(token)
            continue
        people = [t for t in run if t.text.lower() not in TITLE_WORDS]
        # only the tail after the titles: "Governor Gas Utah" -> "Gas Utah"
        titled = False
        while run and run[0].text.lower() in TITLE_WORDS:
            titled = titled or run[0].text.lower() in PERSON_TITLES
            run.pop(0)
        speaks = text.lower() in ("said", "says", "told", "added")
        if (
            (titled or speaks)
            and 2 <= len(run) <= 4
            and len(people) == len(run)
            and all(lex.zipf(t.text.lower()) >= 3.0 and len(t.text) > 1 for t in run)
            and sum(lex.zipf(t.text.lower()) for t in run) / len(run) >= 3.8
            and not _inside_any(recognised, run[0].start, run[-1].end)
            and not any(t.text.lower() in DAYS_MONTHS for t in run)
        ):
            found.append(run)
        run = []
    return found


def _inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_right(spans, (start, float("inf"))) - 1
    for candidate in spans[max(0, index - 2) : index + 3]:
        if candidate[0] < end and start < candidate[1]:
            return True
    return False


def _word_costs(tokens, lex: Lexicon) -> list[tuple[float, Token]]:
    """Each known word's cost under the web bigram model, given the word before it (a
    comma or apostrophe keeps the chain, other punctuation and unknown words restart it)."""
    costs = []
    previous: str | None = None
    for token in tokens:
        text = token.text
        if not text.isalpha():
            if text not in (",", "'", "-"):
                previous = None
            continue
        lowered = text.lower()
        cost = lex.next_word_cost(previous, lowered)
        if cost is None:
            previous = None
            continue
        costs.append((cost, token))
        previous = lowered
    return costs


def _misfit_words(tokens, lex: Lexicon) -> list[Token]:
    """Common lower-case words that web English never puts after the word before them nor
    before the word after them ("raised interest paces on"): a wrong-sense synonym's trace."""
    found = []
    for position in range(1, len(tokens) - 1):
        left, word, right = tokens[position - 1].text, tokens[position].text, tokens[position + 1].text
        if not (word.isalpha() and word.islower() and left.isalpha() and right.isalpha()):
            continue
        if not right.islower() or lex.zipf(word) < 3.0:
            continue
        before = lex.pair_association(left.lower(), word)
        after = lex.pair_association(word, right)
        if before is None or after is None or before[1] or after[1]:
            continue
        if before[0] < 0 and after[0] < 0:
            found.append(tokens[position])
    return found


def _near_variants(counts: Counter[str], lex: Lexicon) -> dict[str, str]:
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extract

    words = list(counts)
    variants = {}
    for word in words:
        zipf = lex.zipf(word.lower())
        if zipf >= 3.5:
            continue
        limit = 1 if len(word) <= 5 else 2
        for other, distance, _ in extract(
            word, words, scorer=Levenshtein.distance, score_cutoff=limit, limit=None
        ):
            if other == word or distance == 0:
                continue
            if other.startswith(word) or word.startswith(other) or word[0] != other[0]:
                continue  # Russia/Russian, Korea/Korean: a derived form, not a respelling
            other_zipf = lex.zipf(other.lower())
            if other_zipf >= 5.0:
                continue  # 'Chinh' is not a misspelt 'China'
            if counts[word] < counts[other] or (counts[word] == counts[other] and zipf < other_zipf):
                variants[word] = other
                break
    return variants
