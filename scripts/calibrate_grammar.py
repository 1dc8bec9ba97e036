"""Measure the grammar pass and write its confidence table (repair/grammar/confidence.json).

    python scripts/calibrate_grammar.py                 # measure, write the table, print a report
    python scripts/calibrate_grammar.py --dry-run       # measure and report only
    python scripts/calibrate_grammar.py --perf          # also: throughput next to Harper alone
    python scripts/calibrate_grammar.py --grammar languagetool --lt-server http://localhost:8081

Clean corpus articles (samples/corpus/*.txt) give the false positives; seeded damaged
copies (repair/measure/grammar_damage.py, with answer keys) give the true positives. The table is
measured with every category unmeasured (confidence plays no part in what the pass
proposes), so re-running it is stable. Automatic precision is reported in-sample and
cross-validated over two halves of the articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from repair.config import DEFAULT_THRESHOLDS, Config  # noqa: E402
from repair.grammar.categories import CONFIDENCE_FILE, ConfidenceTable  # noqa: E402
from repair.measure import grammar_calibration as calibration  # noqa: E402
from repair.passes.grammar import GrammarPass  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="clean articles (default: samples/corpus/*.txt)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--copies", type=int, default=2, help="damaged copies per article and source")
    parser.add_argument(
        "--damage",
        choices=("own", "simulator", "both"),
        default="both",
        help="own grammar damage, the corruption simulator's, or both (default)",
    )
    parser.add_argument("--grammar", choices=("harper", "languagetool"), default="harper")
    parser.add_argument("--lt-server", metavar="URL")
    parser.add_argument("--dialect", default="us")
    parser.add_argument("--out", type=Path, default=CONFIDENCE_FILE)
    parser.add_argument("--dry-run", action="store_true", help="write nothing")
    parser.add_argument("--perf", action="store_true", help="also measure throughput against Harper alone")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)

    paths = args.paths or sorted((ROOT / "samples" / "corpus").glob("*.txt"))
    articles = calibration.load_articles(paths)
    config = Config(grammar=args.grammar, lt_server=args.lt_server, dialect=args.dialect)
    grammar = GrammarPass(config, table=ConfidenceTable({}))
    sources = ("own", "simulator") if args.damage == "both" else (args.damage,)
    records, damages = calibration.collect(
        articles, grammar, config, seed=args.seed, copies=args.copies, sources=sources
    )
    rows = calibration.table(records)
    report = calibration.summary(records, damages, rows, DEFAULT_THRESHOLDS)
    report["cross_validated_automatic"] = calibration.cross_validate(records, damages, DEFAULT_THRESHOLDS)
    if args.perf and args.grammar == "harper":
        report["throughput"] = calibration.throughput(articles, config)

    if not args.dry_run:
        existing = json.loads(args.out.read_text(encoding="utf-8")) if args.out.is_file() else {}
        backends = existing.get("backends", {})
        backends.update({name: rows[name] for name in rows if name in (args.grammar, "repair")})
        args.out.write_text(
            json.dumps(
                {
                    "about": "Measured by scripts/calibrate_grammar.py: precision per rule category on "
                    "seeded grammar damage of the benchmark corpus; confidence is its one-sided 95% "
                    "Wilson lower bound. Categories not listed get `unmeasured`.",
                    "measured": {
                        "date": date.today().isoformat(),
                        "articles": len(articles),
                        "copies": args.copies,
                        "damage": sources,
                        "seed": args.seed,
                        "damages": damages,
                    },
                    "unmeasured": existing.get("unmeasured", 0.5),
                    "backends": backends,
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    return 0


def print_report(report: dict) -> None:
    print(f"{'category':34} {'tp':>5} {'fp':>5} {'precision':>9} {'confidence':>10}  automatic")
    auto = set(report["automatic_categories"])
    for backend, rows in report["categories"].items():
        for name, row in rows.items():
            key = f"{backend}.{name}"
            print(
                f"{key:34} {row['tp']:5} {row['fp']:5} {row['precision']:9.3f} {row['confidence']:10.3f}"
                f"  {'yes' if key in auto else ''}"
            )
    print("\nrecall per damage kind (any confidence / automatic):")
    for kind, row in report["recall"].items():
        print(f"  {kind:12} {row['damages']:5} damages  {row['any_confidence']:.3f} / {row['automatic']:.3f}")
    a, cv = report["automatic"], report["cross_validated_automatic"]
    print(f"\nautomatic: {a['correct']}/{a['applied']} correct, precision {a['precision']}")
    for source, row in report["automatic_by_source"].items():
        print(
            f"  on {source} damage: {row['correct']}/{row['applied']} correct, precision {row['precision']}"
        )
    print(f"cross-validated automatic: {cv['correct']}/{cv['applied']} correct, precision {cv['precision']}")
    print(f"clean articles: {report['clean_proposals']} proposals, {report['clean_automatic']} automatic")
    if "throughput" in report:
        t = report["throughput"]
        print(
            f"throughput: pass {t['pass_words_per_s']} words/s, Harper alone {t['harper_words_per_s']} "
            f"words/s, ratio {t['ratio']} (median of {t['ratios']}; {t['words']} words x {t['rounds']} rounds)"
        )


if __name__ == "__main__":
    sys.exit(main())
