"""Train the names pass's learned confidence: repair/passes/names/names_model.json.

Every name proposal the rules make is one example, with its evidence features
(repair/passes/names/calibration.py). Labels come from:

- the simulator's damage of samples/corpus (``--seeds``): a proposal is right when applying
  it restores the clean text (the benchmark's own judge); every name proposal on the clean
  originals is wrong (a false change). With seeds divisible by 3 the clean article is given as
  a reference article, as ``--ref`` gives one;
- the tune half of the real development set (even pages only, ``--real``): a proposal is
  right when it puts one of the key's right spellings where a damaged name was; any other
  name proposal (on a correct name, or one the key does not fix) is wrong.

Gradient-boosted trees (scikit-learn, a training-time dependency only; 150 trees of depth 3)
give a score; an isotonic map fitted on out-of-fold scores (five folds by article or page,
so no example is scored by a model that saw it) turns the score into the confidence. The
trees are written as plain arrays and checked to score as scikit-learn does. Seeds 1 and 7, which the
README's benchmark reports, and the odd (report) pages are never read.

    pip install -e '.[train]' && python scripts/train_names.py --real ../shared/real-dev
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from repair.config import Config  # noqa: E402
from repair.document import Document  # noqa: E402
from repair.edits import Proposal  # noqa: E402
from repair.gazetteer.index import Gazetteer  # noqa: E402
from repair.gazetteer.references import learn_entries, reference_forms  # noqa: E402
from repair.kinds import Effect, with_effect  # noqa: E402
from repair.measure.bench.metrics import judge  # noqa: E402
from repair.measure.bench.real import Page, _puts_right, _raw_pattern, load_pages, normal  # noqa: E402
from repair.measure.corrupt import Corruption, corrupt_text, known_names  # noqa: E402
from repair.passes.cleanup import CleanupPass  # noqa: E402
from repair.passes.context import PassContext  # noqa: E402
from repair.passes.names import analyse  # noqa: E402
from repair.passes.names.calibration import (  # noqa: E402
    AUTO,
    FEATURES,
    MODEL_FILE,
    REVIEW_ONLY,
    Model,
    may_raise,
)

OUTPUT = ROOT / "repair" / "passes" / "names" / MODEL_FILE
HELD_OUT_SEEDS = frozenset({1, 7})  # the README's benchmark seeds
_NOT_NAMES = with_effect(Effect.REMOVES, Effect.REDECODES)


class Example(dict):
    """features, label, group (the article or page it came from), source ("sim" or "real")."""


def _name_proposals(
    text: str, gazetteer: Gazetteer, references: list[str] = ()
) -> tuple[list[Proposal], dict]:
    """The names pass's proposals as the rules made them, with their features; page chrome
    and mojibake the cleanup pass removes are no names, as in the pipeline."""
    doc = Document.from_text(text)
    cleanup = CleanupPass().run(doc, PassContext(Config()))
    blocked = [p.span for p in cleanup.proposals if p.kind in _NOT_NAMES]
    labelled = [(f"reference article {i + 1}", t) for i, t in enumerate(references)]
    entries = learn_entries(labelled, gazetteer) if references else []
    result = analyse(doc, gazetteer, entries, reference_forms(references), blocked=blocked)
    return [p for p in result.raw if p.id in result.features], result.features


def simulated(corpus: Path, seeds: list[int], gazetteer: Gazetteer) -> Iterator[Example]:
    known = known_names()
    for path in sorted(corpus.glob("*.txt")):
        clean = path.read_text(encoding="utf-8")
        for seed in seeds:
            damaged = corrupt_text(clean, name=path.name, seed=seed, **known)
            key: list[Corruption] = list(damaged.corruptions)
            # with every third seed the clean article is given as a reference article (--ref), so
            # the model learns what a reference's spelling is worth
            references = [clean] if seed % 3 == 0 else []
            proposals, features = _name_proposals(damaged.text, gazetteer, references)
            for p in proposals:
                right = 0 in judge(damaged.text, [p], key).correct
                yield Example(features=features[p.id], label=int(right), group=path.stem, source="sim")
        proposals, features = _name_proposals(clean, gazetteer)
        for p in proposals:
            yield Example(features=features[p.id], label=0, group=path.stem, source="sim-clean")


def _fixes_a_name(page: Page, proposal: Proposal) -> bool:
    for damage in page.names:
        rights = [normal(r) for r in damage.rights]
        for match in _raw_pattern(damage.text).finditer(page.text):
            start, end = match.span()
            if proposal.span.start < end and start < proposal.span.end:
                edit = [(proposal, proposal.replacement)]
                if _puts_right(page.text, start, end, edit, rights, damage.text):
                    return True
    return False


def real(folder: Path, gazetteer: Gazetteer) -> Iterator[Example]:
    for page in load_pages(folder):
        number = re.match(r"\d+", page.name)
        if number is None or int(number.group()) % 2:
            continue  # the report half (odd pages) is never read
        proposals, features = _name_proposals(page.text, gazetteer)
        for p in proposals:
            label = int(_fixes_a_name(page, p))
            yield Example(features=features[p.id], label=label, group=page.name, source="real")


def collect(args, gazetteer: Gazetteer) -> list[Example]:
    seeds = [s for s in args.seeds if s not in HELD_OUT_SEEDS]
    return [*simulated(args.corpus, seeds, gazetteer), *real(args.real, gazetteer)]


def _boosted(seed: int = 0):
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(
        n_estimators=150, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=seed
    )


def fit(examples: list[Example], real_weight: float, folds: int = 5):
    """(boosted trees, isotonic map, out-of-fold scores), as described at the top."""
    import numpy as np
    from sklearn.isotonic import IsotonicRegression
    from sklearn.model_selection import GroupKFold

    x = np.array([[e["features"][k] for k in FEATURES] for e in examples])
    y = np.array([e["label"] for e in examples])
    w = np.array([real_weight if e["source"] == "real" else 1.0 for e in examples])
    groups = np.array([e["group"] for e in examples])
    scores = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        m = _boosted().fit(x[train], y[train], sample_weight=w[train])
        scores[test] = m.predict_proba(x[test])[:, 1]
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip", increasing=True)
    iso.fit(scores, y, sample_weight=w)
    final = _boosted().fit(x, y, sample_weight=w)
    return final, iso, scores


def export(final, iso) -> dict:
    """The trees as flat arrays, and the isotonic map's knots (calibration.Model reads them)."""
    import numpy as np

    trees = []
    for (estimator,) in final.estimators_:
        tree = estimator.tree_
        trees.append(
            {
                "feature": [int(i) for i in tree.feature],
                "threshold": [float(v) for v in tree.threshold],
                "left": [int(i) for i in tree.children_left],
                "right": [int(i) for i in tree.children_right],
                "value": [float(v) for v in tree.value[:, 0, 0]],
            }
        )
    zero = np.zeros((1, len(FEATURES)))
    rate = final.learning_rate
    init = float(final.decision_function(zero)[0]) - rate * sum(
        float(e.predict(zero)[0]) for (e,) in final.estimators_
    )
    return {
        "features": list(FEATURES),
        "init": round(init, 6),
        "learning_rate": rate,
        "trees": trees,
        "calibration": {
            "knots": [round(float(v), 6) for v in iso.X_thresholds_],
            "values": [round(float(v), 6) for v in iso.y_thresholds_],
        },
    }


def guarded(example: Example, confidence: float) -> float:
    """As calibration.calibrate: review-only cases never rise above the rules' confidence, and
    nothing the rules left for review becomes automatic, unless its maker is one the model may
    raise (calibration.may_raise)."""
    f = example["features"]
    if any(f[k] for k in REVIEW_ONLY):
        return min(confidence, f["hand"])
    if may_raise(f):
        return min(confidence, 0.99)
    return min(confidence, 0.99 if f["hand"] >= AUTO else AUTO - 0.01)


def summary(labels, confidences, floor: float) -> str:
    chosen = [label for label, c in zip(labels, confidences, strict=True) if c >= floor]
    right = sum(chosen)
    total = sum(labels)
    precision = right / len(chosen) if chosen else float("nan")
    return f">= {floor}: {len(chosen)} proposals, precision {precision:.3f}, {right} of {total} right ones"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--real", type=Path, default=Path("../shared/real-dev"), help="real-dev folder")
    parser.add_argument("--corpus", type=Path, default=ROOT / "samples" / "corpus")
    parser.add_argument("--seeds", type=int, nargs="+", default=list(range(11, 19)))
    parser.add_argument("--real-weight", type=float, default=3.0, help="weight of a real example")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    if not args.real.is_dir():
        print(f"train_names: {args.real}: real-dev folder not found (give --real)", file=sys.stderr)
        return 2
    gazetteer = Gazetteer.load()
    examples = collect(args, gazetteer)
    if len({e["label"] for e in examples}) < 2:
        print("train_names: need both right and wrong proposals", file=sys.stderr)
        return 2
    final, iso, scores = fit(examples, args.real_weight)
    calibrated = [guarded(e, c) for e, c in zip(examples, iso.predict(scores), strict=True)]
    labels = [e["label"] for e in examples]
    hand = [e["features"]["hand"] for e in examples]
    for name, values in (("rules' own confidence", hand), ("learned, out of fold", calibrated)):
        print(name)
        for floor in (0.6, 0.9):
            print("  ", summary(labels, values, floor))
    counts = {
        source: [sum(1 for e in examples if e["source"] == source and e["label"] == v) for v in (1, 0)]
        for source in ("sim", "sim-clean", "real")
    }
    out = export(final, iso)
    model = Model.from_json(out)
    sklearn_scores = final.predict_proba([[e["features"][k] for k in FEATURES] for e in examples])[:, 1]
    drift = max(abs(model.raw(e["features"]) - p) for e, p in zip(examples, sklearn_scores, strict=True))
    if drift > 1e-4:
        print(f"train_names: the exported trees score {drift:.2g} away from scikit-learn", file=sys.stderr)
        return 1
    out["trained_on"] = {
        "seeds": [s for s in args.seeds if s not in HELD_OUT_SEEDS],
        "real_pages": "even (tune half)",
        "real_weight": args.real_weight,
        "examples_right_wrong": counts,
    }
    args.output.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
