"""Where the per-document function runs: this process, a pool of local processes, or Dask.

Every engine has the same shape: `map(tasks)` takes (data, name, fmt) tuples lazily and
yields DocResults in the same order; `map_unordered(tasks)` yields (task number, result)
as each completes, so a batch writes every output as soon as it exists and one slow
document holds nothing up. Both keep only a bounded window of documents in flight, so a
corpus of millions never sits in memory at once.

On Dask, the workers may be other machines: the gazetteer and reference files the
settings name are read on the client and travel with the settings (see `Shipped`), and
a worker running another version of repair is refused before any work is sent.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from repair import __version__
from repair.batch.work import DocResult, EngineFailure, init_worker, repair_document
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


def _unordered(
    submit: Callable[[Task], object], tasks: Iterable[Task], window: int, wait_first: Callable
) -> Iterator[tuple[int, DocResult]]:
    """Submit ahead up to `window` tasks; yield (task number, result) as each completes."""
    pending: dict = {}
    for number, task in enumerate(tasks):
        pending[submit(task)] = number
        while len(pending) >= window:
            for future in wait_first(list(pending)):
                yield pending.pop(future), future.result()
    while pending:
        for future in wait_first(list(pending)):
            yield pending.pop(future), future.result()


def _wait_local(futures: list) -> set:
    from concurrent.futures import FIRST_COMPLETED, wait

    return wait(futures, return_when=FIRST_COMPLETED).done


class SerialEngine:
    """One document after another in this process (--jobs 1, or a single document)."""

    workers = 1

    def __init__(self, config: Config, **options) -> None:
        self.config = config
        self.options = options

    def map(self, tasks: Iterable[Task]) -> Iterator[DocResult]:
        for data, name, fmt in tasks:
            yield repair_document(data, self.config, name=name, fmt=fmt, **self.options)

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[tuple[int, DocResult]]:
        yield from enumerate(self.map(tasks))

    def close(self) -> None:
        pass


@contextlib.contextmanager
def _pool_errors():
    from concurrent.futures.process import BrokenProcessPool

    try:
        yield
    except BrokenProcessPool:
        raise RepairError("a worker process died (out of memory?); rerun with --resume to continue") from None


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
        with _pool_errors():
            yield from _ordered(self._submit, tasks, self.workers * 4)

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[tuple[int, DocResult]]:
        with _pool_errors():
            yield from _unordered(self._submit, tasks, self.workers * 4, _wait_local)

    def _submit(self, task: Task):
        return self._pool.submit(partial(_run_task, config=self.config, options=self.options), task)

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
        try:
            refuse_other_versions(self._client)
        except RepairError:
            self.close()
            raise
        threads = self._client.nthreads()
        self.workers = max(1, sum(threads.values()))

    def _submitter(self) -> Callable[[Task], object]:
        shipped = self._client.scatter(Shipped.of(self.config), broadcast=True)

        def submit(task: Task):
            return self._client.submit(_run_shipped, task, shipped=shipped, options=self.options, pure=False)

        return submit

    def map(self, tasks: Iterable[Task]) -> Iterator[DocResult]:
        yield from _ordered(self._submitter(), tasks, max(16, self.workers * 4))

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[tuple[int, DocResult]]:
        from distributed import wait

        yield from _unordered(
            self._submitter(),
            tasks,
            max(16, self.workers * 4),
            lambda futures: wait(futures, return_when="FIRST_COMPLETED").done,
        )

    def close(self) -> None:
        self._client.close()
        self._close_cluster()

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()


def _worker_version() -> str:
    import repair

    return repair.__version__


def refuse_other_versions(client) -> None:
    """Every worker runs this version of repair: the same input must give the same output."""
    try:
        versions = client.run(_worker_version)
    except Exception as error:  # a worker without repair cannot even unpickle the function
        raise RepairError(
            f"a Dask worker cannot run repair ({type(error).__name__}: {error}); "
            f"install repair {__version__} on every worker"
        ) from None
    for address, version in sorted(versions.items()):
        if version != __version__:
            raise RepairError(
                f"Dask worker {address} runs repair {version}, this client {__version__}: "
                "install the same version on every worker"
            )


@dataclasses.dataclass(frozen=True)
class Shipped:
    """The settings with the contents of every file they name (gazetteers, references),
    read once on the client, so a worker needs neither the client's folders nor its
    current directory. Workers write them to a private folder and point the settings there."""

    config: Config
    version: str
    files: tuple[tuple[str, str, bytes], ...]  # (field, file name, contents), in settings order

    @classmethod
    def of(cls, config: Config) -> Shipped:
        files = []
        for field in ("gazetteers", "references"):
            for path in getattr(config, field):
                try:
                    files.append((field, Path(path).name, Path(path).read_bytes()))
                except OSError as error:
                    raise RepairError(f"{path}: cannot read ({error.strerror or error})") from None
        return cls(config, __version__, tuple(files))

    def config_here(self) -> Config:
        """The settings on this worker: the shipped files written once per process."""
        if self.version != __version__:
            raise EngineFailure(
                f"this Dask worker runs repair {__version__}, the client {self.version}: "
                "install the same version on every worker"
            )
        digest = hashlib.sha256(
            repr([(f, n, hashlib.sha256(d).hexdigest()) for f, n, d in self.files]).encode()
        )
        folder = Path(tempfile.gettempdir()) / f"repair-shipped-{os.getpid()}-{digest.hexdigest()[:16]}"
        paths: dict[str, list[Path]] = {"gazetteers": [], "references": []}
        for index, (field, name, data) in enumerate(self.files):
            path = folder / str(index) / name
            if not path.is_file() or path.read_bytes() != data:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            paths[field].append(path)
        return dataclasses.replace(self.config, **paths)


_SHIPPED: dict[int, tuple[Shipped, Config]] = {}  # id -> (the shipped settings, them here)


def _run_shipped(task: Task, *, shipped: Shipped, options: dict) -> DocResult:
    entry = _SHIPPED.get(id(shipped))
    if entry is None or entry[0] is not shipped:  # held, so its id is not reused
        entry = _SHIPPED[id(shipped)] = (shipped, shipped.config_here())
    return _run_task(task, config=entry[1], options=options)


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
