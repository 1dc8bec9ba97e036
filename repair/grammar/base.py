"""What every grammar backend returns, and the interface a backend implements.

A backend turns text into ``Finding``s: where the problem is, which rule and category
found it, the backend's message, and its suggested fixes as (start, end, replacement)
edits of the original text. Turning findings into Proposals (confidence, name
protection, configuration) is the grammar pass's job, the same for every backend.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from repair.edits import Span


@dataclass(frozen=True)
class Fix:
    """One suggested edit: replace text[start:end] with ``text`` (start == end inserts)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    rule: str  # qualified: "harper.SpellCheck", "languagetool.MORFOLOGIK_RULE_EN_US"
    category: str  # the backend's rule category: "Spelling", "TYPOS", ...
    kind: str  # proposal kind: grammar, spelling, punctuation or style
    message: str
    fixes: tuple[Fix, ...] = ()

    def to_note(self) -> dict:
        return {"start": self.start, "end": self.end, "rule": self.rule, "category": self.category}


class Backend(Protocol):
    name: str  # "harper" or "languagetool": the key of its confidence table

    def check(self, text: str, units: Sequence[Span]) -> list[Finding]:
        """Findings in ``units`` of ``text`` (spans into it), the same for the same text,
        sorted by (start, end, rule). Groups of units (``harper_backend.groups``) are
        checked independently: the result is the sorted findings of each group checked
        alone (the review app streams them)."""
        ...
