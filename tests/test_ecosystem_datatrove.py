"""The datatrove adapter in a real datatrove pipeline: reader -> RepairFormatter ->
GarbleFilter -> writer, run by datatrove's LocalPipelineExecutor in worker processes."""

from __future__ import annotations

import gzip
import json

import pytest

pytest.importorskip("datatrove", reason="the adapter is tested when datatrove is installed")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from repair.adapters.datatrove import GarbleFilter, RepairFormatter  # noqa: E402

DOUBLED = "The the minister arrived in Tokyo on Monday, and the talks began at noon with a long list.\n"
CLEAN = (
    "The talks ended on Monday after two days of meetings.\n\n"
    "The ministers left for home on Tuesday and said they would meet again in the spring.\n"
)
GARBLED = (
    "Minister said that the the talks was going to continue , he say .\n\n"
    "Yesterday Mr. the agreement it was signing by both of sides in the capital the the city.\n"
)


def _run(tmp_path, pipeline_tail, tasks=2):
    source = tmp_path / "in"
    source.mkdir()
    records = [
        {"id": "doubled", "text": DOUBLED},
        {"id": "clean", "text": CLEAN},
        {"id": "garbled", "text": GARBLED},
        {"id": "clean2", "text": CLEAN.replace("Monday", "Friday")},
    ]
    for shard in range(2):
        lines = "".join(json.dumps(r) + "\n" for r in records[shard::2])
        (source / f"{shard}.jsonl").write_text(lines, encoding="utf-8")
    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(source)), *pipeline_tail, JsonlWriter(str(out))],
        tasks=tasks,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    found = {}
    for path in sorted(out.glob("*.jsonl.gz")):
        for line in gzip.decompress(path.read_bytes()).splitlines():
            record = json.loads(line)
            found[record["id"]] = record
    return found


@pytest.mark.slow
def test_formatter_repairs_and_records_the_outcome(tmp_path):
    found = _run(tmp_path, [RepairFormatter(grammar="none")])
    assert set(found) == {"doubled", "clean", "garbled", "clean2"}
    assert found["doubled"]["text"] == DOUBLED.replace("The the", "The")
    assert found["doubled"]["metadata"]["repair_status"] == "repaired"
    assert found["doubled"]["metadata"]["repair_applied"] == {"spacing": 1}
    assert found["clean"]["text"] == CLEAN and found["clean"]["metadata"]["repair_status"] == "unchanged"


@pytest.mark.slow
def test_filter_drops_garbled_documents_and_keeps_the_score(tmp_path):
    found = _run(tmp_path, [GarbleFilter(max_score=0.5, grammar="none")])
    assert "garbled" not in found
    assert {"clean", "clean2"} <= set(found)
    assert all(0.0 <= r["metadata"]["repair_score"] < 0.5 for r in found.values())


def test_filter_rejects_a_bad_threshold():
    with pytest.raises(ValueError, match="max_score"):
        GarbleFilter(max_score=2)
