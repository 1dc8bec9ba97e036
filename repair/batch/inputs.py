"""What a batch reads and writes: article files, and corpora of records in JSON Lines or Parquet.

A corpus is processed in chunks of records; each chunk is written as its own part (so a
killed run loses at most one chunk per corpus), and the parts are joined into the output
corpus, in the input's format, once every chunk is complete.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from repair.batch.work import ERROR, DocResult
from repair.errors import RepairError
from repair.loading import ARTICLE_SUFFIXES, read_article_bytes

JSONL_SUFFIXES = (".jsonl", ".ndjson")
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
    def output_relative(self) -> Path:
        if self.kind == "article" and self.relative.suffix.lower() in (".html", ".htm"):
            return self.relative.with_suffix(".txt")  # HTML is reduced to its article text
        return self.relative


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    return "article"


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
                    if path.suffix.lower() in ARTICLE_SUFFIXES + CORPUS_SUFFIXES and not name.startswith("."):
                        inside.append(Input(path, path.relative_to(root), kind_of(path)))
            if not inside:
                raise RepairError(
                    f"{root}: no articles (.txt, .md, .html) or corpora (.jsonl, .parquet) in this folder"
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
    with open(item.path, "rb") as stream:
        return sum(1 for line in stream if line.strip())


def read_chunks(item: Input, text_field: str) -> Iterator[Chunk]:
    if item.kind == "parquet":
        yield from _parquet_chunks(item, text_field)
    else:
        yield from _jsonl_chunks(item, text_field)


def _jsonl_chunks(item: Input, text_field: str) -> Iterator[Chunk]:
    lines: list[bytes] = []
    index = start = 0
    with open(item.path, "rb") as stream:
        for line in stream:
            if not line.strip():
                continue
            lines.append(line.rstrip(b"\r\n"))
            if len(lines) == CHUNK:
                yield _jsonl_chunk(index, start, lines, text_field)
                index, start, lines = index + 1, start + len(lines), []
    if lines:
        yield _jsonl_chunk(index, start, lines, text_field)


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
            else:
                for part in parts:
                    stream.write(part.read_bytes())
            stream.flush()
            os.fsync(stream.fileno())
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
