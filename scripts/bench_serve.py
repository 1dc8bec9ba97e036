"""Benchmark `repair serve` over real HTTP on 127.0.0.1: warm latency of a 1,000-word article,
and throughput with 4 clients at once, next to Harper alone on the same texts.

    python scripts/bench_serve.py [--workers 1 2] [--json OUT]

Every request carries a different 1,000-word article (cut from samples/corpus at paragraph
ends), so neither the pipeline nor Harper's parse cache has seen it; the server is warmed
with an unrelated text first. Harper alone lints the same texts in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = 1000
LATENCY_RUNS = 8
CLIENTS = 4
PER_CLIENT = 3


def articles(count: int) -> list[str]:
    """Distinct ~1,000-word articles: corpus paragraphs taken in order until 1,000 words."""
    paragraphs = []
    for path in sorted((ROOT / "samples" / "corpus").glob("*.txt")):
        paragraphs.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip())
    made, current, words = [], [], 0
    for paragraph in paragraphs:
        current.append(paragraph)
        words += len(paragraph.split())
        if words >= WORDS:
            made.append("\n\n".join(current) + "\n")
            current, words = [], 0
            if len(made) == count:
                break
    return made


def start_server(workers: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "repair.cli", "serve", "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    ready, listening = 0, False
    while ready < workers or not listening:  # each worker logs its startup once warm
        line = process.stdout.readline()
        if not line:
            raise SystemExit("the server stopped while starting")
        ready += "Application startup complete" in line
        listening = listening or "running on" in line
    threading.Thread(target=process.stdout.read, daemon=True).start()  # drain the log
    return process, f"http://127.0.0.1:{port}"


def check(url: str, text: str) -> float:
    body = urllib.parse.urlencode({"language": "en-US", "text": text}).encode()
    started = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(f"{url}/v2/check", data=body), timeout=120) as answer:
        json.loads(answer.read())
    return time.perf_counter() - started


def harper_alone(texts: list[str]) -> list[float]:
    """Seconds per text for a warm Harper linter that has not seen the texts (fresh process)."""
    code = (
        "import json, sys, time\n"
        "import harper\n"
        "texts = json.load(sys.stdin)\n"
        "linter = harper.Linter(harper.Dialect.AMERICAN)\n"
        "linter.lint('Warm the linter up on a sentence that is in no article.')\n"
        "times = []\n"
        "for text in texts:\n"
        "    started = time.perf_counter(); linter.lint(text); times.append(time.perf_counter() - started)\n"
        "print(json.dumps(times))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return json.loads(run.stdout)


def bench(workers: int, texts: list[str]) -> dict:
    latency_texts = texts[:LATENCY_RUNS]
    load_texts = texts[LATENCY_RUNS : LATENCY_RUNS + CLIENTS * PER_CLIENT]
    process, url = start_server(workers)
    try:
        check(url, "A warm-up request on a sentence that is in no article.")
        latency = [check(url, text) for text in latency_texts]
        done: list[float] = []

        def client(index: int) -> None:
            for text in load_texts[index::CLIENTS]:
                done.append(check(url, text))

        threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=30)
    harper = harper_alone(latency_texts)
    words = sum(len(t.split()) for t in load_texts)
    return {
        "workers": workers,
        "latency_ms": {
            "median": round(statistics.median(latency) * 1000, 1),
            "min": round(min(latency) * 1000, 1),
            "max": round(max(latency) * 1000, 1),
            "words_per_article": round(statistics.mean(len(t.split()) for t in latency_texts)),
        },
        "harper_alone_ms_median": round(statistics.median(harper) * 1000, 1),
        "latency_over_harper": round(statistics.median(latency) / statistics.median(harper), 2),
        "four_clients": {
            "requests": len(done),
            "seconds": round(wall, 2),
            "requests_per_s": round(len(done) / wall, 2),
            "words_per_s": round(words / wall),
            "latency_ms_median": round(statistics.median(done) * 1000, 1),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    texts = articles(LATENCY_RUNS + CLIENTS * PER_CLIENT)
    results = [bench(workers, texts) for workers in args.workers]
    for result in results:
        print(json.dumps(result))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
