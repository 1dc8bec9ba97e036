"""Review-state faults: a second review of an article already under review is refused (no
decision lost to the later save), and a damaged or foreign state file is reported in one
line and left as it is. The app is driven with App.run_test; the other review runs in its
own process, as a second window would."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from repair.cli import main
from repair.review_state import state_path
from tests.test_tui_session import make_app, write_article

ROOT = Path(__file__).resolve().parents[1]

FIRST_REVIEW = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from tests.test_tui_session import make_app

    async def main():
        app = make_app(Path(sys.argv[1]), Path(sys.argv[2]))
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            await pilot.press("a", "r")
            await pilot.pause()
            print("DECIDED", len(app.session.decisions), flush=True)
            await asyncio.sleep(600)  # still reviewing when the second review starts

    asyncio.run(main())
    """
)


async def open_review(article: Path, state_dir: Path) -> tuple[object, str]:
    """Open the app on ``article``; (its session, the status line) once loaded."""
    app = make_app(article, state_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await asyncio.wait_for(app.loaded.wait(), 60)
        await pilot.pause()
        status = str(app.query_one("#status").render())
        session = app.session
        decided = None if session is None else len(session.decisions)
        await pilot.press("q")
    return decided, status


@pytest.mark.slow
def test_a_second_review_of_the_same_article_is_refused_until_the_first_ends(tmp_path):
    article = write_article(tmp_path)
    state_dir = tmp_path / "state"
    script = tmp_path / "first.py"
    script.write_text(FIRST_REVIEW, encoding="utf-8")
    first = subprocess.Popen(
        [sys.executable, str(script), str(article), str(state_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    try:
        line = first.stdout.readline()
        assert line.strip() == "DECIDED 2", line or first.stderr.read()
        saved = state_path(article, state_dir).read_bytes()
        decided, status = asyncio.run(open_review(article, state_dir))
        assert decided is None  # refused: no session, so nothing of the second is saved
        assert "already being reviewed" in status and str(first.pid) in status
        assert state_path(article, state_dir).read_bytes() == saved
    finally:
        first.send_signal(signal.SIGKILL)  # a crash frees the lock too
        first.wait(timeout=30)
    decided, status = asyncio.run(open_review(article, state_dir))
    assert decided == 2, status  # the first review's decisions, kept


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b'{"version": 1, "decisions": {"abc": ', "not a review state file"),
        (b"[1, 2, 3]\n", "not a review state file"),
        (b'{"version": 7, "decisions": {}}\n', "unknown version 7"),
        (b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "not UTF-8"),
    ],
    ids=["truncated", "foreign-json", "newer-version", "binary"],
)
def test_a_damaged_or_foreign_state_is_one_line_and_left_as_it_is(capsys, tmp_path, content, said):
    article = write_article(tmp_path)
    state_dir = tmp_path / "state"
    where = state_path(article, state_dir)
    where.parent.mkdir(parents=True)
    where.write_bytes(content)
    code = main(["export", str(article), "--state-dir", str(state_dir), "--format", "text"])
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "Traceback" not in err, err
    assert said in lines[0] and str(where) in lines[0]
    # the review app says so on screen and does not overwrite the file
    decided, status = asyncio.run(open_review(article, state_dir))
    assert decided is None and said in status
    assert where.read_bytes() == content
