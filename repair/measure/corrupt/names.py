"""People's names in a clean article, and the ways a translation round trip mangles them."""

from __future__ import annotations

import random
import re
import sqlite3
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


_SURNAME_ONLY = "\x00surname"  # marks readings of a surname alone (a Western name in Chinese or Cyrillic)
_NATIVE = "\x00native "  # then the family name in its own script ("尹" of 尹錫悅)


def route_readings(paths: list[Path]) -> dict[str, list[str]]:
    """Each accepted spelling of a person with a native-script name -> the readings of that
    name through other romanisation systems ("Yoon Suk Yeol" -> "Yin Xiyue", ...), then the
    markers: readings of the surname alone, and the family name in its own script."""
    from repair.gazetteer.keys import name_words
    from repair.gazetteer.routes import FAMILY_FIRST, readings, script_of

    stored = _stored_readings()
    out: dict[str, list[str]] = {}
    for entry in _gazetteer_entries(paths):
        if entry.type != "person" or not entry.native:
            continue
        if entry.country not in FAMILY_FIRST and entry.canonical.split()[0] in entry.aliases:
            continue  # called by the first name ("Srettha"): its native spelling is the first name's
        key = (entry.native, entry.country)
        if key in stored:
            found = list(stored[key])
        else:
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
        if entry.country in FAMILY_FIRST:
            # as the index reads it (repair.gazetteer.index): the first character of a Han or Hangul name
            found.extend(
                _NATIVE + n[0] for n in entry.native[:1] if script_of(n) in ("han", "hangul") and len(n) > 1
            )
        for name in _entry_names(entry):
            out[name] = found
    return out


def _stored_readings() -> dict[tuple[tuple[str, ...], str], tuple[str, ...]]:
    """(native spellings, country) -> their readings, as the shipped gazetteer's compiled
    index keeps them, when that index is built already: the same readings the packages
    give (they depend on nothing else), without importing them (about 2 s). Empty when
    there is no current index; the readings are then read through the packages."""
    from repair.errors import RepairError
    from repair.gazetteer.index import Index, cache_dir, shipped_sources

    try:
        sources = shipped_sources()
        path = cache_dir() / f"{sources.label}-{sources.fingerprint()}.sqlite"
        if not path.is_file():
            return {}
        index = Index.open(path, sources.label)
        try:
            return {(e.native, e.country): e.readings for e in index.entries() if e.native}
        finally:
            index.db.close()
    except (RepairError, OSError, sqlite3.Error):
        return {}


def person_forms(paths: list[Path]) -> list[tuple[str, ...]]:
    """Each person entry's accepted spellings (canonical and aliases), one tuple per entry."""
    return [tuple(_entry_names(e)) for e in _gazetteer_entries(paths) if e.type == "person"]


@cache
def _first_names() -> frozenset[str]:
    return frozenset(n for group in _name_data()["first_name_neighbours"] for n in group)


@cache
def _east_asian_surnames() -> frozenset[str]:
    languages = _romanisation()["languages"]
    return frozenset({*languages["zh"]["surnames"], *languages["ko"]["surnames"]})


def _is_person(tokens: list[str]) -> bool:
    from wordfreq import zipf_frequency

    data = _name_data()
    if any(t in data["not_names"] or t in data["titles"] for t in tokens):
        return False
    if zipf_frequency(tokens[-1].lower(), "en") >= 4.3:  # "Industries", "Green": not a surname here
        return False
    if " ".join(tokens) in _places() or any(t in _places() and len(t) > 3 for t in tokens[1:]):
        return False
    east_asian = tokens[0].lower() in _east_asian_surnames()
    return tokens[0] in _first_names() or east_asian or zipf_frequency(tokens[0].lower(), "en") < 4.2


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
    """Respell, re-hear and re-christen some mentions, mostly leaving one mention correct;
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
        # one spelling all through, as real translation respells a name it does not know
        # ("Berbock" six times, never "Baerbock"): only the gazetteer can tell; one event
        every = rng.random() < 0.25
        if every:
            chosen = list(mentions)
        else:
            chosen = rng.sample(mentions, k=max(1, min(len(mentions) // 2, rng.randint(1, 3))))
        for start, end in sorted(chosen):
            if (every or budget["name-phonetic"] > 0) and plan.add(
                start, end, new, "name-phonetic", "name", note
            ):
                budget["name-phonetic"] = max(0, budget["name-phonetic"] - 1)

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


def _alone(person: Person) -> list[tuple[int, int]]:
    """The short mentions that stand alone, outside every full mention ("Macron said")."""
    return [
        (s, e)
        for s, e in person.short_mentions
        if not any(fs <= s and e <= fe for fs, fe in person.full_mentions)
    ]


_TITLE_BEFORE = re.compile(r"(?:President|Premier|Minister|Chairman|Leader|Mr\.|Ms\.|Mrs\.) $")


def _through_other_scripts(
    plan: Plan, people: list[Person], rng: random.Random, budget: dict[str, int], routes: dict[str, list[str]]
) -> None:
    """A full mention replaced by a reading of the person's native name ("Yin Xiyue"), and
    other mentions of the same person by other readings, as real translation respells one
    person differently each time ("Wen Zai", "Wen Zhai"); a family name after a title may
    stay in its own script ("President 尹")."""
    rng.shuffle(people)
    for person in people:
        if budget.get("name-route", 0) <= 0 and budget.get("name-native", 0) <= 0:
            break
        readings = routes.get(person.full)
        if not readings:
            continue
        surname_only = _SURNAME_ONLY in readings
        # a Western surname comes back from Chinese as one word ("Makelong"), never as
        # one syllable a word ("Ma Ke Long"): that is how a name is heard as English words
        plain = [r for r in readings if not r.startswith("\x00") and not (surname_only and " " in r)]
        alone = _alone(person)
        rng.shuffle(alone)
        native = next((r[len(_NATIVE) :] for r in readings if r.startswith(_NATIVE)), None)
        if native and budget.get("name-native", 0) > 0:
            for start, end in alone:
                if _TITLE_BEFORE.search(plan.text, max(0, start - 12), start):
                    if plan.add(
                        start, end, native, "name-native", "name", f"{person.short} left as {native}"
                    ):
                        budget["name-native"] -= 1
                    break
        if not plain or not person.full_mentions or budget.get("name-route", 0) <= 0:
            continue
        start, end = rng.choice(person.full_mentions)
        reading = rng.choice(plain)
        if surname_only:
            # a Western name in Chinese or Cyrillic spells the surname alone (拜登, Макрон)
            start = end - len(person.tokens[-1])
        note = f"{person.full} read through another script"
        if not plan.add(start, end, reading, "name-route", "name", note):
            continue
        budget["name-route"] -= 1
        others = [r for r in plain if r.split()[0] != reading.split()[0]] or plain
        # the same event: the surname alone, read another way where the system allows ("Yun")
        for start, end in alone[: rng.randint(0, 2)]:
            other = rng.choice(others)
            short = other if surname_only else other.split()[0]
            if plan.add(start, end, short, "name-route", "name", note):
                budget["name-route"] = max(0, budget["name-route"] - 1)


_MID_SENTENCE = re.compile(r"(?:[a-z,]) $")


def _lost_capitals(plan: Plan, people: list[Person], rng: random.Random, budget: dict[str, int]) -> None:
    """A surname in lower case: the last word of a two-word full mention ("Emmanuel
    macron"), or a surname standing alone mid-sentence ("says macron")."""
    rng.shuffle(people)
    for person in people:
        if budget.get("name-lowercase", 0) <= 0:
            break
        if len(person.tokens) != 2 or "-" in person.tokens[1] or person.short != person.tokens[1]:
            continue
        surname = person.tokens[1]
        spots = [(end - len(surname), end) for _, end in person.full_mentions]
        spots += [(s, e) for s, e in _alone(person) if _MID_SENTENCE.search(plan.text, max(0, s - 2), s)]
        if not spots:
            continue
        start, end = rng.choice(spots)
        if plan.add(start, end, surname.lower(), "name-lowercase", "name", "surname lower-cased"):
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


# Damage per 1,000 words of the families real machine-translated pages show that the rest of
# the simulator does not make (issue #15 item 6). They draw from a random stream of their own,
# after every other kind of damage, so adding them leaves every other corruption of a seed as
# it was.
REAL_FAMILY_RATES = {"name-honorific-sound": 1.5, "name-words-short": 1.0}


def damage_real_families(plan: Plan, people: list[Person], rng: random.Random, words: int) -> None:
    """ "Mr. Cats" for Mr. Katz, "President Mun" for President Moon: an honorific or a title and
    a short family name respelled by sound (an English word that sounds the same, else a romanisation habit); and
    "Mellow Knee" for Meloni: a family name standing alone heard as English words."""
    budget = {}
    for kind, rate in REAL_FAMILY_RATES.items():
        expected = rate * words / 1000
        budget[kind] = int(expected) + (1 if rng.random() < expected - int(expected) else 0)
    shorts = {p.short: p for p in people if len(p.tokens) >= 2}
    spots = [
        m
        for pattern in (_HONORIFIC, _TITLE)
        for m in pattern.finditer(plan.text)
        if m.group(3) in shorts and len(m.group(3)) <= 6
    ]
    rng.shuffle(spots)
    from repair.measure.corrupt.soundalike import sound_alike

    for m in spots:
        if budget["name-honorific-sound"] <= 0:
            break
        surname = m.group(3)
        heard = sound_alike(surname, rng)
        if heard and len(heard) == 1 and heard[0].lower() != surname.lower():
            new, note = heard[0].capitalize(), f"{surname} after {m.group(1)} heard as an English word"
        else:
            spelled = respell(surname, language_of(shorts[surname].tokens), rng)
            if spelled is None:
                continue
            new, note = spelled
        if plan.add(m.start(3), m.end(3), new, "name-honorific-sound", "name", note):
            budget["name-honorific-sound"] -= 1
    people = [p for p in people if len(p.tokens) >= 2 and len(p.short) >= 5 and "-" not in p.short]
    rng.shuffle(people)
    for person in people:
        if budget["name-words-short"] <= 0:
            break
        alone = [
            (s, e)
            for s, e in _alone(person)
            if _MID_SENTENCE.search(plan.text, max(0, s - 2), s) or plan.text[e : e + 6] == " said"
        ]
        if not alone or len(alone) + len(person.full_mentions) < 2:
            continue
        heard = name_as_words(person.short, rng)
        if heard is None or len(heard.split()) < 2:
            continue
        start, end = rng.choice(alone)
        if plan.add(start, end, heard, "name-words-short", "name", "the family name heard as English words"):
            budget["name-words-short"] -= 1
