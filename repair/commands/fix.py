"""`repair fix`: apply the confident proposals, through the safety guard."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from repair.atomic import write_atomic
from repair.commands.common import add_analysis_options, confidence, config_from_args
from repair.config import Config
from repair.diffs import unified_diff
from repair.editlog import edit_log
from repair.edits import Decision, apply_decisions
from repair.errors import RepairError
from repair.loading import collect_articles
from repair.pipeline import Analysis, Engine
from repair.policy import auto_decisions
from repair.safety import guard


def register(subparsers) -> None:
    parser = subparsers.add_parser("fix", help="apply confident fixes")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--stdout", action="store_true", help="print the repaired text of one file")
    mode.add_argument("--diff", action="store_true", help="print a unified diff; write nothing")
    mode.add_argument("-o", "--output", type=Path, metavar="DIR", help="write repaired copies into DIR")
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
    add_analysis_options(parser)
    parser.set_defaults(run=run)


@dataclass
class Repair:
    path: Path
    analysis: Analysis
    decisions: dict[str, Decision]
    repaired: str


def repair_analysis(analysis: Analysis, config: Config) -> tuple[dict[str, Decision], str]:
    """Decide automatically and apply; refuse (RepairError) when the guard objects."""
    decisions = auto_decisions(analysis.proposals, config)
    repaired = apply_decisions(analysis.text, analysis.proposals, decisions)
    applied = [p for p in analysis.proposals if p.id in decisions]
    verdict = guard(analysis.text, repaired, config, applied)
    if not verdict.ok:
        raise RepairError(f"not written, the safety guard refused: {verdict.reason}")
    return decisions, repaired


def run(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    if args.min_confidence is not None:
        config.set_min_confidence(args.min_confidence)
    paths = collect_articles(args.paths)
    if args.stdout and len(paths) != 1:
        raise RepairError("--stdout takes exactly one file")
    engine = Engine(config)
    failed = 0
    logs = []
    for path in paths:
        try:
            analysis = engine.analyze_path(path)
            for warning in analysis.warnings:
                print(f"repair: warning: {path}: {warning}", file=sys.stderr)
            decisions, repaired = repair_analysis(analysis, config)
            _emit(args, path, analysis, repaired)
            logs.append(edit_log(str(path), analysis.text, analysis.proposals, decisions))
        except RepairError as error:
            message = str(error)
            print(
                f"repair: error: {message if message.startswith(str(path)) else f'{path}: {message}'}",
                file=sys.stderr,
            )
            failed += 1
    if args.log:
        write_atomic(args.log, json.dumps({"files": logs}, ensure_ascii=False, indent=2) + "\n")
    return 2 if failed else 0


def _emit(args: argparse.Namespace, path: Path, analysis: Analysis, repaired: str) -> None:
    source = analysis.source
    if args.stdout:
        sys.stdout.flush()
        sys.stdout.buffer.write(source.encode(repaired))
        sys.stdout.buffer.flush()
    elif args.diff:
        if not source.writable_in_place:
            raise RepairError("HTML input has no text to patch; use --stdout or -o DIR")
        sys.stdout.flush()
        sys.stdout.buffer.write(
            source.encode_diff(unified_diff(*source.with_bom(analysis.text, repaired), path.as_posix()))
        )
        sys.stdout.buffer.flush()
    elif args.in_place:
        if not source.writable_in_place:
            raise RepairError("HTML is reduced to its article text, so it is never overwritten; use -o DIR")
        if repaired == analysis.text:
            return
        data = source.encode(repaired)
        if not args.no_backup:
            write_atomic(path.with_name(path.name + ".orig"), path.read_bytes())
        write_atomic(path, data)
    else:
        target = _output_path(args, path)
        write_atomic(target, source.encode(repaired))


def _output_path(args: argparse.Namespace, path: Path) -> Path:
    for root in args.paths:
        if root.is_dir() and path.is_relative_to(root):
            relative = path.relative_to(root)
            break
    else:
        relative = Path(path.name)
    if relative.suffix.lower() in (".html", ".htm"):
        relative = relative.with_suffix(".txt")
    return args.output / relative
