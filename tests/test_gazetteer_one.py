"""One gazetteer per engine, one reader of its TSV format, one folder setting.

The names pass and the grammar pass used to load the gazetteer each in their own way (a
compiled index; the TSV files read again into a word list, plus a second index), and the
review app's "accept always" had a TSV reader of its own. Now the Engine loads the
gazetteer once and hands it to every pass, and every TSV line is read by
repair.gazetteer.entries.split_tsv.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from repair.config import Config
from repair.edits import make_proposal
from repair.gazetteer import index as gazetteer_index
from repair.gazetteer.entries import Table, load_tsv
from repair.ignores import forget_variant, record_variant
from repair.loading import text_source
from repair.pipeline import Engine

HEADER = "canonical\ttype\taliases\troles\tcountry\tfrom\tto\tnote\tvariants\n"
# A made-up quarter of a town, with a misspelling the house does not use.
PLACE = "Harbourside\tplace\t\t\tGB\t\t\ta quarter of a town, made up for this test\tHarboursyde\n"
ARTICLE = (
    "Officials said the meeting at Harbourside went well and ended early.\n"
    "The old harbourside was quiet on Monday, and the talks at Harboursyde resume next week.\n"
)


def test_the_engine_loads_one_gazetteer_and_hands_it_to_every_pass(monkeypatch) -> None:
    loads = []
    real_load = gazetteer_index.Gazetteer.load.__func__

    def counted(cls, *args, **kwargs):
        loads.append(args)
        return real_load(cls, *args, **kwargs)

    monkeypatch.setattr(gazetteer_index.Gazetteer, "load", classmethod(counted))
    engine = Engine(Config())
    engine.analyze(text_source(ARTICLE))
    engine.analyze(text_source(ARTICLE))
    by_name = {stage.name: stage for stage in engine.passes}
    names, grammar = by_name["names"], by_name["grammar"]
    assert names.gazetteer is engine.gazetteer
    assert grammar.lexicon.gazetteer is engine.gazetteer
    assert len(loads) == 1


def _check(path: Path, env: dict[str, str]) -> list[tuple[str, str, str]]:
    """`repair check --format json` as a user runs it: (rule, original, replacement)."""
    done = subprocess.run(
        [sys.executable, "-m", "repair.cli", "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr
    (found,) = json.loads(done.stdout)["files"]
    return [(p["rule"], p["original"], p["replacement"]) for p in found["proposals"]]


@pytest.mark.slow
def test_repair_gazetteer_dir_moves_every_reader_of_the_gazetteer(tmp_path: Path) -> None:
    """Through the real entry point: with REPAIR_GAZETTEER_DIR naming a folder that lists
    the place, the names pass restyles its variant and the grammar pass no longer lowers
    its capital; with the shipped gazetteer (which does not list it) the grammar pass does."""
    folder = tmp_path / "gazetteer"
    folder.mkdir()
    (folder / "places.tsv").write_text(HEADER + PLACE, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "REPAIR_GAZETTEER_DIR"}
    env["REPAIR_CACHE_DIR"] = str(tmp_path / "cache")

    shipped = _check(article, env)
    assert ("repair.MidSentenceCapital", "Harbourside", "harbourside") in shipped

    moved = _check(article, {**env, "REPAIR_GAZETTEER_DIR": str(folder)})
    assert ("style.house", "Harboursyde", "Harbourside") in moved
    assert not [p for p in moved if p[1] == "Harbourside"]


def test_accept_always_edits_the_users_file_through_the_one_reader(tmp_path: Path) -> None:
    """A user's gazetteer with a BOM, a comment and an entry of their own: accept always
    adds a variant row, keeps the rest as written, and the result reads as gazetteer
    entries; forgetting it gives the file back."""
    mine = tmp_path / "gazetteer.tsv"
    original = "\ufeff# my names\n" + HEADER + "Olena Kovalchuk\tperson\t\t\tUA\t\t\t\t\n"
    mine.write_text(original, encoding="utf-8")
    text = "Talks with Olena Kovalchuck ended."
    start = text.index("Olena")
    proposal = make_proposal(
        text,
        start,
        start + len("Olena Kovalchuck"),
        "Olena Kovalchuk",
        kind="name",
        rule="names.test",
        confidence=0.9,
        reason="a name respelled",
    )
    assert not record_variant(proposal, mine).created
    table = Table.read(mine)
    assert table.comments == ["# my names"]
    (entry,) = load_tsv(mine)
    assert (entry.canonical, entry.type, entry.country) == ("Olena Kovalchuk", "person", "UA")
    assert entry.variants == ("Olena Kovalchuck",)
    assert forget_variant(proposal, mine)
    (entry,) = load_tsv(mine)
    assert entry.variants == () and Table.read(mine).comments == ["# my names"]
