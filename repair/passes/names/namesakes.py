"""Somebody the article introduces: a name followed by an apposition with "a" or "an" ("Andrew
Duda, a baker in Krakow,") is a person the reader is told about, not the listed one; the
listed one is introduced by role ("Andrzej Duda, the Polish president") or needs no
introduction. Every rule that would turn such a name into a listed person's asks here."""

from __future__ import annotations

import re

from repair.gazetteer.entries import Entry
from repair.gazetteer.keys import fold
from repair.words import DEMONYMS, ROLE_FILLER_WORDS

# ", a" or ", an" right after a name: the article introduces someone it has to describe
_INTRODUCED = re.compile(r",[ \t]+an?[ \t]+((?:[\w'’-]+[ \t]*){1,6})")


def introduced(text: str, end: int, entry: Entry) -> bool:
    """An apposition with "a" or "an" right after the name, none of whose first words is a
    word of the person's roles other than a nationality: the article describes an unknown
    person ("Jose Borrell, a Spanish cyclist"), not the listed one ("Joseph Borrell, a former
    Spanish foreign minister")."""
    match = _INTRODUCED.match(text, end)
    if match is None:
        return False
    role_words = {w for role in entry.roles for w in fold(role).split()} - ROLE_FILLER_WORDS - DEMONYMS
    return not set(fold(match.group(1)).split()) & role_words
