"""`repair export PATH | --batch OUT -o DIR [--format patch|text|json]`: the finished article.

Reads the saved state of the article (see repair.review_state) and the article as it is
now, and writes the finished article (repair.finished): the automatic policy's decisions
plus the reviewer's. Each proposal is placed again by its surrounding words, so the result
is exactly what the reviewer saw; decisions whose words are gone are reported, and so is
the number of proposals still undecided. With --batch, every article of a batch run
(`repair fix DIR -o OUT`, then `repair review --queue OUT/review.jsonl`) is exported into
DIR: the finished articles, or a patch (or edit log) per article, under their output paths.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from repair.atomic import write_atomic
from repair.commands.common import add_analysis_options, config_from_args
from repair.config import Config
from repair.errors import RepairError
from repair.export import FORMATS, export_bytes
from repair.finished import Finished, finish
from repair.loading import Source, load_path
from repair.review_state import ReviewState, batch_state_dir, state_path


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="write the finished article of a review (or a whole batch)")
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH", help="the reviewed article")
    parser.add_argument(
        "--batch",
        type=Path,
        metavar="OUT",
        help="every article of the batch run that wrote OUT (needs -o DIR)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="patch",
        help="patch: unified diff; text: the finished article; json: the edit log",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write here instead of stdout (with --batch: a folder)",
    )
    parser.add_argument(
        "--state-dir",
        type=Path,
        metavar="DIR",
        help="the folder `repair review --state-dir` used (default: the user data folder)",
    )
    add_analysis_options(parser)  # the policy's thresholds, and analysing a review left early
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if (args.path is None) == (args.batch is None):
        raise RepairError("give the reviewed article, or --batch OUT -o DIR")
    args.paths = [args.path or args.batch]  # where repair.toml is looked for
    config = config_from_args(args)
    if args.batch is not None:
        return export_batch(args, config)
    where = state_path(args.path, args.state_dir)
    if not where.is_file():
        raise RepairError(f"{args.path}: no review state at {where} (run `repair review` first)")
    source = load_path(args.path, max_bytes=config.max_bytes, encoding=config.encoding)
    if args.format == "patch" and not source.writable_in_place:
        raise RepairError("HTML input has no text to patch; use --format text")
    done = _finish(args.path, source, ReviewState.load(where, str(args.path)), config)
    data = export_bytes(args.format, args.path, source, done.proposals, done.decisions)
    if args.output:
        write_atomic(args.output, data)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


def export_batch(args: argparse.Namespace, config: Config) -> int:
    """Every article a batch run kept a state for, finished, under its output path in DIR."""
    if args.output is None:
        raise RepairError("--batch needs -o DIR, the folder to write the finished articles into")
    folder = batch_state_dir(args.batch) / "reviews"
    states = sorted(folder.glob("*.review.json")) if folder.is_dir() else []
    if not states:
        raise RepairError(
            f"{args.batch}: no batch states in {folder} (run `repair fix DIR -o {args.batch}` first)"
        )
    suffix = {"text": "", "patch": ".patch", "json": ".edits.json"}[args.format]
    undecided = failed = 0
    for where in states:
        article = where  # named by its state until the state is read
        try:
            state = ReviewState.load(where)
            article = Path(state.article)
            source = load_path(article, max_bytes=config.max_bytes, encoding=config.encoding)
            done = _finish(article, source, state, config)
            name = state.output or article.name
            data = export_bytes(args.format, Path(name), source, done.proposals, done.decisions)
            write_atomic(args.output / (name + suffix), data)
        except RepairError as error:  # one article that cannot be exported stops no other
            message = str(error)
            print(
                f"repair: error: {message if message.startswith(str(article)) else f'{article}: {message}'}",
                file=sys.stderr,
            )
            failed += 1
            continue
        undecided += len(done.undecided)
    print(
        f"repair: {len(states) - failed} article(s) written to {args.output}; {undecided} proposal(s) undecided",
        file=sys.stderr,
    )
    return 2 if failed else 0


def _finish(path: Path, source: Source, state: ReviewState, config: Config) -> Finished:
    """The finished article, with its warnings and its count of undecided proposals said."""

    def analyse():
        from repair.api import Engine

        return Engine(config).analyze(source).proposals

    done = finish(source, state, config, analyse)
    if done.stale:
        print(
            f"repair: warning: {path}: {len(done.stale)} decision(s) no longer match the text and were left out",
            file=sys.stderr,
        )
    print(f"repair: {done.summary(str(path))}", file=sys.stderr)
    return done
