"""The review app's analysis spread over processes: Harper lints while the names pass runs.

Two threads with two Linters take as long as one (they contend inside Harper, measured:
twice the CPU time for the same wall time), so a thread does not help; a process does.
``ParallelEngine`` is the Engine with its grammar backend in a worker process, started as
soon as the engine is made (at app launch):

- the worker builds the grammar pass's Harper backend exactly as the grammar pass would
  (same dialect, rules and gazetteer words) while the app starts and the article loads;
  a thread of its own builds Harper's process-wide dictionary and spelling index (0.7 s
  and 1 s, without the GIL) meanwhile, so the worker's imports and the gazetteer's words
  cost no time of their own; it runs below the app's priority, so the app's own passes
  and keys come first;
- right after the cleanup pass, the paragraphs to lint (which depend only on what cleanup
  found) are sent to the worker, and the names pass runs in this process meanwhile;
- the worker lints them from the top, a group of paragraphs at a time (as the in-process
  backend groups them: runs of plain paragraphs in one call), sharing them with helpers
  forked from it after the Linter is built (so they inherit it, built and primed, at no
  cost), and sends back each paragraph's findings as soon as its group is done, so the
  review app shows the first paragraphs' grammar proposals while later ones are still
  linted;
- the grammar pass then filters those findings here, as always.

The findings, and so the proposals, are the same as the in-process backend's: the
grammar pass asks for the paragraphs it would lint itself and, should they differ from
those sent ahead, lints those. One worker serves every article of a review.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection, Pipe, wait

from repair.config import Config
from repair.document import Document
from repair.edits import Span
from repair.errors import RepairError
from repair.grammar.base import Finding
from repair.passes.context import PassContext, PassResult
from repair.pipeline import Engine, StagedAnalysis, build_passes

WORKER_NICENESS = 10
# Primes Harper's spelling suggestions: a word no dictionary has, in an ordinary sentence.
_PRIMER = "The Qzxvbrt delegation met officials in the capital on Tuesday."


def helper_count() -> int:
    """Processes that lint beside the worker: one per further core, at most three."""
    return max(0, min(os.cpu_count() or 1, 4) - 1)


class HarperService:
    """The Harper backend in a worker process (the grammar pass's ``Backend``)."""

    name = "harper"

    def __init__(self, config: Config, helpers: int | None = None) -> None:
        # A fresh interpreter, not multiprocessing: fork is unsafe in a process running
        # threads, and multiprocessing's spawn would re-import the program's main script.
        mine, theirs = socket.socketpair()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "repair.parallel_analysis", str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,  # and no output: it would garble the app's screen;
            stdout=subprocess.DEVNULL,  # failures come back over the connection
            stderr=subprocess.DEVNULL,
        )
        theirs.close()
        self._conn = Connection(mine.detach())
        count = helper_count() if helpers is None else helpers
        self._conn.send((config, count))
        self._lock = threading.Lock()
        self._jobs = 0
        self._ahead: dict[tuple[str, tuple[Span, ...]], int] = {}  # sent, not yet collected
        self._replies: dict[int, deque[tuple[str, object]]] = {}  # per job, not yet read

    def submit(self, text: str, units: Sequence[Span]) -> None:
        """Start linting ``units`` of ``text``; ``check`` or ``stream`` with the same
        arguments collects."""
        key = (text, tuple(units))
        with self._lock:
            if key not in self._ahead:
                self._ahead[key] = self._send(text, key[1])

    def check(self, text: str, units: Sequence[Span]) -> list[Finding]:
        from repair.grammar.harper_backend import sort_findings

        return sort_findings([f for _, found in self.stream(text, units) for f in found])

    def stream(self, text: str, units: Sequence[Span]) -> Iterator[tuple[int, list[Finding]]]:
        """(index into ``units``, its findings) for every unit, as the worker finishes them;
        it lints them from the top, so the first paragraphs come first."""
        key = (text, tuple(units))
        with self._lock:
            job = self._ahead.pop(key, None)
            if job is None:
                job = self._send(text, key[1])
        try:
            for _ in range(len(units)):
                with self._lock:
                    status, value = self._collect(job)
                if status != "ok":
                    raise RepairError(str(value))
                yield value
        finally:
            with self._lock:  # replies still to come for it are dropped as they arrive
                self._replies.pop(job, None)

    def _send(self, text: str, units: tuple[Span, ...]) -> int:
        self._jobs += 1
        try:
            self._conn.send((self._jobs, text, units))
        except (OSError, ValueError) as error:
            raise RepairError(f"the grammar worker stopped ({error})") from None
        self._replies[self._jobs] = deque()
        return self._jobs

    def _collect(self, job: int) -> tuple[str, object]:
        """The job's next reply: ("ok", (unit index, findings)) or ("error", message)."""
        waiting = self._replies[job]
        while not waiting:
            try:
                number, status, value = self._conn.recv()
            except (EOFError, OSError) as error:
                raise RepairError(f"the grammar worker stopped ({error or 'no reply'})") from None
            if number in self._replies:  # not a job given up on
                self._replies[number].append((status, value))
        return waiting.popleft()

    def close(self) -> None:
        """End the worker: closing the connection ends it, and it reaps its helpers, as soon
        as it waits for a job. One still starting (Harper's dictionary takes about 2 s: an
        app quit at once) or busy with a job no one now wants is stopped instead of waited
        for; its helpers see their pipes close and end."""
        with contextlib.suppress(OSError):
            self._conn.close()
        try:
            self._process.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=2)


class _LoadDetector:
    """A stage after the paragraphs are sent ahead (``LintAhead``): reads the detector's
    word counts in a thread while this process would only wait for Harper. Proposes nothing."""

    name = "detector-load"

    def run(self, doc: Document, context: PassContext) -> PassResult:
        threading.Thread(target=_load_detector, name="repair-detector-load", daemon=True).start()
        return PassResult()


def _load_detector() -> None:
    from repair.detect.lexicon import lexicon

    lexicon()


class ParallelEngine(Engine):
    """The Engine with Harper in a worker process, linting while the names pass runs."""

    def __init__(self, config: Config, helpers: int | None = None) -> None:
        super().__init__(config)
        self.harper = HarperService(config, helpers)

    def findings(self, staged: StagedAnalysis) -> Iterator[tuple[list[int], list[Finding]]]:
        if staged.grammar is None:
            return
        for index, found in self.harper.stream(staged.source.text, staged.units):
            yield [index], found

    @property
    def passes(self):
        if self._passes is None:
            passes = build_passes(self.config, grammar_backend=self.harper, gazetteer=self.gazetteer)
            passes.insert(2, _LoadDetector())  # after cleanup and LintAhead
            self._passes = passes
        return self._passes

    def close(self) -> None:
        self.harper.close()


def parallel_engine(engine: Engine) -> Engine:
    """``engine`` as a ParallelEngine when it is a plain Engine that uses Harper."""
    if type(engine) is Engine and engine.config.grammar == "harper":
        return ParallelEngine(engine.config)
    return engine


# ----- the worker process -----


def _serve(conn, config: Config, helpers: int) -> None:
    # Below the app's priority: while the app runs its own passes and draws, they come first
    # (measured on 2 cores: first proposals 0.6 s sooner, the complete analysis no later,
    # since the app is idle once its passes are done and the worker then has both cores)
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)
    warming = threading.Thread(target=_warm, args=(config,), name="repair-harper-warm", daemon=True)
    warming.start()  # Harper builds its dictionary while the imports below run
    from repair.passes.grammar import GrammarPass

    try:
        backend = GrammarPass(config).backend  # the very backend the grammar pass builds
        backend.check(_PRIMER, [Span(0, len(_PRIMER))])
        warming.join()  # no thread may run when the helpers are forked
    except RepairError as error:
        failure = str(error)
        while True:  # answer every job with the reason, until the app closes the pipe
            try:
                number, _, _ = conn.recv()
            except (EOFError, OSError):
                return
            conn.send((number, "error", failure))
    forked = _fork_helpers(backend, helpers, conn)
    pipes = [pipe for _, pipe in forked]
    while True:
        try:
            number, text, units = conn.recv()
        except (EOFError, OSError):
            for pid, pipe in forked:  # end them and reap them (their CPU time counts as ours)
                pipe.close()
                os.waitpid(pid, 0)
            return
        try:
            for index, found in _lint(backend, pipes, text, units):
                conn.send((number, "ok", (index, found)))
        except Exception as error:  # noqa: BLE001 - reported to the app, which shows it
            conn.send((number, "error", f"grammar check failed: {error}"))


def _warm(config: Config) -> None:
    """Build and prime Harper's process-wide dictionary and spelling index (about 1.7 s,
    without the GIL): the Linter the backend builds afterwards reuses them at no cost."""
    import harper

    from repair.grammar.categories import dialect

    with contextlib.suppress(Exception):  # a bad setting is reported by the backend itself
        linter = harper.Linter(harper.Dialect(dialect(config.dialect).harper))
        linter.organized_lints(_PRIMER, language="plaintext")


def _lint(backend, pipes: list, text: str, units: Sequence[Span]) -> Iterator[tuple[int, list[Finding]]]:
    """Every unit's findings (sorted as the in-process backend sorts them), as each group
    of them (``groups``, as the in-process backend lints them) is done. Groups go out one
    at a time from the top, to whichever helper is free; the worker lints one itself
    between looks, so a helper starved of CPU by a busy machine holds nothing up."""
    from repair.grammar.harper_backend import group_indexes, sort_findings

    queue = group_indexes(text, units)
    queue.reverse()  # pop() takes the first
    busy: dict[object, list[int]] = {}
    for pipe in pipes:
        pipe.send(("text", text))
    while queue or busy:
        for pipe in pipes:
            if pipe not in busy and queue:
                busy[pipe] = queue.pop()
                pipe.send(("group", [(units[i].start, units[i].end) for i in busy[pipe]]))
        if queue:
            indexes = queue.pop()
            found = backend.lint_group(text, [units[i] for i in indexes])
            yield from ((i, sort_findings(f)) for i, f in zip(indexes, found, strict=True))
        if busy:  # collect what is done; wait only when nothing is left to lint here
            for pipe in wait(list(busy), timeout=0 if queue else None):
                indexes = busy.pop(pipe)
                yield from ((i, sort_findings(f)) for i, f in zip(indexes, pipe.recv(), strict=True))


def _fork_helpers(backend, count: int, conn) -> list[tuple[int, Connection]]:
    """Helpers forked now, with the Linter built and primed; each lints what it is sent.
    The worker runs no threads, so forking it is safe."""
    if count <= 0 or not hasattr(os, "fork"):
        return []
    helpers: list[tuple[int, Connection]] = []
    for _ in range(count):
        mine, theirs = Pipe()
        pid = os.fork()
        if pid == 0:
            for other in [conn, mine, *(pipe for _, pipe in helpers)]:  # EOF must reach it
                other.close()
            try:
                _help(theirs, backend)
            finally:
                os._exit(0)
        theirs.close()
        helpers.append((pid, mine))
    return helpers


def _help(conn, backend) -> None:
    text = ""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] == "text":
            text = message[1]
        else:
            conn.send(backend.lint_group(text, [Span(start, end) for start, end in message[1]]))


if __name__ == "__main__":  # the worker: python -m repair.parallel_analysis FD
    _connection = Connection(int(sys.argv[1]))
    _serve(_connection, *_connection.recv())
