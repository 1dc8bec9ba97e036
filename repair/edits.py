"""The one data model every pass shares: spans, proposals, decisions, and the edit engine.

Spans always index the original decoded text, never a modified copy, so proposals from
different passes can be compared, resolved and applied together, and a saved review can
be replayed against a fresh analysis of the same text.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum

from repair.kinds import KINDS, priority

_CONTEXT_CHARS = 24


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range of str indices into the original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        """True when applying both edits would touch the same characters.

        Two insertions at one point conflict (their order would be arbitrary); an
        insertion strictly inside a replaced range conflicts; touching ends do not.
        """
        if self.start == self.end and other.start == other.end:
            return self.start == other.start
        if self.start == self.end:
            return other.start < self.start < other.end
        if other.start == other.end:
            return self.start < other.start < self.end
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Proposal:
    """One suggested change, with everything a reviewer needs to judge it."""

    span: Span
    original: str
    replacement: str
    kind: str
    rule: str
    confidence: float
    reason: str
    evidence: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    id: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown proposal kind {self.kind!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside 0..1")

    def to_dict(self) -> dict:
        data = asdict(self)
        data["span"] = [self.span.start, self.span.end]
        data["evidence"] = list(self.evidence)
        data["alternatives"] = list(self.alternatives)
        return data


def make_proposal(
    text: str,
    start: int,
    end: int,
    replacement: str,
    *,
    kind: str,
    rule: str,
    confidence: float,
    reason: str,
    evidence: Iterable[str] = (),
    alternatives: Iterable[str] = (),
) -> Proposal:
    """Build a proposal against ``text`` with its stable id filled in."""
    span = Span(start, end)
    original = text[start:end]
    return Proposal(
        span=span,
        original=original,
        replacement=replacement,
        kind=kind,
        rule=rule,
        confidence=round(float(confidence), 4),
        reason=reason,
        evidence=tuple(evidence),
        alternatives=tuple(a for a in alternatives if a != replacement),
        id=stable_id(text, span, kind, replacement),
    )


def stable_id(text: str, span: Span, kind: str, replacement: str) -> str:
    """An id from the change and its surrounding words, not from offsets.

    The same damage in the same context gets the same id after re-analysis, even when
    text elsewhere in the article was edited, so saved decisions and "always ignore"
    entries keep matching.
    """
    left = text[max(0, span.start - _CONTEXT_CHARS) : span.start]
    right = text[span.end : span.end + _CONTEXT_CHARS]
    key = "\x1f".join((kind, left, text[span.start : span.end], right, replacement))
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def dedupe_ids(proposals: Sequence[Proposal]) -> list[Proposal]:
    """Make ids unique when identical damage repeats in identical context."""
    seen: dict[str, int] = {}
    out = []
    for proposal in sorted(proposals, key=lambda p: (p.span, p.kind, p.id)):
        count = seen.get(proposal.id, 0)
        seen[proposal.id] = count + 1
        out.append(proposal if count == 0 else replace(proposal, id=f"{proposal.id}-{count}"))
    return out


def net_edit(proposal: Proposal) -> tuple[int, int, str]:
    """The change with the text it keeps trimmed off both ends: ' ,' -> ',' is (start, start+1, '')."""
    original, replacement = proposal.original, proposal.replacement
    start, end = proposal.span.start, proposal.span.end
    while original and replacement and original[0] == replacement[0]:
        original, replacement, start = original[1:], replacement[1:], start + 1
    while original and replacement and original[-1] == replacement[-1]:
        original, replacement, end = original[:-1], replacement[:-1], end - 1
    return start, end, replacement


def merge_agreeing(proposals: Sequence[Proposal]) -> list[Proposal]:
    """One proposal per distinct change: when passes agree, keep the first by priority.

    The others' rules join its evidence, since two independent checks finding the same
    fix is itself evidence.
    """
    kept: dict[tuple[int, int, str], Proposal] = {}
    for proposal in sorted(proposals, key=_rank):
        key = net_edit(proposal)
        first = kept.get(key)
        if first is None:
            kept[key] = proposal
        elif proposal.rule != first.rule:
            note = f"also found by {proposal.rule} ({proposal.confidence:.2f}): {proposal.reason}"
            kept[key] = replace(first, evidence=(*first.evidence, note))
    return sorted(kept.values(), key=lambda p: (p.span.start, p.span.end, p.kind))


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EDITED = "edited"


@dataclass(frozen=True)
class Decision:
    """A reviewer's (or the automatic policy's) verdict on one proposal."""

    proposal_id: str
    verdict: Verdict
    text: str | None = None  # the reviewer's replacement when verdict is EDITED
    source: str = "auto"  # "auto", "review" or "bulk"

    def to_dict(self) -> dict:
        return {
            "proposal_id": self.proposal_id,
            "verdict": self.verdict.value,
            "text": self.text,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> Decision:
        return cls(
            proposal_id=str(data["proposal_id"]),
            verdict=Verdict(data["verdict"]),
            text=data.get("text"),
            source=str(data.get("source", "review")),
        )


def _rank(proposal: Proposal) -> tuple:
    """When two proposals overlap, the one whose kind comes first wins (repair.kinds);
    confidence breaks ties."""
    return (priority(proposal.kind), -proposal.confidence, proposal.span.start, proposal.id)


@dataclass
class EditSet:
    """Proposals settled so that no two overlap; the losers are kept to explain why."""

    chosen: list[Proposal] = field(default_factory=list)
    dropped: list[tuple[Proposal, str]] = field(default_factory=list)


def resolve(proposals: Iterable[Proposal]) -> EditSet:
    """Pick a non-overlapping set: higher-priority kinds first, then higher confidence."""
    result = EditSet()
    keys: list[tuple[int, int]] = []  # the chosen spans, sorted; no two of them overlap
    chosen: dict[tuple[int, int], Proposal] = {}
    for proposal in sorted(proposals, key=_rank):
        clash = _clash(keys, chosen, proposal.span)
        if clash is None:
            key = (proposal.span.start, proposal.span.end)
            bisect.insort(keys, key)
            chosen[key] = proposal
        else:
            result.dropped.append((proposal, f"overlaps {clash.kind} proposal {clash.id}"))
    result.chosen = [chosen[key] for key in keys]
    return result


def _clash(
    keys: list[tuple[int, int]], chosen: dict[tuple[int, int], Proposal], span: Span
) -> Proposal | None:
    """A chosen proposal that ``span`` overlaps, found by binary search (not a scan, which
    is quadratic on a text with 100,000 proposals). Chosen spans never overlap one another,
    so sorted by start their ends rise too: only the last one starting before ``span``
    ends, and for an insertion the first one starting at it, can clash."""
    lo = bisect.bisect_left(keys, (span.start, -1))
    hi = bisect.bisect_left(keys, (span.end, -1))
    for index in (hi - 1, lo - 1, lo):
        if 0 <= index < len(keys) and chosen[keys[index]].span.overlaps(span):
            return chosen[keys[index]]
    return None


def apply_edits(text: str, edits: Iterable[tuple[Span, str]]) -> str:
    """Apply non-overlapping (span, replacement) edits to ``text`` in one pass."""
    ordered = sorted(edits, key=lambda e: (e[0].start, e[0].end))
    pieces: list[str] = []
    cursor = 0
    for span, replacement in ordered:
        if span.start < cursor or span.end > len(text):
            raise ValueError(f"edit {span.start}..{span.end} overlaps or leaves the text")
        pieces.append(text[cursor : span.start])
        pieces.append(replacement)
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def apply_decisions(text: str, proposals: Sequence[Proposal], decisions: Mapping[str, Decision]) -> str:
    """The repaired text: a pure function of the original, the proposals and the verdicts."""
    return apply_edits(text, accepted_edits(proposals, decisions))


def accepted_edits(
    proposals: Sequence[Proposal], decisions: Mapping[str, Decision]
) -> list[tuple[Span, str]]:
    """The (span, text) pairs the decisions accept, settled for overlaps."""
    taken = []
    for proposal in proposals:
        decision = decisions.get(proposal.id)
        if decision is None or decision.verdict is Verdict.REJECTED:
            continue
        if decision.verdict is Verdict.EDITED and decision.text is not None:
            taken.append(replace(proposal, replacement=decision.text, kind="manual"))
        else:
            taken.append(proposal)
    return [(p.span, p.replacement) for p in resolve(taken).chosen]


class LineIndex:
    """Fast offset -> (line, column) for many lookups on one text."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")

    def locate(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1
