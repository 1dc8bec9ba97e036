"""One analysis of one article: load, segment, run every pass, score every sentence."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from repair.config import Config
from repair.document import Document
from repair.edits import Proposal, Span, dedupe_ids, merge_agreeing
from repair.grammar.base import Finding
from repair.kinds import may_touch_names
from repair.loading import Source, load_path
from repair.passes.context import Pass, PassContext, PassResult, PassRun, StreamingPass
from repair.scoring import SentenceScore, SentenceScorer, document_score
from repair.words import COMMONEST_WORDS

if TYPE_CHECKING:
    from repair.gazetteer.index import Gazetteer


@dataclass
class Analysis:
    source: Source
    doc: Document
    proposals: list[Proposal]
    scores: list[SentenceScore]
    context: PassContext  # the passes' combined results: protected names, recognised entities
    warnings: list[str] = field(default_factory=list)
    # The review app shows an article's analysis before it is complete: the paragraphs the
    # grammar checker has still to lint, and whether the sentences are scored yet.
    pending: int = 0
    scored: bool = True
    findings: list[dict] = field(default_factory=list)  # the grammar checker's, as the detector reads them

    @property
    def complete(self) -> bool:
        return self.pending == 0 and self.scored

    @property
    def text(self) -> str:
        return self.source.text

    def document_score(self) -> float:
        """How damaged the article looks, for filtering corpora: the mean score of its
        three worst sentences, page furniture left out (``repair.scoring.document_score``)."""
        return document_score(self.scores)


class Engine:
    """Holds the expensive, reusable parts (gazetteer index, grammar linter) across files."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._passes: list[Pass] | None = None
        self._references: list[str] | None = None
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        """The one loaded gazetteer (the shipped data, or ``REPAIR_GAZETTEER_DIR``'s, and
        the configured files) that every pass reads."""
        if self._gazetteer is None:
            from repair.gazetteer.index import Gazetteer

            self._gazetteer = Gazetteer.load(self.config.gazetteers)
        return self._gazetteer

    @property
    def passes(self) -> list[Pass]:
        if self._passes is None:
            self._passes = build_passes(self.config, gazetteer=self.gazetteer)
        return self._passes

    @property
    def references(self) -> list[str]:
        if self._references is None:
            self._references = [
                load_path(p, max_bytes=self.config.max_bytes).text for p in self.config.references
            ]
        return self._references

    def analyze_path(self, path: Path) -> Analysis:
        return self.analyze(load_path(path, max_bytes=self.config.max_bytes, encoding=self.config.encoding))

    def analyze(self, source: Source, *, scored: bool = True) -> Analysis:
        """``scored=False`` leaves out the sentence scores (a linter's output needs none)."""
        staged = self.stage(source)
        if staged.grammar is not None:
            units = staged.units
            staged.take(range(len(units)), staged.grammar.backend.check(source.text, units))
        return staged.analysis(scored=scored)

    def close(self) -> None:
        """Release what the engine started (the review app's engine ends its Harper worker)."""

    def stage(self, source: Source) -> StagedAnalysis:
        """The analysis before the grammar checker has run (it runs last and takes longest)."""
        return StagedAnalysis(self, source)

    def findings(self, staged: StagedAnalysis) -> Iterator[tuple[list[int], list[Finding]]]:
        """The grammar checker's findings for ``staged``, a group of paragraphs at a time
        from the top: (indexes into ``staged.units``, their findings). A backend's findings
        for a group are its own (``check`` lints Harper's groups, ``groups``, in one call
        each), so this is ``check`` on every group, piece by piece."""
        if staged.grammar is None:
            return
        from repair.grammar.harper_backend import group_indexes

        backend, text, units = staged.grammar.backend, staged.source.text, staged.units
        for indexes in group_indexes(text, units):
            yield indexes, backend.check(text, [units[i] for i in indexes])


class StagedAnalysis:
    """One article's analysis in two steps, so the review app can show proposals before the
    grammar checker is done: every pass but the grammar checker's findings at once, then
    those findings as they come (``take``). ``analysis()`` is the analysis so far; once
    every unit is taken it is exactly ``Engine.analyze``'s (which goes through here too)."""

    def __init__(self, engine: Engine, source: Source) -> None:
        self.source = source
        self.config = engine.config
        self.doc = doc = Document.from_text(source.text)
        self.context = context = PassContext(config=self.config, references=engine.references)
        self.warnings: list[str] = []
        self.grammar: PassRun | None = None
        self._findings: list[dict] = []
        proposals: list[Proposal] = []
        if not doc.word_count:
            self.warnings.append("no words in this file; nothing to repair")
        elif not looks_english(doc):
            self.warnings.append("the text does not look like English; nothing proposed")
        else:
            for stage in engine.passes:
                if isinstance(stage, StreamingPass):  # the grammar pass, always last: it streams
                    self.grammar = stage.begin(doc, context)
                    continue
                result = stage.run(doc, context)
                proposals.extend(absorb(context, result, self.config))
                self._findings.extend(result.findings)
        self._before_grammar = proposals
        self._taken: set[int] = set()
        self._scorer: SentenceScorer | None = None

    @property
    def units(self) -> list[Span]:
        """The paragraphs the grammar checker lints."""
        return self.grammar.units if self.grammar is not None else []

    @property
    def complete(self) -> bool:
        return len(self._taken) == len(self.units)

    def take(self, indexes: Iterable[int], findings: Iterable[Finding]) -> None:
        """The findings of the units at ``indexes``."""
        assert self.grammar is not None
        self.grammar.take(findings)
        self._taken.update(indexes)

    def analysis(self, *, scored: bool = True) -> Analysis:
        """The analysis so far; without ``scored``, with no sentence scores yet (the review
        app shows the proposals first: the detector costs a few tenths of a second)."""
        from repair.ignores import drop_ignored, hidden_notice  # "reject always, everywhere"

        context = self.context
        proposals = list(self._before_grammar)
        findings = list(self._findings)
        if self.grammar is not None:
            result = self.grammar.result()
            proposals.extend(p for p in result.proposals if self.config.wants(p.kind))
            findings.extend(result.findings)
            context.earlier = list(proposals)
        proposals = dedupe_ids(merge_agreeing(respect_protected(proposals, context)))
        proposals, hidden = drop_ignored(proposals, self.config.state_dir)
        warnings = [*self.warnings, *([hidden_notice(hidden)] if hidden else [])]
        scores: list[SentenceScore] = []
        if scored:
            if self._scorer is None or not self._scorer.reads(proposals):
                self._scorer = SentenceScorer(self.doc, proposals, context.entities)
            scores = self._scorer.scores(findings)
        pending = len(self.units) - len(self._taken)
        return Analysis(
            self.source, self.doc, proposals, scores, context, warnings, pending, scored, findings
        )


def absorb(context: PassContext, result: PassResult, config: Config) -> list[Proposal]:
    """One pass's result taken into the context the next pass reads; its wanted proposals.
    Only the pipeline combines results (and measurement code that replays it)."""
    context.protected.extend(result.protected)
    context.entities.extend(result.entities)
    wanted = [p for p in result.proposals if config.wants(p.kind)]
    context.earlier = [*context.earlier, *wanted]
    return wanted


def respect_protected(proposals: list[Proposal], context: PassContext) -> list[Proposal]:
    """Recognised names are off limits to every kind the table of kinds (repair/kinds.py)
    does not let touch them, whichever pass ran first."""
    if not context.protected:
        return proposals
    return [p for p in proposals if may_touch_names(p.kind) or not context.is_protected(p.span)]


def build_passes(config: Config, grammar_backend=None, gazetteer: Gazetteer | None = None) -> list[Pass]:
    """``grammar_backend``: the grammar pass's backend when not the configured one built
    here (the review app's Harper runs in a worker process). ``gazetteer``: the engine's
    loaded gazetteer, handed to every pass that reads one (default: loaded here, once)."""
    from repair.gazetteer.index import Gazetteer
    from repair.passes.cleanup import CleanupPass
    from repair.passes.grammar import GrammarPass
    from repair.passes.names import NamesPass

    if gazetteer is None:
        gazetteer = Gazetteer.load(config.gazetteers)
    passes: list[Pass] = [CleanupPass(), NamesPass(config, gazetteer=gazetteer)]
    if config.grammar != "none":
        # last: it needs the names pass's protected spans
        grammar = GrammarPass(config, backend=grammar_backend, gazetteer=gazetteer)
        passes.append(grammar)
        if hasattr(grammar.backend, "submit"):
            passes.insert(1, LintAhead(grammar.backend))  # after cleanup: chrome is known
    _freeze_startup()
    return passes


_FROZEN = False


def _freeze_startup() -> None:
    """Leave what the process has loaded so far (modules, the gazetteer, word tables) out of
    every later garbage collection, once a process. A full collection walks every tracked
    object; the names pass's allocations on a 10,000-word article set off two, which spent
    0.2 s of its 1.2 s walking these tables. They live as long as the process, so nothing
    is lost: frozen objects are still freed when their last reference goes (the review app
    freezes its analyses for the same reason, repair/tui/app.py)."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.collect()
        gc.freeze()


class LintAhead:
    """A stage between cleanup and names: starts the grammar checker on the paragraphs it
    will lint (they depend only on the chrome cleanup found), so that Harper, in a thread or
    a worker process, lints while the names pass runs. Proposes nothing; the grammar pass
    collects the findings when it asks for the same paragraphs (else lints its own)."""

    name = "grammar-ahead"

    def __init__(self, backend) -> None:
        self.backend = backend

    def run(self, doc: Document, context: PassContext) -> PassResult:
        from repair.passes.grammar import lint_units

        self.backend.submit(doc.text, lint_units(doc, context.earlier))
        return PassResult()


def looks_english(doc: Document) -> bool:
    """At least a third of the words are common English words (wordfreq's list)."""
    from wordfreq import zipf_frequency

    words = [t.text.lower() for t in doc.tokens if t.text.isalpha()][:400]
    if len(words) < 8:
        return True
    known = sum(1 for w in words if zipf_frequency(w, "en") >= 3.0)
    # French, German, Spanish... share many short words with English's frequency list, but
    # not its function words, which make a fifth or more of any English article
    function = sum(1 for w in words if w in COMMONEST_WORDS)
    return known >= len(words) / 3 and function >= 0.08 * len(words)
