"""Options shared by the commands that analyse articles, and turning them into a Config."""

from __future__ import annotations

import argparse
from pathlib import Path

from repair.config import Config, config_start, load_config, parse_kinds, require_files
from repair.errors import RepairError


def add_analysis_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("analysis")
    group.add_argument(
        "--config",
        type=Path,
        help="a repair.toml (default: the closest repair.toml, or pyproject.toml with [tool.repair], "
        "in the inputs' folder or above)",
    )
    group.add_argument(
        "--gazetteer",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="extra gazetteer file (TSV, see repair/data/gazetteer/README.md); repeatable",
    )
    group.add_argument(
        "--ref",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a clean reference article on the same story; repeatable",
    )
    group.add_argument(
        "--grammar", choices=("harper", "languagetool", "none"), help="grammar backend (default: harper)"
    )
    group.add_argument("--lt-server", metavar="URL", help="LanguageTool server, e.g. http://localhost:8081")
    group.add_argument("--only", metavar="KINDS", help="only these kinds, comma-separated")
    group.add_argument("--exclude", metavar="KINDS", help="leave out these kinds, comma-separated")
    group.add_argument("--max-bytes", type=int, metavar="N", help="refuse inputs larger than this")
    group.add_argument(
        "--encoding",
        metavar="NAME",
        help="decode inputs as NAME (e.g. cp1252) instead of guessing; a guess in doubt is refused",
    )


def config_from_args(args: argparse.Namespace) -> Config:
    paths = getattr(args, "paths", None) or [getattr(args, "path", Path("-"))]
    config = load_config(args.config, config_start(paths))
    config.gazetteers.extend(args.gazetteer)
    config.references.extend(args.ref)
    if args.grammar:
        config.grammar = args.grammar
    if args.lt_server:
        config.lt_server = args.lt_server
        if not args.grammar:
            config.grammar = "languagetool"
    config.only = parse_kinds(args.only)
    config.exclude = parse_kinds(args.exclude)
    if args.max_bytes is not None:
        if args.max_bytes <= 0:
            raise RepairError("--max-bytes must be positive")
        config.max_bytes = args.max_bytes
    if args.encoding is not None:
        import codecs

        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise RepairError(f"--encoding {args.encoding}: no such encoding") from None
        config.encoding = args.encoding
    require_files(config)
    return config


def confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError("confidence must be between 0 and 1")
    return number


def add_corpus_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("corpora (JSON Lines, .jsonl.gz, Parquet)")
    group.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="the field (JSON Lines) or column (Parquet) holding each record's text (default: text)",
    )
    group.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="the field naming each record (default: id; without it, the record's 0-based number)",
    )
