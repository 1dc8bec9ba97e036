"""How the names pass scales with the gazetteer: `repair bench perf` reports these figures.

``measure_scale(article, n)`` builds (once, cached) a synthetic ``n``-entry gazetteer beside
the shipped one, then times loading each compiled index and analysing the article with the
shipped gazetteer alone and with the shipped one plus the ``n`` entries.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from repair.document import Document
from repair.gazetteer.entries import COLUMNS
from repair.gazetteer.index import (
    Gazetteer,
    Index,
    SourceSet,
    cache_dir,
    compiled,
    shipped_sources,
    user_sources,
)
from repair.measure.synthetic_gazetteer import synthetic_entries


def synthetic_file(n_entries: int, folder: Path | None = None, seed: int = 7) -> Path:
    """The TSV of ``n_entries`` synthetic people, written once into the cache folder."""
    folder = cache_dir(folder)
    path = folder / f"synthetic-{n_entries}-{seed}.tsv"
    if path.is_file():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    with open(temp, "w", encoding="utf-8") as out:
        out.write("# synthetic gazetteer for scaling measurements (repair.measure.synthetic_gazetteer)\n")
        out.write("\t".join(COLUMNS) + "\n")
        for entry in synthetic_entries(n_entries, seed):
            out.write("\t".join(entry.to_row()) + "\n")
    temp.replace(path)
    return path


def _time_load(sources: SourceSet, folder: Path | None) -> float:
    """Seconds to find the up-to-date compiled index (stat the sources) and open it for queries."""
    start = time.perf_counter()
    path, _, _ = compiled(sources, folder=folder)
    index = Index.open(path, sources.label)
    index.exact("xi jinping")  # the first query pages in the B-tree roots
    elapsed = time.perf_counter() - start
    index.db.close()
    return elapsed


def _time_analyses(doc: Document, gazetteers: list[Gazetteer], repeats: int) -> list[float]:
    """Median seconds per analysis for each gazetteer, runs interleaved so load on the
    machine weighs on both sides alike."""
    from repair.passes.names import analyse

    for gazetteer in gazetteers:
        analyse(doc, gazetteer)  # warm caches (wordfreq, lru caches, SQLite pages)
    runs: list[list[float]] = [[] for _ in gazetteers]
    for _ in range(repeats):
        for i, gazetteer in enumerate(gazetteers):
            start = time.perf_counter()
            analyse(doc, gazetteer)
            runs[i].append(time.perf_counter() - start)
    return [statistics.median(r) for r in runs]


def measure_scale(article_text: str, n_entries: int, *, folder: Path | None = None, repeats: int = 9) -> dict:
    """Index load time and article analysis time, shipped gazetteer vs shipped + ``n_entries``."""
    shipped_path, _, _ = compiled(shipped_sources(), folder=folder)
    big_file = synthetic_file(n_entries, folder)
    start = time.perf_counter()
    big_path, built, _ = compiled(user_sources(big_file), folder=folder)
    build_seconds = time.perf_counter() - start if built else 0.0
    load_shipped = _time_load(shipped_sources(), folder)
    load_big = _time_load(user_sources(big_file), folder)
    doc = Document.from_text(article_text)
    shipped = Gazetteer([Index.open(shipped_path, "shipped")])
    large = Gazetteer([Index.open(shipped_path, "shipped"), Index.open(big_path, "synthetic")])
    seconds_shipped, seconds_large = _time_analyses(doc, [shipped, large], repeats)
    return {
        "n_entries": n_entries,
        "words": doc.word_count,
        "shipped_entries": len(shipped),
        "large_entries": len(large),
        "build_seconds": round(build_seconds, 3),
        "load_seconds_shipped": round(load_shipped, 6),
        "load_seconds_large": round(load_big, 6),
        "analyse_seconds_shipped": round(seconds_shipped, 6),
        "analyse_seconds_large": round(seconds_large, 6),
        "ratio": round(seconds_large / seconds_shipped, 3) if seconds_shipped else None,
    }
