"""The compiled gazetteer index: SQLite files in the user cache dir, rebuilt when a source changes.

Matching never scans the entries. Every spelling is stored folded (``forms``: exact lookups)
and every name word and whole name under its sound key (``keys``: blocking for fuzzy
search), each posting list ordered by prominence so a query reads at most ``limit`` rows.
Opening an index is a file open, whatever its size: a million entries load in milliseconds,
and a lookup costs a B-tree descent, so an article takes about as long against a
million-entry gazetteer as against the shipped one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from repair.errors import RepairError
from repair.gazetteer.entries import Entry, load_tsv, parse_tsv
from repair.gazetteer.keys import name_words, phrase_key, sound_key, sounded_spellings
from repair.gazetteer.routes import native_readings
from repair.words import PARTICLES

INDEX_VERSION = "16"  # bump when the rows change through code outside builder_files()
KEY_LIMIT = 30  # rows read per sound key: the most prominent entries sharing it
EXACT_LIMIT = 12  # entries read per exact spelling (who else is called "Lee" matters little past that)

# Form kinds in the ``forms`` table.
CANONICAL, ALIAS, VARIANT, NAME_WORD = 0, 1, 2, 3
# Kinds in the ``routes`` table: a reading of a native-script spelling (folded), its family
# name alone, and the native spelling itself and its first character (unfolded).
ROUTE, ROUTE_FAMILY, NATIVE, NATIVE_FAMILY = 0, 1, 2, 3

_SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE entries(id INTEGER PRIMARY KEY, canonical TEXT, type TEXT, aliases TEXT, roles TEXT,
    country TEXT, start INT, end_ INT, note TEXT, variants TEXT, source TEXT, prominence REAL,
    native TEXT, readings TEXT);
CREATE TABLE forms(form TEXT, rank INT, entry INT, kind INT);
CREATE TABLE routes(form TEXT, rank INT, entry INT, kind INT);
CREATE TABLE keys(key TEXT, rank INT, entry INT);
CREATE TABLE roles(form TEXT, rank INT, entry INT);
"""
_INDEXES = """
CREATE INDEX forms_form ON forms(form, rank, entry, kind);
CREATE INDEX keys_key ON keys(key, rank, entry);
CREATE INDEX routes_form ON routes(form, rank, entry, kind);
CREATE INDEX roles_form ON roles(form, rank, entry);
CREATE INDEX entries_country ON entries(country, type);
"""


def cache_dir(override: Path | None = None) -> Path:
    """Where compiled indexes live: --cache-dir, REPAIR_CACHE_DIR, or the user cache dir."""
    if override is not None:
        return Path(override)
    from repair.cache import cache_root

    return cache_root() / "gazetteer"


def entry_rows(entry: Entry, entry_id: int) -> tuple[list[tuple], list[tuple]]:
    """The (form, rank, entry, kind) and (key, rank, entry) rows that make ``entry`` findable."""
    rank = int(round((1.0 - entry.prominence) * 1000))
    forms: dict[tuple[str, int], None] = {}
    keys: dict[str, None] = {}
    for number, form in enumerate(entry.forms):
        words = name_words(form)
        if not words:
            continue
        forms[(" ".join(words), CANONICAL if number == 0 else ALIAS)] = None
        keys["p" + phrase_key(words)] = None
        if entry.type == "person":
            for word in words:
                if len(word) > 1 and word not in PARTICLES:
                    forms[(word, NAME_WORD)] = None
                    keys["w" + sound_key(word)] = None
            # a hyphenated surname is one word of a mention ("Ben-Gvir said"), read as its parts
            for token in form.split():
                parts = name_words(token)
                if "-" in token and len(parts) > 1:
                    forms[(" ".join(parts), NAME_WORD)] = None
            # the letters as its language sounds them ("Kilichdaroglu", "Holovnia") find it too
            for spelling in sounded_spellings(form, entry.country):
                heard = name_words(spelling)
                keys["p" + phrase_key(heard)] = None
                keys.update(("w" + sound_key(w), None) for w in heard if len(w) > 1 and w not in PARTICLES)
    if entry.type == "person" and entry.native and entry.country in ("KR", "KP"):
        from repair.gazetteer.routes import korean_spellings

        known = {form for form, _ in forms}
        for spelling in korean_spellings(entry.canonical, entry.native):
            folded = " ".join(name_words(spelling))
            if folded not in known:
                known.add(folded)
                forms[(folded, ALIAS)] = None
    for variant in entry.variants:
        words = name_words(variant)
        if words:
            forms[(" ".join(words), VARIANT)] = None
    return (
        [(form, rank, entry_id, kind) for form, kind in forms],
        [(key, rank, entry_id) for key in keys],
    )


def route_rows(entry: Entry, entry_id: int) -> list[tuple]:
    """The (form, rank, entry, kind) rows that find ``entry`` from a reading of its
    native-script spelling ("yin xiyue", "berbok") or from that spelling itself."""
    from repair.gazetteer.routes import FAMILY_FIRST, japanese_families, readings, said_readings, script_of

    person = entry.type == "person"
    said = said_readings(entry.canonical, entry.country) if person else ()
    if not entry.native and not said:
        return []
    rank = int(round((1.0 - entry.prominence) * 1000))
    rows: dict[tuple[str, int], None] = {}
    for reading in said:  # the surname as its language says it ("siyarto")
        rows[("".join(name_words(reading)), ROUTE)] = None
    for native in entry.native:
        rows[(native, NATIVE)] = None
        if not person:
            # a place's or an organisation's name is read as one word ("Walanaxi" for 瓦拉纳西)
            for reading in readings(native):
                rows[("".join(name_words(reading)), ROUTE)] = None
            continue
        if script_of(native) in ("han", "hangul") and entry.country in FAMILY_FIRST and len(native) > 1:
            rows[(native[0], NATIVE_FAMILY)] = None
        for family in japanese_families(native, entry.country):
            rows[(family, NATIVE_FAMILY)] = None
        for reading in readings(native, entry.country):
            words = name_words(reading)
            if not words:
                continue
            rows[(" ".join(words), ROUTE)] = None
            rows[("".join(words), ROUTE)] = None
            # a Western surname read syllable by syllable ("Sha Li Wen") has no family word
            if len(reading.split()) > 1 and (
                entry.country in FAMILY_FIRST or any(c in native for c in " ·・")
            ):
                family = reading.split()[0] if entry.country in FAMILY_FIRST else reading.split()[-1]
                rows[(" ".join(name_words(family)), ROUTE_FAMILY)] = None
    return [(form, rank, entry_id, kind) for form, kind in rows]


def role_rows(entry: Entry, entry_id: int) -> list[tuple]:
    """The (role, rank, entry) rows that find a person from a role phrase of two words or
    more written beside a name ("Justice Minister"), however mangled the name is."""
    if entry.type != "person":
        return []
    rank = int(round((1.0 - entry.prominence) * 1000))
    roles = {" ".join(name_words(role)) for role in entry.roles}
    return [(role, rank, entry_id) for role in roles if len(role.split()) >= 2]


def _fill(db: sqlite3.Connection, entries: Iterable[Entry], meta: dict[str, str]) -> int:
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    count = 0
    for chunk in _chunks(entries, 20000):
        entry_batch, form_batch, key_batch, route_batch, role_batch = [], [], [], [], []
        for entry in chunk:
            count += 1
            entry_batch.append(
                (
                    count,
                    entry.canonical,
                    entry.type,
                    "|".join(entry.aliases),
                    "|".join(entry.roles),
                    entry.country,
                    entry.start,
                    entry.end,
                    entry.note,
                    "|".join(entry.variants),
                    entry.source,
                    entry.prominence,
                    "|".join(entry.native),
                    "\n".join(native_readings(entry)),
                )
            )
            route_batch.extend(route_rows(entry, count))
            role_batch.extend(role_rows(entry, count))
            forms, keys = entry_rows(entry, count)
            form_batch.extend(forms)
            key_batch.extend(keys)
        db.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", entry_batch)
        db.executemany("INSERT INTO routes VALUES (?,?,?,?)", route_batch)
        db.executemany("INSERT INTO forms VALUES (?,?,?,?)", form_batch)
        db.executemany("INSERT INTO keys VALUES (?,?,?)", key_batch)
        db.executemany("INSERT INTO roles VALUES (?,?,?)", role_batch)
    db.executescript(_INDEXES)
    info = {"version": INDEX_VERSION, "entries": str(count), **meta}
    db.executemany("INSERT INTO meta VALUES (?,?)", list(info.items()))
    db.commit()
    return count


def build_index(entries: Iterable[Entry], path: Path, meta: dict[str, str] | None = None) -> int:
    """Write a compiled index of ``entries`` to ``path`` atomically; returns the entry count."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    os.unlink(temp)
    db = sqlite3.connect(temp)
    try:
        count = _fill(db, entries, meta or {})
        db.close()
        os.replace(temp, target)
    except BaseException:
        db.close()
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    return count


def _chunks(items: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    chunk: list[Entry] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Index:
    """One compiled index, opened read-only."""

    def __init__(self, connection: sqlite3.Connection, label: str, path: Path | None = None) -> None:
        self.db = connection
        self.label = label
        self.path = path  # the compiled file; None for an index built in memory
        self.meta = dict(self.db.execute("SELECT k, v FROM meta").fetchall())
        self._entries: dict[int, Entry] = {}

    @classmethod
    def open(cls, path: Path, label: str) -> Index:
        try:
            connection = sqlite3.connect(
                f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            return cls(connection, label, Path(path))
        except sqlite3.DatabaseError as error:
            raise RepairError(f"{path}: not a compiled gazetteer index ({error})") from None

    @classmethod
    def in_memory(cls, entries: Iterable[Entry], label: str) -> Index:
        db = sqlite3.connect(":memory:", check_same_thread=False)
        _fill(db, entries, {})
        return cls(db, label)

    def __len__(self) -> int:
        return int(self.meta.get("entries", "0"))

    def exact(self, form: str, limit: int = EXACT_LIMIT) -> list[tuple[int, int]]:
        """(entry id, form kind) for a folded form, most prominent first."""
        return self.db.execute(
            "SELECT entry, kind FROM forms WHERE form = ? ORDER BY rank, entry LIMIT ?", (form, limit)
        ).fetchall()

    def routes(self, form: str, limit: int = EXACT_LIMIT) -> list[tuple[int, int]]:
        """(entry id, route kind) for a folded reading or a native spelling."""
        return self.db.execute(
            "SELECT entry, kind FROM routes WHERE form = ? ORDER BY rank, entry LIMIT ?", (form, limit)
        ).fetchall()

    def by_role(self, role: str, limit: int = KEY_LIMIT) -> list[int]:
        """People listed with a role phrase (folded), most prominent first."""
        if role not in self.role_phrases:
            return []
        rows = self.db.execute(
            "SELECT entry FROM roles WHERE form = ? ORDER BY rank, entry LIMIT ?", (role, limit)
        ).fetchall()
        return [row[0] for row in rows]

    @cached_property
    def role_phrases(self) -> frozenset[str]:
        """Every role phrase listed (2,293 in the shipped index). The names pass asks about
        some 500 phrases an article that end in a title word ("said foreign minister"), and
        few are roles: the set answers the others without a query."""
        return frozenset(form for (form,) in self.db.execute("SELECT DISTINCT form FROM roles"))

    def by_key(self, key: str, limit: int = KEY_LIMIT) -> list[int]:
        rows = self.db.execute(
            "SELECT entry FROM keys WHERE key = ? ORDER BY rank, entry LIMIT ?", (key, limit)
        ).fetchall()
        return [row[0] for row in rows]

    def entry(self, entry_id: int) -> Entry:
        cached = self._entries.get(entry_id)
        if cached is not None:
            return cached
        row = self.db.execute("SELECT * FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise KeyError(entry_id)
        entry = self._entries[entry_id] = _entry_of(row)
        return entry

    def entries(self) -> Iterator[Entry]:
        """Every entry, in the order its sources list them (read, not kept: an index may
        hold a million)."""
        for row in self.db.execute("SELECT * FROM entries ORDER BY id"):
            yield _entry_of(row)

    def people_of(self, countries: Iterable[str]) -> Iterator[Entry]:
        """The people listed for ``countries``, in order: what a rule about one region reads,
        without reading every entry of an index that may hold a million."""
        wanted = sorted(countries)
        marks = ",".join("?" * len(wanted))
        query = f"SELECT * FROM entries WHERE country IN ({marks}) AND type = 'person' ORDER BY id"
        for row in self.db.execute(query, wanted):
            yield _entry_of(row)

    def with_variants(self) -> Iterator[Entry]:
        """Entries that list house-style variants (for `repair gazetteer build` reports)."""
        for (entry_id,) in self.db.execute("SELECT DISTINCT entry FROM forms WHERE kind = ?", (VARIANT,)):
            yield self.entry(entry_id)


def _entry_of(row: tuple) -> Entry:
    split = lambda cell: tuple(p for p in (cell or "").split("|") if p)  # noqa: E731
    return Entry(
        canonical=row[1],
        type=row[2],
        aliases=split(row[3]),
        roles=split(row[4]),
        country=row[5] or "",
        start=row[6],
        end=row[7],
        note=row[8] or "",
        variants=split(row[9]),
        source=row[10] or "",
        prominence=row[11],
        native=split(row[12]),
        readings=tuple(row[13].split("\n")) if row[13] else (),
    )


def builder_files() -> tuple[Path, ...]:
    """The code an index's rows come from: the TSV reader, the folding and sound keys, the
    readings through other scripts (which analyses read back from the index) and this
    module. Part of every fingerprint, by content (about 50 KB, hashed in a millisecond)."""
    here = Path(__file__).parent
    return tuple(here / name for name in ("entries.py", "keys.py", "routes.py", "index.py"))


@dataclass(frozen=True)
class SourceSet:
    """What one compiled index is built from: TSV files, and optionally the package places."""

    label: str
    files: tuple[Path, ...]
    places: bool = False
    strict: bool = True  # a malformed line in a user's file is an error; in shipped data, a warning
    # The shipped files count by their names and content (a few hundred kilobytes, hashed in
    # a millisecond): every checkout or install of the same data shares one index, where
    # their paths and times made each rebuild it and remove the other's. A user's file
    # (up to millions of lines) counts by its path, size and modification time.
    by_content: bool = False

    def fingerprint(self) -> str:
        digest = hashlib.sha1(f"{INDEX_VERSION}|{self.places}".encode())
        for code in builder_files():  # a change to how names are read rebuilds, bump or not
            digest.update(code.read_bytes())
        if self.places:
            from repair.gazetteer.places import package_versions

            digest.update(package_versions().encode())
        for path in self.files:
            try:
                if self.by_content:
                    digest.update(f"|{path.name}|".encode() + path.read_bytes())
                    continue
                stat = path.stat()
            except FileNotFoundError:
                raise RepairError(f"{path}: gazetteer file not found") from None
            digest.update(f"|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
        return digest.hexdigest()[:16]

    def entries(self, warnings: list[str]) -> Iterator[Entry]:
        for path in self.files:
            if self.strict:
                yield from load_tsv(path, prominence=0.8)
                continue
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                warnings.append(f"{path}: skipped ({error})")
                continue
            yield from _tolerant(text, path, warnings)
        if self.places:
            from repair.gazetteer.places import package_places

            yield from package_places()


def _tolerant(text: str, path: Path, warnings: list[str]) -> Iterator[Entry]:
    """Shipped data: a malformed line is skipped with a warning instead of stopping every analysis."""
    lines = text.splitlines()
    header_seen = False
    kept: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            kept.append("")
            continue
        if not header_seen:
            header_seen = True
            header = line
            kept.append(line)
            continue
        try:
            list(parse_tsv(header + "\n" + line, path, prominence=0.9))
        except RepairError as error:
            warnings.append(str(error).replace(f"{path}:2:", f"{path}:{number}:"))
            kept.append("")
            continue
        kept.append(line)
    if header_seen:
        yield from parse_tsv("\n".join(kept), path, prominence=0.9)


def shipped_sources() -> SourceSet:
    from repair.data import gazetteer_files

    return SourceSet("shipped", tuple(gazetteer_files()), places=True, strict=False, by_content=True)


def user_sources(path: Path) -> SourceSet:
    stem = "".join(ch if ch.isalnum() else "-" for ch in Path(path).stem)[:40]
    return SourceSet(f"user-{stem}", (Path(path),), places=False, strict=True)


def compiled(
    sources: SourceSet, *, folder: Path | None = None, rebuild: bool = False
) -> tuple[Path, bool, list[str]]:
    """The path of the up-to-date compiled index for ``sources``, building it when needed.

    Returns (path, built_now, warnings). Stale indexes of the same label are removed.
    """
    folder = cache_dir(folder)
    path = folder / f"{sources.label}-{sources.fingerprint()}.sqlite"
    warnings: list[str] = []
    if path.is_file() and not rebuild:
        return path, False, warnings
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise RepairError(f"{folder}: cannot create the gazetteer cache ({error})") from None
    try:
        build_index(
            sources.entries(warnings),
            path,
            {"sources": ";".join(map(str, sources.files)), "warnings": "\n".join(warnings)},
        )
    except (sqlite3.OperationalError, OSError) as error:  # a full disk, a read-only cache
        raise RepairError(
            f"{folder}: cannot write the gazetteer index ({error}); free some space, or set REPAIR_CACHE_DIR"
        ) from None
    for stale in folder.glob(f"{sources.label}-*.sqlite"):
        if stale != path:
            with contextlib.suppress(OSError):
                stale.unlink()
    return path, True, warnings


class Gazetteer:
    """Every index an analysis consults: shipped data, the user's files, reference articles."""

    def __init__(self, indexes: Sequence[Index]) -> None:
        self.indexes = list(indexes)

    @classmethod
    def load(
        cls,
        user_files: Sequence[Path] = (),
        *,
        folder: Path | None = None,
        shipped: bool = True,
        extra: Sequence[Index] = (),
    ) -> Gazetteer:
        sets = ([shipped_sources()] if shipped else []) + [user_sources(p) for p in user_files]
        indexes = [Index.open(compiled(s, folder=folder)[0], s.label) for s in sets]
        return cls([*indexes, *extra])

    def __len__(self) -> int:
        return sum(len(i) for i in self.indexes)

    def entries(self) -> Iterator[Entry]:
        """Every entry of every index, in order (the grammar pass's word list reads them)."""
        for index in self.indexes:
            yield from index.entries()

    def people_of(self, countries: Iterable[str]) -> Iterator[Entry]:
        """The people of ``countries`` in every index, in order."""
        wanted = tuple(countries)
        for index in self.indexes:
            yield from index.people_of(wanted)

    def exact(self, form: str) -> list[tuple[Entry, int]]:
        return [(index.entry(e), kind) for index in self.indexes for e, kind in index.exact(form)]

    def by_key(self, key: str, limit: int = KEY_LIMIT) -> list[Entry]:
        return [index.entry(e) for index in self.indexes for e in index.by_key(key, limit)]

    def routes(self, form: str) -> list[tuple[Entry, int]]:
        """Entries a reading through another script (or a native spelling) may stand for."""
        return [(index.entry(e), kind) for index in self.indexes for e, kind in index.routes(form)]

    def by_role(self, role: str) -> list[Entry]:
        return [index.entry(e) for index in self.indexes for e in index.by_role(role)]

    def memo(self) -> Gazetteer:
        """A view that answers each distinct question once: for one article, where the same
        names and words come back again and again."""
        return _Memo(self.indexes)


class _Memo(Gazetteer):
    def __init__(self, indexes: Sequence[Index]) -> None:
        super().__init__(indexes)
        self._exact: dict[str, list[tuple[Entry, int]]] = {}
        self._keys: dict[tuple[str, int], list[Entry]] = {}
        self._routes: dict[str, list[tuple[Entry, int]]] = {}
        self._roles: dict[str, list[Entry]] = {}

    def by_role(self, role: str) -> list[Entry]:
        if role not in self._roles:
            self._roles[role] = super().by_role(role)
        return self._roles[role]

    def routes(self, form: str) -> list[tuple[Entry, int]]:
        if form not in self._routes:
            self._routes[form] = super().routes(form)
        return self._routes[form]

    def exact(self, form: str) -> list[tuple[Entry, int]]:
        if form not in self._exact:
            self._exact[form] = super().exact(form)
        return self._exact[form]

    def by_key(self, key: str, limit: int = KEY_LIMIT) -> list[Entry]:
        if (key, limit) not in self._keys:
            self._keys[(key, limit)] = super().by_key(key, limit)
        return self._keys[(key, limit)]
