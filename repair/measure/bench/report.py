"""The benchmark result as one readable table (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

# which damage kinds each section lists: by category, plus kinds named outright
SECTION_KINDS = {
    "chrome": ({"chrome", "structure", "spacing", "encoding"}, set()),
    "names": ({"name"}, {"honorific-split"}),
    "grammar": ({"grammar", "fragment"}, set()),
}
SECTION_PASSES = {"chrome": "cleanup", "names": "names", "grammar": "grammar"}


def _pct(value) -> str:
    return "–" if value is None else f"{value * 100:.1f}"


def _num(value, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _recall_row(table: Table, label: str, proposals: str, precision: str, row: dict, auto_recall) -> None:
    """A sub-row with recall in review and automatic mode only."""
    table.add_row(label, proposals, precision, _pct(row["recall"]), "", "", _pct(auto_recall), "", "")


def render(result: dict, console: Console) -> None:
    sections = result["sections"]
    timing = result.get("timing", {})
    table = Table(
        title=(
            f"repair bench — seed {result['seed']}, {result['articles']} articles, "
            f"{result['words_clean']:,} clean words, {result['corruptions']:,} corruptions"
        ),
        show_lines=False,
    )
    table.add_column("row", justify="left", no_wrap=True, min_width=28)
    for column, justify in (
        ("proposals", "right"),
        ("P %", "right"),
        ("R %", "right"),
        ("F0.5", "right"),
        ("auto P %", "right"),
        ("auto R %", "right"),
        ("clean FP/1k", "right"),
        ("words/s", "right"),
    ):
        table.add_column(column, justify=justify)
    throughput = timing.get("throughput", {})
    passes = result.get("passes", {})
    shown = [SECTION_PASSES[s] for s in sections if s in SECTION_PASSES]
    if len(shown) == 3:
        shown.append("pipeline")
    for name in shown:
        row = passes[name]
        speed = throughput.get(name, {}).get("words_per_s")
        table.add_row(
            "[bold]pipeline (all passes)[/bold]" if name == "pipeline" else f"[bold]pass {name}[/bold]",
            str(row["review"]["proposals"]),
            _pct(row["review"]["precision"]),
            _pct(row["review"]["recall"]),
            _num(row["review"]["f05"]),
            _pct(row["auto"]["precision"]),
            _pct(row["auto"]["recall"]),
            _num(row["clean_false_changes_per_1k_words"]),
            _num(speed, 0) if speed else "–",
        )
        recoverable = row.get("recoverable_names")
        if recoverable:
            review, auto = recoverable["review"], recoverable["auto"]
            _recall_row(table, f"  recoverable names ({review['damage']})", "", "", review, auto["recall"])
    kinds = result.get("kinds", {})
    wanted_categories = set().union(*(SECTION_KINDS[s][0] for s in sections if s in SECTION_KINDS))
    wanted_kinds = set().union(*(SECTION_KINDS[s][1] for s in sections if s in SECTION_KINDS))
    if kinds:
        table.add_section()
    for kind, row in kinds.items():
        if row["category"] not in wanted_categories and kind not in wanted_kinds:
            continue
        _recall_row(
            table,
            f"  {kind} ({row['damage']})",
            str(row["proposals"]),
            _pct(row["precision"]),
            row,
            row["auto_recall"],
        )
    if "detect" in sections:
        d = result["detect"]
        table.add_section()
        blank = [""] * 7
        table.add_row("[bold]detector[/bold]", f"{d['damaged_sentences']}/{d['sentences']}", *blank)
        table.add_row("  sentence AUROC", _num(d["auroc"], 3), *blank)
        table.add_row("  precision at 10%", _pct(d["precision_at_10pct"]), *blank)
        table.add_row("  document AUROC", _num(d["document_auroc"], 3), *blank)
        table.add_row(
            "  clean sentences ≥ 0.5", f"{d['clean_sentences_flagged']}/{d['clean_sentences']}", *blank
        )
    if "perf" in sections:
        table.add_section()
        harper = timing.get("harper_alone", {})
        table.add_row(
            "[bold]Harper alone[/bold]", "", "", "", "", "", "", "", _num(harper.get("words_per_s"), 0)
        )
        for name in ("cleanup", "names", "grammar", "pipeline"):
            if name in throughput:
                table.add_row(
                    f"  {name}", "", "", "", "", "", "", "", _num(throughput[name]["words_per_s"], 0)
                )
        ratio = timing.get("pipeline_vs_harper")
        table.add_row(
            "  pipeline ÷ Harper", _num(ratio, 3) + "×" if ratio else "–", "", "", "", "", "", "", ""
        )
        table.add_row("  startup s", _num(timing.get("startup_seconds")), "", "", "", "", "", "", "")
    console.print(table)
    console.print(
        "P/R: resolved proposals in review mode; auto: what `repair fix` applies. A proposal is right when "
        "applying it restores the clean text. clean FP/1k: automatic changes per 1,000 words of the clean originals. "
        "recoverable names: name damage to a person the gazetteer lists or the article spells right elsewhere."
    )
    long_article = timing.get("names_long_article")
    if long_article:
        console.print(
            f"names pass on one {long_article['words']:,}-word damaged article: "
            f"{long_article['cpu_seconds']:.2f} s CPU beside Harper, "
            f"{long_article.get('cpu_seconds_without_grammar', 0):.2f} s with no grammar backend (fresh processes)"
        )
    scale = timing.get("gazetteer_scale")
    if scale:
        console.print("gazetteer scaling (repair.measure.gazetteer_scale.measure_scale):")
        for size, row in scale.items():
            if not isinstance(row, dict):
                console.print(f"  {size} entries: {row}")
                continue
            built = (
                f"built in {row['build_seconds']:.0f} s now (then cached), " if row["build_seconds"] else ""
            )
            console.print(
                f"  {int(size):,} more entries: index {built}opens in {row['load_seconds_large'] * 1000:.1f} ms "
                f"(shipped {row['load_seconds_shipped'] * 1000:.1f} ms); names analysis of a {row['words']:,}-word "
                f"article {row['analyse_seconds_large'] * 1000:.1f} ms vs {row['analyse_seconds_shipped'] * 1000:.1f} ms "
                f"with the shipped gazetteer: {row['ratio']}x"
            )
