"""What a pass reads besides the Document (PassContext), what it returns (PassResult), and
the two shapes of pass (Pass, StreamingPass).

A pass never writes into the context: it returns a PassResult, and the pipeline alone
(repair/pipeline.py) combines the results, in order, into the context the next pass reads
and into the finished Analysis the detector reads.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from repair.config import Config
from repair.document import Document
from repair.edits import Proposal, Span


@dataclass
class PassResult:
    """What one pass found in one article."""

    proposals: list[Proposal] = field(default_factory=list)
    protected: list[Span] = field(default_factory=list)  # spans no later pass may touch (names)
    entities: list[dict] = field(default_factory=list)  # mentions the names pass recognised
    # the grammar checker's findings as plain dicts (Finding.to_note), for the detector
    findings: list[dict] = field(default_factory=list)


@dataclass
class PassContext:
    """The article's settings and what the passes before this one found (written by the
    pipeline from their PassResults; a pass only reads it)."""

    config: Config
    references: list[str] = field(default_factory=list)  # texts of clean reference articles
    protected: list[Span] = field(default_factory=list)  # recognised names: no other pass may touch
    entities: list[Any] = field(default_factory=list)  # mentions the names pass recognised
    earlier: list[Proposal] = field(default_factory=list)  # proposals of the passes that ran before
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

    def run(self, doc: Document, context: PassContext) -> PassResult: ...


class PassRun(Protocol):
    """One article in a streaming pass: ``units`` are the spans its backend checks (the
    grammar checker's paragraphs); ``take`` receives the backend's findings for some of
    them, in any groups and order; ``result`` is the result so far, and once every unit is
    taken it equals ``Pass.run``'s."""

    units: list[Span]
    backend: Any  # what checks the units: ``backend.check(text, units)`` gives their findings

    def take(self, findings: Iterable[Any]) -> None: ...

    def result(self) -> PassResult: ...


@runtime_checkable
class StreamingPass(Protocol):
    """A pass whose slow part arrives in pieces (the grammar checker, a few paragraphs at a time,
    so the review app shows every other proposal first). The pipeline calls ``begin`` instead
    of ``run``, and feeds the run its backend's findings (see repair.pipeline.StagedAnalysis)."""

    name: str

    def run(self, doc: Document, context: PassContext) -> PassResult: ...

    def begin(self, doc: Document, context: PassContext) -> PassRun: ...
