"""What passes share during one analysis besides the Document."""

from __future__ import annotations

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

    def is_protected(self, span: Span) -> bool:
        return any(p.start < span.end and span.start < p.end for p in self.protected)


class Pass(Protocol):
    name: str

    def run(self, doc: Document, context: PassContext) -> list[Proposal]: ...
