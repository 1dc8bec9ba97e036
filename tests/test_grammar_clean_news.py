"""Correct news prose written for the purpose (tests/fixtures/clean-news: politics, the
economy, sport and a court case, with quotations, figures, names, passives, pseudo-clefts
and nouns after "is") gets no automatic change: the grammar pass's rules must hold their
fire on text that needs none."""

from __future__ import annotations

from pathlib import Path

import pytest

from repair.api import fix_text

CLEAN = sorted((Path(__file__).parent / "fixtures" / "clean-news").glob("*.txt"))


def test_the_fixture_is_a_fair_sample():
    assert sum(len(p.read_text(encoding="utf-8").split()) for p in CLEAN) >= 1500


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.stem)
def test_clean_news_is_left_as_written(path: Path):
    text = path.read_text(encoding="utf-8")
    assert fix_text(text) == text
