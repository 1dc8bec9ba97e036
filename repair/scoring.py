"""Per-sentence garble scores: the shape every command shares, filled by the detector."""

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
    """The trained detector's calibrated probability that each sentence is damaged.

    Features come from the sentence itself, the word statistics shipped with wordfreq and
    wordsegment, and what the passes already found (proposals, ``context.notes``); the
    reasons are the evidence behind the largest contributions to the score.
    """
    from repair.detect.features import extract
    from repair.detect.model import load_model

    model = load_model()
    scores = []
    for sentence, features in zip(doc.sentences, extract(doc, proposals, context), strict=True):
        shown = {name: features.values.get(name, 0.0) for name in model.features}
        scores.append(
            SentenceScore(
                sentence.start,
                sentence.end,
                model.probability(features),
                model.reasons(features),
                shown,
            )
        )
    return scores
