"""The whole workflow: a batch auto-fix, the review of its queue, and the finished articles.

A batch run (`repair fix DIR -o OUT --jobs 2`) records, per article, every proposal and
what the automatic policy applied. Opening its queue shows the articles as the batch left
them: automatic changes decided, and reversible. The export of the batch gives each
finished article: the policy's decisions plus the reviewer's.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from repair.cli import build_parser, main
from repair.commands.review import build_app
from repair.edits import Verdict

ROOT = Path(__file__).resolve().parents[1]
NONE = ["--grammar", "none"]

RAIL = (
    "Rail line to reopen in spring\n\n"
    "Engineers have finished repairs on the coastal rail line , the operator said on Friday.\n\n"
    "Operator spokesman Tomas Berger said trains would run again from April.Tickets go on sale next month.\n\n"
    "Tomas Bergar added that the the timetable would match last year's.\n"
)
PORT = (
    "Skip to content\n\n"
    "Port workers end strike after three weeks\n\n"
    "Dock workers in the northern port voted on Monday to end a strike that had lasted three weeks , "
    "union leaders said.\n\n"
    "Union leader Ana Ferreirra said the the new contract raises pay by six percent.Workers will return on Wednesday.\n\n"
    "Ana Ferreira told reporters that the agreement was fair to both sides.\n"
)
# The batch applies the spacing fixes it is sure of and leaves the names (and, in the rail
# article, a run-on next to a date, which the safety guard holds back) to a person. The
# reviewer rejects that run-on, accepts the rail name fix and reverses the batch's comma fix
# there; in the port article, rejects the name fix and reverses the removal of a chrome line.
RAIL_FINISHED = (
    "Rail line to reopen in spring\n\n"
    "Engineers have finished repairs on the coastal rail line , the operator said on Friday.\n\n"
    "Operator spokesman Tomas Berger said trains would run again from April.Tickets go on sale next month.\n\n"
    "Tomas Berger added that the timetable would match last year's.\n"
)
PORT_FINISHED = (
    "Skip to content\n\n"
    "Port workers end strike after three weeks\n\n"
    "Dock workers in the northern port voted on Monday to end a strike that had lasted three weeks, "
    "union leaders said.\n\n"
    "Union leader Ana Ferreirra said the new contract raises pay by six percent. Workers will return on Wednesday.\n\n"
    "Ana Ferreira told reporters that the agreement was fair to both sides.\n"
)


@pytest.fixture(scope="module")
def batched(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The inputs, the output of `repair fix IN -o OUT --jobs 2` (run once for the
    module: it starts worker processes), and what the run said on stderr."""
    root = tmp_path_factory.mktemp("batch")
    src, out = root / "in", root / "out"
    (src / "desk").mkdir(parents=True)
    (src / "desk" / "rail.txt").write_text(RAIL, encoding="utf-8")
    (src / "port.txt").write_text(PORT, encoding="utf-8")
    said = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stderr(said):
        patch.setenv("XDG_DATA_HOME", str(root / "xdg-data"))  # no user's ignores
        assert main(["fix", str(src), "-o", str(out), "--jobs", "2", "--no-progress", *NONE]) == 0
    return src, out, said.getvalue()


@pytest.fixture
def batch(batched: tuple[Path, Path, str], tmp_path: Path) -> tuple[Path, Path]:
    """The batch's inputs, and a copy of its output of this test's own (a review writes to it)."""
    src, out, _ = batched
    shutil.copytree(out, tmp_path / "out")
    return src, tmp_path / "out"


def open_queue(out: Path):
    return build_app(build_parser().parse_args(["review", "--queue", str(out / "review.jsonl"), *NONE]))


def shown(app) -> dict[str, tuple[str, str]]:
    """original -> (verdict, who) of every decided proposal of the shown article."""
    session = app.session
    return {session.by_id[k].original: (d.verdict.value, d.source) for k, d in session.decisions.items()}


async def to(app, pilot, original: str) -> None:
    """Move the cursor to the proposal of ``original`` with the keys (p, in article order)."""
    for _ in range(len(app.session.order)):
        if app.session.current.original == original:
            return
        await pilot.press("p")
    raise AssertionError(f"no proposal {original!r} in the order")


def test_batch_then_queue_review_then_export_gives_the_finished_articles(
    batched, batch, tmp_path: Path, capsys
) -> None:
    src, out = batch
    assert "3 proposal(s) undecided in 2 document(s)" in batched[2]
    # the batch's copies carry only the policy's fixes
    assert (out / "desk" / "rail.txt").read_text(encoding="utf-8").count("Bergar") == 1

    async def review() -> None:
        app = open_queue(out)
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            # the article as the batch left it: its fixes decided, by the policy
            assert app.items[0].path == (src / "desk" / "rail.txt").resolve()
            assert shown(app) == {" ,": ("accepted", "auto"), "the the": ("accepted", "auto")}
            assert app.session.current.original == "."  # the first one left to the reviewer
            status = str(app.query_one("#status").render())
            assert "2/4 decided" in status and "article 1/2, 3 open" in status
            await pilot.press("r")  # rejected, and on to the next undecided
            assert app.session.current.original == "Bergar"
            await pilot.press("a")  # accepted
            await to(app, pilot, " ,")
            await pilot.press("r")  # an automatic change reversed
            assert shown(app) == {
                " ,": ("rejected", "review"),
                ".": ("rejected", "review"),
                "Bergar": ("accepted", "review"),
                "the the": ("accepted", "auto"),
            }
            await pilot.press("right_square_bracket")
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            assert app.session.current.original == "Ferreirra"
            assert "article 2/2, 1 open" in str(app.query_one("#status").render())
            await pilot.press("r")  # rejected
            await to(app, pilot, "Skip to content\n\n")
            await pilot.press("r")  # the chrome removal reversed
            assert "article 2/2, 0 open" in str(app.query_one("#status").render())
            await pilot.press("q")

    asyncio.run(review())
    capsys.readouterr()
    finished, patches = tmp_path / "finished", tmp_path / "patches"
    assert main(["export", "--batch", str(out), "-o", str(finished), "--format", "text", *NONE]) == 0
    err = capsys.readouterr().err
    assert "rail.txt: 0 proposal(s) undecided; 1 change(s) by the automatic policy, 1 by a person" in err
    assert "port.txt: 0 proposal(s) undecided; 3 change(s) by the automatic policy, 0 by a person" in err
    assert "2 article(s) written" in err and "; 0 proposal(s) undecided" in err
    assert (finished / "desk" / "rail.txt").read_text(encoding="utf-8") == RAIL_FINISHED
    assert (finished / "port.txt").read_text(encoding="utf-8") == PORT_FINISHED
    assert main(["export", "--batch", str(out), "-o", str(patches), "--format", "patch", *NONE]) == 0
    assert (patches / "desk" / "rail.txt.patch").read_text(encoding="utf-8") == "\n".join(
        [
            "--- a/desk/rail.txt",
            "+++ b/desk/rail.txt",
            "@@ -4,4 +4,4 @@",
            " ",
            " Operator spokesman Tomas Berger said trains would run again from April.Tickets go on sale next month.",
            " ",
            "-Tomas Bergar added that the the timetable would match last year's.",
            "+Tomas Berger added that the timetable would match last year's.",
            "",
        ]
    )
    assert (patches / "port.txt.patch").read_text(encoding="utf-8") == "\n".join(
        [
            "--- a/port.txt",
            "+++ b/port.txt",
            "@@ -2,8 +2,8 @@",
            " ",
            " Port workers end strike after three weeks",
            " ",
            "-Dock workers in the northern port voted on Monday to end a strike that had lasted three weeks , "
            "union leaders said.",
            "+Dock workers in the northern port voted on Monday to end a strike that had lasted three weeks, "
            "union leaders said.",
            " ",
            "-Union leader Ana Ferreirra said the the new contract raises pay by six percent.Workers will return on Wednesday.",
            "+Union leader Ana Ferreirra said the new contract raises pay by six percent. Workers will return on Wednesday.",
            " ",
            " Ana Ferreira told reporters that the agreement was fair to both sides.",
            "",
        ]
    )
    # the inputs are untouched, and nothing was written beside them
    assert (src / "port.txt").read_text(encoding="utf-8") == PORT
    assert sorted(p.relative_to(src).as_posix() for p in src.rglob("*")) == [
        "desk",
        "desk/rail.txt",
        "port.txt",
    ]


DRIVER = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from tests.test_review_workflow import open_queue, to

    async def main():
        app = open_queue(Path(sys.argv[1]))
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            await pilot.press("r", "a")
            print("DECIDED", len(app.session.decisions), flush=True)
            await asyncio.sleep(600)  # killed here, mid-review

    asyncio.run(main())
    """
)


@pytest.mark.slow
def test_a_queue_review_killed_mid_way_resumes_where_it_stopped(batch, tmp_path: Path, capsys) -> None:
    _, out = batch
    script = tmp_path / "drive.py"
    script.write_text(DRIVER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(script), str(out)],
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
    assert not list(out.rglob("*.tmp")), "a half-written state file was left behind"

    async def reopen() -> None:
        app = open_queue(out)
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            assert shown(app) == {
                " ,": ("accepted", "auto"),
                ".": ("rejected", "review"),
                "Bergar": ("accepted", "review"),
                "the the": ("accepted", "auto"),
            }
            await pilot.press("right_square_bracket")
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            assert app.session.current.original == "Ferreirra"
            await pilot.press("r", "q")

    asyncio.run(reopen())
    capsys.readouterr()
    finished = tmp_path / "finished"
    assert main(["export", "--batch", str(out), "-o", str(finished), "--format", "text", *NONE]) == 0
    rail = RAIL_FINISHED.replace("rail line ,", "rail line,")  # the policy's comma fix stands
    assert (finished / "desk" / "rail.txt").read_text(encoding="utf-8") == rail
    # the port article: the reviewer's rejection, and every automatic fix kept
    assert (finished / "port.txt").read_text(encoding="utf-8") == PORT_FINISHED.replace(
        "Skip to content\n\n", ""
    )


def test_review_then_quit_exports_exactly_what_fix_writes(tmp_path: Path, capsysbinary) -> None:
    article = tmp_path / "port.txt"
    article.write_text(PORT, encoding="utf-8")

    async def quit_at_once() -> None:
        app = build_app(build_parser().parse_args(["review", str(article), *NONE]))
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            await pilot.press("q")
        assert app.return_value == 0

    asyncio.run(quit_at_once())
    capsysbinary.readouterr()
    assert main(["export", str(article), "--format", "text", *NONE]) == 0
    exported = capsysbinary.readouterr()
    assert main(["fix", str(article), "--stdout", *NONE]) == 0
    fixed = capsysbinary.readouterr()
    assert exported.out == fixed.out and exported.out != PORT.encode()
    assert b"1 proposal(s) undecided" in exported.err and b"1 proposal(s) undecided" in fixed.err
    assert not list(tmp_path.glob("*.review.json"))  # the state is in the user data folder
    states = json.loads(next((tmp_path / "xdg-data" / "repair" / "reviews").glob("*.json")).read_text())
    assert states["decisions"] == {} and len(states["known"]) == 5


def test_a_verdict_of_the_policy_can_be_told_from_a_persons(batch) -> None:
    _, out = batch
    state = json.loads(next((out / ".repair" / "reviews").glob("port.txt-*.json")).read_text())
    assert state["auto"] is True and state["output"] == "port.txt"
    assert {d["source"] for d in state["decisions"].values()} == {"auto"}
    assert {d["verdict"] for d in state["decisions"].values()} == {Verdict.ACCEPTED.value}
    assert len(state["known"]) == len(state["proposals"]) == 5


def test_a_batch_export_goes_on_past_an_article_it_cannot_export(batch, tmp_path: Path, capsys) -> None:
    _, out = batch
    port = next((out / ".repair" / "reviews").glob("port.txt-*.json"))
    state = json.loads(port.read_text(encoding="utf-8"))
    state["article"] = str(tmp_path / "gone" / "port.txt")  # an input gone since the batch ran
    port.write_text(json.dumps(state), encoding="utf-8")
    capsys.readouterr()
    finished = tmp_path / "finished"
    assert main(["export", "--batch", str(out), "-o", str(finished), "--format", "text", *NONE]) == 2
    err = capsys.readouterr().err
    assert "port.txt" in err and "repair: error:" in err and "1 article(s) written" in err
    assert sorted(p.relative_to(finished).as_posix() for p in finished.rglob("*.txt")) == ["desk/rail.txt"]
    assert main(["export", "--batch", str(tmp_path / "nothing"), "-o", str(finished), *NONE]) == 2
    assert main(["export", "--batch", str(out), *NONE]) == 2
    assert "--batch needs -o DIR" in capsys.readouterr().err
