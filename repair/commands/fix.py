"""`repair fix`: apply the confident proposals, through the safety guard.

With ``-o DIR`` it is the batch command: folders are searched recursively for articles
(txt, md, html) and corpora (JSON Lines, Parquet), documents run in parallel, a killed run
can be continued with ``--resume``, and a summary, a review queue and reports are written
(see repair/batch/). The other modes print or overwrite, and run the same per-document
function on the same engines.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from repair.atomic import write_atomic, write_in_place
from repair.batch.engines import make_engine
from repair.batch.inputs import is_corpus, read_input, read_stdin
from repair.batch.runner import BatchOptions, run_batch
from repair.batch.work import decide
from repair.commands.common import add_analysis_options, confidence, config_from_args
from repair.config import Config
from repair.diffs import unified_diff
from repair.edits import Decision
from repair.errors import RepairError
from repair.loading import Source, collect_articles, format_for
from repair.pipeline import Analysis


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


def repair_analysis(analysis: Analysis, config: Config) -> tuple[dict[str, Decision], str]:
    """Decide automatically and apply; refuse (RepairError) when the guard objects."""
    decisions, repaired, verdict = decide(analysis, config)
    if not verdict.ok:
        raise RepairError(f"not written, the safety guard refused: {verdict.reason}")
    return decisions, repaired


def run(args: argparse.Namespace) -> int:
    if not (args.check or args.stdout or args.diff or args.output is not None or args.in_place):
        raise RepairError("say what to do: --check, --diff, --stdout, -o DIR or --in-place")
    if args.check and (args.stdout or args.output is not None or args.in_place):
        raise RepairError("--check writes nothing; it combines only with --diff")
    config = config_from_args(args)
    if args.min_confidence is not None:
        config.set_min_confidence(args.min_confidence)
    if args.output is not None:
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
    for flag, given in (
        ("--resume", args.resume),
        ("--report", args.report),
        ("--report-html", args.report_html),
    ):
        if given:
            raise RepairError(f"{flag} needs -o DIR")
    paths = collect_articles(args.paths)
    corpora = [p for p in paths if is_corpus(p)]
    if corpora:
        raise RepairError(f"{corpora[0]}: a corpus is written back with -o DIR")
    if args.stdout and len(paths) != 1:
        raise RepairError("--stdout takes exactly one file")
    engine = make_engine(
        config,
        engine=args.engine,
        jobs=args.jobs,
        scheduler=args.scheduler,
        documents=len(paths),
        keep_source=True,
    )
    failed = changed = 0
    logs = []
    try:
        for path, result in zip(paths, engine.map(_tasks(paths, config))):
            for warning in result.warnings:
                print(f"repair: warning: {path}: {warning}", file=sys.stderr)
            try:
                if not result.ok:
                    raise RepairError(result.message)
                if result.repaired != result.source.text:
                    changed += 1
                    if args.check:
                        print(f"would repair {path}", file=sys.stderr)
                _emit(args, path, result.source, result.repaired)
                logs.append({"path": str(path), "proposals": result.log})
                if result.review_ids:  # what automatic mode left to a person
                    print(
                        f"repair: {path}: {len(result.review_ids)} proposal(s) undecided "
                        f"(repair review {path})",
                        file=sys.stderr,
                    )
            except RepairError as error:
                message = str(error)
                print(
                    f"repair: error: {message if message.startswith(str(path)) else f'{path}: {message}'}",
                    file=sys.stderr,
                )
                failed += 1
    finally:
        engine.close()
    if args.log:
        write_atomic(args.log, json.dumps({"files": logs}, ensure_ascii=False, indent=2) + "\n")
    if failed:
        return 2
    return 1 if changed and (args.check or args.diff) else 0


def _tasks(paths: list[Path], config: Config) -> Iterator[tuple]:
    for path in paths:
        if str(path) == "-":
            yield read_stdin(config.max_bytes), "-", "text"
        else:
            yield read_input(path, config.max_bytes), str(path), format_for(path)


def _emit(args: argparse.Namespace, path: Path, source: Source, repaired: str) -> None:
    if args.stdout:
        sys.stdout.flush()
        sys.stdout.buffer.write(source.encode(repaired))
        sys.stdout.buffer.flush()
    elif args.diff:
        if not source.writable_in_place:
            raise RepairError("HTML input has no text to patch; use --stdout or -o DIR")
        sys.stdout.flush()
        sys.stdout.buffer.write(
            source.encode_diff(unified_diff(*source.with_bom(source.text, repaired), path.as_posix()))
        )
        sys.stdout.buffer.flush()
    elif args.in_place:
        if str(path) == "-":
            raise RepairError("standard input cannot be overwritten; use --stdout")
        if not source.writable_in_place:
            raise RepairError("HTML is reduced to its article text, so it is never overwritten; use -o DIR")
        if repaired == source.text:
            return
        write_in_place(path, source.encode(repaired), backup=not args.no_backup)
