"""The cleanup pass: encodings, page chrome, broken paragraphs, spacing."""

from __future__ import annotations

from repair.document import Document
from repair.edits import Proposal
from repair.passes.chrome import chrome_proposals
from repair.passes.context import PassContext
from repair.passes.encoding import encoding_proposals
from repair.passes.spacing import spacing_proposals
from repair.passes.structure import structure_proposals


class CleanupPass:
    name = "cleanup"

    def run(self, doc: Document, context: PassContext) -> list[Proposal]:
        chrome = chrome_proposals(doc)
        return [
            *encoding_proposals(doc),
            *chrome,
            *structure_proposals(doc, [p.span for p in chrome]),
            *spacing_proposals(doc),
        ]
