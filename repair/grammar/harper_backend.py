"""Harper (harper-py), in process: the default backend.

Building a ``harper.Linter`` takes about a second and a Linter is not thread-safe, so
each thread keeps one Linter per dialect and reuses it for every article. Each call to
Harper costs about a millisecond beyond its text, so runs of plain paragraphs are linted
in one call (``groups``). Harper lints without holding the GIL, so ``submit`` starts an
article's linting in a lint thread (with the submitting thread's Linter, which that thread
leaves alone until ``check`` collects the findings) while the names pass runs on another core.
"""

from __future__ import annotations

import bisect
import functools
import os
import queue
import re
import threading
from collections.abc import Collection, Sequence

import harper

from repair.edits import Span
from repair.errors import RepairError
from repair.grammar.base import Finding, Fix
from repair.grammar.categories import kind_for
from repair.grammar.settings import GrammarSettings
from repair.words import ABBREVIATED_TITLES, STOP_ABBREVIATIONS

_local = threading.local()


class _Slot:
    """One thread's Linter for one dialect, with the config and the words given to it."""

    def __init__(self, dialect: int) -> None:
        self.linter = harper.Linter(harper.Dialect(dialect))
        self.config: dict[str, bool | None] | None = None
        self.words: frozenset[str] = frozenset()
        self.ahead: _Ahead | None = None  # submitted to the lint thread, not collected yet
        self._jobs: queue.SimpleQueue[_Ahead] | None = None
        self._pid = 0  # the process that started the lint thread (a forked child has none)

    @property
    def threaded(self) -> bool:
        """Whether this slot lints in a thread of its own (since its first ``submit``)."""
        return self._jobs is not None and self._pid == os.getpid()

    def send(self, ahead: _Ahead) -> None:
        """Lint in the slot's thread: one thread for every article, since each thread builds
        Harper's spelling index (1-1.4 s) at its first unknown word."""
        if not self.threaded:
            self._jobs, self._pid = queue.SimpleQueue(), os.getpid()
            threading.Thread(target=_lint_jobs, args=(self._jobs,), name="repair-harper", daemon=True).start()
        assert self._jobs is not None
        self.ahead = ahead
        self._jobs.put(ahead)

    def settle(self) -> _Ahead | None:
        """What was submitted, linted: the Linter is free for this thread again."""
        ahead, self.ahead = self.ahead, None
        if ahead is None or not self.threaded:
            return None  # a forked child: the thread it was sent to is not in this process
        ahead.done.wait()
        return ahead


class _Ahead:
    """One article's units, to lint in the slot's thread (``HarperBackend.submit``)."""

    def __init__(
        self, backend: HarperBackend, linter: harper.Linter, text: str, units: Sequence[Span]
    ) -> None:
        self.backend, self.linter = backend, linter
        self.key = (text, tuple(units))
        self.found: list[Finding] = []
        self.error: BaseException | None = None
        self.done = threading.Event()

    def lint(self) -> None:
        try:
            self.found = self.backend._check(self.linter, *self.key)
        except BaseException as error:  # noqa: BLE001 - raised again where it is collected
            self.error = error
        finally:
            self.done.set()


def _lint_jobs(jobs: queue.SimpleQueue[_Ahead]) -> None:
    while True:
        jobs.get().lint()


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


@functools.cache
def default_rule_names() -> tuple[str, ...]:
    """The names of Harper's rules, in its order: asking Harper for its default lint config
    takes about 25 ms a time, once per backend built (each Engine, each review app, each
    test) for a table that is the same for the whole process."""
    return tuple(harper.get_default_lint_config())


class HarperBackend:
    name = "harper"

    def __init__(self, settings: GrammarSettings, words: Collection[str] = ()) -> None:
        """``words``: known spellings (the gazetteer's), taught to the Linter once."""
        self.dialect = settings.dialect.harper
        off, on = settings.backend_rules("harper")
        known = default_rule_names()
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
        slot.settle()
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
        slot.settle()
        new = _dictionary_forms(words) - slot.words
        if new:
            slot.linter.import_words(sorted(new))
            slot.words = slot.words | new

    def submit(self, text: str, units: Sequence[Span]) -> None:
        """Start linting ``units`` of ``text`` in this thread's lint thread; ``check`` with
        the same arguments (from this thread) collects the findings. Anything else this
        thread asks of the Linter first waits for it."""
        linter = self._ready()
        _slot(self.dialect).send(_Ahead(self, linter, text, units))

    def check(self, text: str, units: Sequence[Span]) -> list[Finding]:
        """The units' findings, sorted. Runs of plain paragraphs are linted in one call
        (``groups``); the review app lints the same groups. Once this thread has submitted,
        its lint thread lints every article (this thread never builds a spelling index)."""
        slot = _slot(self.dialect)
        ahead = slot.settle()
        if ahead is None or ahead.key != (text, tuple(units)):
            if not slot.threaded:
                return self._check(self._ready(), text, units)
            self.submit(text, units)
            ahead = slot.settle()
            assert ahead is not None
        if ahead.error is not None:
            raise ahead.error
        return ahead.found

    def _check(self, linter: harper.Linter, text: str, units: Sequence[Span]) -> list[Finding]:
        return sort_findings(
            [f for group in groups(text, units) for found in self._lint(linter, text, group) for f in found]
        )

    def lint_group(self, text: str, group: Sequence[Span]) -> list[list[Finding]]:
        """Each unit's findings, unsorted: the units of ``group`` (one of ``groups``) linted
        in one call, joined by a blank line (the review app lints groups in workers)."""
        return self._lint(self._ready(), text, group)

    def _lint(self, linter: harper.Linter, text: str, group: Sequence[Span]) -> list[list[Finding]]:
        starts = []  # where each unit starts in the joined text
        at = 0
        for unit in group:
            starts.append(at)
            at += unit.end - unit.start + len(JOINER)
        joined = JOINER.join(text[unit.start : unit.end] for unit in group)
        found: list[list[Finding]] = [[] for _ in group]
        for rule, lints in linter.organized_lints(joined, language="plaintext").items():
            for lint in lints:
                index = bisect.bisect_right(starts, lint.span.start) - 1
                unit, start = group[index], starts[index]
                if lint.span.end > start + unit.end - unit.start:
                    continue  # across two paragraphs (none seen): no paragraph's own
                found[index].append(_finding(lint, rule, unit.start - start))
        return found


# Each call to Harper costs about a millisecond beyond the text it lints (the paragraphs
# of a damaged copy of the benchmark corpus, 1,127 calls, took 6.5-7.0 s of CPU, the same
# text in 32 calls, an article each, 5.3-5.5 s), so runs of plain paragraphs, joined by a
# blank line, are linted in one call, up to this many words.
GROUP_WORDS = 400
JOINER = "\n\n"
# A plain paragraph gets the same findings joined to others as linted alone: it opens with
# a capital, a digit or an opening quote (Harper flags a lower-case opening in a text of
# more than one sentence only) and ends in a word, perhaps followed by a full stop,
# question or exclamation mark and a closing quote or bracket; not "Email *" (a space
# "at the end of the sentence" only at the end of a text), a word with a full stop inside
# ("7 a.m.": "a" wants "an" only there) or an abbreviation ("Dr."). Measured: on the
# benchmark corpus (seeds 3, 5, 11, 13, damaged and clean) joining changes none of 11,596
# findings, nor any of the tune pages' 300; on three seeds of every damage kind one of
# 8,597 is new, a doubled "in in" in a paragraph of one long sentence, which Harper flags
# only after another paragraph.
_PLAIN_START = re.compile(r"[A-Z0-9\"“‘(]")
_PLAIN_END = re.compile(r"(?<![.\w])(\w+)(?:[.!?][\"”’)]?)?$")
_ABBREVIATIONS = ABBREVIATED_TITLES | STOP_ABBREVIATIONS


def _plain(chunk: str) -> bool:
    end = _PLAIN_END.search(chunk)
    return (
        bool(_PLAIN_START.match(chunk))
        and end is not None
        and len(end.group(1)) > 1
        and end.group(1).lower() not in _ABBREVIATIONS
    )


def groups(text: str, units: Sequence[Span], words: int | None = None) -> list[list[Span]]:
    """``units`` in order, in groups to lint in one call: runs of plain paragraphs
    (``_plain``) of up to ``words`` words (default GROUP_WORDS); every other unit alone."""
    words = GROUP_WORDS if words is None else words
    result: list[list[Span]] = []
    count = 0
    joinable = False  # whether the last group takes more
    for unit in units:
        chunk = text[unit.start : unit.end]
        plain = _plain(chunk)
        size = len(chunk.split())
        if plain and joinable and count + size <= words:
            result[-1].append(unit)
            count += size
        else:
            result.append([unit])
            count = size
            joinable = plain
    return result


def group_indexes(text: str, units: Sequence[Span]) -> list[list[int]]:
    """``groups`` as indexes into ``units``: how the engine and the review app's worker
    hand the groups out and say which paragraphs each one's findings belong to."""
    result: list[list[int]] = []
    at = 0
    for group in groups(text, units):
        result.append(list(range(at, at + len(group))))
        at += len(group)
    return result


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
