"""What a batch reads and writes: article files, and corpora of records in JSON Lines (plain
or gzip-compressed) or Parquet.

A corpus is processed in chunks of records; each chunk is written as its own part (so a
killed run loses at most one chunk per corpus), and the parts are joined into the output
corpus, in the input's format, once every chunk is complete.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from repair.atomic import new_file_mode
from repair.batch.work import ERROR, DocResult
from repair.errors import RepairError
from repair.loading import ARTICLE_SUFFIXES, read_article_bytes

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet",)
CORPUS_SUFFIXES = JSONL_SUFFIXES + PARQUET_SUFFIXES
# records per corpus part: what a killed run can lose of one corpus, and what one part holds
CHUNK = int(os.environ.get("REPAIR_CHUNK_RECORDS", "256"))


@dataclass(frozen=True)
class Input:
    path: Path
    relative: Path  # where its output goes under OUT
    kind: str  # "article", "jsonl" or "parquet"

    @property
    def compressed(self) -> bool:
        """A gzip JSON Lines corpus, read and written back compressed."""
        return self.kind == "jsonl" and self.path.name.lower().endswith(".gz")

    @property
    def output_relative(self) -> Path:
        if self.kind == "article" and self.relative.suffix.lower() in (".html", ".htm"):
            return self.relative.with_suffix(".txt")  # HTML is reduced to its article text
        return self.relative


def kind_of(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return "article"


def is_corpus(path: Path) -> bool:
    return kind_of(path) != "article"


def _open_jsonl(item: Input):
    if item.compressed:
        return gzip.open(item.path, "rb")
    return open(item.path, "rb")


def discover(paths: list[Path], out: Path | None = None) -> list[Input]:
    """Expand folders (recursively) into articles and corpora, in a stable order.

    A folder's outputs keep their place below it; a file given by itself goes to the top
    of OUT. The output folder is never read as input, even when it sits inside one.
    """
    found: list[Input] = []
    skip = out.resolve() if out is not None else None
    for root in paths:
        if root.is_dir():
            inside = []
            for folder, dirs, files in os.walk(root):
                dirs.sort()
                here = Path(folder)
                if skip is not None:
                    dirs[:] = [d for d in dirs if (here / d).resolve() != skip]
                for name in sorted(files):
                    path = here / name
                    wanted = path.suffix.lower() in ARTICLE_SUFFIXES or is_corpus(path)
                    if wanted and not name.startswith("."):
                        inside.append(Input(path, path.relative_to(root), kind_of(path)))
            if not inside:
                raise RepairError(
                    f"{root}: no articles (.txt, .md, .html) or corpora (.jsonl, .jsonl.gz, .parquet) in this folder"
                )
            found.extend(sorted(inside, key=lambda item: item.relative.as_posix()))
        else:
            found.append(Input(root, Path(root.name), kind_of(root)))
    seen: dict[Path, Path] = {}
    for item in found:
        other = seen.setdefault(item.output_relative, item.path)
        if other != item.path:
            raise RepairError(f"{other} and {item.path} would both be written to {item.output_relative}")
    return found


# ---------------------------------------------------------------------------- corpora


@dataclass
class Chunk:
    """Records [start, start + len(records)) of a corpus, ready to send and to write back."""

    index: int
    start: int
    records: list  # decoded records (dict), or None for a line that is not a JSON object
    raw: list  # JSONL: the original line bytes; Parquet: the record batch
    texts: list  # the text to repair per record, or an error message (see `problems`)
    problems: dict  # position in chunk -> why this record cannot be repaired


def count_records(item: Input) -> int:
    if item.kind == "parquet":
        return _parquet_file(item.path).metadata.num_rows
    with _open_jsonl(item) as stream:
        try:
            return sum(1 for line in stream if line.strip())
        except (OSError, EOFError) as error:  # gzip: not gzip, or cut short
            raise RepairError(f"{item.path}: not a readable gzip file ({error})") from None


def read_chunks(item: Input, text_field: str) -> Iterator[Chunk]:
    if item.kind == "parquet":
        yield from _parquet_chunks(item, text_field)
    else:
        yield from _jsonl_chunks(item, text_field)


def _jsonl_chunks(item: Input, text_field: str) -> Iterator[Chunk]:
    lines: list[bytes] = []
    index = start = 0
    with _open_jsonl(item) as stream:
        for line in _lines(stream, item.path):
            if not line.strip():
                continue
            lines.append(line.rstrip(b"\r\n"))
            if len(lines) == CHUNK:
                yield _jsonl_chunk(index, start, lines, text_field)
                index, start, lines = index + 1, start + len(lines), []
    if lines:
        yield _jsonl_chunk(index, start, lines, text_field)


def _lines(stream, path: Path) -> Iterator[bytes]:
    try:
        yield from stream
    except (OSError, EOFError) as error:  # gzip: not gzip, or cut short
        raise RepairError(f"{path}: not a readable gzip file ({error})") from None


def _jsonl_chunk(index: int, start: int, lines: list[bytes], text_field: str) -> Chunk:
    records, texts, problems = [], [], {}
    for position, line in enumerate(lines):
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            record, problem = None, f"line is not JSON ({error})"
        else:
            problem = _text_problem(record, text_field)
        records.append(record)
        texts.append(record[text_field] if problem is None else "")
        if problem:
            problems[position] = problem
    return Chunk(index, start, records, lines, texts, problems)


def _text_problem(record, text_field: str) -> str | None:
    if not isinstance(record, dict):
        return "record is not a JSON object"
    if text_field not in record:
        return f"record has no {text_field!r} field (choose one with --text-field)"
    if not isinstance(record[text_field], str):
        return f"field {text_field!r} is not text"
    return None


def _parquet_file(path: Path):
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise RepairError("Parquet corpora need pyarrow: pip install 'repair[parquet]'") from None
    try:
        return pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises its own error types for damaged files
        raise RepairError(f"{path}: not a readable Parquet file ({error})") from None


def _parquet_chunks(item: Input, text_field: str) -> Iterator[Chunk]:
    parquet = _parquet_file(item.path)
    if text_field not in parquet.schema_arrow.names:
        raise RepairError(f"{item.path}: no column {text_field!r} (choose one with --text-field)")
    start = 0
    for index, batch in enumerate(parquet.iter_batches(batch_size=CHUNK)):
        values = batch.column(text_field).to_pylist()
        problems = {
            i: f"field {text_field!r} is not text"
            for i, value in enumerate(values)
            if not isinstance(value, str)
        }
        texts = [value if isinstance(value, str) else "" for value in values]
        yield Chunk(index, start, [None] * len(values), batch, texts, problems)
        start += len(values)


def chunk_output(item: Input, chunk: Chunk, results: list[DocResult], text_field: str) -> bytes:
    """The chunk written back in its corpus's format, with the log and score per record."""
    if item.kind == "parquet":
        return _parquet_part(chunk, results, text_field)
    lines = []
    for raw, record, result in zip(chunk.raw, chunk.records, results):
        if record is None:  # not a JSON object: kept exactly as it was
            lines.append(raw + b"\n")
            continue
        if isinstance(record, dict):
            record = dict(record)
            if result.ok and result.repaired is not None:
                record[text_field] = result.repaired
            record.update(record_fields(result))
        lines.append(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
    return b"".join(lines)


def record_fields(result: DocResult) -> dict:
    """What a corpus record gains: the edit log, the garble score, and what became of it."""
    return {
        "repair_status": result.status,
        "repair_score": round(result.score, 4),
        "repair_log": result.log,
        **({"repair_message": result.message} if result.message else {}),
    }


def _parquet_part(chunk: Chunk, results: list[DocResult], text_field: str) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    batch = chunk.raw
    table = pa.Table.from_batches([batch])
    position = table.schema.get_field_index(text_field)
    old = table.column(position).to_pylist()
    new = [r.repaired if r.ok and r.repaired is not None else value for r, value in zip(results, old)]
    table = table.set_column(
        position, table.schema.field(position), pa.array(new, type=table.schema.field(position).type)
    )
    fields = [record_fields(r) for r in results]
    table = table.append_column("repair_status", pa.array([f["repair_status"] for f in fields], pa.string()))
    table = table.append_column("repair_score", pa.array([f["repair_score"] for f in fields], pa.float64()))
    table = table.append_column(
        "repair_log", pa.array([json.dumps(f["repair_log"], ensure_ascii=False) for f in fields], pa.string())
    )
    table = table.append_column(
        "repair_message", pa.array([f.get("repair_message", "") for f in fields], pa.string())
    )
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def problem_result(name: str, problem: str) -> DocResult:
    return DocResult(name=name, status=ERROR, message=problem)


def join_parts(item: Input, parts: list[Path], target: Path) -> None:
    """Join the parts into the output corpus: temp file, fsync, rename, like write_atomic."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            if item.kind == "parquet":
                _join_parquet(parts, stream)
            elif item.compressed:  # mtime 0: the same records give the same bytes
                with gzip.GzipFile(fileobj=stream, mode="wb", mtime=0) as packed:
                    for part in parts:
                        packed.write(part.read_bytes())
            else:
                for part in parts:
                    stream.write(part.read_bytes())
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, new_file_mode())  # mkstemp's 0600 would hide the corpus from others
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _join_parquet(parts: list[Path], stream) -> None:
    import pyarrow.parquet as pq

    writer = None
    for part in parts:
        table = pq.read_table(part)
        if writer is None:
            writer = pq.ParquetWriter(stream, table.schema)
        writer.write_table(table)
    if writer is not None:
        writer.close()


def read_input(path: Path, max_bytes: int) -> bytes | RepairError:
    """A file's bytes, or the one-line reason it cannot be read (reported in its turn)."""
    try:
        return read_article_bytes(path, max_bytes=max_bytes)
    except RepairError as error:
        return error


# ---------------------------------------------------------------- documents with ids


@dataclass
class Document:
    """One document to check or score: an article, or one record of a corpus."""

    path: Path
    name: str  # how it is shown: the path, or PATH#ID for a record
    id: str | None  # a corpus record's id (its id field, else its 0-based number)
    data: bytes | str | RepairError  # file bytes, a record's text, or why it cannot be read
    fmt: str = "text"


def iter_documents(
    paths: list[Path], *, text_field: str, id_field: str, max_bytes: int
) -> Iterator[Document]:
    """Every document the paths hold: articles (folders searched), every record of every
    corpus, and standard input for ``-``. Unreadable ones come as a RepairError in turn."""
    from repair.loading import collect_articles, format_for

    for path in paths:
        if str(path) == "-":
            yield Document(path, "-", None, read_stdin(max_bytes))
            continue
        items = discover([path]) if path.is_dir() else [Input(path, Path(path.name), kind_of(path))]
        for item in items:
            if item.kind == "article":
                for article in collect_articles([item.path]):
                    yield Document(
                        article, str(article), None, read_input(article, max_bytes), format_for(article)
                    )
                continue
            if not item.path.is_file():
                yield Document(item.path, str(item.path), None, RepairError(f"{item.path}: no such file"))
                continue
            for chunk in read_chunks(item, text_field):
                for position, text in enumerate(chunk.texts):
                    number = chunk.start + position
                    record_id = _record_id(chunk, position, number, id_field)
                    problem = chunk.problems.get(position)
                    data = RepairError(problem) if problem else text
                    yield Document(item.path, f"{item.path}#{record_id}", record_id, data)


def _record_id(chunk: Chunk, position: int, number: int, id_field: str) -> str:
    if isinstance(chunk.raw, list):  # JSON Lines
        record = chunk.records[position]
        value = record.get(id_field) if isinstance(record, dict) else None
    else:  # a Parquet record batch
        names = chunk.raw.schema.names
        value = chunk.raw.column(names.index(id_field))[position].as_py() if id_field in names else None
    return str(value) if value is not None else str(number)


def read_stdin(max_bytes: int) -> bytes | RepairError:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        return RepairError(
            f"-: standard input is over the {max_bytes:,}-byte limit (raise it with --max-bytes)"
        )
    return data
