"""The review app underlines the words the detector marks in a tinted sentence."""

from __future__ import annotations

import asyncio

from repair.config import Config
from repair.pipeline import Engine
from repair.tui.app import ReviewApp, ReviewItem
from repair.tui.article import ArticleView
from tests.test_tui_session import write_article

ARTICLE = (
    "The delegates met in Vienna on Monday to discuss the new grain corridor.\n\n"
    "Officials said that the talks Would continue through the week.\n\n"
    "A final statement is expected on Friday, the ministry said.\n"
)


def test_marked_words_are_underlined_on_the_tint(tmp_path):
    async def look(app, pilot):
        view = app.query_one(ArticleView)
        session = view.session
        damaged = next(s for s in session.scores if "Would" in session.text[s.start : s.end])
        block = view.block_at(damaged.start)
        return session.text, damaged, view.render_block(block)

    async def run():
        state = tmp_path / "state"
        engine = Engine(Config(state_dir=state, grammar="none"))
        app = ReviewApp(
            [ReviewItem(write_article(tmp_path, ARTICLE))], engine, state_dir=state, user_dir=state
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 30)
            await pilot.pause()
            while not app.query_one(ArticleView).session.scores:  # scores come a moment later
                await pilot.pause(0.05)
            return await look(app, pilot)

    text, damaged, rendered = asyncio.run(run())
    assert damaged.score >= 0.2 and damaged.spans  # tinted, with marked words
    underlined = {
        rendered.plain[span.start : span.end]
        for span in rendered.spans
        if "underline" in str(span.style) and "on " in str(span.style)
    }
    marked = {text[a:b] for a, b in damaged.spans}
    assert "Would" in marked
    assert marked <= underlined
