"""The per-document function every engine runs: (text or bytes, config) -> DocResult.

It is pure in what it returns: the same input and settings give the same result on any
machine, in any process, which is what lets the local and Dask engines produce identical
output. The only state it keeps is one `Engine` per thread (the gazetteer index and the
grammar linter take about a second to build), reused across every document that thread
handles; a worker pool warms it once with `init_worker`.
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from dataclasses import dataclass, field

from repair.api import Engine, text_source
from repair.config import Config
from repair.diffs import unified_diff
from repair.editlog import edit_log
from repair.edits import Decision, Proposal, apply_decisions
from repair.errors import RepairError
from repair.loading import Source, load_bytes
from repair.pipeline import Analysis
from repair.policy import auto_decisions
from repair.review_state import ReviewState
from repair.safety import GuardResult, guard

REPAIRED, UNCHANGED, REFUSED, ERROR = "repaired", "unchanged", "refused", "error"


@dataclass
class DocResult:
    """What one document's repair produced, small enough to send between processes."""

    name: str
    status: str  # repaired | unchanged | refused | error
    words: int = 0
    score: float = 0.0
    output: bytes | None = None  # the repaired text encoded as the input was (bytes input)
    repaired: str | None = None  # the repaired text (text input, or keep_source)
    applied: dict[str, int] = field(default_factory=dict)  # kind -> proposals applied
    review: dict[str, int] = field(default_factory=dict)  # kind -> proposals left for review
    review_ids: list[str] = field(default_factory=list)
    log: list[dict] = field(default_factory=list)  # the edit log's proposal records
    message: str = ""  # why it was refused, or the error
    warnings: list[str] = field(default_factory=list)
    diff: str = ""  # unified diff, when asked for
    state: dict | None = None  # the article's state for review: proposals, and the policy's decisions
    source: Source | None = None  # the loaded input, when asked for (stdout / diff modes)

    @property
    def ok(self) -> bool:
        return self.status in (REPAIRED, UNCHANGED)

    def summary(self) -> dict:
        """The JSON-safe part a report and the resume manifest keep."""
        return {
            "name": self.name,
            "status": self.status,
            "words": self.words,
            "score": round(self.score, 4),
            "applied": self.applied,
            "review": self.review,
            "review_ids": self.review_ids,
            "message": self.message,
            "diff": self.diff,
        }


class EngineFailure(RepairError):
    """The pipeline itself cannot start: no document can be repaired, so the run stops."""


_local = threading.local()


def engine_for(config: Config) -> Engine:
    """This thread's Engine for these settings, built on first use and then reused."""
    key = repr(config)
    engine = getattr(_local, "engine", None)
    if engine is None or _local.key != key:
        engine = Engine(config)
        try:
            engine.warm()  # build the passes now, so a broken setup fails here, once
        except RepairError as error:
            raise EngineFailure(f"cannot start the pipeline: {error}") from None
        except Exception as error:
            raise EngineFailure(f"cannot start the pipeline: {type(error).__name__}: {error}") from None
        _local.engine, _local.key = engine, key
    return engine


def init_worker(config: Config) -> None:
    """Pool initializer: build the Engine and its passes before the first document arrives.

    A failure is left for the first document to raise, through its future, so the parent
    reports the real reason instead of a broken pool.
    """
    with contextlib.suppress(EngineFailure):
        engine_for(config)


def decide(analysis: Analysis, config: Config) -> tuple[dict[str, Decision], str, GuardResult]:
    """Automatic mode: accept what clears its kind's threshold, apply, and ask the guard.

    When the guard names the edits that broke a rule (a grammar fix inside a quotation),
    those go back to review and the rest is tried again, so one unsafe edit does not cost
    the article every safe one. A refusal without names refuses the file.
    """
    decisions = auto_decisions(analysis.proposals, config)
    for _attempt in range(_GUARD_RETRIES):
        repaired = apply_decisions(analysis.text, analysis.proposals, decisions)
        applied = [p for p in analysis.proposals if p.id in decisions]
        verdict = guard(analysis.text, repaired, config, applied)
        blamed = set(verdict.blame) & set(decisions)
        if verdict.ok or not blamed:
            break
        decisions = {key: value for key, value in decisions.items() if key not in blamed}
    return decisions, repaired, verdict


_GUARD_RETRIES = 8


def left_for_review(proposals: list[Proposal], decisions: dict[str, Decision]) -> list[Proposal]:
    """Undecided proposals that no applied change has already overtaken."""
    accepted = [p.span for p in proposals if p.id in decisions]
    return [p for p in proposals if p.id not in decisions and not any(s.overlaps(p.span) for s in accepted)]


def repair_document(
    data: bytes | str | RepairError,
    config: Config,
    *,
    name: str = "",
    fmt: str = "text",
    diff: bool = False,
    keep_source: bool = False,
    engine: Engine | None = None,
) -> DocResult:
    """Analyse one document, apply what automatic mode allows, and report the rest.

    Bytes are decoded as a file would be (and the output is encoded the same way); a str
    is a corpus record's text and comes back as a str. Any failure is caught and
    returned as an "error" result, so one bad document never stops a batch.
    """
    try:
        if isinstance(data, RepairError):  # the input could not even be read: report it in order
            raise data
        if isinstance(data, bytes):
            if len(data) > config.max_bytes:
                raise RepairError(
                    f"{len(data):,} bytes is over the {config.max_bytes:,}-byte limit (raise it with --max-bytes)"
                )
            source = load_bytes(data, fmt=fmt, encoding=config.encoding)
        else:
            source = text_source(data, fmt)
        analysis = (engine or engine_for(config)).analyze(source)
        decisions, repaired, verdict = decide(analysis, config)
        result = DocResult(
            name=name,
            status=UNCHANGED,
            words=analysis.doc.word_count,
            score=analysis.document_score(),
            warnings=list(analysis.warnings),
            source=source if keep_source else None,
            log=edit_log(name, analysis.text, analysis.proposals, decisions)["proposals"],
        )
        if not verdict.ok:
            result.status = REFUSED
            result.message = f"not written, the safety guard refused: {verdict.reason}"
            pending = analysis.proposals  # nothing was applied: all of it is the reviewer's
        else:
            pending = left_for_review(analysis.proposals, decisions)
            result.applied = dict(
                sorted(Counter(p.kind for p in analysis.proposals if p.id in decisions).items())
            )
            if repaired != analysis.text:
                result.status = REPAIRED
            if isinstance(data, bytes):
                result.output = source.encode(repaired)
            if keep_source or not isinstance(data, bytes):
                result.repaired = repaired
            if diff:
                result.diff = unified_diff(analysis.text, repaired, name or "article")
        result.review = dict(sorted(Counter(p.kind for p in pending).items()))
        result.review_ids = [p.id for p in pending]
        if isinstance(data, bytes):  # an article: its review starts where the policy stopped
            result.state = ReviewState.of_batch(
                analysis.text, analysis.proposals, decisions if verdict.ok else {}
            )
        return result
    except EngineFailure:
        raise
    except RepairError as error:
        return DocResult(name=name, status=ERROR, message=" ".join(str(error).split()))
    except Exception as error:  # a bug in one document must not stop the other million
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return DocResult(name=name, status=ERROR, message=f"internal error: {type(error).__name__}: {first}")
