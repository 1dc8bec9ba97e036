"""Another first name before a person's exact surname, the person told by the role beside the
name ("U.S. President Josef Biden"): the listed first name, for review."""

from __future__ import annotations

import re

from repair.edits import make_proposal
from repair.gazetteer.index import ALIAS, CANONICAL, NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import words_of
from repair.passes.names.article import name_pieces_words
from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.entities import FAMILY_FIRST, family_of, given_alike

# the person's listed role stands just before the name: review, never automatic. Somebody else's
# first name as written ("Andrei" before Duda) stays in review as everywhere in the pass; the
# rule's proposals on simulator seeds 3, 5 and 11-14 were right 61 times in 62 (the one wrong:
# "Antoine" became "António" where the key has "Antonio"), none on the clean originals
ROLE_BESIDE = 0.8


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
    for reading in article.readings:
        m = reading.mention
        words = m.folded
        if len(m.words) < 2 or len(words) < 2:
            continue
        if any(kind in (CANONICAL, ALIAS) for _, kind in gazetteer.exact(" ".join(words))):
            continue  # somebody's own name or alias, as written
        first = m.words[0]
        if not first.text[:1].isupper() or len(fold(first.text).split()) != 1:
            continue
        # the words before the name, not only its title words, which stop at "of" ("State")
        before = words_of(text, m.sentence_start, m.start)[-6:]
        title = _initials(" " + " ".join(fold(w.text) for w in before))
        fits = {}
        for entry, kind in gazetteer.exact(words[-1]):
            if kind != NAME_WORD or entry.type != "person" or entry.country in FAMILY_FIRST:
                continue
            if family_of(entry) != words[-1:]:
                continue
            for form in entry.forms:
                theirs = name_pieces_words(form)
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
                if role:
                    fits.setdefault(entry.canonical, (entry, form, role))
        if len(fits) != 1:
            continue
        entry, form, role = next(iter(fits.values()))
        replacement = article.spell_like_article(form.split()[0])
        if not given_alike(fold(first.text), fold(replacement)):
            continue  # another person of the family or the office: "Prime Minister Pierre Trudeau"
        confidence = ROLE_BESIDE
        own = {fold(f.split()[0]) for f in entry.forms}
        overlapping = [
            p
            for p in result.proposals
            if p.kind in ("name", "style") and p.span.start < m.end and m.start < p.span.end
        ]
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
                    f"the role {role!r} stands before it, and the gazetteer lists {entry.canonical} with it",
                    f"gazetteer: {entry.describe()}",
                ],
            )
        )


def _initials(folded: str) -> str:
    """Letters of an abbreviation joined ("u s president", of "U.S. President", reads "us president")."""
    return re.sub(r"(?<=\b\w) (?=\w\b)", "", folded)
