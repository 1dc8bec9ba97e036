"""The CLI through its real entry point: formats, exit codes, outputs, idempotence."""

from __future__ import annotations

import json

from repair.cli import main

from .conftest import SAMPLES

DAMAGED = SAMPLES / "tokyo-talks-damaged.txt"
NONE = ["--grammar", "none"]


def test_check_text_format_and_exit_code(capsys):
    assert main(["check", *NONE, str(DAMAGED)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines
    first = lines[0]
    assert first.startswith(f"{DAMAGED}:1:1: chrome chrome.")
    for line in lines:
        path, line_no, column, rest = line.split(":", 3)
        assert int(line_no) >= 1 and int(column) >= 1
        assert rest.split()[0] in {
            "chrome",
            "spacing",
            "structure",
            "encoding",
            "name",
            "grammar",
            "spelling",
            "punctuation",
            "style",
        }


def test_check_clean_text_exits_zero(tmp_path, capsys):
    clean = tmp_path / "clean.txt"
    clean.write_text("The talks ended on Monday.\n\nThe ministers left for home.\n", encoding="utf-8")
    assert main(["check", *NONE, str(clean)]) == 0
    assert capsys.readouterr().out == ""


def test_check_json_and_jsonl(capsys):
    assert main(["check", *NONE, "--format", "json", str(DAMAGED)]) == 1
    data = json.loads(capsys.readouterr().out)
    record = data["files"][0]["proposals"][0]
    for key in (
        "id",
        "kind",
        "rule",
        "span",
        "line",
        "column",
        "replacement",
        "confidence",
        "reason",
        "evidence",
        "decision",
    ):
        assert key in record
    assert main(["check", *NONE, "--format", "jsonl", str(DAMAGED)]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(data["files"][0]["proposals"])


def test_score_jsonl_format(capsys):
    text = DAMAGED.read_text(encoding="utf-8")
    assert main(["score", *NONE, "--format", "jsonl", str(DAMAGED)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows
    for row in rows:
        assert 0.0 <= row["score"] <= 1.0
        assert text[row["start"] : row["end"]] == row["text"]


def test_fix_stdout_then_fix_again_changes_nothing(tmp_path, capsysbinary):
    assert main(["fix", "--stdout", *NONE, str(DAMAGED)]) == 0
    fixed = capsysbinary.readouterr().out
    assert b"Skip to content" not in fixed and b"$40 million" in fixed
    once = tmp_path / "once.txt"
    once.write_bytes(fixed)
    assert main(["fix", "--stdout", *NONE, str(once)]) == 0
    assert capsysbinary.readouterr().out == fixed


def test_fix_in_place_keeps_a_backup_and_writes_a_log(tmp_path):
    article = tmp_path / "a.txt"
    original = DAMAGED.read_bytes()
    article.write_bytes(original)
    log = tmp_path / "log.json"
    assert main(["fix", "--in-place", *NONE, "--log", str(log), str(article)]) == 0
    assert (tmp_path / "a.txt.orig").read_bytes() == original
    assert article.read_bytes() != original
    entries = json.loads(log.read_text())["files"][0]["proposals"]
    assert any(e["decision"] and e["decision"]["verdict"] == "accepted" for e in entries)


def test_fix_only_and_exclude_kinds(capsysbinary):
    assert main(["fix", "--stdout", *NONE, "--only", "spacing", str(DAMAGED)]) == 0
    only_spacing = capsysbinary.readouterr().out
    assert b"Skip to content" in only_spacing and b"$40 million" in only_spacing
    assert main(["fix", "--stdout", *NONE, "--exclude", "chrome", str(DAMAGED)]) == 0
    assert b"Skip to content" in capsysbinary.readouterr().out


def test_fix_output_folder_from_html(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>t</title></head><body><nav>Home | World</nav><article>"
        "<h1>Port reopens after storm</h1>"
        "<p>The port of Valencia reopened on Tuesday after a storm closed it for two days, officials said.</p>"
        "<p>Ships waiting offshore began to dock in the afternoon , the port authority said in a statement.</p>"
        "</article><footer>Copyright 2024</footer></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["fix", "-o", str(out), *NONE, str(page)]) == 0
    text = (out / "page.txt").read_text(encoding="utf-8")
    assert "afternoon, the port" in text and "<p>" not in text


def test_errors_are_one_line_with_exit_2(tmp_path, capsys):
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    for args in (
        ["check", str(tmp_path / "missing.txt")],
        ["check", str(empty_folder)],
        ["check", str(binary)],
        ["fix", "--stdout", str(DAMAGED), str(DAMAGED)],
        ["check", "--max-bytes", "10", str(DAMAGED)],
    ):
        assert main([*args, *NONE]) == 2, args
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_console_script_runs(damaged_check):
    # the real entry point, launched once per session (tests/conftest.py): `python -m
    # repair.cli check --grammar none` on the damaged sample
    result = damaged_check
    assert result.args[-4:] == ["check", "--grammar", "none", str(DAMAGED)]
    assert result.returncode == 1
    assert "chrome.skip-link" in result.stdout or "chrome." in result.stdout
