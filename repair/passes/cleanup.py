"""The cleanup pass: encodings, page chrome, broken paragraphs, spacing, damaged fixed phrases,
leftover fragments of a translation."""

from __future__ import annotations

import bisect

from repair.document import Document
from repair.edits import Span
from repair.passes.chrome import chrome_proposals
from repair.passes.context import PassContext, PassResult
from repair.passes.encoding import encoding_proposals, entity_proposals
from repair.passes.fragments import fragment_proposals
from repair.passes.phrases import phrase_proposals
from repair.passes.spacing import spacing_proposals
from repair.passes.stray_quotes import stray_quote_proposals
from repair.passes.structure import structure_proposals


class CleanupPass:
    name = "cleanup"

    def run(self, doc: Document, context: PassContext) -> PassResult:
        chrome = chrome_proposals(doc)
        # mojibake inside chrome that goes anyway is not fixed: the fix would outrank the
        # removal, and the next run would remove the fixed line (fix would not be idempotent)
        sure = context.config.thresholds.get("chrome", 1.01)
        removed = sorted(p.span for p in chrome if p.confidence >= sure)
        starts = [r.start for r in removed]
        encoding = [
            p
            for p in [*encoding_proposals(doc), *entity_proposals(doc)]
            if not _inside(p.span, removed, starts)
        ]
        spacing = spacing_proposals(doc)
        # paragraphs are joined as the fixes at their edges leave them (mojibake, a word
        # doubled across the break), so a second run judges them the same
        doubled = [p for p in spacing if p.rule == "spacing.doubled-word"]
        return PassResult(
            [
                *encoding,
                *chrome,
                *structure_proposals(doc, [p.span for p in chrome], [*encoding, *doubled]),
                *spacing,
                *phrase_proposals(doc),
                *fragment_proposals(doc),
                *stray_quote_proposals(doc),
            ]
        )


def _inside(span: Span, removed: list[Span], starts: list[int]) -> bool:
    """Whether ``span`` lies within one of ``removed`` (sorted, not overlapping)."""
    index = bisect.bisect_right(starts, span.start) - 1
    return index >= 0 and span.end <= removed[index].end
