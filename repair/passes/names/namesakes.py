"""Namesakes: correct names of people the gazetteer does not list, that a listed person's name
is close to. A name followed by an apposition with "a" or "an" ("Andrew Duda, a baker in
Krakow,") is a person the reader is told about, not the listed one, who is introduced by role
("Andrzej Duda, the Polish president") or needs no introduction; a name written family first
whose given name is a name of its own ("Kang Kyung-hee", "Dong Junhui") is somebody else than
the listed person whose syllables it shares. The rules that would turn such a name into a
listed person's ask here."""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from repair.gazetteer.entries import Entry
from repair.gazetteer.keys import fold, name_pieces, sound_key
from repair.gazetteer.routes import FAMILY_FIRST
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


def syllables_of_its_own(words: list[str], written: str, entry: Entry, readings: list[str]) -> bool:
    """A full name written family first whose given name is a name of its own, not the listed
    person's come back mangled: a syllable more than theirs ("Dong Junhui" beside Dong Jun,
    "Cho Hyun-woo" beside Cho Hyun); or, in hyphenated syllables as a bearer writes them, one
    syllable as the person's forms (else readings) with that family word have it and another
    unlike every syllable they put there, and that no reading of the name has there either
    ("Kyung-hee" beside Kang Kyung-wha, "Seung-woo" beside Li Shangfu's Cantonese
    "Seung-fook"). A name mangled on its way keeps its syllables alike ("Jae-myun") or reads
    one the way another language does ("Seok-yue"); "Lijun" beside Lijian may be a slip of
    one letter."""
    if entry.country not in FAMILY_FIRST or len(words) < 2:
        return False
    mine = "".join(words[1:])
    for form in entry.forms:
        pieces = [w for w, _, _ in name_pieces(fold(form))]
        theirs = "".join(pieces[1:])
        if pieces[:1] == words[:1] and theirs and mine.startswith(theirs) and len(mine) - len(theirs) >= 2:
            return True
    if "-" not in written:
        return False
    places = _syllable_places(words, [fold(f) for f in entry.forms]) or _syllable_places(words, readings)
    if not places:
        return False
    # a syllable any reading of the name puts there is the person's, read another way ("Seok-yue"
    # for Suk Yeol: 悦 read as Pinyin does)
    heard = _syllable_places(words, readings, same_family=False) or [set() for _ in words]
    given = list(zip(words[1:], places[1:], heard[1:], strict=True))
    return any(w in place for w, place, _ in given) and any(
        place and w not in read and all(_syllables_unlike(w, theirs) for theirs in place)
        for w, place, read in given
    )


def _syllable_places(words: list[str], forms: list[str], same_family: bool = True) -> list[set[str]]:
    """The syllables ``forms`` of as many words (and the same family word) put at each place of
    ``words``; empty when none fits."""
    places: list[set[str]] = [set() for _ in words]
    for form in forms:
        pieces = [w for w, _, _ in name_pieces(form)]
        if len(pieces) == len(words) and (pieces[0] == words[0] or not same_family):
            for place, piece in zip(places, pieces, strict=True):
                place.add(piece)
    return places if places[0] else []


def _syllables_unlike(written: str, theirs: str) -> bool:
    """Two syllables no romanisation or slip makes of each other: under 0.6 of the letters
    shared, and not the same opening letter with the same sound ("hee" and "wha", "min" and
    "myung"; but "myun" and "myung", "yul" and "yeol" are alike)."""
    if Indel.normalized_similarity(written, theirs) >= 0.6:
        return False
    return not (written[:1] == theirs[:1] and sound_key(written) == sound_key(theirs))
