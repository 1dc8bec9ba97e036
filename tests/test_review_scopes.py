"""Where review state and "always" decisions live, and the commands that show and undo them."""

from __future__ import annotations

import json
from pathlib import Path

from repair.cli import main
from repair.config import Config
from repair.edits import Verdict
from repair.ignores import record_variant, store_for
from repair.review_state import ReviewState, state_path
from tests.test_tui_session import ARTICLE, FixedEngine, make_session, write_article


def test_output_folder_equal_to_an_input_folder_is_refused(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    article = write_article(folder)
    assert main(["fix", str(folder), "-o", str(folder), "--grammar", "none", "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "the output folder is an input folder" in err and "--in-place" in err
    assert article.read_text(encoding="utf-8") == ARTICLE  # untouched
    assert sorted(p.name for p in folder.iterdir()) == ["story.txt"]  # and nothing written beside it
    # a file's own folder as the output is the same thing
    assert main(["fix", str(article), "-o", str(folder), "--grammar", "none", "--no-progress"]) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["story.txt"]
    # --in-place is the way to overwrite, with backups
    assert main(["fix", str(folder), "--in-place", "--grammar", "none"]) == 0
    assert (folder / "story.txt.orig").read_text(encoding="utf-8") == ARTICLE


def test_a_user_level_ignore_is_said_by_check_and_removed_by_the_ignores_command(
    tmp_path: Path, capsys
) -> None:
    article = write_article(tmp_path)
    engine = FixedEngine(Config(grammar="none"))  # the user's own state folder (user data)
    first = engine.analyze_path(article).proposals[0]
    store_for(None).add(first, ARTICLE)  # what "reject always, for every article" writes
    hidden = engine.analyze_path(article)
    assert first.id not in {p.id for p in hidden.proposals}
    assert any(w.startswith("1 proposal(s) hidden by your ignores") for w in hidden.warnings)
    assert main(["check", str(article), "--grammar", "none"]) == 1
    assert "1 proposal(s) hidden by your ignores for every article" in capsys.readouterr().err
    assert main(["ignores", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and listed[0].split()[1:3] == ["reject", first.kind]
    assert main(["ignores", "remove", listed[0].split()[0]]) == 0
    capsys.readouterr()
    assert first.id in {p.id for p in engine.analyze_path(article).proposals}
    assert main(["ignores", "remove", "nope"]) == 2
    assert main(["ignores", "clear"]) == 0


def test_the_users_recorded_names_are_shown_and_forgotten(tmp_path: Path, capsys) -> None:
    session = make_session(tmp_path)
    name = next(p for p in session.proposals if p.kind == "name")
    record_variant(name, tmp_path / "state" / "gazetteer.tsv")
    assert main(["gazetteer", "recorded", "--state-dir", str(tmp_path / "state")]) == 0
    assert capsys.readouterr().out == "'Ana Ruis' -> 'Ana Ruiz'\n"
    assert main(["gazetteer", "forget", "Ana Ruis", "--state-dir", str(tmp_path / "state")]) == 0
    assert main(["gazetteer", "recorded", "--state-dir", str(tmp_path / "state")]) == 0
    assert capsys.readouterr().out == "forgot 'Ana Ruis'\n"
    assert main(["gazetteer", "forget", "Ana Ruis", "--state-dir", str(tmp_path / "state")]) == 2


def test_accept_always_in_an_article_decides_the_same_change_now_and_later(tmp_path: Path) -> None:
    text = ARTICLE.replace("Friday, ,", "Friday , and again on Monday , ")
    path = write_article(tmp_path, text)
    engine = FixedEngine(Config(state_dir=tmp_path, grammar="none"))
    analysis = engine.analyze_path(path)
    state = ReviewState.load(state_path(path, tmp_path), str(path))
    from repair.tui.session import Session

    session = Session(analysis, state)
    spaces = [p for p in session.proposals if p.original == " ,"]
    assert len(spaces) == 4
    session.select(spaces[0].id)
    touched = session.decide_always(Verdict.ACCEPTED, "article")
    assert sorted(touched) == sorted(p.id for p in spaces)
    assert [session.decisions[p.id].source for p in spaces] == ["review", "always", "always", "always"]
    session.undo()
    assert not any(p.id in session.decisions for p in spaces) and state.rules == []
    session.redo()
    # a later analysis (the article reopened, nothing decided on the others yet) follows the rule
    fresh = ReviewState.load(state_path(path, tmp_path), str(path))
    fresh.decisions = {k: d for k, d in fresh.decisions.items() if k == spaces[0].id}
    reopened = Session(engine.analyze_path(path), fresh)
    assert {reopened.decisions[p.id].source for p in spaces[1:]} == {"always"}
    saved = json.loads(state_path(path, tmp_path).read_text(encoding="utf-8"))
    assert saved["rules"] == [
        {"verdict": "accepted", "kind": "spacing", "original": " ,", "replacement": ","}
    ]
