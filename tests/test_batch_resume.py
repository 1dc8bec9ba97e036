"""--resume: a run killed with SIGKILL and continued ends with what an uninterrupted run writes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from repair.batch import inputs
from repair.batch.manifest import MANIFEST_NAME
from repair.cli import main

from .test_batch_cli import NONE, make_jsonl, make_tree, outputs

CHUNK = 3


def _inputs(root):
    make_tree(root, 30, paragraphs=2)
    make_jsonl(root / "part1" / "news.jsonl", 45)


@pytest.mark.slow
def test_killed_run_continued_with_resume_equals_an_uninterrupted_run(tmp_path, monkeypatch):
    src = tmp_path / "in"
    _inputs(src)
    killed = tmp_path / "killed"
    env = {**os.environ, "REPAIR_CHUNK_RECORDS": str(CHUNK)}
    command = [
        sys.executable,
        "-m",
        "repair.cli",
        "fix",
        str(src),
        "-o",
        str(killed),
        "--jobs",
        "2",
        "--text-field",
        "body",
        *NONE,
    ]
    process = subprocess.Popen(
        command, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    parts = killed / ".repair-parts" / "part1" / "news.jsonl"
    deadline = time.monotonic() + 60
    try:
        # kill it in the middle of the corpus: some articles and some corpus parts are done
        while not (parts.is_dir() and len(list(parts.glob("*.jsonl"))) >= 2):
            assert process.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.005)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL
    assert not (killed / "part1" / "news.jsonl").exists()
    assert not (killed / "review.jsonl").exists()
    done_before = len((killed / MANIFEST_NAME).read_text().splitlines())

    monkeypatch.setattr(inputs, "CHUNK", CHUNK)
    report = tmp_path / "resumed.json"
    args = ["fix", str(src), "--text-field", "body", "--jobs", "2", *NONE]
    assert main([*args, "-o", str(killed), "--resume", "--report", str(report)]) == 0
    clean = tmp_path / "clean"
    assert main([*args, "-o", str(clean)]) == 0

    assert outputs(killed) == outputs(clean)
    assert len(outputs(clean)) == 32  # 30 articles, the corpus, the review queue
    summary = json.loads(report.read_text())
    assert summary["documents"] == 30 + 45
    assert 0 < summary["resumed"] < 30 + 45
    assert summary["resumed"] >= done_before - 1  # every complete output was trusted


def test_resume_redoes_only_what_is_missing_or_damaged(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "CHUNK", CHUNK)
    src = tmp_path / "in"
    _inputs(src)
    out = tmp_path / "out"
    args = ["fix", str(src), "-o", str(out), "--text-field", "body", "--jobs", "1", *NONE]
    assert main(args) == 0
    expected = outputs(out)
    victim = sorted(out.glob("part0/*.txt"))[0]
    victim.write_bytes(victim.read_bytes()[:40])  # a half-written file from some other tool
    (out / "part2" / sorted(p.name for p in (out / "part2").glob("*.txt"))[0]).unlink()
    with (out / MANIFEST_NAME).open("a", encoding="utf-8") as stream:
        stream.write('{"key": "part0/half')  # the half line of a killed run
    report = tmp_path / "r.json"
    assert main([*args, "--resume", "--report", str(report)]) == 0
    assert outputs(out) == expected
    assert json.loads(report.read_text())["resumed"] == 30 + 45 - 2


@pytest.mark.slow
def test_changed_settings_are_not_resumed(tmp_path):
    src = tmp_path / "in"
    make_tree(src, 3)
    out = tmp_path / "out"
    assert main(["fix", str(src), "-o", str(out), *NONE]) == 0
    report = tmp_path / "r.json"
    assert (
        main(
            [
                "fix",
                str(src),
                "-o",
                str(out),
                "--resume",
                "--exclude",
                "chrome",
                "--report",
                str(report),
                *NONE,
            ]
        )
        == 0
    )
    assert json.loads(report.read_text())["resumed"] == 0
    assert all(path.read_text().startswith("Skip to content") for path in out.rglob("0*.txt"))
