"""repair as datatrove pipeline steps: repair each document's text, and drop the ones that
still look garbled.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from repair.adapters.datatrove import RepairFormatter, GarbleFilter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("news/"),
        RepairFormatter(),                # confident fixes, through the safety guard
        GarbleFilter(max_score=0.3),      # drop documents with 30%+ damaged sentences
        JsonlWriter("clean/"),
    ], tasks=8).run()

Why datatrove (rather than NeMo Curator's filters): it is pure Python and CPU-only, installs
in seconds, and its steps are plain generators over `Document(text, id, metadata)` that
run the same on a laptop, a process pool or Slurm, which is the shape of repair's
per-document function. Its formatter and filter roles are repair's two jobs. NeMo
Curator's stack (Ray, and RAPIDS for its GPU stages) is heavy for a step that needs none.

Each step builds its `Engine` on its first document, in the process that runs it (steps
are pickled to datatrove's workers, an Engine is not). Outcomes go into
``doc.metadata`` (``repair_status``, ``repair_applied``, ``repair_score``) and datatrove's
stats (repaired, unchanged, refused, error; dropped_garbled).
"""

from __future__ import annotations

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter


class _WithEngine:
    """An Engine built on first use in the process that runs the step, never pickled."""

    settings: dict
    _engine = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_engine": None}

    @property
    def engine(self):
        if self._engine is None:
            from repair.api import Engine

            self._engine = Engine(**self.settings)
        return self._engine


class RepairFormatter(_WithEngine, PipelineStep):
    """Apply repair's confident fixes to each document's text (as `repair fix`)."""

    name = "🩹 repair"
    type = "✂️ - FORMAT"

    def __init__(self, **settings) -> None:
        """``settings``: as `repair.Engine` (grammar, gazetteers, references, only, ...)."""
        super().__init__()
        self.settings = settings

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                result = self.engine.fix(doc.text)
            doc.text = result["text"]
            doc.metadata["repair_status"] = result["status"]
            doc.metadata["repair_applied"] = result["applied"]
            self.stat_update(result["status"])
            yield doc


class GarbleFilter(_WithEngine, BaseFilter):
    """Keep documents whose garble score (the share of sentences more likely damaged than
    not) is below ``max_score``; record the score in ``doc.metadata["repair_score"]``."""

    name = "🩺 repair garble score"

    def __init__(self, max_score: float = 0.3, exclusion_writer=None, **settings) -> None:
        super().__init__(exclusion_writer)
        if not 0.0 <= max_score <= 1.0:
            raise ValueError("max_score must be between 0 and 1")
        self.max_score = max_score
        self.settings = settings

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        score = self.engine.score(doc.text)["score"]
        doc.metadata["repair_score"] = score
        return True if score < self.max_score else (False, "garbled")
