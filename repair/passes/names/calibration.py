"""The learned confidence of every name proposal: one small model over the evidence, calibrated.

The rules in scoring.py, decisions.py and entities.py find the candidates and weigh their
evidence; their own numbers were set by hand. Here each name proposal's evidence becomes
a feature vector (the rule that made it, how close the spelling is letter by letter and by
sound, whether the article or a reference spells the name, the role beside it, the readings
of a native-script name, somebody else's name in the way, ...), small gradient-boosted
trees turn it into a score, and an isotonic map learned on held-out scores turns the score
into the confidence, so that 0.9, the automatic threshold, means about nine in ten right or
better. Trees, not a logistic model: the same evidence means different things for different
rules (an exact family name is strong for a respelled first name, weak for a reading through
Chinese), and the trees learn that without hand-made interactions.

The model is plain JSON (``names_model.json``), written by ``scripts/train_names.py`` from
simulated damage and the tune half of the real development set, and scored in plain Python.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import math
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Indel

from repair.edits import Proposal
from repair.gazetteer.keys import fold, sound_key
from repair.gazetteer.mentions import zipf
from repair.passes.names.collisions import HELD
from repair.passes.names.decisions import MIN_CONFIDENCE

MODEL_FILE = "names_model.json"
AUTO = 0.9  # the automatic threshold of kind "name" (repair/kinds.py)
# the rules keep these in review whatever the odds (precision first): a word that is somebody
# else's valid name, another first name, a short name, a spelling only the article knows, an
# alias, a translated name; the model may lower their confidence, never raise it
REVIEW_ONLY = (
    "other_valid",
    "other_named",
    "given_other",
    "first_swap",
    "short_name",
    "local",
    "alias",
    "rule_translated",
)

_RULES = {
    "name.gazetteer": "rule_gazetteer",
    "name.article-variant": "rule_article",
    "name.reference": "rule_reference",
    "name.entity": "rule_entity",
    "name.native-script": "rule_native",
    "name.capital": "rule_capital",
    "name.translated": "rule_translated",
}


# the cases the model may make automatic although the rules kept them for review (below 0.9;
# never with review-only evidence), where the held-out data shows the model's 0.9 is safe: on
# simulator seeds 3, 5 and 19-32 and the tune half, every such proposal the model put at 0.9 or
# more was right. A proposal one gazetteer spelling explains (scoring.py; 104 of 104 on seeds
# 3, 5, 19-24), and an entity link of a group whose first name is the person's own, changing
# one word that sounds like the person's family name ("Goial" beside the article's "Piyush",
# 72 of 72). The other review cases stay below 0.9: of the other entity links the model rated
# 0.9, 7 in 64 were wrong ("Shamkheni" became Khamenei, another Ali), of article variants 1 in 29
def may_raise(f: dict[str, float]) -> bool:
    """Whether the model may make automatic a proposal with these features (see above)."""
    if f.get("rule_gazetteer"):
        return True
    return bool(
        f.get("rule_entity") and f.get("first_exact") and f.get("family_sound") and not f.get("multiword")
    )


def _read_and_roled(f: dict[str, float]) -> bool:
    """An entity link whose words are exactly a reading of the person's native name, with the
    person's listed role written beside it ("North Korean leader Kim Chen Yn", Ким Чен Ын) or
    the person's own first name in it ("Sindzo Abe", Синдзо Абэ):
    the model, which learned that a family name kept as written often means another person of
    the family ("Kim Jong-in"), may not lower it below the rules' confidence."""
    return bool(
        f.get("rule_entity") and f.get("route_exact") and (f.get("role_beside") or f.get("first_exact"))
    )


def _whole_reading(f: dict[str, float]) -> bool:
    """An entity link whose words of two or more are exactly a reading of the person's native
    name ("Kang Jinghe", 康京和): the model, which learned that a family name kept as written
    often means another of the family, may lower it, but not out of review: that the whole
    name reads back as the person's characters is for a reviewer to see."""
    return bool(f.get("rule_entity") and f.get("route_exact") and f.get("multiword"))


# proposals of a kind the training data never shows keep the rules' confidence: the
# simulator never misspells one word of a long organisation name
RULES_ONLY = ("long_name",)
# the model judges what the rules record evidence for (NameAnalysis.signals), and these rules,
# whose evidence is the proposal itself (a capital, a native script, a listed translation);
# a proposal of any other maker keeps the rules' confidence until the model is trained on it
LEARNED_WITHOUT_SIGNALS = frozenset({"name.capital", "name.native-script", "name.translated"})

# the evidence the rules record (NameAnalysis.signals), then what any proposal shows
SIGNALS = (
    # one run against one gazetteer or article spelling (scoring.py, decisions.py)
    "sim",
    "sound",
    "spelled",
    "target_seen",
    "reference",
    "role",
    "anchored",
    "first_swap",
    "other_valid",
    "alias",
    "prominence",
    "gap",
    "short_name",
    "local",
    "count",
    # a group of mentions linked to one person (entities.py)
    "route_exact",
    "route_close",
    "family_route",
    "family_exact",
    "family_sound",
    "first_exact",
    "form_close",
    "role_beside",
    "role_near",
    "group_size",
    "single_word",
    "other_named",
    "given_other",
    "pooled",
)
FEATURES = (
    *sorted(set(_RULES.values())),
    "rule_other",
    "letters",  # letter similarity of the old and new words
    "same_sound",  # the old and new words have one transliteration sound key
    "case_only",  # only capitals change
    "multiword",  # the changed text is more than one word
    "english",  # the most common English word among the changed ones (Zipf / 7)
    "new_seen",  # the new spelling is written elsewhere in the article
    "old_repeated",  # the old spelling is written more than once
    "alternatives",  # the rules saw other candidates
    *SIGNALS,
)


def features(proposal: Proposal, text: str, signals: dict[str, float]) -> dict[str, float]:
    """The evidence behind one name proposal, as numbers; "hand", the confidence the rules
    set by hand, is kept beside them for comparison and is no feature of the model."""
    old, new = proposal.original, proposal.replacement
    old_folded, new_folded = fold(old), fold(new)
    f = dict.fromkeys(FEATURES, 0.0)
    f["hand"] = proposal.confidence
    f[_RULES.get(proposal.rule, "rule_other")] = 1.0
    f["letters"] = Indel.normalized_similarity(old_folded, new_folded)
    f["same_sound"] = float(sound_key(old_folded.replace(" ", "")) == sound_key(new_folded.replace(" ", "")))
    f["case_only"] = float(old.lower() == new.lower())
    old_words = old_folded.split()
    changed = [w for w in old_words if w not in new_folded.split()] or old_words
    f["multiword"] = float(len(old_words) > 1)
    f["english"] = max((zipf(w) for w in changed), default=0.0) / 7.0
    outside = text[: proposal.span.start] + "\n" + text[proposal.span.end :]
    f["new_seen"] = float(bool(new.strip()) and new in outside)
    f["old_repeated"] = float(bool(old.strip()) and old in outside)
    f["alternatives"] = float(bool(proposal.alternatives))
    for key in SIGNALS:
        value = float(signals.get(key, 0.0))
        f[key] = math.log1p(max(0.0, value)) if key == "count" else value
    return f


@dataclasses.dataclass(frozen=True)
class Tree:
    """One regression tree of the boosted model, as flat arrays (scikit-learn's layout):
    at node i, go left when the feature is <= the threshold; a leaf has left == -1."""

    feature: tuple[str, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def predict(self, f: dict[str, float]) -> float:
        node = 0
        while self.left[node] != -1:
            node = (
                self.left[node]
                if f.get(self.feature[node], 0.0) <= self.threshold[node]
                else self.right[node]
            )
        return self.value[node]


@dataclasses.dataclass(frozen=True)
class Model:
    """Gradient-boosted trees give a score; a monotone piecewise-linear map, fitted on
    held-out scores, turns it into the calibrated confidence."""

    init: float
    learning_rate: float
    trees: tuple[Tree, ...]
    knots: tuple[float, ...] = ()  # raw probabilities, ascending
    values: tuple[float, ...] = ()  # calibrated confidence at each knot

    def raw(self, f: dict[str, float]) -> float:
        z = self.init + self.learning_rate * sum(tree.predict(f) for tree in self.trees)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def confidence(self, f: dict[str, float]) -> float:
        p = self.raw(f)
        if not self.knots:
            return p
        i = bisect.bisect_right(self.knots, p)
        if i == 0:
            return self.values[0]
        if i == len(self.knots):
            return self.values[-1]
        x0, x1, y0, y1 = self.knots[i - 1], self.knots[i], self.values[i - 1], self.values[i]
        return y0 if x1 == x0 else y0 + (y1 - y0) * (p - x0) / (x1 - x0)

    @classmethod
    def from_json(cls, data: dict) -> Model:
        names = data["features"]
        trees = tuple(
            Tree(
                tuple(names[i] if i >= 0 else "" for i in t["feature"]),
                tuple(float(x) for x in t["threshold"]),
                tuple(int(x) for x in t["left"]),
                tuple(int(x) for x in t["right"]),
                tuple(float(x) for x in t["value"]),
            )
            for t in data["trees"]
        )
        calibration = data.get("calibration") or {}
        return cls(
            float(data["init"]),
            float(data["learning_rate"]),
            trees,
            tuple(float(x) for x in calibration.get("knots", ())),
            tuple(float(y) for y in calibration.get("values", ())),
        )


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, or None when the package carries none (the rules' confidence stands)."""
    path = resources.files("repair.passes.names").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return Model.from_json(json.loads(path.read_text("utf-8")))


def calibrate(result, text: str, model: Model | None = None) -> None:
    """Give every name proposal the model's confidence; drop those below review's floor.
    The proposals as the rules made them, and their features, stay on the result for training."""
    model = model or load_model()
    result.raw = list(result.proposals)
    out = []
    for proposal in result.proposals:
        if proposal.kind != "name":
            out.append(proposal)
            continue
        signals = result.signals.get(proposal.id, {})
        judged = bool(signals) or (
            proposal.rule in LEARNED_WITHOUT_SIGNALS
            # a capital restored, not a lower-case word respelled too ("pristayko"): unseen
            and (proposal.rule != "name.capital" or proposal.original.lower() == proposal.replacement.lower())
        )
        if not judged or any(signals.get(k) for k in RULES_ONLY):
            out.append(proposal)
            continue
        f = features(proposal, text, signals)
        result.features[proposal.id] = f  # what the model judges, also when training it
        if model is None:
            out.append(proposal)
            continue
        confidence = min(0.99, model.confidence(f))
        if _read_and_roled(f):
            confidence = max(confidence, proposal.confidence)
        if any(f[k] for k in REVIEW_ONLY) or signals.get(HELD):
            confidence = min(confidence, proposal.confidence)
        elif proposal.confidence < AUTO and not may_raise(f):
            # the makers keep many cases for review on purpose (a surname that is also an
            # English word, a syllable run on, a bare title): the model may lower, drop and
            # order them, never make them automatic
            confidence = min(confidence, AUTO - 0.01)
        if _whole_reading(f) and proposal.confidence >= MIN_CONFIDENCE:
            confidence = max(confidence, MIN_CONFIDENCE)
        confidence = round(confidence, 4)
        if confidence >= MIN_CONFIDENCE:
            out.append(dataclasses.replace(proposal, confidence=confidence))
    result.proposals = out
