"""Where the per-document function runs: this process, a pool of local processes, or Dask.

Every engine has the same shape: `map(tasks)` takes (data, name, fmt) tuples lazily and
yields DocResults in the same order, keeping only a bounded window of documents in
flight, so a corpus of millions never sits in memory at once.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from repair.batch.work import DocResult, init_worker, repair_document
from repair.config import Config
from repair.errors import RepairError

Task = tuple[bytes | str | RepairError, str, str]  # (data or why it is unreadable, name, fmt)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _ordered(submit: Callable[[Task], object], tasks: Iterable[Task], window: int) -> Iterator[DocResult]:
    """Submit ahead up to `window` tasks and yield their results in submission order."""
    pending: deque = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class SerialEngine:
    """One document after another in this process (--jobs 1, or a single document)."""

    workers = 1

    def __init__(self, config: Config, **options) -> None:
        self.config = config
        self.options = options

    def map(self, tasks: Iterable[Task]) -> Iterator[DocResult]:
        for data, name, fmt in tasks:
            yield repair_document(data, self.config, name=name, fmt=fmt, **self.options)

    def close(self) -> None:
        pass


class LocalEngine:
    """N worker processes, each with its own Engine built once by the pool initializer."""

    def __init__(self, config: Config, jobs: int, **options) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.config = config
        self.options = options
        self.workers = jobs
        # forkserver: the parent may run a progress thread, and fork with threads can deadlock
        context = multiprocessing.get_context("forkserver")
        self._pool = ProcessPoolExecutor(
            jobs, mp_context=context, initializer=init_worker, initargs=(config,)
        )

    def map(self, tasks: Iterable[Task]) -> Iterator[DocResult]:
        from concurrent.futures.process import BrokenProcessPool

        work = partial(_run_task, config=self.config, options=self.options)
        try:
            yield from _ordered(lambda task: self._pool.submit(work, task), tasks, self.workers * 4)
        except BrokenProcessPool:
            raise RepairError(
                "a worker process died (out of memory?); rerun with --resume to continue"
            ) from None

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """The same function on a Dask cluster: an existing scheduler, or a LocalCluster of our own."""

    def __init__(self, config: Config, jobs: int, scheduler: str | None = None, **options) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise RepairError("--engine dask needs dask.distributed: pip install 'repair[dask]'") from None
        self.config = config
        self.options = options
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler)  # waits distributed.comm.timeouts.connect (30 s)
            else:
                self._cluster = LocalCluster(
                    n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
                )
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as error:
            self._close_cluster()
            raise RepairError(f"cannot reach the Dask scheduler {scheduler or ''}: {error}") from None
        threads = self._client.nthreads()
        self.workers = max(1, sum(threads.values()))

    def map(self, tasks: Iterable[Task]) -> Iterator[DocResult]:
        config = self._client.scatter(self.config, broadcast=True)

        def submit(task: Task):
            return self._client.submit(_run_task, task, config=config, options=self.options, pure=False)

        yield from _ordered(submit, tasks, max(16, self.workers * 4))

    def close(self) -> None:
        self._client.close()
        self._close_cluster()

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()


def _run_task(task: Task, *, config: Config, options: dict) -> DocResult:
    data, name, fmt = task
    return repair_document(data, config, name=name, fmt=fmt, **options)


def make_engine(
    config: Config,
    *,
    engine: str = "local",
    jobs: int | None = None,
    scheduler: str | None = None,
    documents: int | None = None,
    **options,
):
    """The engine for these options; --jobs 1 or a single document runs in this process."""
    if jobs is not None and jobs < 1:
        raise RepairError("--jobs must be at least 1")
    if engine == "dask":
        return DaskEngine(config, jobs or default_jobs(), scheduler, **options)
    if scheduler:
        raise RepairError("--scheduler needs --engine dask")
    jobs = jobs or default_jobs()
    if documents is not None:
        jobs = min(jobs, max(1, documents))
    if jobs == 1:
        return SerialEngine(config, **options)
    return LocalEngine(config, jobs, **options)
