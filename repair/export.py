"""Everything repair writes out about a result, made in one place.

Callers decide *what* to write (repair/decide.py for automatic mode, the saved review for
`repair export` and the review app); this module decides *how*, so the same result gives
the same bytes from every command:

- ``repaired_bytes(source, text)``: the repaired article in the input's own encoding, BOM
  and newlines.
- ``patch_bytes(source, text, name)``: a unified diff that ``git apply`` and ``patch -p1``
  accept on the file as it is on disk, and reverse byte for byte: a UTF-8 BOM belongs to
  the first line, and the diff is in the file's encoding. HTML has no text to patch.
- ``diff_text(original, text, name)``: the same diff as text, for showing (reports).
- ``edit_log(path, text, proposals, decisions)``: the JSON edit log of one article (every
  proposal, its line and column, and its decision); ``log_bytes(files)`` writes several.
- ``review_queue(documents)``: batch mode's review.jsonl, one line per document with
  proposals left for review.
- ``export_bytes(fmt, path, source, proposals, decisions)`` with ``fmt`` in FORMATS:
  what `repair export` and the review app's export write; ``export_target(folder, path,
  fmt)``: the file the review app writes it to.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from repair.diffs import unified_diff
from repair.edits import Decision, LineIndex, Proposal, apply_decisions
from repair.errors import RepairError
from repair.loading import Source

FORMATS = ("patch", "text", "json")


def repaired_bytes(source: Source, text: str) -> bytes:
    return source.encode(text)


def patch_bytes(source: Source, text: str, name: str) -> bytes:
    """The patch from ``source`` to ``text``, as bytes that apply to the file on disk."""
    if not source.writable_in_place:
        raise RepairError("HTML input has no text to patch; write the repaired text instead")
    return source.encode_diff(unified_diff(*source.with_bom(source.text, text), name))


def diff_text(original: str, text: str, name: str) -> str:
    return unified_diff(original, text, name)


def proposal_record(proposal: Proposal, lines: LineIndex, decision: Decision | None) -> dict:
    line, column = lines.locate(proposal.span.start)
    record = proposal.to_dict()
    record["line"] = line
    record["column"] = column
    record["decision"] = decision.to_dict() if decision else None
    return record


def edit_log(
    path: str, text: str, proposals: Sequence[Proposal], decisions: Mapping[str, Decision], **extra
) -> dict:
    """Every proposal, where it is, why, and what was decided."""
    lines = LineIndex(text)
    return {
        "path": path,
        **extra,
        "proposals": [proposal_record(p, lines, decisions.get(p.id)) for p in proposals],
    }


def log_bytes(files: Iterable[dict]) -> bytes:
    """The edit logs of several articles (``fix --log``), as one JSON document."""
    return (json.dumps({"files": list(files)}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def review_queue(documents: Iterable[Mapping]) -> str:
    """review.jsonl: {"path", "proposal_ids"[, "record"]} for each document with proposals
    left for review (``documents``: batch summaries with ``path`` and ``review_ids``)."""
    lines = []
    for doc in documents:
        if doc["review_ids"]:
            line = {"path": doc["path"], "proposal_ids": doc["review_ids"]}
            if "record" in doc:
                line["record"] = doc["record"]
            lines.append(json.dumps(line, ensure_ascii=False) + "\n")
    return "".join(lines)


def export_bytes(
    fmt: str, path: Path, source: Source, proposals: Sequence[Proposal], decisions: Mapping[str, Decision]
) -> bytes:
    """One article's accepted changes in ``fmt``: "patch", "text" or "json" (the edit log)."""
    if fmt == "json":
        log = edit_log(str(path), source.text, list(proposals), decisions)
        return (json.dumps(log, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    repaired = apply_decisions(source.text, proposals, decisions)
    if fmt == "text":
        return repaired_bytes(source, repaired)
    if fmt == "patch":
        return patch_bytes(source, repaired, path.as_posix())
    raise RepairError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")


def export_target(folder: Path, path: Path, fmt: str) -> Path:
    """Where the review app writes an export of ``path``: in ``folder``, never next to the input."""
    if fmt == "patch":
        return folder / (path.name + ".patch")
    if fmt == "json":
        return folder / (path.name + ".edits.json")
    suffix = ".txt" if path.suffix.lower() in (".html", ".htm") else path.suffix
    return folder / f"{path.stem}.repaired{suffix}"
