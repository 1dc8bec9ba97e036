"""The summary of a batch: JSON for machines, a rich table for people, HTML with diffs."""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from repair.batch.work import ERROR, REFUSED, REPAIRED, UNCHANGED

HTML_DIFF_LIMIT = 2000  # documents whose diff the HTML report shows in full


def summarize(
    documents: Iterable[dict],
    *,
    inputs: int,
    resumed: int,
    seconds: float,
    words: int,
    engine: str,
    workers: int,
) -> dict:
    """Totals over the per-document summaries (the ones from earlier runs included)."""
    statuses: Counter = Counter()
    applied: Counter = Counter()
    review: Counter = Counter()
    refused, errors = [], []
    total_words = 0
    for doc in documents:
        statuses[doc["status"]] += 1
        applied.update(doc["applied"])
        review.update(doc["review"])
        total_words += doc["words"]
        if doc["status"] == REFUSED:
            refused.append({"name": doc["name"], "message": doc["message"]})
        elif doc["status"] == ERROR:
            errors.append({"name": doc["name"], "message": doc["message"]})
    return {
        "inputs": inputs,
        "documents": sum(statuses.values()),
        "repaired": statuses[REPAIRED],
        "unchanged": statuses[UNCHANGED],
        "refused": statuses[REFUSED],
        "errors": statuses[ERROR],
        "resumed": resumed,
        "words": total_words,
        "engine": engine,
        "workers": workers,
        "seconds": round(seconds, 3),
        "words_per_second": round(words / seconds, 1) if seconds > 0 else 0.0,
        "applied": dict(sorted(applied.items())),
        "review": dict(sorted(review.items())),
        "refused_documents": refused,
        "error_documents": errors,
    }


def print_table(summary: dict, stream: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, highlight=False)
    overview = Table(title="repair fix", show_header=False)
    overview.add_column(style="bold")
    overview.add_column(justify="right")
    rows = [
        ("inputs", summary["inputs"]),
        ("documents", summary["documents"]),
        ("repaired", summary["repaired"]),
        ("unchanged", summary["unchanged"]),
        ("refused by the safety guard", summary["refused"]),
        ("errors", summary["errors"]),
    ]
    if summary["resumed"]:
        rows.append(("complete from an earlier run", summary["resumed"]))
    rows.append(
        (
            "words/s",
            f"{summary['words_per_second']:,.0f} ({summary['engine']}, {summary['workers']} "
            f"worker{'s' if summary['workers'] != 1 else ''})",
        )
    )
    for label, value in rows:
        overview.add_row(label, f"{value:,}" if isinstance(value, int) else str(value))
    console.print(overview)
    kinds = sorted(set(summary["applied"]) | set(summary["review"]))
    if kinds:
        table = Table(title="proposals by kind")
        table.add_column("kind")
        table.add_column("applied", justify="right")
        table.add_column("left for review", justify="right")
        for kind in kinds:
            table.add_row(kind, f"{summary['applied'].get(kind, 0):,}", f"{summary['review'].get(kind, 0):,}")
        console.print(table)
    for label, key in (("refused", "refused_documents"), ("error", "error_documents")):
        for doc in summary[key][:20]:
            console.print(f"{label}: {doc['name']}: {doc['message']}", markup=False, soft_wrap=True)
        if len(summary[key]) > 20:
            console.print(
                f"... and {len(summary[key]) - 20:,} more {label} (see --report)",
                markup=False,
                soft_wrap=True,
            )


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin-bottom: 1.5em; }
td, th { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
td.n { text-align: right; }
details { margin: 0.4em 0 1em 0; }
pre { background: #f7f7f7; padding: 0.6em; overflow-x: auto; white-space: pre-wrap; }
.add { background: #e6ffec; } .del { background: #ffebe9; } .hunk { color: #0550ae; }
.refused, .error { color: #a40e26; }
meter { width: 4em; }
"""
# Everything from the input is escaped; on top, the page may load nothing and run nothing:
# no script at all, and only its own style block (by hash), so an escaping slip in a future
# change still cannot run code from an article, a file name or a corpus id.
_CSP = (
    "default-src 'none'; "
    f"style-src 'sha256-{base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()}'; "
    "base-uri 'none'; form-action 'none'"
)


def render_html(summary: dict, documents: list[dict]) -> str:
    """One self-contained page: the totals, then every document with its score and diff."""
    out = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<meta http-equiv='Content-Security-Policy' content=\"{_CSP}\">",
        "<title>repair report</title>",
        f"<style>{_STYLE}</style></head><body><h1>repair report</h1><table>",
    ]
    for key in (
        "inputs",
        "documents",
        "repaired",
        "unchanged",
        "refused",
        "errors",
        "words",
        "words_per_second",
    ):
        out.append(
            f"<tr><th>{html.escape(key.replace('_', ' '))}</th><td class='n'>{summary[key]:,}</td></tr>"
        )
    out.append(
        "</table><h2>proposals by kind</h2><table><tr><th>kind</th><th>applied</th><th>left for review</th></tr>"
    )
    for kind in sorted(set(summary["applied"]) | set(summary["review"])):
        out.append(
            f"<tr><td>{html.escape(kind)}</td><td class='n'>{summary['applied'].get(kind, 0)}</td>"
            f"<td class='n'>{summary['review'].get(kind, 0)}</td></tr>"
        )
    out.append("</table><h2>documents</h2>")
    for number, doc in enumerate(documents):
        score = doc["score"]
        status = html.escape(doc["status"])
        head = (
            f"<meter min='0' max='1' value='{score:.2f}'></meter> {score:.2f} "
            f"<b>{html.escape(doc['name'])}</b> <span class='{status}'>{status}</span>, "
            f"{sum(doc['applied'].values())} applied, {sum(doc['review'].values())} for review"
        )
        if doc["message"]:
            head += f" <span class='{status}'>({html.escape(doc['message'])})</span>"
        if not doc.get("diff"):
            out.append(f"<div>{head}</div>")
        elif number >= HTML_DIFF_LIMIT:
            out.append(f"<div>{head} (diff not shown: over {HTML_DIFF_LIMIT:,} documents)</div>")
        else:
            out.append(f"<details><summary>{head}</summary><pre>{_diff_html(doc['diff'])}</pre></details>")
    out.append("</body></html>\n")
    return "\n".join(out)


def _diff_html(diff: str) -> str:
    lines = []
    for line in diff.splitlines():
        css = (
            "hunk"
            if line.startswith("@@")
            else "add"
            if line.startswith("+")
            else "del"
            if line.startswith("-")
            else ""
        )
        if line.startswith(("+++", "---")):
            css = ""
        escaped = html.escape(line)
        lines.append(f"<span class='{css}'>{escaped}</span>" if css else escaped)
    return "\n".join(lines)
