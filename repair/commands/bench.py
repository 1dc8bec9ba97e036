"""`repair bench`: every pass measured against simulated damage with an exact answer key."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from repair.errors import RepairError

# The measurement code (repair.measure) is imported only when a bench runs, never by the
# product; so the sections are checked in run(), not by argparse's choices.
SECTIONS_HELP = "chrome, names, detect, grammar, perf, real, routes, or all (the default)"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "bench", help="measure precision, recall, detection and speed on a corrupted corpus"
    )
    parser.add_argument("section", nargs="?", default="all", help=f"what to measure: {SECTIONS_HELP}")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--seed", type=int, default=1, help="corruption seed (default 1)")
    parser.add_argument(
        "--corpus",
        type=Path,
        metavar="DIR",
        help="folder of clean .txt articles (default samples/corpus)",
    )
    parser.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help="only the first N articles (with routes: N people, default 300)",
    )
    parser.add_argument(
        "--dir",
        type=Path,
        metavar="DIR",
        help="with real: the real pages and their answer keys (default ../shared/real-dev)",
    )
    parser.add_argument(
        "--grammar",
        choices=("harper", "none"),
        help="with real and routes: the grammar backend (default harper, as `repair fix` runs)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="with real and routes: list what was missed"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from repair.measure.bench.report import render
    from repair.measure.bench.runner import SECTIONS, default_corpus, run_bench

    if args.section not in (*SECTIONS, "all", "real", "routes"):
        raise RepairError(f"unknown bench section {args.section!r}: choose {SECTIONS_HELP}")
    if args.limit is not None and args.limit < 1:
        raise RepairError("--limit must be at least 1")
    if args.section in ("real", "routes"):
        return run_real_section(args)
    sections = SECTIONS if args.section == "all" else (args.section,)

    def progress(message: str) -> None:
        if not args.quiet:
            print(f"repair bench: {message}", file=sys.stderr, flush=True)

    result = run_bench(sections, args.seed, args.corpus or default_corpus(), args.limit, progress)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        from rich.console import Console

        console = Console()
        render(result, Console(width=max(console.width, 120)))
    return 0


def run_real_section(args: argparse.Namespace) -> int:
    """The real-damage track: pages with answer keys, read where they are, never copied;
    or the gazetteer's transliteration routes read back in sentences (``routes``)."""
    from repair.measure.bench import real, routes

    def progress(message: str) -> None:
        if not args.quiet:
            print(f"repair bench {args.section}: {message}", file=sys.stderr, flush=True)

    from repair.config import Config

    config = Config()
    if args.grammar:
        config.grammar = args.grammar
    if args.section == "routes":
        result = routes.run_routes(args.seed, args.limit or routes.DEFAULT_PEOPLE, config, progress)
        render = routes.render
    else:
        result = real.run_real(args.dir or real.DEFAULT_DIR, config, progress=progress)
        render = real.render
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(render(result, verbose=args.verbose))
    return 0
