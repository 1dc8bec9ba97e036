"""The Python API: check, fix and score text, returning plain data (dicts, lists, str).

    import repair
    repair.fix_text("The the minister arrived on Monday.")      # -> repaired str
    repair.check_text(text)                                     # -> list of proposal dicts
    repair.score_text(text)                                     # -> {"score": ..., "sentences": [...]}

    engine = repair.Engine(grammar="harper", gazetteers=["names.tsv"])
    engine.fix(text)    # {"text", "status", "message", "applied", "review", "proposals"}

An `Engine` holds what is slow to build (the gazetteer index, the grammar checker: about a
second) and is reused across calls; the module-level functions keep one Engine per
distinct set of settings. The `repair` command goes through this module too: `check`,
`score` and `fix` call `Engine.check_source`, `Engine.score_source` and the same
per-document function as `Engine.fix`, so the API and the CLI cannot drift apart.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from repair.config import Config, load_config, parse_kinds, require_files
from repair.errors import RepairError
from repair.export import edit_log
from repair.loading import Source, text_source
from repair.pipeline import Analysis
from repair.pipeline import Engine as PipelineEngine
from repair.scoring import document_score

__all__ = ["Engine", "check_text", "fix_text", "score_text", "make_config"]


def make_config(
    config: Config | str | Path | None = None,
    *,
    grammar: str | None = None,
    gazetteers: Iterable[str | Path] = (),
    references: Iterable[str | Path] = (),
    only: Iterable[str] | str = (),
    exclude: Iterable[str] | str = (),
    min_confidence: float | None = None,
    lt_server: str | None = None,
) -> Config:
    """Settings as the CLI builds them: a Config, a repair.toml path or the defaults
    (no discovery: a library call does not depend on the current folder), then keywords."""
    if isinstance(config, Config):
        result = config
    else:
        result = load_config(Path(config)) if config is not None else Config()
    if grammar is not None:
        if grammar not in ("harper", "languagetool", "none"):
            raise RepairError(f"grammar must be harper, languagetool or none, not {grammar!r}")
        result.grammar = grammar
    if lt_server is not None:
        result.lt_server = lt_server
    result.gazetteers = [*result.gazetteers, *(Path(p) for p in gazetteers)]
    result.references = [*result.references, *(Path(p) for p in references)]
    result.only = _kinds(only) or result.only
    result.exclude = _kinds(exclude) or result.exclude
    if min_confidence is not None:
        if not 0.0 <= min_confidence <= 1.0:
            raise RepairError("min_confidence must be between 0 and 1")
        result.set_min_confidence(min_confidence)
    require_files(result)
    return result


def _kinds(value: Iterable[str] | str) -> frozenset[str]:
    return parse_kinds(value if isinstance(value, str) else ",".join(value))


class Engine:
    """Reusable checker: build once, call many times (thread-safe: calls are serialised,
    since the grammar checker's linter is not shared between threads)."""

    def __init__(self, config: Config | str | Path | None = None, **settings) -> None:
        self.config = make_config(config, **settings)
        self.pipeline = PipelineEngine(self.config)
        self._lock = threading.Lock()

    def warm(self) -> Engine:
        """Build the passes now (a broken setup fails here), not on the first call."""
        self.pipeline.passes  # noqa: B018
        return self

    def analyze(self, source: Source, *, scored: bool = True) -> Analysis:
        with self._lock:
            return self.pipeline.analyze(source, scored=scored)

    # ------------------------------------------------------------------ check

    def check_source(self, source: Source, name: str = "") -> tuple[Analysis, list[dict]]:
        """The analysis (without sentence scores) and its proposals as edit-log records
        (what `repair check` prints)."""
        analysis = self.analyze(source, scored=False)
        return analysis, edit_log(name, analysis.text, analysis.proposals, {})["proposals"]

    def check(self, text: str, *, min_confidence: float = 0.0) -> list[dict]:
        """Every proposal at or above ``min_confidence``: id, kind, rule, span (str offsets),
        line, column, original, replacement, alternatives, confidence, reason, evidence."""
        _, records = self.check_source(text_source(text))
        return [r for r in records if r["confidence"] >= min_confidence]

    # ------------------------------------------------------------------ fix

    def fix(self, text: str) -> dict:
        """Apply what automatic mode allows, through the safety guard (as `repair fix`).

        Returns ``text`` (the repaired text; the input itself when nothing applies or the
        guard refuses), ``status`` (repaired, unchanged, refused, error), ``message``,
        ``applied`` and ``review`` (kind -> count) and ``proposals`` (the edit log).
        """
        from repair.decide import repair_document  # the CLI's per-document function

        result = repair_document(text_source(text).text, self.config, analyze=self.analyze)
        return {
            "text": result.repaired if result.ok and result.repaired is not None else text,
            "status": result.status,
            "message": result.message,
            "applied": result.applied,
            "review": result.review,
            "proposals": result.log,
        }

    # ------------------------------------------------------------------ score

    def score_source(self, source: Source, threshold: float = 0.5) -> tuple[Analysis, dict]:
        analysis = self.analyze(source)
        scores = analysis.scores
        prose = [s for s in scores if not s.chrome]  # page furniture is not the article's prose
        return analysis, {
            "score": round(document_score(scores), 4),
            "sentences": [s.to_dict(analysis.text) for s in scores],
            "prose": len(prose),
            "damaged": sum(1 for s in prose if s.score >= threshold),
            "chrome": len(scores) - len(prose),
            "threshold": threshold,
            "warnings": list(analysis.warnings),
        }

    def score(self, text: str, *, threshold: float = 0.5) -> dict:
        """``score``: the document's score (the mean of its three worst sentences, page
        furniture left out); ``damaged``: its sentences at or above ``threshold``;
        ``sentences``: start, end, score, text, reasons, spans, chrome, features each."""
        return self.score_source(text_source(text), threshold)[1]

    def close(self) -> None:
        self.pipeline.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def _engine(settings: dict) -> Engine:
    """One Engine per distinct settings, kept for the process (like a compiled regex cache)."""
    key = repr(sorted((k, repr(v)) for k, v in settings.items()))
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = Engine(**settings)
    return engine


def check_text(text: str, *, min_confidence: float = 0.0, **settings) -> list[dict]:
    """The proposals for ``text`` (see `Engine.check`); ``settings`` as `Engine`'s."""
    return _engine(settings).check(text, min_confidence=min_confidence)


def fix_text(text: str, **settings) -> str:
    """``text`` with the confident repairs applied (unchanged when the guard refuses)."""
    return _engine(settings).fix(text)["text"]


def score_text(text: str, *, threshold: float = 0.5, **settings) -> dict:
    """How damaged ``text`` looks, per sentence and as a whole (see `Engine.score`)."""
    return _engine(settings).score(text, threshold=threshold)
