"""How fast the review app is on a long, badly damaged article.

`review_bench()` builds a ~10,000-word article from the sample corpus (every paragraph
used once, never repeated), damages it in the ways the cleanup and grammar passes know
(doubled words, stray spaces, doubled punctuation, run-together sentences, broken
paragraphs) until the analysis makes about 500 proposals, then measures, headless:

- ``cold``: from starting a fresh interpreter on `repair review PATH` (the command's own
  set-up: Harper's worker first, then Textual) to the text shown, the first proposals
  shown (every pass but the grammar checker; the keys work from then on), and every
  proposal shown (the grammar checker's findings come in paragraph by paragraph from the
  top), as median and range over several runs; in alternation with them, ``harper_alone``:
  Harper by itself from a fresh interpreter, as the app runs it, on the same paragraphs
  (the floor of the complete analysis), and each launch's times ``to_harper`` (ratios
  hold on a noisy machine where seconds do not);
- ``check_alone``: `repair check PATH` from a fresh interpreter to its output, in
  alternation with the same launches, and each launch's times ``to_check`` (the app's
  first proposals should come no later than check's output: a ratio of 1 or less);
- the same milestones in this process, from creating the app, with the CPU time of this
  process up to the first proposals (``launch_cpu_s``) and its workers' (counted once the
  app has closed them);
- while the findings still come in, ``n``/``p`` every 50 ms: the wall time from the key's
  arrival to the cursor moved (``move_ms_while_analysing``), and the loop's cost of each
  update it takes in (``update_ms``);
- per key, once the analysis is complete, for a mix of the keys a reviewer uses (n, p, j,
  k, a, r, u, redo, an alternative), each pressed many times: the process time spent
  handling the key and redrawing the screen (``key_ms``, the latency on an otherwise idle
  machine), and the wall time of the pilot's press-and-settle (``key_wall_ms``, an upper
  bound: the pilot sleeps until the process looks idle, which a busy machine stretches).

`python -m repair.measure.review_bench [ARTICLE]` prints the figures, with the machine's load average
(on ARTICLE instead of the generated article when given).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from repair.measure import CORPUS

KEY_MIX = ("n", "a", "n", "r", "j", "k", "a", "u", "ctrl+r", "p", "n", "a", "1", "u")
_WORD = re.compile(r"\b[a-z]{2,}\b")


def corpus_paragraphs(folder: Path = CORPUS) -> list[str]:
    """Every distinct paragraph of the corpus, in file order."""
    seen: set[str] = set()
    paragraphs = []
    for path in sorted(folder.glob("*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            block = " ".join(block.split())
            if len(block.split()) >= 12 and block not in seen:
                seen.add(block)
                paragraphs.append(block)
    return paragraphs


def _damage_paragraph(paragraph: str, rng: random.Random, sites: int) -> str:
    """Put ``sites`` pieces of mechanical damage into one paragraph."""
    for _ in range(sites):
        kind = rng.choice(("double", "double", "spaces", "comma", "punct", "runon"))
        words = list(_WORD.finditer(paragraph))
        if kind == "double" and words:
            m = rng.choice(words)
            paragraph = paragraph[: m.end()] + " " + m.group(0) + paragraph[m.end() :]
        elif kind == "spaces":
            gaps = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", paragraph)]
            if gaps:
                at = rng.choice(gaps)
                paragraph = paragraph[:at] + "  " + paragraph[at:]
        elif kind == "comma":
            commas = [m.start() for m in re.finditer(r"(?<=\w),(?= )", paragraph)]
            if commas:
                at = rng.choice(commas)
                paragraph = paragraph[:at] + " " + paragraph[at:]
        elif kind == "punct":
            commas = [m.start() for m in re.finditer(r"(?<=\w),(?= )", paragraph)]
            if commas:
                at = rng.choice(commas)
                paragraph = paragraph[:at] + "," + paragraph[at:]
        else:
            stops = [m.start() for m in re.finditer(r"(?<=[a-z]{2})\. (?=[A-Z][a-z])", paragraph)]
            if stops:
                at = rng.choice(stops)
                paragraph = paragraph[: at + 1] + paragraph[at + 2 :]
    return paragraph


def make_article(words: int = 10_000, sites: int = 540, seed: int = 7, folder: Path = CORPUS) -> str:
    """A long damaged article: corpus paragraphs in a shuffled order, each used once."""
    rng = random.Random(seed)
    pool = corpus_paragraphs(folder)
    rng.shuffle(pool)
    chosen: list[str] = []
    total = 0
    for paragraph in pool:
        if total >= words:
            break
        chosen.append(paragraph)
        total += len(paragraph.split())
    if total < words:
        raise ValueError(f"the corpus has only {total} words of distinct paragraphs")
    per = [0] * len(chosen)
    for _ in range(sites):
        per[rng.randrange(len(chosen))] += 1
    damaged = [_damage_paragraph(p, rng, n) for p, n in zip(chosen, per, strict=True)]
    out: list[str] = []
    for paragraph in damaged:
        match = re.search(r" (?:the|of|to|and) (?=[a-z])", paragraph[len(paragraph) // 3 :])
        if rng.random() < 0.08 and match:  # a paragraph broken mid-sentence
            cut = len(paragraph) // 3 + match.end() - 1
            out.append(paragraph[:cut])
            out.append(paragraph[cut + 1 :])
        else:
            out.append(paragraph)
    return "\n\n".join(out) + "\n"


async def _drive(path: Path, state_dir: Path, presses: int, size: tuple[int, int]) -> dict:
    from repair.config import Config
    from repair.pipeline import Engine
    from repair.tui.app import ReviewApp, ReviewItem

    config = Config(state_dir=state_dir)
    load_before = os.getloadavg()
    started, cpu_started = time.perf_counter(), time.process_time()
    children_started = _children_cpu()
    app = ReviewApp([ReviewItem(path)], Engine(config), state_dir=state_dir, user_dir=state_dir)
    async with app.run_test(size=size) as pilot:
        await app.interactive.wait()
        launch_cpu = time.process_time() - cpu_started
        await pilot.pause()
        during = await _moves_while_analysing(app)
        await app.loaded.wait()
        await pilot.pause()
        complete = time.perf_counter() - started
        session = app.session
        latencies: dict[str, list[float]] = {}
        cpu: dict[str, list[float]] = {}
        for index in range(presses):
            await _press(pilot, KEY_MIX[index % len(KEY_MIX)], latencies, cpu)
        every = [value for values in latencies.values() for value in values]
        work = [value for values in cpu.values() for value in values]
        figures = {
            "words": len(session.text.split()),
            "proposals": len(session.proposals),
            "blocks": app.view.block_count,
            "text_shown_s": round(app.timings.preview_shown_at - started, 3)
            if app.timings.preview_shown_at
            else None,
            "first_proposals_s": round(app.timings.first_proposals_at - started, 3),
            "first_proposals": app.timings.first_proposals_count,
            "launch_cpu_s": round(launch_cpu, 3),
            "all_proposals_s": round(app.timings.proposals_shown_at - started, 3),
            "complete_s": round(complete, 3),
            "analysis_s": round(app.timings.analysis_seconds, 3),
            "analysis_cpu_s": round(app.timings.analysis_cpu_seconds, 3),
            "move_ms_while_analysing": _summary(during) if during else None,
            "update_ms": _summary(app.timings.update_seconds) if app.timings.update_seconds else None,
            "key_ms": _summary(work),
            "key_wall_ms": _summary(every),
            "by_key_ms": {key: round(statistics.fmean(v) * 1000, 1) for key, v in sorted(cpu.items())},
            "decided": len(session.decisions),
        }
    # the worker and its helpers, once the app has ended them: their CPU time over the
    # whole run (launch and key presses; they do nothing after the analysis)
    figures["worker_cpu_s"] = round(_children_cpu() - children_started, 3)
    figures["load_average"] = {"before": load_before, "after": os.getloadavg()}
    return figures


async def _moves_while_analysing(app) -> list[float]:
    """n and p, one every 50 ms while the grammar checker's findings still come in (a
    reviewer starts at once): the wall time from the key's arrival to the cursor moved.
    (The pilot's press cannot tell: it waits until the whole process is idle, and the
    thread taking the findings in keeps it busy.)"""
    from textual import events

    driver = app._driver
    times: list[float] = []
    step = 0
    while not app.loaded.is_set():
        before = app.session.cursor
        key = "n" if step % 2 == 0 else "p"
        step += 1
        started = time.perf_counter()
        driver.send_message(events.Key(key, key))
        while app.session.cursor == before and time.perf_counter() - started < 2:
            await asyncio.sleep(0.001)
        if app.session.cursor != before:
            times.append(time.perf_counter() - started)
        await asyncio.sleep(0.05)
    return times


async def _press(pilot, key: str, wall: dict[str, list[float]], cpu: dict[str, list[float]]) -> None:
    """Press ``key`` and let the app settle; record the wall and process time it took."""
    started, work = time.perf_counter(), time.process_time()
    await pilot.press(key)
    await pilot.pause()
    wall.setdefault(key, []).append(time.perf_counter() - started)
    cpu.setdefault(key, []).append(time.process_time() - work)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _summary(values: list[float]) -> dict:
    ordered = sorted(values)
    return {
        "mean": round(statistics.fmean(ordered) * 1000, 1),
        "p95": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
        "max": round(ordered[-1] * 1000, 1),
        "presses": len(ordered),
    }


def review_bench(
    words: int = 10_000,
    sites: int = 540,
    presses: int = 280,
    seed: int = 7,
    size: tuple[int, int] = (120, 40),
    cold_runs: int = 5,
    article: Path | None = None,
) -> dict:
    """Launch time (analysis included) and per-key latency of the review app, headless:
    ``cold``, from starting `repair review` in a fresh interpreter (``cold_runs`` times);
    then the rest in this process, from creating the app. ``article``: review this file
    instead of the generated one (say, a long article damaged by `repair corrupt`)."""
    with tempfile.TemporaryDirectory(prefix="repair-review-bench-") as folder:
        path = Path(folder) / "long-article.txt"
        if article is None:
            path.write_text(make_article(words, sites, seed), encoding="utf-8")
        else:
            path.write_bytes(article.read_bytes())
        cold, harper, check = [], [], []
        for run in range(cold_runs):  # in alternation, so all see the same machine
            cold.append(cold_launch(path, Path(folder) / f"cold-state-{run}", size))
            harper.append(_fresh(["--harper", str(path)]))
            check.append(check_alone(path, Path(folder) / f"check-state-{run}"))
        ratios = [
            {
                "first_proposals": round(app["first_proposals_s"] / alone["harper_alone_s"], 3),
                "complete": round(app["complete_s"] / alone["harper_alone_s"], 3),
            }
            for app, alone in zip(cold, harper, strict=True)
        ]
        to_check = [
            {
                "first_proposals": round(app["first_proposals_s"] / alone["check_s"], 3),
                "complete": round(app["complete_s"] / alone["check_s"], 3),
            }
            for app, alone in zip(cold, check, strict=True)
        ]
        figures = asyncio.run(_drive(path, Path(folder) / "state", presses, size))
        return {
            "cold": _spread(cold),
            "harper_alone": _spread(harper),
            "to_harper": _spread(ratios),
            "check_alone": _spread(check),
            "to_check": _spread(to_check),
            **figures,
        }


def check_alone(path: Path, state_dir: Path) -> dict:
    """`repair check PATH` from a fresh interpreter to its output (it prints when done): the
    review app's first proposals should come no later than this, on the same article."""
    env = {**os.environ, "XDG_DATA_HOME": str(state_dir)}  # no user's ignores
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "repair.cli", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    seconds = time.time() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"repair check failed: {done.stderr.strip()[-2000:]}")
    return {"check_s": round(seconds, 3), "proposals": len(done.stdout.splitlines())}


def _spread(runs: list[dict]) -> dict:
    """Each figure of several runs as its median and range (the machines are noisy)."""
    out: dict = {"runs": len(runs)}
    for key in runs[0]:
        values = sorted(run[key] for run in runs)
        if values[0] == values[-1]:
            out[key] = values[0]
        else:
            out[key] = {"median": statistics.median(values), "min": values[0], "max": values[-1]}
    return out


def cold_launch(path: Path, state_dir: Path, size: tuple[int, int]) -> dict:
    """Seconds from starting a fresh interpreter on `repair review PATH` (the command's
    own set-up, headless) to its milestones, as the person who typed the command sees them."""
    return _fresh(["--cold", str(path), str(state_dir), str(size[0]), str(size[1])])


def _fresh(arguments: list[str]) -> dict:
    """This module run in a fresh interpreter; its figures count from the moment it starts."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "repair.measure.review_bench", *arguments, str(started)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"a fresh run failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)


def _harper_alone(path: Path, started: float) -> dict:
    """Harper by itself as the app runs it (its worker and helpers, started from nothing)
    on the paragraphs the app lints: the least time the complete analysis can take."""
    from repair.config import Config
    from repair.document import Document
    from repair.loading import load_path
    from repair.parallel_analysis import HarperService
    from repair.passes.grammar import lint_units

    text = load_path(path).text
    service = HarperService(Config())
    try:
        found = service.check(text, lint_units(Document.from_text(text)))
    finally:
        service.close()
    return {"harper_alone_s": round(time.time() - started, 3), "findings": len(found)}


async def _cold(path: Path, state_dir: Path, started: float, size: tuple[int, int]) -> dict:
    from repair.cli import build_parser
    from repair.commands.review import build_app

    imported = time.time() - started
    app = build_app(build_parser().parse_args(["review", str(path), "--state-dir", str(state_dir)]))
    async with app.run_test(size=size) as pilot:
        await app.loaded.wait()
        await pilot.pause()
        complete = time.time() - started
        at = time.time() - time.perf_counter()  # perf_counter readings -> time.time()
        return {
            "cli_imported_s": round(imported, 3),
            "text_shown_s": round(app.timings.preview_shown_at + at - started, 3),
            "first_proposals_s": round(app.timings.first_proposals_at + at - started, 3),
            "first_proposals": app.timings.first_proposals_count,
            "all_proposals_s": round(app.timings.proposals_shown_at + at - started, 3),
            "complete_s": round(complete, 3),
            "proposals": len(app.session.proposals),
        }


if __name__ == "__main__":
    if sys.argv[1:2] == ["--cold"]:  # the fresh interpreters of review_bench
        width, height = int(sys.argv[4]), int(sys.argv[5])
        figures = asyncio.run(
            _cold(Path(sys.argv[2]), Path(sys.argv[3]), float(sys.argv[6]), (width, height))
        )
        json.dump(figures, sys.stdout)
    elif sys.argv[1:2] == ["--harper"]:
        json.dump(_harper_alone(Path(sys.argv[2]), float(sys.argv[3])), sys.stdout)
    else:  # python -m repair.measure.review_bench [ARTICLE]
        chosen = Path(sys.argv[1]) if len(sys.argv) > 1 else None
        json.dump(review_bench(article=chosen), sys.stdout, indent=2)
        print()
