"""`repair review`: a Textual app to accept, reject or edit every proposed change.

Keys are declared in BINDINGS (the footer and the help screen show them); each is an
``action_*`` method that calls the Session and then refreshes only the blocks it touched.
The app only draws and dispatches; its parts live beside it:

- repair.tui.loader analyses each article in a thread, in stages (text, then every pass
  but the grammar checker, then the checker's findings), and hands each stage to the
  app's loop (``shown_preview``, ``progressed``), so a shown session never changes under
  a key press;
- repair.tui.session holds one article's proposals and decisions; every change is an
  undoable step (repair.tui.steps) that carries its own side effects, such as an "always"
  decision's rule, ignore or gazetteer row;
- repair.tui.timing holds the timestamps the review bench reads.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import time
from collections.abc import Iterable
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer

from repair.data import gazetteer_files
from repair.edits import Span, Verdict
from repair.errors import RepairError
from repair.export import FORMATS, export_bytes, export_target
from repair.finished import finish
from repair.ignores import rules_in, user_gazetteer_path
from repair.kinds import KINDS, made_by
from repair.parallel_analysis import parallel_engine
from repair.pipeline import Analysis, Engine
from repair.review_state import RuleStore
from repair.tui.article import DARK, LIGHT, ArticleView
from repair.tui.loader import ArticleLoader
from repair.tui.panel import StatusLine, TextPane, describe
from repair.tui.screens import AlwaysChooser, ExportChooser, HelpScreen, Prompt
from repair.tui.session import Changes, Filter, ReviewItem, Session
from repair.tui.steps import IgnoreEverywhere, NameEverywhere
from repair.tui.timing import Timings


class ReviewApp(App[int]):
    CSS_PATH = "review.tcss"
    TITLE = "repair review"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("n,j", "move(1)", "next", key_display="n"),
        Binding("p,k", "move(-1)", "prev", key_display="p"),
        Binding("a", "accept", "accept"),
        Binding("r", "reject", "reject"),
        Binding("e", "edit", "edit"),
        Binding("u", "undo", "undo"),
        Binding("ctrl+r,U", "redo", "redo", show=False),
        Binding("A", "always('accepted')", "accept always", show=False),
        Binding("R", "always('rejected')", "reject always", show=False),
        Binding("b", "bulk", "bulk accept", show=False),
        Binding("f", "filter", "filter", show=False),
        Binding("slash", "search", "search", show=False),
        Binding("w", "worst_first", "worst first", show=False),
        Binding("d", "damaged", "fix damaged", show=False),
        Binding("x", "export", "export", show=False),
        Binding("right_square_bracket", "article(1)", "next article", show=False),
        Binding("left_square_bracket", "article(-1)", "previous article", show=False),
        Binding("t", "toggle_theme", "theme", show=False),
        Binding("question_mark", "help", "help"),
        Binding("q", "quit_review", "quit"),
        *(Binding(str(n), f"alternative({n})", f"alternative {n}", show=False) for n in range(1, 10)),
    ]

    def __init__(
        self,
        items: Iterable[ReviewItem],
        engine: Engine,
        *,
        state_dir: Path | None = None,
        export_dir: Path | None = None,
        user_dir: Path,
        gazetteers: Iterable[Path] = (),
        theme: str = "textual-dark",
    ) -> None:
        super().__init__()
        # an item without a state folder of its own keeps its state in the app's
        self.items = [
            item if item.state_dir is not None else dataclasses.replace(item, state_dir=state_dir)
            for item in items
        ]
        if not self.items:
            raise RepairError("nothing to review")
        # Harper in a worker process from now on, building its Linter while the app starts
        self.engine = parallel_engine(engine)
        self.export_dir = export_dir if export_dir is not None else Path.cwd()  # where x writes
        self.user_dir = user_dir
        self.gazetteers = list(gazetteers)
        self.initial_theme = theme
        self.index = 0
        self.session: Session | None = None
        # set when the article's proposals are shown and the keys work (the grammar
        # checker may still be linting later paragraphs), and when its analysis is complete
        self.interactive = asyncio.Event()
        self.loaded = asyncio.Event()
        self.search_query = ""
        self.timings = Timings()  # the bench's hooks
        self.loader = ArticleLoader(self, self.items, self.engine, self.timings, self._wider_rules)

    def _wider_rules(self, item: ReviewItem) -> list[RuleStore]:
        """The "always" rules beyond the article's own: its batch's, then the user's."""
        batch = [rules_in(item.batch_dir, "batch")] if item.batch_dir is not None else []
        return [*batch, rules_in(self.user_dir, "user")]

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        with Horizontal(id="main"):
            yield ArticleView(id="article")
            yield TextPane("Analysing…", id="side")
        yield Footer(compact=True)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self.theme = self.initial_theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self._theme_changed(None)
        self.open_article(0)

    def on_unmount(self) -> None:
        self.engine.close()
        self.loader.release()  # the review locks: another review of these articles may start

    # ----- loading (repair.tui.loader analyses; these draw what it hands over) -----

    def open_article(self, index: int) -> None:
        self.index = index
        self.interactive.clear()
        self.loaded.clear()
        if index in self.loader.sessions:
            self.call_later(self._show, self.loader.sessions[index])
            return
        self._status(f"Analysing {self.items[index].path.name} …")
        self.loader.load(index)

    def on_loop(self, callback, *args) -> None:
        """Run ``callback`` on the app's loop and wait for it (nothing, once the app stopped)."""
        if not self.is_running:
            return
        with contextlib.suppress(RuntimeError):  # the app stopped meanwhile
            self.call_from_thread(callback, *args)

    @property
    def sessions(self) -> dict[int, Session]:
        return self.loader.sessions

    def shown_preview(self, index: int, preview: Session) -> None:
        if self.index != index or self.interactive.is_set():
            return
        self.view.show(preview)
        self.timings.preview_shown_at = time.perf_counter()
        self._status(f"Analysing {self.items[index].path.name} … (proposals follow; scroll meanwhile)")

    def failed(self, index: int, message: str) -> None:
        self.notify(message, title="cannot review", severity="error", timeout=8)
        self.session = None
        self.view.clear()
        self._status(f"{self.items[index].path.name}: {message}")
        self.query_one(TextPane).update("This article could not be analysed. ] next article, q quit.")
        self.interactive.set()
        self.loaded.set()

    def progressed(self, index: int, session: Session, analysis: Analysis) -> None:
        """A newer analysis of an article being analysed: taken into its session (here, on
        the loop, so a shown session never changes under a key press), and drawn."""
        started = time.perf_counter()
        changes = session.update(analysis) if analysis is not session.analysis else Changes()
        if self.index != index:
            return
        if self.session is not session:
            self._show(session)
            return
        self.view.update(changes)
        self._update_panel()
        self._status()
        self.timings.update_seconds.append(time.perf_counter() - started)
        if analysis.complete:
            self._completed(session)

    def grammar_failed(self, index: int, session: Session) -> None:
        """The grammar checker stopped (its worker died, a server went away): the review
        goes on with what the other passes proposed, and says so."""
        message = self.loader.grammar_failures[index]
        self.notify(f"grammar check stopped: {message}", title="grammar check", severity="error", timeout=8)
        if self.index == index and self.session is session:
            self._status()
            self._completed(session)

    def _show(self, session: Session) -> None:
        self.session = session
        self.view.show(session)
        self.timings.first_proposals_at = time.perf_counter()
        self.timings.first_proposals_count = len(session.proposals)
        self._update_panel()
        self._status()
        for warning in session.analysis.warnings:
            self.notify(warning, severity="warning")
        if session.stale:
            self.notify(
                f"{len(session.stale)} earlier decision(s) no longer match the text", severity="warning"
            )
        self.call_after_refresh(self._reveal)
        # The analysis left millions of long-lived objects (word counts, indexes); a full
        # garbage collection walking them all stalled a key press for 100 ms to a second
        # now and then, most often while the grammar findings still come in. Frozen, they
        # are left out of collections (new objects are not).
        gc.freeze()
        self.interactive.set()
        if session.analysis.complete or self.index in self.loader.grammar_failures:
            self._completed(session)

    def _completed(self, session: Session) -> None:
        """The shown article's analysis is complete."""
        self.timings.proposals_shown_at = time.perf_counter()
        if session.missing_queue_ids:
            self.notify(
                f"{len(session.missing_queue_ids)} queued proposal(s) are no longer proposed",
                severity="warning",
            )
        gc.freeze()  # the complete analysis's objects too (see _show)
        self.loaded.set()
        self.loader.prefetch(self.index + 1)

    # ----- drawing -----

    def _status(self, message: str | None = None) -> None:
        if message is None and self.session is not None:
            session = self.session
            decided, total = session.counts()
            parts = [
                session.state.article and Path(session.state.article).name,
                f"{decided}/{total} decided",
                self._queue_progress(),
                self._grammar_progress(session),  # early, so that 80 columns show it
                f"filter: {session.filter.describe()}",
                "worst first" if session.worst_first else "article order",
            ]
            message = " · ".join(p for p in parts if p)
        self.query_one(StatusLine).update(message or "")

    def _queue_progress(self) -> str:
        """Where the reviewer is in a queue of articles, and how much is open in all."""
        if len(self.items) < 2:
            return ""
        return f"article {self.index + 1}/{len(self.items)}, {self.loader.open_in_queue()} open"

    def _grammar_progress(self, session: Session) -> str:
        if self.index in self.loader.grammar_failures:
            return "grammar check stopped"
        analysis = session.analysis
        if analysis.complete:
            return ""
        if analysis.pending == self.loader.grammar_units.get(self.index):  # none linted yet
            return f"grammar: starting ({analysis.pending} ¶)"
        return f"grammar: {analysis.pending} ¶ to check"

    def _update_panel(self) -> None:
        session = self.session
        if session is None:
            return
        current = session.current
        self.query_one(TextPane).update(describe(session, current))

    def _reveal(self) -> None:
        if self.session and self.session.current:
            self.view.reveal(self.session.current.span.start)

    def _redraw(self, offsets: Iterable[int], *, reveal: bool = True) -> None:
        self.view.refresh_offsets(list(offsets))
        self._update_panel()
        self._status()
        if reveal:
            self._reveal()

    def _offset(self, proposal_id: str | None) -> list[int]:
        proposal = self.session.by_id.get(proposal_id) if proposal_id else None
        return [proposal.span.start] if proposal else []

    def _theme_changed(self, _theme) -> None:
        self.view.palette = DARK if self.current_theme.dark else LIGHT
        if self.session is not None:
            self.view.refresh_all()

    # ----- navigation -----

    def _live(self) -> Session | None:
        if self.session is None or not self.interactive.is_set():
            return None
        return self.session

    def action_move(self, step: int) -> None:
        session = self._live()
        if session is None:
            return
        before = session.cursor
        if session.move(step) is None:
            undecided = session.undecided()
            if step > 0 and undecided:  # some came in behind the reviewer (grammar findings)
                session.select(undecided[0])
                self.notify(f"back to the first undecided proposal ({len(undecided)} left)", timeout=3)
            else:
                self.notify("last proposal (] next article)" if step > 0 else "first proposal", timeout=2)
                return
        self._redraw([*self._offset(before), *self._offset(session.cursor)])

    def action_select_proposal(self, proposal_id: str) -> None:
        session = self._live()
        if session is None:
            return
        before = session.cursor
        if session.select(proposal_id):
            self._redraw([*self._offset(before), *self._offset(proposal_id)], reveal=False)

    def action_worst_first(self) -> None:
        session = self._live()
        if session is None:
            return
        before = session.cursor
        session.toggle_worst_first()
        if session.worst_first and session.order:
            session.select(session.order[0])
        self._redraw([*self._offset(before), *self._offset(session.cursor)])

    def action_article(self, step: int) -> None:
        if not self.loaded.is_set():
            if self.interactive.is_set():
                self.notify("still analysing this article; a moment", timeout=2)
            return
        target = self.index + step
        if not 0 <= target < len(self.items):
            self.notify("no more articles" if step > 0 else "this is the first article", timeout=2)
            return
        if self.session is not None:
            self.session.save()
        self.open_article(target)

    # ----- decisions -----

    def _decided(self, before: str | None, touched: list[str]) -> None:
        session = self.session
        self._redraw(
            [
                *self._offset(before),
                *(o for key in touched for o in self._offset(key)),
                *self._offset(session.cursor),
            ]
        )

    def _decide(self, verdict: Verdict, text: str | None = None) -> None:
        session = self._live()
        if session is None or session.current is None:
            return
        before = session.cursor
        self._decided(before, session.decide(verdict, text))

    def action_accept(self) -> None:
        self._decide(Verdict.ACCEPTED)

    def action_reject(self) -> None:
        self._decide(Verdict.REJECTED)

    def action_alternative(self, number: int) -> None:
        session = self._live()
        if session is None or session.current is None:
            return
        alternatives = session.current.alternatives
        if not 1 <= number <= len(alternatives):
            self.notify(f"no alternative {number}", timeout=2)
            return
        self._decide(Verdict.EDITED, alternatives[number - 1])

    def action_edit(self) -> None:
        session = self._live()
        if session is None or session.current is None:
            return
        current = session.current
        decision = session.decisions.get(current.id)
        value = decision.text if decision and decision.verdict is Verdict.EDITED else current.replacement
        title = f"Replace {current.original[:40]!r} with (Enter: save, Escape: cancel)"

        def done(text: str | None) -> None:
            if text is None or session is not self.session:
                return
            if text == current.replacement:
                self._decide(Verdict.ACCEPTED)
            else:
                self._decide(Verdict.EDITED, text)

        self.push_screen(Prompt(title, value=value), done)

    def action_undo(self) -> None:
        self._history(undo=True)

    def action_redo(self) -> None:
        self._history(undo=False)

    def _history(self, *, undo: bool) -> None:
        session = self._live()
        if session is None:
            return
        stack = session.undo_stack if undo else session.redo_stack
        if not stack:
            self.notify("nothing to undo" if undo else "nothing to redo", timeout=2)
            return
        before = session.cursor
        try:  # the step takes back (or makes again) its own writes: rules, ignores, gazetteer rows
            touched = session.undo() if undo else session.redo()
        except RepairError as error:
            self.notify(str(error), severity="error")
            return
        self._decided(before, touched)

    def action_always(self, verdict: str) -> None:
        """A or R: accept or reject this change now and whenever it comes again, in the
        scope the reviewer picks (this article by default; the batch; every article)."""
        session = self._live()
        if session is None or session.current is None:
            return
        item = self.items[self.index]
        current = session.current
        chosen = Verdict(verdict)

        def done(scope: str | None) -> None:
            if not scope or session is not self.session or session.current is not current:
                return
            effects = []
            if scope == "user" and chosen is Verdict.REJECTED:
                effects.append(IgnoreEverywhere(self.user_dir, current, session.text))
            elif scope == "user" and current.kind == "name":
                known = [*self.gazetteers, *gazetteer_files()]
                effects.append(NameEverywhere(user_gazetteer_path(self.user_dir), current, known))
            store = None if scope == "user" and chosen is Verdict.REJECTED else scope
            before = session.cursor
            try:
                touched = session.decide_always(chosen, store, effects)
            except RepairError as error:
                self.notify(str(error), severity="error")
                return
            where = {"article": "in this article", "batch": "in this batch", "user": "in every article"}[
                scope
            ]
            self.notify(f"{chosen.value} always {where} ({len(touched)} now; u undoes)", timeout=4)
            self._decided(before, touched)

        self.push_screen(AlwaysChooser(chosen.value, batch=item.batch_dir is not None), done)

    def action_bulk(self) -> None:
        session = self._live()
        if session is None:
            return
        current = session.current
        value = f"{current.kind} {current.confidence:.2f}" if current else ""

        def done(kinds: set[str], minimum: float) -> None:
            if len(kinds) != 1:
                self.notify("give one kind and a confidence, e.g. 'spacing 0.9'", severity="error")
                return
            before = session.cursor
            kind = next(iter(kinds))
            touched = session.bulk_accept(kind, minimum)
            message = f"accepted {len(touched)} proposal(s)"
            if kind in _GRAMMAR_KINDS and not session.analysis.complete:
                message += (
                    f"; {session.analysis.pending} paragraph(s) are still being checked: press b again later"
                )
            self.notify(message, timeout=4)
            self._decided(before, touched)

        self._ask_kinds(
            "Accept every undecided proposal of KIND at or above CONFIDENCE", value, "spacing 0.9", done
        )

    # ----- filter, search, manual fixes -----

    def action_filter(self) -> None:
        session = self._live()
        if session is None:
            return
        current = session.filter

        def done(kinds: set[str], minimum: float) -> None:
            before = session.cursor
            session.set_filter(Filter(frozenset(kinds), minimum))
            self.view.refresh_all()
            self._redraw([*self._offset(before), *self._offset(session.cursor)])

        # the line starts empty, so a plain Enter clears the filter
        title = "Filter: kinds and a minimum confidence (Enter alone: show everything)"
        if current.active:
            title += f"; now {current.describe()}"
        self._ask_kinds(title, "", "name,grammar 0.6", done)

    def _ask_kinds(self, title: str, value: str, placeholder: str, then) -> None:
        """Prompt for "KIND[,KIND] CONFIDENCE" and call ``then(kinds, minimum)`` when it parses."""
        session = self.session

        def done(text: str | None) -> None:
            if text is None or session is not self.session:
                return
            try:
                kinds, minimum = _parse_filter(text)
            except RepairError as error:
                self.notify(str(error), severity="error")
                return
            then(kinds, minimum)

        hint = f"kinds: {', '.join(KINDS)}"
        self.push_screen(Prompt(title, value=value, placeholder=placeholder, hint=hint), done)

    def action_search(self) -> None:
        session = self._live()
        if session is None:
            return

        def done(text: str | None) -> None:
            if not text or session is not self.session:
                return
            self.search_query = text
            self._search(session, text)

        self.push_screen(Prompt("Search (Enter: next match)", value=self.search_query), done)

    def _search(self, session: Session, query: str) -> None:
        view = self.view
        lowered = session.text.lower()
        if view.match is not None:
            start = view.match.start + 1
        else:
            start = session.current.span.start if session.current else 0
        found = lowered.find(query.lower(), start)
        if found == -1:
            found = lowered.find(query.lower())
        if found == -1:
            self.notify(f"{query!r} not found", timeout=2)
            return
        previous = view.match
        view.match = Span(found, found + len(query))
        before = session.cursor
        at = session.proposal_at(view.match)
        if at is not None:  # the proposal at the match; elsewhere the selection stays
            session.select(at.id)
        offsets = [found, *self._offset(before), *self._offset(session.cursor)]
        if previous is not None:
            offsets.append(previous.start)
        self._redraw(offsets, reveal=False)
        view.reveal(found)

    def action_damaged(self) -> None:
        session = self._live()
        if session is None:
            return
        view = self.view
        after = view.match.start if view.match else (session.current.span.start if session.current else 0)
        sentence = session.next_damaged_sentence(after)
        if sentence is None:
            self.notify("no damaged sentence without a proposal", timeout=3)
            return
        previous = view.match
        view.match = Span(sentence.start, sentence.end)
        self._redraw([sentence.start, *([previous.start] if previous else [])], reveal=False)
        view.reveal(sentence.start)
        original = session.text[sentence.start : sentence.end]

        def done(text: str | None) -> None:
            if text is None or text == original or session is not self.session:
                return
            before = session.cursor
            view.match = None
            touched = session.add_manual(Span(sentence.start, sentence.end), text)
            self._decided(before, touched)

        reasons = "; ".join(sentence.reasons) or "no reason given"
        self.push_screen(
            Prompt(f"Fix this sentence (score {sentence.score:.2f}: {reasons})", value=original), done
        )

    # ----- export, theme, help, quit -----

    def action_export(self) -> None:
        session = self._live()
        if session is None:
            return
        path = self.items[self.index].path
        targets = {fmt: str(export_target(self.export_dir, path, fmt)) for fmt in FORMATS}

        def done(fmt: str | None) -> None:
            if not fmt or session is not self.session:
                return
            from repair.atomic import write_atomic

            try:
                source = session.analysis.source
                done = finish(source, session.state, self.engine.config, lambda: session.proposals)
                data = export_bytes(fmt, path, session.analysis.source, done.proposals, done.decisions)
                write_atomic(Path(targets[fmt]), data)
            except RepairError as error:
                self.notify(str(error), severity="error")
                return
            self.notify(f"wrote {targets[fmt]}; {len(done.undecided)} proposal(s) undecided", timeout=4)

        self.push_screen(ExportChooser(targets), done)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_quit_review(self) -> None:
        for session in {*self.sessions.values(), *([self.session] if self.session else [])}:
            session.save()
        self.exit(0)


# The kinds of proposal the grammar checker makes: they can still be arriving.
_GRAMMAR_KINDS = made_by("grammar")


def _parse_filter(text: str) -> tuple[set[str], float]:
    """ "name,grammar 0.6" -> ({"name", "grammar"}, 0.6); kinds and number in any order."""
    kinds: set[str] = set()
    minimum = 0.0
    for token in text.replace(",", " ").split():
        try:
            minimum = float(token)
        except ValueError:
            if token not in KINDS:
                raise RepairError(f"unknown kind {token!r}") from None
            kinds.add(token)
            continue
        if not 0.0 <= minimum <= 1.0:
            raise RepairError("confidence must be between 0 and 1")
    return kinds, minimum
