"""A review killed with SIGKILL mid-way loses nothing; reopening resumes where it stopped."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from repair.edits import Verdict
from tests.test_tui_session import make_app, write_article

ROOT = Path(__file__).resolve().parents[1]

DRIVER = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from tests.test_tui_session import make_app

    async def main():
        app = make_app(Path(sys.argv[1]), Path(sys.argv[2]))
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            await pilot.press("a", "r", "e", "end", *" yet", "enter", "2")
            await pilot.pause()
            print("DECIDED", len(app.session.decisions), flush=True)
            await asyncio.sleep(600)  # killed here, mid-review

    asyncio.run(main())
    """
)


def test_kill_9_mid_review_then_resume(tmp_path: Path) -> None:
    article = write_article(tmp_path)
    state_dir = tmp_path / "state"
    script = tmp_path / "drive.py"
    script.write_text(DRIVER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(script), str(article), str(state_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        line = process.stdout.readline()
        assert line.strip() == "DECIDED 4", line or process.stderr.read()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert not [p for p in state_dir.rglob("*.tmp")], "a half-written state file was left behind"

    async def reopen() -> None:
        app = make_app(article, state_dir)
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            session = app.session
            decided = {session.by_id[k].original: (d.verdict, d.text) for k, d in session.decisions.items()}
            assert decided == {
                ".": (Verdict.ACCEPTED, None),
                "the the": (Verdict.REJECTED, None),
                "and and": (Verdict.EDITED, "and yet"),
                "Ana Ruis": (Verdict.EDITED, "Anna Ruiz"),
            }
            assert session.current.original == " ,"  # where the reviewer was
            assert "4/8 decided" in str(app.query_one("#status").render())
            await pilot.press("a", "q")
        assert app.return_value == 0

    asyncio.run(reopen())
