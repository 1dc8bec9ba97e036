"""Per-sentence garble scores. The detector pass refines these; this is the shared shape."""

from __future__ import annotations

from dataclasses import dataclass, field

from repair.document import Document
from repair.edits import Proposal
from repair.passes.context import PassContext


@dataclass(frozen=True)
class SentenceScore:
    start: int
    end: int
    score: float
    reasons: tuple[str, ...] = ()
    features: dict[str, float] = field(default_factory=dict)

    def to_dict(self, text: str) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "text": text[self.start : self.end],
            "reasons": list(self.reasons),
            "features": {k: round(v, 4) for k, v in self.features.items()},
        }


def score_sentences(doc: Document, proposals: list[Proposal], context: PassContext) -> list[SentenceScore]:
    """Until the trained detector is wired in: the chance that any proposal here is right."""
    scores = []
    ordered = sorted(proposals, key=lambda p: p.span.start)
    for sentence in doc.sentences:
        inside = [p for p in ordered if p.span.start < sentence.end and sentence.start < p.span.end]
        clean = 1.0
        for proposal in inside:
            clean *= 1.0 - proposal.confidence
        reasons = tuple(dict.fromkeys(p.reason for p in inside))[:3]
        scores.append(SentenceScore(sentence.start, sentence.end, 1.0 - clean, reasons))
    return scores
