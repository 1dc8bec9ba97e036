"""The layout at 80x24, pinned as an SVG snapshot (pytest-textual-snapshot).

Update after an intended layout change with `pytest tests/test_tui_snapshot.py --snapshot-update`.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.test_tui_session import make_app, write_article


def test_layout_80x24(snap_compare, tmp_path: Path) -> None:
    article = write_article(tmp_path)
    app = make_app(article, tmp_path / "state")

    async def settle(pilot) -> None:
        await asyncio.wait_for(app.loaded.wait(), 30)
        await pilot.pause()
        await pilot.press("a", "r", "n")  # one accepted, one rejected, the cursor on the name
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)
