"""`repair fix DIR... -o OUT` as a batch: folders, corpora, bad files, review queue, reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repair.batch import inputs
from repair.batch.manifest import MANIFEST_NAME
from repair.cli import main

from .conftest import SAMPLES

NONE = ["--grammar", "none", "--no-progress"]
CORPUS = sorted((SAMPLES / "corpus").glob("*.txt"))


def damaged(text: str, number: int, paragraphs: int = 3) -> str:
    """A short article with damage the cleanup pass repairs: chrome, spacing, a doubled word."""
    kept = [p for p in text.split("\n\n") if p.strip()][:paragraphs]
    body = kept[1] if len(kept) > 1 else kept[0]
    words = body.split(" ")
    cut = 3 + number % max(1, len(words) - 6)
    words[cut] = words[cut] + " ,"  # a space before a comma
    kept[min(1, len(kept) - 1)] = " ".join(words)
    if number % 2:
        kept[-1] = kept[-1].replace(". ", ".  ", 1)  # a double space
    return "Skip to content\n\n" + "\n\n".join(kept) + "\n"


def make_tree(root: Path, count: int, *, paragraphs: int = 3) -> list[Path]:
    """`count` damaged articles in nested folders, varied by article and position."""
    made = []
    for number in range(count):
        source = CORPUS[number % len(CORPUS)]
        folder = root / f"part{number % 3}" / ("deep" if number % 5 == 0 else "")
        path = folder / f"{number:04d}-{source.stem}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(damaged(source.read_text(encoding="utf-8"), number, paragraphs), encoding="utf-8")
        made.append(path)
    return made


def make_jsonl(path: Path, count: int, field: str = "body") -> list[dict]:
    records = [
        {"id": f"r{n}", field: damaged(CORPUS[n % len(CORPUS)].read_text(encoding="utf-8"), n, 2), "n": n}
        for n in range(count)
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return records


def outputs(folder: Path) -> dict[str, bytes]:
    """Every output file under `folder` except the run's own bookkeeping (the manifest, and
    the review states in .repair/, which name the inputs by their absolute paths)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MANIFEST_NAME and p.relative_to(folder).parts[0] != ".repair"
    }


@pytest.mark.slow
def test_folders_recurse_and_a_bad_file_is_reported_and_skipped(tmp_path, capsys):
    src = tmp_path / "in"
    made = make_tree(src, 7)
    (src / "part1" / "page.html").write_text(
        "<html><body><nav>Home</nav><article><h1>Storm closes port</h1>"
        "<p>The port closed on Monday after a storm , officials said.</p>"
        "<p>Ships waited offshore for two days before the harbour reopened to traffic.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (src / "part2" / "broken.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (src / "part2" / "notes.csv").write_text("not an article", encoding="utf-8")
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    assert main(["fix", str(src), "-o", str(out), "--jobs", "2", "--report", str(report), *NONE]) == 2
    err = capsys.readouterr().err
    assert "broken.txt" in err and "binary file" in err
    written = outputs(out)
    for path in made:
        relative = path.relative_to(src).as_posix()
        assert relative in written, relative
        text = written[relative].decode("utf-8")
        assert not text.startswith("Skip to content") and " ," not in text
    assert "part1/page.txt" in written and "storm, officials" in written["part1/page.txt"].decode()
    assert "part2/broken.txt" not in written and "part2/notes.csv" not in written
    summary = json.loads(report.read_text())
    assert summary["inputs"] == 9 and summary["documents"] == 9
    assert summary["errors"] == 1 and summary["error_documents"][0]["name"].endswith("broken.txt")
    assert (
        summary["repaired"] == 8 and summary["applied"]["chrome"] >= 7 and summary["applied"]["spacing"] >= 8
    )


@pytest.mark.slow
def test_jobs_two_writes_what_jobs_one_writes(tmp_path):
    src = tmp_path / "in"
    make_tree(src, 6)
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["fix", str(src), "-o", str(one), "--jobs", "1", *NONE]) == 0
    assert main(["fix", str(src), "-o", str(two), "--jobs", "2", *NONE]) == 0
    assert outputs(one) == outputs(two)
    assert len([name for name in outputs(one) if name.endswith(".txt")]) == 6


def test_thresholds_from_the_config_send_the_rest_to_the_review_queue(tmp_path):
    src = tmp_path / "in"
    make_tree(src, 4)
    config = tmp_path / "repair.toml"
    config.write_text("[thresholds]\nspacing = 0.999\n", encoding="utf-8")
    out = tmp_path / "out"
    report = tmp_path / "r.json"
    assert (
        main(["fix", str(src), "-o", str(out), "--config", str(config), "--report", str(report), *NONE]) == 0
    )
    summary = json.loads(report.read_text())
    assert "spacing" not in summary["applied"] and summary["review"]["spacing"] >= 4
    lines = [json.loads(line) for line in (out / "review.jsonl").read_text().splitlines()]
    assert len(lines) == 4
    for line in lines:
        assert set(line) == {"path", "proposal_ids"}
        path = Path(line["path"])
        assert path.is_absolute() and path.is_file()
        assert " ," in (out / path.relative_to(src.resolve())).read_text()  # left for the reviewer


@pytest.mark.slow
def test_review_ids_match_a_fresh_analysis(tmp_path, capsys):
    """The ids are the ones `repair check` (and so the review TUI) finds for that file."""
    src = tmp_path / "in"
    make_tree(src, 2)
    config = tmp_path / "repair.toml"
    config.write_text("[thresholds]\nspacing = 0.999\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["fix", str(src), "-o", str(out), "--config", str(config), *NONE]) == 0
    capsys.readouterr()
    for line in (out / "review.jsonl").read_text().splitlines():
        entry = json.loads(line)
        assert (
            main(["check", "--format", "json", "--grammar", "none", "--only", "spacing", entry["path"]]) == 1
        )
        found = {p["id"] for p in json.loads(capsys.readouterr().out)["files"][0]["proposals"]}
        assert set(entry["proposal_ids"]) == found


@pytest.mark.slow
def test_jsonl_corpus_is_written_back_with_log_and_score(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "CHUNK", 4)  # several parts, joined at the end
    corpus = tmp_path / "news.jsonl"
    records = make_jsonl(corpus, 10)
    with corpus.open("a", encoding="utf-8") as stream:
        stream.write("{not json\n")
        stream.write(json.dumps({"id": "no-body", "title": "x"}) + "\n")
    out = tmp_path / "out"
    assert main(["fix", str(corpus), "-o", str(out), "--text-field", "body", "--jobs", "2", *NONE]) == 2
    lines = (out / "news.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12
    assert lines[10] == "{not json"  # kept exactly as it was
    rows = [json.loads(line) for line in lines[:10]]
    for original, row in zip(records, rows):
        assert row["id"] == original["id"] and row["n"] == original["n"]
        assert row["repair_status"] == "repaired" and row["body"] != original["body"]
        assert not row["body"].startswith("Skip to content")
        assert 0.0 <= row["repair_score"] <= 1.0
        kinds = {entry["kind"] for entry in row["repair_log"] if entry["decision"]}
        assert "chrome" in kinds
    missing = json.loads(lines[11])
    assert missing["repair_status"] == "error" and "body" in missing["repair_message"]
    assert not (out / ".repair-parts").exists()


@pytest.mark.slow
def test_parquet_corpus_is_written_back_as_parquet(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [damaged(CORPUS[n].read_text(encoding="utf-8"), n, 2) for n in range(5)]
    table = pa.table({"doc_id": list(range(5)), "text": texts, "lang": ["en"] * 5})
    corpus = tmp_path / "news.parquet"
    pq.write_table(table, corpus)
    out = tmp_path / "out"
    assert main(["fix", str(corpus), "-o", str(out), *NONE]) == 0
    result = pq.read_table(out / "news.parquet")
    assert result.column_names == [
        "doc_id",
        "text",
        "lang",
        "repair_status",
        "repair_score",
        "repair_log",
        "repair_message",
    ]
    assert result.column("doc_id").to_pylist() == list(range(5))
    for before, after, log in zip(
        texts, result.column("text").to_pylist(), result.column("repair_log").to_pylist()
    ):
        assert after != before and not after.startswith("Skip to content")
        assert any(entry["decision"] for entry in json.loads(log))


@pytest.mark.slow
def test_html_report_has_scores_and_diffs(tmp_path):
    src = tmp_path / "in"
    make_tree(src, 3)
    page = tmp_path / "report.html"
    assert main(["fix", str(src), "-o", str(tmp_path / "out"), "--report-html", str(page), *NONE]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.count("<details>") == 3
    assert "-Skip to content" in html and "class='add'" in html
    assert "0000-" in html and "repaired" in html


def test_flags_that_need_an_output_folder(tmp_path, capsys):
    article = make_tree(tmp_path / "in", 1)[0]
    assert main(["fix", "--stdout", "--resume", str(article), *NONE]) == 2
    assert "--resume needs -o DIR" in capsys.readouterr().err
    assert (
        main(["fix", "-o", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:1", str(article), *NONE]) == 2
    )
    assert "--engine dask" in capsys.readouterr().err
    assert main(["fix", "-o", str(tmp_path / "o"), "--jobs", "0", str(article), *NONE]) == 2


def test_an_output_folder_that_cannot_be_made_is_a_one_line_error(tmp_path, capsys):
    article = make_tree(tmp_path / "in", 1)[0]
    a_file = tmp_path / "taken"
    a_file.write_text("not a folder\n", encoding="utf-8")
    assert main(["fix", "-o", str(a_file), str(article), *NONE]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "exists and is not a folder" in error
    assert a_file.read_text(encoding="utf-8") == "not a folder\n"
    assert main(["fix", "-o", str(a_file / "below"), str(article), *NONE]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "cannot create the output folder" in error and "internal" not in error


@pytest.mark.slow
def test_diff_mode_with_jobs_keeps_file_order(tmp_path, capsysbinary):
    made = make_tree(tmp_path / "in", 4)
    assert main(["fix", "--diff", "--jobs", "2", *map(str, made), *NONE]) == 1  # a diff: exit 1, as ruff
    out = capsysbinary.readouterr().out.decode()
    positions = [
        out.index(f"a/{path.as_posix().lstrip('/')}") for path in made
    ]  # no a//: see diffs.header_name
    assert positions == sorted(positions)
