"""The answer key: what was damaged and what restores it, one type for every kind of damage.

The corruption simulator (corrupt/) and the grammar calibration's own damage
(grammar_damage.py) write their keys as Corruptions, and `repair bench real` reads the
real pages' keys into Corruptions too; the benches read them. A simulated key knows where
each damage is: its span indexes the damaged text, and replacing each span by its
``original`` restores the clean text. A real page's key names the damaged string and its
right spellings but not where it stands (``located`` is false; the bench finds the string).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

NOWHERE = -1  # the start and end of a damage whose key gives no place


@dataclass(frozen=True)
class Corruption:
    """One answer-key entry: the damaged ``text`` (at start..end of the damaged text when
    located) and what restores it: ``original``, or any of ``also``."""

    kind: str
    category: str
    start: int
    end: int
    text: str
    original: str
    note: str = ""
    also: tuple[str, ...] = ()  # other right strings ("Yoon Suk Yeol" beside "Yoon Suk-yeol")

    @classmethod
    def unlocated(
        cls, text: str, rights: Iterable[str], *, kind: str = "name", category: str = ""
    ) -> Corruption:
        """A damaged string with its right spellings, the first the preferred one."""
        original, *also = rights
        return cls(kind, category, NOWHERE, NOWHERE, text, original, also=tuple(also))

    @property
    def located(self) -> bool:
        return self.start != NOWHERE

    @property
    def rights(self) -> list[str]:
        """Every string that restores the damage, the preferred one first."""
        return [self.original, *self.also]

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "original": self.original,
            "note": self.note,
            **({"also": list(self.also)} if self.also else {}),
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
            also=tuple(str(a) for a in data.get("also", ())),
        )


def restore(damaged: str, corruptions: list[Corruption]) -> str:
    """Undo every corruption: replace each key span by its original."""
    pieces = []
    cursor = 0
    for c in sorted(corruptions, key=lambda c: c.start):
        if not c.located:
            raise ValueError(f"{c.text!r}: the key does not say where it is")
        if c.start < cursor:
            raise ValueError(f"corruptions overlap at {c.start}")
        pieces.append(damaged[cursor : c.start])
        pieces.append(c.original)
        cursor = c.end
    pieces.append(damaged[cursor:])
    return "".join(pieces)
