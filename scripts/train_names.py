"""Train the names pass's entity resolver: the weights in repair/passes/names/entity_weights.json.

Every (group of mentions, candidate person) pair the resolver considers is one example,
with the resolver's own evidence features. Labels come from two sources:

- the simulator's damage of samples/corpus (``--seeds``), whose answer keys give the clean
  text under each damaged name: a candidate is right when that text names it;
- the tune half of the real development set (even pages only, ``--real``), whose keys say
  who each damaged name is: a candidate is right when the key's right spelling names it.
  Any other mention (a correct name, a name the key does not fix) is a negative for every
  candidate: changing it would be wrong.

A logistic regression (scikit-learn, a training-time dependency only) is fitted on them and
written as plain JSON, so the pass scores with a dot product. Odd pages are never read.

    pip install scikit-learn && python scripts/train_names.py
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from repair.document import Document  # noqa: E402
from repair.gazetteer.index import Gazetteer  # noqa: E402
from repair.gazetteer.keys import fold  # noqa: E402
from repair.measure.bench.real import _raw_pattern, load_pages  # noqa: E402
from repair.measure.corrupt import corrupt_text, known_names  # noqa: E402
from repair.passes.names import analyse  # noqa: E402
from repair.passes.names.entities import FEATURES, family_of  # noqa: E402

WEIGHTS = ROOT / "repair" / "passes" / "names" / "entity_weights.json"


def names_entry(right: str, entry) -> bool:
    """Whether ``right`` (a key's right spelling or a clean original) names ``entry``."""
    words = f" {fold(right)} "
    family = family_of(entry)
    return bool(family) and f" {family[0]} " in words


def examples(text: str, gazetteer: Gazetteer, damaged: list[tuple[int, int, list[str]]]):
    """(features, label) for every candidate link; ``damaged`` = (start, end, rights)."""
    result = analyse(Document.from_text(text), gazetteer)
    for group, links in result.groups:
        for link in links:
            label = 0
            for spot in group.spots:
                for start, end, rights in damaged:
                    if (
                        spot.start < end
                        and start < spot.end
                        and any(names_entry(r, link.entry) for r in rights)
                    ):
                        label = 1
            yield [link.features[k] for k in FEATURES], label


def real_examples(folder: Path, gazetteer: Gazetteer):
    for page in load_pages(folder):
        number = re.match(r"\d+", page.name)
        if number is None or int(number.group()) % 2:
            continue  # the report half (odd pages) is never trained on
        damaged = []
        for damage in page.names:
            for match in _raw_pattern(damage.text).finditer(page.text):
                damaged.append((match.start(), match.end(), damage.rights))
        yield from examples(page.text, gazetteer, damaged)


def simulated_examples(corpus: Path, seeds: list[int], gazetteer: Gazetteer):
    known = known_names()
    for path in sorted(corpus.glob("*.txt")):
        clean = path.read_text(encoding="utf-8")
        for seed in seeds:
            damaged = corrupt_text(clean, name=path.name, seed=seed, **known)
            keys = [(c.start, c.end, [c.original]) for c in damaged.corruptions if c.category == "name"]
            yield from examples(damaged.text, gazetteer, keys)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "real-dev")
    parser.add_argument("--corpus", type=Path, default=ROOT / "samples" / "corpus")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4])
    parser.add_argument("--real-weight", type=float, default=3.0, help="weight of a real example")
    parser.add_argument("-o", "--output", type=Path, default=WEIGHTS)
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression

    gazetteer = Gazetteer.load()
    rows, labels, weights = [], [], []
    real = list(real_examples(args.real, gazetteer)) if args.real.is_dir() else []
    simulated = list(simulated_examples(args.corpus, args.seeds, gazetteer))
    for data, weight in ((real, args.real_weight), (simulated, 1.0)):
        for features, label in data:
            rows.append(features)
            labels.append(label)
            weights.append(weight)
    if len(set(labels)) < 2:
        print("train_names: need both right and wrong candidates", file=sys.stderr)
        return 2
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(rows, labels, sample_weight=weights)
    out = {
        "bias": round(float(model.intercept_[0]), 4),
        "weights": {k: round(float(w), 4) for k, w in zip(FEATURES, model.coef_[0], strict=True)},
        "trained_on": {
            "real_tune_examples": len(real),
            "real_tune_right": sum(label for _, label in real),
            "simulated_examples": len(simulated),
            "simulated_right": sum(label for _, label in simulated),
            "seeds": args.seeds,
            "real_weight": args.real_weight,
        },
    }
    args.output.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    probabilities = model.predict_proba(rows)[:, 1]
    for floor in (0.6, 0.9):
        chosen = [label for p, label in zip(probabilities, labels, strict=True) if p >= floor]
        precision = sum(chosen) / len(chosen) if chosen else float("nan")
        print(f"links at >= {floor}: {len(chosen)}, right {precision:.3f}")
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
