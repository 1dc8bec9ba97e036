"""`repair fix`: apply the confident proposals, through the safety guard.

With ``-o DIR`` it is the batch command: folders are searched recursively for articles
(txt, md, html) and corpora (JSON Lines, Parquet), documents run in parallel, a killed run
can be continued with ``--resume``, and a summary, a review queue and reports are written
(see repair/batch/). The other modes print or overwrite; they run the same per-document
function (repair.decide.repair_document) in this process, or on the batch engines when
several files can run in parallel. What is written is made by repair/export.py.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from repair.atomic import write_atomic, write_in_place
from repair.commands.common import add_analysis_options, confidence, config_from_args
from repair.config import Config
from repair.decide import DocResult, repair_document, start_engine
from repair.errors import RepairError
from repair.export import log_bytes, patch_bytes, repaired_bytes
from repair.loading import ARTICLE_SUFFIXES, Source, collect_articles, format_for, read_article_bytes


def register(subparsers) -> None:
    parser = subparsers.add_parser("fix", help="apply confident fixes")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files, folders, corpora, or -")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 when a file would change (with --diff: show how), as black --check",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--stdout", action="store_true", help="print the repaired text of one file")
    mode.add_argument(
        "--diff", action="store_true", help="print a unified diff; write nothing; exit 1 when there is one"
    )
    mode.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="write repaired copies into DIR (folders recursively; corpora too), with DIR/review.jsonl",
    )
    mode.add_argument(
        "--in-place", action="store_true", help="overwrite the files (backup kept as FILE.orig)"
    )
    parser.add_argument("--no-backup", action="store_true", help="with --in-place: keep no backup")
    parser.add_argument(
        "--min-confidence",
        type=confidence,
        metavar="X",
        help="apply every proposal at or above X (default: per-kind thresholds)",
    )
    parser.add_argument("--log", type=Path, metavar="FILE", help="write the JSON edit log to FILE")
    batch = parser.add_argument_group("batch (with -o DIR)")
    batch.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes (default: every core)")
    batch.add_argument("--resume", action="store_true", help="skip outputs a killed run already completed")
    batch.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="the field (JSON Lines) or column (Parquet) holding each record's text (default: text)",
    )
    batch.add_argument("--report", type=Path, metavar="FILE", help="write the summary as JSON to FILE")
    batch.add_argument(
        "--report-html", type=Path, metavar="FILE", help="write an HTML report with scores and diffs to FILE"
    )
    batch.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local processes, or a Dask cluster (default: local)",
    )
    batch.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster)",
    )
    batch.add_argument("--no-progress", action="store_true", help="no progress bar or progress lines")
    add_analysis_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not (args.check or args.stdout or args.diff or args.output is not None or args.in_place):
        raise RepairError("say what to do: --check, --diff, --stdout, -o DIR or --in-place")
    if args.check and (args.stdout or args.output is not None or args.in_place):
        raise RepairError("--check writes nothing; it combines only with --diff")
    config = config_from_args(args)
    if args.min_confidence is not None:
        config.set_min_confidence(args.min_confidence)
    if args.output is not None:
        return _run_batch(args, config)
    return _run_files(args, config)


def _run_batch(args: argparse.Namespace, config: Config) -> int:
    """-o DIR: the batch command (repair/batch/)."""
    from repair.batch.runner import BatchOptions, run_batch

    options = BatchOptions(
        out=args.output,
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        resume=args.resume,
        text_field=args.text_field,
        report=args.report,
        report_html=args.report_html,
        log=args.log,
        progress=not args.no_progress,
    )
    summary = run_batch(args.paths, config, options)
    return 2 if summary["errors"] or summary["refused"] else 0


def _run_files(args: argparse.Namespace, config: Config) -> int:
    """--stdout, --diff, --check, --in-place: each file's result printed or written."""
    for flag, given in (
        ("--resume", args.resume),
        ("--report", args.report),
        ("--report-html", args.report_html),
    ):
        if given:
            raise RepairError(f"{flag} needs -o DIR")
    paths = collect_articles(args.paths)
    corpora = [p for p in paths if _is_corpus(p)]
    if corpora:
        raise RepairError(f"{corpora[0]}: a corpus is written back with -o DIR")
    if args.stdout and len(paths) != 1:
        raise RepairError("--stdout takes exactly one file")
    results, close = _results(paths, config, args)
    failed = changed = 0
    logs = []
    try:
        for path, result in zip(paths, results):
            try:
                changed += _finish(args, path, result)
                logs.append({"path": str(path), "proposals": result.log})
            except RepairError as error:
                message = str(error)
                print(
                    f"repair: error: {message if message.startswith(str(path)) else f'{path}: {message}'}",
                    file=sys.stderr,
                )
                failed += 1
    finally:
        close()
    if args.log:
        write_atomic(args.log, log_bytes(logs))
    if failed:
        return 2
    return 1 if changed and (args.check or args.diff) else 0


def _finish(args: argparse.Namespace, path: Path, result: DocResult) -> int:
    """Say what one file's result needs said, and write or print it: 1 when it changed."""
    for warning in result.warnings:
        print(f"repair: warning: {path}: {warning}", file=sys.stderr)
    if not result.ok:
        raise RepairError(result.message)
    changed = int(result.repaired != result.source.text)
    if changed and args.check:
        print(f"would repair {path}", file=sys.stderr)
    _emit(args, path, result.source, result.repaired)
    if result.review_ids:  # what automatic mode left to a person
        print(
            f"repair: {path}: {len(result.review_ids)} proposal(s) undecided (repair review {path})",
            file=sys.stderr,
        )
    return changed


def _results(
    paths: list[Path], config: Config, args: argparse.Namespace
) -> tuple[Iterator[DocResult], Callable[[], None]]:
    """The results in the order of ``paths``, and how to release what made them: one file
    runs in this process; several go to the batch engines (--jobs, --engine), in parallel."""
    if len(paths) == 1 and args.jobs is None and args.engine == "local" and not args.scheduler:
        engine = start_engine(config)
        results = (
            repair_document(data, config, name=name, fmt=fmt, keep_source=True, analyze=engine.analyze)
            for data, name, fmt in _tasks(paths, config)
        )
        return results, engine.pipeline.close
    from repair.batch.engines import make_engine

    engine = make_engine(
        config,
        engine=args.engine,
        jobs=args.jobs,
        scheduler=args.scheduler,
        documents=len(paths),
        keep_source=True,
    )
    return engine.map(_tasks(paths, config)), engine.close


def _tasks(paths: list[Path], config: Config) -> Iterator[tuple[bytes | RepairError, str, str]]:
    """(the bytes, or why they cannot be read; name; format) of each file."""
    for path in paths:
        try:
            if str(path) == "-":
                yield _read_stdin(config.max_bytes), "-", "text"
            else:
                yield read_article_bytes(path, max_bytes=config.max_bytes), str(path), format_for(path)
        except RepairError as error:
            yield error, str(path), "text"


def _read_stdin(max_bytes: int) -> bytes:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise RepairError(
            f"-: standard input is over the {max_bytes:,}-byte limit (raise it with --max-bytes)"
        )
    return data


def _is_corpus(path: Path) -> bool:
    """A JSON Lines or Parquet corpus (only batch mode writes those back)."""
    if str(path) == "-" or path.suffix.lower() in ARTICLE_SUFFIXES:
        return False
    from repair.batch.inputs import is_corpus

    return is_corpus(path)


def _emit(args: argparse.Namespace, path: Path, source: Source, repaired: str) -> None:
    if args.stdout:
        sys.stdout.flush()
        sys.stdout.buffer.write(repaired_bytes(source, repaired))
        sys.stdout.buffer.flush()
    elif args.diff:
        if not source.writable_in_place:
            raise RepairError("HTML input has no text to patch; use --stdout or -o DIR")
        sys.stdout.flush()
        sys.stdout.buffer.write(patch_bytes(source, repaired, path.as_posix()))
        sys.stdout.buffer.flush()
    elif args.in_place:
        if str(path) == "-":
            raise RepairError("standard input cannot be overwritten; use --stdout")
        if not source.writable_in_place:
            raise RepairError("HTML is reduced to its article text, so it is never overwritten; use -o DIR")
        if repaired == source.text:
            return
        write_in_place(path, repaired_bytes(source, repaired), backup=not args.no_backup)
