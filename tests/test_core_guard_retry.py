"""Automatic mode hands an edit the safety guard blames back to review, and keeps the rest."""

from repair.config import Config
from repair.decide import decide
from repair.document import Document
from repair.edits import make_proposal
from repair.loading import load_bytes
from repair.passes.context import PassContext
from repair.pipeline import Analysis

TEXT = 'The leaders said "when Allies agree, we act together" on Tuesday. It cost $ 40 million.\n'


def analysis_with(proposals):
    source = load_bytes(TEXT.encode())
    return Analysis(source, Document.from_text(TEXT), proposals, [], PassContext(config=Config()))


def test_a_blamed_edit_goes_to_review_and_the_safe_ones_still_apply():
    start = TEXT.index("Allies")
    inside_quote = make_proposal(
        TEXT,
        start,
        start + 6,
        "allies",
        kind="grammar",
        rule="g.case",
        confidence=0.99,
        reason="capital inside a sentence",
    )
    dollar = TEXT.index("$ ")
    spacing = make_proposal(
        TEXT,
        dollar,
        dollar + 2,
        "$",
        kind="spacing",
        rule="spacing.currency",
        confidence=0.95,
        reason="space after a currency sign",
    )
    decisions, repaired, verdict = decide(analysis_with([inside_quote, spacing]), Config())
    assert verdict.ok
    assert set(decisions) == {spacing.id}
    assert repaired == TEXT.replace("$ 40", "$40")
