"""Bad input through the real CLI: one line on stderr, exit 2 or a clean no-op, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from repair.cli import main
from repair.errors import RepairError
from repair.loading import decode_bytes

ARTICLE = (
    "Rail Link Approved\n"
    "\n"
    "The regional council approved the new rail link on Wednesday after a debate that lasted "
    "most of the afternoon.\n"
    "\n"
    "Construction is expected to start next year and the the first trains could run by 2029.\n"
)


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--grammar", "none"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("repair: error: ")
    return lines[0]


@pytest.mark.parametrize("command", [["check"], ["fix", "--stdout"], ["fix", "--diff"], ["score"]])
def test_a_missing_file(capsys, tmp_path, command):
    code, out, err = cli(capsys, *command, str(tmp_path / "nowhere.txt"))
    assert code == 2 and out == ""
    assert "no such file" in one_error_line(err)


def test_a_binary_file(capsys, tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    code, _, err = cli(capsys, "fix", "--stdout", str(path))
    assert code == 2 and "binary file" in one_error_line(err)


def test_undecodable_bytes_are_refused_not_replaced(capsys, tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xef\xbb\xbfThe mayor said \xff\xfe\xfa it would open.\n")  # UTF-8 BOM, then not UTF-8
    code, out, err = cli(capsys, "fix", "--stdout", str(path))
    assert code == 2 and out == ""
    assert "do not decode as utf-8" in one_error_line(err)


def test_a_code_page_that_cannot_give_the_bytes_back_is_not_used():
    # cp1006 maps 0xb1 and 0xb2 to one character: decoding with it would rewrite a byte
    data = b"\xe9y\xb1\t>\xdb\xfd"
    try:
        text, encoding, bom = decode_bytes(data)
    except RepairError:
        return
    assert bom + text.encode(encoding) == data


def test_a_folder_given_as_the_file(capsys, tmp_path):
    (tmp_path / "articles").mkdir()
    code, _, err = cli(capsys, "fix", "--stdout", str(tmp_path / "articles"))
    assert code == 2 and "no articles" in one_error_line(err)


def test_a_folder_with_no_articles(capsys, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    code, _, err = cli(capsys, "check", str(folder))
    assert code == 2 and "no articles" in one_error_line(err)


def test_permission_denied(capsys, tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE)

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, _, err = cli(capsys, "check", str(path))
    assert code == 2 and "permission denied" in one_error_line(err)


def test_a_file_over_the_size_limit(capsys, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # 50 MB, sparse: nothing is read before the size check
        stream.truncate(50 * 1024 * 1024)
    code, out, err = cli(capsys, "fix", "--stdout", str(path))
    assert code == 2 and out == ""
    line = one_error_line(err)
    assert "over the 20,000,000-byte limit" in line and "--max-bytes" in line


def test_the_size_limit_is_configurable(capsys, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE)
    code, _, err = cli(capsys, "check", str(path), "--max-bytes", "100")
    assert code == 2 and "over the 100-byte limit" in one_error_line(err)
    (tmp_path / "repair.toml").write_text("max_bytes = 100000\n")
    code, _, _ = cli(capsys, "check", str(path), "--config", str(tmp_path / "repair.toml"))
    assert code == 1  # read and checked: it has a doubled word


def test_an_empty_file_is_a_clean_no_op_with_a_warning(capsys, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, out, err = cli(capsys, "fix", "--in-place", str(path))
    assert code == 0 and out == ""
    assert "warning" in err and "nothing to repair" in err and "Traceback" not in err
    assert path.read_bytes() == b"" and not (tmp_path / "empty.txt.orig").exists()


def test_text_that_is_not_english_is_left_alone_with_a_warning(capsys, tmp_path):
    path = tmp_path / "article.txt"
    original = (
        "Le conseil régional a approuvé la nouvelle ligne ferroviaire mercredi après un débat qui a "
        "duré la plus grande partie de l'après-midi. Les travaux devraient commencer l'an prochain.\n"
    )
    path.write_text(original, encoding="utf-8")
    code, out, err = cli(capsys, "fix", "--stdout", str(path))
    assert code == 0
    assert out == original
    assert "does not look like English" in err and len(err.strip().splitlines()) == 1


def test_only_punctuation_is_a_clean_no_op(capsys, tmp_path):
    path = tmp_path / "dots.txt"
    path.write_text("... !!! ??? ,,, ;;;\n" * 50)
    code, out, _ = cli(capsys, "fix", "--stdout", str(path))
    assert code == 0 and out == path.read_text()


def test_one_bad_file_among_good_ones_does_not_stop_the_others(capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 100)
    out_dir = tmp_path / "out"
    code, _, err = cli(capsys, "fix", str(bad), str(good), "-o", str(out_dir))
    assert code == 2
    assert "Traceback" not in err
    assert any(line.startswith("repair: error: ") and "binary file" in line for line in err.splitlines())
    assert "the the" not in (out_dir / "good.txt").read_text()
    assert not (out_dir / "bad.txt").exists()


def test_the_entry_point_never_prints_a_traceback(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 64)
    result = subprocess.run(
        [sys.executable, "-m", "repair.cli", "check", str(path), "--grammar", "none"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
