"""One analysis of one article: load, segment, run every pass, score every sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from repair.config import Config
from repair.document import Document
from repair.edits import Proposal, dedupe_ids, merge_agreeing
from repair.loading import Source, load_path
from repair.passes.context import Pass, PassContext
from repair.scoring import SentenceScore, score_sentences


@dataclass
class Analysis:
    source: Source
    doc: Document
    proposals: list[Proposal]
    scores: list[SentenceScore]
    context: PassContext
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.source.text

    def document_score(self) -> float:
        """The share of sentences more likely damaged than not (for filtering corpora)."""
        if not self.scores:
            return 0.0
        return sum(1 for s in self.scores if s.score >= 0.5) / len(self.scores)


class Engine:
    """Holds the expensive, reusable parts (gazetteer index, grammar linter) across files."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._passes: list[Pass] | None = None
        self._references: list[str] | None = None

    @property
    def passes(self) -> list[Pass]:
        if self._passes is None:
            self._passes = build_passes(self.config)
        return self._passes

    @property
    def references(self) -> list[str]:
        if self._references is None:
            self._references = [
                load_path(p, max_bytes=self.config.max_bytes).text for p in self.config.references
            ]
        return self._references

    def analyze_path(self, path: Path) -> Analysis:
        return self.analyze(load_path(path, max_bytes=self.config.max_bytes))

    def analyze(self, source: Source) -> Analysis:
        doc = Document.from_text(source.text)
        context = PassContext(config=self.config, references=self.references)
        warnings = []
        proposals: list[Proposal] = []
        if not doc.word_count:
            warnings.append("no words in this file; nothing to repair")
        elif not looks_english(doc):
            warnings.append("the text does not look like English; nothing proposed")
        else:
            for stage in self.passes:
                found = [p for p in stage.run(doc, context) if self.config.wants(p.kind)]
                proposals.extend(found)
                context.earlier = list(proposals)
        proposals = dedupe_ids(merge_agreeing(respect_protected(proposals, context)))
        from repair.ignores import drop_ignored  # the reviewer's "reject always"

        proposals = drop_ignored(proposals, self.config.state_dir)
        scores = score_sentences(doc, proposals, context)
        return Analysis(source, doc, proposals, scores, context, warnings)


# Kinds that may change text inside a recognised name: removing chrome or mojibake around
# it, rejoining a broken paragraph, or the names pass's own fix.
_MAY_TOUCH_NAMES = frozenset({"name", "chrome", "encoding", "structure", "manual"})


def respect_protected(proposals: list[Proposal], context: PassContext) -> list[Proposal]:
    """Recognised names are off limits to every other pass, whichever ran first."""
    if not context.protected:
        return proposals
    return [p for p in proposals if p.kind in _MAY_TOUCH_NAMES or not context.is_protected(p.span)]


def build_passes(config: Config, grammar_backend=None) -> list[Pass]:
    """``grammar_backend``: the grammar pass's backend when not the configured one built
    here (the review app's Harper runs in a worker process)."""
    from repair.passes.cleanup import CleanupPass
    from repair.passes.grammar import GrammarPass
    from repair.passes.names import NamesPass

    passes: list[Pass] = [CleanupPass(), NamesPass(config)]
    if config.grammar != "none":
        # last: it needs the names pass's protected spans
        passes.append(GrammarPass(config, backend=grammar_backend))
    return passes


def looks_english(doc: Document) -> bool:
    """At least a third of the words are common English words (wordfreq's list)."""
    from wordfreq import zipf_frequency

    words = [t.text.lower() for t in doc.tokens if t.text.isalpha()][:400]
    if len(words) < 8:
        return True
    known = sum(1 for w in words if zipf_frequency(w, "en") >= 3.0)
    # French, German, Spanish... share many short words with English's frequency list, but
    # not its function words, which make a fifth or more of any English article
    function = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS)
    return known >= len(words) / 3 and function >= 0.08 * len(words)


_FUNCTION_WORDS = (
    "the of and to in is was for on that with as by at it from he she said has have be are "
    "were will an this not but his her their they who"
)
_ENGLISH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
