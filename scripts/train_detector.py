"""Train the detector's combiner and write repair/detect/weights.json.

    python scripts/train_detector.py                 # damage, train, calibrate, evaluate, write
    python scripts/train_detector.py --ablation      # ... and retrain without each feature group
    python scripts/train_detector.py --check         # evaluate the committed weights only

The clean corpus (samples/corpus/*.txt) is damaged by `repair corrupt` with several seeds.
Each damaged copy is analysed by the real pipeline (so the features see exactly what
`repair score` sees: the passes' proposals and notes), and every sentence is labelled
damaged when a corruption in the answer key overlaps or touches it.

Three disjoint sets keep the reported figures honest:
  train        train seeds x train articles: the logistic regression
  calibration  calibration seeds x train articles: Platt scaling (0.5 = even odds)
  test         test seeds x test articles (articles never seen in training, under
               damage drawn with seeds never seen either): every number reported
The split of articles is by a hash of the file name, so it is stable as the corpus grows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from repair.config import Config  # noqa: E402
from repair.detect.features import FEATURES, GROUPS, extract  # noqa: E402
from repair.detect.model import WEIGHTS_FILE, Model  # noqa: E402
from repair.loading import load_path  # noqa: E402
from repair.pipeline import Engine  # noqa: E402

L2 = 1.0  # ridge penalty on the standardised coefficients


@dataclass
class Example:
    article: str
    seed: int | None  # None: the clean original
    vectors: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    kinds: list[frozenset[str]] = field(default_factory=list)
    words: int = 0


def parse_seeds(text: str) -> list[int]:
    seeds: list[int] = []
    for part in text.split(","):
        if "-" in part:
            low, high = part.split("-")
            seeds.extend(range(int(low), int(high) + 1))
        elif part:
            seeds.append(int(part))
    return seeds


def is_test_article(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3 == 0


# --- damaged copies ----------------------------------------------------------------------


def damage(corpus: list[Path], seed: int, out: Path, profile: str | None) -> list[tuple[Path, Path]]:
    """Damaged copies and answer keys for one seed, from `repair corrupt` (copies already
    in ``out`` from an earlier run with --work are reused)."""
    if all((out / f"{p.stem}.key.json").is_file() for p in corpus):
        return [(out / p.name, out / f"{p.stem}.key.json") for p in corpus]
    out.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "repair.cli",
        "corrupt",
        *map(str, corpus),
        "-o",
        str(out),
        "--seed",
        str(seed),
    ]
    if profile:
        command += ["--profile", profile]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    pairs = []
    for path in corpus:
        damaged = out / path.name
        key = out / f"{path.stem}.key.json"
        if damaged.is_file() and key.is_file():
            pairs.append((damaged, key))
    return pairs


def dev_damage(corpus: list[Path], seed: int, out: Path) -> list[tuple[Path, Path]]:
    """A small stand-in for `repair corrupt`, for development when it is not installed:
    doubled words, capitals mid-sentence, honorifics cut from their names, respelled
    names, paragraphs broken mid-sentence, spacing slips and chrome lines. Its answer
    keys have the same shape as repair corrupt's."""
    import re

    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    chrome = [
        "See also: The week's best deals - click here",
        "Leave a Reply",
        "Sign up for our newsletter",
        "© 2024 News Service. All rights reserved. #"
        + "".join(rng.choice("0123456789abcdef") for _ in range(16)),
    ]
    pairs = []
    for path in corpus:
        text = path.read_text(encoding="utf-8")
        edits: list[tuple[int, int, str, str]] = []  # start, end, replacement, kind
        words = [m for m in re.finditer(r"[A-Za-z]+", text)]
        for match in rng.sample(words, k=min(len(words), 40)):
            word, start, end = match.group(), match.start(), match.end()
            roll = rng.random()
            if (
                word[0].islower()
                and len(word) > 2
                and text[start - 2 : start] not in (". ", "\n\n")
                and roll < 0.2
            ):
                edits.append((start, end, f"{word} {word}", "doubled-word"))
            elif word[0].islower() and roll < 0.45:
                edits.append((start, end, word.capitalize(), "capitalisation"))
            elif word[0].isupper() and len(word) > 4 and roll < 0.7 and text[start - 2 : start] != ". ":
                i = rng.randrange(1, len(word) - 1)
                edits.append(
                    (start, end, word[:i] + rng.choice("aeioukt") + word[i + 1 :], "name-respelling")
                )
            elif roll < 0.8 and text[end : end + 1] == " ":
                edits.append((end, end + 1, "\n\n", "paragraph-break"))
            elif roll < 0.9 and text[end : end + 2] == ", ":
                edits.append((end, end + 1, " ,", "spacing"))
        for match in re.finditer(r"\b(Mr|Ms|Mrs|Dr)\. (?=[A-Z])", text):
            if rng.random() < 0.3:
                edits.append((match.end() - 1, match.end(), "\n\n", "honorific-split"))
        lines = [m.end() for m in re.finditer(r"\n\n", text)]
        for at in rng.sample(lines, k=min(2, len(lines))):
            edits.append((at, at, rng.choice(chrome) + "\n\n", "chrome"))
        edits.sort()
        damaged, key, position = [], [], 0
        last_end = -1
        for start, end, replacement, kind in edits:
            if start < last_end or (start == last_end and start == end):
                continue
            damaged.append(text[position:start])
            new_start = sum(len(part) for part in damaged)
            damaged.append(replacement)
            key.append(
                {
                    "kind": kind,
                    "category": kind,
                    "start": new_start,
                    "end": new_start + len(replacement),
                    "text": replacement,
                    "original": text[start:end],
                    "note": "dev",
                }
            )
            position = last_end = end
        damaged.append(text[position:])
        (out / path.name).write_text("".join(damaged), encoding="utf-8")
        key_path = out / f"{path.stem}.key.json"
        key_path.write_text(
            json.dumps({"source": path.name, "seed": seed, "profile": "dev", "corruptions": key})
        )
        pairs.append((out / path.name, key_path))
    return pairs


def sentence_labels(doc, corruptions: list[dict]) -> list[frozenset[str]]:
    """The damage kinds that overlap or touch each sentence (empty: a clean sentence)."""
    from repair.detect.features import _overlapping

    starts = [s.start for s in doc.sentences]
    ends = [s.end for s in doc.sentences]
    kinds: list[set[str]] = [set() for _ in doc.sentences]
    for corruption in corruptions:
        for index in _overlapping(starts, ends, int(corruption["start"]), int(corruption["end"])):
            kinds[index].add(str(corruption.get("kind", "damage")))
    return [frozenset(k) for k in kinds]


def analyse(job: tuple[str, int | None, str, str | None]) -> Example:
    name, seed, text_path, key_path = job
    engine = _engine()
    source = load_path(Path(text_path))
    analysis = engine.analyze(source)
    doc = analysis.doc
    rows = extract(doc, analysis.proposals, analysis.context)
    example = Example(article=name, seed=seed, words=doc.word_count)
    example.vectors = [row.vector() for row in rows]
    if key_path is None:
        example.kinds = [frozenset() for _ in doc.sentences]
    else:
        key = json.loads(Path(key_path).read_text(encoding="utf-8"))
        raw = Path(text_path).read_text(encoding="utf-8")
        if raw != source.text:
            raise SystemExit(f"{text_path}: the loader changed the text; answer key offsets would not match")
        example.kinds = sentence_labels(doc, key.get("corruptions", []))
    example.labels = [1 if kinds else 0 for kinds in example.kinds]
    return example


_ENGINE: Engine | None = None


def _engine() -> Engine:
    """The real pipeline, minus its final scoring step: training needs the passes'
    proposals and notes, not the scores of the weights it is about to replace."""
    global _ENGINE
    if _ENGINE is None:
        import repair.pipeline

        repair.pipeline.score_sentences = lambda doc, proposals, context: []
        _ENGINE = Engine(Config())
    return _ENGINE


# --- the model ---------------------------------------------------------------------------


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = L2, iterations: int = 50
) -> tuple[np.ndarray, float]:
    """Ridge logistic regression by Newton's method (the intercept is not penalised)."""
    n, d = x.shape
    design = np.hstack([np.ones((n, 1)), x])
    weights = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(design @ weights)))
        gradient = design.T @ (p - y) + penalty * weights
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return weights[1:], float(weights[0])


def train(train_set: list[Example], calib_set: list[Example], names: tuple[str, ...]) -> Model:
    columns = [FEATURES.index(n) for n in names]
    x = np.array([v for e in train_set for v in e.vectors], dtype=float)[:, columns]
    y = np.array([label for e in train_set for label in e.labels], dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    coef, intercept = fit_logistic((x - mean) / scale, y)
    # Platt scaling on held-out seeds: one slope and one intercept on the raw log-odds
    xc = np.array([v for e in calib_set for v in e.vectors], dtype=float)[:, columns]
    yc = np.array([label for e in calib_set for label in e.labels], dtype=float)
    raw = ((xc - mean) / scale) @ coef + intercept
    (slope,), offset = fit_logistic(raw[:, None], yc, l2=1e-6)
    return Model(names, tuple(mean), tuple(scale), tuple(coef), intercept, float(slope), offset)


def predict(model: Model, examples: list[Example]) -> np.ndarray:
    columns = [FEATURES.index(n) for n in model.features]
    x = np.array([v for e in examples for v in e.vectors], dtype=float)[:, columns]
    raw = ((x - np.array(model.mean)) / np.array(model.scale)) @ np.array(model.coef) + model.intercept
    return 1.0 / (1.0 + np.exp(-(model.calibration_slope * raw + model.calibration_intercept)))


# --- metrics -----------------------------------------------------------------------------


def auroc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve (ties count half), by ranks."""
    positives = labels.sum()
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return float("nan")
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def precision_at(scores: np.ndarray, labels: np.ndarray, share: float = 0.1) -> float:
    """Precision among the top ``share`` of sentences by score; when fewer than that share
    are damaged, among the top (number damaged), so that 1.0 stays reachable."""
    k = max(1, min(int(round(share * len(scores))), int(labels.sum())))
    top = np.argsort(-scores, kind="mergesort")[:k]
    return float(labels[top].mean())


def evaluate(model: Model, test_set: list[Example], clean_set: list[Example]) -> dict:
    scores = predict(model, test_set)
    labels = np.array([label for e in test_set for label in e.labels])
    kinds = [k for e in test_set for k in e.kinds]
    report = {
        "sentences": len(labels),
        "damaged": int(labels.sum()),
        "auroc": auroc(scores, labels),
        "precision_at_10": precision_at(scores, labels),
        "per_kind": {},
    }
    clean = labels == 0
    for kind in sorted({k for ks in kinds for k in ks}):
        has = np.array([kind in ks for ks in kinds])
        pool = has | clean
        report["per_kind"][kind] = {
            "sentences": int(has.sum()),
            "auroc": auroc(scores[pool], has[pool].astype(int)),
            "precision_at_10": precision_at(scores[pool], has[pool].astype(int)),
        }
    # documents: the share of sentences at or above 0.5, clean originals vs damaged copies
    doc_scores, doc_labels = [], []
    for examples, label in ((clean_set, 0), (test_set, 1)):
        for example in examples:
            s = predict(model, [example])
            doc_scores.append(float((s >= 0.5).mean()) if len(s) else 0.0)
            doc_labels.append(label)
    report["documents"] = {
        "clean": len(clean_set),
        "damaged": len(test_set),
        "auroc": auroc(np.array(doc_scores), np.array(doc_labels)),
        "mean_score_clean": float(np.mean(doc_scores[: len(clean_set)])) if clean_set else 0.0,
        "mean_score_damaged": float(np.mean(doc_scores[len(clean_set) :])) if test_set else 0.0,
    }
    # calibration: observed damage rate by predicted band
    bands = []
    for low in (0.0, 0.1, 0.3, 0.5, 0.7, 0.9):
        high = {0.0: 0.1, 0.1: 0.3, 0.3: 0.5, 0.5: 0.7, 0.7: 0.9, 0.9: 1.01}[low]
        inside = (scores >= low) & (scores < high)
        if inside.any():
            bands.append([low, min(high, 1.0), int(inside.sum()), float(labels[inside].mean())])
    report["calibration"] = bands
    return report


def print_report(report: dict) -> None:
    print(
        f"test sentences: {report['sentences']} ({report['damaged']} damaged)  "
        f"AUROC {report['auroc']:.3f}  precision@10% {report['precision_at_10']:.3f}"
    )
    print(f"  {'kind':24} {'sentences':>9} {'AUROC':>7} {'P@10%':>7}")
    for kind, row in report["per_kind"].items():
        print(f"  {kind:24} {row['sentences']:>9} {row['auroc']:>7.3f} {row['precision_at_10']:>7.3f}")
    docs = report["documents"]
    print(
        f"documents: {docs['clean']} clean vs {docs['damaged']} damaged  AUROC {docs['auroc']:.3f}  "
        f"mean score clean {docs['mean_score_clean']:.3f}, damaged {docs['mean_score_damaged']:.3f}"
    )
    print("calibration (predicted band: sentences, observed damage rate):")
    for low, high, count, rate in report["calibration"]:
        print(f"  {low:.1f}-{high:.1f}: {count:>5}  {rate:.2f}")


def ablation(train_set, calib_set, test_set, clean_set, full: dict) -> list[dict]:
    """Retrain without each feature group; report the test AUROC overall and per damage
    kind, so each group's contribution shows where it matters."""
    rows = []
    for group, members in GROUPS.items():
        names = tuple(n for n in FEATURES if n not in members)
        report = evaluate(train(train_set, calib_set, names), test_set, clean_set)
        rows.append(
            {
                "without": group,
                "auroc": report["auroc"],
                "precision_at_10": report["precision_at_10"],
                "document_auroc": report["documents"]["auroc"],
                "per_kind_auroc": {k: v["auroc"] for k, v in report["per_kind"].items()},
            }
        )
    print("\nablation: test AUROC when retrained without each feature group")
    print(
        f"  {'without':12} {'AUROC':>7} {'P@10%':>7} {'doc':>6}   AUROC change per damage kind (largest drops)"
    )
    print(
        f"  {'(nothing)':12} {full['auroc']:>7.3f} {full['precision_at_10']:>7.3f} {full['documents']['auroc']:>6.3f}"
    )
    for row in rows:
        drops = sorted(
            ((auc - full["per_kind"][kind]["auroc"], kind) for kind, auc in row["per_kind_auroc"].items()),
        )[:3]
        shown = ", ".join(f"{kind} {delta:+.3f}" for delta, kind in drops if delta < -0.0005) or "none"
        print(
            f"  {row['without']:12} {row['auroc']:>7.3f} {row['precision_at_10']:>7.3f} "
            f"{row['document_auroc']:>6.3f}   {shown}"
        )
    kinds = list(full["per_kind"])
    print("\n  per-kind AUROC without each group (columns: groups)")
    print("  " + f"{'kind':22}" + f"{'all':>7}" + "".join(f"{g[:7]:>8}" for g in GROUPS))
    for kind in kinds:
        cells = "".join(f"{row['per_kind_auroc'][kind]:>8.3f}" for row in rows)
        print(f"  {kind:22}{full['per_kind'][kind]['auroc']:>7.3f}{cells}")
    return rows


def throughput(paths: list[Path], warm_up: str = "") -> dict:
    """Words per second of the detector's own work (features and combiner, on text the
    passes have analysed) next to Harper alone linting the same paragraphs, same run."""
    import harper

    from repair.detect.lexicon import lexicon
    from repair.detect.model import load_model

    lexicon()
    model = load_model()
    texts = [load_path(p).text for p in paths]
    # Harper first, on text no linter in this process has seen (it caches what it linted)
    linter = harper.Linter()
    for paragraph in (warm_up or "A sentence to load the dictionary.").split("\n"):
        if paragraph.strip():
            linter.lint(paragraph)  # Harper builds its rules on first use: not part of the rate
    started = time.perf_counter()
    for text in texts:
        for paragraph in text.split("\n"):
            if paragraph.strip():
                linter.lint(paragraph)
    harper_seconds = time.perf_counter() - started
    engine = _engine()
    analyses = [engine.analyze(load_path(p)) for p in paths]
    words = sum(a.doc.word_count for a in analyses)
    started = time.perf_counter()
    for a in analyses:
        for row in extract(a.doc, a.proposals, a.context):
            model.probability(row)
            model.reasons(row)
    detector_seconds = time.perf_counter() - started
    result = {
        "words": words,
        "detector_words_per_s": words / detector_seconds,
        "harper_words_per_s": words / harper_seconds,
    }
    result["ratio_to_harper"] = result["detector_words_per_s"] / result["harper_words_per_s"]
    print(
        f"\nthroughput on {words} words: detector {result['detector_words_per_s']:,.0f} words/s, "
        f"Harper alone {result['harper_words_per_s']:,.0f} words/s (ratio {result['ratio_to_harper']:.1f}x)"
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "samples" / "corpus")
    parser.add_argument("--train-seeds", default="1-6")
    parser.add_argument("--calibration-seeds", default="7-8")
    parser.add_argument("--test-seeds", default="9-12")
    parser.add_argument("--profile", help="repair corrupt --profile (default: its own default)")
    parser.add_argument(
        "--work",
        type=Path,
        help="keep damaged copies here and reuse them next time (default: a temporary folder)",
    )
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    parser.add_argument("--ablation", action="store_true", help="retrain without each feature group")
    parser.add_argument("--check", action="store_true", help="evaluate the committed weights, write nothing")
    parser.add_argument("--throughput", action="store_true", help="time the detector next to Harper")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dev-damage", action="store_true", help="the script's own small damage generator")
    args = parser.parse_args(argv)

    corpus = sorted(args.corpus.glob("*.txt"))
    if not corpus:
        raise SystemExit(f"{args.corpus}: no articles")
    train_seeds, calib_seeds, test_seeds = (
        parse_seeds(args.train_seeds),
        parse_seeds(args.calibration_seeds),
        parse_seeds(args.test_seeds),
    )
    if set(train_seeds) & set(test_seeds) or set(calib_seeds) & set(test_seeds):
        raise SystemExit("test seeds must differ from training and calibration seeds")
    train_articles = [p for p in corpus if not is_test_article(p.name)]
    test_articles = [p for p in corpus if is_test_article(p.name)]

    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        jobs = []
        for seed in sorted(set(train_seeds + calib_seeds + test_seeds)):
            articles = test_articles if seed in test_seeds else train_articles
            make = dev_damage if args.dev_damage else lambda a, s, o: damage(a, s, o, args.profile)
            for damaged, key in make(articles, seed, work / f"seed-{seed}"):
                jobs.append((damaged.stem, seed, str(damaged), str(key)))
        jobs += [(p.stem, None, str(p), None) for p in test_articles]
        started = time.perf_counter()
        if args.jobs > 1:
            from multiprocessing import Pool

            with Pool(args.jobs) as pool:
                examples = pool.map(analyse, jobs, chunksize=4)
        else:
            examples = [analyse(job) for job in jobs]
        print(f"analysed {len(examples)} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)

    train_set = [e for e in examples if e.seed in train_seeds]
    calib_set = [e for e in examples if e.seed in calib_seeds]
    test_set = [e for e in examples if e.seed in test_seeds]
    clean_set = [e for e in examples if e.seed is None]
    kinds = Counter(k for e in train_set for ks in e.kinds for k in ks)
    print(
        f"train: {len(train_set)} damaged copies of {len(train_articles)} articles, seeds {args.train_seeds}; "
        f"calibration: seeds {args.calibration_seeds}; test: {len(test_set)} copies of "
        f"{len(test_articles)} other articles, seeds {args.test_seeds}"
    )
    print("damage kinds in training: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))

    if args.check:
        from repair.detect.model import load_model

        model = load_model(args.out)
    else:
        model = train(train_set, calib_set, FEATURES)
    report = evaluate(model, test_set, clean_set)
    print_report(report)
    print("\nweights (standardised coefficient, calibrated):")
    for name, coef in sorted(zip(model.features, model.coef, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:18} {coef * model.calibration_slope:+.3f}")
    extra: dict = {}
    if args.ablation:
        extra["ablation"] = ablation(train_set, calib_set, test_set, clean_set, report)
    if not args.check:
        data = {
            "about": "Detector combiner: logistic regression on standardised features, Platt-calibrated. "
            "Written by scripts/train_detector.py; do not edit by hand.",
            "features": list(model.features),
            "mean": [round(v, 6) for v in model.mean],
            "scale": [round(v, 6) for v in model.scale],
            "coef": [round(v, 6) for v in model.coef],
            "intercept": round(model.intercept, 6),
            "calibration": {
                "slope": round(model.calibration_slope, 6),
                "intercept": round(model.calibration_intercept, 6),
            },
            "training": {
                "train_seeds": args.train_seeds,
                "calibration_seeds": args.calibration_seeds,
                "test_seeds": args.test_seeds,
                "profile": args.profile or "default",
                "train_articles": len(train_articles),
                "test_articles": len(test_articles),
            },
            "test": _rounded(report),
        }
        args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    if args.throughput:
        from repair.detect.model import load_model

        load_model.cache_clear()
        extra["throughput"] = throughput(
            [Path(j[2]) for j in jobs if j[1] in test_seeds][:0] or test_articles
        )
    return 0


def _rounded(value):
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


if __name__ == "__main__":
    random.seed(0)
    raise SystemExit(main())
