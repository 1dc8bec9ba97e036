"""Corpora everywhere, through the `repair` command: score one value per record and per
sentence keyed by record id, and fix -o writing back in the input's format and compression.
The default tests run the command in this process, the slow one launches it."""

from __future__ import annotations

import gzip
import json

import pytest

from .test_ecosystem_ci import CLEAN, DOUBLED, NONE, launch, repair

RECORDS = [{"id": "first", "text": DOUBLED}, {"id": "second", "text": CLEAN}]


def _jsonl(records) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


@pytest.mark.slow
def test_score_corpus_per_document_and_per_sentence_keyed_by_id(tmp_path):
    corpus = tmp_path / "c.jsonl.gz"
    corpus.write_bytes(gzip.compress(_jsonl(RECORDS)))
    run = launch("score", "--document", "--format", "jsonl", *NONE, str(corpus))
    assert run.returncode == 0, run.stderr
    documents = [json.loads(line) for line in run.stdout.splitlines()]
    assert [d["record"] for d in documents] == ["first", "second"]
    assert documents[0]["score"] > documents[1]["score"]
    run = launch("score", "--format", "jsonl", *NONE, str(corpus))
    sentences = [json.loads(line) for line in run.stdout.splitlines()]
    assert {s["record"] for s in sentences} == {"first", "second"}
    first = [s for s in sentences if s["record"] == "first"]
    assert first[0]["text"] == DOUBLED[first[0]["start"] : first[0]["end"]]
    assert first[0]["score"] >= 0.5 and all(s["score"] < 0.5 for s in sentences if s["record"] == "second")
    run = launch("score", *NONE, str(corpus))
    assert run.stdout.splitlines()[0].endswith(f"\t{corpus}#first")


def test_score_reads_stdin():
    run = repair("score", "--document", *NONE, "-", stdin=DOUBLED)
    assert run.returncode == 0 and run.stdout.endswith("\t-\n")


def test_fix_corpus_keeps_gzip_and_jsonl(tmp_path):
    corpus = tmp_path / "in" / "c.jsonl.gz"
    corpus.parent.mkdir()
    corpus.write_bytes(gzip.compress(_jsonl(RECORDS)))
    out = tmp_path / "out"
    run = repair("fix", "-o", str(out), "--jobs", "1", "--no-progress", *NONE, str(corpus))
    assert run.returncode == 0, run.stderr
    written = out / "c.jsonl.gz"
    records = [json.loads(line) for line in gzip.decompress(written.read_bytes()).splitlines()]
    assert [r["id"] for r in records] == ["first", "second"]
    assert records[0]["text"] == DOUBLED.replace("The the", "The") and records[1]["text"] == CLEAN
    assert records[0]["repair_status"] == "repaired"


def test_fix_parquet_keeps_parquet(tmp_path):
    pa = pytest.importorskip("pyarrow", reason="Parquet needs pyarrow (the parquet extra)")
    import pyarrow.parquet as pq

    corpus = tmp_path / "c.parquet"
    pq.write_table(pa.table({"id": ["first", "second"], "text": [DOUBLED, CLEAN]}), corpus)
    out = tmp_path / "out"
    run = repair("fix", "-o", str(out), "--jobs", "1", "--no-progress", *NONE, str(corpus))
    assert run.returncode == 0, run.stderr
    table = pq.read_table(out / "c.parquet").to_pydict()
    assert table["id"] == ["first", "second"] and table["text"][0] == DOUBLED.replace("The the", "The")
