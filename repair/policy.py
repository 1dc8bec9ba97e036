"""Automatic mode: which proposals are applied without a reviewer."""

from __future__ import annotations

from collections.abc import Iterable

from repair.config import Config
from repair.edits import Decision, Proposal, Verdict, resolve


def auto_decisions(proposals: Iterable[Proposal], config: Config) -> dict[str, Decision]:
    """Accept what clears its kind's threshold; leave the rest undecided, for review."""
    confident = [p for p in proposals if p.confidence >= config.thresholds.get(p.kind, 1.01)]
    return {p.id: Decision(p.id, Verdict.ACCEPTED, source="auto") for p in resolve(confident).chosen}
