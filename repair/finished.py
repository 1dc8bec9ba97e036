"""The finished article: the automatic policy's decisions plus the reviewer's.

One state of an article (repair.review_state) holds its proposals and the decisions on
them, each marked with who made it: "auto" (the automatic policy, recorded by a batch
run), "review", "bulk" or "always" (a person). The finished article applies them all.
When no automatic decisions were recorded (a single file reviewed), the policy decides
here, exactly as `repair fix` would, every proposal the reviewer left open and no
reviewer's change overlaps; so a review with no decisions exports what `fix` writes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from repair.config import Config
from repair.document import Document
from repair.edits import Decision, Proposal, Verdict, apply_decisions
from repair.loading import Source
from repair.passes.context import PassContext
from repair.pipeline import Analysis
from repair.review_state import ReviewState


@dataclass
class Finished:
    text: str  # the finished article
    proposals: list[Proposal]
    decisions: dict[str, Decision]
    undecided: list[Proposal]  # no decision, and no applied change overlaps them
    stale: list[str]  # decided proposal ids whose words are gone from the article
    automatic: int  # decisions the automatic policy made that stand

    def summary(self, name: str) -> str:
        """The line every export prints."""
        return (
            f"{name}: {len(self.undecided)} proposal(s) undecided; "
            f"{self.automatic} change(s) by the automatic policy, {self.by_people} by a person"
        )

    @property
    def by_people(self) -> int:
        return sum(
            1 for d in self.decisions.values() if d.source != "auto" and d.verdict is not Verdict.REJECTED
        )


def finish(
    source: Source,
    state: ReviewState,
    config: Config,
    analyse: Callable[[], Sequence[Proposal]] | None = None,
) -> Finished:
    """The finished article ``source`` per ``state``. ``analyse`` gives its proposals when
    the state does not know them all (the review was left before its analysis ended)."""
    text = source.text
    proposals, stale = state.placed(text)
    decisions = {p.id: state.decisions[p.id] for p in proposals if p.id in state.decisions}
    if not state.auto:
        if not state.known and analyse is not None:
            have = {p.id for p in proposals}
            proposals = sorted(
                [*proposals, *(p for p in analyse() if p.id not in have)],
                key=lambda p: (p.span.start, p.span.end, p.id),
            )
        decisions = _with_policy(source, proposals, decisions, config)
    undecided = open_proposals(proposals, decisions)
    automatic = sum(1 for d in decisions.values() if d.source == "auto" and d.verdict is not Verdict.REJECTED)
    return Finished(
        apply_decisions(text, proposals, decisions), proposals, decisions, undecided, stale, automatic
    )


def open_proposals(proposals: Sequence[Proposal], decisions: dict[str, Decision]) -> list[Proposal]:
    """Proposals with no decision that no applied change has already overtaken."""
    applied = [
        p.span for p in proposals if p.id in decisions and decisions[p.id].verdict is not Verdict.REJECTED
    ]
    return [p for p in proposals if p.id not in decisions and not any(s.overlaps(p.span) for s in applied)]


def _with_policy(
    source: Source, proposals: list[Proposal], decisions: dict[str, Decision], config: Config
) -> dict[str, Decision]:
    """The reviewer's decisions, and the policy's (with its safety guard) on the rest."""
    from repair.decide import decide  # the policy `repair fix` applies

    made = [p for p in proposals if p.kind != "manual"]
    analysis = Analysis(source, Document(text=source.text), made, [], PassContext(config))
    automatic, _, verdict = decide(analysis, config)
    if not verdict.ok:  # as `fix` writes nothing then, the policy applies nothing
        return dict(decisions)
    by_id = {p.id: p for p in proposals}
    taken = [by_id[k].span for k, d in decisions.items() if d.verdict is not Verdict.REJECTED]
    merged = dict(decisions)
    for key, decision in automatic.items():
        if key not in merged and not any(span.overlaps(by_id[key].span) for span in taken):
            merged[key] = Decision(key, decision.verdict, decision.text, "auto")
    return merged
