"""People's names in a clean article, and the ways a translation round trip mangles them."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from repair.gazetteer.entries import Entry, load_tsv
from repair.measure.corrupt.plan import Plan, load_data
from repair.measure.corrupt.soundalike import name_as_words

_TOKEN = r"[A-Z][a-z]+(?:['’]?[A-Z][a-z]+)*(?:-[A-Za-z][a-z]+)*"
_SEQUENCE = re.compile(rf"(?<![\w.-])({_TOKEN})((?: {_TOKEN}){{1,6}})(?![\w-])")


@dataclass
class Person:
    """A person the article names: the full form and the short form it uses alone."""

    full: str
    short: str  # "Biden" for Joe Biden, "Xi" for Xi Jinping
    tokens: tuple[str, ...]
    full_mentions: list[tuple[int, int]] = field(default_factory=list)
    short_mentions: list[tuple[int, int]] = field(default_factory=list)


@cache
def _name_data() -> dict:
    return load_data("names.json")


@cache
def _places() -> frozenset[str]:
    from repair.gazetteer.places import place_names

    return place_names()


def _gazetteer_entries(paths: list[Path]) -> list[Entry]:
    """The entries of gazetteer TSV files, read by the gazetteer's own reader."""
    return [entry for path in paths for entry in load_tsv(path)]


def _entry_names(entry: Entry) -> list[str]:
    return [entry.canonical, *entry.aliases]


def gazetteer_names(paths: list[Path]) -> dict[str, list[str]]:
    """Multiword canonical names and aliases in gazetteer TSV files, by entry type."""
    found: dict[str, list[str]] = {}
    for entry in _gazetteer_entries(paths):
        found.setdefault(entry.type, []).extend(n for n in _entry_names(entry) if len(n.split()) >= 2)
    return found


_SURNAME_ONLY = "\x00surname"  # marks readings of a surname alone, last in a person's list


def route_readings(paths: list[Path]) -> dict[str, list[str]]:
    """Each accepted spelling of a person with a native-script name -> the readings of that
    name through other romanisation systems ("Yoon Suk Yeol" -> "Yin Xiyue", ...)."""
    from repair.gazetteer.keys import name_words
    from repair.gazetteer.routes import FAMILY_FIRST, readings

    out: dict[str, list[str]] = {}
    for entry in _gazetteer_entries(paths):
        if entry.type != "person" or not entry.native:
            continue
        found = [r for native in entry.native for r in readings(native, entry.country)]
        own = {w for form in entry.forms for w in name_words(form)}
        # a reading that only reorders or shortens the name ("Kishida Fumio", "Modi") is no damage
        found = [
            r
            for r in dict.fromkeys(found)
            if not set(name_words(r)) <= own and "".join(name_words(r)) not in own
        ]
        if found and entry.country not in FAMILY_FIRST:
            found.append(_SURNAME_ONLY)
        for name in _entry_names(entry):
            out[name] = found
    return out


def person_forms(paths: list[Path]) -> list[tuple[str, ...]]:
    """Each person entry's accepted spellings (canonical and aliases), one tuple per entry."""
    return [tuple(_entry_names(e)) for e in _gazetteer_entries(paths) if e.type == "person"]


def _is_person(tokens: list[str]) -> bool:
    from wordfreq import zipf_frequency

    data = _name_data()
    first_names = {n for group in data["first_name_neighbours"] for n in group}
    if any(t in data["not_names"] or t in data["titles"] for t in tokens):
        return False
    if zipf_frequency(tokens[-1].lower(), "en") >= 4.3:  # "Industries", "Green": not a surname here
        return False
    if " ".join(tokens) in _places() or any(t in _places() and len(t) > 3 for t in tokens[1:]):
        return False
    languages = _romanisation()["languages"]
    east_asian = tokens[0].lower() in {*languages["zh"]["surnames"], *languages["ko"]["surnames"]}
    return tokens[0] in first_names or east_asian or zipf_frequency(tokens[0].lower(), "en") < 4.2


def _strip(tokens: list[str]) -> list[str]:
    """The name inside a capitalised run: after its last title ("Norwegian Foreign Minister")."""
    data = _name_data()
    skip = set(data["titles"]) | set(data["not_names"])
    while tokens and tokens[-1] in data["not_names"]:
        tokens = tokens[:-1]
    cut = max((i + 1 for i, t in enumerate(tokens) if t in skip), default=0)
    return tokens[cut:]


def _word_spans(text: str, word: str) -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def find_people(text: str, known: Sequence[str] = (), not_people: Sequence[str] = ()) -> list[Person]:
    """People named in ``text``: capitalised multiword names, plus gazetteer names present;
    ``not_people`` (organisations, places, terms) are never taken for a person."""
    candidates: dict[str, None] = {}
    for name in known:
        if name in text:
            candidates[name] = None
    others = [name for name in not_people if name in text]
    for match in _SEQUENCE.finditer(text):
        tokens = _strip([match.group(1), *match.group(2).split()])
        full = " ".join(tokens)
        if 2 <= len(tokens) <= 3 and _is_person(tokens) and not any(full in o or o in full for o in others):
            candidates[full] = None
    people: list[Person] = []
    taken: set[str] = set()
    for full in sorted(candidates, key=lambda n: (-len(n), n)):
        tokens = tuple(full.split())
        if full in taken or any(full in other for other in taken):
            continue
        taken.add(full)
        full_mentions = _word_spans(text, full)
        if not full_mentions:
            continue
        short = _short_form(tokens)
        people.append(Person(full, short, tokens, full_mentions, _word_spans(text, short)))
    return people


def _short_form(tokens: tuple[str, ...]) -> str:
    """The name used alone: the surname, first in Chinese and Korean names."""
    languages = _romanisation()["languages"]
    if tokens[0].lower() in {*languages["zh"]["surnames"], *languages["ko"]["surnames"]}:
        return tokens[0]
    words = [t for t in tokens if t.isalpha() or "-" in t]
    return words[-1] if words else tokens[-1]


# --- respelling by sound -------------------------------------------------------------


@cache
def _romanisation() -> dict:
    return load_data("romanisation.json")


def language_of(tokens: tuple[str, ...]) -> str | None:
    """Which source language's romanisation habits a name most likely carries."""
    data = _romanisation()["languages"]
    lowered = [t.lower() for t in tokens]
    first = lowered[0]
    korean_shape = len(tokens) >= 3 or any("-" in t for t in tokens)
    if first in data["ko"]["surnames"] and (korean_shape or first not in data["zh"]["surnames"]):
        return "ko"
    if first in data["zh"]["surnames"] and all(re.fullmatch(data["zh"]["detect"], t) for t in lowered):
        return "zh"
    for lang in ("ja", "ar", "ru"):
        if any(re.search(data[lang]["detect"], t) for t in lowered):
            return lang
    return None


def _match_case(model: str, word: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def respell(token: str, lang: str | None, rng: random.Random) -> tuple[str, str] | None:
    """``token`` respelled by one romanisation habit, with a note naming it."""
    data = _romanisation()
    lowered = token.lower()
    pools = []
    if lang:
        pools.append((lang, data["languages"][lang]["rules"]))
    pools.append(("generic", data["generic"]))
    for label, rules in pools:
        options = []
        for pattern, replacement, note in rules:
            for match in re.finditer(pattern, lowered):
                new = lowered[: match.start()] + match.expand(replacement) + lowered[match.end() :]
                if new != lowered and len(new) >= 2:
                    options.append((new, note))
        if options:
            new, note = rng.choice(options)
            prefix = f"{label} romanisation" if label != "generic" else "respelled"
            return _match_case(token, new), f"{prefix} {note}"
    return None


def damage_names(
    plan: Plan,
    people: list[Person],
    rng: random.Random,
    budget: dict[str, int],
    same_person: Sequence[Sequence[str]] = (),
    routes: dict[str, list[str]] | None = None,
) -> None:
    """Respell, re-hear and re-christen some mentions, always leaving one mention correct;
    ``same_person`` groups the accepted spellings of one person (a gazetteer entry's canonical
    form and aliases), which a first-name swap must never produce. ``routes`` gives the
    readings of a person's name through another script, the way real translation from
    Chinese, Korean, Japanese or Russian brings names back."""
    accepted_forms = {name: set(group) for group in same_person for name in group}
    people = list(people)
    rng.shuffle(people)
    # people the article names more than once first, so a correct spelling stays elsewhere
    for person in sorted(people, key=lambda p: len(p.short_mentions) < 2):
        if budget.get("name-phonetic", 0) <= 0:
            break
        mentions = person.short_mentions
        if not mentions:
            continue
        spelled = respell(person.short, language_of(person.tokens), rng)
        if spelled is None:
            continue
        new, note = spelled
        chosen = rng.sample(mentions, k=max(1, min(len(mentions) // 2, rng.randint(1, 3))))
        for start, end in sorted(chosen):
            if budget["name-phonetic"] > 0 and plan.add(start, end, new, "name-phonetic", "name", note):
                budget["name-phonetic"] -= 1

    rng.shuffle(people)
    for person in people:
        if budget.get("name-words", 0) <= 0:
            break
        if len(person.full_mentions) + len(person.short_mentions) < 3:
            continue
        heard = name_as_words(person.full, rng)
        if heard is None:
            continue
        start, end = rng.choice(person.full_mentions)
        if plan.add(start, end, heard, "name-words", "name", "the name heard as English words"):
            budget["name-words"] -= 1

    _through_other_scripts(plan, people, rng, budget, routes or {})
    _lost_capitals(plan, people, rng, budget)

    neighbours = {n: group for group in _name_data()["first_name_neighbours"] for n in group}
    rng.shuffle(people)
    for person in people:
        if budget.get("name-firstname", 0) <= 0:
            break
        first = person.tokens[0]
        if first == person.short or first not in neighbours or len(person.tokens) < 2:
            continue
        # a swap that gives another accepted spelling of this person ("Sergei" for Sergey
        # Lavrov when the gazetteer lists "Sergei Lavrov") is no damage: never make it
        accepted = accepted_forms.get(person.full, {person.full})
        rest = person.full[len(first) :]
        options = [n for n in neighbours[first] if n != first and n + rest not in accepted]
        if not options:
            continue
        other = rng.choice(options)
        start, _ = rng.choice(person.full_mentions)
        if plan.add(start, start + len(first), other, "name-firstname", "name", f"{first} -> {other}"):
            budget["name-firstname"] -= 1


def _through_other_scripts(
    plan: Plan, people: list[Person], rng: random.Random, budget: dict[str, int], routes: dict[str, list[str]]
) -> None:
    """A full mention replaced by a reading of the person's native name ("Yin Xiyue")."""
    rng.shuffle(people)
    for person in people:
        if budget.get("name-route", 0) <= 0:
            break
        readings = routes.get(person.full)
        if not readings or not person.full_mentions:
            continue
        start, end = rng.choice(person.full_mentions)
        reading = rng.choice(readings)
        if readings[-1] == _SURNAME_ONLY:
            # a Western name in Chinese or Cyrillic spells the surname alone (拜登, Макрон)
            reading = rng.choice(readings[:-1])
            start = end - len(person.tokens[-1])
        if plan.add(start, end, reading, "name-route", "name", f"{person.full} read through another script"):
            budget["name-route"] -= 1


def _lost_capitals(plan: Plan, people: list[Person], rng: random.Random, budget: dict[str, int]) -> None:
    """The surname of a two-word full mention in lower case ("Emmanuel macron")."""
    rng.shuffle(people)
    for person in people:
        if budget.get("name-lowercase", 0) <= 0:
            break
        if len(person.tokens) != 2 or not person.full_mentions or "-" in person.tokens[1]:
            continue
        start, end = rng.choice(person.full_mentions)
        surname = person.tokens[1]
        if plan.add(
            end - len(surname), end, surname.lower(), "name-lowercase", "name", "surname lower-cased"
        ):
            budget["name-lowercase"] -= 1


_HONORIFIC = re.compile(r"(?<![\w.])(Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov)\.( )([A-Z][a-z]+)(?![\w-])")
_TITLE = re.compile(
    r"(?<=[a-z,] )(President|Chancellor|Premier|Minister|Secretary|Ambassador|Senator|Governor|Sheikh|King|Queen|Prince)( )([A-Z][a-z]+)(?![\w-])"
)


def damage_honorifics(plan: Plan, rng: random.Random, budget: dict[str, int]) -> None:
    """Cut an honorific from its name: "... met Mr." then a new line starting with the surname."""
    text = plan.text
    spots = [(m, "\n") for m in _HONORIFIC.finditer(text)] or [(m, ".\n") for m in _TITLE.finditer(text)]
    rng.shuffle(spots)
    for m, breaker in spots:
        if budget.get("honorific-split", 0) <= 0:
            break
        damaged = text[m.start() : m.start(2)] + breaker + m.group(3)
        note = f"{m.group(1)} cut from {m.group(3)} across a sentence break"
        if plan.add(m.start(), m.end(), damaged, "honorific-split", "structure", note):
            budget["honorific-split"] -= 1
