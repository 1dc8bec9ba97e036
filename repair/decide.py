"""Automatic mode decides here: per-kind thresholds, the safety guard, and blame-and-retry.

- ``auto_decisions``: accept what clears its kind's threshold (repair/kinds.py), settled
  for overlaps; the rest is left for review.
- ``decide``: apply those, ask the guard (repair/safety.py), and when the guard names the
  edits that broke a rule, send those back to review and try the rest again.
- ``repair_document``: one document from input to result (decoded, analysed, decided,
  encoded), the per-document function of `repair fix` in every mode, of batch engines
  and of the API's ``Engine.fix``. What is written out is made by repair/export.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from repair.api import Engine
from repair.config import Config
from repair.edits import Decision, Proposal, Verdict, apply_decisions, resolve
from repair.errors import RepairError
from repair.export import diff_text, edit_log, repaired_bytes
from repair.loading import Source, load_bytes, text_source
from repair.pipeline import Analysis
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
    """The pipeline itself cannot start: no document can be repaired, so a run stops."""


def start_engine(config: Config) -> Engine:
    """An Engine with its passes built now, so a broken setup fails here, once, in one line."""
    engine = Engine(config)
    try:
        engine.warm()
    except RepairError as error:
        raise EngineFailure(f"cannot start the pipeline: {error}") from None
    except Exception as error:
        raise EngineFailure(f"cannot start the pipeline: {type(error).__name__}: {error}") from None
    return engine


def auto_decisions(proposals: Iterable[Proposal], config: Config) -> dict[str, Decision]:
    """Accept what clears its kind's threshold; leave the rest undecided, for review."""
    confident = [p for p in proposals if p.confidence >= config.thresholds.get(p.kind, 1.01)]
    return {p.id: Decision(p.id, Verdict.ACCEPTED, source="auto") for p in resolve(confident).chosen}


def decide(analysis: Analysis, config: Config) -> tuple[dict[str, Decision], str, GuardResult]:
    """Automatic mode: accept what clears its kind's threshold, apply, and ask the guard.

    When the guard names the edits that broke a rule (a grammar fix inside a quotation),
    those go back to review and the rest is tried again, so one unsafe edit does not cost
    the article every safe one. A refusal without names refuses the file.
    """
    return decide_proposals(analysis.text, analysis.proposals, config)


def decide_proposals(
    text: str, proposals: list[Proposal], config: Config
) -> tuple[dict[str, Decision], str, GuardResult]:
    """``decide`` on proposals already made (an export decides what a review left open)."""
    decisions = auto_decisions(proposals, config)
    for _attempt in range(_GUARD_RETRIES):
        repaired = apply_decisions(text, proposals, decisions)
        applied = [p for p in proposals if p.id in decisions]
        verdict = guard(text, repaired, config, applied)
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


def _source(data: bytes | str | RepairError, fmt: str, config: Config) -> Source:
    """The document as loaded: bytes decoded as a file's, a str taken as it is."""
    if isinstance(data, RepairError):  # the input could not even be read: report it in order
        raise data
    if isinstance(data, str):
        return text_source(data, fmt)
    if len(data) > config.max_bytes:
        raise RepairError(
            f"{len(data):,} bytes is over the {config.max_bytes:,}-byte limit (raise it with --max-bytes)"
        )
    return load_bytes(data, fmt=fmt, encoding=config.encoding)


def repair_document(
    data: bytes | str | RepairError,
    config: Config,
    *,
    name: str = "",
    fmt: str = "text",
    diff: bool = False,
    keep_source: bool = False,
    analyze: Callable[[Source], Analysis],
) -> DocResult:
    """Analyse one document, apply what automatic mode allows, and report the rest.

    ``analyze`` is the engine's (an Engine kept per thread or per run: building one takes
    about a second). Bytes are decoded as a file would be (and the output is encoded the
    same way); a str is a corpus record's text and comes back as a str. Any failure is
    caught and returned as an "error" result, so one bad document never stops a batch.
    """
    try:
        source = _source(data, fmt, config)
        analysis = analyze(source)
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
                result.output = repaired_bytes(source, repaired)
            if keep_source or not isinstance(data, bytes):
                result.repaired = repaired
            if diff:
                result.diff = diff_text(analysis.text, repaired, name or "article")
        result.review = dict(sorted(Counter(p.kind for p in pending).items()))
        result.review_ids = [p.id for p in pending]
        if isinstance(data, bytes):  # an article: its review starts where the policy stopped
            applied = decisions if verdict.ok else {}
            result.state = ReviewState.of_batch(analysis.text, analysis.proposals, applied)
        return result
    except EngineFailure:
        raise
    except RepairError as error:
        return DocResult(name=name, status=ERROR, message=" ".join(str(error).split()))
    except Exception as error:  # a bug in one document must not stop the other million
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return DocResult(name=name, status=ERROR, message=f"internal error: {type(error).__name__}: {first}")
