"""Word-level corrections a language model prefers, without annotated training data.

The method of Bryant & Briscoe (2018, "Language model based grammatical error correction
without annotated training data"): for each word, make the candidates a learner or a
translation confuses it with, score the sentence with each in place under a language
model, and keep a candidate only when it beats the original by a margin. Candidates here
are spelling only: the common words one slip away from a word English does not use or
uses rarely.

The paper's other families were measured on the even half of JFLEG dev and left out: under
a bigram model only 8 of 96 article, 10 of 272 preposition and 80 of 644 word-form
changes (noun number, verb forms, from lemminflect) were a correction's, and word forms
above a margin still changed clean news ("atomic bombing" -> "bomb", "closer ties").

The model is the bigram counts wordsegment ships (repair/detect/lexicon.py): a change
alters two word pairs, so the difference is local and cheap. The same gain judges a
checker's own suggestions (``replacement_gain``). Margins per family were tuned on the
even half of JFLEG dev (``MARGINS``).

The lm extra's SmolLM2 judging a checker's grammar findings over the whole sentence was
measured and left out: 0.1 GLEU more on the held-out JFLEG half, at 0.12x Harper's speed.

SmolLM2 judging the paper's other families itself was measured and left out too (branch
gramlm-lm-rescore, not merged): each sentence read with every candidate in place (an
article put before a content word, a noun's or verb's other forms from lemminflect, from
the first changed token to six past it, the shared beginning read once), the best edit of a
word kept over a margin. On the even JFLEG half, with margins of 4 nats for a word form
and 3 for an article, the pipeline scored GLEU 47.65 (46.09 without), P 65.6, R 28.9, F0.5
52.4; prepositions (+0.24 GLEU at 3 nats, P 65.8) and dropped or swapped articles (+0.14)
paid less. But clean news reads as well with other forms: on the first two simulator
articles (seed 3) it made 9 changes to the clean originals (5.8 per 1,000 words, 0.00
without) and automatic grammar precision fell to 0.31 (4 of 13; 1.00 without), with gains
as large as the corrections' ("20 heads of state" -> "head", 9.2 nats; "owed" -> "owes",
5.7; "its neighbor" -> "neighbors", 4.2), so no margin separates them. It was also slow:
about a hundred tokens a second on one core, 5 to 9 words a second through the pipeline
(1,203 s for the even half against 12.9 s without the extra).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from repair.grammar.ranking import one_slip_words

_ALPHA = re.compile(r"[a-z]+")
# Cost in nats of a word the unigram list lacks (a misspelling, a rare name): about as
# unexpected as a word seen once in a billion.
OOV_COST = 24.0


@dataclass(frozen=True)
class Word:
    """One word token of a sentence: where it is and its lower-case form."""

    start: int
    end: int
    text: str
    editable: bool = True  # False: part of a compound, a contraction or a name


@dataclass(frozen=True)
class Edit:
    """A replacement of one word the model prefers, and by how much (nats)."""

    start: int
    end: int
    replacement: str
    family: str  # spelling
    gain: float


# Per family: how much less surprising (nats, over the word pairs a change touches) the
# sentence must be with the candidate than with the original; "grammar" is for a
# checker's non-spelling suggestion; "far" for a suggestion two slips away (on the even
# JFLEG half, 11 nats made 9 automatic, 4 a correction's and 5 part of one; 13 nats 6: 3,
# 4). A gain at the margin is
# worth the kind's threshold.
MARGINS = {"spelling": 7.0, "rare": 9.0, "far": 13.0, "grammar": 5.0}
# A misspelling's choice is clear only when no other candidate comes within this many nats
# of the best ("salf": half, salt and self fit alike); else its confidence is at most
# AMBIGUOUS, below every automatic threshold. Tuned on the even half of JFLEG dev.
RIVAL_GAP = 1.0
AMBIGUOUS = 0.5


class BigramModel:
    """-log P(word | previous word), from the counts wordsegment ships."""

    def __init__(self) -> None:
        from repair.detect.lexicon import lexicon

        self._lexicon = lexicon()

        self._pieces: dict[str, tuple[str, ...]] = {}

    def cost(self, previous: str | None, word: str | None) -> float:
        """Nats for ``word`` after ``previous`` (None: no word there, or a break). A word the
        counts hold split ("cannot") is read as its two words ("can not")."""
        if word is None:
            return 0.0
        pieces = self.pieces(word)
        if previous is not None:
            previous = self.pieces(previous)[-1]
        total = 0.0
        for piece in pieces:
            found = self._lexicon.next_word_cost(previous, piece)
            total += OOV_COST if found is None else found
            previous = piece
        return total

    def pieces(self, word: str) -> tuple[str, ...]:
        """``word`` as the counts hold it: itself, or the two words of a split ("can", "not")."""
        found = self._pieces.get(word)
        if found is None:
            found = self._pieces[word] = self._lexicon.split_form(word) or (word,)
        return found

    def zipf(self, word: str) -> float:
        return self._lexicon.zipf(word)


def _lm_form(text: str) -> str | None:
    """The form the counts use (lower case letters), or None: a break in the context."""
    lower = text.lower()
    return lower if _ALPHA.fullmatch(lower) else None


def candidates(word: str, model: BigramModel) -> Iterator[tuple[str, str]]:
    """(replacement, family) for a lower-case word: the common words one slip from a word
    English text never uses (wordfreq has not seen it; words it has seen even rarely,
    "gaveled", "bisht", are a writer's choice more often than a slip)."""
    family = slip_family(word, model, OWN_RARE_ZIPF)
    if family is not None:
        for other in one_slip_words(word)[:12]:
            yield other, family


# A word rarer than this ("oher", "wich", "comming", but also "gaveled") may be a slip when
# a checker flags it; the model looks for slips itself only in words rarer than once per
# million words (a lower bar would make it judge many more real words, at a cost in time).
RARE_ZIPF = 3.5
OWN_RARE_ZIPF = 3.0


def slip_family(word: str, model: BigramModel, rare: float = RARE_ZIPF) -> str | None:
    """Which margin a slip in ``word`` answers to: "spelling" for a word wordfreq has never
    seen, "rare" for one it has seen less than once per million words (many slips are,
    "oher", "wich"; so are real words, "gaveled", "bisht": a larger margin), None for a
    common word (a slip into another real word is left to the checker)."""
    zipf = model.zipf(word.lower())
    if zipf == 0.0:
        return "spelling"
    return "rare" if zipf < rare and len(word) >= 3 else None


def _local_cost(model: BigramModel, forms: Sequence[str | None], i: int, replacement: str | None) -> float:
    """Cost of the pairs (i-1, i) and (i, i+1) with ``replacement`` at ``i``."""
    previous = forms[i - 1] if i > 0 else None
    following = forms[i + 1] if i + 1 < len(forms) else None
    return model.cost(previous, replacement) + model.cost(replacement, following)


def _cased(replacement: str, original: str) -> str:
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def best_edits(words: Sequence[Word], model: BigramModel, margins: dict[str, float] = MARGINS) -> list[Edit]:
    """The edits the model prefers in one sentence (``words``: its tokens in order; one
    the counts cannot read, such as "n't" or a number, breaks the context), each word
    changed at most once, chosen greedily by gain over margin, so two neighbouring changes
    are judged with each other in place. Only lower-case words, and the first word, change."""
    forms: list[str | None] = [_lm_form(w.text) for w in words]
    options: list[list[tuple[str, str]]] = []
    for i, (w, form) in enumerate(zip(words, forms, strict=True)):
        editable = w.editable and (w.text.islower() or (i == 0 and w.text[1:].islower()))
        options.append(list(candidates(form, model)) if editable and form else [])
    edits: list[Edit] = []
    changed: set[int] = set()
    while True:
        best: tuple[float, int, str, str, float] | None = None
        for i, choices in enumerate(options):
            if i in changed or not choices:
                continue
            here = _local_cost(model, forms, i, forms[i])
            for other, family in choices:
                gain = here - _local_cost(model, forms, i, other)
                over = gain - margins[family]
                if over > 0 and (best is None or over > best[0]):
                    best = (over, i, other, family, gain)
        if best is None:
            return sorted(edits, key=lambda e: e.start)
        _, i, other, family, gain = best
        w = words[i]
        edits.append(Edit(w.start, w.end, _cased(other, w.text), family, round(gain, 3)))
        forms[i] = other
        changed.add(i)


def confidence(gain: float, family: str, threshold: float) -> float:
    """A gain's confidence: ``threshold`` (the kind's automatic threshold) at the family's
    margin, rising with the gain (each nat over the margin halves the odds of error)."""
    base = math.log(threshold / (1.0 - threshold))
    z = base + math.log(2.0) * (gain - MARGINS[family])
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*$")
_AFTER = re.compile(r"[ \t]*([A-Za-z]+)")
_PIECE = re.compile(r"[A-Za-z]+|[^\sA-Za-z]+")


def _chain(model: BigramModel, pieces: Sequence[str | None]) -> float:
    return sum(model.cost(a, b) for a, b in zip(pieces, pieces[1:], strict=False) if b is not None)


def replacement_gain(text: str, start: int, end: int, replacement: str, model: BigramModel) -> float:
    """How much less surprising (nats) the words around text[start:end] are with
    ``replacement`` in its place: the model's view of any checker's suggestion."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = _BEFORE.search(text, line_start, start)
    after = _AFTER.match(text, end, line_end if line_end >= 0 else len(text))

    def pieces(middle: str) -> list[str | None]:
        inner = [_lm_form(p) for p in _PIECE.findall(middle)]
        head = [before.group(1).lower()] if before else [None]
        tail = [after.group(1).lower()] if after else []
        return [*head, *inner, *tail]

    return _chain(model, pieces(text[start:end])) - _chain(model, pieces(replacement))


def family_of(rule: str, dictionary: bool, word: str, model: BigramModel) -> str | None:
    """Which margin judges a finding: a misspelling's (``slip_family``; None for a
    common word the model does not judge) or a grammar rule's."""
    return slip_family(word, model) if dictionary or rule == RULE else "grammar"


RULE = "repair.LanguageModel"
