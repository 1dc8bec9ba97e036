"""Gazetteer entries and the human-edited TSV format (see repair/data/gazetteer/README.md)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from repair.errors import RepairError

COLUMNS: tuple[str, ...] = (
    "canonical",
    "type",
    "aliases",
    "roles",
    "country",
    "from",
    "to",
    "note",
    "variants",
    "native",
)
TYPES: frozenset[str] = frozenset({"person", "organisation", "place", "term"})
_YEAR = re.compile(r"^\d{4}$")


@dataclass
class Entry:
    """One name or term: its canonical spelling, the accepted forms and what it is known for."""

    canonical: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str = ""
    start: int | None = None
    end: int | None = None
    note: str = ""
    variants: tuple[str, ...] = ()
    native: tuple[str, ...] = ()  # the name in its own or another script (尹錫悅, Бербок)
    source: str = ""  # the file (or "places", "reference") the entry came from
    prominence: float = 0.5  # 0..1: how likely a mention in a news article is this entry
    extra: dict = field(default_factory=dict)
    # Latin readings of the native spellings (routes.native_readings), as a compiled index
    # stores them; None where not read yet (an entry straight from a TSV file).
    readings: tuple[str, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every correct spelling: the canonical form first, then the aliases."""
        return (self.canonical, *[a for a in self.aliases if a != self.canonical])

    def describe(self) -> str:
        role = self.roles[0] + " " if self.roles else ""
        return f"{role}{self.canonical}".strip()

    def to_row(self) -> list[str]:
        return [
            self.canonical,
            self.type,
            "|".join(self.aliases),
            "|".join(self.roles),
            self.country,
            str(self.start) if self.start else "",
            str(self.end) if self.end else "",
            self.note,
            "|".join(self.variants),
            "|".join(self.native),
        ]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _year(cell: str, path: Path, line: int, column: str) -> int | None:
    cell = cell.strip()
    if not cell:
        return None
    if not _YEAR.match(cell):
        raise RepairError(f"{path}:{line}: column {column!r} must be a year (YYYY), not {cell!r}")
    return int(cell)


def split_tsv(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The lines of a gazetteer TSV file as written: its comment lines, and the (line
    number, cells) of every other line that is not blank, the header first. The one place
    that reads the format's lines: entries (``parse_tsv``) and edits (``Table``) both start here."""
    comments: list[str] = []
    lines: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.lstrip().startswith("#"):
            comments.append(raw)
        elif raw.strip():
            lines.append((number, raw.split("\t")))
    return comments, lines


def _check_header(cells: list[str], where: str) -> list[str]:
    header = [c.strip().lower() for c in cells]
    missing = [c for c in ("canonical", "type") if c not in header]
    if missing:
        raise RepairError(f"{where}: header lacks column(s) {', '.join(missing)}")
    return header


def parse_tsv(text: str, path: Path, *, prominence: float = 0.9) -> Iterator[Entry]:
    """Entries of one TSV file; a malformed line is an error naming the file and line."""
    _, lines = split_tsv(text)
    if not lines:
        raise RepairError(f"{path}: no header line ({chr(9).join(COLUMNS)})")
    (first, header_cells), rows = lines[0], lines[1:]
    header = _check_header(header_cells, f"{path}:{first}")
    for number, cells in rows:
        if len(cells) > len(header):
            raise RepairError(f"{path}:{number}: {len(cells)} cells but the header has {len(header)} columns")
        row = dict(zip(header, [c.strip() for c in cells], strict=False))
        canonical = row.get("canonical", "")
        kind = row.get("type", "").lower()
        if not canonical:
            raise RepairError(f"{path}:{number}: empty canonical form")
        if kind not in TYPES:
            raise RepairError(
                f"{path}:{number}: type must be one of {', '.join(sorted(TYPES))}, not {kind!r}"
            )
        yield Entry(
            canonical=canonical,
            type=kind,
            aliases=_split(row.get("aliases", "")),
            roles=_split(row.get("roles", "")),
            country=row.get("country", ""),
            start=_year(row.get("from", ""), path, number, "from"),
            end=_year(row.get("to", ""), path, number, "to"),
            note=row.get("note", ""),
            variants=_split(row.get("variants", "")),
            native=_split(row.get("native", "")),
            source=str(path),
            prominence=prominence,
        )


def load_tsv(path: Path, *, prominence: float = 0.9) -> list[Entry]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RepairError(f"{path}: gazetteer file not found") from None
    except UnicodeDecodeError:
        raise RepairError(f"{path}: gazetteer files must be UTF-8") from None
    return list(parse_tsv(text, Path(path), prominence=prominence))


@dataclass
class Table:
    """A gazetteer TSV file to edit one row of and write back: its comment lines, header
    and rows (cells by column, as written), every format column present."""

    header: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path, *, comment: str = "") -> Table:
        """``path``'s rows; a missing file is an empty table with ``comment`` on top."""
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return cls(list(COLUMNS), [], [f"# {comment}"] if comment else [])
        except (OSError, UnicodeDecodeError) as error:
            raise RepairError(f"{path}: cannot read the gazetteer ({error})") from None
        comments, lines = split_tsv(text)
        if not lines:
            return cls(list(COLUMNS), [], comments)
        (number, cells), rows = lines[0], lines[1:]
        header = _check_header(cells, f"{path}:{number}")
        header = [*header, *(c for c in COLUMNS if c not in header)]
        return cls(
            header,
            [dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False)) for _, cells in rows],
            comments,
        )

    def text(self) -> str:
        out = io.StringIO()
        for comment in self.comments:
            out.write(comment + "\n")
        out.write("\t".join(self.header) + "\n")
        for row in self.rows:
            out.write("\t".join(str(row.get(column) or "") for column in self.header) + "\n")
        return out.getvalue()


def _clean(cell: str) -> str:
    return " ".join(cell.replace("\t", " ").replace("|", "/").split())


def format_tsv(entries: Iterable[Entry], comment: str = "") -> str:
    out = io.StringIO()
    for line in comment.splitlines():
        out.write(f"# {line}\n")
    out.write("\t".join(COLUMNS) + "\n")
    for entry in entries:
        row = entry.to_row()
        for i in (0, 1, 4, 7):
            row[i] = _clean(row[i])
        out.write("\t".join(" ".join(cell.replace("\t", " ").split()) for cell in row) + "\n")
    return out.getvalue()
