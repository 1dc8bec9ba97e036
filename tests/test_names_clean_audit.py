"""Correct news prose that is hard for the names pass, written for this test
(tests/fixtures/names-clean-audit, 2,700 words): common words that are also listed surnames
(King, Rose, May, Long, Moon, Park, Lee, Young, Brown, Gray, Hunt, Price, Rice, Grant), in
names and in lower case; ordinary people who share a listed person's family name ("Tomasz
Duda", "Agnieszka Tusk", "Sam Harris", "Marek Nowak"), some in the same article as the listed
person; names with hyphens and apostrophes ("Kwame Owusu-Ansah", "Rhys D'Souza"); Korean and
Chinese people the gazetteer does not list ("Park Ji-hoon", "Zhang Haoran"); titles before
ordinary surnames ("Inspector Bush", "Professor Moon"). Automatic mode must change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from repair.api import Engine

AUDIT = Path(__file__).resolve().parent / "fixtures" / "names-clean-audit"


@pytest.fixture(scope="module")
def engine():
    with Engine(grammar="none") as engine:
        yield engine


def test_the_audit_is_long_enough():
    assert sum(len(p.read_text(encoding="utf-8").split()) for p in AUDIT.glob("*.txt")) >= 2000


@pytest.mark.parametrize("path", sorted(AUDIT.glob("*.txt")), ids=lambda p: p.stem)
def test_clean_prose_gets_no_automatic_change(engine, path):
    text = path.read_text(encoding="utf-8")
    result = engine.fix(text)
    assert result["applied"] == {}, result["proposals"]
    assert result["text"] == text
