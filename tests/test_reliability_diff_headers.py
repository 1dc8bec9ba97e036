"""Diff headers that patch tools accept: absolute and relative paths, spaces, quotes.

`repair fix FILE --diff` used to write ``a//srv/news/x.txt`` for an absolute path. Each
case runs the real entry point and applies its diff with `patch -p1` or `git apply`, then
reverses it byte for byte.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from repair.cli import main

ARTICLE = (
    "Ferry Service Restored\n"
    "\n"
    "Passengers had waited for nearly three weeks, and the the operator apologised.\n"
)
REPAIRED = ARTICLE.replace("the the", "the")

needs_patch = pytest.mark.skipif(shutil.which("patch") is None, reason="GNU patch is not installed")
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def diff_of(capsysbinary, path: str, cwd: Path) -> str:
    """`repair fix --diff PATH` run in ``cwd`` (the CLI in this process)."""
    here = os.getcwd()
    os.chdir(cwd)
    try:
        code = main(["fix", "--diff", path, "--grammar", "none"])
    finally:
        os.chdir(here)
    captured = capsysbinary.readouterr()
    assert code in (0, 1) and "Traceback" not in captured.err.decode(), captured.err
    assert captured.out, captured.err
    return captured.out.decode("utf-8")


def headers(diff: str) -> tuple[str, str]:
    lines = diff.splitlines()
    return lines[0], lines[1]


def apply(tool: list[str], diff: str, cwd: Path) -> None:
    done = subprocess.run(tool, input=diff, text=True, capture_output=True, cwd=cwd, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


@needs_patch
def test_an_absolute_path_outside_the_current_folder(capsysbinary, tmp_path):
    article = tmp_path / "srv" / "news" / "x.txt"
    article.parent.mkdir(parents=True)
    article.write_text(ARTICLE)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    diff = diff_of(capsysbinary, str(article), cwd=elsewhere)
    name = str(article).lstrip("/")
    assert headers(diff) == (f"--- a/{name}", f"+++ b/{name}")
    assert "a//" not in diff
    apply(["patch", "-p1", "-d", "/"], diff, cwd=elsewhere)
    assert article.read_text() == REPAIRED
    apply(["patch", "-p1", "-R", "-d", "/"], diff, cwd=elsewhere)
    assert article.read_text() == ARTICLE


@needs_git
def test_an_absolute_path_inside_the_current_folder_is_made_relative(capsysbinary, tmp_path):
    article = tmp_path / "desk" / "x.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE)
    diff = diff_of(capsysbinary, str(article), cwd=tmp_path)
    assert headers(diff) == ("--- a/desk/x.txt", "+++ b/desk/x.txt")
    apply(["git", "apply", "-"], diff, cwd=tmp_path)
    assert article.read_text() == REPAIRED


@needs_git
@needs_patch
@pytest.mark.parametrize(
    "relative", ["x.txt", "./desk/x.txt", "my desk/my article.txt", 'the "final" copy.txt']
)
def test_relative_paths_spaces_and_quotes_apply_both_ways(capsysbinary, tmp_path, relative):
    article = tmp_path / relative
    article.parent.mkdir(parents=True, exist_ok=True)
    article.write_text(ARTICLE)
    diff = diff_of(capsysbinary, relative, cwd=tmp_path)
    first, _ = headers(diff)
    clean = relative.removeprefix("./")
    if '"' in relative:
        assert first == '--- "a/' + clean.replace('"', '\\"') + '"'
    elif " " in relative:
        assert first == f"--- a/{clean}\t"
    else:
        assert first == f"--- a/{clean}"
    apply(["git", "apply", "-"], diff, cwd=tmp_path)
    assert article.read_text() == REPAIRED
    apply(["git", "apply", "-R", "-"], diff, cwd=tmp_path)
    assert article.read_text() == ARTICLE
    if '"' not in relative:  # GNU patch reads git's quoting only in git-style diffs
        apply(["patch", "-p1"], diff, cwd=tmp_path)
        assert article.read_text() == REPAIRED
