"""A surname that lost its capital and was respelled on the way ("foreign minister pristayko",
read from Пристайко): no capitalised run holds it, so the run-based readings never see it.

A lower-case word English does not use is looked up as a reading of a native spelling, as a
family name, and by its sound key; it is proposed only with a title word right before it or
when the article names the person elsewhere.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from repair.gazetteer.entries import Entry
from repair.gazetteer.index import NAME_WORD, ROUTE, ROUTE_FAMILY, Gazetteer
from repair.gazetteer.keys import fold, sound_key
from repair.gazetteer.mentions import title_right_before, words_of, zipf
from repair.passes.names.copies import fixed_runs
from repair.passes.names.decisions import NameAnalysis, _recognise
from repair.passes.names.entities import capital_proposal, family_form, family_of, given_of

_LOWER_WORD = re.compile(r"(?<![\w'’./@-])[a-z]{4,}(?![\w'’/@-])")


def _person_for(word: str, gazetteer: Gazetteer) -> tuple[Entry, str] | None:
    """(person, how the word names them) when exactly one person's name it is, or the family
    name of several people written alike."""
    found: dict[str, tuple[Entry, str]] = {}
    for entry, kind in gazetteer.routes(word):
        if entry.type == "person" and kind in (ROUTE, ROUTE_FAMILY):
            found.setdefault(entry.canonical, (entry, "a reading of the name in " + ", ".join(entry.native)))
    for entry, kind in gazetteer.exact(word):
        if entry.type == "person" and kind == NAME_WORD and family_of(entry)[:1] == [word]:
            found.setdefault(entry.canonical, (entry, "the family name"))
    if not found:
        for entry in gazetteer.by_key("w" + sound_key(word), 12):
            family = family_of(entry)
            if entry.type != "person" or len(family) != 1 or sound_key(family[0]) != sound_key(word):
                continue
            if Indel.normalized_similarity(word, family[0]) >= 0.8:
                found.setdefault(entry.canonical, (entry, f"sounds like {family[0]!r}"))
    if len(found) == 1:
        return next(iter(found.values()))
    if found and all(family_of(e)[:1] == [word] for e, _ in found.values()):
        # one family ("Macron", "Erdogan", also a reading of his Cyrillic): the first found; the
        # capitals are the same
        return next(iter(found.values()))
    return None


def _first_name_before(before: list, text: str, start: int, entry: Entry) -> bool:
    """The person's own first name stands right before the word, capitalised ("Narendra mody")."""
    if not before or text[before[-1].end : start].strip() or not before[-1].text[:1].isupper():
        return False
    return fold(before[-1].text) in given_of(entry)


def _after_first_name(before: list, text: str, start: int, word: str, gazetteer: Gazetteer):
    """(person, how) when the capitalised word right before ``word`` is the first name of exactly
    one listed person whose family name has ``word``'s sound key ("Narendra mody"); else None."""
    if not before or text[before[-1].end : start].strip() or not before[-1].text[:1].isupper():
        return None
    found = {
        e.canonical: e
        for e, kind in gazetteer.exact(fold(before[-1].text))
        if kind == NAME_WORD
        and e.type == "person"
        and fold(before[-1].text) in given_of(e)
        and family_of(e)[:1]
        and sound_key(family_of(e)[0]) == sound_key(word)
    }
    if len(found) != 1:
        return None
    entry = next(iter(found.values()))
    return entry, f"sounds like {family_of(entry)[0]!r}, after the first name"


def _role_before(before: list, entry: Entry) -> str:
    """The person's role phrase (two words or more) ending right before the word."""
    written = [fold(w.text) for w in before]
    for role in entry.roles:
        words = fold(role).split()
        if len(words) >= 2 and written[-len(words) :] == words:
            return role
    return ""


PLACED = 0.7  # a family name in lower case where a name stands, the person named nowhere else
# wordfreq folds case, so a famous name counts as a word English writes ("putin" 4.1): up to
# here a family name is read where a name must stand; "harris", "brown" are past it
PLACED_ZIPF = 4.3

# where a name stands: after a preposition or reporting verb that takes a person, or before
# "said" or "'s"; strict, for a name English text also writes, only the places no
# common word takes ("between putin and", "according to erdogan", "kishida said")
_BEFORE_PERSON = re.compile(r"\b(?:with|by|from|and)\s+$", re.IGNORECASE)
_BEFORE_PERSON_STRICT = re.compile(
    r"\b(?:between|according to|says|said|told|thanked|asked|met|mr|ms|mrs)\.?\s+$", re.IGNORECASE
)
_AFTER_PERSON_STRICT = re.compile(r"^(?:['’]s\b|\s+(?:said|says|told|added|stressed|noted|wrote)\b)")


def _name_position(text: str, start: int, end: int, strict: bool) -> bool:
    """Whether a lower-case word at start..end stands where a person's name does."""
    before, after = text[max(0, start - 14) : start], text[end : end + 10]
    if _BEFORE_PERSON_STRICT.search(before) or _AFTER_PERSON_STRICT.match(after):
        return True
    # a comma or "and" after a rare word is no sign of a name ("the elephant with one tusk,")
    return not strict and bool(_BEFORE_PERSON.search(before))


def respelled_lower_case(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals]
    present = {e.canonical for r in article.readings if r.status == "known" for e in r.entries[:1]}
    present.update(found["entity"] for found in result.entities)
    for match in _LOWER_WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if zipf(word) >= PLACED_ZIPF or any(s < end and start < e for s, e in taken):
            continue
        if zipf(word) >= 3.0 and not _name_position(text, start, end, strict=True):
            continue  # a word English text writes ("putin", "erdogan"): only where a name stands
        before = words_of(text, max(0, start - 40), start)
        person = _person_for(word, gazetteer) or _after_first_name(before, text, start, word, gazetteer)
        if person is None:
            continue
        entry, how = person
        titled = title_right_before(text, before, start)
        own_family = family_of(entry)[:1] == [word]  # "macron", not respelled
        # "Emmanuel makron", "Vadym pristayko": the person's own first name right before it
        first = _first_name_before(before, text, start, entry)
        # "talks between putin and", "according to erdogan": the family name itself, where a
        # name stands, of a person the article does not name otherwise: for review
        placed = own_family and _name_position(text, start, end, strict=zipf(word) >= 3.0)
        if (zipf(word) >= 1.5 or len(word) < 5) and not (titled and own_family) and not first and not placed:
            continue  # a word English writes now and then ("macron", "tusk"): a name only after a title
        named = entry.canonical in present
        if not (titled or named or first or placed):
            continue
        replacement = family_form(entry, article.surface)
        if replacement.lower() == word and not replacement[:1].isupper():
            continue
        role = _role_before(before, entry) if titled else ""
        # a reading of the native name with the person's own role before it is as sure as the
        # person named in full; a title alone, or the person named elsewhere alone, is review
        reading = how.startswith("a reading")
        confidence = 0.92 if (titled and named) or (reading and (role or first)) else 0.8
        if not (titled or named or first):
            confidence = PLACED
        evidence = [f"{word!r} is {how} of {entry.canonical}"]
        if first:
            evidence.append(f"the first name {before[-1].text!r} is right before it")
        if role:
            evidence.append(f"the role {role!r} is right before it")
        elif titled:
            evidence.append(f"the title {before[-1].text!r} is right before it")
        if named:
            evidence.append(f"the article names {entry.canonical}")
        elif confidence == PLACED:
            evidence.append("it stands where a name does")
        result.proposals.append(
            capital_proposal(
                text,
                start,
                end,
                replacement,
                confidence,
                f"{word!r} is {entry.canonical}'s family name, {'in' if own_family else 'respelled and in'} lower case",
                [*evidence, f"gazetteer: {entry.describe()}"],
            )
        )
        _recognise(result, text, start, end, entry, confidence, (start, end, replacement))


# a capitalised word inside a sentence: after a lower-case word, a comma or a title, not after
# a full stop, a quote or a line start
_CAPITAL_INSIDE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}(?![\w'’-])")
_LOWER_NAME = re.compile(r"(?<![\w'’./@-])[a-z]{3,}(?![\w/@-])")
ARTICLE_CAPITAL = 0.85  # the model judges it (calibration: a capital restored), below automatic


def capitals_the_article_writes(result: NameAnalysis, article) -> None:
    """ "Lionel messi" or "Masakazu tokura" where the article writes "Messi" or "Tokura" inside a
    sentence elsewhere, about someone the gazetteer may not list: a lower-case word English does
    not use (Zipf below 3), beside a capitalised word (a first name, or a surname after it), is
    given the capital the article itself writes, for review unless the model is sure."""
    text = article.doc.text
    capitals: dict[str, int] = {}
    for match in _CAPITAL_INSIDE.finditer(text):
        word = match.group()
        if zipf(word.lower()) < 3.0:
            capitals[word.lower()] = capitals.get(word.lower(), 0) + 1
    if not capitals:
        return
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.kind in ("name", "style")]
    for match in _LOWER_NAME.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if word not in capitals or any(s < end and start < e for s, e in taken):
            continue
        before = re.search(r"(?<![\w'’-])([A-Z][\w'’-]+) $", text[max(0, start - 30) : start])
        after = re.match(r" ([A-Z][\w'’-]+)", text[end : end + 30])
        if not (before or after):
            continue  # a name word stands beside another: "Lionel messi", "emiliano Martinez"
        replacement = word[0].upper() + word[1:]
        result.proposals.append(
            capital_proposal(
                text,
                start,
                end,
                replacement,
                ARTICLE_CAPITAL,
                f"{word!r} lost its capital: the article writes {replacement!r} elsewhere",
                [
                    f"the article writes {replacement!r} inside a sentence {capitals[word]}x",
                    f"{word!r} is no English word, and a capitalised word stands beside it",
                ],
            )
        )
        taken.append((start, end))


# a lower-case copy of a mangled name of two words or more that the article also writes with
# capitals and that a name proposal fixes there ("devlet bahcheli" beside "Devlet Bahcheli"):
# the same fix, capitals and all, as sure as the capitalised one up to automatic's floor
LOWER_COPY = 0.92


def lower_copies_of_fixed_names(result: NameAnalysis, article) -> None:
    """ "devlet bahcheli" where the article writes "Devlet Bahcheli" and the pass makes it
    "Devlet Bahçeli": the lower-case run is the same mangled name, so it gets the same fix.
    Only runs of two words or more (one word may be an English word: "special")."""
    text = article.doc.text
    fixed: dict[str, tuple[str, float, str]] = {}
    for written, (replacement, confidence, _) in fixed_runs(result, article).items():
        if len(written.split()) >= 2 and written != written.lower():
            fixed.setdefault(written.lower(), (replacement, confidence, written))
    if not fixed:
        return
    for lower, (replacement, confidence, written) in fixed.items():
        if lower not in text:
            continue  # most names have no lower-case copy: a substring test is 50 times cheaper
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(lower)}(?![\w'’-])", text):
            start, end = match.span()
            sure = min(confidence, LOWER_COPY)
            overlapping = [
                p
                for p in result.proposals
                if p.kind in ("name", "style") and p.span.start < end and start < p.span.end
            ]
            # a surer change, or one reaching outside the run, stands; a weaker one inside it
            # ("bahcheli" alone) gives way to the whole run's
            if any(p.confidence >= sure or p.span.start < start or p.span.end > end for p in overlapping):
                continue
            result.proposals[:] = [p for p in result.proposals if p not in overlapping]
            why = f"{match.group()!r} is {written!r} in lower case, which the article makes {replacement!r}"
            evidence = [f"the article writes {written!r} with capitals, and the names pass fixes it there"]
            result.proposals.append(capital_proposal(text, start, end, replacement, sure, why, evidence))
