"""Undoable steps of a review, each carrying its own side effects.

A step is the decisions it changes (proposal, decision before, decision after) plus the
effects outside the article that go with them: an "always" decision writes a rule, an
ignore or a gazetteer row, and undoing the step takes that back. The Session runs the
effects forwards on do and redo and backwards on undo, so no caller has to know which
step wrote what.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from repair.edits import Decision, Proposal
from repair.ignores import AlwaysRule, RuleStore, forget_variant, record_variant, store_for


class Effect(Protocol):
    def apply(self) -> None: ...

    def revert(self) -> None: ...


@dataclass
class Step:
    """One undoable action: (proposal, decision before, decision after) for each proposal,
    and the effects that go with it."""

    label: str
    changes: list[tuple[Proposal, Decision | None, Decision | None]] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)


@dataclass
class AddRule:
    """An "always" rule of the article's or the batch's scope."""

    store: RuleStore
    rule: AlwaysRule

    def apply(self) -> None:
        self.store.add(self.rule)

    def revert(self) -> None:
        self.store.remove(self.rule)


@dataclass
class IgnoreEverywhere:
    """Reject always, for every article: the change in these words is never proposed again."""

    user_dir: Path
    proposal: Proposal
    text: str

    def apply(self) -> None:
        store_for(self.user_dir).add(self.proposal, self.text)

    def revert(self) -> None:
        store_for(self.user_dir).remove(self.proposal.id)


@dataclass
class NameEverywhere:
    """Accept always, for every article (names): the spelling becomes a variant of the
    canonical name in the user's gazetteer."""

    gazetteer: Path
    proposal: Proposal
    known: Iterable[Path] = ()

    def apply(self) -> None:
        record_variant(self.proposal, self.gazetteer, list(self.known))

    def revert(self) -> None:
        forget_variant(self.proposal, self.gazetteer)
