"""The analysis in stages: proposals before the grammar checker is done, its findings after.

The review app shows an article as soon as every pass but the grammar checker has run and
takes the checker's findings as they come. These tests hold it to three promises: the
analysis it ends with is exactly the CLI's, a reviewer's decisions made meanwhile survive
every update (and a kill -9), and the keys work before the analysis is complete.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from repair.config import Config
from repair.edits import Verdict
from repair.errors import RepairError
from repair.grammar import harper_backend
from repair.loading import load_path
from repair.pipeline import Engine
from repair.review_state import ReviewState, state_path
from repair.tui.app import ReviewApp, ReviewItem
from repair.tui.session import Session
from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[1]

# Damage for every pass: spacing and doubled words (cleanup), a misspelling ("suport") and a wrong
# word the grammar checker finds, in paragraphs after the first.
ARTICLE = (
    "The finance ministers met in Geneva on Tuesday and agreed a new plan for the banks .\n\n"
    "The plan, which the ministers drafted over two days, won broad suport from "
    "the central banks. Officials said it would take effect next year.\n\n"
    "Critics said the plan did not go far enough. It leaves the smallest lenders "
    "without help, they said, and there rules are unclear.\n\n"
    "A spokesman for the ministry said a review would follow in an year , , and that "
    "lenders could apply for help in the spring.\n"
)


class GatedEngine(Engine):
    """The in-process Engine whose grammar findings wait at a gate after the first unit,
    as a slow checker's would (a subclass, so the app keeps it in process)."""

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self.gate = threading.Event()

    def findings(self, staged):
        for count, item in enumerate(super().findings(staged)):
            if count == 1:
                self.gate.wait(60)
            yield item


def source_of(text: str, tmp_path: Path, name: str = "story.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, load_path(path)


def summary(analysis) -> tuple:
    return (
        [p.to_dict() for p in analysis.proposals],
        analysis.findings,
        [(s.start, s.end, s.score, s.reasons) for s in analysis.scores],
    )


@pytest.mark.parametrize("sample", ["article", "tokyo"])
def test_findings_taken_in_any_order_and_groups_end_in_the_engines_analysis(
    sample: str, tmp_path: Path
) -> None:
    text = ARTICLE if sample == "article" else (SAMPLES / "tokyo-talks-damaged.txt").read_text("utf-8")
    _, source = source_of(text, tmp_path)
    engine = Engine(Config(state_dir=tmp_path))
    expected = summary(engine.analyze(source))
    staged = engine.stage(source)
    early = staged.analysis()
    assert early.pending == len(staged.units) > 1 and not early.complete
    assert not any(p.rule.startswith("harper.") for p in early.proposals)
    found = list(engine.findings(staged))
    # from the top, a group of paragraphs at a time
    assert [i for indexes, _ in found for i in indexes] == list(range(len(staged.units)))
    random.Random(3).shuffle(found)
    for number, (indexes, findings) in enumerate(found):
        staged.take(indexes, findings)
        if number % 2:
            staged.analysis()  # an update on the way changes nothing at the end
    final = staged.analysis()
    assert final.complete and final.pending == 0
    assert summary(final) == expected
    assert any(p.rule.startswith("harper.") for p in final.proposals)


def test_an_early_proposal_keeps_its_id_and_decision_through_every_update(tmp_path: Path) -> None:
    path, source = source_of(ARTICLE, tmp_path)
    engine = Engine(Config(state_dir=tmp_path))
    staged = engine.stage(source)
    state = ReviewState.load(state_path(path, tmp_path), str(path))
    session = Session(staged.analysis(), state)
    early = {p.id for p in session.proposals}
    first = session.current
    assert first is not None and first.id in early
    session.decide(Verdict.ACCEPTED)
    accepted = first.id
    session.decide(Verdict.EDITED, "ÆØÅ")
    edited = [k for k, d in session.decisions.items() if d.verdict is Verdict.EDITED][0]
    cursor = session.cursor
    changed: list[int] = []
    for indexes, findings in engine.findings(staged):
        staged.take(indexes, findings)
        changed += session.update(staged.analysis()).proposals
    assert session.analysis.complete
    assert early <= {p.id for p in session.proposals}
    grammar = [p for p in session.proposals if p.rule.startswith("harper.")]
    assert grammar and all(p.span.start in changed for p in grammar)  # each one drawn when it came
    assert session.decisions[accepted].verdict is Verdict.ACCEPTED
    assert session.decisions[edited].text == "ÆØÅ"
    assert session.cursor == cursor  # the reviewer is not moved by what arrives
    session.undo()
    assert edited not in session.decisions and session.cursor == edited
    # the saved state matches a fresh review of the complete analysis
    again = Session(engine.analyze(source), ReviewState.load(state_path(path, tmp_path), str(path)))
    assert again.decisions == session.decisions and not again.stale


def test_a_resumed_cursor_on_a_grammar_proposal_goes_there_when_it_comes(tmp_path: Path) -> None:
    path, source = source_of(ARTICLE, tmp_path)
    engine = Engine(Config(state_dir=tmp_path))
    complete = Session(engine.analyze(source), ReviewState.load(state_path(path, tmp_path), str(path)))
    spelling = next(p for p in complete.proposals if p.rule == "harper.SpellCheck")
    their = next(p for p in complete.proposals if p.rule == "harper.ThereToTheir")
    complete.select(spelling.id)
    complete.decide(Verdict.ACCEPTED)
    complete.select(their.id)
    complete.decide(Verdict.REJECTED)
    complete.select(spelling.id)  # where the reviewer stopped
    complete.save()

    staged = engine.stage(source)
    session = Session(staged.analysis(), ReviewState.load(state_path(path, tmp_path), str(path)))
    # accepted before and not proposed yet: shown from the saved record, not lost; a
    # rejection needs no place until its proposal comes back
    assert session.decisions[spelling.id].verdict is Verdict.ACCEPTED
    assert session.by_id[spelling.id].original == "suport"
    assert their.id not in session.by_id
    session.select(session.proposals[0].id)
    assert session._awaited is None  # moved by the reviewer: nothing to wait for
    session = Session(staged.analysis(), ReviewState.load(state_path(path, tmp_path), str(path)))
    for indexes, findings in engine.findings(staged):
        staged.take(indexes, findings)
        session.update(staged.analysis())
    assert session.cursor == spelling.id
    assert session.decisions[their.id].verdict is Verdict.REJECTED
    assert sorted(p.id for p in session.proposals) == sorted(p.id for p in complete.proposals)


def test_the_app_is_interactive_before_the_grammar_checker_is_done(tmp_path: Path) -> None:
    path, source = source_of(ARTICLE, tmp_path)
    config = Config(state_dir=tmp_path)
    expected = Engine(config).analyze(source).proposals
    engine = GatedEngine(config)

    async def run() -> None:
        app = ReviewApp([ReviewItem(path)], engine, state_dir=tmp_path, user_dir=tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await asyncio.wait_for(app.interactive.wait(), 60)
            await pilot.pause()
            assert not app.loaded.is_set() and not app.session.analysis.complete
            # the first paragraph's findings may or may not be taken in yet
            status = str(app.query_one("#status").render())
            assert re.search(r"grammar: (starting \(4 ¶\)|3 ¶ to check)", status)
            first = app.session.current
            await pilot.press("a", "n")  # the keys work meanwhile
            assert app.session.decisions[first.id].verdict is Verdict.ACCEPTED
            # a bulk accept of a kind still arriving says so
            await pilot.press("b", "home", "ctrl+k", *"grammar 0.99", "enter")
            await pilot.pause()
            said = [n.message for n in app._notifications]
            assert any(m.startswith("accepted 0 proposal(s); ") and "still being checked" in m for m in said)
            engine.gate.set()
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            assert [p.id for p in app.session.proposals] == [p.id for p in expected]
            assert app.session.decisions[first.id].verdict is Verdict.ACCEPTED
            assert "to check" not in str(app.query_one("#status").render())
            # the last proposal decided, n goes back to those that came in behind
            assert app.session.current.original == " , ,"
            await pilot.press("a", "n")
            assert app.session.current.original == "suport"
            await pilot.press("q")

    asyncio.run(run())
    saved = ReviewState.load(state_path(path, tmp_path), str(path))
    assert sorted(saved.decisions) == sorted(p.id for p in expected if p.original in (" .", " , ,"))


DRIVER = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from repair.config import Config
    from repair.tui.app import ReviewApp, ReviewItem
    from tests.test_staged_analysis import GatedEngine

    async def main():
        path, state = Path(sys.argv[1]), Path(sys.argv[2])
        engine = GatedEngine(Config(state_dir=state))  # the gate never opens
        app = ReviewApp([ReviewItem(path)], engine, state_dir=state, user_dir=state)
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.interactive.wait(), 60)
            await pilot.pause()
            await pilot.press("a", "r")
            await pilot.pause()
            print("DECIDED", len(app.session.decisions), app.session.analysis.pending, flush=True)
            await asyncio.sleep(600)  # killed here, the analysis not complete

    asyncio.run(main())
    """
)


@pytest.mark.slow
def test_kill_9_before_the_analysis_is_complete_loses_no_decision(tmp_path: Path) -> None:
    path, source = source_of(ARTICLE, tmp_path)
    script = tmp_path / "drive.py"
    script.write_text(DRIVER, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(script), str(path), str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    try:
        line = process.stdout.readline().split()
        assert line[:2] == ["DECIDED", "2"] and int(line[2]) > 0, line or process.stderr.read()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

    config = Config(state_dir=tmp_path)
    complete = Engine(config).analyze(source)
    session = Session(complete, ReviewState.load(state_path(path, tmp_path), str(path)))
    verdicts = [session.decisions[p.id].verdict for p in session.proposals if p.id in session.decisions]
    assert verdicts == [Verdict.ACCEPTED, Verdict.REJECTED]
    assert not session.stale
    # the two proposals the reviewer had first, before the grammar checker's findings
    early = [p.original for p in Engine(config).stage(source).analysis().proposals]
    decided = [session.by_id[key].original for key in session.decisions]
    assert sorted(decided) == sorted(early[:2]) and " ." in decided
    assert session.current.original == early[2]  # where the reviewer stopped


def test_a_bug_in_the_analysis_is_shown_not_a_silent_hang(tmp_path: Path) -> None:
    path, _ = source_of(ARTICLE, tmp_path)

    class Broken(Engine):
        def stage(self, source):
            raise ValueError("boom")

    async def run() -> None:
        app = ReviewApp([ReviewItem(path)], Broken(Config(grammar="none")), user_dir=tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 30)
            await pilot.pause()
            assert app.session is None
            assert "internal error: ValueError: boom" in str(app.query_one("#status").render())
            await pilot.press("q")

    asyncio.run(run())


def test_a_grammar_checker_that_stops_leaves_the_other_proposals_to_review(tmp_path: Path) -> None:
    path, _ = source_of(ARTICLE, tmp_path)

    class Dying(Engine):
        def findings(self, staged):
            for count, item in enumerate(super().findings(staged)):
                if count == 1:
                    raise RepairError("the grammar worker stopped (no reply)")
                yield item

    async def run() -> None:
        config = Config(state_dir=tmp_path)
        app = ReviewApp([ReviewItem(path)], Dying(config), state_dir=tmp_path, user_dir=tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            status = str(app.query_one("#status").render())
            assert "grammar check stopped" in status and "to check" not in status
            # the grammar pass's own language-model spelling fix needs no checker
            assert [p.original for p in app.session.proposals] == [" .", "suport", " , ,"]
            await pilot.press("a")
            assert len(app.session.decisions) == 1
            await pilot.press("q")

    asyncio.run(run())


class SteppedEngine(Engine):
    """The in-process Engine whose grammar findings come one paragraph per ``step``."""

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self.step = threading.Semaphore(0)

    def findings(self, staged):
        for item in super().findings(staged):
            self.step.acquire(timeout=60)
            yield item


def test_the_grammar_counter_counts_down(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(harper_backend, "GROUP_WORDS", 0)  # each paragraph linted alone
    path, _ = source_of(ARTICLE, tmp_path)
    engine = SteppedEngine(Config(state_dir=tmp_path))

    async def run() -> list[str]:
        app = ReviewApp([ReviewItem(path)], engine, state_dir=tmp_path, user_dir=tmp_path)
        seen = []
        async with app.run_test(size=(100, 30)) as pilot:
            await asyncio.wait_for(app.interactive.wait(), 60)
            await pilot.pause()
            for _ in range(4):
                status = str(app.query_one("#status").render())
                seen.append(re.search(r"grammar: [^·]*", status).group(0).strip())
                engine.step.release()  # shown at once or when the update interval is over
                deadline = asyncio.get_running_loop().time() + 30
                while str(app.query_one("#status").render()) == status:
                    assert asyncio.get_running_loop().time() < deadline, status
                    await asyncio.sleep(0.05)
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            seen.append(str(app.query_one("#status").render()))
        return seen

    seen = asyncio.run(run())
    assert seen[:4] == [
        "grammar: starting (4 ¶)",
        "grammar: 3 ¶ to check",
        "grammar: 2 ¶ to check",
        "grammar: 1 ¶ to check",
    ]
    assert "grammar" not in seen[4]
