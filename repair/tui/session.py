"""One article under review, without any UI: proposals, decisions, undo, order and filters.

The app turns keys into calls on a Session; every call that changes a decision returns the
proposal ids it touched, so the view re-renders only the blocks holding them, and saves the
review state before it returns. A later analysis of the same text (the grammar checker's
findings arriving) is taken in with ``update``; decisions, cursor, undo and redo carry over.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from repair.config import Config
from repair.document import Document
from repair.edits import Decision, Proposal, Span, Verdict, apply_decisions, make_proposal
from repair.loading import load_path
from repair.passes.context import PassContext
from repair.pipeline import Analysis
from repair.review_state import AlwaysRule, ReviewState, RuleStore, state_path
from repair.scoring import SentenceScore
from repair.tui.steps import AddRule, Effect, Step
from repair.tui.worddiff import word_diff

DAMAGED = 0.5  # a sentence scoring this or more is more likely damaged than not


@dataclass(frozen=True)
class ReviewItem:
    """One article to review; ``proposal_ids`` limits the review to those (a batch queue).

    ``state_dir`` is where its review state lives (None: the user's data folder, never
    next to the article); ``batch_dir`` is the state folder of the batch run it came from,
    which holds the batch's "always" rules."""

    path: Path
    proposal_ids: tuple[str, ...] | None = None
    state_dir: Path | None = None
    batch_dir: Path | None = None

    @property
    def state_path(self) -> Path:
        return state_path(self.path, self.state_dir)


@dataclass(frozen=True)
class Filter:
    kinds: frozenset[str] = frozenset()  # empty: every kind
    min_confidence: float = 0.0

    def allows(self, proposal: Proposal) -> bool:
        return (not self.kinds or proposal.kind in self.kinds) and proposal.confidence >= self.min_confidence

    @property
    def active(self) -> bool:
        return bool(self.kinds) or self.min_confidence > 0.0

    def describe(self) -> str:
        if not self.active:
            return "all"
        kinds = ",".join(sorted(self.kinds)) if self.kinds else "any kind"
        return f"{kinds} ≥{self.min_confidence:.2f}"


@dataclass
class Changes:
    """Where a later analysis changed what is drawn (article offsets): proposals that came,
    went or changed (and the cursor, when it moved to one), and sentences scored anew."""

    proposals: list[int] = field(default_factory=list)
    scores: list[int] = field(default_factory=list)


class Session:
    def __init__(
        self,
        analysis: Analysis,
        state: ReviewState,
        only: Iterable[str] | None = None,
        rules: Iterable[RuleStore] = (),
    ) -> None:
        """``rules``: the "always" rules of wider scopes (the batch, every article); the
        article's own come from its state."""
        self.text = analysis.text
        self.state = state
        self.rules = {"article": state.rule_store(), **{store.scope: store for store in rules}}
        self.wanted: frozenset[str] | None = None if only is None else frozenset(only)
        self.filter = Filter()
        self.worst_first = False
        self.undo_stack: list[Step] = []
        self.redo_stack: list[Step] = []
        self.cursor: str | None = None
        self.proposals: list[Proposal] = []
        self._take(analysis)
        self._place_cursor(state.cursor, state.cursor_offset)
        # the proposal the reviewer stopped on, when it is still to come (a grammar finding
        # of a paragraph not linted yet): the cursor goes there when it comes, unless the
        # reviewer has moved on meanwhile
        self._awaited = state.cursor if state.cursor not in self.by_id else None

    def _take(self, analysis: Analysis) -> None:
        """Hold ``analysis``'s proposals and scores, with the saved decisions placed on them."""
        self.analysis = analysis
        resumed = self.state.resume(self.text, analysis.proposals)
        fresh = {p.id for p in analysis.proposals} | {p.id for p in resumed.extra}
        # the reviewer's own fixes, also those undone (redo brings them back)
        own = [p for p in self.proposals if p.kind == "manual" and p.id not in fresh]
        self.stale = resumed.stale
        self.proposals = sorted(
            [*analysis.proposals, *resumed.extra, *own], key=lambda p: (p.span.start, p.span.end, p.id)
        )
        self.by_id: dict[str, Proposal] = {p.id: p for p in self.proposals}
        self.decisions: dict[str, Decision] = {
            key: d for key, d in self.state.decisions.items() if key in self.by_id
        }
        self._follow_rules()
        self.missing_queue_ids: list[str] = []
        self.only: frozenset[str] | None = None
        if self.wanted is not None:
            self.missing_queue_ids = sorted(self.wanted - set(self.by_id))
            # what is decided is shown too: what the batch applied by itself (to be reversed
            # at will), and stays so once reversed
            self.only = frozenset((self.wanted | set(self.decisions)) & set(self.by_id))
        if analysis.complete and not self.state.known:  # every proposal kept: see repair.finished
            self.state.know(analysis.proposals, self.text)
            self.state.save()
        self.scores: list[SentenceScore] = sorted(analysis.scores, key=lambda s: s.start)
        self._score_starts = [s.start for s in self.scores]
        self._starts = [p.span.start for p in self.proposals]
        self._order: list[str] | None = None
        self._reach: list[int] | None = None
        self._captions: list[Span] | None = None

    def _follow_rules(self) -> None:
        """Undecided proposals an "always" rule covers get its verdict (source "always"),
        recorded like any decision, so the reviewer sees them decided and can change them."""
        followed = False
        for proposal in self.proposals:
            if proposal.id in self.decisions or proposal.kind == "manual":
                continue
            verdict = next(
                (v for store in self.rules.values() if (v := store.verdict_for(proposal)) is not None), None
            )
            if verdict is not None:
                decision = Decision(proposal.id, Verdict(verdict), source="always")
                self.decisions[proposal.id] = decision
                self.state.record(proposal, self.text, decision)
                followed = True
        if followed:
            self.state.save()

    def update(self, analysis: Analysis) -> Changes:
        """Take a later analysis of the same text (the review app shows an article before
        the grammar checker is done with it, then takes its findings as they come). The
        decisions, the cursor, undo and redo carry over."""
        if analysis.text != self.text:
            raise ValueError("an analysis of another text")
        before, cursor = self.by_id, self.cursor
        old_scores = {(s.start, s.end): s.score for s in self.scores}
        was_done = self.state.done
        self._take(analysis)
        if self._awaited in self.by_id and self.visible(self.by_id[self._awaited]):
            self.cursor, self._awaited = self._awaited, None
        elif self.cursor not in self.by_id:
            self._place_cursor(self.state.cursor, self.state.cursor_offset)
        changes = Changes(
            proposals=[
                *(p.span.start for key, p in before.items() if self.by_id.get(key) != p),
                *(p.span.start for key, p in self.by_id.items() if before.get(key) != p),
            ],
            scores=[s.start for s in self.scores if old_scores.get((s.start, s.end)) != s.score],
        )
        if cursor != self.cursor:  # both places are drawn again: the selection moved
            changes.proposals += [p.span.start for p in (before.get(cursor), self.current) if p]
        self.state.done = self._all_decided()
        if self.state.done != was_done:
            self.state.save()
        return changes

    # ----- order and navigation -----

    def sentence_score(self, offset: int) -> float:
        index = bisect.bisect_right(self._score_starts, offset) - 1
        if index >= 0 and self.scores[index].start <= offset < max(self.scores[index].end, offset + 1):
            return self.scores[index].score
        return 0.0

    def visible(self, proposal: Proposal) -> bool:
        if self.only is not None and proposal.id not in self.only and proposal.kind != "manual":
            return False
        return self.filter.allows(proposal)

    @property
    def order(self) -> list[str]:
        """The ids n/p step through: document order, or worst sentence first."""
        if self._order is None:
            shown = [p for p in self.proposals if self.visible(p)]
            if self.worst_first:
                shown.sort(key=lambda p: (-self.sentence_score(p.span.start), p.span.start, p.id))
            self._order = [p.id for p in shown]
        return self._order

    def _invalidate_order(self) -> None:
        self._order = None

    def _place_cursor(self, wanted: str | None, offset: int) -> None:
        order = self.order
        if wanted in self.by_id and wanted in order:
            self.cursor = wanted
        elif order:
            by_offset = sorted(order, key=lambda key: abs(self.by_id[key].span.start - offset))
            self.cursor = by_offset[0] if wanted is not None else (self.undecided() or order)[0]
        else:
            self.cursor = None

    def undecided(self) -> list[str]:
        """The proposals in the order that have no decision yet."""
        return [key for key in self.order if key not in self.decisions]

    @property
    def current(self) -> Proposal | None:
        return self.by_id.get(self.cursor) if self.cursor else None

    def move(self, step: int) -> str | None:
        """Move the cursor ``step`` places in the order; returns the new id (or None at an end)."""
        order = self.order
        if not order:
            return None
        if self.cursor not in order:
            self._place_cursor(self.cursor, self.current.span.start if self.current else 0)
            return self.cursor
        index = order.index(self.cursor) + step
        if not 0 <= index < len(order):
            return None
        self.cursor = order[index]
        self._remember_cursor()
        return self.cursor

    def select(self, proposal_id: str) -> bool:
        if proposal_id not in self.by_id:
            return False
        self.cursor = proposal_id
        self._remember_cursor()
        return True

    def _remember_cursor(self) -> None:
        self._awaited = None
        current = self.current
        self.state.cursor = self.cursor
        self.state.cursor_offset = current.span.start if current else 0

    def set_filter(self, new: Filter) -> None:
        self.filter = new
        self._invalidate_order()
        order = self.order
        if self.cursor not in order and order:
            offset = self.current.span.start if self.current else 0
            self.cursor = min(order, key=lambda key: abs(self.by_id[key].span.start - offset))
            self._remember_cursor()

    def toggle_worst_first(self) -> None:
        self.worst_first = not self.worst_first
        self._invalidate_order()

    # ----- decisions -----

    def decide(self, verdict: Verdict, text: str | None = None, source: str = "review") -> list[str]:
        current = self.current
        if current is None:
            return []
        return self._apply(
            Step(
                verdict.value,
                [(current, self.decisions.get(current.id), Decision(current.id, verdict, text, source))],
            )
        )

    def decide_always(self, verdict: Verdict, scope: str | None, effects: Iterable[Effect] = ()) -> list[str]:
        """Accept or reject the current proposal and every undecided one like it (the same
        change) in this article, and keep a rule of ``scope`` ("article", "batch", or
        "user" for every article) for later ones; ``effects`` are further writes (an
        ignore, a gazetteer row). One step: undo takes back decisions, rule and effects."""
        current = self.current
        if current is None:
            return []
        rule = AlwaysRule.of(current, verdict.value)
        store = self.rules.get(scope) if scope else None
        effects = [*([AddRule(store, rule)] if store is not None else []), *effects]
        changes = [(current, self.decisions.get(current.id), Decision(current.id, verdict, source="review"))]
        changes += [
            (p, None, Decision(p.id, verdict, source="always"))
            for p in self.proposals
            if p.id != current.id and p.id not in self.decisions and rule.matches(p)
        ]
        return self._apply(Step(f"{verdict.value} always", changes, effects))

    def bulk_accept(self, kind: str, min_confidence: float) -> list[str]:
        """Accept every undecided proposal of ``kind`` at or above ``min_confidence``."""
        changes: list[tuple[Proposal, Decision | None, Decision | None]] = [
            (p, None, Decision(p.id, Verdict.ACCEPTED, source="bulk"))
            for p in self.proposals
            if p.kind == kind
            and p.confidence >= min_confidence
            and p.id not in self.decisions
            and (self.only is None or p.id in self.only)
        ]
        return self._apply(Step(f"accept {len(changes)} {kind}", changes))

    def add_manual(self, span: Span, replacement: str) -> list[str]:
        """The reviewer's own fix: a proposal of kind manual, accepted as it is made."""
        start, end = _trim(self.text, span.start, span.end, replacement)
        new_text = replacement[start - span.start : len(replacement) - (span.end - end)]
        proposal = make_proposal(
            self.text,
            start,
            end,
            new_text,
            kind="manual",
            rule="manual",
            confidence=1.0,
            reason="the reviewer's own fix",
        )
        if proposal.id not in self.by_id:
            self._insert(proposal)
        self.cursor = proposal.id
        return self._apply(
            Step(
                "manual",
                [
                    (
                        proposal,
                        self.decisions.get(proposal.id),
                        Decision(proposal.id, Verdict.ACCEPTED, source="review"),
                    )
                ],
            ),
            advance=False,
        )

    def _insert(self, proposal: Proposal) -> None:
        index = bisect.bisect_right(self._starts, proposal.span.start)
        self.proposals.insert(index, proposal)
        self._starts.insert(index, proposal.span.start)
        self.by_id[proposal.id] = proposal
        self._reach = None
        self._invalidate_order()

    def undo(self) -> list[str]:
        if not self.undo_stack:
            return []
        step = self.undo_stack.pop()
        self.redo_stack.append(step)
        return self._set(step, backwards=True)

    def redo(self) -> list[str]:
        if not self.redo_stack:
            return []
        step = self.redo_stack.pop()
        self.undo_stack.append(step)
        return self._set(step, backwards=False)

    def _apply(self, step: Step, *, advance: bool = True) -> list[str]:
        if not step.changes:
            return []
        touched = self._set(step, backwards=False, advance=advance)  # an effect may refuse first
        self.undo_stack.append(step)
        self.redo_stack.clear()
        return touched

    def _set(self, step: Step, *, backwards: bool, advance: bool = False) -> list[str]:
        """Apply (or take back) a step, move the cursor, and save: one write per action.

        With ``advance`` the cursor goes on to the next undecided proposal, and the saved
        cursor is that one, so a review reopened after a crash starts where work remains.
        """
        for effect in reversed(step.effects) if backwards else step.effects:
            effect.revert() if backwards else effect.apply()
        touched = []
        for proposal, before, after in step.changes:
            decision = before if backwards else after
            if decision is None:
                self.decisions.pop(proposal.id, None)
            else:
                self.decisions[proposal.id] = decision
            self.state.record(proposal, self.text, decision)
            touched.append(proposal.id)
        if len(step.changes) == 1 and step.changes[0][0].id in self.by_id:
            self.cursor = step.changes[0][0].id
        if advance:
            self._advance()
        self._remember_cursor()
        self.save()
        return touched

    def _advance(self) -> None:
        order = self.order
        if self.cursor in order:
            start = order.index(self.cursor) + 1
            following = next((key for key in order[start:] if key not in self.decisions), None)
            if following is not None:
                self.cursor = following

    def save(self) -> None:
        self.state.done = self._all_decided()
        self.state.save()

    def _all_decided(self) -> bool:
        return (
            self.analysis.complete
            and bool(self.proposals)
            and all(p.id in self.decisions for p in self.proposals)
        )

    # ----- reading -----

    def repaired(self) -> str:
        return apply_decisions(self.text, self.proposals, self.decisions)

    def preview(self, proposal: Proposal, replacement: str | None = None) -> list[tuple[str, str]]:
        """The words ``proposal`` (with ``replacement``) deletes and inserts in its paragraph
        as decided so far, with a few words around them (see repair.tui.worddiff).

        Both sides carry the other decisions already taken in the paragraph, so the diff
        shows this one change only.
        """
        start, end = proposal.span.start, proposal.span.end
        for paragraph in self.analysis.doc.paragraphs:
            if paragraph.start <= proposal.span.end and proposal.span.start <= paragraph.end:
                start, end = min(start, paragraph.start), max(end, paragraph.end)
        others = [
            p
            for p in self.overlapping(Span(start, end))
            if p.id != proposal.id
            and p.id in self.decisions
            and start <= p.span.start
            and p.span.end <= end
            and not p.span.overlaps(proposal.span)
        ]
        decisions = {p.id: self.decisions[p.id] for p in others}
        before = apply_decisions(self.text[start:end], [_shift(p, start) for p in others], decisions)
        verdict = Verdict.EDITED if replacement is not None else Verdict.ACCEPTED
        decisions[proposal.id] = Decision(proposal.id, verdict, replacement)
        after = apply_decisions(
            self.text[start:end], [_shift(p, start) for p in [*others, proposal]], decisions
        )
        return word_diff(before, after)

    def overlapping(self, span: Span) -> list[Proposal]:
        """Proposals that touch ``span``, in order."""
        hi = bisect.bisect_right(self._starts, span.end)
        return [p for p in self.proposals[:hi] if p.span.end >= span.start]

    def next_damaged_sentence(self, after: int) -> SentenceScore | None:
        """The next sentence (wrapping around) at least DAMAGED that no proposal touches."""
        if not self.scores:
            return None
        if self._reach is None:  # furthest end of proposals[:i], for an O(1) overlap test
            self._reach = [0]
            for proposal in self.proposals:
                self._reach.append(max(self._reach[-1], proposal.span.end))
        first = bisect.bisect_right(self._score_starts, after)
        captions = self.captions()
        for score in [*self.scores[first:], *self.scores[:first]]:
            if score.score < DAMAGED or any(c.start < score.end and score.start < c.end for c in captions):
                continue
            before_end = bisect.bisect_left(self._starts, score.end)
            if self._reach[before_end] > score.start:
                continue
            return score
        return None

    def captions(self) -> list[Span]:
        """Lines the cleanup pass's line judge takes for a photo caption or credit (the line,
        or one of its sentences: "Photo: MTI / Press Office"). They are not prose to fix."""
        if self._captions is None:
            from repair.passes.chrome_lines import judge_line

            doc, text = self.analysis.doc, self.text
            self._captions = [
                line
                for line in doc.lines
                if judge_line(text[line.start : line.end].strip())[1] == "caption"
                or any(
                    judge_line(text[s.start : s.end].strip())[1] == "caption"
                    for s in doc.sentences
                    if line.start <= s.start and s.end <= line.end
                )
            ]
        return self._captions

    def proposal_at(self, span: Span) -> Proposal | None:
        """The shown proposal that ``span`` touches (an insertion inside it counts), if any."""
        for proposal in self.overlapping(span):
            inside = span.start <= proposal.span.start <= span.end
            if (proposal.span.overlaps(span) or inside) and proposal.id in self.order:
                return proposal
        return None

    def counts(self) -> tuple[int, int]:
        """(decided, total) over the proposals in the current order."""
        order = self.order
        return sum(1 for key in order if key in self.decisions), len(order)


def _shift(proposal: Proposal, by: int) -> Proposal:
    from dataclasses import replace

    return replace(proposal, span=Span(proposal.span.start - by, proposal.span.end - by))


def _trim(text: str, start: int, end: int, replacement: str) -> tuple[int, int]:
    """Shrink [start, end) to the part that differs from ``replacement``, at word edges."""
    old = text[start:end]
    prefix = 0
    while prefix < min(len(old), len(replacement)) and old[prefix] == replacement[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(old), len(replacement)) - prefix
        and old[len(old) - 1 - suffix] == replacement[len(replacement) - 1 - suffix]
    ):
        suffix += 1
    while prefix > 0 and old[prefix - 1].isalnum():
        prefix -= 1
    while suffix > 0 and old[len(old) - suffix].isalnum():
        suffix -= 1
    return start + prefix, end - suffix


_PARAGRAPH = re.compile(r"[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\n|\r)[^\r\n]*\S[^\r\n]*)*")


def preview_session(path: Path, config: Config) -> Session:
    """The article alone, to read while the passes run: no proposals, and nothing is saved."""
    source = load_path(path, max_bytes=config.max_bytes, encoding=config.encoding)
    paragraphs = [Span(m.start(), m.end()) for m in _PARAGRAPH.finditer(source.text)]
    analysis = Analysis(
        source, Document(text=source.text, paragraphs=paragraphs), [], [], PassContext(config)
    )
    return Session(analysis, ReviewState(path=Path(os.devnull), article=str(path)))
