"""`repair score`: how damaged each sentence looks, and why."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from repair.commands.common import add_analysis_options, confidence, config_from_args
from repair.pipeline import Engine

_BAR = " ▁▂▃▄▅▆▇█"


def register(subparsers) -> None:
    parser = subparsers.add_parser("score", help="a garble score per sentence")
    parser.add_argument("path", type=Path, metavar="PATH")
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")
    parser.add_argument(
        "--threshold",
        type=confidence,
        default=0.5,
        metavar="X",
        help="sentences at or above X count as damaged (default 0.5)",
    )
    add_analysis_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    engine = Engine(config_from_args(args))
    analysis = engine.analyze_path(args.path)
    text = analysis.text
    if args.format == "jsonl":
        for score in analysis.scores:
            print(json.dumps(score.to_dict(text), ensure_ascii=False))
        return 0
    damaged = [s for s in analysis.scores if s.score >= args.threshold]
    for score in analysis.scores:
        bar = _BAR[min(len(_BAR) - 1, int(score.score * (len(_BAR) - 1) + 0.5))]
        flag = "!" if score.score >= args.threshold else " "
        sentence = " ".join(text[score.start : score.end].split())
        print(f"{bar}{flag} {score.score:.2f}  {sentence[:100]}")
    print()
    share = len(damaged) / len(analysis.scores) if analysis.scores else 0.0
    print(
        f"document score: {share:.2f} ({len(damaged)} of {len(analysis.scores)} sentences at or above {args.threshold})"
    )
    for score in sorted(damaged, key=lambda s: -s.score)[:5]:
        sentence = " ".join(text[score.start : score.end].split())
        print(f"  {score.score:.2f}  {sentence[:80]}")
        for reason in score.reasons[:3]:
            print(f"        - {reason}")
    return 0
