"""Harper (harper-py), in process: the default backend.

Building a ``harper.Linter`` takes about a second and a Linter is not thread-safe, so
each thread keeps one Linter per dialect and reuses it for every article. Harper's cost
grows faster than the length of the text, so it lints one paragraph at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence

import harper

from repair.edits import Span
from repair.errors import RepairError
from repair.grammar.base import Finding, Fix
from repair.grammar.categories import kind_for
from repair.grammar.settings import GrammarSettings

_local = threading.local()


class _Slot:
    """One thread's Linter for one dialect, with the config and the words given to it."""

    def __init__(self, dialect: int) -> None:
        self.linter = harper.Linter(harper.Dialect(dialect))
        self.config: dict[str, bool | None] | None = None
        self.words: frozenset[str] = frozenset()


def _slot(dialect: int) -> _Slot:
    slots = getattr(_local, "slots", None)
    if slots is None:
        slots = _local.slots = {}
    if dialect not in slots:
        slots[dialect] = _Slot(dialect)
    return slots[dialect]


def _dictionary_forms(words: Collection[str]) -> frozenset[str]:
    """Harper checks possessives as whole words: teach "Kishida's" with "Kishida"."""
    forms = set()
    for word in words:
        forms.update((word, f"{word}'s", f"{word}’s"))
    return frozenset(forms)


class HarperBackend:
    name = "harper"

    def __init__(self, settings: GrammarSettings, words: Collection[str] = ()) -> None:
        """``words``: known spellings (the gazetteer's), taught to the Linter once."""
        self.dialect = settings.dialect.harper
        off, on = settings.backend_rules("harper")
        known = harper.get_default_lint_config()
        unknown = sorted(
            r
            for r in settings.disabled_rules | settings.enabled_rules
            if r.startswith("harper.") and r[len("harper.") :] not in known
        )
        if unknown:
            raise RepairError(f"unknown Harper rule(s): {', '.join(unknown)}")
        config: dict[str, bool | None] = {rule: None for rule in known}
        config.update({rule: False for rule in off if rule in known})
        config.update({rule: True for rule in on if rule in known})
        self.lint_config = config
        self._teach(_slot(self.dialect), words)  # build the Linter now, not in the first article

    def _ready(self) -> harper.Linter:
        slot = _slot(self.dialect)
        if slot.config is not self.lint_config:  # per paragraph: identity, not 900 keys compared
            slot.linter.set_lint_config(self.lint_config)
            slot.config = self.lint_config
        return slot.linter

    @staticmethod
    def _teach(slot: _Slot, words: Collection[str]) -> None:
        """Add the gazetteer's words to the Linter's dictionary, once per process.

        Never per article: a word taught for one article would change the lints of every
        later article in the same process, so the output would depend on which articles a
        worker happened to see before (and differ between --jobs 1 and --jobs 2). The
        grammar pass drops dictionary lints on the article's own names itself."""
        new = _dictionary_forms(words) - slot.words
        if new:
            slot.linter.import_words(sorted(new))
            slot.words = slot.words | new

    def check(self, text: str, units: Sequence[Span]) -> list[Finding]:
        return sort_findings([finding for unit in units for finding in self.lint_unit(text, unit)])

    def lint_unit(self, text: str, unit: Span) -> list[Finding]:
        """One paragraph's findings, unsorted (the review app lints paragraphs in workers)."""
        findings = []
        chunk = text[unit.start : unit.end]
        for rule, lints in self._ready().organized_lints(chunk, language="plaintext").items():
            for lint in lints:
                findings.append(_finding(lint, rule, unit.start))
        return findings


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """The paragraphs' findings, in paragraph order, sorted by place (stable)."""
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


def _finding(lint: harper.Lint, rule: str, offset: int) -> Finding:
    start, end = offset + lint.span.start, offset + lint.span.end
    fixes = []
    for suggestion in lint.suggestions:
        if suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
            fixes.append(Fix(end, end, suggestion.replacement_text))
        elif suggestion.kind == harper.SuggestionKind.REMOVE:
            fixes.append(Fix(start, end, ""))
        else:
            fixes.append(Fix(start, end, suggestion.replacement_text))
    return Finding(
        start=start,
        end=end,
        rule=f"harper.{rule}",
        category=lint.lint_kind,
        kind=kind_for("harper", lint.lint_kind, rule=f"harper.{rule}"),
        message=lint.message,
        fixes=tuple(fixes),
    )
