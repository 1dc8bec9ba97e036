"""Progress: a rich bar (documents, words/s, time left) on a terminal, log lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds >= 3600:
        return f"{seconds // 3600}h {seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m {seconds % 60:02d}s"
    return f"{seconds}s"


class Progress:
    """Counts documents and words; shows a live bar when `stream` is a terminal."""

    def __init__(
        self, total: int, *, stream: TextIO | None = None, interval: float = 10.0, quiet: bool = False
    ) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.words = 0
        self.started = time.monotonic()
        self.interval = interval
        self.quiet = quiet
        self._last_line = self.started
        self._bar = None
        self._task = None
        self._worked = 0  # documents processed in this run (not skipped), for the rate

    def __enter__(self) -> Progress:
        if not self.quiet and self.stream.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(
                TextColumn("repair"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} words/s"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("repair", total=self.total, rate="0")
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif not self.quiet and self._worked:
            self._line()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.words / self.elapsed if self.elapsed > 0 else 0.0

    def skipped(self, count: int = 1) -> None:
        """Documents already complete from an earlier run (--resume)."""
        self.done += count
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done)

    def advance(self, words: int) -> None:
        self.done += 1
        self._worked += 1
        self.words += words
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done, rate=f"{self.rate:,.0f}")
        elif not self.quiet and time.monotonic() - self._last_line >= self.interval:
            self._line()

    def log(self, message: str) -> None:
        """A message that must not tear the bar."""
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            print(message, file=self.stream, flush=True)

    def _line(self) -> None:
        self._last_line = time.monotonic()
        left = ""
        if self.done < self.total and self._worked:
            per_document = self.elapsed / self._worked
            left = f", about {_duration(per_document * (self.total - self.done))} left"
        print(
            f"repair: {self.done:,}/{self.total:,} documents, {self.rate:,.0f} words/s{left}",
            file=self.stream,
            flush=True,
        )
