"""Loading articles for the review app: each one analysed once, in a background thread.

An article is shown in stages (repair.pipeline.StagedAnalysis): its text first, then
every pass but the grammar checker (the keys work from here), then the checker's findings
from the top, a few paragraphs at a time, taken in every UPDATE_SECONDS. Each stage reaches the
app through its ``on_loop`` (the app's event loop), which alone touches a shown session.
The loader also prefetches the next article while the reviewer works on this one.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from repair.errors import RepairError
from repair.loading import load_path
from repair.pipeline import Analysis, Engine
from repair.review_state import ReviewState, RuleStore
from repair.tui.session import ReviewItem, Session, preview_session
from repair.tui.timing import Timings

# How often the grammar checker's findings, arriving a few paragraphs at a time, are taken into
# the shown article: often enough to follow a reviewer reading from the top, seldom enough
# that redrawing costs the loop little.
UPDATE_SECONDS = 0.25
_DONE = object()  # the checker's findings are all in


class Host(Protocol):
    """What the loader needs of the app: where the reviewer is, and the app's loop."""

    index: int
    is_running: bool

    def on_loop(self, callback: Callable, *args) -> None: ...

    def shown_preview(self, index: int, preview: Session) -> None: ...

    def progressed(self, index: int, session: Session, analysis: Analysis) -> None: ...

    def failed(self, index: int, message: str) -> None: ...

    def grammar_failed(self, index: int, session: Session) -> None: ...


class ArticleLoader:
    def __init__(
        self,
        host: Host,
        items: Sequence[ReviewItem],
        engine: Engine,
        timings: Timings,
        rules: Callable[[ReviewItem], list[RuleStore]] = lambda item: [],
    ) -> None:
        self.host = host
        self.items = list(items)
        self.engine = engine
        self.timings = timings
        self.rules = rules  # the wider scopes' "always" rules of an article
        self.sessions: dict[int, Session] = {}
        self.grammar_failures: dict[int, str] = {}  # article index -> why its grammar check stopped
        self.grammar_units: dict[int, int] = {}  # article index -> paragraphs the checker lints
        self._lock = threading.Lock()
        self._saved_open: dict[int, int] = {}  # article index -> open proposals in its saved state

    def release(self) -> None:
        """Let go of the articles' review locks (the app is closing)."""
        for session in self.sessions.values():
            if session.state.lock is not None:
                session.state.lock.release()

    def load(self, index: int) -> None:
        """Analyse article ``index`` in the background, its text shown first."""
        _background(lambda: self._analyse(index))

    def _analyse(self, index: int) -> None:
        try:
            if index not in self.sessions:  # the text first, to read while the passes run
                preview = preview_session(self.items[index].path, self.engine.config)
                self._for_shown(index, self.host.shown_preview, index, preview)
            self.session_for(index, timed=True)
        except RepairError as error:
            self._for_shown(index, self.host.failed, index, str(error))
        except Exception as error:  # noqa: BLE001 - a bug: said on screen, not a silent hang
            self._for_shown(
                index, self.host.failed, index, f"internal error: {type(error).__name__}: {error}"
            )

    def _for_shown(self, index: int, callback, *args) -> None:
        """Run ``callback`` on the app's loop, unless the reviewer has moved on."""
        if self.host.index == index:
            self.host.on_loop(callback, *args)

    def session_for(self, index: int, *, timed: bool = False) -> Session:
        """The session of article ``index``, analysed once (in a worker thread).

        It is shown as soon as every pass but the grammar checker has run; the checker's
        findings then come from the top, a few paragraphs at a time."""
        host = self.host
        with self._lock:  # one analysis at a time: the engine is not shared across threads
            if index in self.sessions:
                return self.sessions[index]
            item = self.items[index]
            started, cpu = time.perf_counter(), time.thread_time()
            config = self.engine.config
            staged = self.engine.stage(
                load_path(item.path, max_bytes=config.max_bytes, encoding=config.encoding)
            )
            self.grammar_units[index] = len(staged.units)
            state = ReviewState.open_for_review(item.state_path, str(item.path))
            session = Session(
                staged.analysis(scored=False), state, only=item.proposal_ids, rules=self.rules(item)
            )
            host.on_loop(host.progressed, index, session, session.analysis)  # shown: keys work
            host.on_loop(host.progressed, index, session, staged.analysis())  # tinted
            try:
                self._take_findings(index, session, staged)
            except RepairError as error:  # the other passes' proposals stay to review
                self.grammar_failures[index] = str(error)
                host.on_loop(host.grammar_failed, index, session)
                self.sessions[index] = session
                return session
            if not session.analysis.complete:  # no grammar checker, or the app stopped
                analysis = staged.analysis()
                if host.is_running:
                    host.on_loop(host.progressed, index, session, analysis)
                else:
                    session.update(analysis)
            if timed:
                self.timings.analysis_seconds = time.perf_counter() - started
                self.timings.analysis_cpu_seconds = time.thread_time() - cpu
            self.sessions[index] = session
            return session

    def _take_findings(self, index: int, session: Session, staged) -> None:
        """The grammar checker's findings, taken as they come and shown at most every
        UPDATE_SECONDS: the first at once (the counter leaves "starting"), and one held
        back by that interval is shown when the interval is over, not when the next
        paragraph happens to arrive (which may take long)."""
        host = self.host
        arrived: queue.Queue = queue.Queue()

        def produce() -> None:  # the checker blocks; this thread waits for it
            try:
                for item in self.engine.findings(staged):
                    arrived.put(item)
                arrived.put(_DONE)
            except BaseException as error:  # noqa: BLE001 - raised again in the loader's thread
                arrived.put(error)

        threading.Thread(target=produce, name="repair-review-findings", daemon=True).start()
        last, first, held = time.perf_counter(), True, False
        while True:
            wait = max(0.0, UPDATE_SECONDS - (time.perf_counter() - last)) if held else None
            try:
                item = arrived.get(timeout=wait)
            except queue.Empty:  # the interval is over: show what was held back
                host.on_loop(host.progressed, index, session, staged.analysis())
                last, held = time.perf_counter(), False
                continue
            if item is _DONE:
                if held:
                    host.on_loop(host.progressed, index, session, staged.analysis())
                return
            if isinstance(item, BaseException):
                raise item
            staged.take(*item)
            if first or staged.complete or time.perf_counter() - last >= UPDATE_SECONDS:
                host.on_loop(host.progressed, index, session, staged.analysis())
                last, first, held = time.perf_counter(), False, False
            else:
                held = True

    def open_in_queue(self) -> int:
        """Proposals nobody has decided, over every article: those analysed counted live,
        the others from their saved states (a batch's knows every proposal)."""
        left = 0
        for index, item in enumerate(self.items):
            session = self.sessions.get(index)
            if session is not None:
                left += len(session.undecided())
                continue
            if index not in self._saved_open:
                self._saved_open[index] = _open_in_state(item)
            left += self._saved_open[index]
        return left

    def prefetch(self, index: int) -> None:
        """Analyse article ``index`` while the reviewer works on another."""
        if 0 <= index < len(self.items) and index not in self.sessions:

            def work() -> None:
                with contextlib.suppress(RepairError):  # reported when the reviewer opens it
                    self.session_for(index)

            _background(work)


def _open_in_state(item: ReviewItem) -> int:
    """Proposals a saved state knows of and nobody decided; for an article with no such
    state yet, the queue's own list."""
    try:
        state = ReviewState.load(item.state_path)
    except RepairError:
        state = None
    if state is not None and state.known:
        wanted = set(item.proposal_ids) if item.proposal_ids is not None else state.known
        return len((state.known & wanted) - set(state.decisions))
    return len(item.proposal_ids or ())


def _background(work) -> None:
    """Analyses run in daemon threads, so quitting never waits for one to finish."""
    threading.Thread(target=work, name="repair-review-analysis", daemon=True).start()
