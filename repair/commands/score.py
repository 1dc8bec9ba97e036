"""`repair score`: how damaged each sentence looks, and why.

Text form: the article, one sentence a line with a heat bar, then the worst sentences
with their top reasons and the document score (the mean score of the article's three
worst sentences, page furniture left out, for filtering corpora). JSON Lines: one object
per sentence (start, end, score, text, reasons, spans: the words most likely wrong,
chrome, features). ``--document`` prints only the document's verdict. With the lm extra
installed the scores read its language model (``REPAIR_LM=0`` turns it off).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from repair.api import Engine
from repair.batch.inputs import iter_documents, kind_of
from repair.commands.check import document_source
from repair.commands.common import add_analysis_options, add_corpus_options, confidence, config_from_args
from repair.errors import RepairError
from repair.scoring import use_language_model

_BAR = " ▁▂▃▄▅▆▇█"
_WORST = 5


def register(subparsers) -> None:
    parser = subparsers.add_parser("score", help="a garble score per sentence, with its reasons")
    parser.add_argument(
        "path", type=Path, metavar="PATH", help="an article, a corpus (one score per record), or -"
    )
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
        help="print only the document score: the mean of its three worst sentences' scores (one JSON object with jsonl)",
    )
    add_corpus_options(parser)
    add_analysis_options(parser)
    parser.set_defaults(run=run)


def heat(score: float) -> str:
    return _BAR[min(len(_BAR) - 1, int(score * (len(_BAR) - 1) + 0.5))]


def run(args: argparse.Namespace) -> int:
    if args.path.is_dir():
        raise RepairError(f"{args.path} is a folder: score takes one article or one corpus")
    use_language_model()  # the lm extra, when installed (REPAIR_LM=0 turns it off)
    engine = Engine(config_from_args(args))
    documents = iter_documents(
        [args.path], text_field=args.text_field, id_field=args.id_field, max_bytes=engine.config.max_bytes
    )
    if kind_of(args.path) != "article":
        return _corpus(args, engine, documents)
    analysis, summary = engine.score_source(
        document_source(next(documents), engine.config.encoding), args.threshold
    )
    for warning in analysis.warnings:
        print(f"repair: warning: {args.path}: {warning}", file=sys.stderr)
    text = analysis.text
    scores = analysis.scores
    prose = [s for s in scores if not s.chrome]
    damaged = [s for s in prose if s.score >= args.threshold]
    share = summary["score"]
    if args.document:
        if args.format == "jsonl":
            keys = ("score", "prose", "damaged", "chrome", "threshold")
            print(json.dumps({"path": str(args.path), **_counts(summary, keys)}, ensure_ascii=False))
        else:
            print(f"{share:.2f}\t{args.path}")
        return 0
    if args.format == "jsonl":
        for sentence in summary["sentences"]:
            print(json.dumps(sentence, ensure_ascii=False))
        return 0
    paragraph = None
    sentences = analysis.doc.sentences
    for sentence, score in zip(sentences, scores, strict=True):
        if paragraph is not None and sentence.paragraph != paragraph:
            print()
        paragraph = sentence.paragraph
        flag = "c" if score.chrome else "!" if score.score >= args.threshold else " "
        print(f"{heat(score.score)}{flag} {score.score:.2f}  {_one_line(text, score)}")
    print()
    furniture = len(scores) - len(prose)
    print(
        f"document score: {share:.2f} (its three worst sentences; {len(damaged)} of {len(prose)} at or above "
        f"{args.threshold}" + (f"; {furniture} lines of page furniture left out)" if furniture else ")")
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


def _counts(summary: dict, keys: tuple[str, ...]) -> dict:
    """The summary's figures; ``prose`` is shown as ``sentences``: the article's own
    sentences, page furniture left out (``chrome`` counts that)."""
    return {("sentences" if k == "prose" else k): summary[k] for k in keys}


def _corpus(args: argparse.Namespace, engine: Engine, documents) -> int:
    """One score per record, keyed by its id: `score<TAB>PATH#ID` (text), or JSON Lines with
    ``--document`` one object per record, else one per sentence with its record's id."""
    failed = 0
    for document in documents:
        try:
            analysis, summary = engine.score_source(
                document_source(document, engine.config.encoding), args.threshold
            )
        except RepairError as error:
            print(f"repair: error: {document.name}: {error}", file=sys.stderr)
            failed += 1
            continue
        for warning in analysis.warnings:
            print(f"repair: warning: {document.name}: {warning}", file=sys.stderr)
        if args.format == "text":
            print(f"{summary['score']:.2f}\t{document.name}")
        elif args.document:
            counts = _counts(summary, ("score", "prose", "damaged", "chrome", "threshold"))
            print(
                json.dumps({"path": str(document.path), "record": document.id, **counts}, ensure_ascii=False)
            )
        else:
            for sentence in summary["sentences"]:
                print(json.dumps({"record": document.id, **sentence}, ensure_ascii=False))
    return 2 if failed else 0
