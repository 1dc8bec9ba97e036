"""Per-sentence garble scores: the shape every command shares, filled by the detector."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from repair.document import Document
from repair.edits import Proposal


@dataclass(frozen=True)
class SentenceScore:
    start: int
    end: int
    score: float
    reasons: tuple[str, ...] = ()
    features: dict[str, float] = field(default_factory=dict)
    # the words most likely wrong, strongest evidence first: (start, end) into the text
    spans: tuple[tuple[int, int], ...] = ()
    # page furniture (a chrome rule took the line, or a line that is not a sentence:
    # a heading, a menu item, a list of links): scored, but not part of the document score
    chrome: bool = False

    def to_dict(self, text: str) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "text": text[self.start : self.end],
            "reasons": list(self.reasons),
            "spans": [{"start": a, "end": b, "text": text[a:b]} for a, b in self.spans],
            "chrome": self.chrome,
            "features": {k: round(v, 4) for k, v in self.features.items()},
        }


WORST = 3  # the document score reads this many of the article's worst sentences


def document_score(scores: Iterable[SentenceScore]) -> float:
    """How damaged the article looks: the mean score of its three worst sentences (all of
    them when it has fewer). A damaged page has a few sentences that are plainly wrong; a
    clean one has at worst a doubtful sentence or two, however long it is, so this
    separates real pages better than the share of sentences over a threshold (which an
    odd name or a long list of headlines raises). Page furniture is left out: chrome and
    headings are not machine-translated prose (``chrome_share`` counts them apart)."""
    prose = sorted((s.score for s in scores if not s.chrome), reverse=True)
    if not prose:
        return 0.0
    worst = prose[:WORST]
    return sum(worst) / len(worst)


def chrome_share(scores: Iterable[SentenceScore]) -> float:
    """The share of sentences that are page chrome: a score of its own, apart from damage."""
    scores = list(scores)
    return sum(1 for s in scores if s.chrome) / len(scores) if scores else 0.0


def score_sentences(
    doc: Document, proposals: list[Proposal], entities: Sequence[dict], findings: Iterable[dict]
) -> list[SentenceScore]:
    """The trained detector's calibrated probability that each sentence is damaged.

    Features come from the sentence itself, the word statistics shipped with wordfreq and
    wordsegment, and what the finished analysis holds (its proposals, the names pass's
    recognised ``entities``, the grammar checker's ``findings``); the reasons are the
    evidence behind the largest contributions to the score.
    """
    return SentenceScorer(doc, proposals, entities).scores(findings)


_language_model = [False]  # whether this process's scores may read the lm extra


def use_language_model(wanted: bool = True) -> None:
    """Let the scores read the lm extra's language model when it is installed. `repair
    score` asks for it; the other commands and the review app keep the default features,
    which run at thousands of words a second (the model reads about a hundred)."""
    _language_model[0] = wanted


class SentenceScorer:
    """Scores that follow the grammar findings as they arrive (the review app shows the
    article before its last paragraphs are linted): every feature but the lints is
    measured once, and a sentence is scored again only when its lint counts change. The
    scores are those ``score_sentences`` gives for the same findings."""

    def __init__(self, doc: Document, proposals: Iterable[Proposal], entities: Sequence[dict]) -> None:
        from repair.detect.features import FEATURE_KINDS, base_features, furniture
        from repair.detect.model import current_model

        proposals = list(proposals)
        self.doc = doc
        self.model = current_model(lm=_language_model[0])
        self.basis = _basis(proposals, FEATURE_KINDS)  # the proposals the features read
        self._rows = base_features(doc, proposals, entities, use_lm=self.model.uses_lm)
        self._furniture = furniture(doc, self._rows)
        self._scored: list[tuple[Counter[str], SentenceScore] | None] = [None] * len(self._rows)

    def reads(self, proposals: Iterable[Proposal]) -> bool:
        """Whether these proposals give the same features as the ones this scorer was built on."""
        from repair.detect.features import FEATURE_KINDS

        return _basis(proposals, FEATURE_KINDS) == self.basis

    def scores(self, lints: Iterable[dict]) -> list[SentenceScore]:
        from repair.detect.features import lint_counts, with_lints

        out = []
        counts = lint_counts(self.doc, lints)
        for index, (sentence, row, found, chrome) in enumerate(
            zip(self.doc.sentences, self._rows, counts, self._furniture, strict=True)
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
                    self.model.spans(features),
                    chrome,
                )
                cached = self._scored[index] = (found, score)
            out.append(cached[1])
        return out


def _basis(proposals: Iterable[Proposal], kinds: frozenset[str]) -> list[tuple]:
    return sorted((p.span, p.kind, p.confidence) for p in proposals if p.kind in kinds)
