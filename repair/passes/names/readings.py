"""Reading a capitalised run: a known name, a house-style variant, or a suspect with the words nobody is called."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from repair.gazetteer.entries import Entry
from repair.gazetteer.index import ALIAS, CANONICAL, NAME_WORD, ROUTE, VARIANT, Gazetteer
from repair.gazetteer.keys import fold, name_words
from repair.gazetteer.mentions import HONORIFICS, PARTICLES, Mention, words_of, zipf
from repair.passes.names.article import _same_sound, _short_alike, name_pieces_words


@dataclass
class Reading:
    mention: Mention
    status: str  # "known", "suspect" or "variant"
    entries: list[Entry] = field(default_factory=list)  # who a known run is, best first
    unknown: list[int] = field(default_factory=list)  # indices of words no entry is called
    valid_elsewhere: dict[int, Entry] = field(default_factory=dict)  # word -> someone else it names
    variant: tuple[int, int, Entry] | None = None  # words [i, j) spell a house-style variant of entry
    paragraph: int = 0


def _pieces_key(mention: Mention, i: int, j: int) -> str:
    return " ".join(w for word in mention.words[i:j] for w in fold(word.text.replace("-", " ")).split())


def _listed_or_read(mention: Mention, gazetteer: Gazetteer) -> bool:
    """The whole run is a name the gazetteer lists, or a reading of a native spelling of one."""
    whole = _pieces_key(mention, 0, len(mention.words))
    return bool(gazetteer.exact(whole) or gazetteer.routes(whole) or gazetteer.routes(whole.replace(" ", "")))


def _drop_stray_letters(mention: Mention, text: str, gazetteer: Gazetteer) -> None:
    """A lone letter at either end of a run that is no initial is not part of the name: "Xi
    Jinping Ÿ", where a stray control character after the name was decoded as a letter (read
    as a name word, a second run would delete it). Runs the gazetteer lists whole keep theirs
    ("Rama X", "K Shanmugam"), and so does an initial with its full stop ("J. D. Vance")."""
    words = mention.words
    if len(words) < 2 or _listed_or_read(mention, gazetteer):
        return  # also "I Jemyon", a reading of 이재명 (Lee Jae-myung) through Japanese
    if len(words[-1].text) == 1:
        words = words[:-1]
    if len(words) > 1 and len(words[0].text) == 1 and not text.startswith(".", words[0].end):
        words = words[1:]
    mention.words = words


def _drop_leading_place(mention: Mention, gazetteer: Gazetteer) -> None:
    """A place or a body written just before a name is no part of it ("the envoy for Syria
    Pedersn", "Ambassador to the United Nations Yilawani"): the longest opening run the
    gazetteer knows only as places or organisations, before a name it does not know, is left
    out, so the name is read alone. A known surname right after it keeps the run whole:
    "Georgia Meloni" may be Giorgia Meloni's first name respelled; with a word between them
    the place is the title's ("Prime Minister of Ethiopia Abi Ahmed")."""
    words = mention.words
    n = len(words)
    if (
        n < 2
        or (n == 2 and gazetteer.exact(_pieces_key(mention, n - 1, n)))
        or _listed_or_read(mention, gazetteer)  # "Mei Luoni" (梅洛尼) is Meloni, though Mei is a county
    ):
        return
    for k in range(n - 1, 0, -1):
        hits = gazetteer.exact(_pieces_key(mention, 0, k))
        if hits and all(entry.type in ("place", "organisation") for entry, _ in hits):
            mention.words = words[k:]
            return


def _drop_opening_particle(mention: Mention, gazetteer: Gazetteer) -> None:
    """A capitalised particle opening a run ("La", "Di", "Du") stays only when the whole run
    is a listed name ("La Paz", "Di Maio") or a reading of a native spelling ("Du Ke", 杜克,
    Iván Duque): else the rest is read alone, as before such runs kept their particle, so
    "La Jolla" is no respelling of a Korean name ("Lee Ju-yeol")."""
    words = mention.words
    if len(words) > 1 and words[0].text.lower() in PARTICLES and not _listed_or_read(mention, gazetteer):
        mention.words = words[1:]


def _drop_leading_role(mention: Mention, gazetteer: Gazetteer, text: str) -> None:
    """Capitalised words ending a role phrase the gazetteer lists are no part of the name
    after them ("Irish Taoiseach Halissu", "President of the Senate Larshe", "UN High
    Commissioner for Human Rights Tiourk"): the title words the mention reader knows stop
    before them, so the run is read from the first word after the phrase. A run the
    gazetteer lists whole, or reads back whole, stays."""
    words = mention.words
    if len(words) < 2 or _listed_or_read(mention, gazetteer):
        return
    for k in range(len(words) - 1, 0, -1):
        before = name_words(text[mention.sentence_start : words[k - 1].end])
        for size in range(k + 1, min(len(before), 7) + 1):
            if any(e.type == "person" for e in gazetteer.by_role(" ".join(before[-size:]))):
                mention.title = [*mention.title, *words[:k]]
                mention.words = words[k:]
                return


def read_beside_role(mention: Mention, gazetteer: Gazetteer, text: str) -> list[Entry]:
    """The people the whole run is a reading of, whose role is written right beside it:
    "Afghan President Kani" (加尼, Ashraf Ghani), "met Laixi, the Iranian President" (莱希,
    Ebrahim Raisi), though Kani and Laixi are also towns."""
    from repair.passes.names.entities import ends_with_phrase, role_phrases  # it imports this module

    whole = _pieces_key(mention, 0, len(mention.words))
    people = [e for e, kind in gazetteer.routes(whole) if e.type == "person" and kind == ROUTE]
    if not people:
        return []
    before = " ".join(fold(w.text) for w in words_of(text, mention.sentence_start, mention.start)[-6:])
    after = " ".join(fold(w.text) for w in words_of(text, mention.end, mention.sentence_end)[:6])
    return [
        e
        for e in people
        if any(ends_with_phrase(before, f) or after.startswith(("the " + f, f)) for _, f in role_phrases(e))
    ]


def read_mention(mention: Mention, gazetteer: Gazetteer, text: str) -> Reading | None:
    """The reading of a copy of ``mention``, trimmed to the words that may be a name; the
    article's mentions stay as written for the steps that read them after (``Article.mentions``)."""
    mention = replace(mention)
    if mention.common_first and not gazetteer.exact(_pieces_key(mention, 0, 1)):
        mention.words = mention.words[1:]  # "Officials said": an English word opening the sentence
        mention.common_first = False
        if not mention.words:
            return None
    _drop_stray_letters(mention, text, gazetteer)
    _drop_opening_particle(mention, gazetteer)
    _drop_leading_place(mention, gazetteer)
    _drop_leading_role(mention, gazetteer, text)
    n = len(mention.words)
    whole = gazetteer.exact(_pieces_key(mention, 0, n))
    full = [e for e, kind in whole if kind in (CANONICAL, ALIAS)]
    if full and all(e.type == "place" for e in full):
        titled = read_beside_role(mention, gazetteer, text)
        if titled:  # a place's name, but the reading of a person whose role stands beside it
            return Reading(mention, "suspect", titled, unknown=list(range(n)))
    if full:
        # "Ueda" is a city and a central banker's surname: keep both readings
        people = [e for e, kind in whole if kind == NAME_WORD]
        return Reading(mention, "known", _unique(full + people))
    cover: list[list[tuple[Entry, int]] | None] = [None] * n
    variant = None
    i = 0
    while i < n:
        for j in range(min(n, i + 6), i, -1):
            hits = gazetteer.exact(_pieces_key(mention, i, j))
            if j - i > 1 or len(mention.words[i].text) > 1:
                hits = [(e, k) for e, k in hits if k != NAME_WORD or j - i == 1]
            if not hits:
                continue
            kinds = {k for _, k in hits}
            if kinds == {VARIANT}:
                variant = (i, j, hits[0][0])
            for position in range(i, j):
                cover[position] = hits
            i = j
            break
        else:
            i += 1
    unknown = [
        i for i, c in enumerate(cover) if c is None and mention.words[i].text.lower() not in HONORIFICS
    ]
    if variant is not None and not unknown:
        return Reading(mention, "variant", [variant[2]], variant=variant)
    if unknown:
        if n == 1 and zipf(mention.words[0].text) >= 4.0:
            return None  # "Would" mid-sentence: a capital letter, not a name
        reading = Reading(mention, "suspect", unknown=unknown)
        for hits in cover:
            if hits:
                reading.entries.extend(e for e, _ in hits)
        return reading
    # every word is somebody's name: one person, or several people's words put together?
    people: list[set[str]] = []
    entries: list[Entry] = []
    for hits in cover:
        assert hits is not None
        entries.extend(e for e, _ in hits)
        people.append({e.canonical for e, k in hits if k == NAME_WORD})
    shared = set.intersection(*people) if all(people) else set()
    if n > 1 and not shared and (all(people) or _read_with_role(mention, gazetteer)):
        reading = Reading(mention, "suspect", unknown=[])
        reading.entries = _unique(entries)
        for position, hits in enumerate(cover):
            assert hits is not None
            reading.valid_elsewhere[position] = hits[0][0]
        return reading
    if shared:
        entries = [e for e in entries if e.canonical in shared] + entries
    return Reading(mention, "known", _unique(entries))


def _read_with_role(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Words that are each somebody's or something's ("Zhao", a family name; "Xian", a city)
    but together the reading of a person's native name, with that person's role written just
    before it ("Foreign Minister Zhao Xian"): that person, mangled, not a run of known words."""
    title = " ".join(fold(w.text) for w in mention.title)
    if not title or title in HONORIFICS:
        return False
    return any(
        kind == ROUTE
        and entry.type == "person"
        # the title words may end the role ("Foreign Minister") or hold it whole after more
        # words ("The South Korean Foreign Minister", capitalised at the sentence start)
        and any(
            (" " + fold(role)).endswith(" " + title) or (" " + title).endswith(" " + fold(role))
            for role in entry.roles
        )
        for entry, kind in gazetteer.routes(_pieces_key(mention, 0, len(mention.words)))
    )


def _unique(entries: list[Entry]) -> list[Entry]:
    seen: dict[tuple[str, str], Entry] = {}
    for entry in entries:
        seen.setdefault((entry.canonical, entry.type), entry)
    return list(seen.values())


def _lone_namesakes(readings: list[Reading]) -> None:
    """A lone surname that is somebody's name ("Yun"), in an article that names in full a person
        whose name sounds the same ("Yoon Suk Yeol"), is read as a suspect, not as the namesake. A word
    the person's entry lists as a whole short form ("Lula") is that person, whatever it sounds like."""
    full_names = {
        r.entries[0].canonical: r.entries[0]
        for r in readings
        if r.status == "known" and r.entries and r.entries[0].type == "person" and len(r.mention.words) > 1
    }
    words = {w for entry in full_names.values() for form in entry.forms for w in name_pieces_words(form)}
    for r in readings:
        if r.status != "known" or len(r.mention.words) != 1 or not r.entries:
            continue
        if any(e.canonical in full_names for e in r.entries) or r.entries[0].type != "person":
            continue
        word = r.mention.folded[0] if r.mention.folded else ""
        if any(word in (fold(a) for a in e.aliases) for e in r.entries[:1]):
            continue  # "Lula": the short form the person's entry lists, not a namesake's surname
        if word in words or not any(
            (_same_sound(word, w) and len(w) >= 3) or _short_alike(word, w) for w in words
        ):
            continue
        r.status, r.unknown, r.valid_elsewhere = "suspect", [0], {0: r.entries[0]}
