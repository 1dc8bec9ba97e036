"""The per-document function every engine shares, and the progress lines off a terminal."""

from __future__ import annotations

import io
import pickle

from repair.batch.progress import Progress
from repair.batch.work import ERROR, REFUSED, REPAIRED, UNCHANGED, repair_document
from repair.errors import RepairError

from .test_batch_cli import CORPUS, damaged


def test_bytes_and_text_give_the_same_repair(cleanup_config):
    text = damaged(CORPUS[0].read_text(encoding="utf-8"), 1)
    from_bytes = repair_document(("\ufeff" + text).encode("utf-8"), cleanup_config, name="a")
    from_text = repair_document(text, cleanup_config, name="a")
    assert from_bytes.status == from_text.status == REPAIRED
    assert from_bytes.output == b"\xef\xbb\xbf" + from_text.repaired.encode("utf-8")  # the BOM is kept
    assert from_bytes.applied == from_text.applied and from_bytes.applied["chrome"] == 1
    assert from_bytes.log == from_text.log
    assert 0.0 < from_text.score <= 1.0 and from_text.words > 50
    assert pickle.loads(pickle.dumps(from_bytes)) == from_bytes  # it travels between processes


def test_clean_text_is_unchanged_and_has_nothing_for_review(cleanup_config):
    result = repair_document("The talks ended on Monday.\n\nThe ministers left for home.\n", cleanup_config)
    assert result.status == UNCHANGED and result.review_ids == [] and result.applied == {}


def test_refused_by_the_guard_leaves_everything_for_review(cleanup_config):
    cleanup_config.max_changed_share = 0.0
    text = "The ministers met in the the capital on Monday , officials said.\n\nThey agreed to meet again.\n"
    result = repair_document(text, cleanup_config, name="x")
    assert result.status == REFUSED and "safety guard" in result.message
    assert result.repaired is None and result.applied == {}
    assert set(result.review_ids) == {entry["id"] for entry in result.log}
    assert result.review == {"spacing": 2}


def test_errors_are_results_not_exceptions(cleanup_config):
    cleanup_config.max_bytes = 100
    too_big = repair_document(b"word " * 50, cleanup_config, name="big")
    assert too_big.status == ERROR and "100-byte limit" in too_big.message
    binary = repair_document(b"\x00\x01\x02\x03" * 10, cleanup_config, name="bin")
    assert binary.status == ERROR and "binary" in binary.message
    unreadable = repair_document(RepairError("gone: no such file"), cleanup_config)
    assert unreadable.status == ERROR and unreadable.message == "gone: no such file"


def test_diff_is_made_only_when_asked(cleanup_config):
    text = damaged(CORPUS[4].read_text(encoding="utf-8"), 4)
    assert repair_document(text, cleanup_config).diff == ""
    diff = repair_document(text, cleanup_config, name="story.txt", diff=True).diff
    assert diff.startswith("--- a/story.txt\n+++ b/story.txt\n") and "-Skip to content" in diff


def test_progress_writes_plain_lines_off_a_terminal():
    stream = io.StringIO()
    with Progress(4, stream=stream, interval=0.0) as progress:
        progress.skipped()
        progress.advance(300)
        progress.log("repair: warning: x: y")
        progress.advance(200)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("repair: 2/4 documents, ") and "words/s" in lines[0] and "left" in lines[0]
    assert "repair: warning: x: y" in lines
    assert lines[-1].startswith("repair: 3/4 documents")


def test_a_pipeline_that_cannot_start_stops_the_run_with_one_line(tmp_path, monkeypatch, capsys):
    import repair.pipeline
    from repair.cli import main

    def broken(config, **_):
        raise RuntimeError("gazetteer index is damaged")

    monkeypatch.setattr(repair.pipeline, "build_passes", broken)
    article = tmp_path / "a.txt"
    article.write_text("The talks ended on Monday , officials said.\n", encoding="utf-8")
    # --max-bytes makes settings no earlier test used, so no cached pipeline is reused
    args = ["fix", str(article), "-o", str(tmp_path / "out"), "--jobs", "1", "--max-bytes", "123457"]
    assert main([*args, "--grammar", "none", "--no-progress"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["repair: error: cannot start the pipeline: RuntimeError: gazetteer index is damaged"]
