"""The names pass: recognise the people, organisations, places and terms an article mentions,
and propose the canonical spelling of the ones translation mangled, with the evidence.

For each capitalised run (see repair.gazetteer.mentions) the pass asks the gazetteer for an
exact spelling first. A run it knows is a recognised name: protected from every other pass
and listed in the result's ``entities``. A run with a word nobody is called is a
suspect: the candidates come from the compiled index by sound key, from the names the same
article spells correctly, and from reference articles; each is scored on similarity and on
evidence (the canonical spelling elsewhere in the article is the strongest, then reference
articles, role words nearby, prominence). A token that is the valid name of someone else
is left alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from repair.config import Config
from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.references import learn_entries, reference_forms
from repair.kinds import Effect, with_effect
from repair.passes.context import PassContext, PassResult
from repair.passes.names.analysis import NameAnalysis, analyse
from repair.passes.names.scoring import score_candidate

__all__ = ["NameAnalysis", "NamesPass", "analyse", "score_candidate"]

# Text another pass removes (page chrome) or re-decodes (mojibake) is not a name (repair/kinds.py).
_NOT_NAMES = with_effect(Effect.REMOVES, Effect.REDECODES)


class NamesPass:
    name = "names"

    def __init__(self, config: Config | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.config = config or Config()
        self._gazetteer = gazetteer
        self._references: dict[str, tuple[list[Entry], dict[str, int]]] = {}

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load(self.config.gazetteers)
        return self._gazetteer

    def references(self, texts: Sequence[str]) -> tuple[list[Entry], dict[str, int]]:
        key = hashlib.sha1("\x00".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
        if key not in self._references:
            labelled = [(f"reference article {i + 1}", t) for i, t in enumerate(texts)]
            self._references[key] = (learn_entries(labelled, self.gazetteer), reference_forms(texts))
        return self._references[key]

    def run(self, doc: Document, context: PassContext) -> PassResult:
        ref_entries, ref_forms = self.references(context.references) if context.references else ([], {})
        blocked = [p.span for p in context.earlier if p.kind in _NOT_NAMES]
        result = analyse(doc, self.gazetteer, ref_entries, ref_forms, blocked=blocked)
        return PassResult(result.proposals, protected=result.protected, entities=result.entities)
