"""`repair check`: list the proposals, like a linter.

Exit 0 when nothing reaches ``--min-confidence``, 1 when something does, 2 on an error.
Inputs are articles, folders, corpora (JSON Lines, .jsonl.gz, Parquet: each record is a
document named PATH#ID) or ``-`` for standard input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from repair.api import Engine
from repair.batch.inputs import Document, iter_documents
from repair.ci_formats import github_annotation, sarif_log
from repair.commands.common import add_analysis_options, add_corpus_options, confidence, config_from_args
from repair.errors import RepairError
from repair.loading import Source, load_bytes

FORMATS = ("text", "json", "jsonl", "github", "sarif")


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="list proposed fixes (exit 1 when there are some)")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files, folders, corpora, or -")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (path:line:col), json, jsonl, github (Actions annotations) or sarif (2.1.0)",
    )
    parser.add_argument(
        "--min-confidence",
        type=confidence,
        default=0.0,
        metavar="X",
        help="list (and fail on) only proposals at or above confidence X (default 0: all)",
    )
    add_corpus_options(parser)
    add_analysis_options(parser)
    parser.set_defaults(run=run)


def document_source(document: Document, encoding: str | None = None) -> Source:
    """A document's text as the pipeline takes it; RepairError when it cannot be read."""
    data = document.data
    if isinstance(data, RepairError):
        raise data
    if isinstance(data, bytes):
        try:
            return load_bytes(data, fmt=document.fmt, encoding=encoding)
        except RepairError as error:
            raise RepairError(f"{document.name}: {error}") from None
    from repair.api import text_source

    return text_source(data)


def run(args: argparse.Namespace) -> int:
    engine = Engine(config_from_args(args))
    found = failed = 0
    logs: list[dict] = []
    sarif: list[tuple] = []
    for document in iter_documents(
        args.paths, text_field=args.text_field, id_field=args.id_field, max_bytes=engine.config.max_bytes
    ):
        try:
            analysis, records = engine.check_source(
                document_source(document, engine.config.encoding), document.name
            )
        except RepairError as error:
            message = str(error)
            if not message.startswith(document.name):
                message = f"{document.name}: {message}"
            print(f"repair: error: {message}", file=sys.stderr)
            failed += 1
            continue
        for warning in analysis.warnings:
            print(f"repair: warning: {document.name}: {warning}", file=sys.stderr)
        records = [r for r in records if r["confidence"] >= args.min_confidence]
        found += len(records)
        path = str(document.path)
        if args.format == "text":
            for r in records:
                change = (
                    f"{r['original']!r} -> {r['replacement']!r}"
                    if len(r["original"]) <= 60
                    else f"remove {len(r['original'])} chars"
                )
                print(
                    f"{document.name}:{r['line']}:{r['column']}: {r['kind']} {r['rule']} {r['reason']} "
                    f"({change}, {r['confidence']:.2f})"
                )
        elif args.format == "github":
            for r in records:
                print(github_annotation(path, r, document.id))
        elif args.format == "sarif":
            sarif.extend((path, document.id, analysis.text, r) for r in records)
        elif args.format == "jsonl":
            for r in records:
                print(json.dumps({"path": path, **_id(document), **r}, ensure_ascii=False))
        else:
            logs.append({"path": path, **_id(document), "proposals": records})
    if args.format == "json":
        print(json.dumps({"files": logs}, ensure_ascii=False, indent=2))
    elif args.format == "sarif":
        print(json.dumps(sarif_log(sarif), ensure_ascii=False, indent=2))
    if failed:
        return 2
    return 1 if found else 0


def _id(document: Document) -> dict:
    return {"record": document.id} if document.id is not None else {}
