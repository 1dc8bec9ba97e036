"""The JSON edit log: every proposal, where it is, why, and what was decided."""

from __future__ import annotations

from collections.abc import Mapping

from repair.edits import Decision, LineIndex, Proposal


def proposal_record(proposal: Proposal, lines: LineIndex, decision: Decision | None) -> dict:
    line, column = lines.locate(proposal.span.start)
    record = proposal.to_dict()
    record["line"] = line
    record["column"] = column
    record["decision"] = decision.to_dict() if decision else None
    return record


def edit_log(
    path: str, text: str, proposals: list[Proposal], decisions: Mapping[str, Decision], **extra
) -> dict:
    lines = LineIndex(text)
    return {
        "path": path,
        **extra,
        "proposals": [proposal_record(p, lines, decisions.get(p.id)) for p in proposals],
    }
