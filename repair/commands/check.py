"""`repair check`: list the proposals, like a linter."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from repair.commands.common import add_analysis_options, config_from_args
from repair.editlog import edit_log
from repair.edits import LineIndex
from repair.errors import RepairError
from repair.loading import collect_articles
from repair.pipeline import Engine


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="list proposed fixes (exit 1 when there are some)")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    add_analysis_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    engine = Engine(config)
    found = 0
    failed = 0
    logs = []
    for path in collect_articles(args.paths):
        try:
            analysis = engine.analyze_path(path)
        except RepairError as error:
            print(f"repair: error: {error}", file=sys.stderr)
            failed += 1
            continue
        for warning in analysis.warnings:
            print(f"repair: warning: {path}: {warning}", file=sys.stderr)
        found += len(analysis.proposals)
        if args.format == "text":
            lines = LineIndex(analysis.text)
            for p in analysis.proposals:
                line, column = lines.locate(p.span.start)
                change = (
                    f"{p.original!r} -> {p.replacement!r}"
                    if len(p.original) <= 60
                    else f"remove {len(p.original)} chars"
                )
                print(f"{path}:{line}:{column}: {p.kind} {p.rule} {p.reason} ({change}, {p.confidence:.2f})")
        else:
            log = edit_log(str(path), analysis.text, analysis.proposals, {})
            if args.format == "jsonl":
                for record in log["proposals"]:
                    print(json.dumps({"path": str(path), **record}, ensure_ascii=False))
            else:
                logs.append(log)
    if args.format == "json":
        print(json.dumps({"files": logs}, ensure_ascii=False, indent=2))
    if failed:
        return 2
    return 1 if found else 0
