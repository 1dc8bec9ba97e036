"""Names that came back as other words: a surname rendered as the English word it sounds like
("the Hollow" for Hołownia), and a name respelled as somebody's first name ("Anatoly" for the
Anadolu agency the article names twice). Both are found from the article's own names, never
from the gazetteer alone, and both go to review: the evidence is a sound, not a spelling.
"""

from __future__ import annotations

import dataclasses
import re

from rapidfuzz.distance import Indel

from repair.edits import make_proposal
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import ALIAS, CANONICAL, NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import zipf
from repair.passes.names.decisions import NameAnalysis, _recognise
from repair.passes.names.entities import family_form, family_of
from repair.words import DEMONYMS

_THE_WORD = re.compile(r"\b[Tt]he ([A-Z][a-z]{3,})\b")


def taken_spans(result: NameAnalysis) -> list[tuple[int, int]]:
    return [(p.span.start, p.span.end) for p in result.proposals if p.kind in ("name", "style")]


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def named_families(result: NameAnalysis, article, gazetteer: Gazetteer) -> dict[str, Entry]:
    """The one-word family names of the people the article names, as written or as the pass
    recognised or corrected them, each with its person (the first named)."""
    named = [r.entries[0] for r in article.readings if r.status == "known" and r.entries]
    for found in result.entities:
        if found["type"] == "person":
            named.extend(e for e, kind in gazetteer.exact(fold(found["entity"])) if kind == CANONICAL)
    families: dict[str, Entry] = {}
    for entry in named:
        family = family_of(entry) if entry.type == "person" else []
        if len(family) == 1:
            families.setdefault(family[0], entry)
    return families


def surnames_as_words(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    """ "the Hollow" where the article names Szymon Hołownia: a capitalised English word after
    "the", inside a sentence, that begins like the family name of a person the article names
    and is close to it letter by letter, is that person."""
    text = article.doc.text
    people = {
        family: entry
        for family, entry in named_families(result, article, gazetteer).items()
        if len(family) >= 5
    }
    if not people:
        return
    taken = taken_spans(result)
    starts = {s.start for s in article.doc.sentences}
    for match in _THE_WORD.finditer(text):
        word = match.group(1)
        folded = fold(word)
        if match.start() in starts or zipf(word) < 3.0 or overlaps(taken, match.start(), match.end()):
            continue
        if any(kind in (CANONICAL, ALIAS) for _, kind in gazetteer.exact(folded)):
            continue  # "the Kremlin", "the Bundestag"
        if folded in DEMONYMS:
            continue  # "the Iranian First Vice President": a nationality, where Iravani is named
        for family, entry in people.items():
            if folded == family or not family.startswith(folded[:3]):
                continue
            if Indel.normalized_similarity(folded, family) < 0.65:
                continue
            replacement = family_form(entry, article.surface)
            result.proposals.append(
                make_proposal(
                    text,
                    match.start(),
                    match.end(),
                    replacement,
                    kind="name",
                    rule="name.heard-as-word",
                    confidence=0.65,
                    reason=f"{match.group()!r} sounds like {replacement!r}, named in the article",
                    evidence=[
                        f"the article names {entry.canonical}",
                        f"{word!r} begins like the family name and is close to it letter by letter",
                    ],
                )
            )
            _recognise(
                result,
                text,
                match.start(),
                match.end(),
                entry,
                0.65,
                (match.start(), match.end(), replacement),
            )
            break


def first_names_for_names(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    """ "Anatoly" alone where the article spells "Anadolu" twice or more: a word that is only
    somebody's first name, standing alone, sounding like a name the article writes more often."""
    text = article.doc.text
    taken = taken_spans(result)
    for reading in article.readings:
        m = reading.mention
        if reading.status != "known" or len(m.words) != 1 or overlaps(taken, m.start, m.end):
            continue
        word = m.folded[0] if m.folded else ""
        hits = gazetteer.exact(word)
        if not hits or any(kind != NAME_WORD for _, kind in hits):
            continue
        if any(family_of(entry)[:1] == [word] for entry, _ in hits):
            continue  # somebody's family name: a surname alone is how news refers to people
        best = None
        for other, w, theirs in article.sounding_like(word):
            if theirs == word or other.status != "known" or theirs[:1] != word[:1]:
                continue
            count = article.words.get(theirs, 0)
            close = count >= 2 and Indel.normalized_similarity(word, theirs) >= 0.6
            if close and (best is None or count > best[1]):
                best = (w.text, count, other.entries[0] if other.entries else None)
        if best is None or best[2] is None:
            continue
        spelling, count, entry = best
        result.proposals.append(
            make_proposal(
                text,
                m.start,
                m.end,
                spelling,
                kind="name",
                rule="name.article-variant",
                confidence=0.7,
                reason=f"{m.words[0].text!r} alone is only a first name; the article writes {spelling!r} {count} times",
                evidence=[
                    f"the article spells {spelling!r} {count}x ({entry.canonical})",
                    f"{m.words[0].text!r} and {spelling!r} sound the same (transliteration key)",
                ],
            )
        )
        _recognise(result, text, m.start, m.end, entry, 0.7, (m.start, m.end, spelling))


RUN_END = re.compile(r"^[ \t]+(said|says|told|added|stressed|noted|warned|replied)\b")


def english_key(words: list[str]) -> str:
    """How an English reader says a run of words, as a consonant skeleton: Metaphone word by
    word, run together, a vowel opening written "A", the glides w, h and y and doubled letters
    dropped ("Mellow Knee" and "Meloni" both "MLN", "Air Dog On" and "Erdogan" "ARTKN")."""
    import jellyfish

    code = "".join(jellyfish.metaphone(w) for w in words if w.isalpha())
    if not code:
        return ""
    head = "A" if code[0] in "AEIOU" else code[0]
    out = [head]
    for ch in code[1:]:
        if ch in "WHYAEIOU" or ch == out[-1]:
            continue
        out.append(ch)
    return "".join(out)


def names_heard_as_words(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    """ "Mellow Knee said" where the article names Giorgia Meloni: a run of two or more
    capitalised English words, inside a sentence and outside a title-case headline, that no
    entry is called, which an English reader says the way the family name of a person the
    article names (in full, or by the family name alone) is said. Review only: the evidence is
    a sound."""
    people: dict[str, Entry] = {}
    for r in article.readings:
        if r.status != "known" or not r.entries or r.entries[0].type != "person":
            continue
        # a full name, or the family name alone ("Kishida", "Prime Minister Kishida")
        if len(r.mention.words) > 1 or family_of(r.entries[0]) == list(r.mention.folded):
            people.setdefault(r.entries[0].canonical, r.entries[0])
    for found in result.entities:
        if found["type"] == "person" and " " in found["text"].strip():
            for entry, kind in gazetteer.exact(fold(found["entity"])):
                if kind == CANONICAL and entry.type == "person":
                    people.setdefault(entry.canonical, entry)
    keys: dict[str, list[tuple[Entry, str]]] = {}
    for entry in people.values():
        family = family_of(entry)
        if family and len("".join(family)) >= 5:
            keys.setdefault(english_key(family), []).append((entry, family_form(entry, article.surface)))
    keys.pop("", None)
    if not keys:
        return
    taken = taken_spans(result) + [(e["start"], e["end"]) for e in result.entities]
    for mention in article.mentions:
        runs = [mention.words]
        if mention.common_first:
            runs.append(mention.words[1:])  # "Later Mellow Knee said": "Later" opens the sentence
        for run in runs:
            if _heard_run(result, article, gazetteer, keys, taken, run, mention.title):
                break


def _heard_run(result, article, gazetteer: Gazetteer, keys, taken, run, title) -> bool:
    """Propose the one person the words of ``run`` are said like, if any; True when proposed."""
    from repair.passes.names.headlines import title_case_line

    text = article.doc.text
    if not run:
        return False
    start, end = run[0].start, run[-1].end
    words = [w.text for w in run]
    if len(words) < 2 or len(words) > 4:
        return False
    if overlaps(taken, start, end):
        if not _doubt_another(result, article.doc.text, keys, run, start, end):
            return False
        taken[:] = [(s, e) for s, e in taken if not (s < end and start < e)]
    if not all(w.isalpha() and w[:1].isupper() and zipf(w) >= 3.0 for w in words):
        return False  # each word an English word ("Mellow", "Knee"), not a name's
    folded = [fold(w) for w in words]
    if gazetteer.exact(" ".join(folded)) or any(
        kind in (CANONICAL, ALIAS) for w in folded for _, kind in gazetteer.exact(w)
    ):
        return False  # "White House", "Air Force": somebody's or something's name
    if title_case_line(text, start):
        return False
    found = keys.get(english_key(folded))
    if not found or len({e.canonical for e, _ in found}) != 1:
        return False
    entry, replacement = found[0]
    said = bool(RUN_END.match(text[end : end + 20]))
    confidence = 0.75 if said or title else 0.7
    written = text[start:end]
    why = f"{written!r} is said like {replacement!r}, named in the article"
    evidence = [
        f"the article names {entry.canonical}",
        f"the English words {written!r} run together sound like the family name",
    ]
    propose_heard(result, text, (start, end, replacement), entry, confidence, why, evidence)
    taken.append((start, end))
    return True


def propose_heard(
    result: NameAnalysis,
    text: str,
    fix: tuple[int, int, str],
    entry: Entry,
    confidence: float,
    reason: str,
    evidence: list[str],
) -> None:
    """Add a heard-as-words proposal (``fix``: start, end, replacement) and note the person."""
    start, end, replacement = fix
    result.proposals.append(
        make_proposal(
            text,
            start,
            end,
            replacement,
            kind="name",
            rule="name.heard-as-word",
            confidence=confidence,
            reason=reason,
            evidence=evidence,
        )
    )
    _recognise(result, text, start, end, entry, confidence)


def _doubt_another(result: NameAnalysis, text: str, keys, run, start: int, end: int) -> bool:
    """ "Kia Shed", which the per-run scorer made Kazuo Ueda (the letters run together sound
    like his name), is said in English like Kishida, whom the article names. A proposal for a
    person the article never writes gives way (True: the run is free for the heard name); one
    for another person the article names stays, for review only (capped, and marked so that
    the learned confidence cannot raise it): the sound fits two people."""
    words = [w.text for w in run]
    if not all(w.isalpha() and w[:1].isupper() and zipf(w) >= 3.0 for w in words):
        return False
    found = keys.get(english_key([fold(w) for w in words]))
    if not found or len({e.canonical for e, _ in found}) != 1:
        return False
    entry, _ = found[0]
    forms = {fold(form) for form in entry.forms} | {" ".join(family_of(entry))}
    overlapping = [
        i
        for i, p in enumerate(result.proposals)
        if p.kind == "name" and p.span.start < end and start < p.span.end
    ]
    if any(fold(result.proposals[i].replacement) in forms for i in overlapping):
        return False  # already the heard person
    outside = text[:start] + "\n" + text[end:]
    if overlapping and all(
        not _written(result.proposals[i].replacement, outside)
        and (result.proposals[i].span.start, result.proposals[i].span.end) == (start, end)
        for i in overlapping
    ):
        gone = {result.proposals[i].id for i in overlapping}
        result.proposals[:] = [p for p in result.proposals if p.id not in gone]
        result.entities[:] = [e for e in result.entities if not (e["start"] < end and start < e["end"])]
        result.protected[:] = [s for s in result.protected if not (s.start < end and start < s.end)]
        return True
    for i in overlapping:
        p = result.proposals[i]
        result.proposals[i] = dataclasses.replace(
            p,
            confidence=min(p.confidence, 0.75),
            evidence=[
                *p.evidence,
                f"{p.original!r} is also said like {entry.canonical}, named in the article",
            ],
        )
        result.signals.setdefault(p.id, {})["other_named"] = 1.0
    return False


def _written(name: str, outside: str) -> bool:
    """Whether the article writes the person a proposal names elsewhere, whole or by the last
    word of the name ("Ueda" for Kazuo Ueda)."""
    words = name.split()
    if not words:
        return False
    last = words[-1]
    return name in outside or (len(last) >= 3 and re.search(rf"\b{re.escape(last)}\b", outside) is not None)
