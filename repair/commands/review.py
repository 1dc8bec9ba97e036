"""`repair review PATH... [--ref FILE...] [--gazetteer FILE...] [--state-dir DIR] [--queue FILE.jsonl]`.

Opens the review app on each article in turn. Decisions are saved after every key (see
repair.review_state), never next to the articles; `repair export` writes the result. With --queue, the articles and
the proposals to review come from a review queue that batch mode writes, one JSON record a
line: {"path": "...", "proposal_ids": ["..."]} (a relative path is taken from the queue
file's folder when it exists there, else from the current folder; a record without
proposal_ids reviews every proposal).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from repair.commands.common import add_analysis_options, config_from_args
from repair.errors import RepairError
from repair.loading import collect_articles
from repair.review_state import batch_state_dir, user_state_dir


def register(subparsers) -> None:
    parser = subparsers.add_parser("review", help="review the proposals interactively (Textual app)")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    parser.add_argument(
        "--queue",
        type=Path,
        metavar="FILE.jsonl",
        help="review the articles and proposals listed in a batch review queue",
    )
    parser.add_argument(
        "--state-dir",
        type=Path,
        metavar="DIR",
        help="keep review states, ignores and your gazetteer here "
        "(default: the user data folder; a queue's states: its batch's OUT/.repair)",
    )
    parser.add_argument("--light", action="store_true", help="start in the light theme")
    add_analysis_options(parser)
    parser.set_defaults(run=run)


def read_queue(path: Path) -> list[tuple[Path, tuple[str, ...] | None]]:
    """The (article, proposal ids) records of a review queue, merged per article in order."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise RepairError(f"{path}: no such review queue") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RepairError(f"{path}: cannot read the review queue ({error})") from None
    merged: dict[Path, list[str] | None] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            raw = record["path"]
            ids = record.get("proposal_ids")
            if not isinstance(raw, str) or (ids is not None and not all(isinstance(i, str) for i in ids)):
                raise TypeError("path must be a string and proposal_ids a list of strings")
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise RepairError(f"{path}:{number}: not a review queue record ({error})") from None
        article = Path(raw)
        if not article.is_absolute() and (path.parent / article).exists():
            article = path.parent / article
        if article not in merged:
            merged[article] = None if ids is None else list(ids)
        elif merged[article] is not None:
            known = merged[article]
            merged[article] = None if ids is None else known + [i for i in ids if i not in known]
    if not merged:
        raise RepairError(f"{path}: the review queue is empty")
    return [(article, None if ids is None else tuple(ids)) for article, ids in merged.items()]


def run(args: argparse.Namespace) -> int:
    app = build_app(args)
    result = app.run()
    return int(result or 0)


def build_app(args: argparse.Namespace):
    """The review app for these arguments. Harper's worker process is started first, so
    it builds its Linter while this process imports Textual and starts the app."""
    from repair.parallel_analysis import parallel_engine
    from repair.pipeline import Engine
    from repair.tui.session import ReviewItem

    if not args.paths and not args.queue:
        raise RepairError("give articles to review, or --queue FILE.jsonl")
    config = config_from_args(args)
    if args.state_dir is not None:
        config.state_dir = args.state_dir
    user_dir = user_state_dir(config.state_dir)
    # Names accepted always for every article are applied by the review's "always" rules;
    # the user's gazetteer is not read here: as a gazetteer its variants would hide them.
    items = (
        [ReviewItem(p, state_dir=config.state_dir) for p in collect_articles(args.paths)]
        if args.paths
        else []
    )
    export_dir = None
    if args.queue:
        # a batch's queue: its review states and "always" rules live in the batch's
        # state folder (OUT/.repair), beside what the batch applied automatically
        batch = batch_state_dir(args.queue.parent)
        state = args.state_dir if args.state_dir is not None else batch
        items.extend(ReviewItem(p, ids, state, batch) for p, ids in read_queue(args.queue))
        export_dir = args.queue.parent
    for item in items:
        if not item.path.is_file():
            raise RepairError(f"{item.path}: no such file")
    engine = parallel_engine(Engine(config))
    try:
        from repair.tui.app import ReviewApp

        return ReviewApp(
            items,
            engine,
            state_dir=config.state_dir,
            export_dir=export_dir,
            user_dir=user_dir,
            gazetteers=config.gazetteers,
            theme="textual-light" if args.light else "textual-dark",
        )
    except BaseException:
        engine.close()  # the worker must not outlive a failed start
        raise
