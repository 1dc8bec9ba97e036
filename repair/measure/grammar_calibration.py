"""Measuring the grammar pass: precision per rule category, recall per damage kind,
what automatic mode would apply, and throughput next to Harper alone.

A proposal is a true positive when it overlaps a damaged span and applying it restores
that span's original text; every other proposal (on clean text or wrong) is a false
positive. A category's confidence is the lower bound of a one-sided 95% Wilson interval
on its precision, so a category seen a handful of times cannot look certain.
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from repair.config import Config
from repair.document import Document
from repair.edits import Proposal
from repair.measure.grammar_damage import damage
from repair.measure.key import Corruption
from repair.passes.cleanup import CleanupPass
from repair.passes.context import PassContext
from repair.passes.grammar import GrammarPass

Z = 1.645  # one-sided 95%


def wilson_lower(tp: int, n: int, z: float = Z) -> float:
    if n == 0:
        return 0.0
    p = tp / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - margin) / (1 + z * z / n))


@dataclass(frozen=True)
class Record:
    article: str
    damaged: bool
    category: str  # "harper.Spelling"
    kind: str
    rule: str
    tp: bool
    damage_kind: str  # kind of the damage it restored, "" for a false positive
    damage_index: int  # index into that copy's answer key, -1 for a false positive


def restores(text: str, proposal: Proposal, key: Corruption) -> bool:
    """Applying ``proposal`` to the damaged ``text`` gives back the original of ``key``."""
    p = proposal.span
    if p.start > key.end or key.start > p.end:
        return False
    lo, hi = min(p.start, key.start), max(p.end, key.end)
    got = text[lo : p.start] + proposal.replacement + text[p.end : hi]
    want = text[lo : key.start] + key.original + text[key.end : hi]
    return got == want


def analyse(
    grammar: GrammarPass, text: str, config: Config, before: Sequence = ()
) -> tuple[list[Proposal], list[tuple[str, Proposal]]]:
    """The passes as the pipeline runs them (``before``: cleanup and names, then grammar):
    the earlier proposals, and the grammar pass's proposals with their categories, less
    those inside recognised names (as the pipeline drops them)."""
    doc = Document.from_text(text)
    context = PassContext(config=config)
    earlier: list[Proposal] = []
    for stage in before or (CleanupPass(),):
        earlier.extend(p for p in stage.run(doc, context) if config.wants(p.kind))
        context.earlier = list(earlier)
    found = [
        (c, p)
        for c, p in grammar.propose(doc, context)
        if config.wants(p.kind) and not context.is_protected(p.span)
    ]
    return earlier, found


def earlier_passes(config: Config) -> list:
    """The passes that run before the grammar pass in the pipeline."""
    from repair.passes.names import NamesPass

    return [CleanupPass(), NamesPass(config)]


def own_damage(name: str, text: str, seed: int, copy: int) -> tuple[str, list[Corruption]]:
    """Typos, doubled words, agreement, a/an and capitals (repair/measure/grammar_damage.py)."""
    return damage(text, random.Random(f"{seed}:{name}:{copy}"))


def simulator_damage(name: str, text: str, seed: int, copy: int) -> tuple[str, list[Corruption]]:
    """The corruption benchmark's damage (repair.measure.corrupt, profile "all": names, sentences,
    chrome, spacing, mojibake), every corruption in the answer key."""
    from repair.measure.corrupt import corrupt_text

    damaged = corrupt_text(text, name=f"{name}.txt", seed=seed + copy, profile="all")
    return damaged.text, list(damaged.corruptions)


DAMAGERS = {"own": own_damage, "simulator": simulator_damage}


def collect(
    articles: Sequence[tuple[str, str]],
    grammar: GrammarPass,
    config: Config,
    *,
    seed: int,
    copies: int,
    sources: Sequence[str] = ("own", "simulator"),
) -> tuple[list[Record], dict[str, int]]:
    """Records for every grammar proposal on each clean article and on ``copies``
    damaged copies of it from each damage source; and the number of damages of each
    kind ("simulator:doubled-word", "own:typo", ...)."""
    records: list[Record] = []
    damages: Counter[str] = Counter()
    before = earlier_passes(config)
    for name, text in articles:
        _, found = analyse(grammar, text, config, before)
        records.extend(Record(name, False, c, p.kind, p.rule, False, "", -1) for c, p in found)
        for source in sources:
            for copy in range(copies):
                damaged, keys = DAMAGERS[source](name, text, seed, copy)
                damages.update(f"{source}:{k.kind}" for k in keys)
                _, found = analyse(grammar, damaged, config, before)
                for category, proposal in found:
                    hit = next((i for i, k in enumerate(keys) if restores(damaged, proposal, k)), -1)
                    records.append(
                        Record(
                            f"{name}#{source}{copy}",
                            True,
                            category,
                            proposal.kind,
                            proposal.rule,
                            hit >= 0,
                            f"{source}:{keys[hit].kind}" if hit >= 0 else "",
                            hit,
                        )
                    )
    return records, dict(damages)


def table(records: Iterable[Record]) -> dict[str, dict[str, dict]]:
    """The confidence table: per backend and category, counted on the damaged copies
    (whose untouched text carries the same false positives as the clean articles)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in records:
        if r.damaged:
            counts[r.category][0 if r.tp else 1] += 1
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for category, (tp, fp) in sorted(counts.items()):
        backend, _, name = category.partition(".")
        out[backend][name] = {
            "tp": tp,
            "fp": fp,
            "precision": round(tp / (tp + fp), 4),
            "confidence": round(wilson_lower(tp, tp + fp), 4),
        }
    return dict(out)


def confidence_of(rows: dict[str, dict[str, dict]], category: str, unmeasured: float = 0.5) -> float:
    backend, _, name = category.partition(".")
    row = rows.get(backend, {}).get(name)
    return unmeasured if row is None else row["confidence"]


def automatic(records: Iterable[Record], rows: dict, thresholds: dict[str, float]) -> list[Record]:
    """The records automatic mode would apply with the table ``rows``."""
    return [r for r in records if confidence_of(rows, r.category) >= thresholds.get(r.kind, 1.01)]


def summary(
    records: Sequence[Record], damages: dict[str, int], rows: dict, thresholds: dict[str, float]
) -> dict:
    damaged = [r for r in records if r.damaged]
    auto = automatic(damaged, rows, thresholds)
    auto_tp = sum(r.tp for r in auto)
    found: dict[str, set] = defaultdict(set)
    found_auto: dict[str, set] = defaultdict(set)
    for r in damaged:
        if r.tp:
            found[r.damage_kind].add((r.article, r.damage_index))
    for r in auto:
        if r.tp:
            found_auto[r.damage_kind].add((r.article, r.damage_index))
    return {
        "categories": rows,
        "automatic_categories": sorted(
            {r.category for r in damaged if confidence_of(rows, r.category) >= thresholds.get(r.kind, 1.01)}
        ),
        "automatic": {
            "applied": len(auto),
            "correct": auto_tp,
            "precision": round(auto_tp / len(auto), 4) if auto else None,
        },
        "automatic_by_source": {
            source: {
                "applied": len(rows_),
                "correct": sum(r.tp for r in rows_),
                "precision": round(sum(r.tp for r in rows_) / len(rows_), 4) if rows_ else None,
            }
            for source in sorted({r.article.partition("#")[2].rstrip("0123456789") for r in damaged})
            for rows_ in [[r for r in auto if r.article.partition("#")[2].rstrip("0123456789") == source]]
        },
        "recall": {
            kind: {
                "damages": n,
                "any_confidence": round(len(found[kind]) / n, 4),
                "automatic": round(len(found_auto[kind]) / n, 4),
            }
            for kind, n in sorted(damages.items())
        },
        "clean_proposals": sum(1 for r in records if not r.damaged),
        "clean_automatic": len(automatic([r for r in records if not r.damaged], rows, thresholds)),
    }


def cross_validate(records: Sequence[Record], damages: dict[str, int], thresholds: dict[str, float]) -> dict:
    """Automatic precision on each half of the articles, with the table of the other half."""
    names = sorted({r.article.partition("#")[0] for r in records})
    halves = [set(names[0::2]), set(names[1::2])]
    applied = correct = 0
    for held_out in halves:
        train = [r for r in records if r.article.partition("#")[0] not in held_out]
        test = [r for r in records if r.article.partition("#")[0] in held_out and r.damaged]
        auto = automatic(test, table(train), thresholds)
        applied += len(auto)
        correct += sum(r.tp for r in auto)
    return {
        "applied": applied,
        "correct": correct,
        "precision": round(correct / applied, 4) if applied else None,
    }


def load_articles(paths: Iterable[Path]) -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(paths)]


def throughput(articles: Sequence[tuple[str, str]], config: Config, rounds: int = 5, seed: int = 7) -> dict:
    """Words per second of the grammar pass and of Harper alone (one Linter, linting each
    paragraph) on the same novel text: every round damages the corpus afresh, because
    Harper caches text it has seen. Each side has its own warm Linter and sees each text
    once. The two run article by article, back to back, in alternating order, so a busy
    machine slows both alike; times are this process's CPU time. The ratio (the pass's
    throughput over Harper's) is the median of the rounds' ratios."""
    import harper

    from repair.grammar.categories import dialect

    grammar = GrammarPass(config)
    alone = harper.Linter(harper.Dialect(dialect(config.dialect).harper))
    for name, text in articles[:3]:
        warm = damage(text, random.Random(f"warm:{name}"))[0]
        _time_pass(grammar, Document.from_text(warm), config)
        _time_harper(alone, warm)
    pass_times, harper_times = [], []
    words = 0
    for round_ in range(rounds):
        texts = [damage(text, random.Random(f"{seed}:{round_}:{name}"))[0] for name, text in articles]
        docs = [Document.from_text(t) for t in texts]
        words = sum(len(t.split()) for t in texts)
        p = h = 0.0
        for i, (text, doc) in enumerate(zip(texts, docs, strict=True)):
            if (i + round_) % 2:
                h += _time_harper(alone, text)
                p += _time_pass(grammar, doc, config)
            else:
                p += _time_pass(grammar, doc, config)
                h += _time_harper(alone, text)
        pass_times.append(p)
        harper_times.append(h)
    middle = len(pass_times) // 2
    ratios = sorted(h / p for h, p in zip(harper_times, pass_times, strict=True))
    return {
        "words": words,
        "rounds": rounds,
        "pass_words_per_s": round(words / sorted(pass_times)[middle]),
        "harper_words_per_s": round(words / sorted(harper_times)[middle]),
        "ratio": round(ratios[middle], 3),
        "ratios": [round(r, 3) for r in ratios],
    }


def _time_pass(grammar: GrammarPass, doc: Document, config: Config) -> float:
    start = time.process_time()
    grammar.run(doc, PassContext(config=config))
    return time.process_time() - start


def _time_harper(linter, text: str) -> float:
    start = time.process_time()
    for line in text.splitlines():
        if line.strip():
            linter.lint(line, language="plaintext")
    return time.process_time() - start
