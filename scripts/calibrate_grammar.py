"""Train the grammar pass's finding model (repair/grammar/finding_model.json) and measure it.

    python scripts/calibrate_grammar.py --jfleg ../shared/data/jfleg   # train, write, report
    python scripts/calibrate_grammar.py --jfleg DIR --dry-run          # train and report only
    python scripts/calibrate_grammar.py --perf                         # also: throughput vs Harper alone
    python scripts/calibrate_grammar.py --grammar languagetool --lt-server http://localhost:8081

Training data: the grammar pass's proposals on seeded damaged copies of the benchmark
corpus (samples/corpus/*.txt; repair/measure/grammar_damage.py and the corruption simulator, with
answer keys), and, with --jfleg (needs nltk), on the even-indexed JFLEG dev sentences,
right when their edits are among the four human corrections'. The odd-indexed sentences
are held out: the report gives the model's precision and recall on them. Automatic
precision on the corpus is reported in-sample and cross-validated over two halves of the
articles. The same data and seed give the same weights.
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
from repair.grammar.confidence import MODEL_FILE  # noqa: E402
from repair.measure import grammar_calibration as calibration  # noqa: E402
from repair.passes.grammar import GrammarPass  # noqa: E402

ABOUT = (
    "Written by scripts/calibrate_grammar.py: a logistic regression of whether a grammar "
    "finding's top suggestion is right, over the signals of repair/grammar/confidence.py; "
    "trained on seeded damage of the benchmark corpus and the even-indexed JFLEG dev sentences."
)


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
    parser.add_argument(
        "--jfleg", type=Path, metavar="DIR", help="a JFLEG checkout (dev/dev.src, dev.ref0..3)"
    )
    parser.add_argument("--grammar", choices=("harper", "languagetool"), default="harper")
    parser.add_argument("--lt-server", metavar="URL")
    parser.add_argument("--dialect", default="us")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--dry-run", action="store_true", help="write nothing")
    parser.add_argument("--perf", action="store_true", help="also measure throughput against Harper alone")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)

    paths = args.paths or sorted((ROOT / "samples" / "corpus").glob("*.txt"))
    articles = calibration.load_articles(paths)
    config = Config(grammar=args.grammar, lt_server=args.lt_server, dialect=args.dialect)
    # what the pass proposes and the signals do not depend on the model, so re-running
    # on the same data gives the same weights
    grammar = GrammarPass(config)
    sources = ("own", "simulator") if args.damage == "both" else (args.damage,)
    records, damages = calibration.collect(
        articles, grammar, config, seed=args.seed, copies=args.copies, sources=sources
    )
    train_jfleg: list[calibration.Record] = []
    held_out: list[calibration.Record] = []
    if args.jfleg:
        jfleg_config = Config(
            grammar=args.grammar,
            lt_server=args.lt_server,
            dialect=args.dialect,
            exclude=frozenset({"chrome", "structure"}),  # as the JFLEG scorer runs repair fix
        )
        train_jfleg = calibration.jfleg_records(
            calibration.Jfleg.load(args.jfleg, parity=0), grammar, jfleg_config, "jfleg-even"
        )
        held_out = calibration.jfleg_records(
            calibration.Jfleg.load(args.jfleg, parity=1), grammar, jfleg_config, "jfleg-odd"
        )
    model = calibration.fit([*records, *train_jfleg], about=ABOUT)
    report = calibration.summary(records, damages, model, DEFAULT_THRESHOLDS)
    report["cross_validated_automatic"] = calibration.cross_validate(records, DEFAULT_THRESHOLDS, train_jfleg)
    if held_out:
        report["jfleg_held_out"] = {
            "proposals": len(held_out),
            "right": sum(r.tp for r in held_out),
            "automatic": calibration._precision(calibration.automatic(held_out, model, DEFAULT_THRESHOLDS)),
        }
    if args.perf and args.grammar == "harper":
        report["throughput"] = calibration.throughput(articles, config)

    if not args.dry_run:
        measured = {
            "date": date.today().isoformat(),
            "backend": args.grammar,
            "articles": len(articles),
            "copies": args.copies,
            "damage": list(sources),
            "seed": args.seed,
            "corpus_records": sum(r.damaged for r in records),
            "jfleg_records": len(train_jfleg),
        }
        args.out.write_text(calibration.model_json(model, measured), encoding="utf-8")
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report, model)
    return 0


def print_report(report: dict, model) -> None:
    print(f"{'category':34} {'right':>5} {'wrong':>5} {'precision':>9}")
    for backend, rows in report["categories"].items():
        for name, row in rows.items():
            print(f"{backend + '.' + name:34} {row['tp']:5} {row['fp']:5} {row['precision']:9.3f}")
    print("\nweights (largest first):")
    for name, weight in sorted(model.weights.items(), key=lambda kv: -abs(kv[1]))[:20]:
        print(f"  {name:40} {weight:+.3f}")
    print(f"  {'bias':40} {model.bias:+.3f}")
    print("\nrecall per damage kind (any confidence / automatic):")
    for kind, row in report["recall"].items():
        print(f"  {kind:28} {row['damages']:5} damages  {row['any_confidence']:.3f} / {row['automatic']:.3f}")
    a, cv = report["automatic"], report["cross_validated_automatic"]
    print(f"\nautomatic: {a['correct']}/{a['applied']} correct, precision {a['precision']}")
    for source, row in report["automatic_by_source"].items():
        print(
            f"  on {source} damage: {row['correct']}/{row['applied']} correct, precision {row['precision']}"
        )
    print(f"cross-validated automatic: {cv['correct']}/{cv['applied']} correct, precision {cv['precision']}")
    for source, row in cv["by_source"].items():
        print(
            f"  on {source} damage: {row['correct']}/{row['applied']} correct, precision {row['precision']}"
        )
    print(f"clean articles: {report['clean_proposals']} proposals, {report['clean_automatic']} automatic")
    if "jfleg_held_out" in report:
        j = report["jfleg_held_out"]
        auto = j["automatic"]
        print(
            f"JFLEG odd (held out): {j['right']}/{j['proposals']} proposals right; automatic "
            f"{auto['correct']}/{auto['applied']}, precision {auto['precision']}"
        )
    if "throughput" in report:
        t = report["throughput"]
        print(
            f"throughput: pass {t['pass_words_per_s']} words/s, Harper alone {t['harper_words_per_s']} "
            f"words/s, ratio {t['ratio']} (median of {t['ratios']}; {t['words']} words x {t['rounds']} rounds)"
        )


if __name__ == "__main__":
    sys.exit(main())
