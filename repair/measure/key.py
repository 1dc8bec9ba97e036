"""The answer key: what was damaged and what restores it, one type for every kind of damage.

The corruption simulator (corrupt/) and the grammar calibration's own damage
(grammar_damage.py) both write their keys as Corruptions; the benches read them. Spans
index the damaged text; replacing each span by its ``original`` restores the clean text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Corruption:
    """One answer-key entry: a span of the damaged text and what restores it."""

    kind: str
    category: str
    start: int
    end: int
    text: str
    original: str
    note: str = ""

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "original": self.original,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Corruption:
        return cls(
            kind=str(data["kind"]),
            category=str(data["category"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            original=str(data["original"]),
            note=str(data.get("note", "")),
        )


def restore(damaged: str, corruptions: list[Corruption]) -> str:
    """Undo every corruption: replace each key span by its original."""
    pieces = []
    cursor = 0
    for c in sorted(corruptions, key=lambda c: c.start):
        if c.start < cursor:
            raise ValueError(f"corruptions overlap at {c.start}")
        pieces.append(damaged[cursor : c.start])
        pieces.append(c.original)
        cursor = c.end
    pieces.append(damaged[cursor:])
    return "".join(pieces)
