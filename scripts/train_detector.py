"""Train the detector's combiner and write repair/detect/weights.json.

    python scripts/train_detector.py                 # damage, train, calibrate, evaluate, write
    python scripts/train_detector.py --ablation      # ... and retrain without each feature group
    python scripts/train_detector.py --check         # evaluate the committed weights only

The clean corpus (samples/corpus/*.txt) is damaged by `repair corrupt` with several seeds.
Each damaged copy is analysed by the real pipeline (so the features see exactly what
`repair score` sees: the passes' proposals and findings), and every sentence is labelled
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
import pickle
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
sys.path.insert(0, str(ROOT / "scripts"))

import detector_sources as sources  # noqa: E402

from repair.config import Config  # noqa: E402
from repair.detect.features import FEATURES, GROUPS, extract, furniture  # noqa: E402
from repair.detect.lm import LM_FEATURES, lm_wanted  # noqa: E402
from repair.detect.model import LM_WEIGHTS_FILE, WEIGHTS_FILE, Model  # noqa: E402
from repair.loading import load_path  # noqa: E402
from repair.pipeline import Engine  # noqa: E402

L2 = 1.0  # ridge penalty on the standardised coefficients
USE_LM = lm_wanted()  # the lm extra is installed: measure its features and train weights-lm.json too
# Each source's share of the training loss, relative to the simulator's (whose sentences
# weigh 1 each): the simulator teaches the damage kinds the passes repair, MQM the
# fluency of real machine translation, the real-dev pages both on real articles.
SOURCE_SHARE = {"simulator": 1.0, "mqm": 3.0, "realdev": 0.5}
# The language model reads about a hundred tokens a second on one core, so of the
# simulator's damaged copies only a test seed is read by it (to measure the lm weights);
# the lm weights are the default weights plus a stacked term for the lm features, fitted
# on the real data the language model read.
LM_SEEDS = frozenset({9})
LM_MQM_EVERY = 3  # ... and every third talk-and-system block of the MQM training talks, read whole


@dataclass
class Example:
    article: str
    seed: int | None  # None: the clean original
    vectors: list[list[float]] = field(default_factory=list)
    labels: list[float] = field(default_factory=list)  # 0/1, or a soft label (MQM severity)
    kinds: list[frozenset[str]] = field(default_factory=list)
    words: int = 0
    source: str = "simulator"  # simulator, mqm or realdev: each source's weight is set apart
    lm: bool = True  # the lm features were measured (the simulator's LM_SEEDS only)
    read: dict = field(default_factory=dict)  # what the language model read in a worker, for --work's cache
    chrome: list[bool] = field(default_factory=list)  # per sentence: page furniture (features.furniture)


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
    with_lm = USE_LM and (seed is None or seed in LM_SEEDS)
    memo = _lm_memo() if with_lm else {}
    known = set(memo)
    rows = extract(doc, analysis.proposals, analysis.context.entities, analysis.findings, use_lm=with_lm)
    example = Example(article=name, seed=seed, words=doc.word_count, lm=with_lm)
    example.read = {text: memo[text] for text in memo.keys() - known}
    example.chrome = furniture(doc, rows)
    example.vectors = [row.vector(FEATURES) for row in rows]
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
LM_MEMO: Path | None = None  # --work's cache of what the language model read


def _lm_memo() -> dict:
    """The language model's memo of sentences read, filled from --work's cache once."""
    from repair.detect.lm import language_model

    model = language_model()
    if LM_MEMO is not None and not getattr(model, "_cache_loaded", False):
        if LM_MEMO.is_file():
            model.memo.update(pickle.loads(LM_MEMO.read_bytes()))
        model._cache_loaded = True
    return model.memo


def _engine() -> Engine:
    """The real pipeline, minus its final scoring step: training needs the passes'
    proposals and notes, not the scores of the weights it is about to replace."""
    global _ENGINE
    if _ENGINE is None:
        import repair.pipeline

        repair.pipeline.score_sentences = lambda *args: []
        _ENGINE = Engine(Config())
    return _ENGINE


# --- the model ---------------------------------------------------------------------------


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    l2: float = L2,
    iterations: int = 50,
    sample_weight: np.ndarray | None = None,
) -> tuple[np.ndarray, float]:
    """Ridge logistic regression by Newton's method (the intercept is not penalised).
    Labels may be soft (0..1); ``sample_weight`` weighs each row's share of the loss."""
    n, d = x.shape
    w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    design = np.hstack([np.ones((n, 1)), x])
    weights = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(design @ weights)))
        gradient = design.T @ (w * (p - y)) + penalty * weights
        hessian = (design * (w * p * (1 - p))[:, None]).T @ design + np.diag(penalty) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return weights[1:], float(weights[0])


def source_weights(examples: list[Example], share: dict[str, float] = SOURCE_SHARE) -> np.ndarray:
    """Per-sentence loss weights: every source gets ``share`` times the simulator's total."""
    sources = [e.source for e in examples for _ in e.labels]
    counts = Counter(sources)
    base = counts.get("simulator", 0) or max(counts.values())
    return np.array([share.get(src, 1.0) * base / counts[src] for src in sources])


def train(train_set: list[Example], calib_set: list[Example], names: tuple[str, ...]) -> Model:
    columns = [FEATURES.index(n) for n in names]
    x = np.array([v for e in train_set for v in e.vectors], dtype=float)[:, columns]
    y = np.array([label for e in train_set for label in e.labels], dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    coef, intercept = fit_logistic((x - mean) / scale, y, sample_weight=source_weights(train_set))
    # Platt scaling on held-out seeds: one slope and one intercept on the raw log-odds
    xc = np.array([v for e in calib_set for v in e.vectors], dtype=float)[:, columns]
    yc = np.array([label for e in calib_set for label in e.labels], dtype=float)
    raw = ((xc - mean) / scale) @ coef + intercept
    (slope,), offset = fit_logistic(raw[:, None], yc, l2=1e-6)
    return Model(names, tuple(mean), tuple(scale), tuple(coef), intercept, float(slope), offset)


def stack_lm(base: Model, examples: list[Example]) -> Model:
    """The lm weights: the default model's calibrated log-odds, rescaled, plus the lm
    features, fitted on the examples the language model read. The result is again one
    logistic model over the features (the default coefficients times the fitted scale)."""
    examples = [e for e in examples if e.lm and e.labels]
    x = np.array([v for e in examples for v in e.vectors], dtype=float)
    y = np.array([label for e in examples for label in e.labels], dtype=float)
    columns = [FEATURES.index(n) for n in base.features]
    base_logit = (
        base.calibration_slope
        * (
            ((x[:, columns] - np.array(base.mean)) / np.array(base.scale)) @ np.array(base.coef)
            + base.intercept
        )
        + base.calibration_intercept
    )
    z = x[:, [FEATURES.index(n) for n in LM_FEATURES]]
    mean, scale = z.mean(axis=0), z.std(axis=0)
    scale[scale < 1e-9] = 1.0
    b_mean, b_scale = float(base_logit.mean()), float(base_logit.std() or 1.0)
    design = np.column_stack([(base_logit - b_mean) / b_scale, (z - mean) / scale])
    coef, intercept = fit_logistic(design, y, sample_weight=source_weights(examples))
    alpha = coef[0] / b_scale
    return Model(
        features=base.features + LM_FEATURES,
        mean=base.mean + tuple(mean),
        scale=base.scale + tuple(scale),
        coef=tuple(alpha * base.calibration_slope * c for c in base.coef) + tuple(coef[1:]),
        intercept=float(
            alpha * (base.calibration_slope * base.intercept + base.calibration_intercept)
            + intercept
            - alpha * b_mean
        ),
    )


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
    # documents (repair.scoring.document_score): clean originals vs damaged copies
    doc_scores, doc_labels = [], []
    for examples, label in ((clean_set, 0), (test_set, 1)):
        for example in examples:
            doc_scores.append(document_score(predict(model, [example]), example.chrome))
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


def document_score(scores: np.ndarray, chrome: list[bool]) -> float:
    """``repair.scoring.document_score`` on predicted sentence scores: the mean of the
    three worst, page furniture left out."""
    from repair.scoring import WORST

    prose = sorted(
        (float(s) for s, c in zip(scores, chrome or [False] * len(scores), strict=True) if not c),
        reverse=True,
    )
    return sum(prose[:WORST]) / len(prose[:WORST]) if prose else 0.0


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
        for row in extract(a.doc, a.proposals, a.context.entities, a.findings):
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
    if USE_LM:
        from repair.detect.lm import language_model, lm_features

        model_lm = language_model()  # loading the weights (a few tenths of a second) is not timed
        model_lm.memo.clear()
        started = time.perf_counter()
        for a in analyses:
            lm_features(a.doc)
        lm_seconds = time.perf_counter() - started
        result["lm_words_per_s"] = words / lm_seconds
        result["lm_ratio_to_harper"] = result["lm_words_per_s"] / result["harper_words_per_s"]
        print(
            f"the lm extra's features alone (one thread): {result['lm_words_per_s']:,.0f} words/s "
            f"(ratio to Harper {result['lm_ratio_to_harper']:.3f}x)"
        )
    return result


# --- real data: MQM and real-dev ------------------------------------------------------------


def analyse_text(text: str, use_lm: bool = False):
    """The real pipeline on ``text`` written to a file and loaded back, as `repair score`
    reads the benchmark's file: (doc, feature rows)."""
    if use_lm:
        _lm_memo()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "segments.txt"
        path.write_text(text, encoding="utf-8")
        source = load_path(path)
    if source.text != text:
        raise SystemExit("the loader changed the MQM text; offsets would not match")
    analysis = _engine().analyze(source)
    rows = extract(
        analysis.doc, analysis.proposals, analysis.context.entities, analysis.findings, use_lm=use_lm
    )
    return analysis.doc, rows


def mqm_examples(talks_wanted, use_lm: bool = False, every: int = 1) -> tuple[sources.MqmSet, list[Example]]:
    """One example per talk: its sentences, with soft labels from the MQM error spans
    (of every ``every``-th segment: the language model is slow)."""
    data, segments = sources.load_mqm(talks_wanted, every)
    doc, rows = analyse_text(data.text, use_lm)
    sources.mqm_targets(data, segments, doc)
    data.vectors = [row.vector(FEATURES) for row in rows]
    by_talk: dict[str, Example] = {}
    for vector, label, segment in zip(data.vectors, data.sentence_target, data.sentence_segment, strict=True):
        talk = data.talks[segment]
        example = by_talk.setdefault(talk, Example(article=talk, seed=-1, source="mqm", lm=use_lm))
        example.vectors.append(vector)
        example.labels.append(label)
        example.chrome.append(False)
    return data, list(by_talk.values())


def mqm_tau(model: Model, data: sources.MqmSet, talks: frozenset[str] | set[str]) -> dict:
    """Kendall tau-b of segment scores (the max over their sentences, as the benchmark
    takes it) against MQM penalty per word and raw penalty, on the given talks."""
    from scipy.stats import kendalltau

    columns = [FEATURES.index(n) for n in model.features]
    x = np.array(data.vectors, dtype=float)[:, columns]
    raw = ((x - np.array(model.mean)) / np.array(model.scale)) @ np.array(model.coef) + model.intercept
    best: dict[int, float] = {}
    for segment, score in zip(data.sentence_segment, raw.tolist(), strict=True):
        if data.talks[segment] in talks:
            best[segment] = max(best.get(segment, -1e9), score)
    chosen = sorted(best)
    scores = [best[i] for i in chosen]
    penalties = np.array([data.penalty[i] for i in chosen])
    zero, major = penalties <= 1e-9, penalties >= 5 - 1e-9
    pool = zero | major
    return {
        "segments": len(chosen),
        "tau_per_word": float(kendalltau(scores, [data.density[i] for i in chosen]).statistic),
        "tau": float(kendalltau(scores, penalties).statistic),
        "auroc": auroc(np.array(scores)[pool], major[pool].astype(int)),
    }


def realdev_examples(parity: str) -> list[Example]:
    examples = []
    for path, key in sources.realdev_pages(parity):
        source = load_path(path)
        analysis = _engine().analyze(source)
        if USE_LM:
            _lm_memo()
        rows = extract(
            analysis.doc, analysis.proposals, analysis.context.entities, analysis.findings, use_lm=USE_LM
        )
        example = Example(article=path.stem, seed=-2, source="realdev", words=analysis.doc.word_count)
        example.vectors = [row.vector(FEATURES) for row in rows]
        example.labels = [float(v) for v in sources.realdev_labels(source.text, key, analysis.doc)]
        example.chrome = furniture(analysis.doc, rows)
        example.kinds = [frozenset({"clean-page"}) if sources.is_clean_page(key) else frozenset()] * len(rows)
        examples.append(example)
    return examples


def realdev_report(model: Model, pages: list[Example]) -> dict:
    """Document AUROC (damaged pages against clean ones) of the document score, which
    leaves page chrome out; the same with chrome counted; sentence AUROC of keyed damage
    against the rest, outside chrome."""
    damaged_docs, clean_docs, with_chrome = [], [], []
    sentence_scores, sentence_labels = [], []
    for page in pages:
        scores = predict(model, [page]) if page.vectors else np.array([])
        prose = np.array([not c for c in page.chrome], dtype=bool)
        clean = bool(page.kinds and "clean-page" in page.kinds[0])
        (clean_docs if clean else damaged_docs).append(document_score(scores, page.chrome))
        with_chrome.append((document_score(scores, [False] * len(scores)), clean))
        sentence_scores.extend(scores[prose].tolist())
        sentence_labels.extend(np.array(page.labels)[prose].tolist())
    doc_scores = np.array(damaged_docs + clean_docs)
    doc_labels = np.array([1] * len(damaged_docs) + [0] * len(clean_docs))
    chrome_scores = np.array([score for score, _ in with_chrome])
    chrome_labels = np.array([0 if clean else 1 for _, clean in with_chrome])
    return {
        "pages": len(pages),
        "clean_pages": len(clean_docs),
        "document_auroc": auroc(doc_scores, doc_labels),
        "document_auroc_chrome_counted": auroc(chrome_scores, chrome_labels),
        "clean_page_scores": [round(v, 3) for v in clean_docs],
        "damaged_page_mean": float(np.mean(damaged_docs)) if damaged_docs else 0.0,
        "sentence_auroc": auroc(np.array(sentence_scores), np.array(sentence_labels, dtype=int)),
    }


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
        help="keep damaged copies and the measured features here, and reuse them next time",
    )
    parser.add_argument("--ablation", action="store_true", help="retrain without each feature group")
    parser.add_argument("--check", action="store_true", help="evaluate the committed weights, write nothing")
    parser.add_argument(
        "--report",
        action="store_true",
        help="also measure on the reporting splits (MQM report talks, odd real-dev pages); never trains on them",
    )
    parser.add_argument("--throughput", action="store_true", help="time the detector next to Harper")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dev-damage", action="store_true", help="the script's own small damage generator")
    parser.add_argument(
        "--no-real", action="store_true", help="train on the simulator alone (no MQM, no real-dev)"
    )
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
    print(f"language model (lm extra): {'yes' if USE_LM else 'no'}", file=sys.stderr)

    global LM_MEMO
    work_folder = args.work or Path(tempfile.gettempdir())
    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        LM_MEMO = work / "lm-memo.pickle"
        cached = work / f"examples{'-lm' if USE_LM else ''}.pickle"
        jobs = []
        for seed in sorted(set(train_seeds + calib_seeds + test_seeds)):
            articles = test_articles if seed in test_seeds else train_articles
            make = dev_damage if args.dev_damage else lambda a, s, o: damage(a, s, o, args.profile)
            for damaged, key in make(articles, seed, work / f"seed-{seed}"):
                jobs.append((damaged.stem, seed, str(damaged), str(key)))
        jobs += [(p.stem, None, str(p), None) for p in test_articles]
        started = time.perf_counter()
        if args.work and cached.is_file():
            examples, mqm_train, mqm_examples_, realdev_tune, mqm_lm = pickle.loads(cached.read_bytes())
        else:
            if args.jobs > 1:
                from multiprocessing import Pool

                with Pool(args.jobs) as pool:
                    examples = pool.map(analyse, jobs, chunksize=4)
            else:
                examples = [analyse(job) for job in jobs]
            if USE_LM:  # what the workers' language models read goes into this process's memo
                memo = _lm_memo()
                for example in examples:
                    memo.update(example.read)
                    example.read = {}
            mqm_train, mqm_examples_ = mqm_examples(lambda doc: doc not in sources.MQM_REPORT_TALKS)
            realdev_tune = realdev_examples("even")
            mqm_lm = None, []
            if USE_LM:
                mqm_lm = mqm_examples(lambda doc: doc not in sources.MQM_REPORT_TALKS, True, LM_MQM_EVERY)
                LM_MEMO.write_bytes(pickle.dumps(_lm_memo()))
            if args.work:
                cached.write_bytes(pickle.dumps((examples, mqm_train, mqm_examples_, realdev_tune, mqm_lm)))
        print(f"analysed {len(examples)} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)

    train_set = [e for e in examples if e.seed in train_seeds]
    calib_set = [e for e in examples if e.seed in calib_seeds]
    test_set = [e for e in examples if e.seed in test_seeds]
    clean_set = [e for e in examples if e.seed is None]
    real = [] if args.no_real else mqm_examples_ + realdev_tune
    kinds = Counter(k for e in train_set for ks in e.kinds for k in ks)
    print(
        f"train: {len(train_set)} damaged copies of {len(train_articles)} articles, seeds {args.train_seeds}; "
        f"calibration: seeds {args.calibration_seeds}; test: {len(test_set)} copies of "
        f"{len(test_articles)} other articles, seeds {args.test_seeds}"
    )
    print("damage kinds in training: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    mqm_talks = sorted({e.article for e in mqm_examples_})
    print(
        f"real data: MQM talks {', '.join(mqm_talks)} ({sum(len(e.labels) for e in mqm_examples_)} sentences; "
        f"{', '.join(sorted(sources.MQM_REPORT_TALKS))} kept for reporting), "
        f"{len(realdev_tune)} even real-dev pages ({sum(len(e.labels) for e in realdev_tune)} sentences)"
    )

    default_names = tuple(n for n in FEATURES if n not in LM_FEATURES)

    mqm_lm_set, mqm_lm_examples = mqm_lm

    def fit(variant: str, real_part: list[Example], held: str | None = None) -> Model:
        base = train(train_set + real_part, calib_set, default_names)
        if variant == "default":
            return base
        return stack_lm(base, train_set + real_part + [e for e in mqm_lm_examples if e.article != held])

    variants = [("default", WEIGHTS_FILE)] + ([("lm", LM_WEIGHTS_FILE)] if USE_LM else [])
    for variant, out in variants:
        print(f"\n===== {variant} weights =====")
        if args.check:
            from repair.detect.model import load_model

            model = load_model(out)
        else:
            model = fit(variant, real)
        read = [e for e in test_set if e.lm] if variant == "lm" else test_set
        report = evaluate(model, read, [e for e in clean_set if e.lm or variant == "default"])
        print_report(report)
        # MQM: each training talk scored by a model trained without it (the other talks,
        # the simulator, the even real-dev pages)
        folds = {}
        if real:
            for talk in mqm_talks:
                held = fit(variant, [e for e in real if e.article != talk], talk)
                folds[talk] = mqm_tau(held, mqm_lm_set if variant == "lm" else mqm_train, {talk})
            mean_tau = float(np.mean([f["tau_per_word"] for f in folds.values()]))
            print(
                "MQM training talks, each left out in turn: tau per word "
                + ", ".join(f"{talk} {f['tau_per_word']:.3f}" for talk, f in folds.items())
                + f" (mean {mean_tau:.3f})"
            )
        tune = realdev_report(model, realdev_tune)
        print(
            f"real-dev even pages (trained on): document AUROC {tune['document_auroc']:.3f} "
            f"(chrome counted: {tune['document_auroc_chrome_counted']:.3f}), sentence AUROC {tune['sentence_auroc']:.3f}"
        )
        if args.report:
            tsv = sources.write_report_tsv(work_folder / "mqm-report.tsv")
            print(
                f"the MQM reporting split is in {tsv}: python3 ../shared/bench/mqm_detector.py --tsv {tsv} "
                '--cmd "repair score {file} --format jsonl" --density'
            )
            report["mqm_report"] = mqm_report(model)
            report["realdev_report"] = realdev_report(model, realdev_examples("odd"))
            print(f"REPORT MQM talks {', '.join(sorted(sources.MQM_REPORT_TALKS))}: {report['mqm_report']}")
            print(f"REPORT real-dev odd pages: {report['realdev_report']}")
        print("\nweights (standardised coefficient, calibrated):")
        for name, coef in sorted(zip(model.features, model.coef, strict=True), key=lambda t: -abs(t[1])):
            print(f"  {name:18} {coef * model.calibration_slope:+.3f}")
        if args.ablation and variant == "default":
            ablation(train_set + real, calib_set, test_set, clean_set, report)
        if not args.check:
            write_weights(out, model, args, len(train_articles), len(test_articles), report, folds, tune)
    if args.throughput:
        from repair.detect.model import load_model

        load_model.cache_clear()
        throughput(test_articles)
    return 0


def mqm_report(model: Model) -> dict:
    """The reporting talks, measured in process as the benchmark measures them (read by
    the language model too when the model uses it)."""
    data, _ = mqm_examples(lambda doc: doc in sources.MQM_REPORT_TALKS, model.uses_lm)
    return _rounded(mqm_tau(model, data, sources.MQM_REPORT_TALKS))


def write_weights(
    out: Path, model: Model, args, train_articles: int, test_articles: int, report, folds, tune
):
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
            "train_articles": train_articles,
            "test_articles": test_articles,
            "real_data": not args.no_real,
            "source_share": SOURCE_SHARE,
            "mqm_report_talks": sorted(sources.MQM_REPORT_TALKS),
        },
        "test": _rounded(report),
        "mqm_left_out_talks": _rounded(folds),
        "realdev_even_pages": _rounded(tune),
    }
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {out}")


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
