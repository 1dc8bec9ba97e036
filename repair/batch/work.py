"""The per-document function every engine runs: repair.decide.repair_document, on this
thread's Engine.

It is pure in what it returns: the same input and settings give the same result on any
machine, in any process, which is what lets the local and Dask engines produce identical
output. The only state it keeps is one `Engine` per thread (the gazetteer index and the
grammar linter take about a second to build), reused across every document that thread
handles; a worker pool warms it once with `init_worker`.
"""

from __future__ import annotations

import contextlib
import threading

from repair.api import Engine
from repair.config import Config
from repair.decide import (
    ERROR,
    REFUSED,
    REPAIRED,
    UNCHANGED,
    DocResult,
    EngineFailure,
    start_engine,
)
from repair.decide import repair_document as repair_one
from repair.errors import RepairError

__all__ = [
    "ERROR",
    "REFUSED",
    "REPAIRED",
    "UNCHANGED",
    "DocResult",
    "EngineFailure",
    "engine_for",
    "init_worker",
    "repair_document",
]

_local = threading.local()


def engine_for(config: Config) -> Engine:
    """This thread's Engine for these settings, built on first use and then reused."""
    key = repr(config)
    engine = getattr(_local, "engine", None)
    if engine is None or _local.key != key:
        engine = start_engine(config)
        _local.engine, _local.key = engine, key
    return engine


def init_worker(config: Config) -> None:
    """Pool initializer: build the Engine and its passes before the first document arrives.

    A failure is left for the first document to raise, through its future, so the parent
    reports the real reason instead of a broken pool.
    """
    with contextlib.suppress(EngineFailure):
        engine_for(config)


def repair_document(
    data: bytes | str | RepairError, config: Config, *, engine: Engine | None = None, **options
) -> DocResult:
    """repair.decide.repair_document (``options``: name, fmt, diff, keep_source) on
    ``engine``, or on this thread's Engine."""

    def analyze(source):
        return (engine or engine_for(config)).analyze(source)

    return repair_one(data, config, analyze=analyze, **options)
