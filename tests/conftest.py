"""Shared fixtures: paths to the project's own samples, and a Config without slow passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from repair.config import Config

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def cleanup_config() -> Config:
    """Only the cleanup pass: tests of the core must not depend on the grammar backend."""
    config = Config()
    config.grammar = "none"
    return config


@pytest.fixture(autouse=True)
def user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real user's review states, ignores or gazetteer."""
    folder = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def default_detector(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """`repair score` reads the lm extra's language model when it is installed; every test
    but the lm extra's own (tests/test_detect_lm.py) scores with the default features, so
    the suite is as fast, and its figures the same, with or without the extra."""
    if request.module.__name__.rpartition(".")[2] != "test_detect_lm":
        monkeypatch.setenv("REPAIR_LM", "0")
