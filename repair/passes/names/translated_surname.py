"""A surname translated as the word it means, the first name kept: "CHP Chairman Ozgur Special"
is Özgür Özel (Turkish "özel", special); "Szymon the Hollow" comes the same way.

A run of two words whose first is the first name of exactly one listed person, whose second is an
English word that is nobody's name, after a role of that person in the same sentence, is that
person: for review only (the translation of the surname is not checked, only where it stands).
"""

from __future__ import annotations

from repair.edits import make_proposal
from repair.gazetteer.index import NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import words_of, zipf
from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.entities import FAMILY_FIRST, family_form, family_of, given_of

TRANSLATED_SURNAME = 0.7  # review: a person's first name, their role, and a word where the surname stands


def translated_surnames(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.kind in ("name", "style")]
    for mention in article.mentions:
        if len(mention.words) != 2 or len(mention.folded) != 2:
            continue
        first, word = mention.words
        if any(s < word.end and word.start < e for s, e in taken) or zipf(word.text.lower()) < 3.0:
            continue
        if any(kind == NAME_WORD for _, kind in gazetteer.exact(fold(word.text))):
            continue  # somebody's name word: a namesake, not a translation
        people = {
            e.canonical: e
            for e, kind in gazetteer.exact(fold(first.text))
            if kind == NAME_WORD and e.type == "person" and e.country not in FAMILY_FIRST
        }
        people = {k: e for k, e in people.items() if given_of(e)[:1] == [fold(first.text)]}
        if len(people) != 1:
            continue
        entry = next(iter(people.values()))
        if family_of(entry) == [fold(word.text)]:
            continue
        role = _role_in_sentence(words_of(text, mention.sentence_start, mention.start), entry)
        if not role:
            continue
        replacement = family_form(entry, article.surface)
        result.proposals.append(
            make_proposal(
                text,
                word.start,
                word.end,
                article.spell_like_article(replacement),
                kind="name",
                rule="name.translated-surname",
                confidence=TRANSLATED_SURNAME,
                reason=f"{word.text!r} stands where {entry.canonical}'s surname does, after the first name",
                evidence=[
                    f"{first.text!r} is the first name of {entry.canonical} alone",
                    f"the role {role!r} of {entry.canonical} is written before it",
                    f"gazetteer: {entry.describe()}",
                ],
            )
        )
        taken.append((word.start, word.end))


def _role_in_sentence(before: list, entry) -> str:
    """A listed role of the person among the words before the name, or a role's abbreviation
    written there ("CHP" of "CHP leader", before "CHP Chairman")."""
    written = " " + " ".join(fold(w.text) for w in before) + " "
    capitals = {w.text for w in before}
    for role in sorted(entry.roles, key=len, reverse=True):
        head = role.split()[0]
        if f" {fold(role)} " in written or (len(head) >= 2 and head.isupper() and head in capitals):
            return role
    return ""
