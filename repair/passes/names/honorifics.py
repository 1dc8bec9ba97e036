"""Titles cut from their names by a line break ("Mr.\nCho"), rejoined."""

from __future__ import annotations

import re

from repair.edits import Proposal, make_proposal
from repair.gazetteer.entries import Entry
from repair.gazetteer.mentions import zipf
from repair.passes.names.article import Article, hepburn
from repair.passes.names.decisions import _best_known
from repair.words import DOTTED_HONORIFICS as _ABBREVIATED

_CUT_TITLE = re.compile(
    r"(?<![\w.])(Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|President|Chancellor|Premier|Minister|Secretary|"
    r"Ambassador|Senator|Governor|Sheikh|King|Queen|Prince)(\.?)([ \t]*(?:\r?\n[ \t]*)+)(?=[A-Z])"
)


def honorific_splits(article: Article) -> list[Proposal]:
    """ "... talks with Mr.\nCho would ...": rejoin a title cut from a name by a line break.

    A line never ends with "Mr." or "Dr." in running text, so an honorific before a line
    break and a capitalised name after it is proposed (surer when the name is a recognised
    person). A full title word ("Prime Minister.") must follow a word other than an article,
    since "met the President." can end a sentence, and be followed by a recognised person
    or a two-word name.
    """
    text = article.doc.text
    starts = {r.mention.start: r for r in article.readings}
    for r in article.readings:
        if r.mention.title and r.mention.title[0].start >= r.mention.sentence_start:
            starts.setdefault(r.mention.title[0].start, r)  # "Sheikh Mohammed ...", "Prince Faisal ..."
    proposals = []
    for match in _CUT_TITLE.finditer(text):
        title, dot = match.group(1), match.group(2)
        reading = starts.get(match.end())
        if reading is None:
            continue
        person = reading.status == "known" and any(e.type == "person" for e in reading.entries)
        name = reading.mention.text(text)
        namelike = reading.status != "known" and zipf(reading.mention.words[-1].text) < 4.0
        if title in _ABBREVIATED:
            if not dot or not (person or namelike):
                continue
            start, confidence = match.start(3), 0.93 if person else 0.86
        else:
            before = text[max(0, match.start() - 5) : match.start()].lower()
            if re.search(r"\b(the|a|an)\s+$", before) or not re.search(r"[a-z,]\s+$", before):
                continue
            if not (person or (namelike and len(reading.mention.words) >= 2)):
                continue
            start, confidence = match.start(2), (0.9 if person else 0.82)
        if person:
            why = f"{name!r} is a person's name (gazetteer: {_best_known(reading, article).describe()})"
        else:
            why = f"{name!r} reads as a name (capitalised, not an English word)"
        proposals.append(
            make_proposal(
                text,
                start,
                match.end(),
                " ",
                kind="structure",
                rule="name.honorific-split",
                confidence=confidence,
                reason=f"the title {title!r} was cut from the name {name!r}",
                evidence=[why, f"a line break separates {title + dot!r} from it"],
            )
        )
    return proposals


_GLUED_TITLE = re.compile(
    r"\b(Mr|Mrs|Ms|Dr|President|Minister|Premier|Chancellor|Secretary|Ambassador|Senator|Governor|"
    r"Mayor|Sheikh|King|Queen|Prince|Princess)(\.?)([A-Z][a-z]+)\b"
)


def glued_titles(article: Article, gazetteer) -> list[Proposal]:
    """ "Prime MinisterAnwar Ibrahim", "Mr.Modi": a title run onto the name after it. Only where
    the rest is a word of a listed person's name, and surer when the words after it complete
    the person's whole name."""
    from repair.gazetteer.index import ALIAS, CANONICAL
    from repair.gazetteer.keys import fold
    from repair.passes.names.glued_names import space_at

    text = article.doc.text
    proposals = []
    for match in _GLUED_TITLE.finditer(text):
        title, dot, name = match.groups()
        people = [e for e, _ in gazetteer.exact(fold(name)) if e.type == "person"]
        if not people:
            continue
        after = re.match(
            r"[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)", text[match.end() : match.end() + 60]
        )
        whole = f"{name} {after.group(1)}" if after else name
        known = any(
            kind in (CANONICAL, ALIAS) and e.type == "person"
            for words in (whole, " ".join(whole.split()[:2]))
            for e, kind in gazetteer.exact(fold(words))
        )
        proposals.append(
            space_at(
                text,
                match.start(3),
                "name.title-glued",
                0.93 if known else 0.85,
                f"the title {title + dot!r} is run onto the name {name!r}",
                [
                    f"{name!r} is a word of {people[0].canonical}'s name",
                    *([f"{whole!r} is a listed person's name"] if known else []),
                ],
            )
        )
    return proposals


def respelled_after_titles(result, article, gazetteer) -> None:
    """ "Mr. Mun" or "President Joe" where the article names Moon Jae-in or Cho Kuk: a title
    and one short word that is a reading of a named person's family name through another
    script (Revised Romanization "Mun", Pinyin "Wen"), or sounds like one. Proposed in place
    of a weaker guess from the word alone ("Mun" is not "Min").

    When the article never names the person, the role phrases it uses ("the South Korean
    President", "Japan's Prime Minister") stand in: a title and a short word that is a reading
    of, or sounds like, the family name of exactly one person the gazetteer lists with one of
    them ("Mr. Yun" for Yoon Suk Yeol) is proposed for review only (name.role, ROLE_HOLDER)."""
    from repair.gazetteer.index import CANONICAL
    from repair.gazetteer.keys import fold
    from repair.passes.names.entities import ResolveContext, family_form, family_of

    named: dict[str, Entry] = {}
    named_at: dict[str, set[int]] = {}  # where the article names each: "Mr. Jo" names nobody by itself
    for r in article.readings:
        if r.status == "known" and r.entries:
            named.setdefault(r.entries[0].canonical, r.entries[0])
            named_at.setdefault(r.entries[0].canonical, set()).add(r.mention.start)
    for found in result.entities:
        for entry, kind in gazetteer.exact(fold(found["entity"])):
            if kind == CANONICAL:
                named.setdefault(entry.canonical, entry)
                named_at.setdefault(entry.canonical, set()).add(found["start"])
    for canonical, (entry, starts) in result.linked.items():  # "Suga Yosihide": named, mangled
        named.setdefault(canonical, entry)
        named_at.setdefault(canonical, set()).update(starts)
    people = [e for e in named.values() if e.type == "person" and family_of(e)]
    # family names of people the article names in full: "Mr. Lee" beside "Lee Jae-myung" is his
    full_families = {
        family_of(r.entries[0])[0]
        for r in article.readings
        if r.status == "known"
        and r.entries
        and r.entries[0].type == "person"
        and len(r.mention.words) > 1
        and family_of(r.entries[0])
    }
    context = ResolveContext(article, gazetteer)
    text = article.doc.text
    roles: list[list[tuple[int, Holders]]] | None = None  # found once, when needed
    named_whole: set[str] = set()
    for reading in [*article.readings, *_common_words_after_honorifics(article)]:
        m = reading.mention
        if len(m.words) != 1 or not (m.honorific or m.title) or len(m.folded) != 1:
            continue
        word = m.folded[0]
        if len(word) > 5 or (hepburn(word) != word and article.words.get(hepburn(word))):
            continue  # "Mr. Utida" beside "Shinichi Uchida": his name in Kunrei romanisation
        # the people the article names elsewhere: "Mr. Jo", read as Jo Stevens, names her nowhere
        elsewhere = {name for name, at in named_at.items() if at - {m.start}}
        known = reading.status == "known" and any(e.canonical in elsewhere for e in reading.entries)
        matches = (
            [] if known else _family_matches(word, [e for e in people if e.canonical in elsewhere], context)
        )
        if matches is None:
            continue  # the word is the family name of someone the article names
        if reading.status == "known":  # a name as it stands ("Wang"): another's only by an exact reading
            matches = [match for match in matches if match[1] >= READING]
        if matches:
            matches = [match for match in matches if not article.anothers_surname(word, match[0])]
        role = ""
        if not matches and word not in full_families and _unnamed_after_honorific(reading, gazetteer, text):
            if roles is None:
                roles = _roles_by_sentence(article, gazetteer)
                named_whole = _named_whole(article, result, gazetteer)
            holders = _nearest_roles(roles, m.start)
            unnamed = [entry for name, (entry, _) in holders.items() if name not in named_whole]
            matches = _most_specific(_family_matches(word, unnamed, context) or [], holders)
            matches = [(person, ROLE_HOLDER, how) for person, _, how in matches]
            role = holders[matches[0][0].canonical][1] if matches else ""
        matches = _last_named(matches, named_at, m.start)
        if len({p.canonical for p, _, _ in matches}) != 1:
            continue
        person, confidence, how = max(matches, key=lambda match: match[1])
        # an English word in its own right ("Mr. Cats") stays for review
        english = reading.status == "common" or how == SAID_IN_ENGLISH
        # the word names nobody else the article writes in full ("Jo Seoung-lae" beside Cho Hyun)
        alone = not any(len(x.folded) > 1 and word in x.folded for x in article.mentions)
        if (
            not role
            and not english
            and alone
            and m.honorific
            and not _INTRODUCED.match(text, m.end)
            and _full_before(article, person, m.start)
        ):
            confidence = FULL_NAME_BEFORE
            how += f", and the article names {person.canonical} in full before it"
        short = called_by(person)
        # "Mr. Lola" for Lula: the word the person is called by, where the word sounds like it
        alike = short and (_sounds_alike(word, fold(short)) or _said_alike(word, fold(short)))
        replacement = short if alike else family_form(person, article.surface)
        # a surer guess stands; with the full name before, one making the same change gives way
        # (the learned confidence, which never sees this evidence, would judge it alone)
        if any(
            p.kind == "name"
            and p.span.start < m.end
            and m.start < p.span.end
            # at equal odds, the person the article names beats a guess from the gazetteer
            and (p.confidence > confidence or (p.confidence == confidence and role))
            and not (confidence == FULL_NAME_BEFORE and p.replacement == replacement)
            for p in result.proposals
        ):
            continue
        for p in result.proposals:
            if p.kind == "name" and p.span.start < m.end and m.start < p.span.end:
                result.signals.pop(p.id, None)  # its evidence is not this proposal's
        result.proposals[:] = [
            p
            for p in result.proposals
            if not (p.kind == "name" and p.span.start < m.end and m.start < p.span.end)
        ]
        if role:
            why = f"the article speaks of the {role}, whom the gazetteer lists as {person.canonical}"
            reason = f"{m.words[0].text!r} after a title is {person.canonical}, the {role}"
        else:
            why = f"the article names {person.canonical}"
            reason = f"{m.words[0].text!r} after a title is {person.canonical}, named in the article"
        result.proposals.append(
            make_proposal(
                text,
                m.start,
                m.end,
                replacement,
                kind="name",
                rule="name.role" if role else "name.article-variant",
                confidence=confidence,
                reason=reason,
                evidence=[f"{m.words[0].text!r} {how} {replacement!r}", why],
            )
        )


def _last_named(
    matches: list[tuple[Entry, float, str]], named_at: dict[str, set[int]], at: int
) -> list[tuple[Entry, float, str]]:
    """Of several people a title and short word may be ("Mr. Chew" where the article names both
    Choo Kyung-ho and Cho Tae-yul), the one named last before it: a reader takes "Mr." for the
    person just spoken of. Unchanged when none of them is named before it."""
    if len({p.canonical for p, _, _ in matches}) < 2:
        return matches
    last = {
        p.canonical: max((s for s in named_at.get(p.canonical, ()) if s < at), default=-1)
        for p, _, _ in matches
    }
    latest = max(last.values())
    if latest < 0:
        return matches
    return [match for match in matches if last[match[0].canonical] == latest]


def _full_before(article, person: Entry, at: int) -> bool:
    """The article names ``person`` by a whole name, spelled right, before ``at``."""
    return any(
        r.status == "known"
        and r.entries
        and r.entries[0].canonical == person.canonical
        and len(r.mention.folded) > 1
        and r.mention.start < at
        for r in article.readings
    )


# an honorific and a short word that is a reading of, or sounds like, the family name of the
# one person the article has named in full before it ("Foreign Minister Park Jin ... Mr. Bak"):
# automatic
FULL_NAME_BEFORE = 0.92
# "Mr. Lee, a senior aide, said": an apposition that introduces the person says "Mr. Lee" is
# somebody new, not the one named before; the sound-alike stays for review
_INTRODUCED = re.compile(r",\s+(?:a|an|one of|another)\s", re.IGNORECASE)
READING = 0.85  # a reading of the family name of a person the article names: review
SOUNDS = 0.8  # sounds like the family name of a person the article names: review
ROLE_HOLDER = 0.7  # a title and a short word, the person known only by a role in the article: review


def _unnamed_after_honorific(reading, gazetteer, text: str) -> bool:
    """ "Mr. Yun said": an honorific (not a role title, which may stand before a first name, as
    in "Prime Minister Rishi"), one word, no rare lower-case word after it, that no
    entry is called as a whole: a suspect, or a word only found inside others' names ("Yun", a
    word of Ma Yun's and Yun Duk-min's)."""
    from repair.gazetteer.index import NAME_WORD

    m = reading.mention
    after = re.match(r"[ \t]+([a-z][\w'’-]*)", text[m.end : m.end + 40])
    if not m.honorific or (after and zipf(after.group(1)) < 3.0):
        return False  # "Mr. Rishi sunak": a name word lost its capital after the first name
    if reading.status in ("suspect", "common"):
        return True
    hits = gazetteer.exact(m.folded[0])
    return reading.status == "known" and bool(hits) and all(kind == NAME_WORD for _, kind in hits)


def _named_whole(article, result, gazetteer) -> set[str]:
    """The people the article names by a whole name (a word of a name, "Wong", names none)."""
    from repair.gazetteer.index import CANONICAL, NAME_WORD
    from repair.gazetteer.keys import fold

    named = set()
    for r in article.readings:
        if r.status == "known" and r.entries:
            hits = gazetteer.exact(" ".join(r.mention.folded))
            if any(kind != NAME_WORD for _, kind in hits):
                named.add(r.entries[0].canonical)
    for found in result.entities:
        if " " in found["text"].strip():
            named.update(
                e.canonical for e, kind in gazetteer.exact(fold(found["entity"])) if kind == CANONICAL
            )
    return named


def _family_matches(word: str, people: list[Entry], context) -> list[tuple[Entry, float, str]] | None:
    """The people whose family name ``word`` reads or sounds like, with a confidence and how;
    None when ``word`` is one of their family names as it stands."""
    from repair.gazetteer.keys import fold
    from repair.gazetteer.korean_surnames import family_spellings
    from repair.passes.names.entities import FAMILY_FIRST, family_of

    matches = []
    for person in people:
        family = family_of(person)[0]
        short = fold(called_by(person))
        if word in (family, short):
            return None
        spelled = {family, short} - {""}
        if person.country in FAMILY_FIRST:
            spelled.update(fold(r.split()[0]) for r in context.readings_of(person) if " " in r)
            spelled.update(family_spellings(person.native))  # "Yi" for Lee, "Pak" for Park
        if word in spelled:
            matches.append((person, READING, "a reading of the family name through another script"))
        elif any(_sounds_alike(word, s) for s in spelled if len(s) <= 5):
            matches.append((person, SOUNDS, "sounds like the family name"))
        elif any(_said_alike(word, s) for s in spelled if len(s) <= 5):
            matches.append((person, SOUNDS, SAID_IN_ENGLISH))
    return matches


def _sounds_alike(word: str, name: str) -> bool:
    from repair.gazetteer.keys import sound_key

    return sound_key(word) == sound_key(name) and _same_onset(word, name)


def called_by(person: Entry) -> str:
    """The one word news calls the person by when it is not the family name ("Lula" of Luiz
    Inácio Lula da Silva, "Jokowi"): a one-word alias, not an acronym ("AMLO"); "" if none."""
    return next((a for a in person.aliases if a.isalpha() and not a.isupper()), "")


SAID_IN_ENGLISH = "is said in English like the family name"


def _said_alike(word: str, family: str) -> bool:
    """An English word said as the family name is ("Chew" and "Choo", whose transliteration
    keys differ on the w), the two beginning alike."""
    from repair.passes.names.heard_as_words import english_key

    return zipf(word) >= 2.5 and _same_onset(word, family) and english_key([word]) == english_key([family])


def _same_onset(word: str, family: str) -> bool:
    """The two words begin with the same letter, or with letters English says alike ("Cats",
    Katz; "Philips", Filipe): the first letter of a sound key, where it is a consonant."""
    from repair.gazetteer.keys import sound_key
    from repair.passes.names.heard_as_words import english_key

    if word[:1] == family[:1]:
        return True
    first, theirs = sound_key(word)[:1], sound_key(family)[:1]
    if first == theirs and first != "A":
        return True
    # or a silent letter before the first sound ("Wren", Rehn; "Knot", Nott)
    said = english_key([word])[:1]
    return said == english_key([family])[:1] and said != "A" and word[:1] not in "aeiou"


def _common_words_after_honorifics(article) -> list:
    """ "Mr. Cats", "Mr. Lie": after an honorific a capitalised word is a family name, even one
    English uses for something else (a lone common word is otherwise read as no name at all).
    Only runs of one short word, and only where the article has no reading of their own; the
    word must sound like the family name of a person the article names (``_family_matches``)."""
    from repair.passes.names.readings import Reading

    seen = {r.mention.start for r in article.readings}
    out = []
    for mention in article.mentions:
        if mention.start in seen or not mention.honorific or len(mention.words) != 1:
            continue
        word = mention.words[0].text
        if not word[:1].isupper() or not word.isalpha() or len(word) > 5 or zipf(word) < 4.0:
            continue
        out.append(Reading(mention, "common"))  # no reading of its own: an English word
    return out


def _most_specific(
    matches: list[tuple[Entry, float, str]], holders: dict[str, tuple[Entry, str]]
) -> list[tuple[Entry, float, str]]:
    """Of the role holders a word sounds like, those of the longest role phrase: "Mr. Sar" after
    "the Israeli Foreign Minister" is Gideon Saar, not a Brazilian foreign minister Serra whom
    "Foreign Minister" alone would also describe."""
    if len({p.canonical for p, _, _ in matches}) < 2:
        return matches
    size = {p.canonical: len(holders[p.canonical][1].split()) for p, _, _ in matches}
    longest = max(size.values())
    return [match for match in matches if size[match[0].canonical] == longest]


Holders = dict[str, tuple[Entry, str]]


def _roles_by_sentence(article, gazetteer) -> list[list[tuple[int, Holders]]]:
    """For each sentence with a role phrase of two words or more ("south korean president",
    "prime minister of japan"), where each phrase's title word stands and the people the
    gazetteer lists with the phrase, by canonical name; people the article names count too,
    so that their role is still the nearest one to an honorific after it."""
    from repair.gazetteer.keys import fold
    from repair.gazetteer.mentions import words_of
    from repair.words import TITLE_WORDS

    text = article.doc.text
    found: list[list[tuple[int, Holders]]] = []
    for sentence in article.doc.sentences:
        spans = words_of(text, sentence.start, sentence.end)
        words = [fold(w.text) for w in spans]
        heads: list[tuple[int, Holders]] = []
        for i, head in enumerate(words):
            if head not in TITLE_WORDS:
                continue
            holders: Holders = {}
            phrases = [words[j : i + 1] for j in range(max(0, i - 4), i)]
            phrases += [words[i:k] for k in range(i + 2, min(len(words), i + 5) + 1)]
            for phrase in phrases:
                joined = " ".join(phrase)
                for entry in gazetteer.by_role(joined):
                    if entry.type == "person":
                        holders.setdefault(entry.canonical, (entry, joined))
            if holders:
                heads.append((spans[i].start, holders))
        if heads:
            found.append(heads)
    return found


def _nearest_roles(roles: list[list[tuple[int, Holders]]], position: int) -> Holders:
    """The role holders of the last sentence with a role before ``position``, only its roles
    written before it (else the first sentence's): "Mr. Li" after "the Chinese Foreign
    Minister" is not the Korean president the article spoke of a paragraph earlier, and "Mr.
    Cats will meet the US defence secretary" is not the secretary named after him."""
    for heads in reversed(roles):
        holders: Holders = {}
        for at, found in heads:
            if at < position:
                for name, holder in found.items():
                    holders.setdefault(name, holder)
        if holders:
            return holders
    out: Holders = {}
    for _, found in roles[0] if roles else []:
        for name, holder in found.items():
            out.setdefault(name, holder)
    return out
