"""`repair export PATH --format patch|text|json [-o FILE]`: the accepted changes of a review.

Reads the saved review state (see repair.review_state) and the article as it is now. Each
decided proposal is placed again by its surrounding words, so no re-analysis is needed and
the result is exactly what the reviewer saw; decisions whose words are gone are reported.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from repair.atomic import write_atomic
from repair.diffs import unified_diff
from repair.editlog import edit_log
from repair.edits import Decision, Proposal, apply_decisions
from repair.errors import RepairError
from repair.loading import Source, load_path
from repair.review_state import ReviewState, state_path

FORMATS = ("patch", "text", "json")


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="write the accepted changes of a review")
    parser.add_argument("path", type=Path, metavar="PATH", help="the reviewed article")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="patch",
        help="patch: unified diff; text: the repaired article; json: the edit log",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--state-dir",
        type=Path,
        metavar="DIR",
        help="the folder `repair review --state-dir` used (default: next to the article)",
    )
    parser.set_defaults(run=run)


def export_bytes(
    fmt: str, path: Path, source: Source, proposals: Sequence[Proposal], decisions: Mapping[str, Decision]
) -> bytes:
    """The export of one article in ``fmt``, as the bytes to write."""
    text = source.text
    if fmt == "json":
        log = edit_log(str(path), text, list(proposals), decisions)
        return (json.dumps(log, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    repaired = apply_decisions(text, proposals, decisions)
    if fmt == "text":
        return source.encode(repaired)
    if fmt == "patch":
        if not source.writable_in_place:
            raise RepairError("HTML input has no text to patch; use --format text")
        return unified_diff(text, repaired, path.as_posix()).encode("utf-8")
    raise RepairError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")


def default_target(path: Path, fmt: str) -> Path:
    """Where the app writes an export: next to the article."""
    if fmt == "patch":
        return path.with_name(path.name + ".patch")
    if fmt == "json":
        return path.with_name(path.name + ".edits.json")
    suffix = ".txt" if path.suffix.lower() in (".html", ".htm") else path.suffix
    return path.with_name(f"{path.stem}.repaired{suffix}")


def run(args: argparse.Namespace) -> int:
    source = load_path(args.path)
    where = state_path(args.path, args.state_dir)
    if not where.is_file():
        raise RepairError(f"{args.path}: no review state at {where} (run `repair review` first)")
    state = ReviewState.load(where, str(args.path))
    proposals, decisions, stale = state.accepted(source.text)
    if stale:
        print(
            f"repair: warning: {args.path}: {len(stale)} decision(s) no longer match the text and were left out",
            file=sys.stderr,
        )
    data = export_bytes(args.format, args.path, source, proposals, decisions)
    if args.output:
        write_atomic(args.output, data)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0
