"""A wheel of the project carries the shipped gazetteer, and the README's main command works
on the installed package (not the source tree): the data must be package data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow

SHIPPED = sorted(p.name for p in (ROOT / "repair" / "data" / "gazetteer").glob("*.tsv"))


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """No PYTHONPATH (it would put a source tree first) and a private index cache."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "REPAIR_GAZETTEER_DIR")}
    env["REPAIR_CACHE_DIR"] = str(tmp_path / "cache")
    return env


def _build_wheel(tmp_path: Path) -> Path:
    """Build from a copy, so the build leaves nothing in the source tree; no network: the
    build backend is the setuptools already installed (the test extra asks for one that
    builds wheels)."""
    source = tmp_path / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", ".*")
    shutil.copytree(ROOT / "repair", source / "repair", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    out = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", out, "."],
        cwd=source,
        check=True,
        env=_clean_env(tmp_path),
    )
    (wheel,) = out.glob("repair-*.whl")
    return wheel


def test_wheel_carries_gazetteer_and_runs_readme_command(tmp_path):
    assert len(SHIPPED) >= 5  # people (two files), organisations, places, terms
    wheel = _build_wheel(tmp_path)
    inside = set(zipfile.ZipFile(wheel).namelist())
    for name in [*SHIPPED, "README.md"]:
        assert f"repair/data/gazetteer/{name}" in inside, name

    # A fresh venv that sees the installed dependencies but gets repair only from the wheel.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = _clean_env(tmp_path)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        env=env,
    )
    where = subprocess.run(
        [str(python), "-c", "import repair.data as d; print(d.gazetteer_dir())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    installed = Path(where)
    assert installed.is_relative_to(venv), where
    assert sorted(p.name for p in installed.glob("*.tsv")) == SHIPPED

    # The README's main command, on the installed package, from outside the source tree.
    article = tmp_path / "samples" / "tokyo-talks-damaged.txt"
    article.parent.mkdir()
    shutil.copy2(SAMPLES / "tokyo-talks-damaged.txt", article)
    run = subprocess.run(
        [str(venv / "bin" / "repair"), "fix", "--stdout", "samples/tokyo-talks-damaged.txt"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    # Blinken is spelled right nowhere in the article: only the gazetteer knows him.
    assert "U.S. Secretary of State Antony Blinken said" in run.stdout
    # The same repaired text as the source tree gives.
    from_source = subprocess.run(
        [sys.executable, "-m", "repair.cli", "fix", "--stdout", "samples/tokyo-talks-damaged.txt"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert from_source.returncode == 0, from_source.stderr
    assert run.stdout == from_source.stdout
