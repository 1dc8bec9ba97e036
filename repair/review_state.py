"""The review state: what a reviewer decided about one article, saved after every decision.

One JSON sidecar per article holds the decisions by proposal id, the proposals they were
made on (with a little surrounding text, so each can be found again), the reviewer's own
manual edits, and where the cursor was. It is written atomically (temp file, fsync,
rename) after every decision, so quitting, a crash or ``kill -9`` loses nothing.

Reopening after re-analysis matches decisions to the fresh proposals by their stable ids.
A decided proposal the fresh analysis no longer makes (a manual edit, or one from options
no longer given) is relocated by its surrounding text; only when that text is gone too is
the decision reported as stale. ``repair export`` uses the same relocation, so it needs
no re-analysis.

Where the files live: never next to the article. The state is
``DIR/reviews/<name>-<hash of the path>.review.json`` in a state folder: a batch run's
(``OUT/.repair``, see ``batch_state_dir``), the one given (``--state-dir`` or
``state_dir`` in repair.toml), or by default the platform's user data folder for
"repair", which also holds the user-wide files (ignores, the user gazetteer).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from repair.atomic import write_atomic
from repair.edits import Decision, Proposal, Span, Verdict, stable_id
from repair.errors import RepairError

FORMAT_VERSION = 1
CONTEXT = 24  # the same reach as the stable id's context


def user_state_dir(state_dir: Path | None = None) -> Path:
    """The folder for user-wide review files: the given one, else the platform default."""
    if state_dir is not None:
        return Path(state_dir)
    from platformdirs import user_data_dir

    return Path(user_data_dir("repair", appauthor=False))


def state_path(article: Path, state_dir: Path | None = None) -> Path:
    """Where the review state of ``article`` is kept: in the state folder (by default the
    user's data folder), never next to the article."""
    key = hashlib.sha1(str(article.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return user_state_dir(state_dir) / "reviews" / f"{article.name}-{key}.review.json"


def batch_state_dir(out: Path) -> Path:
    """A batch run's state folder inside its output folder: the review states of its
    articles (with what the run applied automatically) and its "always" rules."""
    return out / ".repair"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def base_id(proposal_id: str) -> str:
    """The id without the "-N" that dedupe_ids adds to repeated identical damage."""
    return proposal_id.split("-", 1)[0]


def proposal_record(proposal: Proposal, text: str) -> dict:
    """A proposal with the text around it, enough to find it again in an edited article."""
    record = proposal.to_dict()
    record["left"] = text[max(0, proposal.span.start - CONTEXT) : proposal.span.start]
    record["right"] = text[proposal.span.end : proposal.span.end + CONTEXT]
    return record


def proposal_from_record(record: Mapping) -> Proposal:
    start, end = record["span"]
    return Proposal(
        span=Span(int(start), int(end)),
        original=str(record["original"]),
        replacement=str(record["replacement"]),
        kind=str(record["kind"]),
        rule=str(record["rule"]),
        confidence=float(record["confidence"]),
        reason=str(record.get("reason", "")),
        evidence=tuple(record.get("evidence", ())),
        alternatives=tuple(record.get("alternatives", ())),
        id=str(record["id"]),
    )


def relocate(record: Mapping, text: str) -> Proposal | None:
    """The stored proposal placed in ``text``, or None when its words are no longer there.

    The match must reproduce the proposal's stable id, so a proposal is only ever placed
    where the same change in the same surroundings would be proposed again.
    """
    try:
        proposal = proposal_from_record(record)
    except (KeyError, TypeError, ValueError):
        return None
    left, right = str(record.get("left", "")), str(record.get("right", ""))
    start, end = proposal.span.start, proposal.span.end
    if text[start:end] == proposal.original and _id_matches(proposal, text, Span(start, end)):
        return proposal
    needle = left + proposal.original + right
    if not needle:
        return None
    best: int | None = None
    position = text.find(needle)
    while position != -1:
        candidate = position + len(left)
        if best is None or abs(candidate - start) < abs(best - start):
            best = candidate
        position = text.find(needle, position + 1)
    if best is None:
        return None
    span = Span(best, best + len(proposal.original))
    if not _id_matches(proposal, text, span):
        return None
    return replace(proposal, span=span)


def _id_matches(proposal: Proposal, text: str, span: Span) -> bool:
    return stable_id(text, span, proposal.kind, proposal.replacement) == base_id(proposal.id)


@dataclass(frozen=True)
class AlwaysRule:
    """An "always" decision of one scope (an article, a batch run): the same change, made
    again anywhere in that scope, gets the same verdict."""

    verdict: str  # "accepted" or "rejected"
    kind: str
    original: str
    replacement: str

    def matches(self, proposal: Proposal) -> bool:
        return (
            proposal.kind == self.kind
            and proposal.original == self.original
            and proposal.replacement == self.replacement
        )

    @classmethod
    def of(cls, proposal: Proposal, verdict: str) -> AlwaysRule:
        return cls(verdict, proposal.kind, proposal.original, proposal.replacement)

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "kind": self.kind,
            "original": self.original,
            "replacement": self.replacement,
        }

    @classmethod
    def from_dict(cls, data: dict) -> AlwaysRule:
        return cls(str(data["verdict"]), str(data["kind"]), str(data["original"]), str(data["replacement"]))


class RuleStore:
    """The "always" rules of one scope. ``persist`` writes them where the scope keeps them:
    the article's review state, or the batch's state folder."""

    def __init__(self, scope: str, rules: Iterable[AlwaysRule] = (), persist=None) -> None:
        self.scope = scope
        self.rules: list[AlwaysRule] = list(dict.fromkeys(rules))
        self._persist = persist

    def add(self, rule: AlwaysRule) -> None:
        if rule not in self.rules:
            self.rules.append(rule)
            self._save()

    def remove(self, rule: AlwaysRule) -> None:
        if rule in self.rules:
            self.rules.remove(rule)
            self._save()

    def verdict_for(self, proposal: Proposal) -> str | None:
        return next((rule.verdict for rule in self.rules if rule.matches(proposal)), None)

    def _save(self) -> None:
        if self._persist is not None:
            self._persist(self.rules)


@dataclass
class ReviewState:
    """Decisions on one article, and the proposals they refer to."""

    path: Path
    article: str  # the article path as given, for the record
    text_hash: str = ""
    decisions: dict[str, Decision] = field(default_factory=dict)
    records: dict[str, dict] = field(default_factory=dict)  # proposal id -> proposal_record
    cursor: str | None = None  # id of the proposal the reviewer was on
    cursor_offset: int = 0  # its offset, to land nearby when the id is gone
    done: bool = False
    rules: list[AlwaysRule] = field(default_factory=list)  # "always" decisions for this article
    # every proposal of the complete analysis (their records are kept, decided or not), so
    # an export can count what is undecided and decide it without analysing again
    known: set[str] = field(default_factory=set)
    # the automatic policy's decisions are among ``decisions`` (source "auto"): a batch
    # run recorded what it applied, and the reviewer may have reversed some since
    auto: bool = False
    output: str = ""  # a batch's output path of the article, relative to its -o folder
    lock: ReviewLock | None = field(default=None, repr=False, compare=False)

    @classmethod
    def open_for_review(cls, path: Path, article: str = "") -> ReviewState:
        """The saved state, locked while this process reviews the article: a second review
        of it at the same time (another window, another reviewer) is refused, since each
        saves its whole state and the later would silently drop the other's decisions."""
        lock = ReviewLock.take(path, article)
        try:
            state = cls.load(path, article)
        except BaseException:
            lock.release()
            raise
        state.lock = lock
        return state

    @classmethod
    def load(cls, path: Path, article: str = "") -> ReviewState:
        """The saved state, or an empty one when there is none yet."""
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path=path, article=article)
        except OSError as error:
            raise RepairError(f"{path}: cannot read the review state ({error.strerror or error})") from None
        except UnicodeDecodeError:
            raise RepairError(
                f"{path}: not a review state file (not UTF-8 text); it is left as it is"
            ) from None
        try:
            data = json.loads(raw)
        except ValueError as error:
            raise RepairError(f"{path}: not a review state file ({error})") from None
        return cls.from_dict(path, data, article)

    @classmethod
    def from_dict(cls, path: Path, data: dict, article: str = "") -> ReviewState:
        try:
            if data.get("version") != FORMAT_VERSION:
                raise ValueError(f"unknown version {data.get('version')!r}")
            state = cls(
                path=path,
                article=str(data.get("article", article)),
                text_hash=str(data.get("text_hash", "")),
                decisions={
                    key: Decision.from_dict(value) for key, value in data.get("decisions", {}).items()
                },
                records={str(r["id"]): r for r in data.get("proposals", [])},
                cursor=data.get("cursor"),
                cursor_offset=int(data.get("cursor_offset", 0)),
                done=bool(data.get("done", False)),
                rules=[AlwaysRule.from_dict(r) for r in data.get("rules", [])],
                known=set(data.get("known", [])),
                auto=bool(data.get("auto", False)),
                output=str(data.get("output", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise RepairError(f"{path}: not a review state file ({error})") from None
        return state

    def to_json(self) -> str:
        data = {
            "version": FORMAT_VERSION,
            "article": self.article,
            "text_hash": self.text_hash,
            "cursor": self.cursor,
            "cursor_offset": self.cursor_offset,
            "done": self.done,
            "rules": [rule.to_dict() for rule in self.rules],
            "auto": self.auto,
            "output": self.output,
            "known": sorted(self.known),
            "decisions": {key: d.to_dict() for key, d in sorted(self.decisions.items())},
            "proposals": [
                self.records[key]
                for key in sorted(self.records)
                if key in self.decisions or key in self.known
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

    def save(self) -> None:
        write_atomic(self.path, self.to_json())

    def rule_store(self) -> RuleStore:
        """The article's "always" rules, saved with this state."""

        def persist(rules: list[AlwaysRule]) -> None:
            self.rules = list(rules)
            self.save()

        return RuleStore("article", self.rules, persist)

    def record(self, proposal: Proposal, text: str, decision: Decision | None) -> None:
        """Set (or with None, clear) the decision on ``proposal``; the caller saves."""
        if decision is None:
            self.decisions.pop(proposal.id, None)
            if proposal.id not in self.known:
                self.records.pop(proposal.id, None)
        else:
            self.decisions[proposal.id] = decision
            self.records[proposal.id] = proposal_record(proposal, text)

    @staticmethod
    def of_batch(text: str, proposals: Sequence[Proposal], applied: Mapping[str, Decision]) -> dict:
        """An article's state as a batch run leaves it, JSON-safe (it travels between
        processes; the runner adds where it lives): every proposal, and what the automatic
        policy applied, marked as the policy's."""
        state = ReviewState(path=Path(), article="", auto=True)
        state.know(proposals, text)
        for proposal in proposals:
            if proposal.id in applied:
                decision = Decision(proposal.id, applied[proposal.id].verdict, source="auto")
                state.record(proposal, text, decision)
        return json.loads(state.to_json())

    def know(self, proposals: Sequence[Proposal], text: str) -> None:
        """Keep every proposal of the complete analysis of ``text``; the caller saves."""
        self.known = {p.id for p in proposals if p.kind != "manual"}
        for proposal in proposals:
            if proposal.id in self.known and proposal.id not in self.records:
                self.records[proposal.id] = proposal_record(proposal, text)
        self.text_hash = text_hash(text)

    def placed(self, text: str) -> tuple[list[Proposal], list[str]]:
        """Every kept proposal (decided or known) placed in ``text``, in order, and the ids
        of decided ones whose words are gone."""
        keys = sorted(set(self.decisions) | self.known)
        proposals, missing = self._place(keys, text)
        proposals.sort(key=lambda p: (p.span.start, p.span.end, p.id))
        return proposals, [key for key in missing if key in self.decisions]

    def resume(self, text: str, proposals: Sequence[Proposal]) -> Resumed:
        """Match the saved decisions to a fresh analysis of ``text``."""
        fresh = {p.id for p in proposals}
        # a rejection of something no longer proposed (say, ignored for good) needs no place
        missing = [
            k for k, d in self.decisions.items() if k not in fresh and d.verdict is not Verdict.REJECTED
        ]
        extra, stale = self._place(missing, text)
        self.text_hash = text_hash(text)
        return Resumed(extra=extra, stale=stale)

    def accepted(self, text: str) -> tuple[list[Proposal], dict[str, Decision], list[str]]:
        """The decided proposals placed in ``text`` (for export), their decisions, the stale ids."""
        proposals, stale = self._place(sorted(self.decisions), text)
        proposals.sort(key=lambda p: (p.span.start, p.span.end, p.id))
        decisions = {p.id: self.decisions[p.id] for p in proposals}
        return proposals, decisions, stale

    def _place(self, keys: Sequence[str], text: str) -> tuple[list[Proposal], list[str]]:
        """The stored proposals of ``keys`` relocated in ``text``, and the keys that could not be."""
        placed: list[Proposal] = []
        stale: list[str] = []
        for key in keys:
            record = self.records.get(key)
            proposal = relocate(record, text) if record else None
            if proposal is None:
                stale.append(key)
            else:
                placed.append(proposal)
        return placed, stale


class ReviewLock:
    """An exclusive lock (flock) on ``STATE.lock`` for as long as a review has the article
    open. The system drops it when the process ends, even by ``kill -9``, so a crashed
    review never blocks the next one. Where flock is missing (Windows) nothing is locked."""

    def __init__(self, descriptor: int | None) -> None:
        self.descriptor = descriptor

    @classmethod
    def take(cls, path: Path, article: str) -> ReviewLock:
        try:
            import fcntl
        except ImportError:
            return cls(None)
        lock_path = path.with_name(path.name + ".lock")
        try:
            lock_path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as error:
            raise RepairError(
                f"{lock_path}: cannot lock the review state ({error.strerror or error})"
            ) from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(descriptor)
            raise RepairError(
                f"{article or path}: already being reviewed (repair process {holder}); finish that "
                "review first, so that neither overwrites the other's decisions"
            ) from None
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        return cls(descriptor)

    def release(self) -> None:
        if self.descriptor is not None:
            os.close(self.descriptor)  # closing the descriptor drops the lock
            self.descriptor = None


@dataclass
class Resumed:
    extra: list[Proposal]  # decided proposals the fresh analysis did not make, placed again
    stale: list[str]  # decided proposal ids whose text is gone
