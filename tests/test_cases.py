"""Tests as data (tests/cases/*.json): every rule of every pass, through the whole Engine.

Each case is a short article and one proposal it must yield. The proposal has to survive
everything after its pass (the table of kinds' name protection, merging, the other
passes) to reach the output of `repair check`; when it clears its kind's automatic
threshold, `repair fix` must apply it. "untouched" articles must get no proposal at all.
A rule the code defines but no case exercises fails the coverage test: a pass's unit tests
cannot hide a rule the pipeline drops (the Kiev -> Kyiv house-style bug).
"""

from __future__ import annotations

import json
import re
import tempfile
from functools import cache
from pathlib import Path

import pytest

from repair.config import Config, load_config
from repair.decide import decide
from repair.loading import text_source
from repair.passes.chrome_lines import PATTERNS
from repair.pipeline import Analysis, Engine
from tests.conftest import ROOT

CASES = Path(__file__).resolve().parent / "cases"
FILES = sorted(CASES.glob("*.json"))
# A rule as the code writes it: rule="spacing.multiple", rule: str = "name.gazetteer", ...
_RULE = re.compile(r"\brule(?:\s*:\s*str)?\s*=\s*\"([A-Za-z]+\.[\w.-]+)\"")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


CASE_LIST = [(path.stem, case) for path in FILES for case in _load(path)["cases"]]
UNTOUCHED = [(path.stem, case) for path in FILES for case in _load(path).get("untouched", [])]


@cache
def _engine(references: tuple[str, ...] = (), toml: str = "") -> Engine:
    """The Engine for a case's settings: a repair.toml ("toml") and reference articles."""
    folder = Path(tempfile.mkdtemp(prefix="repair-cases-"))
    config = Config()
    if toml:
        (folder / "repair.toml").write_text(toml, encoding="utf-8")
        config = load_config(folder / "repair.toml")
    for index, text in enumerate(references):
        path = folder / f"reference-{index}.txt"
        path.write_text(text, encoding="utf-8")
        config.references.append(path)
    return Engine(config)


def _engine_for(case: dict) -> Engine:
    return _engine(tuple(case.get("references", ())), case.get("toml", ""))


def _analyse(case: dict) -> Analysis:
    return _engine_for(case).analyze(text_source(case["text"]))


def _made_by(proposal, rule: str) -> bool:
    """The proposal's own rule, or one that found the same change (merged into it)."""
    return proposal.rule == rule or any(e.startswith(f"also found by {rule} ") for e in proposal.evidence)


@pytest.mark.parametrize(("file", "case"), CASE_LIST, ids=[f"{f}:{c['rule']}" for f, c in CASE_LIST])
def test_each_rule_reaches_the_output(file, case):
    analysis = _analyse(case)
    found = [
        p
        for p in analysis.proposals
        if _made_by(p, case["rule"])
        and (p.original, p.replacement) == (case["original"], case["replacement"])
    ]
    shown = [(p.rule, p.original, p.replacement) for p in analysis.proposals]
    assert found, f"{case['rule']} did not reach the output; it has {shown}"
    (proposal,) = found
    config = _engine_for(case).config
    decisions, repaired, verdict = decide(analysis, config)
    if proposal.confidence >= config.thresholds[proposal.kind]:
        assert verdict.ok and proposal.id in decisions, f"{case['rule']}: automatic, but fix did not apply it"
        start = proposal.span.start
        assert repaired[start : start + len(proposal.replacement)] == proposal.replacement
    else:
        assert proposal.id not in decisions


@pytest.mark.parametrize(("file", "case"), UNTOUCHED, ids=[f"{f}:{c['why']}" for f, c in UNTOUCHED])
def test_clean_articles_stay_untouched(file, case):
    analysis = _analyse(case)
    assert [(p.rule, p.original, p.replacement) for p in analysis.proposals] == []


def _rules_in_code() -> set[str]:
    """Every rule id the passes write literally, and one per chrome line pattern. (The
    grammar checker's own rules are its backend's, hundreds of them: they are covered by
    category in the grammar cases and measured by the calibration.)"""
    found = {f"chrome.{pattern.rule}" for pattern in PATTERNS} | {"chrome.block", "chrome.timestamp"}
    for path in sorted(
        [*(ROOT / "repair" / "passes").rglob("*.py"), *(ROOT / "repair" / "grammar").rglob("*.py")]
    ):
        found.update(_RULE.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_rule_of_every_pass_has_a_case():
    covered = {case["rule"] for _, case in CASE_LIST}
    assert _rules_in_code() - covered == set()
    assert {"cleanup", "names", "grammar"} <= {path.stem for path in FILES}
