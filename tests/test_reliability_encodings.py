"""Legacy encodings through the real CLI: each file of the corpus is decoded right or refused,
and nothing the decoder could have broken is ever "repaired" (tests/fixtures/encodings)."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

from repair.cli import main

CORPUS = Path(__file__).resolve().parent / "fixtures" / "encodings"
DECODED = sorted(p for p in CORPUS.glob("*.txt") if (CORPUS / f"{p.name}.expected").exists())
REFUSED = sorted(p for p in CORPUS.glob("*-uncertain.txt"))


def run(capsys, *argv: str) -> tuple[int, bytes, str]:
    """The CLI in this process; ``capsys`` must be capsysbinary: stdout as the bytes written."""
    code = main([*argv, "--grammar", "none", *(["--jobs", "1"] if "-o" in argv else [])])
    captured = capsys.readouterr()
    return code, captured.out, captured.err.decode("utf-8")


@pytest.mark.slow
def test_the_entry_point_refuses_a_doubtful_guess_in_a_subprocess():
    result = subprocess.run(
        [sys.executable, "-m", "repair.cli", "fix", "--stdout", str(REFUSED[0]), "--grammar", "none"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert "encoding is uncertain" in result.stderr and "Traceback" not in result.stderr


def test_the_corpus_holds_every_family():
    names = {p.name for p in DECODED}
    for family in ("cp1252", "latin-1", "cp1251", "shift-jis", "gb18030"):
        assert any(n.startswith(family) for n in names), family
    for bom in ("bom", "no-bom"):
        for order in ("le", "be"):
            assert f"utf-16-{order}-{bom}.txt" in names
    assert REFUSED


@pytest.mark.parametrize("path", DECODED, ids=lambda p: p.name)
def test_each_file_is_decoded_right_and_written_back_unchanged(capsysbinary, path):
    expected = (CORPUS / f"{path.name}.expected").read_text(encoding="utf-8")
    code, out, err = run(capsysbinary, "score", str(path), "--format", "jsonl")
    assert code == 0, err
    sentences = [json.loads(line)["text"] for line in out.decode("utf-8").splitlines()]
    assert sentences, err
    position = 0
    for sentence in sentences:  # every sentence, in order, is the expected text
        found = expected.find(sentence, position)
        assert found >= 0, (sentence, expected)
        position = found + len(sentence)
    # clean text in, the same bytes out: nothing "repaired", the encoding and BOM kept
    code, out, err = run(capsysbinary, "fix", "--stdout", str(path))
    assert code == 0, err
    assert out == path.read_bytes()


@pytest.mark.parametrize("path", REFUSED, ids=lambda p: p.name)
def test_a_doubtful_guess_is_refused_with_the_way_out(capsysbinary, path, tmp_path):
    capsys = capsysbinary
    out = tmp_path / "out"
    code, _, err = run(capsys, "fix", str(path), "-o", str(out), "--no-progress")
    lines = [line for line in err.splitlines() if line.startswith("repair: error:")]
    assert code == 2 and len(lines) == 1 and "Traceback" not in err
    assert "encoding is uncertain" in lines[0] and "--encoding" in lines[0]
    assert not (out / path.name).exists()
    for mode in (["--stdout"], ["--diff"], ["--in-place"]):
        before = path.read_bytes()
        code, written, err = run(capsys, "fix", *mode, str(path))
        assert code == 2 and written == b"" and "--encoding" in err
        assert path.read_bytes() == before and not path.with_name(path.name + ".orig").exists()


def test_the_named_encoding_overrides_the_guess(capsysbinary, tmp_path):
    capsys = capsysbinary
    path = tmp_path / "note.txt"
    path.write_bytes((REFUSED[0]).read_bytes())
    code, out, err = run(capsys, "fix", "--stdout", "--encoding", "cp1252", str(path))
    assert code == 0, err
    assert out == path.read_bytes()
    code, out, err = run(capsys, "score", str(path), "--format", "jsonl", "--encoding", "cp1252")
    assert code == 0 and "Ž¤Þ" in json.loads(out.decode().splitlines()[0])["text"]


def test_an_unknown_encoding_name_is_one_line(capsysbinary):
    capsys = capsysbinary
    code, _, err = run(capsys, "check", str(DECODED[0]), "--encoding", "klingon-8")
    assert code == 2 and err.strip() == "repair: error: --encoding klingon-8: no such encoding"


def test_bytes_that_are_not_in_the_named_encoding_are_refused(capsysbinary):
    capsys = capsysbinary
    code, _, err = run(capsys, "check", str(CORPUS / "shift-jis.txt"), "--encoding", "ascii")
    assert code == 2 and "do not decode as ascii" in err and len(err.strip().splitlines()) == 1


def test_the_cp1252_apostrophe_is_never_repaired_into_a_cut_name(capsysbinary, tmp_path):
    capsys = capsysbinary
    """The reported case: read as cp775, "Jinping’s" became "JinpingÆs" and was "fixed" to "Jinping"."""
    path = tmp_path / "envoy.txt"
    text = "Xi Jinping’s envoy said the talks were “moderate”, and the ministers’ aides agreed.\n"
    path.write_bytes(text.encode("cp1252"))
    code, out, err = run(capsys, "check", str(path), "--format", "jsonl")
    assert code in (0, 1), err
    for line in out.decode("utf-8").splitlines():
        record = json.loads(line)
        assert "Æ" not in record["original"] and "Jinping" not in record["original"], record
    code, out, err = run(capsys, "fix", "--diff", str(path))
    assert code == 0 and out == b"", err  # no diff: nothing to repair
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "fix", str(path), "-o", str(out_dir), "--no-progress")
    assert code == 0, err
    assert (out_dir / "envoy.txt").read_bytes() == text.encode("cp1252")


def test_utf16_without_a_bom_is_repaired_and_written_back_without_one(capsysbinary, tmp_path):
    capsys = capsysbinary
    path = tmp_path / "ferry.txt"
    text = "The ferry resumed on Friday, and the the operator apologised to passengers.\n"
    path.write_bytes(text.encode("utf-16-be"))
    code, _, err = run(capsys, "fix", "--in-place", str(path))
    assert code == 0, err
    data = path.read_bytes()
    assert not data.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE))
    assert data.decode("utf-16-be") == text.replace("the the", "the")
    assert path.with_name("ferry.txt.orig").read_bytes() == text.encode("utf-16-be")


def test_utf8_with_a_stray_byte_is_refused_naming_the_byte(capsysbinary, tmp_path):
    capsys = capsysbinary
    path = tmp_path / "mixed.txt"
    path.write_bytes("Xi Jinping’s envoy called the talks “moderate”.\n".encode() + b"The caf\xe9 shut.\n")
    code, out, err = run(capsys, "fix", "--stdout", str(path))
    lines = err.strip().splitlines()
    assert code == 2 and out == b"" and len(lines) == 1
    assert "mostly UTF-8, but byte 0xe9 at offset 61 is not" in lines[0] and "--encoding" in lines[0]


def test_a_name_in_its_own_script_beside_the_english_one_is_left_alone(capsysbinary, tmp_path):
    """fold() romanises Cyrillic now; the names pass must still not 'correct' it into Latin."""
    path = tmp_path / "kyiv.txt"
    text = "President Volodymyr Zelensky (Володимир Зеленський) spoke in Kyiv on Monday.\n"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsysbinary, "fix", "--stdout", str(path))
    assert code == 0 and out.decode("utf-8") == text, err


@pytest.mark.slow
def test_a_large_legacy_file_is_judged_on_a_sample_and_decoded_whole(capsysbinary, tmp_path):
    """Past the sample, the chosen encoding must still decode every byte: a file that turns
    out not to be cp1252 at its end is refused, never cut or replaced."""
    sentence = "The envoy’s talks were “moderate” — and the café reopened… "
    path = tmp_path / "long.txt"
    data = (sentence * 6000).encode("cp1252")  # 360 kB: beyond the 200 kB sample
    path.write_bytes(data)
    code, out, err = run(capsysbinary, "fix", "--stdout", str(path))
    assert code == 0 and out == data, err
    path.write_bytes(data + b"\x81 and a byte cp1252 has no character for.\n")
    code, out, err = run(capsysbinary, "fix", "--stdout", str(path))
    assert code == 2 and out == b"" and "--encoding" in err
