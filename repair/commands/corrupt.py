"""`repair corrupt`: damaged copies of clean articles, each with its answer key."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from repair.atomic import write_atomic
from repair.errors import RepairError
from repair.loading import collect_articles, load_path

# The simulator (repair.measure) is imported only when this command runs, never by the product.
PROFILES_HELP = "mt-roundtrip, scrape, encoding, or all (the default)"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "corrupt", help="write damaged copies of clean articles with answer keys (for benchmarks)"
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="DIR",
        help="write DIR/<name>.txt (damaged) and DIR/<name>.key.json",
    )
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same damage (default 1)")
    parser.add_argument("--profile", default="all", help=f"which damage: {PROFILES_HELP}")
    parser.add_argument(
        "--gazetteer",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="gazetteer TSV whose people to damage (default: the shipped repair/data/gazetteer/*.tsv)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from repair.measure.corrupt import PROFILES, corrupt_text, known_names

    if args.profile not in PROFILES:
        raise RepairError(f"unknown profile {args.profile!r}: choose {PROFILES_HELP}")
    paths = collect_articles(args.paths)
    for path in args.gazetteer:
        if not path.is_file():
            raise RepairError(f"{path}: gazetteer file not found")
    known = known_names(args.gazetteer or None)
    if args.output.exists() and not args.output.is_dir():
        raise RepairError(f"{args.output} exists and is not a folder")
    names = [p.stem for p in paths]
    if len(set(names)) != len(names):
        raise RepairError("two articles share a file name; corrupt them into separate folders")
    args.output.mkdir(parents=True, exist_ok=True)
    for path in paths:
        clean = load_path(path).text
        damaged = corrupt_text(clean, name=path.name, seed=args.seed, profile=args.profile, **known)
        key = damaged.key(str(path), args.seed, args.profile, clean)
        write_atomic(args.output / f"{path.stem}.txt", damaged.text.encode("utf-8"))
        write_atomic(
            args.output / f"{path.stem}.key.json",
            (json.dumps(key, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
        )
        print(
            f"{path} -> {args.output / (path.stem + '.txt')}: {len(damaged.corruptions)} corruptions",
            file=sys.stderr,
        )
    return 0
