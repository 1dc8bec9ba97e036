"""What passes share during one analysis besides the Document."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Protocol

from repair.config import Config
from repair.document import Document
from repair.edits import Proposal, Span


@dataclass
class PassContext:
    config: Config
    references: list[str] = field(default_factory=list)  # texts of clean reference articles
    protected: list[Span] = field(default_factory=list)  # recognised names: no other pass may touch
    entities: list[Any] = field(default_factory=list)  # mentions the names pass recognised
    earlier: list[Proposal] = field(default_factory=list)  # proposals of the passes that ran before
    # what one pass found that later passes or the detector can use without recomputing it,
    # e.g. notes["grammar.lints"] (raw backend findings), notes["names.variants"]
    notes: dict[str, Any] = field(default_factory=dict)
    _protected_index: tuple = field(default=(None, [], []), repr=False, compare=False)

    def is_protected(self, span: Span) -> bool:
        """Whether ``span`` overlaps a recognised name: a binary search, not a scan."""
        if not self.protected:
            return False
        key = (id(self.protected), len(self.protected))
        if self._protected_index[0] != key:
            ordered = sorted(self.protected)
            reach, furthest = [], -1
            for p in ordered:
                furthest = max(furthest, p.end)
                reach.append(furthest)
            self._protected_index = (key, [p.start for p in ordered], reach)
        _, starts, reach = self._protected_index
        before = bisect.bisect_left(starts, span.end)  # names starting before the span ends
        return before > 0 and reach[before - 1] > span.start


class Pass(Protocol):
    name: str

    def run(self, doc: Document, context: PassContext) -> list[Proposal]: ...
