"""A name word translated as the phrase it is in its own language: "Luis The Street Pou" is
Luis Lacalle Pou (Spanish "la calle", the street), "Salvador Hundred Fires" Salvador
Cienfuegos ("cien fuegos", a hundred fires), "Luís Black Mountain" Luís Montenegro.

``translated_words`` reads one English word for one name word; a name word that is an article
or a number run together with a noun comes out of translation as two or three words. The
meanings table (``MEANINGS``) lists such phrases beside the single words. A phrase is that
name word when the run of capitalised words around it, with the phrase put back as the name
word, is one listed person's whole name (titles before it aside), and the article names that
person's country or the person, or a title of theirs stands right before the run. The whole
run must be the name: "Salvador Hundred Fires Festival" or "the bar The Street Pou" is no
one's name. For review, as a whole form with one word translated is.
"""

from __future__ import annotations

import re

from repair.gazetteer.index import ALIAS, CANONICAL, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import is_title
from repair.passes.names.decisions import NameAnalysis, _recognise
from repair.passes.names.entities import name_proposal
from repair.passes.names.translated_words import (
    NAME_WORDS,
    WHOLE_FORM,
    listed_word,
    names_country_or_person,
    role_word,
)
from repair.words import FUNCTION_WORDS, ends_abbreviation

# English phrase -> the name words it translates: the entries of the table with a space
PHRASES: dict[str, tuple[str, ...]] = {phrase: names for phrase, names in NAME_WORDS.items() if " " in phrase}
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_POSSESSIVE = ("'s", "’s")


def translated_phrases(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.kind in ("name", "style")]
    for phrase, names in PHRASES.items():
        for hit in _phrase_pattern(phrase).finditer(text):
            before, after = _run_around(text, hit.start(), hit.end())
            end = after[-1][2] if after else hit.end()
            for name in names:
                found = _one_person(gazetteer, before, name, [w for w, _, _ in after])
                if found is None:
                    continue
                entry, start, title = found
                start = hit.start() if start is None else start
                if any(s < end and start < e for s, e in taken):
                    continue
                if not (names_country_or_person(entry, article) or role_word(entry, fold(title))):
                    continue
                right = listed_word(entry, name)
                result.proposals.append(
                    name_proposal(
                        text,
                        hit.start(),
                        hit.end(),
                        right,
                        rule="name.translated-phrase",
                        confidence=WHOLE_FORM,
                        reason=f"{hit.group()!r} is what {right!r} means: {entry.canonical}'s name translated",
                        evidence=[
                            f"{right!r} means {phrase!r}",
                            f"the rest of the run is {entry.canonical}'s listed name",
                            f"gazetteer: {entry.describe()}",
                        ],
                    )
                )
                _recognise(result, text, start, end, entry, WHOLE_FORM, (hit.start(), hit.end(), right))
                taken.append((start, end))
                break


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The phrase with its content words capitalised; a function word may stay lower case
    ("The Street", "the Street")."""
    parts = []
    for word in phrase.split():
        head = f"[{word[0].upper()}{word[0]}]" if word in FUNCTION_WORDS else word[0].upper()
        parts.append(head + re.escape(word[1:]))
    return re.compile(r"(?<![\w'’-])" + " ".join(parts) + r"(?![\w'’-])")


Word = tuple[str, int, int]  # text, start, end


def _run_around(text: str, start: int, end: int) -> tuple[list[Word], list[Word]]:
    """The capitalised words right before the phrase and right after it, in one line, single
    spaces between. A possessive or a sentence's end closes the run: "Portugal's" before it
    is not in it, "Pou's" or "Pou." after it is its last word."""
    line_start = text.rfind("\n", 0, start) + 1
    before: list[Word] = []
    edge = start
    for word in reversed(list(_WORD.finditer(text, line_start, start))):
        written = word.group()
        if text[word.end() : edge] != " " or not written[:1].isupper() or written.endswith(_POSSESSIVE):
            break
        if _sentence_end(written):
            break  # the end of the sentence before, not an abbreviation ("Gen.") or an initial
        before.insert(0, (written, word.start(), word.end()))
        edge = word.start()
    line_end = text.find("\n", end)
    after: list[Word] = []
    edge = end
    for word in _WORD.finditer(text, end, len(text) if line_end < 0 else line_end):
        written = word.group()
        if text[edge : word.start()] != " " or not written[:1].isupper():
            break
        if written.endswith(_POSSESSIVE):
            after.append((written[:-2], word.start(), word.end() - 2))
            break
        if _sentence_end(written):
            after.append((written[:-1], word.start(), word.end() - 1))
            break  # the sentence ends with the name
        after.append((written, word.start(), word.end()))
        edge = word.end()
    return before, after


def _sentence_end(written: str) -> bool:
    return written.endswith(".") and not ends_abbreviation(written[:-1])


def _one_person(gazetteer: Gazetteer, before: list[Word], name: str, after: list[str]):
    """(person, where the name starts, the title before it) for the one person whose whole
    listed name the run is with ``name`` in the phrase's place; the words before the name that
    are left out must be titles or words of the person's roles ("Prime Minister")."""
    for i in range(len(before) + 1):
        words = [fold(w) for w, _, _ in before[i:]]
        if not words and not after:
            return None
        run = " ".join([*words, name, *[fold(w) for w in after]]).replace(".", "")
        people = {
            e.canonical: e
            for e, kind in gazetteer.exact(run)
            if kind in (CANONICAL, ALIAS) and e.type == "person"
        }
        if len(people) != 1:
            continue
        entry = next(iter(people.values()))
        role_words = {w for role in entry.roles for w in fold(role).split()}
        dropped = [w for w, _, _ in before[:i]]
        if all(is_title(w) or fold(w) in role_words for w in dropped):
            start = before[i][1] if i < len(before) else None
            return entry, start, dropped[-1] if dropped else ""
    return None
