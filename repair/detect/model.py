"""The combiner: a logistic regression over standardised features, Platt-calibrated.

The weights live in ``weights.json`` beside this module, written by
``scripts/train_detector.py``. A score of 0.5 means even odds that the sentence is
damaged, because the calibration step was fitted on seeds the regression never saw.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from repair.detect.features import FEATURES, SentenceFeatures
from repair.detect.lm import LM_FEATURES, lm_wanted
from repair.errors import RepairError

WEIGHTS_FILE = Path(__file__).with_name("weights.json")  # the default features
LM_WEIGHTS_FILE = Path(__file__).with_name("weights-lm.json")  # ... and the lm extra's
REASON_MIN_LOGIT = 0.25  # a contribution smaller than this is not worth telling an editor
MAX_SPANS = 3  # words marked per sentence


@dataclass(frozen=True)
class Model:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    calibration_slope: float = 1.0
    calibration_intercept: float = 0.0

    @classmethod
    def from_dict(cls, data: dict) -> Model:
        try:
            model = cls(
                features=tuple(data["features"]),
                mean=tuple(float(v) for v in data["mean"]),
                scale=tuple(float(v) for v in data["scale"]),
                coef=tuple(float(v) for v in data["coef"]),
                intercept=float(data["intercept"]),
                calibration_slope=float(data.get("calibration", {}).get("slope", 1.0)),
                calibration_intercept=float(data.get("calibration", {}).get("intercept", 0.0)),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise RepairError(f"detector weights are malformed: {error}") from None
        sizes = {len(model.features), len(model.mean), len(model.scale), len(model.coef)}
        if len(sizes) != 1:
            raise RepairError("detector weights are malformed: feature, mean, scale and coef lengths differ")
        unknown = set(model.features) - set(FEATURES)
        if unknown:
            raise RepairError(f"detector weights name unknown features: {', '.join(sorted(unknown))}")
        return model

    def contributions(self, features: SentenceFeatures) -> list[float]:
        """Each feature's share of the calibrated log-odds, relative to an average sentence."""
        values = features.values
        slope = self.calibration_slope
        return [
            slope * c * (values.get(name, 0.0) - m) / s
            for name, m, s, c in zip(self.features, self.mean, self.scale, self.coef, strict=True)
        ]

    def logit(self, features: SentenceFeatures) -> float:
        raw = self.intercept + sum(
            c * (features.values.get(name, 0.0) - m) / s
            for name, m, s, c in zip(self.features, self.mean, self.scale, self.coef, strict=True)
        )
        return self.calibration_slope * raw + self.calibration_intercept

    def probability(self, features: SentenceFeatures) -> float:
        return sigmoid(self.logit(features))

    def reasons(self, features: SentenceFeatures, limit: int = 3) -> tuple[str, ...]:
        """The evidence behind the largest positive contributions, in words."""
        ranked = sorted(
            (
                (contribution, name)
                for contribution, name in zip(self.contributions(features), self.features, strict=True)
                if contribution >= REASON_MIN_LOGIT and name in features.evidence
            ),
            reverse=True,
        )
        return tuple(features.evidence[name] for _, name in ranked[:limit])

    @property
    def uses_lm(self) -> bool:
        return any(name in LM_FEATURES for name in self.features)

    def spans(self, features: SentenceFeatures, limit: int = MAX_SPANS) -> tuple[tuple[int, int], ...]:
        """The words most likely wrong: the spans behind the features that raise the score
        enough to be a reason, strongest contribution first, overlaps dropped."""
        ranked = sorted(
            (
                (contribution, name)
                for contribution, name in zip(self.contributions(features), self.features, strict=True)
                if contribution >= REASON_MIN_LOGIT and name in features.spans
            ),
            reverse=True,
        )
        chosen: list[tuple[int, int]] = []
        for _, name in ranked:
            for start, end in features.spans[name]:
                if len(chosen) == limit:
                    return tuple(chosen)
                if not any(start < b and a < end for a, b in chosen):
                    chosen.append((start, end))
        return tuple(chosen)


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@lru_cache(maxsize=4)
def load_model(path: Path = WEIGHTS_FILE) -> Model:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RepairError(f"{path}: detector weights missing (run scripts/train_detector.py)") from None
    except json.JSONDecodeError as error:
        raise RepairError(f"{path}: detector weights are not valid JSON ({error.msg})") from None
    return Model.from_dict(data)


def current_model(lm: bool = False) -> Model:
    """With ``lm``, the lm extra's weights when the language model is installed and not
    switched off (``REPAIR_LM=0``); else the default weights."""
    if lm and lm_wanted() and LM_WEIGHTS_FILE.is_file():
        return load_model(LM_WEIGHTS_FILE)
    return load_model()


def score(model: Model, rows: Sequence[SentenceFeatures]) -> list[float]:
    return [model.probability(row) for row in rows]
