"""Nothing lost: atomic writes, backups, the input's encoding and newlines kept, refusals write nothing."""

from __future__ import annotations

import codecs
import os
import threading
from pathlib import Path

import pytest

from repair.atomic import write_atomic
from repair.cli import main
from repair.edits import make_proposal
from repair.errors import RepairError
from repair.loading import load_bytes
from repair.passes.context import PassResult

ARTICLE = (
    "Ferry Service Restored\n"
    "\n"
    "The island's ferry service resumed on Friday after repairs to the pier , the operator said.\n"
    "\n"
    "Passengers had waited for nearly three weeks, and the the operator apologised.\n"
)


def fix(capsys, *argv: str) -> tuple[int, str]:
    code = main(["fix", *argv, "--grammar", "none"])
    return code, capsys.readouterr().err


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_in_place_keeps_a_backup_and_never_overwrites_it(capsys, tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE)
    code, _ = fix(capsys, "--in-place", str(path))
    assert code == 0
    assert (tmp_path / "ferry.txt.orig").read_text() == ARTICLE
    assert "the the" not in path.read_text() and "pier ," not in path.read_text()
    # a later run that changes the file again keeps the first original
    path.write_text(path.read_text() + "\nThey said that the the crossing was calm.\n")
    code, _ = fix(capsys, "--in-place", str(path))
    assert code == 0
    assert (tmp_path / "ferry.txt.orig").read_text() == ARTICLE


def test_no_backup_means_no_backup(capsys, tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE)
    code, _ = fix(capsys, "--in-place", "--no-backup", str(path))
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ferry.txt"]


def test_a_failing_write_leaves_the_old_file_intact(capsys, tmp_path, monkeypatch):
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE)

    def disk_full(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    code, err = fix(capsys, "--in-place", "--no-backup", str(path))
    assert code == 2
    assert "No space left on device" in err and "Traceback" not in err
    assert path.read_text() == ARTICLE
    assert leftovers(tmp_path) == []


def test_an_interrupt_mid_write_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE)
    real_replace = os.replace

    def interrupted(source, target):
        if str(target) == str(path):
            raise KeyboardInterrupt
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", interrupted)
    assert main(["fix", "--in-place", "--no-backup", str(path), "--grammar", "none"]) == 130
    assert path.read_text() == ARTICLE
    assert leftovers(tmp_path) == []


def test_write_atomic_replaces_whole_or_not_at_all(tmp_path, monkeypatch):
    path = tmp_path / "out.txt"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and (path.stat().st_mode & 0o777) == 0o640

    class Boom(Exception):
        pass

    def explode(*args):
        raise Boom

    monkeypatch.setattr(os, "fsync", explode)
    with pytest.raises(Boom):
        write_atomic(path, b"newer")
    assert path.read_bytes() == b"new" and leftovers(tmp_path) == []


def test_a_folder_that_cannot_be_written_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RepairError, match="cannot write"):
        write_atomic(blocker / "inside" / "out.txt", b"data")


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", b"", "\n"),
        ("utf-8", codecs.BOM_UTF8, "\r\n"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
        ("cp1252", b"", "\r\n"),
        ("latin-1", b"", "\n"),
    ],
)
def test_in_place_keeps_encoding_bom_and_newlines(capsys, tmp_path, encoding, bom, newline):
    text = (ARTICLE + "The café reopened, and the the crowd cheered.\n").replace("\n", newline)
    path = tmp_path / "ferry.txt"
    path.write_bytes(bom + text.encode(encoding))
    code, err = fix(capsys, "--in-place", "--no-backup", str(path))
    assert code == 0, err
    data = path.read_bytes()
    assert data.startswith(bom)
    written = data[len(bom) :].decode(encoding)
    assert "the the" not in written and "café" in written
    assert written.count(newline) == text.count(newline)
    if newline == "\r\n":
        assert written.replace("\r\n", "").count("\n") == 0


def test_output_the_input_encoding_cannot_hold_is_refused():
    source = load_bytes("Caf\xe9 talk\n".encode("latin-1"))
    assert source.encoding != "utf-8"
    with pytest.raises(RepairError, match="cannot hold"):
        source.encode("Caf\xe9 talk \u2014 \U0001f600\n")


class OneEdit:
    """A pass that makes one confident grammar edit the guard must judge: ``anchor`` becomes
    ``replacement``."""

    name = "one-edit"

    def __init__(self, anchor: str, replacement: str) -> None:
        self.anchor, self.replacement = anchor, replacement

    def run(self, doc, context):
        start = doc.text.index(self.anchor)
        end = start + len(self.anchor)
        return PassResult(
            [
                make_proposal(
                    doc.text,
                    start,
                    end,
                    self.replacement,
                    kind="grammar",
                    rule="test.edit",
                    confidence=0.99,
                    reason="test",
                )
            ]
        )


def fix_in_place_with(stage, path, capsys, monkeypatch):
    from repair import pipeline
    from repair.batch import work

    monkeypatch.setattr(pipeline, "build_passes", lambda config, **_: [stage])
    monkeypatch.setattr(work, "_local", threading.local())  # no engine cached by earlier tests
    return fix(capsys, "--in-place", str(path))


def test_an_edit_the_guard_blames_is_held_back_and_the_file_kept(capsys, tmp_path, monkeypatch):
    text = "Harbour Plan\n\n\u201cWe will build it,\u201d the mayor said on Monday at the harbour.\n"
    path = tmp_path / "plan.txt"
    path.write_text(text)
    # a "correction" inside a quotation
    code, err = fix_in_place_with(OneEdit("We will", "We shall"), path, capsys, monkeypatch)
    assert code == 0 and "Traceback" not in err
    assert path.read_text() == text  # the quotation is untouched: its edit went to review
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.txt"]


def test_a_refused_file_is_not_written(capsys, tmp_path, monkeypatch):
    text = "Harbour Plan\n\nThe mayor said on Monday that the harbour would reopen in May.\n"
    path = tmp_path / "plan.txt"
    path.write_text(text)
    (tmp_path / "repair.toml").write_text("max_changed_share = 0.01\n")
    monkeypatch.chdir(tmp_path)
    # more words rewritten than the configured share allows
    code, err = fix_in_place_with(OneEdit("would reopen", "might open again"), path, capsys, monkeypatch)
    assert code == 2
    line = [x for x in err.splitlines() if x.startswith("repair: error:")]
    assert len(line) == 1 and "safety guard refused" in line[0] and "words would change" in line[0]
    assert path.read_text() == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.txt", "repair.toml"]
