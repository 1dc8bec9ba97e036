"""Grammar and spelling backends for the grammar pass (repair/passes/grammar.py).

- base.py: the Backend interface and the Finding every backend returns
- harper_backend.py: Harper through harper-py, in process (the default)
- languagetool_backend.py: LanguageTool through language-tool-python (server or local install)
- categories.py: rule categories -> proposal kinds, default-off rules, dialects
- settings.py: the [grammar] configuration
- lexicon.py: gazetteer words, so names are never "corrected"
- guard.py: which words of an article are names (never touched)
- ranking.py: a finding's suggestions ranked in context
- confidence.py: per-finding confidence from a trained model (finding_model.json)
- house_style.py: configured house style
"""

from __future__ import annotations

from collections.abc import Collection

from repair.grammar.base import Backend, Finding, Fix
from repair.grammar.settings import GrammarSettings

__all__ = ["Backend", "Finding", "Fix", "GrammarSettings", "make_backend"]


def make_backend(
    name: str, settings: GrammarSettings, lt_server: str | None = None, words: Collection[str] = ()
) -> Backend:
    """``words``: known spellings (the gazetteer's) a backend with a dictionary learns up front."""
    if name == "harper":
        from repair.grammar.harper_backend import HarperBackend

        return HarperBackend(settings, words)
    if name == "languagetool":
        from repair.grammar.languagetool_backend import LanguageToolBackend

        return LanguageToolBackend(settings, lt_server)
    from repair.errors import RepairError

    raise RepairError(f"unknown grammar backend {name!r}; known: harper, languagetool, none")
