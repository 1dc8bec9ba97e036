"""The Dask engine runs the same per-document function: its output equals the local engine's."""

from __future__ import annotations

import json

import dask
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from distributed import LocalCluster

from repair.batch import inputs
from repair.cli import main

from .test_batch_cli import CORPUS, NONE, damaged, make_jsonl, make_tree, outputs


def _corpus(root):
    make_tree(root, 12)
    make_jsonl(root / "records" / "news.jsonl", 9, field="text")
    texts = [damaged(CORPUS[n].read_text(encoding="utf-8"), n, 2) for n in range(4)]
    pq.write_table(pa.table({"id": list(range(4)), "text": texts}), root / "records" / "more.parquet")
    (root / "records" / "bad.txt").write_bytes(b"\xff\xfe\x00" * 7)  # a bad file on the cluster too


@pytest.mark.slow
def test_dask_cluster_output_equals_local_engine_byte_for_byte(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "CHUNK", 4)
    src = tmp_path / "in"
    _corpus(src)
    local, on_dask = tmp_path / "local", tmp_path / "dask"
    assert main(["fix", str(src), "-o", str(local), "--jobs", "2", *NONE]) == 2
    report = tmp_path / "dask.json"
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        code = main(
            [
                "fix",
                str(src),
                "-o",
                str(on_dask),
                "--engine",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
                "--report",
                str(report),
                *NONE,
            ]
        )
    assert code == 2
    assert outputs(on_dask) == outputs(local)
    assert len(outputs(local)) == 12 + 2 + 1  # articles, two corpora, the review queue
    summary = json.loads(report.read_text())
    assert summary["engine"] == "dask" and summary["workers"] == 2
    assert summary["errors"] == 1 and summary["repaired"] == 12 + 9 + 4


@pytest.mark.slow
def test_dask_without_a_scheduler_starts_its_own_local_cluster(tmp_path):
    src = tmp_path / "in"
    make_tree(src, 3)
    local, on_dask = tmp_path / "local", tmp_path / "dask"
    assert main(["fix", str(src), "-o", str(local), "--jobs", "1", *NONE]) == 0
    assert main(["fix", str(src), "-o", str(on_dask), "--engine", "dask", "--jobs", "1", *NONE]) == 0
    assert outputs(on_dask) == outputs(local)


def test_an_unreachable_scheduler_is_one_line_error(tmp_path, capsys):
    src = tmp_path / "in"
    make_tree(src, 1)
    args = [
        "fix",
        str(src),
        "-o",
        str(tmp_path / "o"),
        "--engine",
        "dask",
        "--scheduler",
        "tcp://127.0.0.1:9",
    ]
    # nothing listens there: the connection is refused at once, so dask's retries need not last
    with dask.config.set({"distributed.comm.timeouts.connect": "0.5s"}):
        assert main([*args, *NONE]) == 2
    err = capsys.readouterr().err
    assert "Dask scheduler" in err and len(err.strip().splitlines()) == 1
