"""Measuring the grammar pass and training its finding model: labelled findings from
seeded damage of the benchmark corpus and from JFLEG, a logistic regression over their
signals, precision per rule category, recall per damage kind, what automatic mode would
apply, and throughput next to Harper alone.

On the corpus a proposal is right when it overlaps a damaged span and applying it
restores that span's original text; every other proposal (on clean text or wrong) is
wrong. On JFLEG it is right when every token edit it makes is one of the four human
corrections' edits, or a part of one (the JFLEG scorer's lenient precision).
"""

from __future__ import annotations

import bisect
import json
import math
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from repair.config import Config
from repair.document import Document
from repair.edits import Proposal
from repair.grammar.confidence import FindingModel
from repair.measure.grammar_damage import damage
from repair.measure.key import Corruption
from repair.passes.cleanup import CleanupPass
from repair.passes.context import PassContext
from repair.passes.grammar import GrammarPass, Scored
from repair.pipeline import absorb, respect_protected

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
    signals: dict = field(default_factory=dict, compare=False)  # the finding model's inputs
    confidence: float = 0.0  # what the pass gave it


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
    earlier, found = analyse_scored(grammar, text, config, before)
    return earlier, [(s.category, s.proposal) for s in found]


def analyse_scored(
    grammar: GrammarPass, text: str, config: Config, before: Sequence = ()
) -> tuple[list[Proposal], list[Scored]]:
    """The passes as the pipeline runs them (``before``: cleanup and names, then grammar):
    the earlier proposals, and the grammar pass's proposals with their categories, less
    those the pipeline drops inside recognised names (repair.pipeline.respect_protected)."""
    doc = Document.from_text(text)
    context = PassContext(config=config)
    earlier: list[Proposal] = []
    for stage in before or (CleanupPass(),):
        earlier.extend(absorb(context, stage.run(doc, context), config))
    scored = [s for s in grammar.score(doc, context) if config.wants(s.proposal.kind)]
    kept = {id(p) for p in respect_protected([s.proposal for s in scored], context)}
    return earlier, [s for s in scored if id(s.proposal) in kept]


def earlier_passes(config: Config, grammar: GrammarPass | None = None) -> list:
    """The passes that run before the grammar pass in the pipeline; with ``grammar``,
    reading its gazetteer, as an Engine's passes share one."""
    from repair.passes.names import NamesPass

    gazetteer = grammar.lexicon.gazetteer if grammar is not None else None
    return [CleanupPass(), NamesPass(config, gazetteer=gazetteer)]


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
    before = earlier_passes(config, grammar)
    for name, text in articles:
        _, found = analyse_scored(grammar, text, config, before)
        records.extend(
            Record(
                name,
                False,
                s.category,
                s.proposal.kind,
                s.proposal.rule,
                False,
                "",
                -1,
                s.signals,
                s.proposal.confidence,
            )
            for s in found
        )
        for source in sources:
            for copy in range(copies):
                damaged, keys = DAMAGERS[source](name, text, seed, copy)
                damages.update(f"{source}:{k.kind}" for k in keys)
                _, found = analyse_scored(grammar, damaged, config, before)
                for scored in found:
                    category, proposal = scored.category, scored.proposal
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
                            scored.signals,
                            proposal.confidence,
                        )
                    )
    return records, dict(damages)


def table(records: Iterable[Record]) -> dict[str, dict[str, dict]]:
    """Per backend and category: right and wrong proposals on the damaged copies (whose
    untouched text carries the same false positives as the clean articles), precision,
    and its one-sided 95% Wilson lower bound (for the report)."""
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


def automatic(records: Iterable[Record], model: FindingModel, thresholds: dict[str, float]) -> list[Record]:
    """The records automatic mode would apply with ``model``."""
    return [r for r in records if model.probability(r.signals) >= thresholds.get(r.kind, 1.01)]


def summary(
    records: Sequence[Record], damages: dict[str, int], model: FindingModel, thresholds: dict[str, float]
) -> dict:
    """Per category, what was proposed and right; automatic precision overall and per
    damage source; recall per damage kind; proposals on the clean articles."""
    damaged = [r for r in records if r.damaged]
    auto = automatic(damaged, model, thresholds)
    found: dict[str, set] = defaultdict(set)
    found_auto: dict[str, set] = defaultdict(set)
    for r in damaged:
        if r.tp:
            found[r.damage_kind].add((r.article, r.damage_index))
    for r in auto:
        if r.tp:
            found_auto[r.damage_kind].add((r.article, r.damage_index))
    clean = [r for r in records if not r.damaged]
    return {
        "categories": table(records),
        "automatic": _precision(auto),
        "automatic_by_source": {
            source: _precision([r for r in auto if _source(r) == source])
            for source in sorted({_source(r) for r in damaged})
        },
        "recall": {
            kind: {
                "damages": n,
                "any_confidence": round(len(found[kind]) / n, 4),
                "automatic": round(len(found_auto[kind]) / n, 4),
            }
            for kind, n in sorted(damages.items())
        },
        "clean_proposals": len(clean),
        "clean_automatic": len(automatic(clean, model, thresholds)),
    }


def _source(record: Record) -> str:
    return record.article.partition("#")[2].rstrip("0123456789")


def _precision(applied: Sequence[Record]) -> dict:
    correct = sum(r.tp for r in applied)
    return {
        "applied": len(applied),
        "correct": correct,
        "precision": round(correct / len(applied), 4) if applied else None,
    }


def cross_validate(
    records: Sequence[Record], thresholds: dict[str, float], extra: Sequence[Record] = ()
) -> dict:
    """Automatic precision on each half of the articles, with a model trained on the
    other half (and ``extra``, the JFLEG records)."""
    names = sorted({r.article.partition("#")[0] for r in records})
    halves = [set(names[0::2]), set(names[1::2])]
    applied: list[Record] = []
    for held_out in halves:
        train = [r for r in records if r.article.partition("#")[0] not in held_out]
        test = [r for r in records if r.article.partition("#")[0] in held_out and r.damaged]
        applied += automatic(test, fit([*train, *extra]), thresholds)
    return {
        **_precision(applied),
        "by_source": {
            source: _precision([r for r in applied if _source(r) == source])
            for source in sorted({_source(r) for r in applied})
        },
    }


# ------------------------------------------------------------------ the finding model

# Rules seen fewer times than this get no weight of their own: their family speaks for them.
MIN_RULE_RECORDS = 8
L2 = 1.0


def fit(records: Sequence[Record], l2: float = L2, about: str = "") -> FindingModel:
    """A logistic regression of ``tp`` on the records' signals (L2-regularised, Newton's
    method; deterministic). Every record weighs the same; the corpus's clean articles
    are left out, since their damaged copies carry the same false positives again."""
    import numpy as np

    rows = [r for r in records if r.damaged]
    counts = Counter(name for r in rows for name in r.signals if name.startswith("rule:"))
    names = sorted(
        {n for r in rows for n in r.signals if not n.startswith("rule:") or counts[n] >= MIN_RULE_RECORDS}
    )
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0
    for i, r in enumerate(rows):
        for n, v in r.signals.items():
            if n in index:
                x[i, index[n]] = v
    y = np.array([1.0 if r.tp else 0.0 for r in rows])
    w = np.zeros(len(names) + 1)
    penalty = np.full(len(names) + 1, l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = {n: round(float(w[i]), 5) for n, i in index.items() if abs(w[i]) > 1e-6}
    return FindingModel(round(float(w[-1]), 5), weights, about)


def model_json(model: FindingModel, measured: dict) -> str:
    return (
        json.dumps(
            {
                "about": model.about,
                "measured": measured,
                "bias": model.bias,
                "weights": dict(sorted(model.weights.items())),
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )


# ------------------------------------------------------------------------------ JFLEG


@dataclass(frozen=True)
class Jfleg:
    """JFLEG sentences (tokenized as distributed) with their four corrections."""

    sources: list[str]
    references: list[list[str]]  # per sentence, its corrections

    @classmethod
    def load(cls, folder: Path, split: str = "dev", parity: int | None = None) -> Jfleg:
        """``parity``: 0 keeps the even-indexed sentences, 1 the odd, None all."""

        def lines(name: str) -> list[str]:
            return (folder / split / f"{split}.{name}").read_text(encoding="utf-8").splitlines()

        sources = lines("src")
        refs = list(zip(*(lines(f"ref{k}") for k in range(4)), strict=True))
        keep = range(len(sources)) if parity is None else range(parity, len(sources), 2)
        return cls([sources[i] for i in keep], [list(refs[i]) for i in keep])


class _Tokens:
    """JFLEG's tokenization (Penn Treebank, "house." split to "house ."), through NLTK."""

    def __init__(self) -> None:
        from nltk.tokenize.treebank import TreebankWordDetokenizer, TreebankWordTokenizer

        self.detokenize = lambda tokens: TreebankWordDetokenizer().detokenize(tokens)
        self._tokenizer = TreebankWordTokenizer()

    def tokenize(self, text: str) -> list[str]:
        out = []
        for token in self._tokenizer.tokenize(text):
            if _TRAILING_STOP.match(token):
                out.extend((token[:-1], "."))
            else:
                out.append(token)
        return out


_TRAILING_STOP = re.compile(r"^([^.]*[A-Za-z0-9][^.]*)\.$")


def token_edits(a: Sequence[str], b: Sequence[str]) -> set[tuple[int, int, tuple[str, ...]]]:
    """The edits turning tokens ``a`` into ``b``: every non-equal difflib opcode."""
    import difflib

    matcher = difflib.SequenceMatcher(None, list(a), list(b), autojunk=False)
    return {(i1, i2, tuple(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"}


def _part_of(edit: tuple[int, int, tuple[str, ...]], gold: set) -> bool:
    """``edit`` is a correction's edit, or part of one: difflib merges neighbouring
    changes, so "actully -> actually" is a right fix where a correction rewrote
    "actully good" as "actually well" (the scorer's lenient precision counts it too)."""
    if edit in gold:
        return True
    start, end, tokens = edit
    n = len(tokens)
    return any(
        a <= start
        and end <= b
        and n > 0
        and any(list(tokens) == list(wanted[k : k + n]) for k in range(len(wanted) - n + 1))
        for a, b, wanted in gold
    )


def jfleg_records(data: Jfleg, grammar: GrammarPass, config: Config, label: str = "jfleg") -> list[Record]:
    """The pass's proposals on the JFLEG sentences (one file, one sentence a line, as
    ``repair fix`` sees the scorer's input), each right when all its token edits are
    edits of some correction."""
    tokens = _Tokens()
    lines = [tokens.detokenize(s.split()) for s in data.sources]
    text = "\n".join(lines) + "\n"
    starts = []
    cursor = 0
    for line in lines:
        starts.append(cursor)
        cursor += len(line) + 1
    _, found = analyse_scored(grammar, text, config, earlier_passes(config, grammar))
    records = []
    for scored in found:
        p = scored.proposal
        i = bisect.bisect_right(starts, p.span.start) - 1
        line, offset = lines[i], starts[i]
        if p.span.end > offset + len(line):
            continue  # across a line: no single sentence to judge it by
        source = tokens.tokenize(line)
        if source != data.sources[i].split():
            continue  # the detokenized line does not tokenize back: its edits would drift
        fixed = line[: p.span.start - offset] + p.replacement + line[p.span.end - offset :]
        edits = token_edits(source, tokens.tokenize(fixed))
        gold = set().union(*(token_edits(source, r.split()) for r in data.references[i]))
        right = bool(edits) and all(_part_of(edit, gold) for edit in edits)
        records.append(
            Record(
                f"{label}:{i}",
                True,
                scored.category,
                p.kind,
                p.rule,
                right,
                label if right else "",
                -1,
                scored.signals,
                p.confidence,
            )
        )
    return records


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
