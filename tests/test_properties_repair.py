"""Properties over arbitrary Unicode text: spans in range, any subset of proposals reverses
exactly through the diff, fix is idempotent, and resolve agrees with the obvious scan.

The suite runs a fixed set of examples (derandomized), so a run passes or fails on the
code alone, never on the draw. To hunt for new counterexamples with fresh random ones:
REPAIR_EXPLORE=5000 python -m pytest tests/test_properties_repair.py
"""

from __future__ import annotations

import os
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repair.config import Config
from repair.decide import auto_decisions
from repair.diffs import apply_patch, unified_diff
from repair.edits import Decision, Proposal, Span, Verdict, _rank, apply_decisions, resolve
from repair.loading import Source, detect_newline
from repair.pipeline import Analysis, Engine

EXPLORE = int(os.environ.get("REPAIR_EXPLORE", "0"))
SETTINGS = settings(
    max_examples=EXPLORE or 200,
    derandomize=not EXPLORE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)

# Pieces of news text and of the damage the passes look for, so that arbitrary joins of
# them make proposals of every cleanup kind; mixed with fully arbitrary Unicode below.
_PIECES = (
    "The minister said the talks would resume. |the the |officials officials' |Mr.|Mr. |"
    "$ 40 million|€ 12|, |. . |,,|  |\n|\n\n|\r\n|\r|\t|Read also: |Tags: |Subscribe to our newsletter|"
    "November 5, 2024 12:30|© 2024 All rights reserved #a1b2c3d4e5f6|on Monday.The envoy|"
    "\u201cWe will not sign,\u201d|did not not|Ã©|Ã¢â‚¬â„¢|\u200b|\u200f|\u202e|مرحبا |שלום |"
    "\ufeff|e\u0301|\U0001f600|Xi Jinping |Jake Sullivan |Tokio |Beijing |and |of |in |to "
)
PIECES = _PIECES.split("|")

newsy = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
anything = st.text(max_size=300)
texts = st.one_of(newsy, anything, st.tuples(newsy, anything, newsy).map("".join))

# Known exceptions to idempotency, left out of that property only: removing a chrome line
# can bring two paragraphs together that a second run joins (the join is never proposed
# next to chrome), and fixed mojibake can complete a doubled word ("not notâ€™").
_CHROME_OR_MOJIBAKE = ("Read also", "Tags", "Subscribe", "©", "2024 12:30", "Ã")
ARTICLE_PIECES = [p for p in PIECES if not any(mark in p for mark in _CHROME_OR_MOJIBAKE)]
articles = st.lists(st.sampled_from(ARTICLE_PIECES), max_size=60).map("".join)
article_texts = st.one_of(articles, anything, st.tuples(articles, anything, articles).map("".join))


@cache
def engine() -> Engine:
    config = Config()
    config.grammar = "none"  # the grammar backend has its own tests; these are about the core
    return Engine(config)


def analyse(text: str) -> Analysis:
    source = Source(text=text, encoding="utf-8", bom=b"", newline=detect_newline(text), format="text")
    return engine().analyze(source)


def fixed(text: str) -> tuple[str, dict[str, Decision], Analysis]:
    analysis = analyse(text)
    decisions = auto_decisions(analysis.proposals, engine().config)
    return apply_decisions(text, analysis.proposals, decisions), decisions, analysis


@SETTINGS
@given(texts)
def test_every_proposal_span_is_inside_the_text_and_matches_it(text):
    for proposal in analyse(text).proposals:
        assert 0 <= proposal.span.start <= proposal.span.end <= len(text)
        assert text[proposal.span.start : proposal.span.end] == proposal.original
        assert proposal.replacement != proposal.original or proposal.kind == "manual"


@SETTINGS
@given(texts, st.data())
def test_any_subset_of_proposals_reverses_to_the_original(text, data):
    proposals = analyse(text).proposals
    chosen = data.draw(st.lists(st.sampled_from(proposals), unique_by=lambda p: p.id)) if proposals else []
    decisions = {p.id: Decision(p.id, Verdict.ACCEPTED) for p in chosen}
    repaired = apply_decisions(text, proposals, decisions)
    diff = unified_diff(text, repaired, "article.txt")
    assert apply_patch(text, diff) == repaired
    assert apply_patch(repaired, diff, reverse=True) == text


@SETTINGS
@given(article_texts)
def test_fix_is_idempotent(text):
    once, decisions, _ = fixed(text)
    twice, again, analysis = fixed(once)
    applied = [p for p in analysis.proposals if p.id in again]
    assert twice == once, f"a second fix applies {[(p.rule, p.original, p.replacement) for p in applied]}"


def _naive(proposals: list[Proposal]) -> list[Proposal]:
    chosen: list[Proposal] = []
    for proposal in sorted(proposals, key=_rank):
        if not any(c.span.overlaps(proposal.span) for c in chosen):
            chosen.append(proposal)
    return sorted(chosen, key=lambda p: (p.span.start, p.span.end))


spans = st.tuples(st.integers(0, 30), st.integers(0, 6)).map(lambda t: Span(t[0], t[0] + t[1]))
proposals = st.lists(
    st.builds(
        lambda span, kind, confidence, n: Proposal(span, "a", "b", kind, "r", confidence, "r", id=str(n)),
        spans,
        st.sampled_from(["chrome", "name", "spacing", "grammar"]),
        st.sampled_from([0.5, 0.8, 0.95]),
        st.integers(0, 10**6),
    ),
    max_size=25,
    unique_by=lambda p: p.id,
)


@settings(max_examples=EXPLORE or 300, derandomize=not EXPLORE, deadline=None, database=None)
@given(proposals)
def test_resolve_picks_what_a_scan_of_every_chosen_proposal_picks(found):
    assert [p.id for p in resolve(found).chosen] == [p.id for p in _naive(found)]
