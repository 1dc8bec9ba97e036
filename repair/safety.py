"""The guard every automatic write passes, as black verifies before it writes.

A repaired text is written only when all of these hold; otherwise it is refused with a
one-line reason and nothing is written:

1. It is exactly what the accepted proposals make of the original (no change from nowhere).
   When the proposals are not given or do not reproduce it, every difference counts as an
   edit of unknown kind, which may touch none of the protected facts below.
2. Facts stay as they were: numbers, dates, currency amounts, negations and the text inside
   quotation marks change only through an edit whose kind may touch them (repair/kinds.py).
   Facts are compared with their spaces removed, so the spacing fix of "$ 40 million" and
   the joining of a paragraph broken inside a quote are not changes; removing page chrome
   may remove anything; a doubled "not not" made single is still one negation, and a
   quotation is compared without its doubled words (nobody says "be be").
3. At most ``config.max_changed_share`` of the article's words change (words in removed
   page chrome do not count).
4. The unified diff of the change replays forwards and reverses to the original exactly.

Every check works edit by edit on the lines around each edit, so the guard costs time in
proportion to the text, whatever its shape.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from repair.config import Config
from repair.diffs import split_lines, unified_diff
from repair.edits import Proposal, Span, apply_edits
from repair.errors import RepairError
from repair.kinds import Effect, may_touch_fact, with_effect
from repair.words import LONG_NEGATIONS, WORD_CHARACTERS

# Which kinds may change each protected fact, and which removals are not changed words:
# the table of kinds (repair/kinds.py).
_REMOVES = with_effect(Effect.REMOVES)

# Any case: a month or a day a translation lower-cased ("in late may", "on tuesday") is the
# same date once capitalised, so the capital is no change of fact.
_MONTH = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_WEEKDAY = r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SP = r"[ \u00a0]"
_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}}(?:st|nd|rd|th)?{_SP}*(?:of{_SP}+)?){_MONTH}(?:{_SP}*,?{_SP}*\d{{4}})?"  # 5 November
    rf"|(?P<prep>(?:in|on|since|until|till|by|from|last|next|early|late|mid|of)[ -])?{_MONTH}"
    rf"(?P<date>{_SP}*\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?(?P<year>{_SP}*,?{_SP}*\d{{4}})?"  # (in) November 5, 2024
    rf"|{_WEEKDAY}"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?!\w)"
)

_WEEKDAY_ONLY = re.compile(_WEEKDAY)


def _dates(text: str) -> list[str]:
    """Dates, weekdays and months; a bare "May" or "March" is a date only after "in", "on"..."""
    found = []
    for match in _DATE.finditer(text):
        value = match.group()
        bare = all(match.group(name) is None for name in ("prep", "date", "year", "day"))
        if bare and value[:1].isalpha() and not _WEEKDAY_ONLY.fullmatch(value):
            continue
        prep = match.group("prep") or ""
        found.append(_compact(value[len(prep) :]).lower())  # "on May 5" and "in May 5" agree
    return found


_CURRENCY = re.compile(
    r"[$€£¥₴₽₹][ \u00a0]*\d(?:[\d.,]*\d)?(?:[ \u00a0]*(?:million|billion|trillion|thousand|bn|mn|m|k)\b)?"
    r"|\b\d(?:[\d.,]*\d)?[ \u00a0]*(?:(?:million|billion|trillion|thousand)[ \u00a0]*)?"
    r"(?:dollars?|euros?|pounds?|yuan|renminbi|roubles?|rubles?|hryvnias?|rupees?|yen|won|"
    r"USD|EUR|GBP|CNY|RUB|UAH|INR|JPY)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|nowhere|without|cannot)\b|n[’']t\b"
    # a contraction written without its apostrophe ("dont", "isnt") is a negation too
    r"|\b(?:do|does|did|is|was|are|were|could|should|would|have|has|had|must|need)nt\b",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
# Opening mark -> closing mark. Straight double quotes pair with each other; single curly
# quotes only open after a space or bracket, so apostrophes ("don’t") are not quotes.
_QUOTE = re.compile(r"“[^”]*”|„[^“”]*[“”]|«[^»]*»|\"[^\"\n]*\"|(?<![\w’])‘[^’]*’(?!\w)|「[^」]*」")


def _compact(value: str) -> str:
    return _SPACE.sub("", value)


# a word written twice in a row ("should they be be respected"), any case
_DOUBLED = re.compile(r"\b(\w+)(?:\s+\1\b)+", re.IGNORECASE)


def _said(quotation: str) -> str:
    """What a quotation says: its words, not their spacing nor a word the transcript
    doubled ("should they be be respected"): as with "not not", nobody says "be be", so
    making it single changes nothing said."""
    return _compact(_DOUBLED.sub(r"\1", quotation))


# a word English hardly uses (Zipf under 2) one slip from a long negation ("cannto", "canot") is that
# negation misspelt: its spelling fix keeps the negation, and no fix may turn it into a word
# without one ("canto")
_MISSPELT_ZIPF = 2.0
# (a word's letters before "n't" are no word of their own: "weren't")
_NEGATION_OR_WORD = re.compile(rf"{_NEGATION.pattern}|\b[a-z]{{4,8}}\b(?![’'])", re.IGNORECASE)


def _misspelt_negation(word: str) -> str | None:
    """The long negation ``word`` (lower case) is one slip from, when English hardly uses it."""
    import jellyfish

    from repair.detect.lexicon import lexicon

    near = [n for n in LONG_NEGATIONS if abs(len(n) - len(word)) <= 1 and n[0] == word[0]]
    if not near or lexicon().zipf(word) >= _MISSPELT_ZIPF:
        return None
    return next((n for n in near if jellyfish.damerau_levenshtein_distance(word, n) == 1), None)


def _negations(text: str) -> list[str]:
    """Negation words in order (a misspelt one too); "not not" (a doubled word) counts once."""
    found: list[str] = []
    previous_end = -1
    for match in _NEGATION_OR_WORD.finditer(text):
        word = match.group().lower()
        if not _NEGATION.fullmatch(word):
            word = _misspelt_negation(word)
            if word is None:
                continue
        word = "not" if word in ("n't", "n’t", "cannot") or word.endswith("nt") else word
        doubled = found and found[-1] == word and not text[previous_end : match.start()].strip()
        if not doubled:
            found.append(word)
        previous_end = match.end()
    return found


FACTS: dict[str, Callable[[str], list[str]]] = {
    "number": lambda text: _NUMBER.findall(_CURRENCY.sub(" ", _DATE.sub(" ", text))),
    "currency amount": lambda text: [_compact(m.group()).lower() for m in _CURRENCY.finditer(text)],
    "date": _dates,
    "negation": _negations,
    "quotation": lambda text: [_said(m.group()) for m in _QUOTE.finditer(text)],
}


@dataclass(frozen=True)
class GuardResult:
    ok: bool
    reason: str = ""
    blame: tuple[str, ...] = ()  # ids of the proposals that broke a rule, when known


@dataclass(frozen=True)
class _Edit:
    span: Span
    replacement: str
    kind: str  # "unknown" when the change cannot be traced to a proposal
    id: str = ""


def count_words(text: str) -> int:
    return len(WORD_CHARACTERS.findall(text))


def changed_words(before: str, after: str) -> int:
    """Words of ``before`` that ``after`` does not keep, in order (replaced or removed)."""
    old, new = WORD_CHARACTERS.findall(before), WORD_CHARACTERS.findall(after)
    if old == new:
        return 0
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return len(old) - sum(block.size for block in matcher.get_matching_blocks())


def changed_word_share(original: str, repaired: str) -> float:
    """Share of the original's words not kept by ``repaired``, diffed line by line."""
    total = count_words(original)
    if not total:
        return 0.0 if not count_words(repaired) else 1.0
    edits = _diff_edits(original, repaired)
    return sum(changed_words(original[e.span.start : e.span.end], e.replacement) for e in edits) / total


def guard(original: str, repaired: str, config: Config, applied: Sequence[Proposal] = ()) -> GuardResult:
    """Check a repaired text against its original before anything is written.

    ``applied`` are the proposals that produced it; they say which kind of edit made each
    change, and so which protected facts it may touch.
    """
    if original == repaired:
        return GuardResult(True)
    edits = _traced_edits(original, repaired, applied)
    groups = _groups(original, edits)
    for group in groups:
        refusal = _check_facts(original, group)
        if refusal is not None:
            return refusal
    refusal = _check_share(original, groups, config)
    if refusal is not None:
        return refusal
    try:
        unified_diff(original, repaired, "article")  # replays the diff both ways, or raises
    except RepairError:
        return GuardResult(False, "the diff does not replay to the repaired text and back to the original")
    return GuardResult(True)


def _traced_edits(original: str, repaired: str, applied: Sequence[Proposal]) -> list[_Edit]:
    """The accepted proposals as edits, when they make exactly ``repaired``; else the diff."""
    if applied:
        edits = [_Edit(p.span, p.replacement, p.kind, p.id) for p in applied]
        try:
            if apply_edits(original, [(e.span, e.replacement) for e in edits]) == repaired:
                return edits
        except ValueError:  # overlapping or out of range: not what made the text
            pass
    return _diff_edits(original, repaired)


def _diff_edits(original: str, repaired: str) -> list[_Edit]:
    """Changed stretches found by diffing lines (difflib; junk heuristics keep it fast)."""
    old, new = split_lines(original), split_lines(repaired)
    old_at = [0]
    for line in old:
        old_at.append(old_at[-1] + len(line))
    # trim the common head and tail first: the usual repair touches few lines
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    matcher = difflib.SequenceMatcher(None, old[head : len(old) - tail], new[head : len(new) - tail])
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start, end = old_at[head + i1], old_at[head + i2]
        replacement = "".join(new[head + j1 : head + j2])
        # narrow to the characters that differ, so a refusal can show them
        before = original[start:end]
        same = 0
        while same < min(len(before), len(replacement)) and before[same] == replacement[same]:
            same += 1
        tail = 0
        limit = min(len(before), len(replacement)) - same
        while tail < limit and before[-1 - tail] == replacement[-1 - tail]:
            tail += 1
        span = Span(start + same, end - tail)
        edits.append(_Edit(span, replacement[same : len(replacement) - tail], "unknown"))
    return edits


_LONG_LINE = 2000  # a longer line is judged on the text around each edit, not as a whole
_AROUND = 300
_MAX_GROUP = 64


@dataclass
class _Group:
    core: Span  # the edits' spans widened to whole words; groups' cores never overlap
    window: Span  # the text whose facts are compared: the line, or the text around the core
    members: list[_Edit]


def _word_bounds(text: str, start: int, end: int, limit: int = 40) -> tuple[int, int]:
    """Widen to whole words, but by at most ``limit`` characters a side (one 5 MB "word")."""
    floor, ceiling = max(0, start - limit), min(len(text), end + limit)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    while end < ceiling and not text[end].isspace():
        end += 1
    return start, end


def _window(text: str, core: Span) -> Span:
    left = max(text.rfind("\n", 0, core.start), text.rfind("\r", 0, core.start)) + 1
    ends = [i for i in (text.find("\n", core.end), text.find("\r", core.end)) if i != -1]
    right = min(ends) if ends else len(text)
    if right - left <= _LONG_LINE:
        return Span(left, right)
    left = max(left, core.start - _AROUND)
    right = min(right, core.end + _AROUND)
    return Span(*_word_bounds(text, left, right))


def _groups(original: str, edits: list[_Edit]) -> list[_Group]:
    """Edits close together form one group, judged together on the text around them."""
    groups: list[_Group] = []
    for edit in sorted(edits, key=lambda e: (e.span.start, e.span.end)):
        start, end = _word_bounds(original, edit.span.start, edit.span.end)
        last = groups[-1] if groups else None
        if last is not None and start <= last.core.end + 1 and len(last.members) < _MAX_GROUP:
            last.core = Span(last.core.start, max(last.core.end, end))
            last.members.append(edit)
            continue
        if last is not None:
            last.window = _window(original, last.core)
            start = min(edit.span.start, max(start, last.core.end))
        groups.append(_Group(Span(start, end), Span(start, end), [edit]))
    if groups:
        groups[-1].window = _window(original, groups[-1].core)
    return groups


def _apply_in(original: str, window: Span, edits: Sequence[_Edit]) -> str:
    pieces, cursor = [], window.start
    for edit in edits:
        pieces.append(original[cursor : edit.span.start])
        pieces.append(edit.replacement)
        cursor = edit.span.end
    pieces.append(original[cursor : window.end])
    return "".join(pieces)


def _check_facts(original: str, group: _Group) -> GuardResult | None:
    window, members = group.window, group.members
    window = Span(min(window.start, group.core.start), max(window.end, group.core.end))
    before = original[window.start : window.end]
    after = _apply_in(original, window, members)
    for fact, find in FACTS.items():
        old = find(before)
        if old == find(after):
            continue
        # which edits change this fact on their own? each must be of a kind allowed to
        culprits = [e for e in members if find(_apply_in(original, window, [e])) != old]
        if not culprits:  # only the edits together change it: all must be allowed
            culprits = members
        wrong = [e for e in culprits if not may_touch_fact(e.kind, fact)]
        if wrong:
            return _refusal(original, fact, wrong[0], [e.id for e in wrong if e.id])
    return None


def _refusal(original: str, fact: str, edit: _Edit, blame: list[str]) -> GuardResult:
    line = original.count("\n", 0, edit.span.start) + 1
    was = _clip(original[edit.span.start : edit.span.end])
    now = _clip(edit.replacement)
    who = "a change" if edit.kind == "unknown" else f"a {edit.kind} edit"
    return GuardResult(False, f"{who} on line {line} would alter a {fact} ({was} -> {now})", tuple(blame))


def _clip(value: str, limit: int = 40) -> str:
    shown = repr(value if len(value) <= limit else value[: limit - 1] + "…")
    return shown.replace("\n", "\\n")


def _check_share(original: str, groups: list[_Group], config: Config) -> GuardResult | None:
    """Words changed by edits other than removals (page chrome), against the words left."""
    removed = changed = 0
    for group in groups:
        core, members = group.core, group.members
        chrome = [e for e in members if e.kind in _REMOVES]
        after_chrome = _apply_in(original, core, chrome)
        removed += count_words(original[core.start : core.end]) - count_words(after_chrome)
        if len(chrome) < len(members):
            # diff the rest against the text with the chrome already gone
            changed += changed_words(after_chrome, _apply_in(original, core, members))
    words = count_words(original) - removed
    if words <= 0:
        return None if not changed else GuardResult(False, "the repair would replace every word")
    share = changed / words
    if share > config.max_changed_share:
        return GuardResult(
            False,
            f"{share:.0%} of the words would change ({changed} of {words}; "
            f"limit {config.max_changed_share:.0%})",
        )
    return None
