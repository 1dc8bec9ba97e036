"""`repair export --format patch` on a UTF-8 file with a BOM and CRLF line ends: the patch
applies with real `git apply` and reverses to the original byte for byte (it was written
without the BOM and rejected, while `repair fix --diff` on the same file applied)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from repair.cli import main
from repair.edits import Decision, Verdict, make_proposal
from repair.loading import load_path
from repair.review_state import ReviewState, state_path

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

LINES = ["Café owners in Kraków met on Monday.", "The vote was was close.", "Turnout rose to 61%."]


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("first_line_changes", [True, False])
def test_exported_patch_applies_and_reverses_on_a_bom_crlf_file(tmp_path, monkeypatch, first_line_changes):
    monkeypatch.chdir(tmp_path)
    original = b"\xef\xbb\xbf" + "\r\n".join(LINES).encode("utf-8") + b"\r\n"
    article = Path("note.txt")
    article.write_bytes(original)
    text = load_path(article).text
    state = ReviewState(state_path(article, tmp_path / "state"), str(article))
    at = text.index("was was")
    edits = [
        make_proposal(text, at, at + 7, "was", kind="grammar", rule="r", confidence=0.9, reason="doubled")
    ]
    if first_line_changes:  # the line the BOM belongs to
        at = text.index("Monday")
        edits.append(
            make_proposal(text, at, at + 6, "Tuesday", kind="manual", rule="m", confidence=1.0, reason="r")
        )
    for proposal in edits:
        state.record(proposal, text, Decision(proposal.id, Verdict.ACCEPTED, source="review"))
    state.save()

    state_args = ["--state-dir", str(tmp_path / "state")]
    assert main(["export", str(article), "--format", "text", "-o", "want.txt", *state_args]) == 0
    want = Path("want.txt").read_bytes()
    assert want.startswith(b"\xef\xbb\xbf") and b"was close.\r\n" in want
    assert main(["export", str(article), "--format", "patch", "-o", "change.patch", *state_args]) == 0

    assert _git(tmp_path, "init", "-q").returncode == 0
    checked = _git(tmp_path, "apply", "--check", "change.patch")
    assert checked.returncode == 0, checked.stderr
    assert _git(tmp_path, "apply", "change.patch").returncode == 0
    assert article.read_bytes() == want
    reverse = _git(tmp_path, "apply", "-R", "change.patch")
    assert reverse.returncode == 0, reverse.stderr
    assert article.read_bytes() == original


def test_export_and_fix_write_the_same_patch_for_the_same_change(tmp_path, monkeypatch, capsysbinary):
    """One encoder of patches: `fix --diff` and `export --format patch` agree byte for byte."""
    monkeypatch.chdir(tmp_path)
    article = Path("note.txt")
    article.write_bytes(b"\xef\xbb\xbfThe talks ended on Monday , officials said.\r\n")
    assert main(["fix", "--diff", str(article), "--grammar", "none"]) == 1
    fixed = capsysbinary.readouterr().out
    text = load_path(article).text
    at = text.index(" ,")
    proposal = make_proposal(text, at, at + 2, ",", kind="spacing", rule="r", confidence=0.9, reason="r")
    state = ReviewState(state_path(article, tmp_path / "state"), str(article))
    state.record(proposal, text, Decision(proposal.id, Verdict.ACCEPTED, source="review"))
    state.save()
    assert main(["export", str(article), "--state-dir", str(tmp_path / "state")]) == 0
    assert capsysbinary.readouterr().out == fixed
