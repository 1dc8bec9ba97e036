"""`repair fix PATH... -o OUT` at scale: every article and corpus record through one engine.

The main process reads inputs, feeds the engine a bounded window of documents, and writes
each output as its result comes back, in whatever order they complete: an article as
soon as it is done, a corpus chunk as a part file once its records are, the corpus
itself once every part is there. The reports are sorted, so the order never shows. Then it writes
the review queue, the reports, and prints the summary table.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from repair import __version__
from repair.atomic import write_atomic
from repair.batch import inputs, report
from repair.batch.engines import make_engine
from repair.batch.inputs import (
    Chunk,
    Input,
    chunk_output,
    count_records,
    discover,
    join_parts,
    read_chunks,
    read_input,
)
from repair.batch.manifest import Manifest, file_sha256, sha256
from repair.batch.progress import Progress
from repair.batch.work import ERROR, REFUSED, DocResult
from repair.config import Config
from repair.errors import RepairError
from repair.export import log_bytes, review_queue
from repair.loading import format_for
from repair.review_state import ReviewState, batch_state_dir, state_path

REVIEW_QUEUE = "review.jsonl"
PARTS = ".repair-parts"


@dataclass
class BatchOptions:
    out: Path
    jobs: int | None = None  # None: every core
    engine: str = "local"  # "local" or "dask"
    scheduler: str | None = None
    resume: bool = False
    text_field: str = "text"
    report: Path | None = None
    report_html: Path | None = None
    log: Path | None = None  # the JSON edit log of every document
    progress: bool = True
    table: bool = True


@dataclass
class _Corpus:
    item: Input
    input_hash: str
    chunks: int = 0  # chunks read so far
    done: int = 0  # chunks whose part is written
    read_all: bool = False
    failed: bool = False
    finished: bool = False


@dataclass
class _Open:
    """A corpus chunk whose records are out at the engine."""

    corpus: _Corpus
    chunk: Chunk
    results: list[DocResult | None] = field(default_factory=list)
    received: int = 0

    def __post_init__(self) -> None:
        self.results = [None] * len(self.chunk.texts)


def settings_key(config: Config, text_field: str) -> str:
    """What outputs depend on besides their input: a changed setting redoes everything."""
    key = f"{__version__}\x1f{text_field}\x1f{inputs.CHUNK}\x1f{config!r}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


class BatchRun:
    def __init__(self, paths: list[Path], config: Config, options: BatchOptions, stream: TextIO) -> None:
        self.config = config
        self.options = options
        self.stream = stream
        self.out = options.out
        self.inputs = discover(paths, self.out)
        self.documents: dict[tuple[int, int], dict] = {}  # (input, record) -> summary
        self.logs: dict[tuple[int, int], dict] = {}
        self.resumed = 0
        self.worked_words = 0
        self.meta: dict[int, tuple] = {}  # task number -> what that task in flight belongs to
        self.submitted = 0

    # ---------------------------------------------------------------- the run

    def run(self) -> dict:
        options = self.options
        total = sum(self._count(item) for item in self.inputs)
        if options.resume:
            for stale in self.out.rglob(".*.tmp"):  # write_atomic's temp files, left by a killed run
                stale.unlink(missing_ok=True)
        self.manifest = Manifest(
            self.out, settings_key(self.config, options.text_field), resume=options.resume
        )
        engine = make_engine(
            self.config,
            engine=options.engine,
            jobs=options.jobs,
            scheduler=options.scheduler,
            documents=total,
            diff=options.report_html is not None,
        )
        try:
            with (
                contextlib.closing(engine),
                Progress(total, stream=self.stream, quiet=not options.progress) as bar,
            ):
                self.progress = bar
                for number, result in engine.map_unordered(self._tasks()):
                    self._finish(self.meta.pop(number), result)
                seconds = bar.elapsed
        finally:
            self.manifest.close()
        return self._write_reports(seconds, engine)

    def _count(self, item: Input) -> int:
        if item.kind == "article":
            return 1
        try:
            return count_records(item)
        except (RepairError, OSError):
            return 1  # the error is reported when it is read

    def _tasks(self) -> Iterator[tuple]:
        for number, item in enumerate(self.inputs):
            if item.kind == "article":
                yield from self._article_tasks(number, item)
            else:
                yield from self._corpus_tasks(number, item)

    # ---------------------------------------------------------------- articles

    def _article_tasks(self, number: int, item: Input) -> Iterator[tuple]:
        data = read_input(item.path, self.config.max_bytes)
        input_hash = sha256(data) if isinstance(data, bytes) else ""
        key = item.output_relative.as_posix()
        entry = self.options.resume and input_hash and self.manifest.done(key, input_hash, self.out / key)
        if entry:
            self._resumed((number, 0), entry["summary"])
            return
        self._submitting(("article", number, item, input_hash))
        yield data, str(item.path), format_for(item.path)

    def _finish(self, meta: tuple, result: DocResult) -> None:
        if meta[0] == "record":
            self._finish_record(meta[1], result)
            return
        _, number, item, input_hash = meta
        key = item.output_relative.as_posix()
        output_hash = None
        self._report_problems(result)
        if result.status == ERROR:
            self._keep((number, 0), item, None, result)
            return
        if result.output is not None:
            try:
                write_atomic(self.out / key, result.output)
            except RepairError as error:
                result.status, result.message = ERROR, str(error)
                self._report_problems(result)
                self._keep((number, 0), item, None, result)
                return
            output_hash = sha256(result.output)
        if result.state is not None:
            self._write_state(item, key, result.state)
        summary = self._keep((number, 0), item, None, result)
        self.manifest.record(key, input_hash, output_hash, summary)

    def _write_state(self, item: Input, key: str, data: dict) -> None:
        """The article's review state in OUT/.repair: what the policy applied, marked as
        such. A reviewer's decisions from an earlier review of the same output are kept."""
        path = state_path(item.path, batch_state_dir(self.out))
        state = ReviewState.from_dict(path, data)
        state.article, state.output = str(item.path.resolve()), key
        earlier = ReviewState.load(path)
        for proposal_id, decision in earlier.decisions.items():
            if decision.source != "auto" and proposal_id in earlier.records:
                state.decisions[proposal_id] = decision
                state.records.setdefault(proposal_id, earlier.records[proposal_id])
        state.rules, state.cursor, state.cursor_offset = earlier.rules, earlier.cursor, earlier.cursor_offset
        state.save()

    # ---------------------------------------------------------------- corpora

    def _corpus_tasks(self, number: int, item: Input) -> Iterator[tuple]:
        input_hash = file_sha256(item.path) or ""
        corpus = _Corpus(item, input_hash)
        key = item.output_relative.as_posix()
        entry = self.options.resume and input_hash and self.manifest.done(key, input_hash, self.out / key)
        parts = (
            [self.manifest.entries.get(f"{key}#{index}") for index in range(entry["summary"]["chunks"])]
            if entry
            else []
        )
        if entry and all(parts):
            corpus.finished = corpus.read_all = True
            for part in parts:
                for summary in part["summary"]:
                    self._resumed((number, summary["record"]), summary)
            return
        try:
            for chunk in read_chunks(item, self.options.text_field):
                corpus.chunks += 1
                part_key = f"{key}#{chunk.index}"
                entry = self.options.resume and self.manifest.done(
                    part_key, input_hash, self._part(item, chunk.index)
                )
                if entry:
                    for summary in entry["summary"]:
                        self._resumed((number, summary["record"]), summary)
                    corpus.done += 1
                    continue
                job = _Open(corpus, chunk)
                for position, text in enumerate(chunk.texts):
                    problem = chunk.problems.get(position)
                    self._submitting(("record", (number, job, position)))
                    yield (
                        (RepairError(problem) if problem else text),
                        f"{item.path}#{chunk.start + position}",
                        "text",
                    )
        except (RepairError, OSError) as error:
            corpus.failed = True
            message = str(error) if isinstance(error, RepairError) else f"{item.path}: cannot read ({error})"
            failure = DocResult(name=str(item.path), status=ERROR, message=message)
            self._report_problems(failure)
            self._keep((number, -1), item, None, failure)
            return
        corpus.read_all = True
        self._maybe_join(corpus)

    def _submitting(self, meta: tuple) -> None:
        """What the task about to be yielded belongs to (tasks are numbered as yielded)."""
        self.meta[self.submitted] = meta
        self.submitted += 1

    def _finish_record(self, where: tuple, result: DocResult) -> None:
        number, job, position = where
        job.results[position] = result
        job.received += 1
        self._report_problems(result)
        self._keep((number, job.chunk.start + position), job.corpus.item, job.chunk.start + position, result)
        if job.received < len(job.chunk.texts):
            return
        corpus, chunk = job.corpus, job.chunk
        part = self._part(corpus.item, chunk.index)
        data = chunk_output(corpus.item, chunk, job.results, self.options.text_field)
        write_atomic(part, data)
        summaries = [self.documents[(number, chunk.start + i)] for i in range(len(chunk.texts))]
        self.manifest.record(
            f"{corpus.item.output_relative.as_posix()}#{chunk.index}",
            corpus.input_hash,
            sha256(data),
            summaries,
        )
        corpus.done += 1
        self._maybe_join(corpus)

    def _maybe_join(self, corpus: _Corpus) -> None:
        if corpus.finished or corpus.failed or not corpus.read_all or corpus.done < corpus.chunks:
            return
        corpus.finished = True
        item = corpus.item
        key = item.output_relative.as_posix()
        target = self.out / key
        join_parts(item, [self._part(item, index) for index in range(corpus.chunks)], target)
        self.manifest.record(key, corpus.input_hash, file_sha256(target), {"chunks": corpus.chunks})
        shutil.rmtree(self.out / PARTS / key, ignore_errors=True)
        folder = (self.out / PARTS / key).parent
        while folder.is_relative_to(self.out / PARTS):  # empty folders only: other corpora may be pending
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent

    def _part(self, item: Input, index: int) -> Path:
        suffix = ".parquet" if item.kind == "parquet" else ".jsonl"
        return self.out / PARTS / item.output_relative.as_posix() / f"{index:08d}{suffix}"

    # ---------------------------------------------------------------- bookkeeping

    def _keep(self, where: tuple[int, int], item: Input, record: int | None, result: DocResult) -> dict:
        summary = result.summary()
        summary["path"] = str(item.path.resolve())
        if record is not None:
            summary["record"] = record
        self.documents[where] = summary
        if self.options.log is not None and result.status != ERROR:
            self.logs[where] = {"path": result.name, "proposals": result.log}
        self.worked_words += result.words
        self.progress.advance(result.words)
        return summary

    def _resumed(self, where: tuple[int, int], summary: dict) -> None:
        self.documents[where] = summary
        self.resumed += 1
        self.progress.skipped()

    def _report_problems(self, result: DocResult) -> None:
        for warning in result.warnings:
            self.progress.log(f"repair: warning: {result.name}: {warning}")
        if result.status in (ERROR, REFUSED):
            message = result.message
            if not message.startswith(result.name):
                message = f"{result.name}: {message}"
            self.progress.log(f"repair: error: {message}")

    def _write_reports(self, seconds: float, engine) -> dict:
        ordered = [self.documents[key] for key in sorted(self.documents)]
        write_atomic(self.out / REVIEW_QUEUE, review_queue(ordered))
        summary = report.summarize(
            ordered,
            inputs=len(self.inputs),
            resumed=self.resumed,
            seconds=seconds,
            words=self.worked_words,
            engine=self.options.engine,
            workers=engine.workers,
        )
        summary["review_queue"] = str(self.out / REVIEW_QUEUE)
        if self.options.log is not None:
            write_atomic(self.options.log, log_bytes(self.logs[key] for key in sorted(self.logs)))
        if self.options.report is not None:
            write_atomic(self.options.report, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
        if self.options.report_html is not None:
            write_atomic(self.options.report_html, report.render_html(summary, ordered))
        if self.options.table:
            report.print_table(summary, self.stream)
        undecided = [len(doc["review_ids"]) for doc in ordered if doc["review_ids"]]
        if undecided:
            self.stream.write(
                f"repair: {sum(undecided)} proposal(s) undecided in {len(undecided)} document(s); "
                f"review them with: repair review --queue {self.out / REVIEW_QUEUE}\n"
            )
        return summary


def refuse_inputs_as_output(paths: list[Path], out: Path) -> None:
    """-o must not be where the inputs are: the copies would overwrite them, with no
    backup, and the review queue would point at changed files."""
    target = out.resolve()
    for path in paths:
        folder = path.resolve() if path.is_dir() else path.resolve().parent
        if folder == target:
            raise RepairError(
                f"{out}: the output folder is an input folder; give another -o DIR, "
                "or --in-place to overwrite the inputs (backups kept as FILE.orig)"
            )


def run_batch(paths: list[Path], config: Config, options: BatchOptions, stream: TextIO | None = None) -> dict:
    """Repair every article and corpus under `paths` into `options.out`; return the summary."""
    refuse_inputs_as_output(paths, options.out)
    return BatchRun(paths, config, options, stream or sys.stderr).run()
