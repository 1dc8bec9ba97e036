"""The arrows between the project's packages: the product never imports the measurement code
(repair.measure), except the two commands that expose it, and those only when they run."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from repair.commands import bench, corrupt
from repair.measure.bench.runner import SECTIONS
from repair.measure.corrupt import PROFILES
from tests.conftest import ROOT, SAMPLES

PACKAGE = ROOT / "repair"
# The commands that expose measurement, `repair bench` and `repair corrupt`: lazily only.
EXPOSERS = {"repair/commands/bench.py", "repair/commands/corrupt.py"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported module, at module level) for every import statement in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    found: list[tuple[str, bool]] = []
    top_level = {id(node) for node in tree.body}

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, id(node) in top_level) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                prefix = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{prefix}.{base}" if base else prefix
            names = [f"{base}.{alias.name}" for alias in node.names]
            found.extend((name, id(node) in top_level) for name in [base, *names])
    return found


def _product_modules() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "measure" not in p.relative_to(PACKAGE).parts]


def _is_measure(name: str) -> bool:
    return name == "repair.measure" or name.startswith("repair.measure.")


def test_the_product_never_imports_measurement_code():
    arrows = []
    for path in _product_modules():
        relative = path.relative_to(ROOT).as_posix()
        for name, top in _imports(path):
            if _is_measure(name) and (relative not in EXPOSERS or top):
                arrows.append(f"{relative} -> {name}{' (module level)' if top else ''}")
    assert arrows == []


def test_the_exposing_commands_do_import_it_when_they_run():
    # The check above must not pass by accident: these two really reach repair.measure.
    for path in EXPOSERS:
        assert any(_is_measure(name) and not top for name, top in _imports(ROOT / path)), path


def test_repair_check_and_fix_load_no_measurement_module(tmp_path):
    """At run time too: the whole CLI is built (every command registers) and runs."""
    script = (
        "import sys\n"
        "from repair.cli import main\n"
        "none = ['--grammar', 'none']  # the imports are the point, not the checker\n"
        "codes = [main(['check', *none, sys.argv[1]]), main(['fix', '--stdout', *none, sys.argv[1]])]\n"
        "print(codes, sorted(m for m in sys.modules if m.startswith('repair.measure')))\n"
    )
    article = SAMPLES / "tokyo-talks-damaged.txt"
    run = subprocess.run(
        [sys.executable, "-c", script, str(article)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[1, 0] []"


def test_the_commands_help_names_every_section_and_profile():
    """Their choices are checked in run() (no import at start-up), against the real lists."""
    assert all(section in bench.SECTIONS_HELP for section in SECTIONS)
    assert all(profile in corrupt.PROFILES_HELP for profile in PROFILES)


def test_the_review_app_imports_no_command_module():
    """The commands are the CLI's surface; the app shares code through modules below them
    (repair.export, repair.decide), never through another command."""
    arrows = [
        f"{path.relative_to(ROOT).as_posix()} -> {name}"
        for path in sorted((PACKAGE / "tui").rglob("*.py"))
        for name, _ in _imports(path)
        if name == "repair.commands" or name.startswith("repair.commands.")
    ]
    assert arrows == []


def test_fix_reaches_the_batch_package_only_for_batch_work():
    """`repair fix` on files runs repair.decide in this process; only -o DIR (and several
    files at once, run in parallel) import the batch package, inside the functions that need it."""
    found = [(name, top) for name, top in _imports(PACKAGE / "commands" / "fix.py") if "batch" in name]
    assert found and not any(top for _, top in found)
    assert ("repair.decide", True) in _imports(PACKAGE / "commands" / "fix.py")


def test_the_detector_reads_the_finished_analysis_not_the_passes_context():
    """Scores are computed from an analysis' proposals, entities and findings, passed in."""
    detector = [PACKAGE / "scoring.py", *sorted((PACKAGE / "detect").rglob("*.py"))]
    arrows = [
        f"{path.relative_to(ROOT).as_posix()} -> {name}"
        for path in detector
        for name, _ in _imports(path)
        if name == "repair.passes" or name.startswith("repair.passes.")
    ]
    assert arrows == []
