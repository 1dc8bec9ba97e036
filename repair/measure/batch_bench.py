"""Batch throughput: 2,000 damaged articles at --jobs 1 and --jobs 2, and Harper alone.

The articles are made by the corruption simulator (repair.measure.corrupt) from the benchmark
corpus (samples/corpus), each with its own seed, so no two are the same text. The batch
runs through `run_batch` exactly as `repair fix DIR -o OUT --jobs N` does (progress and
table off), and the two runs' outputs are checked to be identical.

Harper alone is measured in the same run on the same texts with a fresh linter, built
before the clock starts, in a process of its own that lints each text once: Harper keeps
what it has parsed, in a cache every Linter of a process shares, so a linter that had
already seen the texts, or that shared a process with the pipeline that had, would look
faster than it is. Per-core pipeline throughput is the one-process rate; its ratio to
Harper's rate is what the batch issue asks to keep at 0.5 or more. The ratio is measured
twice: from the whole runs (the --jobs 1 batch, then Harper over every article), and in
alternation, ten articles of pipeline then the same ten of Harper (see `paired`) on a
sample of the articles. On a machine shared with other work the load changes by the
minute, and only the alternation gives both sides the same conditions; its CPU-time
ratio is the headline.

Run it directly: ``python -m repair.measure.batch_bench [--articles N] [--json]``; `repair bench`
may call `run_benchmark`.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

from repair.batch.runner import BatchOptions, run_batch
from repair.config import Config
from repair.errors import RepairError
from repair.measure import CORPUS


def generate(folder: Path, count: int = 2000, corpus: Path = CORPUS) -> list[Path]:
    """`count` damaged articles from the corpus: article i is source i mod n with seed i // n."""
    from repair.measure.corrupt import corrupt_text

    sources = sorted(corpus.glob("*.txt"))
    if not sources:
        raise RepairError(f"{corpus}: no benchmark articles (*.txt)")
    clean = [source.read_text(encoding="utf-8") for source in sources]
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for number in range(count):
        index, seed = number % len(sources), number // len(sources)
        damaged = corrupt_text(clean[index], name=sources[index].name, seed=seed, profile="all")
        path = folder / f"{number:05d}-{sources[index].stem}.txt"
        path.write_text(damaged.text, encoding="utf-8")
        made.append(path)
    return made


def harper_alone(texts: list[str], dialect: str = "us") -> float:
    """Seconds a fresh Harper linter takes to lint every text once (construction not counted)."""
    linter = _linter(dialect)
    started = time.perf_counter()
    for text in texts:
        linter.lint(text)
    return time.perf_counter() - started


def paired(paths: list[Path], config: Config, *, sample: int = 200, block: int = 10) -> dict:
    """Pipeline on one core against Harper alone, block by block on the same articles.

    Each side runs in a process of its own: Harper keeps what it has parsed in a cache
    shared by every Linter of a process, so a Harper timed in the pipeline's process after
    the pipeline would find the texts already parsed and look faster than it is. The two
    take turns, ten articles at a time, and who goes first alternates, so both see the
    same machine: on a machine shared with other work the load changes by the minute.
    Both are warmed up first (pipeline built, linter built) and neither sees a text twice.
    The ratio is reported from CPU time (what one core can do) and from wall time.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    step = max(1, len(paths) // sample)
    chosen = paths[::step][:sample]
    texts = [path.read_text(encoding="utf-8") for path in chosen]
    context = multiprocessing.get_context("forkserver")
    words = pipeline_cpu = pipeline_wall = harper_cpu = harper_wall = 0.0
    with (
        ProcessPoolExecutor(
            1, mp_context=context, initializer=_warm_pipeline, initargs=(config,)
        ) as pipeline,
        ProcessPoolExecutor(
            1, mp_context=context, initializer=_warm_harper, initargs=(config.dialect,)
        ) as harper,
    ):
        pipeline.submit(_pipeline_block, [], config).result()  # both started before the clock
        harper.submit(_harper_block, []).result()
        for number, start in enumerate(range(0, len(texts), block)):
            group = texts[start : start + block]
            sides = [(pipeline, _pipeline_block, (group, config)), (harper, _harper_block, (group,))]
            for pool, function, args in sides if number % 2 == 0 else sides[::-1]:
                counted, cpu, wall = pool.submit(function, *args).result()
                if function is _pipeline_block:
                    words += counted
                    pipeline_cpu, pipeline_wall = pipeline_cpu + cpu, pipeline_wall + wall
                else:
                    harper_cpu, harper_wall = harper_cpu + cpu, harper_wall + wall

    def rate(seconds: float) -> float:
        return words / seconds if seconds else 0.0

    return {
        "articles": len(texts),
        "words": int(words),
        "pipeline_words_per_second": round(rate(pipeline_cpu), 1),
        "harper_words_per_second": round(rate(harper_cpu), 1),
        "ratio": round(harper_cpu / pipeline_cpu, 3) if pipeline_cpu and harper_cpu else 0.0,
        "wall_ratio": round(harper_wall / pipeline_wall, 3) if pipeline_wall and harper_wall else 0.0,
    }


def _warm_pipeline(config: Config) -> None:
    from repair.batch.work import engine_for

    engine_for(config)  # the one-off start-up is not throughput


def _pipeline_block(texts: list[str], config: Config) -> tuple[int, float, float]:
    """Words, CPU seconds and wall seconds for the whole pipeline on these texts."""
    from repair.batch.work import repair_document

    cpu, wall = time.process_time(), time.perf_counter()
    words = sum(repair_document(text.encode("utf-8"), config).words for text in texts)
    return words, time.process_time() - cpu, time.perf_counter() - wall


_HARPER: dict = {}


def _warm_harper(dialect: str) -> None:
    _HARPER["linter"] = _linter(dialect)


def _harper_block(texts: list[str]) -> tuple[int, float, float]:
    """Harper alone on the same texts, each linted once, whole, as a user would call it."""
    linter = _HARPER["linter"]
    cpu, wall = time.process_time(), time.perf_counter()
    for text in texts:
        linter.lint(text)
    return 0, time.process_time() - cpu, time.perf_counter() - wall


def _linter(dialect: str):
    import harper

    dialects = {
        "us": harper.Dialect.AMERICAN,
        "uk": harper.Dialect.BRITISH,
        "au": harper.Dialect.AUSTRALIAN,
        "ca": harper.Dialect.CANADIAN,
        "in": harper.Dialect.INDIAN,
    }
    linter = harper.Linter(dialects.get(dialect, harper.Dialect.AMERICAN))
    # and on a word no dictionary knows: Harper builds its spelling index (about 1 s) at the
    # first one, once per process, and the pipeline has built it before its clock starts
    linter.lint("Warm the linter up on a sentence that is not in any article, Qzxvbrt.")
    return linter


def in_fresh_process(function, *args, **kwargs):
    """Run in a new process: its pipeline and linter have seen none of the texts (Harper's
    parse cache is shared by every Linter of a process)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver")) as pool:
        return pool.submit(function, *args, **kwargs).result()


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.glob("*.txt"))}


def run_benchmark(
    count: int = 2000,
    *,
    jobs: tuple[int, ...] = (1, 2),
    config: Config | None = None,
    workdir: Path | None = None,
    stream: TextIO | None = None,
    sample: int = 200,
) -> dict:
    """Generate, run the batch at each --jobs, time Harper alone; return the figures."""
    from repair.pipeline import Engine

    config = config or Config()
    say = (lambda line: print(line, file=stream, flush=True)) if stream else (lambda line: None)
    with tempfile.TemporaryDirectory(prefix="repair-bench-", dir=workdir) as scratch:
        root = Path(scratch)
        say(f"generating {count:,} damaged articles from {CORPUS} ...")
        started = time.perf_counter()
        paths = generate(root / "articles", count)
        say(f"  {time.perf_counter() - started:.1f} s")
        runs = {}
        harper_seconds = 0.0
        for n in jobs:
            say(f"repair fix --jobs {n} ...")
            summary = run_batch(
                [root / "articles"],
                config,
                BatchOptions(out=root / f"out-{n}", jobs=n, progress=False, table=False),
                stream=io.StringIO(),  # refusals and errors are counted in the figures
            )
            runs[n] = summary
            say(f"  {summary['seconds']:.1f} s, {summary['words_per_second']:,.0f} words/s")
            if n == jobs[0]:  # right after the one-core run, so both see the same machine
                say("Harper alone (fresh linter, each text once) ...")
                harper_seconds = in_fresh_process(  # not in this process: see paired()
                    harper_alone, [path.read_text(encoding="utf-8") for path in paths], config.dialect
                )
                say(f"  {harper_seconds:.1f} s, {runs[n]['words'] / harper_seconds:,.0f} words/s")
        outputs = [_outputs(root / f"out-{n}") for n in jobs]
        identical = all(o == outputs[0] for o in outputs[1:])
        say(f"pipeline and Harper in alternation on {min(sample, count)} of the articles ...")
        pairs = paired(paths, config, sample=sample)
        say(f"  ratio {pairs['ratio']:.2f}")
    words = runs[jobs[0]]["words"]
    harper_rate = words / harper_seconds if harper_seconds > 0 else 0.0
    base = runs[jobs[0]]["words_per_second"]
    per_core = runs[1]["words_per_second"] if 1 in runs else base
    result = {
        "articles": count,
        "words": words,
        "passes": [getattr(p, "name", type(p).__name__) for p in Engine(config).passes],
        "grammar": config.grammar,
        "jobs": {
            str(n): {
                "seconds": s["seconds"],
                "words_per_second": s["words_per_second"],
                "speedup": round(s["words_per_second"] / base, 2) if base else 0.0,
                "repaired": s["repaired"],
                "refused": s["refused"],
                "errors": s["errors"],
            }
            for n, s in runs.items()
        },
        "outputs_identical": identical,
        "harper_alone": {"seconds": round(harper_seconds, 3), "words_per_second": round(harper_rate, 1)},
        "whole_runs_per_core_vs_harper": round(per_core / harper_rate, 3) if harper_rate else 0.0,
        "paired": pairs,
        "per_core_vs_harper": pairs["ratio"],
        # other work on the machine slows the runs unevenly: read the figures with this
        "load_average_1min": round(os.getloadavg()[0], 2),
        "cores": os.cpu_count(),
    }
    return result


def print_result(result: dict, stream: TextIO) -> None:
    print(
        f"{result['articles']:,} articles, {result['words']:,} words; passes: {', '.join(result['passes'])}",
        file=stream,
    )
    for n, run in result["jobs"].items():
        print(
            f"  --jobs {n}: {run['words_per_second']:>10,.0f} words/s  {run['seconds']:7.1f} s  "
            f"speed-up {run['speedup']:.2f}x",
            file=stream,
        )
    harper = result["harper_alone"]
    print(
        f"  Harper alone: {harper['words_per_second']:>7,.0f} words/s  {harper['seconds']:7.1f} s",
        file=stream,
    )
    print(
        f"  per-core pipeline / Harper alone, whole runs: {result['whole_runs_per_core_vs_harper']:.2f}",
        file=stream,
    )
    pairs = result["paired"]
    print(
        f"  in alternation on {pairs['articles']} articles: pipeline {pairs['pipeline_words_per_second']:,.0f}"
        f" words/s, Harper {pairs['harper_words_per_second']:,.0f} words/s (CPU time), ratio {pairs['ratio']:.2f}"
        f" (wall time {pairs['wall_ratio']:.2f})",
        file=stream,
    )
    print(f"  outputs identical across --jobs: {'yes' if result['outputs_identical'] else 'NO'}", file=stream)
    print(f"  load average at the end: {result['load_average_1min']} on {result['cores']} cores", file=stream)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m repair.measure.batch_bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--articles", type=int, default=2000, metavar="N", help="articles to generate (default 2000)"
    )
    parser.add_argument("--jobs", default="1,2", metavar="LIST", help="--jobs values to run (default 1,2)")
    parser.add_argument("--grammar", choices=("harper", "none"), help="grammar backend for the pipeline")
    parser.add_argument(
        "--sample",
        type=int,
        default=200,
        metavar="N",
        help="articles for the pipeline-vs-Harper comparison in alternation (default 200)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    config = Config()
    if args.grammar:
        config.grammar = args.grammar
    jobs = tuple(int(n) for n in args.jobs.split(","))
    result = run_benchmark(args.articles, jobs=jobs, config=config, stream=sys.stderr, sample=args.sample)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_result(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
