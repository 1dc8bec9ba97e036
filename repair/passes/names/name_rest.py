"""A mention that is only the first part of a longer name: the words after a spaced dash.

A reading of a double-barrelled name comes back from Chinese in two halves joined by a spaced
dash ("Kai Lei - Tsu Te Erh", 凯勒-祖特尔, Karin Keller-Sutter). When the pass takes the first
half alone as a mention, its letters can read as somebody else exactly ("Kai Lei" is 盖莱,
Djibouti's Guelleh), and nothing in the half says the name goes on. So a link whose mention is
followed by a spaced dash and more capitalised words that are no listed name, place or body as
written is for review: the person may be the one whose name the whole run is. A dash before a
separate name ("Mr Macron - Moscow said", "the Kishida - Yoon summit"), a title, a nationality,
a possessive or a function word ("Mr Guelleh - The president said") says nothing of the kind.
"""

from __future__ import annotations

import re

from repair.gazetteer.index import ALIAS, CANONICAL, Gazetteer
from repair.gazetteer.keys import fold
from repair.words import DEMONYMS, FUNCTION_WORDS, TITLE_WORDS

# a spaced dash, then one to four capitalised words (no possessive: "Japan's" is no name part)
_REST = re.compile(r"[ \t]+[-‐–—][ \t]+((?:[A-Z][\w’']*[ \t]+){0,3}[A-Z][\w’']*)(?![\w’'])")


def rest_of_name(text: str, end: int, gazetteer: Gazetteer) -> str:
    """The capitalised words after a spaced dash right after ``end`` when they look like the
    rest of the mention's name; "" when there are none or they are a name of their own."""
    match = _REST.match(text, end)
    if match is None:
        return ""
    words = match.group(1).split()
    first = fold(words[0])
    if first in FUNCTION_WORDS or first in TITLE_WORDS or first in DEMONYMS or re.search("['’]s$", words[0]):
        return ""
    run = " ".join(fold(w) for w in words)
    hits = gazetteer.exact(run)
    if len(words) == 1 and hits:
        return ""  # "Moscow", "Yoon": a place or another family name of its own
    if any(kind in (CANONICAL, ALIAS) for _, kind in hits):
        return ""  # "Yoon Suk Yeol": a whole listed name
    return match.group(1)
