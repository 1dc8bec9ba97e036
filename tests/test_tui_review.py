"""A full review driven through the app's keys and mouse, checked by its exact result."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from textual.widgets import Input

from repair.cli import main
from repair.config import Config
from repair.diffs import unified_diff
from repair.edits import Verdict
from repair.review_state import ReviewState, state_path
from repair.tui.app import ReviewApp, ReviewItem
from repair.tui.article import ArticleView
from repair.tui.panel import TextPane
from tests.test_tui_session import ARTICLE, DAMAGED_SENTENCE, FixedEngine, make_app, write_article

REPAIRED = (
    "Trade ministers from Mexico met in Geneva on Tuesday. Officials said the the talks had been "
    "long and yet difficult.\n\n"
    "Minister Anna Ruiz told reporters that an agreement was close, and that her team would stay.\n\n"
    "The meeting ended late at night, and delegates left the building  quietly.\n\n"
    "Ana Ruiz is expected to speak again on Friday, her office said.\n\n"
    "Diplomats described the mood as calm spirits of negotiation among the delegates.\n"
)

PATCH = "\n".join(
    [
        "--- a/story.txt",
        "+++ b/story.txt",
        "@@ -1,9 +1,9 @@",
        "-Trade ministers from Mexico met in Geneva on Tuesday.Officials said the the talks had been long and and difficult.",
        "+Trade ministers from Mexico met in Geneva on Tuesday. Officials said the the talks had been long and yet difficult.",
        " ",
        "-Minister Ana Ruis told reporters that an agreement was close , and that her team would stay.",
        "+Minister Anna Ruiz told reporters that an agreement was close, and that her team would stay.",
        " ",
        "-The meeting ended late at night , and delegates left the building  quietly.",
        "+The meeting ended late at night, and delegates left the building  quietly.",
        " ",
        "-Ana Ruiz is expected to speak again on Friday, , her office said.",
        "+Ana Ruiz is expected to speak again on Friday, her office said.",
        " ",
        " Diplomats described the mood as calm spirits of negotiation among the delegates.",
        "",
    ]
)


def drive(article: Path, state_dir: Path, script, *args):
    """Open the app on ``article`` at 80x24, wait for the analysis, run ``script(app, pilot)``."""

    async def run():
        app = make_app(article, state_dir)
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 30)
            await pilot.pause()
            result = await script(app, pilot, *args)
        return app, result

    return asyncio.run(run())


async def replace_input(pilot, text: str) -> None:
    """Clear the prompt's line with the keyboard and type ``text``, then Enter."""
    await pilot.press("home", "ctrl+k", *text, "enter")
    await pilot.pause()


def current(app) -> tuple[str, str]:
    proposal = app.session.current
    return proposal.original, proposal.replacement


def test_full_review_gives_the_exact_text_and_patch(tmp_path: Path) -> None:
    article = write_article(tmp_path)
    state_dir = tmp_path / "state"

    async def review(app, pilot) -> None:
        assert current(app) == (".", ". ")
        await pilot.press("a")  # accept, then on to the next undecided
        assert current(app) == ("the the", "the")
        await pilot.press("r")
        assert current(app) == ("and and", "and")
        await pilot.press("e")
        assert isinstance(app.focused, Input) and app.focused.value == "and"
        await pilot.press("end", *" yet", "enter")
        await pilot.pause()
        assert current(app) == ("Ana Ruis", "Ana Ruiz")
        assert "Alternatives" in app.query_one(TextPane).text.plain
        assert "the article spells 'Ana Ruiz' in paragraph 4" in app.query_one(TextPane).text.plain
        await pilot.press("2")  # the second alternative
        assert current(app) == (" ,", ",")
        await pilot.press("a", "u")  # accept, undo: back on the same proposal, undecided
        assert current(app) == (" ,", ",") and app.session.current.id not in app.session.decisions
        await pilot.press("ctrl+r", "u", "U")  # redo, undo again, redo again
        assert app.session.decisions[app.session.current.id].verdict is Verdict.ACCEPTED
        await pilot.press("b")
        await replace_input(pilot, "spacing 0.9")  # the second ' ,' and ', ,'
        await pilot.press("f")
        await replace_input(pilot, "name")
        assert [app.session.by_id[k].original for k in app.session.order] == ["Ana Ruis"]
        await pilot.press("f")
        await replace_input(pilot, "spacing 0.85")
        assert current(app) == ("and and", "and")  # the nearest one the filter shows
        await pilot.press("n", "j", "n")
        assert current(app) == ("  ", " ")
        await pilot.press("r")
        assert "7/7 decided · filter: spacing ≥0.85" in str(app.query_one("#status").render())
        await pilot.press("q")

    app, _ = drive(article, state_dir, review)
    assert app.return_value == 0
    state = ReviewState.load(state_path(article, state_dir))
    assert state.done
    verdicts = sorted(d.verdict.value for d in state.decisions.values())
    assert verdicts == ["accepted"] * 4 + ["edited"] * 2 + ["rejected"] * 2
    out = tmp_path / "out.txt"
    assert (
        main(["export", str(article), "--state-dir", str(state_dir), "--format", "text", "-o", str(out)]) == 0
    )
    assert out.read_text(encoding="utf-8") == REPAIRED
    patch = tmp_path / "out.patch"
    assert main(["export", str(article), "--state-dir", str(state_dir), "-o", str(patch)]) == 0
    written = patch.read_text(encoding="utf-8")
    assert written.splitlines()[2:] == PATCH.splitlines()[2:]
    assert written.splitlines()[0].endswith("/story.txt") and written.splitlines()[1].endswith("/story.txt")
    assert written == unified_diff(ARTICLE, REPAIRED, article.as_posix())


def test_mouse_selects_a_proposal_and_picks_an_alternative(tmp_path: Path) -> None:
    article = write_article(tmp_path)

    async def review(app, pilot) -> None:
        view = app.query_one(ArticleView)
        name = next(p for p in app.session.proposals if p.kind == "name")
        await pilot.click(offset=find_clickable(view, f"app.select_proposal('{name.id}')"))
        await pilot.pause()
        assert app.session.cursor == name.id
        pane = app.query_one(TextPane)
        await pilot.click(offset=find_clickable(pane, "app.alternative(1)"))
        await pilot.pause()
        decision = app.session.decisions[name.id]
        assert (decision.verdict, decision.text) == (Verdict.EDITED, "Ana Ruíz")

    drive(article, tmp_path / "state", review)


def find_clickable(widget, action: str) -> tuple[int, int]:
    """Where on screen a segment of ``widget`` runs ``action`` when clicked."""
    origin = widget.content_region
    for y in range(widget.size.height):
        x = 0
        for segment in widget.render_line(y):
            if segment.style and segment.style.meta.get("@click") == action:
                return origin.x + x, origin.y + y
            x += segment.cell_length
    raise AssertionError(f"nothing on screen runs {action}")


def test_search_and_manual_fix_of_a_damaged_sentence(tmp_path: Path) -> None:
    article = write_article(tmp_path)
    state_dir = tmp_path / "state"

    async def review(app, pilot) -> None:
        await pilot.press("slash")
        await replace_input(pilot, "office")
        match = app.query_one(ArticleView).match
        assert ARTICLE[match.start : match.end] == "office"
        assert current(app) == (".", ". ")  # no proposal at the match: the selection stays
        await pilot.press("slash")
        await replace_input(pilot, "Friday, ,")
        assert current(app) == (", ,", ",")  # the proposal at the match
        await pilot.press("d")
        prompt = app.screen.query_one(Input)
        assert prompt.value == DAMAGED_SENTENCE
        prompt.value = DAMAGED_SENTENCE.replace("calm spirits of negotiation", "a calm negotiating spirit")
        await pilot.press("enter")
        await pilot.pause()
        manual = app.session.current
        assert (manual.kind, manual.rule, manual.replacement) == (
            "manual",
            "manual",
            "a calm negotiating spirit",
        )
        await pilot.press("question_mark")
        assert app.screen.__class__.__name__ == "HelpScreen"
        await pilot.press("escape", "t")
        assert not app.current_theme.dark
        await pilot.press("x", "j")
        await pilot.pause()

    drive(article, state_dir, review)
    log = json.loads((tmp_path / "story.txt.edits.json").read_text(encoding="utf-8"))
    decided = [r for r in log["proposals"] if r["decision"]]
    # the reviewer's fix, and what the automatic policy decides of the rest (as fix would)
    assert [
        (r["kind"], r["replacement"], r["decision"]["verdict"], r["decision"]["source"])
        for r in decided
        if r["decision"]["source"] != "auto"
    ] == [("manual", "a calm negotiating spirit", "accepted", "review")]
    automatic = [r["original"] for r in decided if r["decision"]["source"] == "auto"]
    assert automatic and "Ana Ruis" not in automatic  # the 0.8 name is below its threshold
    assert len(log["proposals"]) == 9


def test_always_decisions_hold_in_the_scope_chosen_and_undo_with_their_writes(tmp_path: Path) -> None:
    article = write_article(tmp_path)
    other = write_article(tmp_path, name="other.txt")  # the same damage in the same words
    state_dir = tmp_path / "state"
    gazetteer = state_dir / "gazetteer.tsv"

    async def review(app, pilot, groups: list[list[str]]) -> list:
        seen = []
        for keys in groups:
            for key in keys:
                await pilot.press(key)
            await pilot.pause()
            seen.append(
                (
                    {app.session.by_id[k].original: d.source for k, d in app.session.decisions.items()},
                    gazetteer.read_text(encoding="utf-8") if gazetteer.exists() else "",
                )
            )
        return seen

    # "." rejected always (Enter: this article), the name accepted always for every article
    _, seen = drive(article, state_dir, review, [["R", "enter"], ["n", "n", "A", "e"], ["u"], ["ctrl+r"]])
    (rejected, _), (accepted, written), (_, undone), (_, redone) = seen
    assert rejected == {".": "review"}
    assert accepted == {".": "review", "Ana Ruis": "review"}
    assert "Ana Ruiz\tterm" in written and written.rstrip().endswith("Ana Ruis")
    assert "Ana Ruis" not in undone and redone == written
    # another article: the rejection was this article's, so "." is proposed and undecided;
    # the name, accepted for every article, is decided already, and says by what
    _, seen = drive(other, state_dir, review, [[]])
    assert seen[0][0] == {"Ana Ruis": "always"}
    # for every article, a rejection hides the change in these words everywhere
    drive(other, state_dir, review, [["R", "e"]])
    app, _ = drive(write_article(tmp_path, name="third.txt"), state_dir, review, [[]])
    assert "." not in [p.original for p in app.session.proposals]
    assert json.loads((state_dir / "ignores.json").read_text(encoding="utf-8"))["ignores"]


def test_queue_limits_the_review_and_articles_follow_one_another(tmp_path: Path) -> None:
    first = write_article(tmp_path, name="first.txt")
    second = write_article(tmp_path, ARTICLE.replace("Geneva", "Vienna"), name="second.txt")
    state_dir = tmp_path / "state"
    config = Config(state_dir=state_dir, grammar="none")
    engine = FixedEngine(config)
    names = [p for p in engine.analyze_path(first).proposals if p.kind == "name"]
    items = [ReviewItem(first, (names[0].id, "gone-id")), ReviewItem(second)]

    async def run() -> None:
        app = ReviewApp(items, engine, state_dir=state_dir, user_dir=state_dir)
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 30)
            await pilot.pause()
            assert app.session.order == [names[0].id]  # only the queued proposal
            await pilot.press("a", "right_square_bracket")
            await asyncio.wait_for(app.loaded.wait(), 30)
            await pilot.pause()
            assert app.index == 1 and len(app.session.order) == 8
            assert "article 2/2" in str(app.query_one("#status").render())
            await pilot.press("r", "left_square_bracket")
            await pilot.pause()
            assert app.index == 0 and app.session.decisions[names[0].id].verdict is Verdict.ACCEPTED
            await pilot.press("q")

    asyncio.run(run())
    assert len(ReviewState.load(state_path(first, state_dir)).decisions) == 1
    assert [d.verdict for d in ReviewState.load(state_path(second, state_dir)).decisions.values()] == [
        Verdict.REJECTED
    ]


def test_an_article_that_cannot_be_read_is_reported_and_skipped(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02binary\x00")
    good = write_article(tmp_path)
    state_dir = tmp_path / "state"
    engine = FixedEngine(Config(state_dir=state_dir, grammar="none"))

    async def run() -> None:
        app = ReviewApp(
            [ReviewItem(broken), ReviewItem(good)], engine, state_dir=state_dir, user_dir=state_dir
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 30)
            await pilot.pause()
            assert app.session is None
            assert "broken.txt" in str(app.query_one("#status").render())
            await pilot.press("a", "right_square_bracket")
            await asyncio.wait_for(app.loaded.wait(), 30)
            await pilot.pause()
            assert app.session is not None and app.session.current.original == "."

    asyncio.run(run())


def test_d_skips_captions_and_enter_alone_clears_the_filter(tmp_path: Path) -> None:
    caption = "(Cover image: delegates in calm spirits at the hall. Photo: Reuters / Press Office"
    article = write_article(
        tmp_path, ARTICLE.replace("Diplomats described", caption + "\n\nDiplomats described")
    )

    async def review(app, pilot) -> None:
        await pilot.press("d")  # the caption scores as damaged too, but is a caption
        assert app.screen.query_one(Input).value == DAMAGED_SENTENCE
        await pilot.press("escape", "f")
        await replace_input(pilot, "name")
        assert app.session.filter.describe() == "name ≥0.00"
        await pilot.press("f")
        assert app.screen.query_one(Input).value == ""  # the line starts empty ...
        await pilot.press("enter")  # ... so Enter alone shows everything again
        await pilot.pause()
        assert not app.session.filter.active and len(app.session.order) == 8

    drive(article, tmp_path / "state", review)
