"""A Korean name in a romanisation of its own ("Lee Jae-myeong", "Han Dok-su", "U Won-sik").

The index accepts every syllable of a Korean name in Revised Romanization or
McCune-Reischauer (routes.korean_spellings), so such a spelling reads as the person, never
as damage. But a newsroom writes the spelling the person uses, and a translation that
respells one syllable by another system ("myeong" for myung) is a translation's, most of all
when the article writes the same person another way too. Each such spelling is offered, for
review only, in the person's listed spelling: a valid romanisation is no certain error.
A surname of one letter ("I" for 이, "O" for 오, "U" for 우) is the exception: Revised
Romanization writes it, English-language news never does, so with the person's listed role
written just before the name it is automatic.
"""

from __future__ import annotations

from collections import Counter

from repair.gazetteer.keys import fold, name_words
from repair.gazetteer.mentions import words_of
from repair.passes.names.entities import family_of, name_proposal

RULE = "name.romanisation"
OTHER_SPELLING_TOO = 0.75  # the article writes the person another way as well
ALONE = 0.6
ONE_LETTER_ROLED = 0.92  # a one-letter surname, the person's own role just before it


def other_romanisations(result, article) -> None:
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals]
    own: dict[str, list] = {}  # person -> readings written in a romanisation of the article's
    listed: dict[str, Counter] = {}  # person -> how the article writes the listed forms
    for reading in article.readings:
        if reading.status != "known" or not reading.entries:
            continue
        entry = reading.entries[0]
        if entry.type != "person" or entry.country not in ("KR", "KP"):
            continue
        written = text[reading.mention.start : reading.mention.end]
        words = name_words(written)
        forms = {"".join(name_words(f)): f for f in entry.forms}
        if "".join(words) in forms:
            listed.setdefault(entry.canonical, Counter())[written] += 1
        elif len(words) >= 3 or _given_run_together(words, entry):
            # a whole name, not "Lee" or a two-piece form the index lists
            own.setdefault(entry.canonical, []).append(reading)
    for canonical, readings in own.items():
        spellings = {text[r.mention.start : r.mention.end] for r in readings}
        shown = listed.get(canonical)
        to = shown.most_common(1)[0][0] if shown else readings[0].entries[0].canonical
        c = OTHER_SPELLING_TOO if shown or len(spellings) > 1 else ALONE
        for reading in readings:
            start, end = reading.mention.start, reading.mention.end
            if any(s < end and start < e for s, e in taken):
                continue
            written = text[start:end]
            evidence = [f"{written!r} romanises {canonical}'s Hangul name by another system"]
            if shown:
                evidence.append(f"the article also writes {to!r}")
            elif len(spellings) > 1:
                evidence.append("the article writes the person " + " and ".join(sorted(map(repr, spellings))))
            why = f"{written!r} is {canonical}, spelled as the person is not"
            confidence = c
            role = _role_before(text, reading, start)
            if role and len(name_words(written)[0]) == 1:
                confidence = ONE_LETTER_ROLED
                evidence.append(f"a surname of one letter, after the person's role {role!r}")
            evidence.append(f"gazetteer: {reading.entries[0].describe()}")
            result.proposals.append(
                name_proposal(
                    text, start, end, to, rule=RULE, confidence=confidence, reason=why, evidence=evidence
                )
            )
        _lend_family_word(result, article, readings, to, c, taken)


def _lend_family_word(result, article, readings: list, to: str, confidence: float, taken: list) -> None:
    """The family word of the person's other romanisation, alone ("Yun said" after "Yun Sok
    Yol"; "Mun" after "Mun Jae-in"): the person too, in the family word of the spelling
    offered, for review; not where the article names somebody else with that family word."""
    text = article.doc.text
    entry = readings[0].entries[0]
    wanted = to.split()[0]  # family name first: only Korean names come here
    families = {fold(name_words(text[r.mention.start : r.mention.end])[0]) for r in readings}
    families.discard(fold(wanted))
    if not families:
        return
    for other in article.readings:
        # "Yun Duk-min" named too: "Yun" may be him
        if _another_of_the_family(other, entry):
            families.discard(other.mention.folded[0])
    for other in article.readings:
        m = other.mention
        if len(m.folded) != 1 or m.folded[0] not in families or len(m.words) != 1:
            continue
        if any(s < m.end and m.start < e for s, e in taken) or any(
            p.kind == "name" and p.span.start < m.end and m.start < p.span.end for p in result.proposals
        ):
            continue
        written = text[m.start : m.end]
        result.proposals.append(
            name_proposal(
                text,
                m.start,
                m.end,
                wanted,
                rule=RULE,
                confidence=confidence,
                reason=f"{written!r} is {entry.canonical}'s family name as the article's other spelling has it",
                evidence=[
                    f"the article writes {entry.canonical} in another romanisation, with {written!r} first",
                    f"gazetteer: {entry.describe()}",
                ],
            )
        )


def _given_run_together(words: list[str], entry) -> bool:
    """Two words, the second the person's two given syllables run together in another
    romanisation ("Mun Jaein" for Moon Jae-in), not the name cut short ("Kim Jong")."""
    if len(words) != 2 or len(words[1]) < 4:
        return False
    listed = [name_words(f) for f in entry.forms]
    return any(len(w) >= 3 for w in listed) and not any(w[1:2] == words[1:] for w in listed)


def _another_of_the_family(reading, entry) -> bool:
    """A run naming somebody else in full whose family word opens it."""
    m = reading.mention
    if reading.status != "known" or len(m.folded) < 2 or not reading.entries:
        return False
    other = reading.entries[0]
    return other.canonical != entry.canonical and family_of(other)[:1] == m.folded[:1]


def _role_before(text: str, reading, start: int) -> str:
    """The person's listed role (two words or more) that the words just before the name end with."""
    from repair.passes.names.entities import ends_with_phrase, role_phrases

    line_start = text.rfind("\n", 0, start) + 1
    before = " ".join(fold(w.text) for w in words_of(text, line_start, start)[-6:])
    for role, folded in role_phrases(reading.entries[0]):
        if ends_with_phrase(before, folded):
            return role
    return ""
