"""Scoring proposals against an answer key, and the detector's ranking metrics.

A proposal is judged by what it does to the text, not by its span alone. Proposals and
corruptions that touch form groups (connected through overlaps); a group is right when
applying its proposals gives the same text over the group's window as restoring its
corruptions does. When a group is wrong as a whole, each corruption in it is judged with
only the proposals that touch it, so one bad proposal cannot hide a good one next to it.
Comparison ignores what typography and layout do not change: no-break vs plain spaces,
curly vs straight quotes, and how many blank lines separate two paragraphs.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from repair.edits import Proposal
from repair.measure.corrupt import Corruption

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_LINE_BREAKS = re.compile(r"[ \t]*\n\s*")


def normalise(text: str) -> str:
    return _LINE_BREAKS.sub("\n", text.translate(_QUOTES)).strip()


def _touch(p_start: int, p_end: int, c_start: int, c_end: int) -> bool:
    """Overlap, counting an insertion anywhere inside or at the edge of a span."""
    if p_start == p_end:
        return c_start <= p_start <= c_end
    if c_start == c_end:
        return p_start <= c_start <= p_end
    return p_start < c_end and c_start < p_end


def _apply(text: str, lo: int, hi: int, edits: Sequence[tuple[int, int, str]]) -> str | None:
    """text[lo:hi] with the edits applied; None when two edits collide."""
    pieces = []
    cursor = lo
    for start, end, replacement in sorted(edits):
        if start < cursor:
            return None
        pieces.append(text[cursor:start])
        pieces.append(replacement)
        cursor = end
    pieces.append(text[cursor:hi])
    return "".join(pieces)


def _restores(damaged: str, proposals: Sequence[Proposal], corruptions: Sequence[Corruption]) -> bool:
    lo = min([p.span.start for p in proposals] + [c.start for c in corruptions])
    hi = max([p.span.end for p in proposals] + [c.end for c in corruptions])
    actual = _apply(damaged, lo, hi, [(p.span.start, p.span.end, p.replacement) for p in proposals])
    expected = _apply(damaged, lo, hi, [(c.start, c.end, c.original) for c in corruptions])
    return actual is not None and expected is not None and normalise(actual) == normalise(expected)


@dataclass
class Judgement:
    """Which proposals were right and which corruptions were repaired, by index."""

    correct: set[int] = field(default_factory=set)  # indices into proposals
    repaired: set[int] = field(default_factory=set)  # indices into corruptions
    touching: dict[int, set[int]] = field(default_factory=dict)  # proposal -> corruptions it touches


def judge(damaged: str, proposals: Sequence[Proposal], corruptions: Sequence[Corruption]) -> Judgement:
    """Judge non-overlapping ``proposals`` (one resolved set) against the answer key."""
    result = Judgement()
    order = sorted(range(len(corruptions)), key=lambda i: corruptions[i].start)
    starts = [corruptions[i].start for i in order]
    for pi, p in enumerate(proposals):
        near = set()
        # corruptions are sorted and never overlap, so scan from the first that could touch
        k = max(0, bisect.bisect_left(starts, p.span.start) - 1)
        while k < len(order) and corruptions[order[k]].start <= p.span.end:
            ci = order[k]
            c = corruptions[ci]
            if _touch(p.span.start, p.span.end, c.start, c.end):
                near.add(ci)
            k += 1
        result.touching[pi] = near
    # groups: connected components of the touch graph
    by_corruption: dict[int, set[int]] = {}
    for pi, near in result.touching.items():
        for ci in near:
            by_corruption.setdefault(ci, set()).add(pi)
    seen: set[int] = set()
    for ci in sorted(by_corruption):
        if ci in seen:
            continue
        group_c, group_p, todo = {ci}, set(), [ci]
        while todo:
            c = todo.pop()
            for pi in by_corruption.get(c, ()):
                if pi not in group_p:
                    group_p.add(pi)
                    for other in result.touching[pi]:
                        if other not in group_c:
                            group_c.add(other)
                            todo.append(other)
        seen |= group_c
        ps = [proposals[i] for i in sorted(group_p)]
        cs = [corruptions[i] for i in sorted(group_c)]
        if _restores(damaged, ps, cs):
            result.repaired |= group_c
            result.correct |= group_p
            continue
        for c in sorted(group_c):
            mine = sorted(by_corruption[c])
            others = {o for pi in mine for o in result.touching[pi]}
            if others == {c} and _restores(damaged, [proposals[i] for i in mine], [corruptions[c]]):
                result.repaired.add(c)
                result.correct |= set(mine)
    return result


@dataclass
class Tally:
    proposals: int = 0
    correct: int = 0
    damage: int = 0
    repaired: int = 0

    def add(self, other: Tally) -> None:
        self.proposals += other.proposals
        self.correct += other.correct
        self.damage += other.damage
        self.repaired += other.repaired

    @property
    def precision(self) -> float | None:
        return self.correct / self.proposals if self.proposals else None

    @property
    def recall(self) -> float | None:
        return self.repaired / self.damage if self.damage else None

    @property
    def f05(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 1.25 * p * r / (0.25 * p + r)

    def to_dict(self) -> dict:
        return {
            "proposals": self.proposals,
            "correct": self.correct,
            "damage": self.damage,
            "repaired": self.repaired,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f05": _round(self.f05),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def auroc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    """Area under the ROC curve (Mann-Whitney U, ties counted half)."""
    positives = sum(1 for label in labels if label)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return None
    ranked = sorted(zip(scores, labels), key=lambda pair: pair[0])
    rank_sum = 0.0
    i = 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        average = (i + 1 + j) / 2  # ranks i+1 .. j
        rank_sum += average * sum(1 for _, label in ranked[i:j] if label)
        i = j
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def precision_at(scores: Sequence[float], labels: Sequence[bool], share: float) -> float | None:
    """Precision among the top ``share`` of items by score (ties kept in input order)."""
    if not scores:
        return None
    top = max(1, math.ceil(len(scores) * share))
    order = sorted(range(len(scores)), key=lambda i: -scores[i])[:top]
    return sum(1 for i in order if labels[i]) / top
