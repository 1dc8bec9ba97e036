"""`repair export` and the wiring of `repair review` (its options, queue and state folder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repair.cli import main
from repair.commands.review import read_queue
from repair.edits import Decision, Verdict, make_proposal
from repair.errors import RepairError
from repair.review_state import ReviewState, state_path
from repair.tui.app import ReviewApp

TEXT = "The council met on Monday.The vote was was close.\n"


def reviewed(tmp_path: Path, state_dir: Path | None) -> Path:
    """An article with a saved review: the run-on accepted, the doubled word edited."""
    article = tmp_path / "note.txt"
    article.write_text(TEXT, encoding="utf-8")
    state = ReviewState(state_path(article, state_dir), str(article))
    runon = make_proposal(TEXT, 25, 26, ". ", kind="spacing", rule="r", confidence=0.85, reason="run-on")
    double = make_proposal(
        TEXT,
        TEXT.index("was was"),
        TEXT.index("was was") + 7,
        "was",
        kind="spacing",
        rule="r",
        confidence=0.95,
        reason="doubled",
    )
    state.record(runon, TEXT, Decision(runon.id, Verdict.ACCEPTED, source="review"))
    state.record(double, TEXT, Decision(double.id, Verdict.EDITED, "was very", source="review"))
    state.save()
    return article


def test_export_text_patch_and_json_from_the_user_data_folder(tmp_path: Path, capsys) -> None:
    article = reviewed(tmp_path, None)
    assert not list(tmp_path.glob("*.review.json"))  # nothing next to the article
    assert list((tmp_path / "xdg-data" / "repair" / "reviews").glob("note.txt-*.review.json"))
    assert main(["export", str(article), "--format", "text"]) == 0
    assert capsys.readouterr().out == "The council met on Monday. The vote was very close.\n"
    assert main(["export", str(article)]) == 0
    patch = capsys.readouterr().out
    assert patch.splitlines()[2:] == [
        "@@ -1 +1 @@",
        "-The council met on Monday.The vote was was close.",
        "+The council met on Monday. The vote was very close.",
    ]
    out = tmp_path / "log.json"
    assert main(["export", str(article), "--format", "json", "-o", str(out)]) == 0
    log = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["line"], r["column"], r["decision"]["verdict"]) for r in log["proposals"]] == [
        (1, 26, "accepted"),
        (1, 36, "edited"),
    ]


def test_export_after_the_article_changed_elsewhere(tmp_path: Path, capsys) -> None:
    article = reviewed(tmp_path, tmp_path / "state")
    article.write_text("Reported by the desk.\n\n" + TEXT, encoding="utf-8")
    assert main(["export", str(article), "--state-dir", str(tmp_path / "state"), "--format", "text"]) == 0
    assert (
        capsys.readouterr().out
        == "Reported by the desk.\n\nThe council met on Monday. The vote was very close.\n"
    )


def test_export_without_a_review_is_an_error(tmp_path: Path, capsys) -> None:
    article = tmp_path / "plain.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["export", str(article)]) == 2
    assert "no review state" in capsys.readouterr().err


def test_read_queue_merges_records_and_resolves_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    queue = tmp_path / "queue.jsonl"
    queue.write_text(
        "\n".join(
            [
                json.dumps({"path": "a.txt", "proposal_ids": ["x1"]}),
                "",
                json.dumps({"path": "a.txt", "proposal_ids": ["x2", "x1"]}),
                json.dumps({"path": "/elsewhere/b.txt"}),
            ]
        ),
        encoding="utf-8",
    )
    assert read_queue(queue) == [(tmp_path / "a.txt", ("x1", "x2")), (Path("/elsewhere/b.txt"), None)]
    queue.write_text('{"path": 3}\n', encoding="utf-8")
    with pytest.raises(RepairError, match=r"queue.jsonl:1: not a review queue record"):
        read_queue(queue)


def test_review_command_wires_state_dir_gazetteer_and_queue(tmp_path: Path, monkeypatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    own = state_dir / "gazetteer.tsv"
    own.write_text("canonical\ttype\tvariants\nAna Ruiz\tperson\tAna Ruis\n", encoding="utf-8")
    queue = tmp_path / "q.jsonl"
    queue.write_text(json.dumps({"path": "a.txt", "proposal_ids": ["abc"]}) + "\n", encoding="utf-8")
    seen = {}

    def fake_run(self):  # the terminal part; everything before it is real
        seen.update(
            items=self.items,
            user_dir=self.user_dir,
            gazetteers=self.gazetteers,
            engine_state=self.engine.config.state_dir,
            engine_gazetteers=self.engine.config.gazetteers,
            export_dir=self.export_dir,
        )
        return 0

    monkeypatch.setattr(ReviewApp, "run", fake_run)
    assert (
        main(
            [
                "review",
                str(article),
                "--queue",
                str(queue),
                "--state-dir",
                str(state_dir),
                "--grammar",
                "none",
            ]
        )
        == 0
    )
    assert [(i.path, i.proposal_ids) for i in seen["items"]] == [(article, None), (article, ("abc",))]
    assert [i.state_dir for i in seen["items"]] == [state_dir, state_dir]
    assert [i.batch_dir for i in seen["items"]] == [None, tmp_path / ".repair"]
    assert seen["user_dir"] == seen["engine_state"] == state_dir
    # names accepted always are the review's rules, not a gazetteer that would hide them
    assert own not in seen["engine_gazetteers"]
    assert seen["export_dir"] == tmp_path
    # without --state-dir, a queue's review states are its batch's
    seen.clear()
    assert main(["review", "--queue", str(queue), "--grammar", "none"]) == 0
    assert [(i.state_dir, i.batch_dir) for i in seen["items"]] == [
        (tmp_path / ".repair", tmp_path / ".repair")
    ]


def test_review_needs_something_to_review(capsys) -> None:
    assert main(["review"]) == 2
    assert "give articles to review" in capsys.readouterr().err
