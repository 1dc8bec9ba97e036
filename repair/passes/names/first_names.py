"""Another first name before a person's exact surname, the person told by the role beside the
name ("U.S. President Josef Biden"): the listed first name, for review; automatic when the
role is the person's whole listed phrase, just before the name, and the written first name
is a respelling of theirs (``first_names_by_role``)."""

from __future__ import annotations

import dataclasses
import re

from rapidfuzz.distance import Indel

from repair.edits import make_proposal
from repair.gazetteer.index import ALIAS, CANONICAL, NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold, sound_key
from repair.gazetteer.mentions import words_of
from repair.passes.names.article import name_pieces_words
from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.entities import FAMILY_FIRST, family_of, given_alike, given_of
from repair.passes.names.namesakes import introduced
from repair.words import ROLE_FILLER_WORDS

# the person's listed role stands just before the name: review (first_names_by_role makes the
# respelled ones automatic, "Andrei" before Duda too, somebody else's first name); the
# rule's proposals on simulator seeds 3, 5 and 11-14 were right 61 times in 62 (the one wrong:
# "Antoine" became "António" where the key has "Antonio"), none on the clean originals
ROLE_BESIDE = 0.8
# a first name respelled (half the letters shared) before the person's exact family
# name, with the person's whole listed role phrase just before it ("Czech Prime Minister Peter
# Fiala"): automatic, whichever rule proposed it. On simulator seeds 3, 5, 7 and 19-24 every
# proposal of this shape was right, 59 of 59 in review and 183 of 183 already automatic
# (none on the clean originals; the tune half has none); the ones outside it (a Chinese or
# Korean family name first, another romanisation) are not of this shape
RESPELLED_BY_ROLE = 0.92
# the first name sounds as the person's does ("Carl", Karl; "Claus", Klaus), the family name is
# theirs as written, and a role of theirs stands just before, one word enough ("the chancellor,
# Carl Nehammer"): automatic
SAID_ALIKE = 0.92
# the same without any role beside ("Simon Holownia" for Szymon Hołownia): a namesake is
# possible, so for review
ALIKE_ALONE = 0.75
# letters a written first name shares with the person's (Indel) to be a respelling of it, where
# the person is the only one the gazetteer lists with the family name ("Joseph", Josep: 0.91;
# "Oleg", Olaf: 0.5, another man)
SPELLED_ALIKE = 0.8
_NOT_RESPELLINGS = frozenset({"name.romanisation", "name.translated", "name.heard-as-word"})


def other_first_names(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    """A run of two words or more whose words after the first are a listed person's name as it
    stands (surname and any middle words), and whose first word is not that person's: when the
    person's listed role (two words or more) stands just before the run, and exactly one person
    fits, the first word becomes the person's, for review.
    Without the role, the article's own spelling of the person is no evidence: "His neighbour
    Oleg Scholz" beside Olaf Scholz is a namesake. Western order only (a family-first name's
    first word is the surname), and never for a run another entry is called as a whole (Jill
    Biden is not Joe), nor where another rule proposed another change as surely."""
    text = article.doc.text
    found = [(reading, _fits(reading, text, gazetteer)) for reading in article.readings]
    # the same run with a role beside it elsewhere ("Simon Holownia" twice, once after "Speaker")
    roled = {
        " ".join(r.mention.folded) for r, fits in found if len(fits) == 1 and next(iter(fits.values()))[2]
    }
    for reading, fits in found:
        m = reading.mention
        first = m.words[0]
        if len(fits) != 1:
            continue
        entry, form, role = next(iter(fits.values()))
        replacement = article.spell_like_article(form.split()[0])
        if not given_alike(fold(first.text), fold(replacement)):
            continue  # another person of the family or the office: "Prime Minister Pierre Trudeau"
        # the first name said as theirs ("Carl", Karl), the family name as written, their role
        same_sound = _said_alike(fold(first.text), fold(replacement))
        if role:
            confidence = SAID_ALIKE if same_sound else ROLE_BESIDE
        else:
            confidence = SAID_ALIKE if " ".join(m.folded) in roled else ALIKE_ALONE
        if len(name_pieces_words(form)) > len(m.folded):
            confidence = min(confidence, ROLE_BESIDE)  # a middle name left out: review
        own = {fold(f.split()[0]) for f in entry.forms}
        overlapping = [
            p
            for p in result.proposals
            if p.kind in ("name", "style") and p.span.start < m.end and m.start < p.span.end
        ]
        if overlapping and not role and confidence == ALIKE_ALONE:
            continue  # only the sound says so: another rule's guess, which the model may raise, stands
        if not role and introduced(text, m.end, entry):
            continue  # "Jose Borrell, a Spanish cyclist,": the article introduces a namesake
        # another rule's guess stands, as sure or surer, unless it is only another of this
        # person's first names ("Josef" -> "Joseph", an alias, where the role says Joe Biden)
        if fold(replacement) == fold(first.text) or any(
            p.confidence >= confidence and (fold(p.replacement) not in own or p.replacement == replacement)
            for p in overlapping
        ):
            continue
        # a weaker guess gives way (of another name, or this one less sure); another of this
        # person's first names stays beside (the surer of the two is applied)
        result.proposals[:] = [
            p
            for p in result.proposals
            if p not in overlapping or (fold(p.replacement) in own and p.replacement != replacement)
        ]
        result.proposals.append(
            make_proposal(
                text,
                first.start,
                first.end,
                replacement,
                kind="name",
                rule="name.role",
                confidence=confidence,
                reason=f"{first.text!r} is not the first name of {entry.canonical}, whose surname follows",
                evidence=[
                    f"the role {role!r} stands before it, and the gazetteer lists {entry.canonical} with it"
                    if role
                    else f"{first.text!r} is said as {replacement!r} is, before the family name as written",
                    f"gazetteer: {entry.describe()}",
                ],
            )
        )


def _fits(reading, text: str, gazetteer: Gazetteer) -> dict:
    """The people whose name the run is but for its first word, by canonical form: (entry, the
    form, the role phrase or word before the run, "" when the first names only sound alike)."""
    m = reading.mention
    words = m.folded
    fits: dict = {}
    if len(m.words) < 2 or len(words) < 2:
        return fits
    if any(kind in (CANONICAL, ALIAS) for _, kind in gazetteer.exact(" ".join(words))):
        return fits  # somebody's own name or alias, as written
    first = m.words[0]
    if not first.text[:1].isupper() or len(fold(first.text).split()) != 1:
        return fits
    # the words before the name, not only its title words, which stop at "of" ("State")
    before = words_of(text, m.sentence_start, m.start)[-6:]
    title = _initials(" " + " ".join(fold(w.text) for w in before))
    bearers = [
        e
        for e, k in gazetteer.exact(words[-1])
        if k == NAME_WORD and e.type == "person" and family_of(e) == words[-1:]
    ]
    for entry in bearers:
        if entry.country in FAMILY_FIRST:
            continue
        for form in entry.forms:
            theirs = name_pieces_words(form)
            if len(words) == 2 < len(theirs):  # "Redzhep Erdogan": the middle name left out
                theirs = [theirs[0], theirs[-1]]
            if len(theirs) != len(words) or theirs[1:] != words[1:] or theirs[0] == words[0]:
                continue
            role = next(
                (
                    r
                    for r in sorted(entry.roles, key=len, reverse=True)
                    if len(fold(r).split()) >= 2 and title.endswith(_initials(" " + fold(r)))
                ),
                "",
            )
            # or spelled nearly as theirs ("Joseph" for Josep), where no one else the gazetteer
            # lists bears the family name
            said_alike = _said_alike(words[0], theirs[0]) or (
                len(bearers) == 1 and Indel.normalized_similarity(words[0], theirs[0]) >= SPELLED_ALIKE
            )
            # one role word is enough where the first name is said alike, or where more than
            # the surname is theirs as written ("President Rajab Tayyip Erdogan")
            if not role and (said_alike or len(words) > 2):
                role = role_word_before(before, entry)
            if role or said_alike:
                fits.setdefault(entry.canonical, (entry, form, role))
    return fits


def _said_alike(written: str, theirs: str) -> bool:
    """Two first names said alike: the same sound key, also with "j" read as "y", as most of
    Europe says it and as Cyrillic and English ears write it back ("Kaya" for Kaja, "Yens" for
    Jens)."""
    return sound_key(written) == sound_key(theirs) or sound_key(written.replace("j", "y")) == sound_key(
        theirs.replace("j", "y")
    )


def role_word_before(before: list, entry) -> str:
    """ "the chancellor, Carl Nehammer": the word just before the name is the last word of one
    of the person's listed roles (a comma between is an apposition)."""
    if not before:
        return ""
    word = fold(before[-1].text)
    heads = set()  # "president" of "Polish President", "speaker" of "Speaker of the Sejm"
    for role in entry.roles:
        words = fold(role).split()
        heads.update(words[:1] if "of" in words else words[-1:])
    return word if word in heads and word not in ROLE_FILLER_WORDS else ""


def _initials(folded: str) -> str:
    """Letters of an abbreviation joined ("u s president", of "U.S. President", reads "us president")."""
    return re.sub(r"(?<=\b\w) (?=\w\b)", "", folded)


def first_names_by_role(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    """Make automatic a review proposal that changes only a person's first name, respelled,
    where the family name that follows is the person's as written and the person's whole
    listed role phrase (two words or more, not another country's) stands just before."""
    text = article.doc.text
    for i, p in enumerate(result.proposals):
        if p.kind != "name" or p.confidence >= RESPELLED_BY_ROLE or p.rule in _NOT_RESPELLINGS:
            continue
        found = _holder_before(text, p, gazetteer)
        if found is None:
            continue
        entry, role = found
        result.proposals[i] = dataclasses.replace(
            p,
            confidence=RESPELLED_BY_ROLE,
            evidence=[
                *p.evidence,
                f"the role {role!r} of {entry.canonical} stands just before the name, whose family name is as written",
            ],
        )


def _holder_before(text: str, p, gazetteer: Gazetteer):
    """The person whose first name ``p`` respells: (entry, role phrase), or None."""
    from repair.words import DEMONYMS

    old, new = fold(p.original).split(), fold(p.replacement).split()
    if not old or not new or old[0] == new[0] or len(old) != len(new):
        return None
    line = text.rfind("\n", 0, p.span.start) + 1
    after = _CAPITALISED.match(text, p.span.end).group(1).split()
    written, fixed = old + [fold(w) for w in after], new + [fold(w) for w in after]
    before = [fold(w.text) for w in words_of(text, line, p.span.start)][-5:]
    for size in range(len(before), 1, -1):
        role = " ".join(before[-size:])
        people = [e for e in gazetteer.by_role(role) if e.type == "person" and e.country not in FAMILY_FIRST]
        if not people:
            continue
        if size < len(before) and before[-size - 1] in DEMONYMS:
            return None  # "Indian Environment Minister": another country's holder
        for entry in people:
            given, family = given_of(entry), family_of(entry)
            if not given or fixed[: len(given) + len(family)] != given + family:
                continue
            if written[len(given) : len(given) + len(family)] != family:
                continue  # the family name as written is the person's
            if all(Indel.normalized_similarity(w, g) >= 0.5 for w, g in zip(written, given, strict=False)):
                return entry, role  # half the letters shared: a respelling, not another name ("Miguel")
        return None
    return None


_CAPITALISED = re.compile(r"[ \t]*((?:[A-Z][\w'’-]*[ \t]*){0,3})")
