"""Findings in the formats CI systems read: GitHub Actions annotations and SARIF 2.1.0.

Both take the edit-log records `repair check` produces (line and column 1-based, counted
in code points). SARIF says so with ``columnKind: unicodeCodePoints``; each result
carries its replacement as a SARIF fix, so code-scanning viewers can show it.
"""

from __future__ import annotations

from repair import __version__

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/repair/"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_annotation(path: str, record: dict, record_id: str | None = None) -> str:
    """One workflow command, e.g. ``::warning file=a.txt,line=3,col=5,title=name name.sound::...``.

    A corpus record's lines are not the file's, so its annotation names the file and
    the record id, without a line."""
    level = "warning" if record["confidence"] >= 0.5 else "notice"
    where = f"file={_escape_property(path)}"
    if record_id is None:
        where += f",line={record['line']},col={record['column']}"
    title = _escape_property(f"{record['kind']} {record['rule']}")
    message = f"{record['reason']} ({_change(record)}, confidence {record['confidence']:.2f})"
    if record_id is not None:
        message = f"record {record_id}: {message}"
    return f"::{level} {where},title={title}::{_escape_data(message)}"


def _change(record: dict) -> str:
    original, replacement = record["original"], record["replacement"]
    if len(original) > 60:
        return f"remove {len(original)} chars" if not replacement else f"rewrite {len(original)} chars"
    return f"{original!r} -> {replacement!r}"


def sarif_log(findings: list[tuple[str, str | None, str | None, dict]]) -> dict:
    """A SARIF 2.1.0 log of (path, record id or None, text or None, record) findings."""
    rules: dict[str, dict] = {}
    results = []
    for path, record_id, text, record in findings:
        rule_id = record["rule"]
        if rule_id not in rules:
            rules[rule_id] = {
                "id": rule_id,
                "name": rule_id.replace(".", "_"),
                "shortDescription": {"text": f"{record['kind']}: {rule_id}"},
                "properties": {"kind": record["kind"]},
            }
        results.append(_sarif_result(path, record_id, text, record, list(rules).index(rule_id)))
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "repair",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": list(rules.values()),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _sarif_result(path: str, record_id: str | None, text: str | None, record: dict, index: int) -> dict:
    start, end = record["span"]
    artifact = {"uri": path}
    location: dict = {"physicalLocation": {"artifactLocation": artifact}}
    result: dict = {
        "ruleId": record["rule"],
        "ruleIndex": index,
        "level": "warning" if record["confidence"] >= 0.5 else "note",
        "message": {"text": f"{record['reason']} ({_change(record)})"},
        "partialFingerprints": {"repairProposalId/v1": record["id"]},
        "properties": {"kind": record["kind"], "confidence": record["confidence"]},
    }
    if record_id is not None:
        # a corpus record: its text is not the file's, so the record is named, not a region
        location["logicalLocations"] = [{"name": record_id, "kind": "member"}]
        result["properties"]["record"] = record_id
    else:
        region = _region(text or "", start, end, record)
        location["physicalLocation"]["region"] = region
        result["fixes"] = [
            {
                "description": {"text": record["reason"]},
                "artifactChanges": [
                    {
                        "artifactLocation": artifact,
                        "replacements": [
                            {
                                "deletedRegion": region,
                                "insertedContent": {"text": record["replacement"]},
                            }
                        ],
                    }
                ],
            }
        ]
    result["locations"] = [location]
    return result


def _region(text: str, start: int, end: int, record: dict) -> dict:
    end_line = record["line"] + text.count("\n", start, end)
    last_break = text.rfind("\n", 0, end)
    end_column = end - last_break if end_line > record["line"] else record["column"] + (end - start)
    return {
        "startLine": record["line"],
        "startColumn": record["column"],
        "endLine": end_line,
        "endColumn": max(1, end_column),
        "charOffset": start,
        "charLength": end - start,
    }
