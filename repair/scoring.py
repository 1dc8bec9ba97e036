"""Per-sentence garble scores: the shape every command shares, filled by the detector."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
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
    return SentenceScorer(doc, proposals, context).scores(context.notes.get("grammar.lints") or ())


class SentenceScorer:
    """Scores that follow the grammar findings as they arrive (the review app shows the
    article before its last paragraphs are linted): every feature but the lints is
    measured once, and a sentence is scored again only when its lint counts change. The
    scores are those ``score_sentences`` gives for the same findings."""

    def __init__(self, doc: Document, proposals: Iterable[Proposal], context: PassContext) -> None:
        from repair.detect.features import FEATURE_KINDS, base_features
        from repair.detect.model import load_model

        proposals = list(proposals)
        self.doc = doc
        self.model = load_model()
        self.basis = _basis(proposals, FEATURE_KINDS)  # the proposals the features read
        self._rows = base_features(doc, proposals, context)
        self._scored: list[tuple[Counter[str], SentenceScore] | None] = [None] * len(self._rows)

    def reads(self, proposals: Iterable[Proposal]) -> bool:
        """Whether these proposals give the same features as the ones this scorer was built on."""
        from repair.detect.features import FEATURE_KINDS

        return _basis(proposals, FEATURE_KINDS) == self.basis

    def scores(self, lints: Iterable[dict]) -> list[SentenceScore]:
        from repair.detect.features import lint_counts, with_lints

        out = []
        counts = lint_counts(self.doc, lints)
        for index, (sentence, row, found) in enumerate(
            zip(self.doc.sentences, self._rows, counts, strict=True)
        ):
            cached = self._scored[index]
            if cached is None or cached[0] != found:
                features = with_lints(row, found)
                shown = {name: features.values.get(name, 0.0) for name in self.model.features}
                score = SentenceScore(
                    sentence.start,
                    sentence.end,
                    self.model.probability(features),
                    self.model.reasons(features),
                    shown,
                )
                cached = self._scored[index] = (found, score)
            out.append(cached[1])
        return out


def _basis(proposals: Iterable[Proposal], kinds: frozenset[str]) -> list[tuple]:
    return sorted((p.span, p.kind, p.confidence) for p in proposals if p.kind in kinds)
