"""Damage as a plan of edits on the clean text, and the answer key that undoes it.

Every corruption is one edit of the clean text: a (start, end) range replaced by damaged
text. Edits never overlap (a small gap is kept between them, so a repair of one cannot
reach into another), and insertions (page chrome) replace an empty range. Applying the
plan gives the damaged article; the key records each edit's span in the damaged text and
the clean text it replaced, so replacing every key span by its original restores the
clean article exactly.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from repair.measure.key import Corruption, restore

__all__ = ["CATEGORIES", "Corruption", "Edit", "Plan", "load_data", "restore", "stable_seed"]

CATEGORIES = ("name", "chrome", "structure", "spacing", "grammar", "encoding", "fragment")
GAP = 2  # characters of untouched text kept between two edits


@cache
def load_data(name: str) -> dict:
    """One of the simulator's data files in repair/measure/corrupt/data/."""
    return json.loads(
        resources.files("repair.measure.corrupt").joinpath("data").joinpath(name).read_text("utf-8")
    )


def stable_seed(seed: int, name: str) -> int:
    """The per-file seed: the run's seed plus a hash of the file name that never changes."""
    return seed + int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:12], 16)


@dataclass(frozen=True)
class Edit:
    start: int  # range in the clean text
    end: int
    replacement: str  # the damaged text
    kind: str
    category: str
    note: str = ""
    # several corruptions inserted at one point (blocks of chrome after the article's end):
    # (damaged text, kind, note) each; their texts joined make up `replacement`
    parts: tuple[tuple[str, str, str], ...] = ()


class Plan:
    """The edits chosen so far for one clean text; refuses any that would overlap."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._edits: list[Edit] = []
        self._starts: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """True when [start, end) keeps GAP characters away from every planned edit."""
        index = bisect.bisect_left(self._starts, start)
        for neighbour in self._edits[max(0, index - 1) : index + 1]:
            if start < neighbour.end + GAP and neighbour.start < end + GAP:
                return False
        return True

    def add(self, start: int, end: int, replacement: str, kind: str, category: str, note: str = "") -> bool:
        return self._insert(Edit(start, end, replacement, kind, category, note))

    def add_insertions(self, position: int, parts: list[tuple[str, str, str]], category: str) -> bool:
        """Insert several pieces at one point, each its own corruption in the key."""
        joined = "".join(text for text, _, _ in parts)
        return self._insert(
            Edit(position, position, joined, parts[0][1], category, parts[0][2], tuple(parts))
        )

    def _insert(self, edit: Edit) -> bool:
        if edit.category not in CATEGORIES:
            raise ValueError(f"unknown category {edit.category!r}")
        start, end = edit.start, edit.end
        if not 0 <= start <= end <= len(self.text) or self.text[start:end] == edit.replacement:
            return False
        if not self.free(start, end):
            return False
        index = bisect.bisect_left(self._starts, start)
        self._edits.insert(index, edit)
        self._starts.insert(index, start)
        return True

    @property
    def edits(self) -> list[Edit]:
        return list(self._edits)

    def apply(self) -> tuple[str, list[Corruption]]:
        """The damaged text and the answer key, with spans into the damaged text."""
        pieces: list[str] = []
        key: list[Corruption] = []
        cursor = 0
        length = 0
        for edit in self._edits:
            kept = self.text[cursor : edit.start]
            pieces.append(kept)
            length += len(kept)
            pieces.append(edit.replacement)
            original = self.text[edit.start : edit.end]
            for text, kind, note in edit.parts or ((edit.replacement, edit.kind, edit.note),):
                key.append(Corruption(kind, edit.category, length, length + len(text), text, original, note))
                length += len(text)
            cursor = edit.end
        pieces.append(self.text[cursor:])
        return "".join(pieces), key
