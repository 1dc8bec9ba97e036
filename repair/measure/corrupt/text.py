"""Damage to words, sentences, paragraphs, spacing and encoding.

Each function proposes candidate edits to a Plan, which refuses those that would touch an
edit already planned; the budget says how many of each kind the article should get.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from functools import cache

from repair.document import Document
from repair.measure.corrupt.plan import Plan, load_data

_MID_WORD = re.compile(r"(?<=[a-z,;] )([a-z]{3,})(?= [a-z])")
_DOUBLE_CANDIDATE = re.compile(
    r"(?<=[a-z,] )(the|a|to|of|in|and|for|on|with|was|is|it|by|at|as|from|its|has|have|will|would|their)(?= [a-z])"
)
_QUOTES = re.compile(r"[\"“”]")


def _take(
    plan: Plan,
    budget: dict[str, int],
    kind: str,
    category: str,
    candidates: Iterable[tuple[int, int, str, str]],
) -> None:
    """Plan candidate edits (start, end, damaged, note) until the kind's budget is spent."""
    for start, end, damaged, note in candidates:
        if budget.get(kind, 0) <= 0:
            return
        if plan.add(start, end, damaged, kind, category, note):
            budget[kind] -= 1


def _shuffled(items: list, rng: random.Random) -> list:
    items = list(items)
    rng.shuffle(items)
    return items


def capitalised(plan: Plan, rng: random.Random, budget: dict[str, int]) -> None:
    spots = [
        (m.start(), m.end(), m.group(1).capitalize(), "common word capitalised mid-sentence")
        for m in _MID_WORD.finditer(plan.text)
    ]
    _take(plan, budget, "capitalised", "grammar", _shuffled(spots, rng))


def doubled_word(plan: Plan, rng: random.Random, budget: dict[str, int]) -> None:
    spots = [
        (m.start(), m.end(), f"{m.group(1)} {m.group(1)}", f"{m.group(1)!r} written twice")
        for m in _DOUBLE_CANDIDATE.finditer(plan.text)
    ]
    _take(plan, budget, "doubled-word", "grammar", _shuffled(spots, rng))


@cache
def _swaps() -> dict[str, list[str]]:
    return load_data("confusions.json")["swaps"]


def _match_case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def synonym(plan: Plan, rng: random.Random, budget: dict[str, int]) -> None:
    swaps = _swaps()
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(sorted(swaps, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE
    )
    spots = []
    for m in pattern.finditer(plan.text):
        word = m.group(1)
        if (
            word[:1].isupper()
            and m.start() > 0
            and plan.text[m.start() - 2 : m.start()] not in (". ", "\n", '"')
        ):
            continue  # a capitalised word mid-sentence is part of a name ("Security Council")
        wrong = rng.choice(swaps[word.lower()])
        spots.append((m.start(), m.end(), _match_case(word, wrong), f"wrong sense of {word.lower()!r}"))
    _take(plan, budget, "synonym", "grammar", _shuffled(spots, rng))


def _plain_sentences(doc: Document) -> list[tuple[int, int]]:
    """Sentences of prose without quotations, at least eight words long."""
    out = []
    for sentence in doc.sentences:
        body = doc.text[sentence.start : sentence.end]
        if _QUOTES.search(body) or "\n" in body or len(body.split()) < 8 or body[-1] not in ".!?":
            continue
        out.append((sentence.start, sentence.end))
    return out


def _lower_first(phrase: str, names: set[str]) -> str:
    first = phrase.split(" ", 1)[0]
    if first in names or first.isupper() or first == "I":
        return phrase
    return phrase[:1].lower() + phrase[1:]


def clause_swap(
    plan: Plan, doc: Document, names: set[str], rng: random.Random, budget: dict[str, int]
) -> None:
    """ "After the talks, Biden said ..." -> "Biden said ..., after the talks." """
    spots = []
    for start, end in _plain_sentences(doc):
        body = plan.text[start:end]
        if body.count(", ") != 1:
            continue
        head, tail = body[:-1].split(", ")
        if len(head.split()) < 3 or len(tail.split()) < 3:
            continue
        swapped = tail[:1].upper() + tail[1:] + ", " + _lower_first(head, names) + body[-1]
        spots.append((start, end, swapped, "two clauses in the wrong order"))
    _take(plan, budget, "clause-swap", "fragment", _shuffled(spots, rng))


_SPLIT_AT = re.compile(
    r", (which|who|while|after|as|because|although|when|where|despite|following|including) "
)


def fragment(plan: Plan, doc: Document, rng: random.Random, budget: dict[str, int]) -> None:
    """ "... the deal, which took months, ..." -> "... the deal. Which took months, ..." """
    spots = []
    for start, end in _plain_sentences(doc):
        for m in _SPLIT_AT.finditer(plan.text, start, end):
            word = m.group(1)
            spots.append(
                (
                    m.start(),
                    m.end(),
                    f". {word.capitalize()} ",
                    f"a {word!r} clause cut off as its own sentence",
                )
            )
    _take(plan, budget, "fragment", "fragment", _shuffled(spots, rng))


_WORD_GAP = re.compile(r"(?<=[a-z,]) (?=[a-z])")


def broken_paragraph(plan: Plan, doc: Document, rng: random.Random, budget: dict[str, int]) -> None:
    """A paragraph broken in the middle of a sentence (a blank line, sometimes a bare line break)."""
    spots = []
    text = plan.text
    for start, end in _plain_sentences(doc):
        gaps = [m.start() for m in _WORD_GAP.finditer(text, start + 15, end - 15)]
        if not gaps:
            continue
        gap = rng.choice(gaps)
        left = text.rfind(" ", start, gap) + 1 or start
        right = text.find(" ", gap + 1, end)
        right = end if right < 0 else right
        breaker = "\n" if rng.random() < 0.25 else "\n\n"
        spots.append(
            (left, right, text[left:gap] + breaker + text[gap + 1 : right], "paragraph broken mid-sentence")
        )
    _take(plan, budget, "broken-paragraph", "structure", _shuffled(spots, rng))


def _spacing_spots(text: str) -> Iterable[tuple[int, int, str, str]]:
    for m in re.finditer(r"(?<=[a-z]{2})\. (?=[A-Z][a-z])", text):
        yield m.start(), m.end(), ".", "no space after a full stop"
    for m in re.finditer(r"(?<=[a-z]), (?=[a-z])", text):
        yield m.start(), m.end(), ",", "no space after a comma"
    for m in re.finditer(r"(?<=[a-z])(?=[,.;:] )", text):
        yield m.start(), m.end(), " ", "space before punctuation"
    for m in re.finditer(r"(?<=[a-z]) (?=[a-z])", text):
        yield m.start(), m.end(), "  ", "two spaces between words"


def _widen(text: str, start: int, end: int, damaged: str) -> tuple[int, int, str]:
    """Grow a tiny edit to whole words either side, so the key shows it in context."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    if right == end and right < len(text) and text[right] == " ":
        right += 1
        while right < len(text) and not text[right].isspace():
            right += 1
    return left, right, text[left:start] + damaged + text[end:right]


def spacing(plan: Plan, rng: random.Random, budget: dict[str, int]) -> None:
    text = plan.text
    spots = [(*_widen(text, s, e, d), note) for s, e, d, note in _spacing_spots(text)]
    _take(plan, budget, "spacing", "spacing", _shuffled(spots, rng))


def punctuation(plan: Plan, rng: random.Random, budget: dict[str, int]) -> None:
    text = plan.text
    spots = []
    for m in re.finditer(r"(?<=[a-z])([,.;:])(?= )", text):
        mark = m.group(1)
        stray = rng.choice([mark + mark, mark + " " + mark, ".," if mark == "," else ",."])
        spots.append(_widen(text, m.start(), m.end(), stray) + (f"{mark!r} doubled or mixed",))
    _take(plan, budget, "punctuation", "spacing", _shuffled(spots, rng))


def sloppy_cp1252(data: bytes) -> str:
    """Decode bytes as Windows-1252, keeping its five unassigned bytes as Latin-1 does."""
    out = []
    for byte in data:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def mojibake_of(text: str, codec: str) -> str:
    """UTF-8 text read back as cp1252 or Latin-1: "é" -> "Ã©"."""
    data = text.encode("utf-8")
    return sloppy_cp1252(data) if codec == "cp1252" else data.decode("latin-1")


_TYPOGRAPHIC = {"'": "\u2019", '"': "\u201c", " ": "\u00a0"}


def mojibake(plan: Plan, rng: random.Random, budget: dict[str, int]) -> None:
    """Words with non-ASCII letters through a UTF-8 -> cp1252 round trip; in one paragraph,
    also the typographic apostrophes and no-break spaces the source page would have had."""
    text = plan.text
    codec = rng.choice(["cp1252", "cp1252", "latin-1"])
    spots = []
    for m in re.finditer(r"\S*[^\x00-\x7f]\S*", text):
        spots.append((m.start(), m.end(), mojibake_of(m.group(), codec), f"UTF-8 read as {codec}"))
    paragraphs = [m.span() for m in re.finditer(r"[^\n]{200,}", text)]
    if paragraphs:
        p_start, p_end = rng.choice(paragraphs)
        for m in re.finditer(r"\w+'\w+", text[p_start:p_end]):
            word = m.group().replace("'", _TYPOGRAPHIC["'"])
            spots.append(
                (
                    p_start + m.start(),
                    p_start + m.end(),
                    mojibake_of(word, codec),
                    f"curly apostrophe, UTF-8 read as {codec}",
                )
            )
        for m in re.finditer(r"(?<=\d) (?=[a-z%])|(?<=[A-Z][a-z]\.) (?=[A-Z])", text[p_start:p_end]):
            spots.append(
                (
                    p_start + m.start(),
                    p_start + m.end(),
                    mojibake_of(_TYPOGRAPHIC[" "], codec),
                    f"no-break space, UTF-8 read as {codec}",
                )
            )
    _take(plan, budget, "mojibake", "encoding", _shuffled(spots, rng))


STEPS: dict[str, Callable] = {
    "capitalised": capitalised,
    "doubled-word": doubled_word,
    "synonym": synonym,
    "spacing": spacing,
    "punctuation": punctuation,
    "mojibake": mojibake,
}
