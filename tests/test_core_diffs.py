"""Diffs must apply with the real tools: git apply and patch -p1, both ways, byte for byte."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from repair.cli import main
from repair.diffs import apply_patch, unified_diff

CASES = {
    "crlf": "Skip to content\r\n\r\nThe talks ended on Monday.The minister said the the plan was fine.\r\n",
    "bom": "\ufeffIt cost $ 40 million , officials said.\n\nSubscribe\n* indicates required\nSubscribe\n",
    "emoji": "Fans cheered 🎉 as the team won , the coach said.\nSee also: Best deals 🔥 - click here\n",
    "combining": "The cafe\u0301 in Mu\u0308nchen reopened on Monday.The owner was happy.\nTags:",
    "no-final-newline": "The talks were held in Lima.\n\nThe the delegates left.",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_diff_round_trips_through_unidiff(name):
    original = CASES[name]
    repaired = original.replace("the the", "the").replace(" ,", ",")
    diff = unified_diff(original, repaired, "article.txt")
    assert apply_patch(original, diff) == repaired
    assert apply_patch(repaired, diff, reverse=True) == original


def _encode(name: str, text: str) -> bytes:
    if name == "bom":
        return b"\xef\xbb\xbf" + text.removeprefix("\ufeff").encode()
    return text.encode("utf-8")


@pytest.mark.parametrize("tool", ["git", "patch"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_fix_diff_applies_with_real_tools_and_reverses(tmp_path, capfd, monkeypatch, name, tool):
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is required for this test")
    article = tmp_path / "article.txt"
    original_bytes = _encode(name, CASES[name])
    article.write_bytes(original_bytes)
    capfd.readouterr()
    monkeypatch.chdir(tmp_path)
    assert main(["fix", "--diff", "--grammar", "none", "article.txt"]) == 1  # a diff: exit 1
    diff = capfd.readouterr().out
    assert diff.startswith("--- a/article.txt\n+++ b/article.txt\n")
    patch_file = tmp_path / "fix.patch"
    patch_file.write_bytes(diff.encode("utf-8"))

    def run(*args):
        subprocess.run(args, cwd=tmp_path, check=True, capture_output=True)

    if tool == "git":
        run("git", "init", "-q")
        run("git", "apply", "fix.patch")
    else:
        run("patch", "-p1", "-s", "-i", "fix.patch")
    repaired = article.read_bytes()
    assert repaired != original_bytes
    if tool == "git":
        run("git", "apply", "-R", "fix.patch")
    else:
        run("patch", "-p1", "-R", "-s", "-i", "fix.patch")
    assert article.read_bytes() == original_bytes


def test_bom_and_crlf_survive_fix_output(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(b"\xef\xbb\xbfIt cost $ 40 million.\r\nThe the end.\r\n")
    out = tmp_path / "out"
    assert main(["fix", "-o", str(out), "--grammar", "none", str(article)]) == 0
    assert (out / "a.txt").read_bytes() == b"\xef\xbb\xbfIt cost $40 million.\r\nThe end.\r\n"


def test_utf16_output_keeps_its_encoding(tmp_path):
    article = tmp_path / "a.txt"
    body = "The the minister spoke to reporters in Kyiv on Monday about the new budget plan.\n"
    article.write_bytes(body.encode("utf-16"))
    out = tmp_path / "out"
    assert main(["fix", "-o", str(out), "--grammar", "none", str(article)]) == 0
    assert (out / "a.txt").read_bytes() == body.replace("The the", "The").encode("utf-16")


def test_no_change_gives_empty_diff():
    assert unified_diff("same\n", "same\n", "x.txt") == ""
    assert apply_patch("same\n", "") == "same\n"


def test_patch_for_other_text_is_refused():
    diff = unified_diff("a\nb\n", "a\nc\n", "x.txt")
    with pytest.raises(Exception, match="does not match"):
        apply_patch("z\ny\n", diff)
