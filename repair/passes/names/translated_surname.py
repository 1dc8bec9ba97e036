"""A surname translated as the word it means, the first name kept: "CHP Chairman Ozgur Special"
is Özgür Özel (Turkish "özel", special); "Szymon the Hollow" comes the same way.

A run of two words whose first is the first name of a listed person, whose second is an
English word that is nobody's name, after a role of that person in the same sentence, is that
person when the role leaves one person of that first name, or one of the countries the
article names ("former foreign minister Carlos France", in Brasilia: of the listed Carloses
who were foreign ministers only Carlos França is Brazilian): for review only (the translation
of the surname is not checked, only where it stands). The role may be written without its
country words ("former prime minister Enrico Read", Letta, listed as "former Italian Prime
Minister"), and a surname that opens with an article may come back as "the" and the word
("Senate president Ignazio the Russian", La Russa).
"""

from __future__ import annotations

import re

from repair.edits import make_proposal
from repair.gazetteer.index import NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import words_of, zipf
from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.entities import FAMILY_FIRST, family_form, family_of, given_of, role_phrases
from repair.passes.names.translated_words import NAME_WORDS
from repair.words import ARTICLE_PARTICLES, DEMONYMS

TRANSLATED_SURNAME = 0.7  # review: a person's first name, their role, and a word where the surname stands


def translated_surnames(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.kind in ("name", "style")]
    for mention in article.mentions:
        found = _first_then_word(mention, text)
        if found is None:
            continue
        first, start, word = found
        if any(s < word.end and start < e for s, e in taken) or zipf(word.text.lower()) < 3.0:
            continue
        if any(kind == NAME_WORD for _, kind in gazetteer.exact(fold(word.text))):
            continue  # somebody's name word: a namesake, not a translation
        after_the = start < word.start
        before = words_of(text, mention.sentence_start, mention.start)
        named = [
            e
            for e, kind in gazetteer.exact(fold(first.text))
            if kind == NAME_WORD
            and e.type == "person"
            and e.country not in FAMILY_FIRST
            and given_of(e)[:1] == [fold(first.text)]
        ]
        if len(named) > 1 and fold(word.text) in NAME_WORDS:
            continue  # a shared first name and a meaning the table knows: translated_name_words says whose
        people = {
            e.canonical: (e, role)
            for e in named
            if family_of(e) != [fold(word.text)]
            and (not after_the or _article_surname(e))
            and (role := _role_in_sentence(before, e))
        }
        if len(people) > 1:  # the one of the article's country ("in Brasilia": Carlos França)
            people = {k: v for k, v in people.items() if v[0].country in article.countries}
        if len(people) != 1:
            continue
        entry, role = next(iter(people.values()))
        replacement = _article_surname(entry) if after_the else family_form(entry, article.surface)
        result.proposals.append(
            make_proposal(
                text,
                start,
                word.end,
                article.spell_like_article(replacement),
                kind="name",
                rule="name.translated-surname",
                confidence=TRANSLATED_SURNAME,
                reason=f"{text[start : word.end]!r} stands where {entry.canonical}'s surname does, after the first name",
                evidence=[
                    f"{first.text!r} is the first name of {entry.canonical}, the only one of that name with the role",
                    f"the role {role!r} of {entry.canonical} is written before it",
                    f"gazetteer: {entry.describe()}",
                ],
            )
        )
        taken.append((start, word.end))


_THE_WORD = re.compile(r" the ([A-Z][a-z]+)\b")


def _article_surname(entry) -> str:
    """The surname with the article it opens with ("La Russa" of Ignazio La Russa), or ""."""
    words = entry.canonical.split()
    rest = words[len(given_of(entry)) - 1 :]  # given_of keeps the article with the given name
    return " ".join(rest) if len(rest) > 1 and fold(rest[0]) in ARTICLE_PARTICLES else ""


def _first_then_word(mention, text: str):
    """(first name, where the surname's place starts, the word there) of a run of a first
    name and one word ("Enrico Read"), or of a one-word run followed by "the" and a capitalised
    word ("Ignazio the Russian"); None for any other run."""
    if len(mention.words) == 2 and len(mention.folded) == 2:
        first, word = mention.words
        return first, word.start, word
    if len(mention.words) == 1 and len(mention.folded) == 1:
        match = _THE_WORD.match(text, mention.end)
        if match:
            (word,) = words_of(text, match.start(1), match.end(1))
            return mention.words[0], match.start() + 1, word
    return None


def _role_in_sentence(before: list, entry) -> str:
    """A listed role of the person among the words before the name, also as English writes it
    before a name ("Italian Senate President" for "President of the Italian Senate") or without
    its country words ("prime minister"), or a role's abbreviation written there ("CHP" of "CHP
    leader", before "CHP Chairman")."""
    written = " " + " ".join(fold(w.text) for w in before) + " "
    capitals = {w.text for w in before}
    for role, folded in role_phrases(entry):
        words = folded.split()
        bare = [w for w in words if w not in DEMONYMS]
        if f" {folded} " in written or (len(bare) >= 2 and f" {' '.join(bare)} " in written):
            return role
    for role in entry.roles:
        head = role.split()[0]
        if len(head) >= 2 and head.isupper() and head in capitals:
            return role
    return ""
