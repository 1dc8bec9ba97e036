"""One benchmark run: corrupt the corpus in memory, analyse damaged and clean copies with the
real pipeline, score every pass against the answer keys, and time it next to Harper alone.

Everything outside ``result["timing"]`` is a function of the corpus, the seed and the code,
so two runs with the same seed give the same JSON there.
"""

from __future__ import annotations

import importlib
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from repair.config import Config
from repair.decide import auto_decisions
from repair.edits import Proposal, resolve
from repair.errors import RepairError
from repair.kinds import TABLE
from repair.loading import Source, load_path
from repair.measure import CORPUS
from repair.measure.bench.metrics import Tally, auroc, judge, precision_at
from repair.measure.bench.recoverable import recoverable_names
from repair.measure.corrupt import Corruption, Damaged, corrupt_text, known_names
from repair.measure.corrupt.chrome import Filler
from repair.pipeline import Analysis, Engine, build_passes
from repair.safety import count_words

SECTIONS = ("chrome", "names", "detect", "grammar", "perf")
PASSES = ("cleanup", "names", "grammar")
PASS_OF_KIND = {name: kind.made_by for name, kind in TABLE.items() if kind.made_by in PASSES}
# the damage categories each pass exists to repair (its recall is counted over these)
TARGETS = {
    "cleanup": frozenset({"chrome", "structure", "spacing", "encoding"}),
    "names": frozenset({"name"}),
    "grammar": frozenset({"grammar"}),
}
SCALE_SIZES = (10_000, 1_000_000)  # the 1M index is built once (about a minute), then cached
DEFAULT_CORPUS = Path("samples/corpus")


def default_corpus() -> Path:
    """samples/corpus here, or else the one in the source checkout the package runs from."""
    if DEFAULT_CORPUS.is_dir():
        return DEFAULT_CORPUS
    return CORPUS


@dataclass
class Article:
    name: str
    clean: str
    damaged: Damaged
    # indices into the key of the name corruptions the gazetteer or the article can recover
    recoverable: set[int] = field(default_factory=set)


class _Timed:
    """A pass that adds the seconds it spends, on the clock and in CPU, to shared tables.
    The CPU is its own thread's: Harper's lint thread works while the names pass runs, and
    the process's CPU time would count that work as the names pass's."""

    def __init__(self, stage, seconds: dict[str, float], cpu_seconds: dict[str, float]) -> None:
        self.stage = stage
        self.name = stage.name
        self.seconds = seconds
        self.cpu_seconds = cpu_seconds

    def run(self, doc, context):
        started, started_cpu = time.perf_counter(), time.thread_time()
        try:
            return self.stage.run(doc, context)
        finally:
            self.seconds[self.name] += time.perf_counter() - started
            self.cpu_seconds[self.name] += time.thread_time() - started_cpu


class TimedEngine(Engine):
    """The real Engine, with each pass timed."""

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu_seconds: dict[str, float] = defaultdict(float)

    @property
    def passes(self):
        if self._passes is None:
            self._passes = [
                _Timed(stage, self.seconds, self.cpu_seconds) for stage in build_passes(self.config)
            ]
        return self._passes


def load_corpus(folder: Path, limit: int | None) -> list[tuple[str, str]]:
    if not folder.is_dir():
        raise RepairError(f"{folder}: corpus folder not found")
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise RepairError(f"{folder}: no .txt articles in the corpus folder")
    if limit is not None:
        paths = paths[:limit]
    return [(path.name, load_path(path).text) for path in paths]


def corrupt_corpus(corpus: list[tuple[str, str]], seed: int) -> list[Article]:
    known = known_names()
    articles = []
    for name, clean in corpus:
        damaged = corrupt_text(clean, name=name, seed=seed, **known)
        recoverable = recoverable_names(clean, damaged.text, damaged.corruptions, **known)
        articles.append(Article(name, clean, damaged, recoverable))
    return articles


def _source(text: str) -> Source:
    return Source(text=text, encoding="utf-8", bom=b"", newline="\n", format="text")


def _warm_up_text() -> str:
    """English prose in no corpus article, so warming up primes no cache for timed text.
    It has a word no dictionary knows: Harper builds its spelling index (about 1 s) at the
    first unknown word it meets, once per process; the pipeline's start-up met one, and
    Harper alone would otherwise build it on the clock."""
    filler = Filler(random.Random(0), 2024, ["news"])
    lines = [f"{filler.headline()}, officials said on Monday." for _ in range(12)]
    return "\n\n".join([*lines, WARM_UP_UNKNOWN]) + "\n"


WARM_UP_UNKNOWN = "The Qzxvbrt delegation met officials in the capital on Tuesday."


def _pass_of(proposal: Proposal) -> str:
    return PASS_OF_KIND.get(proposal.kind, "other")


def _tally(
    text: str,
    chosen: list[Proposal],
    key: list[Corruption],
    targets: frozenset[str] | None,
    only: set[int] | None = None,
) -> Tally:
    """Precision over ``chosen``; recall over the key's ``targets`` categories (every
    corruption when None), and among those only the indices in ``only`` when given."""
    verdict = judge(text, chosen, key)
    damage = [
        i
        for i, c in enumerate(key)
        if (targets is None or c.category in targets) and (only is None or i in only)
    ]
    return Tally(
        proposals=len(chosen),
        correct=len(verdict.correct),
        damage=len(damage),
        repaired=sum(1 for i in damage if i in verdict.repaired),
    )


def _kind_rows(text: str, chosen: list[Proposal], key: list[Corruption], rows: dict[str, dict]) -> None:
    verdict = judge(text, chosen, key)
    for i, c in enumerate(key):
        row = rows.setdefault(
            c.kind, {"category": c.category, "damage": 0, "repaired": 0, "proposals": 0, "correct": 0}
        )
        row["damage"] += 1
        row["repaired"] += i in verdict.repaired
    for pi, near in verdict.touching.items():
        for kind in sorted({key[ci].kind for ci in near}):
            rows[kind]["proposals"] += 1
            rows[kind]["correct"] += pi in verdict.correct


def _harper_alone(texts: list[str]) -> dict:
    import harper

    linter = harper.Linter()
    linter.lint(_warm_up_text(), language="plaintext")
    words = 0
    started = time.perf_counter()
    for text in texts:
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                linter.lint(paragraph, language="plaintext")
                words += count_words(paragraph)
    seconds = time.perf_counter() - started
    return {
        "words": words,
        "seconds": round(seconds, 3),
        "words_per_s": round(words / seconds, 1) if seconds else None,
    }


def _bracketed(runs: list[dict]) -> dict:
    """Harper alone timed before and after the pipeline, as one run of their mean time.

    The mean time is taken from the runs' rates (their harmonic mean), not from their
    rounded seconds: on a short corpus a millisecond of rounding moved the mean rate
    outside the two runs it summarises."""
    words = runs[0]["words"]
    rates = [run["words_per_s"] for run in runs]
    rate = round(len(rates) / sum(1 / r for r in rates), 1) if all(rates) else None
    return {
        "words": words,
        "seconds": round(words / rate, 3) if rate else None,
        "words_per_s": rate,
        "runs_words_per_s": rates,
    }


def _thousand_words(articles: list[Article]) -> str:
    """A 1,000-word article, as the gazetteer issue measures: paragraphs of the clean
    originals, in order, until there are 1,000 words."""
    paragraphs: list[str] = []
    for article in articles:
        for paragraph in article.clean.split("\n\n"):
            if paragraph.strip():
                paragraphs.append(paragraph.strip())
                if count_words("\n\n".join(paragraphs)) >= 1000:
                    return "\n\n".join(paragraphs) + "\n"
    return "\n\n".join(paragraphs) + "\n"


def _long_article(articles: list[Article], words: int = 10_000) -> str:
    """One damaged article of ``words`` words or more: the damaged copies' paragraphs, in
    order (the names pass's budget is set for a 10,000-word article)."""
    paragraphs: list[str] = []
    count = 0
    for article in articles:
        for paragraph in article.damaged.text.split("\n\n"):
            if paragraph.strip():
                paragraphs.append(paragraph.strip())
                count += count_words(paragraph)
                if count >= words:
                    return "\n\n".join(paragraphs) + "\n"
    return "\n\n".join(paragraphs) + "\n"


def _names_cpu(text: str) -> dict:
    """CPU seconds the names pass spends on one long article, each time in a fresh process
    that reads only that article through the whole pipeline (so the pass sees what cleanup
    proposed), caches cold, as `repair fix` on one file would: once as `repair fix` runs,
    with Harper linting in another thread, and once with no grammar backend, where no
    other thread shares the core. Timed inside the benchmark's own process, the pass was
    also charged the full garbage collections its allocations set off over the benchmark's
    damaged corpora and simulator tables (0.10-0.17 s a run)."""
    from repair.measure.batch_bench import in_fresh_process

    beside_harper = in_fresh_process(_names_alone, text, "harper")
    alone = in_fresh_process(_names_alone, text, "none")
    return {**beside_harper, "cpu_seconds_without_grammar": alone["cpu_seconds"]}


def _names_alone(text: str, grammar: str) -> dict:
    config = Config()
    config.grammar = grammar
    engine = TimedEngine(config)
    engine.analyze(_source(text))
    return {"words": count_words(text), "cpu_seconds": round(engine.cpu_seconds["names"], 3)}


def _gazetteer_scale(article: str, sizes: tuple[int, ...]) -> dict | None:
    try:
        module = importlib.import_module("repair.measure.gazetteer_scale")
    except ImportError:
        return None
    measure = getattr(module, "measure_scale", None)
    if measure is None:
        return None
    return {str(n): measure(article, n) for n in sizes}


def run_bench(
    sections: tuple[str, ...],
    seed: int,
    corpus_dir: Path,
    limit: int | None = None,
    progress=None,
    scale_sizes: tuple[int, ...] = SCALE_SIZES,
) -> dict:
    """Measure; ``sections`` is a subset of SECTIONS. Returns the JSON-ready result."""
    say = progress or (lambda message: None)
    timing: dict = {}
    started = time.perf_counter()
    corpus = load_corpus(corpus_dir, limit)
    articles = corrupt_corpus(corpus, seed)
    timing["corrupt_seconds"] = round(time.perf_counter() - started, 3)
    config = Config()

    say("building the pipeline")
    engine = TimedEngine(config)
    started = time.perf_counter()
    engine.analyze(_source(_warm_up_text()))
    timing["startup_seconds"] = round(time.perf_counter() - started, 3)
    engine.seconds.clear()

    if "perf" in sections:
        # on copies damaged with another seed, in a process of its own: Harper's parse
        # cache is shared by every Linter of a process, so either side would find the
        # other's paragraphs already parsed
        from repair.measure.batch_bench import in_fresh_process

        say("Harper alone on other damaged copies (seed + 1), in a fresh process")
        copies = [article.damaged.text for article in corrupt_corpus(corpus, seed + 1)]
        harper_runs = [in_fresh_process(_harper_alone, copies)]

    say(f"analysing {len(articles)} damaged articles")
    damaged_runs: list[Analysis] = []
    pipeline_seconds = 0.0
    for article in articles:
        began = time.perf_counter()
        damaged_runs.append(engine.analyze(_source(article.damaged.text)))
        pipeline_seconds += time.perf_counter() - began
    pass_seconds = dict(engine.seconds)
    pass_cpu_seconds = dict(engine.cpu_seconds)
    if "perf" in sections:
        # once more after the pipeline, in another fresh process: a shared machine's speed
        # drifts over a minute by as much as the margin measured, and Harper alone timed on
        # both sides of the pipeline cancels a steady drift instead of taking one side of it
        say("Harper alone again, after the pipeline")
        harper_runs.append(in_fresh_process(_harper_alone, copies))
        timing["harper_alone"] = _bracketed(harper_runs)

    say(f"analysing {len(articles)} clean originals")
    clean_runs = [engine.analyze(_source(article.clean)) for article in articles]

    words_damaged = sum(count_words(a.damaged.text) for a in articles)
    words_clean = sum(count_words(a.clean) for a in articles)
    result: dict = {
        "seed": seed,
        "corpus": corpus_dir.as_posix(),
        "articles": len(articles),
        "words_clean": words_clean,
        "words_damaged": words_damaged,
        "corruptions": sum(len(a.damaged.corruptions) for a in articles),
        "sections": list(sections),
    }

    if any(s in sections for s in ("chrome", "names", "grammar")):
        result["passes"] = _pass_scores(articles, damaged_runs, clean_runs, config, words_clean)
        result["kinds"] = _kind_scores(articles, damaged_runs, config)
    if "detect" in sections:
        result["detect"] = _detect_scores(articles, damaged_runs, clean_runs)

    throughput = {
        name: {
            "seconds": round(seconds, 3),
            "cpu_seconds": round(pass_cpu_seconds.get(name, 0.0), 3),
            "words_per_s": round(words_damaged / seconds, 1) if seconds else None,
        }
        for name, seconds in sorted(pass_seconds.items())
    }
    throughput["pipeline"] = {
        "seconds": round(pipeline_seconds, 3),
        "words_per_s": round(words_damaged / pipeline_seconds, 1) if pipeline_seconds else None,
    }
    timing["throughput"] = throughput
    harper_speed = timing.get("harper_alone", {}).get("words_per_s")
    if harper_speed and throughput["pipeline"]["words_per_s"]:
        timing["pipeline_vs_harper"] = round(throughput["pipeline"]["words_per_s"] / harper_speed, 3)
    if "perf" in sections:
        say("the names pass on one 10,000-word article")
        timing["names_long_article"] = _names_cpu(_long_article(articles))
        say("gazetteer scaling")
        scale = _gazetteer_scale(_thousand_words(articles), scale_sizes)
        if scale is not None:
            timing["gazetteer_scale"] = scale
    result["timing"] = timing
    return result


def _pass_scores(articles, damaged_runs, clean_runs, config: Config, words_clean: int) -> dict:
    review = {name: Tally() for name in (*PASSES, "pipeline")}
    auto = {name: Tally() for name in (*PASSES, "pipeline")}
    # the names pass and the pipeline over the name corruptions that evidence can recover
    recoverable = {(name, mode): Tally() for name in ("names", "pipeline") for mode in ("review", "auto")}
    false_changes: dict[str, int] = defaultdict(int)
    clean_proposals: dict[str, int] = defaultdict(int)
    for article, run in zip(articles, damaged_runs):
        text, key = article.damaged.text, article.damaged.corruptions
        decisions = auto_decisions(run.proposals, config)
        applied = resolve(run.proposals).chosen
        automatic = [p for p in run.proposals if p.id in decisions]
        review["pipeline"].add(_tally(text, applied, key, None))
        auto["pipeline"].add(_tally(text, resolve(automatic).chosen, key, None))
        for name in PASSES:
            mine = [p for p in run.proposals if _pass_of(p) == name]
            review[name].add(_tally(text, resolve(mine).chosen, key, TARGETS[name]))
            auto[name].add(_tally(text, [p for p in automatic if _pass_of(p) == name], key, TARGETS[name]))
        names_review = resolve([p for p in run.proposals if _pass_of(p) == "names"]).chosen
        for (name, mode), chosen in (
            (("names", "review"), names_review),
            (("names", "auto"), [p for p in automatic if _pass_of(p) == "names"]),
            (("pipeline", "review"), applied),
            (("pipeline", "auto"), resolve(automatic).chosen),
        ):
            recoverable[(name, mode)].add(_tally(text, chosen, key, TARGETS["names"], article.recoverable))
    for run in clean_runs:
        decisions = auto_decisions(run.proposals, config)
        for p in run.proposals:
            clean_proposals[_pass_of(p)] += 1
            clean_proposals["pipeline"] += 1
            if p.id in decisions:
                false_changes[_pass_of(p)] += 1
                false_changes["pipeline"] += 1
    per_k = 1000 / max(words_clean, 1)
    return {
        name: {
            "review": review[name].to_dict(),
            "auto": auto[name].to_dict(),
            **(
                {
                    "recoverable_names": {
                        mode: _recall_dict(recoverable[(name, mode)]) for mode in ("review", "auto")
                    }
                }
                if name in ("names", "pipeline")
                else {}
            ),
            "clean_false_changes": false_changes[name],
            "clean_false_changes_per_1k_words": round(false_changes[name] * per_k, 3),
            "clean_proposals_per_1k_words": round(clean_proposals[name] * per_k, 3),
        }
        for name in (*PASSES, "pipeline")
    }


def _recall_dict(tally: Tally) -> dict:
    """Recall over the recoverable name corruptions (precision is the pass's own, above)."""
    return {"damage": tally.damage, "repaired": tally.repaired, "recall": _r(tally.recall)}


def _kind_scores(articles, damaged_runs, config: Config) -> dict:
    review: dict[str, dict] = {}
    auto: dict[str, dict] = {}
    for article, run in zip(articles, damaged_runs):
        text, key = article.damaged.text, article.damaged.corruptions
        decisions = auto_decisions(run.proposals, config)
        _kind_rows(text, resolve(run.proposals).chosen, key, review)
        _kind_rows(text, resolve([p for p in run.proposals if p.id in decisions]).chosen, key, auto)
    out = {}
    for kind in sorted(review):
        row, auto_row = review[kind], auto[kind]
        out[kind] = {
            **row,
            "recall": round(row["repaired"] / row["damage"], 4),
            "precision": round(row["correct"] / row["proposals"], 4) if row["proposals"] else None,
            "auto_repaired": auto_row["repaired"],
            "auto_recall": round(auto_row["repaired"] / auto_row["damage"], 4),
        }
    return out


def _detect_scores(articles, damaged_runs, clean_runs) -> dict:
    scores: list[float] = []
    labels: list[bool] = []
    for article, run in zip(articles, damaged_runs):
        spans = [(c.start, c.end) for c in article.damaged.corruptions]
        for s in run.scores:
            scores.append(round(s.score, 6))
            labels.append(
                any(start < s.end and s.start < end or start == end == s.start for start, end in spans)
            )
    doc_scores = [round(r.document_score(), 6) for r in damaged_runs] + [
        round(r.document_score(), 6) for r in clean_runs
    ]
    doc_labels = [True] * len(damaged_runs) + [False] * len(clean_runs)
    clean_scores = [round(s.score, 6) for r in clean_runs for s in r.scores]
    return {
        "sentences": len(scores),
        "damaged_sentences": sum(labels),
        "auroc": _r(auroc(scores, labels)),
        "precision_at_10pct": _r(precision_at(scores, labels, 0.10)),
        "document_auroc": _r(auroc(doc_scores, doc_labels)),
        "clean_sentences_flagged": sum(1 for s in clean_scores if s >= 0.5),
        "clean_sentences": len(clean_scores),
    }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
