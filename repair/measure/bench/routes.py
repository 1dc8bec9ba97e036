"""`repair bench routes`: the transliteration routes read back through the names pass.

Each sampled gazetteer person with a native spelling has every reading the routes give it
("Du Ke" for 杜克, Iván Duque) put into a few news sentences of our own, with the person's
role from the gazetteer; each sentence is one article, analysed by the real pipeline and
judged as `repair bench real` judges a page (``real.judge_page``): fixed automatically,
proposed in review, or given somebody else's name. The same sentences with the person's
English name must come through unchanged. Deterministic: a seed picks the people.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from repair.config import Config
from repair.edits import Proposal
from repair.gazetteer.entries import Entry
from repair.gazetteer.keys import fold
from repair.gazetteer.routes import _NAME_DOTS, FAMILY_FIRST, family_name, korean_spellings, readings
from repair.loading import text_source
from repair.measure.bench.real import NAME_KINDS, Page, _raw_pattern, judge_page
from repair.measure.key import Corruption
from repair.words import NAME_SUFFIXES

# {role}, {name}: the person's first listed role and a reading or their English name
TEMPLATES = {
    "role before": "{Role} {name} said on Tuesday that talks would resume.",
    "role after": "Officials met {name}, the {role}, in the capital on Monday.",
    "honorific": "Mr {surname} told reporters later that the plan was sound.",
}
# A paragraph after each sentence, so an article of one sentence is not what the safety
# guard's limit on changed words measures (a five-word reading in a sentence of eleven)
FILLER = (
    "The talks were the first of their kind this year, and both sides said they hoped to agree"
    " on a plan before the end of the month. Officials declined to give details of the proposals,"
    " but said that trade, energy and transport would be on the table. A further round of"
    " meetings is expected in the spring, when ministers will review the progress made."
)
DEFAULT_PEOPLE = 300


@dataclass(frozen=True)
class Case:
    person: str
    reading: str  # the damaged form in the sentence; the English name in a clean case
    template: str
    text: str
    rights: tuple[str, ...]
    own: frozenset[str]  # the keys of the person's own name words


@dataclass
class Tally:
    cases: int = 0
    auto: int = 0
    review: int = 0
    wrong: int = 0  # some name proposal there gives another name
    wrong_auto: int = 0
    refused: int = 0  # the safety guard refused the article
    examples: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: v for k, v in vars(self).items() if k != "examples"}


def sample_people(entries: list[Entry], seed: int, count: int) -> list[Entry]:
    """``count`` people with a native spelling, drawn by ``seed`` from the canonical order."""
    people = sorted((e for e in entries if e.type == "person" and e.native), key=lambda e: e.canonical)
    return random.Random(seed).sample(people, min(count, len(people)))


def accepted(entry: Entry) -> tuple[str, ...]:
    """What puts the person right: a form, the family name, either without its accents
    ("Erdogan") or its Arabic article ("Burhan")."""
    family = _family(entry)
    found = [*entry.forms, family, _ARTICLE.sub("", family)]
    return tuple(dict.fromkeys([*found, *(fold(f).title() for f in found)]))


def _family(entry: Entry) -> str:
    """The family name, without a suffix ("Locsin" of Teodoro Locsin Jr.)."""
    words = [w for w in entry.canonical.split() if w.lower().strip(".") not in NAME_SUFFIXES]
    return family_name(" ".join(words), entry.country)


def own_words(entry: Entry) -> set[str]:
    """The keys of every word of the person's forms: a proposal writing another is wrong."""
    return {_key(w) for f in entry.forms for w in _ARTICLE.sub("", f).replace("-", " ").split()}


_ARTICLE = re.compile(r"\b(?:al|el)-", re.IGNORECASE)


def _surname_reading(reading: str, native: str, entry: Entry) -> str:
    """The family name's part of a reading: first word of a family-first name, last part of a
    dotted one; a native spelling of one part is taken as the family name itself."""
    words = reading.split()
    if entry.country in FAMILY_FIRST and len(words) > 1:
        return words[0]
    if _NAME_DOTS.search(native) or (len(native.split()) > 1 and len(words) > 1):
        return words[-1]
    return reading


def _key(text: str) -> str:
    """A spelling without case, accents, hyphens or spaces ("Le-ji", "Leji")."""
    return fold(text).replace("-", "").replace(" ", "")


def _split(name: str) -> list[str]:
    return name.replace("-", " ").split()


def _fill(template: str, entry: Entry, name: str, surname: str) -> str:
    role = entry.roles[0] if entry.roles else "official"
    return template.format(Role=role[0].upper() + role[1:], role=role, name=name, surname=surname)


def cases(entry: Entry) -> Iterator[tuple[Case, Case]]:
    """(damaged, clean) sentence pairs for every reading of the person's native spellings
    that is not already one of their English forms."""
    # a form, or a Korean name's syllables in another standard romanisation ("Jeong
    # Cheong-rae" for Jung Chung-rae), is no damage
    forms = {_key(f) for f in (*entry.forms, *korean_spellings(entry.canonical, entry.native))}
    family = _family(entry)
    rights = accepted(entry)
    own = own_words(entry)
    seen: set[str] = set()
    for native in entry.native:
        for reading in readings(native, entry.country):
            if reading in seen or _key(reading) in forms or all(_key(w) in own for w in _split(reading)):
                continue
            seen.add(reading)
            surname = _surname_reading(reading, native, entry)
            for label, template in TEMPLATES.items():
                if label == "honorific" and _key(surname) in own:
                    continue  # "Mr Zhao" is the family name as written in English
                damaged = _fill(template, entry, reading, surname)
                clean = _fill(template, entry, entry.canonical, family)
                shown = surname if label == "honorific" else reading
                yield (
                    Case(entry.canonical, shown, label, damaged, rights, frozenset(own)),
                    Case(entry.canonical, entry.canonical, label, clean, rights, frozenset(own)),
                )


def _wrong(case: Case, proposals: list[Proposal]) -> bool:
    """Some name proposal over the reading writes a word that none of the person's forms
    has: another person's name."""
    match = _raw_pattern(case.reading).search(case.text)
    if match is None:
        return False
    start, end = match.span()
    for p in proposals:
        if p.kind not in NAME_KINDS or not (p.span.start < end and start < p.span.end):
            continue
        written = {_key(w) for w in _ARTICLE.sub("", p.replacement).replace("-", " ").split()}
        if written - {_key(w) for w in p.original.split()} - case.own:
            return True
    return False


def run_routes(
    seed: int = 1,
    people: int = DEFAULT_PEOPLE,
    config: Config | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """Every case of the sampled people through the real pipeline; JSON-safe."""
    from repair.pipeline import Engine

    config = config or Config()
    engine = Engine(config)
    damaged_tally: dict[str, Tally] = {label: Tally() for label in (*TEMPLATES, "all")}
    clean_tally = Tally()
    try:
        sampled = sample_people(list(engine.gazetteer.entries()), seed, people)
        for n, entry in enumerate(sampled):
            if progress and n % 25 == 0:
                progress(f"{n}/{len(sampled)} people")
            for damaged, clean in cases(entry):
                _judge_damaged(
                    engine, config, damaged, (damaged_tally[damaged.template], damaged_tally["all"])
                )
                _judge_clean(engine, config, clean, clean_tally)
    finally:
        engine.close()
    return {
        "seed": seed,
        "people": len(sampled),
        "templates": {label: t.to_dict() for label, t in damaged_tally.items()},
        "clean": clean_tally.to_dict(),
        "missed": damaged_tally["all"].examples,
        "false_changes": clean_tally.examples,
    }


def _analyse(engine, config: Config, case: Case, names: list[Corruption], keep: list[str]):
    article = f"{case.text}\n\n{FILLER}\n"
    analysis = engine.analyze(text_source(article), scored=False)
    page = Page(case.person, article, names, [], keep, [])
    return analysis, *judge_page(page, analysis, config)


def _judge_damaged(engine, config: Config, case: Case, tallies: tuple[Tally, ...]) -> None:
    damage = Corruption.unlocated(case.reading, case.rights, category="route")
    analysis, result, applied = _analyse(engine, config, case, [damage], [])
    wrong = _wrong(case, analysis.proposals)
    wrong_auto = _wrong(case, applied)
    for tally in tallies:
        tally.cases += 1
        tally.auto += result.names_auto > 0
        tally.review += result.names_review > 0
        tally.wrong += wrong
        tally.wrong_auto += wrong_auto
        tally.refused += bool(result.refused)
    if result.names_review == 0 or wrong:
        shown = [f"{p.original!r}->{p.replacement!r}" for p in analysis.proposals if p.kind in NAME_KINDS]
        tallies[-1].examples.append(
            f"{'WRONG ' if wrong else ''}{case.person} [{case.template}] {case.text!r}: {', '.join(shown) or '-'}"
        )


def _judge_clean(engine, config: Config, case: Case, tally: Tally) -> None:
    _, result, applied = _analyse(engine, config, case, [], [case.reading])
    tally.cases += 1
    changed = bool(applied) or bool(result.keep_broken)
    tally.wrong_auto += changed
    if changed:
        tally.examples.append(
            f"{case.person} [{case.template}] {case.text!r}: "
            + ", ".join(f"{p.original!r}->{p.replacement!r}" for p in applied)
        )


def render(result: dict, verbose: bool = False) -> str:
    lines = [f"routes round trip: seed {result['seed']}, {result['people']} people with a native spelling"]
    for label, t in result["templates"].items():
        n = max(1, t["cases"])
        lines.append(
            f"  {label:12s} {t['cases']:>5d} readings: automatic {t['auto']:>5d} ({100 * t['auto'] / n:4.1f}%),"
            f" review {t['review']:>5d} ({100 * t['review'] / n:4.1f}%),"
            f" wrong person {t['wrong']} (automatic {t['wrong_auto']}), refused {t['refused']}"
        )
    c = result["clean"]
    lines.append(f"  clean: {c['cases']} sentences with the English name, false changes {c['wrong_auto']}")
    if verbose:
        lines.extend(f"    missed {m}" for m in result["missed"])
        lines.extend(f"    false change {m}" for m in result["false_changes"])
    return "\n".join(lines)
