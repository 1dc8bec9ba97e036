"""The one table of proposal kinds: what each kind may do, and how sure it must be to be automatic.

Every part of repair that treats kinds differently reads this table: the edit engine
(which proposal wins an overlap), the settings (default automatic thresholds), the
pipeline (which kinds may change text inside a recognised name), the safety guard (which
kinds may change protected facts, and which removals do not count as changed words), the
passes (which earlier proposals leave no text worth checking), the review app's filters
and the benches. A new kind is one row here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Effect(StrEnum):
    """What applying a proposal of the kind does to the text under it."""

    REMOVES = "removes"  # takes text out of the article (page chrome): it was never the story
    REDECODES = "redecodes"  # the text under it is mojibake: the characters meant are others
    REWRITES = "rewrites"  # replaces words or line breaks (a name's spelling, a joined paragraph)
    TOUCHES_UP = "touches up"  # small fixes inside sentences: spacing, grammar, spelling, style


# The facts the safety guard protects (repair.safety.FACTS computes them).
FACTS = ("number", "currency amount", "date", "negation", "quotation")


@dataclass(frozen=True)
class Kind:
    name: str
    priority: int  # when proposals overlap the lower number wins; confidence breaks ties
    threshold: float  # default automatic threshold (above 1: never automatic)
    made_by: str  # the pass that proposes it ("reviewer" for manual edits)
    effect: Effect
    touches_names: bool  # may change text inside a name the names pass recognised
    touches_facts: frozenset[str] = frozenset()  # protected facts it may change


_ALL_FACTS = frozenset(FACTS)

# Why each row says what it says:
# - manual is the reviewer's own text: it beats everything and may touch anything.
# - chrome removes whole lines that are not the article, names and facts with them.
# - encoding turns mojibake back into the characters meant ("â‚¬40" -> "€40").
# - name is the names pass's own fix; a recognised name may be corrected inside a quote.
# - structure only joins lines, which changes no fact once spaces are ignored (the guard
#   compares facts without spaces), but it does cross names broken over two lines.
# - style includes the house-style spellings of names ("Kiev" -> "Kyiv"), which exist to
#   change a recognised name; style is never automatic.
# - the grammar checker's kinds never touch names: the names pass knows them better.
# - quotes moves a quotation mark across its space or turns it to close ("as before,
#   “Santos said." -> "as before,” Santos said."): that changes which words a quotation
#   holds, never the words, so it alone of the touch-up kinds may change a quotation.
# - wording replaces a fixed phrase that rewriting software or machine translation damaged
#   the same way everywhere ("the White Home", "new crown pneumonia") with the one phrase
#   it stood for (repair/data/phrases/): the phrase is often an institution's name, which
#   the names pass may have recognised in its damaged form ("Corona"), so it may touch names;
#   and the phrase meant may hold a number the damaged one lacks ("COVID-19", "this 12
#   months" for "this year"), which only the table's rows put there.
# Thresholds favour precision; the grammar checker's confidences are per finding, the
# probability that its fix is right (repair/grammar/confidence.py), and must reach these.
TABLE: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("encoding", 1, 0.85, "cleanup", Effect.REDECODES, True, _ALL_FACTS),
        Kind("chrome", 2, 0.75, "cleanup", Effect.REMOVES, True, _ALL_FACTS),
        Kind("structure", 4, 0.8, "cleanup", Effect.REWRITES, True),
        Kind("spacing", 5, 0.8, "cleanup", Effect.TOUCHES_UP, False),
        Kind("quotes", 10, 0.85, "cleanup", Effect.TOUCHES_UP, False, frozenset({"quotation"})),
        Kind("wording", 11, 0.85, "cleanup", Effect.REWRITES, True, frozenset({"number"})),
        Kind("name", 3, 0.9, "names", Effect.REWRITES, True, frozenset({"quotation"})),
        Kind("grammar", 7, 0.85, "grammar", Effect.TOUCHES_UP, False),
        Kind("spelling", 8, 0.85, "grammar", Effect.TOUCHES_UP, False),
        Kind("punctuation", 6, 0.8, "grammar", Effect.TOUCHES_UP, False),
        Kind("style", 9, 1.01, "grammar", Effect.TOUCHES_UP, True),
        Kind("manual", 0, 0.0, "reviewer", Effect.REWRITES, True, _ALL_FACTS),
    )
}

KINDS: tuple[str, ...] = tuple(TABLE)


def priority(kind: str) -> int:
    return TABLE[kind].priority


def default_thresholds() -> dict[str, float]:
    return {name: kind.threshold for name, kind in TABLE.items()}


def made_by(producer: str) -> frozenset[str]:
    """The kinds a pass ("cleanup", "names", "grammar") proposes."""
    return frozenset(name for name, kind in TABLE.items() if kind.made_by == producer)


def with_effect(*effects: Effect) -> frozenset[str]:
    return frozenset(name for name, kind in TABLE.items() if kind.effect in effects)


def may_touch_names(kind: str) -> bool:
    return TABLE[kind].touches_names


def may_touch_fact(kind: str, fact: str) -> bool:
    """``kind`` "unknown" (a change no proposal explains) may touch no fact."""
    row = TABLE.get(kind)
    return row is not None and fact in row.touches_facts
