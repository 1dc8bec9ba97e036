"""`repair score`: how damaged each sentence looks, and why.

Text form: the article, one sentence a line with a heat bar, then the worst sentences
with their top reasons and the document score (the share of sentences at or above the
threshold, for filtering corpora). JSON Lines: one object per sentence (start, end,
score, text, reasons, features). ``--document`` prints only the document's verdict.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from repair.commands.common import add_analysis_options, confidence, config_from_args
from repair.pipeline import Engine

_BAR = " ▁▂▃▄▅▆▇█"
_WORST = 5


def register(subparsers) -> None:
    parser = subparsers.add_parser("score", help="a garble score per sentence, with its reasons")
    parser.add_argument("path", type=Path, metavar="PATH")
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")
    parser.add_argument(
        "--threshold",
        type=confidence,
        default=0.5,
        metavar="X",
        help="sentences at or above X count as damaged (default 0.5: even odds)",
    )
    parser.add_argument(
        "--document",
        action="store_true",
        help="print only the document score: the share of damaged sentences (one JSON object with jsonl)",
    )
    add_analysis_options(parser)
    parser.set_defaults(run=run)


def heat(score: float) -> str:
    return _BAR[min(len(_BAR) - 1, int(score * (len(_BAR) - 1) + 0.5))]


def run(args: argparse.Namespace) -> int:
    engine = Engine(config_from_args(args))
    analysis = engine.analyze_path(args.path)
    for warning in analysis.warnings:
        print(f"repair: warning: {args.path}: {warning}", file=sys.stderr)
    text = analysis.text
    scores = analysis.scores
    damaged = [s for s in scores if s.score >= args.threshold]
    share = len(damaged) / len(scores) if scores else 0.0
    if args.document:
        if args.format == "jsonl":
            summary = {
                "path": str(args.path),
                "score": round(share, 4),
                "sentences": len(scores),
                "damaged": len(damaged),
                "threshold": args.threshold,
            }
            print(json.dumps(summary, ensure_ascii=False))
        else:
            print(f"{share:.2f}\t{args.path}")
        return 0
    if args.format == "jsonl":
        for score in scores:
            print(json.dumps(score.to_dict(text), ensure_ascii=False))
        return 0
    paragraph = None
    sentences = analysis.doc.sentences
    for sentence, score in zip(sentences, scores, strict=True):
        if paragraph is not None and sentence.paragraph != paragraph:
            print()
        paragraph = sentence.paragraph
        flag = "!" if score.score >= args.threshold else " "
        print(f"{heat(score.score)}{flag} {score.score:.2f}  {_one_line(text, score)}")
    print()
    print(
        f"document score: {share:.2f} ({len(damaged)} of {len(scores)} sentences at or above {args.threshold})"
    )
    if damaged:
        print("worst sentences:")
        for score in sorted(damaged, key=lambda s: (-s.score, s.start))[:_WORST]:
            line = text.count("\n", 0, score.start) + 1
            print(f"  line {line}  {score.score:.2f}  {_one_line(text, score, 80)}")
            for reason in score.reasons:
                print(f"        - {reason}")
    return 0


def _one_line(text: str, score, width: int = 100) -> str:
    sentence = " ".join(text[score.start : score.end].split())
    return sentence if len(sentence) <= width else sentence[: width - 1] + "…"
