"""Harper lints an article ahead, in a thread, while the names pass runs: the findings the
grammar pass collects are the ones it would have linted itself, and a thread that asks for
other paragraphs gets theirs."""

from __future__ import annotations

import threading

import pytest

from repair.config import Config
from repair.document import Document
from repair.grammar.harper_backend import HarperBackend
from repair.grammar.settings import GrammarSettings
from repair.loading import Source
from repair.passes.grammar import lint_units
from repair.pipeline import Engine

TEXT = (
    "The harbour board met on Monday. It said the the ferry would run again in spring.\n\n"
    "A spokesman called it an good outcome. Fares will not rise this yeer.\n\n"
    "the board meets again in June.\n"
)


@pytest.fixture(scope="module")
def backend() -> HarperBackend:
    return HarperBackend(GrammarSettings.from_config(Config()))


def test_findings_linted_ahead_are_the_ones_linted_here(backend, monkeypatch):
    units = lint_units(Document.from_text(TEXT))
    here = backend.check(TEXT, units)
    linted_in: list[str] = []
    check = backend._check

    def recorded(*args):
        linted_in.append(threading.current_thread().name)
        return check(*args)

    monkeypatch.setattr(backend, "_check", recorded)
    backend.submit(TEXT, units)
    assert backend.check(TEXT, units) == here
    assert linted_in == ["repair-harper"]  # collected, not linted twice
    assert {TEXT[f.start : f.end] for f in here} >= {"the the", "an", "yeer"}


def test_other_paragraphs_than_those_sent_ahead_get_their_own_findings(backend):
    units = lint_units(Document.from_text(TEXT))
    backend.submit(TEXT, units)
    last = backend.check(TEXT, units[-1:])
    assert last == backend.check(TEXT, units[-1:])
    assert all(f.start >= units[-1].start for f in last)
    assert backend.check(TEXT, units)  # the Linter is free again after the unused lint ahead


def test_the_engine_sends_the_paragraphs_ahead_after_cleanup(isolated_cache, monkeypatch):
    monkeypatch.setenv("REPAIR_CACHE_DIR", str(isolated_cache))
    engine = Engine(Config())
    assert [p.name for p in engine.passes] == ["cleanup", "grammar-ahead", "names", "grammar"]
    source = Source(text=TEXT, encoding="utf-8", bom=b"", newline="\n", format="text")
    rules = {p.rule for p in engine.analyze(source).proposals}
    assert any(rule.startswith("harper.") for rule in rules)
