"""Shared fixtures: paths to the project's own samples, a Config without slow passes, the
shipped gazetteer, loaded once, and the CLI run in this process."""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from repair.config import Config
from repair.gazetteer.index import Gazetteer

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class CliRun:
    """What a launch of ``repair`` gives back: the fields of subprocess.CompletedProcess that the
    tests read."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None) -> CliRun:
    """``repair ARGS`` through ``repair.cli.main`` in this process, with its own standard input,
    output and error (UTF-8, as a pipe gives them) and, if given, its own working folder. It
    runs the command's code as a launch does, without the launch's 2-3 s of start-up (the
    interpreter, the imports, the lexicon): the tests of the real entry point launch it
    (``damaged_check`` below, tests/test_import_graph.py, the slow tests)."""
    from repair.cli import main

    streams = [io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n") for _ in range(2)]
    stdin_stream = io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8")
    saved = sys.stdin, sys.stdout, sys.stderr
    previous_folder = Path.cwd()
    sys.stdin, sys.stdout, sys.stderr = stdin_stream, *streams
    try:
        if cwd is not None:
            os.chdir(cwd)
        try:
            code = main(list(args))
        except SystemExit as stop:  # argparse's usage errors, as the launch's exit status
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        with contextlib.suppress(OSError):
            os.chdir(previous_folder)
    out, err = (_read_back(stream) for stream in streams)
    return CliRun(["repair", *args], code, out, err)


def _read_back(stream: io.TextIOWrapper) -> str:
    """The text written, read back as ``subprocess.run(text=True)`` reads a pipe: universal
    newlines."""
    stream.flush()
    return io.TextIOWrapper(io.BytesIO(stream.buffer.getvalue()), encoding="utf-8").read()


def pytest_configure(config: pytest.Config) -> None:
    """The batch engine's workers fork from one forkserver per session; have it import the
    engine's modules once, so that each pool's workers do not import them again (their
    Engine is still built by the pool initializer in every worker, as in production)."""
    multiprocessing.set_forkserver_preload(
        ["repair.batch.work", "repair.passes.grammar", "repair.passes.names"]
    )


@pytest.fixture
def cleanup_config() -> Config:
    """Only the cleanup pass: tests of the core must not depend on the grammar backend."""
    config = Config()
    config.grammar = "none"
    return config


@pytest.fixture(scope="session")
def _data_folders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("xdg-data")


@pytest.fixture(autouse=True)
def user_data_folder(
    request: pytest.FixtureRequest, _data_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test reads or writes the real user's review states, ignores or gazetteer: each has
    an empty data folder of its own, ``tmp_path / "xdg-data"`` when it uses tmp_path. A test
    that does not gets a fresh folder from mkdtemp instead: pytest makes each tmp_path by
    scanning every one made before it, about 1 ms a test by the end of the session."""
    if "tmp_path" in request.fixturenames:
        folder = request.getfixturevalue("tmp_path") / "xdg-data"
    else:
        folder = Path(tempfile.mkdtemp(dir=_data_folders)) / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A derived-data folder (REPAIR_CACHE_DIR) of the session's own, for the tests kept away
    from the user's cache: what it derives (the compiled shipped gazetteer, about 1.2 s; the
    detector's word counts) is built once for all of them, as the user's cache keeps it. The
    tests of building and rebuilding use folders of their own."""
    return tmp_path_factory.getbasetemp() / "repair-cache"


@pytest.fixture(autouse=True)
def default_detector(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """`repair score` reads the lm extra's language model when it is installed; every test
    but the lm extra's own (tests/test_detect_lm.py) scores with the default features, so
    the suite is as fast, and its figures the same, with or without the extra."""
    if request.module.__name__.rpartition(".")[2] != "test_detect_lm":
        monkeypatch.setenv("REPAIR_LM", "0")


@pytest.fixture(scope="session")
def damaged_check(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess:
    """One real launch of ``python -m repair.cli check --grammar none`` on the damaged sample,
    shared by the tests that run exactly this command line (the console script's test and the
    pre-commit hook's): each launch loads the whole lexicon, about 3 s. Its environment is the
    one the autouse fixtures give every test: its own XDG data folder and the default detector."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "XDG_DATA_HOME": str(tmp_path_factory.mktemp("xdg-data")),
        "REPAIR_LM": "0",
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "repair.cli",
            "check",
            "--grammar",
            "none",
            str(SAMPLES / "tokyo-talks-damaged.txt"),
        ],
        capture_output=True,
        text=True,
        env=env,
    )


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once for the session."""
    return Gazetteer.load()


@pytest.fixture(scope="session")
def automatic_grammar():
    """A function: the (original, replacement) of each proposal of the grammar pass with
    default settings that ``rule`` makes on ``text`` and that is automatic."""
    from repair.document import Document
    from repair.passes.context import PassContext
    from repair.passes.grammar import GrammarPass

    grammar = GrammarPass(Config())

    def automatic(text: str, rule: str) -> list[tuple[str, str]]:
        result = grammar.run(Document.from_text(text), PassContext(config=grammar.config))
        thresholds = grammar.config.thresholds
        return [
            (p.original, p.replacement)
            for p in result.proposals
            if p.rule == rule and p.confidence >= thresholds[p.kind]
        ]

    return automatic


def word_form_changes(text: str, rule: str) -> list[tuple[str, str]]:
    """(text, replacement) of each finding of the word-form ``rule`` in ``text``."""
    from repair.edits import Span
    from repair.grammar.word_forms import word_form_findings

    return [
        (text[f.start : f.end], f.fixes[0].text)
        for f in word_form_findings(text, [Span(0, len(text))])
        if f.rule == rule
    ]


def applied(findings_of, text: str) -> str:
    """``text`` with the first fix of every finding ``findings_of(text, units)`` gives over
    the whole text applied (the own rules' tests: what the rule alone would write)."""
    from repair.edits import Span

    findings = findings_of(text, [Span(0, len(text))])
    for fix in sorted((f.fixes[0] for f in findings), key=lambda fix: -fix.start):
        text = text[: fix.start] + fix.text + text[fix.end :]
    return text
