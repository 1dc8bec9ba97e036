"""A title and a name after it, both in lower case: "president lula", "said president
sheinbaum". A translation that lost the name's capital lost the title's too, and English
writes a title right before a name with a capital ("President Lula"), so the fix takes both.

Two cases. A lower-case name another rule gives back its capital ("sheinbaum") grows to take
the lower-case title words just before it. A lower-case word that is a person's whole listed
short form ("lula"), which the surname rules never see because it is not the family name
(Lula da Silva), is proposed after a title word of one of that person's roles, when the
article names the person or their country; English must seldom write the word otherwise.
"""

from __future__ import annotations

import re

from repair.edits import make_proposal
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import ALIAS, CANONICAL, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import is_title, zipf
from repair.passes.names.decisions import NameAnalysis, _recognise
from repair.passes.names.entities import name_proposal
from repair.words import DESCRIPTIVE_TITLE_WORDS, FUNCTION_WORDS, ROLE_FILLER_WORDS

# title words that stay lower case before a name ("former President Lula", "his US counterpart",
# "Kremlin spokesman Dmitry Peskov")
_NOT_CAPITALISED = FUNCTION_WORDS | ROLE_FILLER_WORDS | DESCRIPTIVE_TITLE_WORDS
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z]{3,}(?![\w'’-])")
TITLED = 0.92  # the person's role word and the person (or country) named in the article
UNNAMED = 0.8  # the role word alone: review


def _title_start(text: str, start: int) -> int:
    """Where the lower-case title words written right before ``start`` begin (``start`` when none)."""
    at = start
    for match in reversed(list(re.finditer(r"[a-z]+ ", text[max(0, start - 60) : start]))):
        begin = max(0, start - 60) + match.start()
        word = match.group().strip()
        if begin + len(match.group()) != at or not is_title(word) or word in _NOT_CAPITALISED:
            break
        at = begin
    return at


def _capitalised(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words.split(" "))


def titles_before_lower_names(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    for i, p in enumerate(result.proposals):
        if p.rule != "name.capital" or not p.replacement[:1].isupper():
            continue
        if not any(e.type == "person" for e, _ in gazetteer.exact(fold(p.replacement))):
            continue  # "his us counterpart": a title stands before a person, not a country
        start = _title_start(text, p.span.start)
        if start == p.span.start:
            continue
        title = text[start : p.span.start]
        result.proposals[i] = make_proposal(
            text,
            start,
            p.span.end,
            _capitalised(title) + p.replacement,
            kind=p.kind,
            rule=p.rule,
            confidence=p.confidence,
            reason=p.reason,
            evidence=[*p.evidence, f"the title {title.strip()!r} before the name is capitalised with it"],
            alternatives=p.alternatives,
        )
    _titled_short_forms(result, article, gazetteer)


def _titled_short_forms(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals]
    for match in _LOWER_WORD.finditer(text):
        word, at = match.group(), match.start()
        if text[at - 1 : at] != " " or _title_start(text, at) == at:
            continue  # most words have no title before them: the cheap test first
        if zipf(word) >= 3.5 or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        people = {e.canonical: e for e, kind in gazetteer.exact(word) if kind in (CANONICAL, ALIAS)}
        people = {k: e for k, e in people.items() if e.type == "person" and _short_form(e, word)}
        if len(people) != 1:
            continue
        entry = next(iter(people.values()))
        start = _title_start(text, match.start())
        title = text[start : match.start()].strip()
        if not title or not _role_word(entry, title):
            continue
        named = entry.country in article.countries or any(
            r.status == "known" and entry in r.entries[:1] for r in article.readings
        )
        confidence = TITLED if named else UNNAMED
        form = next(f for f in entry.forms if fold(f) == word)
        replacement = f"{_capitalised(title)} {form}"
        result.proposals.append(
            name_proposal(
                text,
                start,
                match.end(),
                replacement,
                rule="name.capital",
                confidence=confidence,
                reason=f"{text[start : match.end()]!r} is a title and {entry.canonical}'s short name in lower case",
                evidence=[
                    f"{form!r} is how {entry.canonical} is called, and {title!r} is a word of the role",
                    f"gazetteer: {entry.describe()}",
                    *(["the article names the person or the country"] if named else []),
                ],
            )
        )
        _recognise(result, text, start, match.end(), entry, confidence, (start, match.end(), replacement))
        taken.append((start, match.end()))


def _short_form(entry: Entry, word: str) -> bool:
    """``word`` is a whole one-word form of the person's name ("Lula", "Prabowo")."""
    return any(" " not in f and fold(f) == word for f in entry.forms)


def _role_word(entry: Entry, title: str) -> bool:
    """The written title's last word is a word of one of the person's roles ("president")."""
    last = fold(title.split()[-1])
    return any(last in fold(role).split() for role in entry.roles)
