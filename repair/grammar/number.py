"""A noun's number: the plural a counting word asks for, and a misspelling's own number.

A plural after "many", "those" or "several" is what English writes ("many subjects",
"those places"); so is a plural ending the writer typed ("probles" meant "problems", not
"problem"). The pass's quantifier rule and its choice among a misspelling's suggestions
both read the number here.
"""

from __future__ import annotations

from collections.abc import Sequence

from repair.grammar.ranking import Ranked
from repair.words import IRREGULAR_PLURALS

# A plural this common (wordfreq's Zipf scale) is a word, not a guess at one.
PLURAL_ZIPF = 3.0


def plural_of(word: str) -> str:
    """The regular plural of a lower-case noun (an irregular one for the few listed)."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def counted_plural(counts, quantifier: str, word: str) -> str | None:
    """The plural of ``word`` when English writes it after ``quantifier`` ("many
    subjects": wordsegment's pairs saw it) and never ``word`` as it is; None otherwise,
    and for a word that may already be plural or is too short to judge."""
    if not word.islower() or word.endswith("s") or len(word) < 3:
        return None
    plural = plural_of(word)
    if counts.zipf(plural) < PLURAL_ZIPF:
        return None
    now = counts.pair_association(quantifier, word)
    then = counts.pair_association(quantifier, plural)
    if now is None or then is None or now[1] or not then[1]:
        return None
    return plural


def _typed_plural(word: str) -> bool:
    """The writer typed a plural ending: -s, not -ss, -us or -is ("probles", not "clas")."""
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def number_kept(flagged: str, chosen: Ranked, options: Sequence[Ranked]) -> Ranked:
    """Among a misspelling's suggestions, the plural of ``chosen`` when the writer typed
    a plural ending and the checker offers it ("probles": "problems", not "problem");
    else ``chosen``."""
    word = chosen.fix.text
    if not _typed_plural(flagged) or not word.islower() or word.endswith("s"):
        return chosen
    plural = plural_of(word)
    return next((r for r in options if r.fix.text == plural), chosen)
