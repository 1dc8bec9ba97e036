"""Fixed phrases that rewriting software or machine translation damages the same way
wherever it passes: "once morest" (against), "the White Home", "new crown pneumonia".

The table is data (repair/data/phrases/phrases.tsv): each damaged phrase with its one
repair, and whether the repair is automatic (the phrase is no English anyone writes on
purpose) or a review proposal (a correct sentence could hold it). A lower-case phrase is
also found with a capital opening a sentence, and repaired with one. Nothing inside a
quotation is touched: the guard keeps the speaker's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from repair.document import Document
from repair.edits import Proposal, make_proposal
from repair.gazetteer.mentions import is_title
from repair.words import Quotations

# automatic: the phrase is no English; review: below every kind's automatic threshold
SURE = 0.95
UNSURE = 0.5
KIND = "wording"
_WHO = {
    "spinner": "rewriting software's word swap for",
    "mt-zh": "a word-by-word translation (from Chinese) of",
    "mt-ja": "a word-by-word translation (from Japanese) of",
    "mt-ko": "a word-by-word rendering (from Korean) of",
    "mt": "a machine translation's form of",
}
_DECISIONS = ("auto", "auto-inside", "review")
_FOLLOWING = re.compile(r"\s+([\w'’-]+)")


@dataclass(frozen=True)
class Phrase:
    damaged: str
    repair: str
    decision: str  # auto, auto-inside (automatic only inside a sentence), review
    source: str  # spinner, mt-zh, mt-ja, mt-ko, mt
    note: str
    not_before: frozenset[str]  # words after which the phrase is English as written ("*": any)


def parse(lines: list[str]) -> list[Phrase]:
    """The table's rows (``#`` lines are comments)."""
    phrases = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 6 or fields[2] not in _DECISIONS or fields[3] not in _WHO:
            raise ValueError(f"phrases.tsv line {number}: expected 6 fields (decision, source known)")
        damaged, repair, decision, source, note, after = fields
        phrases.append(Phrase(damaged, repair, decision, source, note, frozenset(after.split())))
    return phrases


@cache
def table() -> tuple[list[Phrase], re.Pattern[str]]:
    """The shipped table and one pattern for all its phrases, longest first."""
    text = resources.files("repair.data").joinpath("phrases/phrases.tsv").read_text(encoding="utf-8")
    phrases = parse(text.splitlines())
    alternatives = sorted((_pattern_of(p.damaged) for p in phrases), key=len, reverse=True)
    return phrases, re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w'’-])")


def _pattern_of(phrase: str) -> str:
    """A phrase as a pattern: either apostrophe; a lower-case first letter also capitalised."""
    first, rest = phrase[0], phrase[1:]
    head = f"[{first}{first.upper()}]" if first.islower() else re.escape(first)
    return head + re.escape(rest).replace("'", "['’]")


def _key(found: str) -> str:
    return (found[0].lower() + found[1:]).replace("’", "'")


def phrase_proposals(doc: Document) -> Iterator[Proposal]:
    """Each row's phrase where the article has it; a phrase refused at a place (a word it
    must not come before) leaves the shorter phrases inside it to be found."""
    text = doc.text
    _, pattern = table()
    quoted = Quotations(text)
    at = 0
    while (match := pattern.search(text, at)) is not None:
        proposal = _proposal(text, match, quoted)
        at = match.start() + 1 if proposal is None else match.end()
        if proposal is not None:
            yield proposal


def _proposal(text: str, match: re.Match, quoted: Quotations) -> Proposal | None:
    found = match.group()
    phrase = _by_phrase().get(found.replace("’", "'")) or _by_phrase().get(_key(found))
    if phrase is None or match.start() in quoted:
        return None
    following = _FOLLOWING.match(text, match.end())
    if following and ({"*", following.group(1).lower()} & phrase.not_before):
        return None
    if phrase.decision == "auto-inside" and _opens_sentence(text, match.start()):
        return None  # "Social gathering" opening a sentence is English
    confidence = UNSURE if phrase.decision == "review" else SURE
    if _longer_name(found, phrase.repair, following):
        confidence = UNSURE  # "the White Home Care charity": a name of its own
    repair = phrase.repair
    if found[0].isupper() and phrase.damaged[0].islower():
        repair = repair[0].upper() + repair[1:]
    if "’" in found:
        repair = repair.replace("'", "’")
    return make_proposal(
        text,
        match.start(),
        match.end(),
        repair,
        kind=KIND,
        rule="phrases.spun" if phrase.source == "spinner" else "phrases.translated",
        confidence=confidence,
        reason=f"`{found}` is {_WHO[phrase.source]} `{repair}`: {phrase.note}",
    )


def _longer_name(found: str, repair: str, following: re.Match | None) -> bool:
    """A capitalised phrase that a capitalised word goes on ("White Home Care", "Center East
    Mall") may be some other body's own name; a title after it ("World Financial institution
    President") is no part of one, nor is a one-word swap's next word ("Folks's Republic"),
    nor the name of a title's holder ("Senate Majority Chief Chuck Schumer")."""
    words = found.split()
    if len(words) < 2 or not (words[-1][:1].isupper() and following) or is_title(repair.split()[-1]):
        return False
    word = following.group(1)
    return word[:1].isupper() and not is_title(word)


@cache
def _by_phrase() -> dict[str, Phrase]:
    return {p.damaged: p for p in table()[0]}


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its line or a sentence (an opening mark may
    stand before it)."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \t\"“'‘(").rstrip("\"”’'")
    return not before or before[-1] in ".!?:"
