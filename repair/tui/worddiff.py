"""A word-level diff for the side panel: which words a change deletes and which it inserts.

A unified diff of a whole paragraph shows two long lines that differ in one comma; at
80x24 the panel is 30-odd columns wide, so the change itself scrolls off. Here the two
texts are split into words, spaces and punctuation, aligned with difflib, and the equal
stretches between changes are cut down to a few words either side.
"""

from __future__ import annotations

import difflib
import re

EQUAL, DELETED, INSERTED = "=", "-", "+"
GAP = " … "
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(before: str, after: str, context: int = 5) -> list[tuple[str, str]]:
    """(op, text) pieces turning ``before`` into ``after``; equal runs longer than
    ``context`` words either side of a change are cut, the cut shown as GAP."""
    old, new = tokens(before), tokens(after)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    pieces: list[tuple[str, str]] = []
    opcodes = matcher.get_opcodes()
    for number, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            run = old[i1:i2]
            first, last = number == 0, number == len(opcodes) - 1
            pieces.extend(
                (EQUAL, piece) for piece in _trim(run, context, keep_head=not first, keep_tail=not last)
            )
            continue
        if i2 > i1:
            pieces.append((DELETED, "".join(old[i1:i2])))
        if j2 > j1:
            pieces.append((INSERTED, "".join(new[j1:j2])))
    return _merge(pieces)


def _trim(run: list[str], context: int, *, keep_head: bool, keep_tail: bool) -> list[str]:
    """An equal run cut to ``context`` words after the change before it (``keep_head``)
    and before the change after it (``keep_tail``)."""
    words = [i for i, t in enumerate(run) if not t.isspace()]
    budget = (context if keep_head else 0) + (context if keep_tail else 0)
    if len(words) <= budget:
        return ["".join(run)]
    out = []
    if keep_head:
        end = words[context - 1] + 1 if context else 0
        out.append("".join(run[:end]))
    out.append(GAP)
    if keep_tail:
        start = words[len(words) - context] if context else len(run)
        out.append("".join(run[start:]))
    return [piece for piece in out if piece]


def _merge(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for op, text in pieces:
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        else:
            merged.append((op, text))
    return merged
