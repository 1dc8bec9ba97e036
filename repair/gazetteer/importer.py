"""Import Wikidata-style exports (JSON, JSON lines or CSV: labels, aliases, descriptions).

Accepted records, one per item:
- Wikidata JSON dumps: ``{"labels": {"en": {"value": ...}}, "aliases": {"en": [{"value": ...}]},
  "descriptions": {"en": {"value": ...}}}``;
- flat JSON or CSV: ``label``/``name``/``itemLabel``, ``aliases`` (``|`` or ``,`` separated, or a
  list), ``description``/``itemDescription``, optional ``type`` and ``country``.
The description becomes the entry's role words and note; the type is guessed from it when the
record does not say (a politician, diplomat or person is a person; a city is a place ...).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from repair.errors import RepairError
from repair.gazetteer.entries import TYPES, Entry

_PLACE = ("city", "country", "capital", "town", "province", "region", "state of", "island", "village")
_ORG = (
    "organization",
    "organisation",
    "agency",
    "company",
    "party",
    "newspaper",
    "ministry",
    "bank",
    "think tank",
    "institute",
    "broadcaster",
    "news",
    "union",
    "council",
)


def _guess_type(description: str) -> str:
    low = description.lower()
    if any(word in low for word in _ORG):
        return "organisation"
    if any(word in low for word in _PLACE):
        return "place"
    return "person" if low else "term"


def _lang_value(value, lang: str = "en") -> str:
    if isinstance(value, dict):
        inner = value.get(lang) or next(iter(value.values()), "")
        return inner.get("value", "") if isinstance(inner, dict) else str(inner)
    return str(value or "")


def _aliases(value, lang: str = "en") -> list[str]:
    if isinstance(value, dict):
        value = value.get(lang, [])
    if isinstance(value, str):
        separator = "|" if "|" in value else ","
        return [v.strip() for v in value.split(separator) if v.strip()]
    out = []
    for item in value or []:
        out.append(item.get("value", "") if isinstance(item, dict) else str(item))
    return [a.strip() for a in out if a and a.strip()]


def record_entry(record: dict) -> Entry | None:
    label = _lang_value(record.get("labels")) or str(
        record.get("label") or record.get("name") or record.get("itemLabel") or ""
    )
    label = " ".join(label.split())
    if not label:
        return None
    description = _lang_value(record.get("descriptions")) or str(
        record.get("description") or record.get("itemDescription") or ""
    )
    kind = str(record.get("type") or "").lower() or _guess_type(description)
    if kind not in TYPES:
        kind = _guess_type(description)
    aliases = tuple(a for a in dict.fromkeys(_aliases(record.get("aliases"))) if a != label)
    ident = str(record.get("id") or record.get("item") or "")
    note = "; ".join(p for p in (description, f"Wikidata {ident.rsplit('/', 1)[-1]}" if ident else "") if p)
    return Entry(
        canonical=label,
        type=kind,
        aliases=aliases,
        roles=(description,) if description and kind == "person" else (),
        country=str(record.get("country") or ""),
        note=note,
        source="import",
        prominence=0.6,
    )


def read_records(path: Path) -> Iterator[dict]:
    if not path.is_file():
        raise RepairError(f"{path}: no such file")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        first = handle.read(1)
        handle.seek(0)
        if path.suffix.lower() in (".csv", ".tsv") or first not in "[{":
            delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
            yield from csv.DictReader(handle, delimiter=delimiter)
            return
        if first == "[":
            try:
                data = json.load(handle)
            except json.JSONDecodeError as error:
                raise RepairError(f"{path}: not valid JSON ({error})") from None
            yield from (r for r in data if isinstance(r, dict))
            return
        for number, line in enumerate(handle, start=1):
            line = line.strip().rstrip(",")
            if not line or line in "[]":
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise RepairError(f"{path}:{number}: not valid JSON ({error})") from None
            if isinstance(record, dict):
                yield record


def import_entries(path: Path) -> Iterator[Entry]:
    for record in read_records(Path(path)):
        entry = record_entry(record)
        if entry is not None:
            yield entry
