"""How likely a finding's top suggestion is right: per finding, not per category.

The signals of one finding (its rule family and rule, the edit's size, how common the
flagged word and the suggestion are, how well each fits its neighbours, how clear the
ranking was, capitals, whether the article uses either word elsewhere, whether a name
is near) go into a logistic regression trained by ``scripts/calibrate_grammar.py`` on
JFLEG (the even-numbered dev sentences) and on seeded damage of the benchmark corpus. The
weights ship as ``finding_model.json`` and are scored here in plain Python. Without the
file, every finding gets ``UNMEASURED`` confidence, below every automatic threshold.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from repair.errors import RepairError
from repair.grammar.base import Finding
from repair.grammar.guard import ArticleWords, is_dictionary_rule
from repair.grammar.ranking import Ranked, context_fit, neighbours, zipf

MODEL_FILE = Path(__file__).with_name("finding_model.json")
UNMEASURED = 0.5
FAMILIES = ("spelling", "agreement", "article", "repetition", "capital", "punctuation", "grammar", "style")
_AFTER_STOP = re.compile(r"[.!?][\"'”’)]*[ \t]+$")
_AGREEMENT = ("Agreement", "AGREEMENT", "_AGR", "_VBZ", "_VBP", "NON3PRS", "3SG")
_ARTICLE = ("AnA", "EN_A_VS_AN", "A_VS_AN")
_REPETITION = ("Repetition", "WORD_REPEAT", "DOUBLE_")
_CAPITAL = ("Capitalization", "CASING", "UPPERCASE", "SENTENCE_START")


def family(finding: Finding) -> str:
    """The kind of error, named the same for every backend (LanguageTool's rules and
    Harper's share no ids), so what one backend's training taught carries over."""
    rule = finding.rule.partition(".")[2]
    names = (rule, finding.category)
    if is_dictionary_rule(finding.rule):
        return "spelling"
    if any(mark in name for name in names for mark in _ARTICLE):
        return "article"
    if any(mark in name for name in names for mark in _AGREEMENT):
        return "agreement"
    if any(mark in name for name in names for mark in _REPETITION):
        return "repetition"
    if any(mark in name for name in names for mark in _CAPITAL):
        return "capital"
    if finding.kind in ("spelling", "punctuation", "style"):
        return finding.kind
    return "grammar"


def describe(text: str, finding: Finding, ranked: list[Ranked], article: ArticleWords) -> dict[str, float]:
    """The finding's signals, as the model reads them (names are the weights' keys)."""
    best = ranked[0]
    fix = best.fix
    original = text[fix.start : fix.end]
    flagged = text[finding.start : finding.end]
    before, after = neighbours(text, fix.start, fix.end)
    one_word = " " not in original.strip() and bool(original.strip())
    same_span = [r for r in ranked[1:] if (r.fix.start, r.fix.end) == (fix.start, fix.end)]
    original_fit = context_fit(before, original, after) if one_word else 0.0
    uses = article.every.get(flagged.lower(), 0)
    signals = {
        f"family:{family(finding)}": 1.0,
        f"rule:{finding.rule}": 1.0,
        "distance": float(min(best.distance, 4)),
        "one_slip": 1.0 if best.distance == 1 else 0.0,
        "deletion": 1.0 if not fix.text and original else 0.0,
        "insertion": 1.0 if not original else 0.0,
        "case_only": 1.0 if original and fix.text.lower() == original.lower() else 0.0,
        # rivals as close to the flagged text as the best: how ambiguous the choice was
        "alternatives": math.log1p(sum(r.distance <= best.distance for r in same_span)),
        "zipf_flagged": zipf(original) if one_word else 0.0,
        "zipf_best": best.zipf,
        "zipf_gain": best.zipf - (zipf(original) if one_word else 0.0),
        "fit_best": best.fit,
        "fit_gain": best.fit - original_fit,
        "margin": min(best.score - same_span[0].score, 5.0) if same_span else 5.0,
        "capitalised": 1.0 if flagged[:1].isupper() else 0.0,
        "sentence_start": 1.0 if article.opens_sentence(finding.start) else 0.0,
        # a lower-case word after a full stop inside a line: a new sentence, or a stray stop
        "after_stop": 1.0
        if flagged[:1].islower() and _AFTER_STOP.search(text[max(0, finding.start - 8) : finding.start])
        else 0.0,
        "flagged_elsewhere": math.log1p(max(uses - 1, 0)),
        "best_in_article": math.log1p(best.in_article),
        "near_name": 1.0 if article.near_name(finding.start, finding.end) else 0.0,
        "multiword": 1.0 if len(flagged.split()) > 1 else 0.0,
    }
    if family(finding) == "spelling":
        # a typo's signals mean more than a grammar rule's: the same weights would average them
        signals.update({f"spelling*{name}": signals[name] for name in _SPELLING_CROSSED})
    return {k: round(v, 4) for k, v in signals.items() if v}


_SPELLING_CROSSED = (
    "distance",
    "alternatives",
    "zipf_best",
    "fit_best",
    "fit_gain",
    "margin",
    "best_in_article",
)


@dataclass(frozen=True)
class FindingModel:
    """A logistic regression over ``describe``'s signals."""

    bias: float
    weights: Mapping[str, float]
    about: str = ""

    def probability(self, signals: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in signals.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def strongest(self, signals: Mapping[str, float], n: int = 3) -> list[str]:
        """The signals that moved this finding's confidence most, for the evidence."""
        pulls = sorted(signals, key=lambda k: -abs(self.weights.get(k, 0.0) * signals[k]))
        return [
            f"{k}{'+' if self.weights.get(k, 0.0) > 0 else '-'}" for k in pulls[:n] if self.weights.get(k)
        ]


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> FindingModel | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except json.JSONDecodeError as error:
        raise RepairError(f"{path}: not a valid grammar model ({error})") from None
    try:
        return FindingModel(float(data["bias"]), dict(data["weights"]), str(data.get("about", "")))
    except (KeyError, TypeError, ValueError) as error:
        raise RepairError(f"{path}: not a valid grammar model ({error})") from None
