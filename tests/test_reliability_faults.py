"""What an editor would fear, through the real entry point (`python -m repair.cli` in a
subprocess): file modes under a umask, a full disk, a read-only folder, an output path that
is a folder, --in-place on a symlink, and names that try to write outside -o."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from repair.cli import main

ARTICLE = (
    "Ferry Service Restored\n"
    "\n"
    "The island's ferry service resumed on Friday after repairs to the pier, the operator said.\n"
    "\n"
    "Passengers had waited for nearly three weeks, and the the operator apologised.\n"
)
REPAIRED = ARTICLE.replace("the the", "the")


def repair(
    *argv: str, umask: int = 0o022, fsize: int | None = None, cwd: Path | None = None, env: dict | None = None
):
    """The command as a user runs it, with a umask (and a file-size limit) of our choosing."""

    def limits() -> None:
        os.umask(umask)
        if fsize is not None:  # a write past the limit fails with EFBIG instead of killing us
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run(
        [sys.executable, "-m", "repair.cli", *argv, "--grammar", "none"],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=limits,
        cwd=cwd,
        env=None if env is None else {**os.environ, **env},
    )


def error_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("repair: error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


class Result:
    """What a run of the CLI in this process left: exit code and stderr, as from subprocess."""

    def __init__(self, returncode: int, stderr: str) -> None:
        self.returncode, self.stderr = returncode, stderr


def cli(capsys, *argv: str, umask: int = 0o022) -> Result:
    """`repair ...` in this process, under ``umask`` (restored after)."""
    previous = os.umask(umask)
    try:
        jobs = ["--jobs", "1"] if "-o" in argv else []
        code = main([*argv, "--grammar", "none", *jobs])
    finally:
        os.umask(previous)
    return Result(code, capsys.readouterr().err)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


# ------------------------------------------------------------------ modes and the umask


def test_umask_022_gives_0644_outputs(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    out = tmp_path / "out"
    result = cli(
        capsys,
        "fix",
        str(article),
        "-o",
        str(out),
        "--report",
        str(tmp_path / "report.json"),
        "--report-html",
        str(tmp_path / "report.html"),
        "--log",
        str(tmp_path / "log.json"),
        "--no-progress",
        umask=0o022,
    )
    assert result.returncode == 0, result.stderr
    assert (out / "a.txt").read_text() == REPAIRED
    for written in (out / "a.txt", out / "review.jsonl", tmp_path / "report.json", tmp_path / "report.html"):
        assert mode(written) == 0o644, written
    assert mode(tmp_path / "log.json") == 0o644


def test_a_stricter_umask_is_honoured_too(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = cli(capsys, "fix", str(article), "-o", str(tmp_path / "out"), "--no-progress", umask=0o077)
    assert result.returncode == 0, result.stderr
    assert mode(tmp_path / "out" / "a.txt") == 0o600
    result = cli(capsys, "fix", str(article), "-o", str(tmp_path / "out2"), "--no-progress", umask=0o027)
    assert mode(tmp_path / "out2" / "a.txt") == 0o640


def test_a_corpus_output_honours_the_umask(capsys, tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "one", "text": ARTICLE}) + "\n")
    result = cli(capsys, "fix", str(corpus), "-o", str(tmp_path / "out"), "--no-progress", umask=0o022)
    assert result.returncode == 0, result.stderr
    assert mode(tmp_path / "out" / "news.jsonl") == 0o644


def test_in_place_keeps_the_files_mode_and_the_backup_gets_it_too(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    os.chmod(article, 0o640)
    result = cli(capsys, "fix", "--in-place", str(article), umask=0o077)
    assert result.returncode == 0, result.stderr
    assert article.read_text() == REPAIRED and mode(article) == 0o640
    backup = tmp_path / "a.txt.orig"
    assert backup.read_text() == ARTICLE and mode(backup) == 0o640


# ------------------------------------------------------------------ a full disk


@contextlib.contextmanager
def small_tmpfs(where: Path, size: str, *options: str):
    """A real tmpfs of ``size`` (root only); skips the test where mounting is not allowed."""
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the RLIMIT_FSIZE test covers a full disk here")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join([f"size={size}", *options]), "tmpfs", str(where)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path, leave: int) -> None:
    """Fill ``folder``'s file system until at most ``leave`` bytes are free."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with contextlib.suppress(OSError), open(folder / f"filler-{uuid.uuid4().hex}", "wb") as stream:
        stream.write(b"\0" * max(0, free - leave))


@pytest.mark.slow
def test_a_full_disk_on_a_real_tmpfs(tmp_path):
    long_article = ARTICLE * 200  # about 36 kB: more than the space left
    with small_tmpfs(tmp_path / "disk", "256k") as disk:
        article = disk / "ferry.txt"
        article.write_text(long_article)
        fill(disk, leave=8192)
        result = repair("fix", "--in-place", str(article))
        assert result.returncode == 2
        assert "No space left on device" in error_line(result)
        assert article.read_text() == long_article  # the original untouched
        assert temporaries(disk) == [] and not (disk / "ferry.txt.orig").exists()
        source = tmp_path / "ferry.txt"
        source.write_text(long_article)
        result = repair("fix", str(source), "-o", str(disk / "out"), "--no-progress")
        assert result.returncode == 2
        assert "No space left on device" in result.stderr and "Traceback" not in result.stderr
        assert temporaries(disk) == [] and not (disk / "out" / "ferry.txt").exists()


@pytest.mark.slow
def test_a_full_disk_by_file_size_limit(tmp_path):
    """Where no tmpfs can be mounted: RLIMIT_FSIZE makes every write past 16 kB fail (EFBIG)."""
    long_article = ARTICLE * 200
    article = tmp_path / "ferry.txt"
    article.write_text(long_article)
    # the limit applies to every file the run writes: build the gazetteer's index cache first
    cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    assert repair("check", str(article), env=cache).returncode == 1
    result = repair("fix", "--in-place", "--no-backup", str(article), fsize=16384, env=cache)
    assert result.returncode == 2
    assert "cannot write (File too large)" in error_line(result)
    assert article.read_text() == long_article and temporaries(tmp_path) == []
    assert temporaries(tmp_path / "cache") == []


# ------------------------------------------------------------------ folders


@pytest.mark.slow
def test_a_read_only_output_folder(tmp_path):
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE)
    if os.geteuid() == 0:  # root writes through mode bits: make the file system read-only
        with small_tmpfs(tmp_path / "ro", "64k", "ro") as folder:
            result = repair("fix", str(article), "-o", str(folder), "--no-progress")
            assert result.returncode == 2 and "Read-only file system" in result.stderr
            assert "Traceback" not in result.stderr and list(folder.iterdir()) == []
            result = repair("fix", str(article), "--diff", "--log", str(folder / "log.json"))
            assert "Read-only file system" in error_line(result)
        return
    folder = tmp_path / "ro"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        result = repair("fix", str(article), "-o", str(folder), "--no-progress")
        assert result.returncode == 2 and "Permission denied" in result.stderr
        assert list(folder.iterdir()) == []
    finally:
        os.chmod(folder, 0o755)


def test_an_output_path_that_is_a_folder(capsys, tmp_path):
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE)
    (tmp_path / "logs").mkdir()
    result = cli(capsys, "fix", str(article), "--stdout", "--log", str(tmp_path / "logs"))
    assert "is a folder" in error_line(result) and result.returncode == 2
    assert list((tmp_path / "logs").iterdir()) == []
    # -o given a file: one line, the file untouched
    blocker = tmp_path / "out.txt"
    blocker.write_text("keep me\n")
    result = cli(capsys, "fix", str(article), "-o", str(blocker), "--no-progress")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert blocker.read_text() == "keep me\n"


# ------------------------------------------------------------------ symlinks


def test_in_place_on_a_symlink_repairs_the_file_it_points_to(capsys, tmp_path):
    """The link stays a link, the real article is repaired, its backup sits beside it."""
    real = tmp_path / "store" / "ferry.txt"
    real.parent.mkdir()
    real.write_text(ARTICLE)
    os.chmod(real, 0o640)
    link = tmp_path / "desk" / "ferry.txt"
    link.parent.mkdir()
    link.symlink_to(real)
    result = cli(capsys, "fix", "--in-place", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text() == REPAIRED and mode(real) == 0o640
    assert (real.parent / "ferry.txt.orig").read_text() == ARTICLE
    assert sorted(p.name for p in link.parent.iterdir()) == ["ferry.txt"]


def test_in_place_on_a_dangling_symlink_is_one_line(capsys, tmp_path):
    link = tmp_path / "ferry.txt"
    link.symlink_to(tmp_path / "gone.txt")
    result = cli(capsys, "fix", "--in-place", str(link))
    assert result.returncode == 2 and "no such file" in error_line(result)
    assert link.is_symlink() and not (tmp_path / "gone.txt").exists()


def test_a_symlink_inside_the_output_folder_is_replaced_not_followed(capsys, tmp_path):
    """A link planted in OUT must not let a batch write to the file it points to."""
    outside = tmp_path / "precious.txt"
    outside.write_text("not yours\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "ferry.txt").symlink_to(outside)
    article = tmp_path / "in" / "ferry.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE)
    result = cli(capsys, "fix", str(article), "-o", str(out), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert outside.read_text() == "not yours\n"
    assert not (out / "ferry.txt").is_symlink() and (out / "ferry.txt").read_text() == REPAIRED


# ------------------------------------------------------------------ names that climb out of -o


def written_files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def test_names_and_ids_with_dots_or_absolute_paths_stay_inside_the_output(capsys, tmp_path, monkeypatch):
    work = tmp_path / "work" / "deep" / "er"
    work.mkdir(parents=True)
    corpus = work / "news.jsonl"
    ids = ["../../escape", "/tmp/absolute-escape", "a/../../b", "..", "C:\\evil"]
    corpus.write_text("".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in ids))
    article = tmp_path / "work" / "ferry.txt"
    article.write_text(ARTICLE)
    before = written_files(tmp_path)
    out = work / "out"
    monkeypatch.chdir(work)
    result = cli(
        capsys,
        "fix",
        "../../ferry.txt",
        str(corpus.resolve()),
        "-o",
        "out",
        "--report-html",
        "out/report.html",
        "--no-progress",
    )
    assert result.returncode == 0, result.stderr
    new = written_files(tmp_path) - before
    assert new and all(out.resolve() in p.resolve().parents for p in new), sorted(map(str, new))
    assert (out / "ferry.txt").read_text() == REPAIRED
    assert not Path("/tmp/absolute-escape").exists()
    records = [json.loads(line) for line in (out / "news.jsonl").read_text().splitlines()]
    assert [r["id"] for r in records] == ids and all(r["text"] == REPAIRED for r in records)


@pytest.mark.slow
def test_a_full_disk_under_the_gazetteer_cache_is_one_line(tmp_path):
    """The first run compiles the gazetteer index into the cache: a full disk there is said
    in one line too (it was an internal sqlite error), and leaves no half-built index."""
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE)
    cache = {"REPAIR_CACHE_DIR": str(tmp_path / "cache")}
    result = repair("fix", "--in-place", str(article), fsize=16384, env=cache)
    assert result.returncode == 2
    line = error_line(result)
    assert "cannot write the gazetteer index" in line and "REPAIR_CACHE_DIR" in line
    assert article.read_text() == ARTICLE and not (tmp_path / "ferry.txt.orig").exists()
    assert temporaries(tmp_path / "cache") == [] and not list((tmp_path / "cache").glob("*.sqlite"))
