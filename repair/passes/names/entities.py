"""Entity-level name resolution: who a badly mangled mention is, judged on all its evidence.

The per-run scorer in the names pass compares one run with gazetteer spellings. Real
machine translation damages names beyond that: a Korean president comes back from Chinese
as "Yin Xiyue", a German minister from Russian as "Berbock" six times in one article, a
surname is left in Chinese characters ("President 尹"), a surname loses its capital
("Emmanuel macron"). Here the suspect mentions an article leaves unexplained are grouped by
what they spell, each group is linked to the person it most likely names, and every mention
in the group gets the same answer. The evidence:

- readings of the person's native-script name through other romanisation systems
  (``repair.gazetteer.routes``), exactly or closely;
- the person's role words right beside any mention of the group ("South Korean President");
- the person's exact first name in a mention ("Annalena Berbock");
- the person named correctly elsewhere in the article, or in a reference article;
- the surname's sound.

A learned logistic model (``entity_weights.json``, trained by
``scripts/train_names.py``) turns the evidence into a confidence.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Indel

from repair.edits import Proposal, make_proposal, stable_id
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import (
    ALIAS,
    CANONICAL,
    NAME_WORD,
    NATIVE,
    NATIVE_FAMILY,
    ROUTE,
    ROUTE_FAMILY,
    VARIANT,
    Gazetteer,
)
from repair.gazetteer.keys import fold, name_pieces, sound_key
from repair.gazetteer.mentions import Word, is_title, title_before_name, title_right_before, words_of, zipf
from repair.gazetteer.routes import FAMILY_FIRST
from repair.passes.names.article import accents_agree
from repair.passes.names.collisions import (
    HELD,
    after_honorific,
    hold_other_people,
    read_instead,
    reads_as_surname,
    rival,
    same_change,
)
from repair.passes.names.headlines import title_case_line
from repair.passes.names.name_rest import rest_of_name
from repair.passes.names.namesakes import introduced, syllables_of_its_own
from repair.passes.names.pinyin_only import other_romanisation
from repair.passes.names.readings import Reading, read_beside_role
from repair.words import (
    DEMONYM_ENDING,
    DEMONYMS,
    FIRST_NAME_EQUIVALENTS,
    NAME_SUFFIXES,
    PARTICLES,
    PERSON_TITLES,
    ROLE_NOUNS,
    SHORT_FUNCTION_WORDS,
    TITLE_WORDS,
)

FEATURES = (
    "route_exact",  # the mention is a reading of the person's native name
    "route_close",  # letter similarity to the closest reading (0..1), when >= 0.7
    "family_route",  # the family name is the reading of the person's family name
    "family_exact",  # the family name is the person's, letter for letter
    "family_sound",  # the family name sounds like the person's (transliteration key)
    "first_exact",  # the first name is the person's
    "form_close",  # letter similarity to the closest correct form (0..1)
    "role_beside",  # the person's role phrase right before or after a mention of the group
    "role_near",  # the person's role words in the sentence of a mention
    "spelled",  # the article names the person correctly elsewhere
    "reference",  # a reference article names the person
    "group_size",  # log(1 + mentions in the group)
    "single_word",  # every mention of the group is one word
    "other_named",  # a mention word is somebody else's exact name
    "given_other",  # a full mention whose given name is neither the person's nor a reading of it
)
AUTO = 0.9
ROUTE_CLOSE = 0.7  # a reading this close or closer counts (feature route_close)
# Countries whose people write their names in Cyrillic
_CYRILLIC_HOMES = frozenset({"RU", "UA", "BY", "KZ", "KG", "TJ", "BG", "RS", "MK", "MN"})


@dataclass
class Weights:
    bias: float
    weights: dict[str, float]

    def confidence(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def load_weights() -> Weights:
    data = json.loads(
        resources.files("repair.passes.names").joinpath("entity_weights.json").read_text("utf-8")
    )
    return Weights(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()})


@dataclass
class Spot:
    """One mention the resolver considers: its words (folded) and where they are."""

    start: int
    end: int
    words: list[str]
    pieces: list[Word]
    sentence: tuple[int, int]
    title: str = ""  # the title and role words right before it, folded
    elsewhere: frozenset[str] = frozenset()  # people one of its words validly names
    glued: str = ""  # an English word run onto the name's last word ("...oglu" + "is")


@dataclass
class Group:
    key: str
    spots: list[Spot] = field(default_factory=list)


@dataclass
class Link:
    entry: Entry
    features: dict[str, float]
    confidence: float = 0.0
    why: list[str] = field(default_factory=list)


def family_of(entry: Entry) -> list[str]:
    """The folded family name of a person ("yoon" of "Yoon Suk Yeol", "baerbock"; "marcos"
    of "Ferdinand Marcos Jr.")."""
    return list(_family_words(entry.canonical, entry.country))


def given_of(entry: Entry) -> list[str]:
    return list(_given_words(entry.canonical, entry.country))


# Every rule asks these of every candidate, thousands of times an article: once per spelling.
@lru_cache(maxsize=65536)
def _family_words(canonical: str, country: str) -> tuple[str, ...]:
    words = _canonical_words(canonical)
    return tuple(w for w, _, _ in name_pieces(words[0] if country in FAMILY_FIRST else words[-1]))


@lru_cache(maxsize=65536)
def _given_words(canonical: str, country: str) -> tuple[str, ...]:
    words = _canonical_words(canonical)
    given = words[1:] if country in FAMILY_FIRST else words[:-1]
    return tuple(w for part in given for w, _, _ in name_pieces(part))


def family_form(entry: Entry, article_surface: dict) -> str:
    """The family name as the article writes it, else as the canonical form does."""
    words = _without_suffix(entry)
    family = words[0] if entry.country in FAMILY_FIRST else words[-1]
    spellings = article_surface.get(fold(family))
    written = spellings.most_common(1)[0][0] if spellings else family
    return written if accents_agree(written, family) else family


def surname_phrase(entry: Entry, article_surface: dict) -> str:
    """The family name with the particles that go with it ("von der Leyen" of "Ursula von der
    Leyen"): what stands for the person alone; the first name for a person news calls by it
    ("Srettha" of Srettha Thavisin, whose aliases hold the first name alone)."""
    given = given_of(entry)
    if entry.country not in FAMILY_FIRST and given and _called_by_first(entry, given[0]):
        return _without_suffix(entry)[0]
    family = family_form(entry, article_surface)
    if entry.country in FAMILY_FIRST:
        return family
    words = _without_suffix(entry)
    first = len(words) - 1
    while first > 1 and fold(words[first - 1]) in PARTICLES:
        first -= 1
    return " ".join([*words[first:-1], family])


def _without_suffix(entry: Entry) -> list[str]:
    return _canonical_words(entry.canonical)


def _canonical_words(canonical: str) -> list[str]:
    words = canonical.split()
    if len(words) > 2 and fold(words[-1]).strip(".") in NAME_SUFFIXES:
        return words[:-1]  # "Marcos" of "Ferdinand Marcos Jr."
    return words


def _letters(words: list[str]) -> str:
    return "".join(words)


def features_for(
    group: Group, entry: Entry, route_hits: dict[str, int], context: ResolveContext
) -> Link | None:
    """The evidence that ``group`` names ``entry``; None when nothing in the name does.
    ``route_hits``: the kind of route reading (ROUTE, ROUTE_FAMILY) each of the group's keys
    is of this person's name."""
    # The evidence in the name itself decides whether there is a link at all, and for nearly
    # every person of the pool there is none: it is gathered in locals, and the features
    # built only for the few it passes (9,000 calls on a 10,000-word article).
    family = _family_words(entry.canonical, entry.country)
    given = _given_words(entry.canonical, entry.country)
    family_first = entry.country in FAMILY_FIRST
    read_by_route = not family_first and entry.country not in _CYRILLIC_HOMES
    joined_readings, family_readings, form_letters = context.spellings_of(entry)
    route_exact = route_close = family_exact = family_sound = family_route = 0.0
    first_exact = form_close = 0.0
    by_first: bool | None = None  # _called_by_first(entry, given[0]), asked once
    similarity = Indel.normalized_similarity
    for spot in group.spots:
        words = spot.words
        letters = "".join(words)
        if route_hits and route_hits.get(" ".join(words), route_hits.get(letters)) == ROUTE:
            route_exact = 1.0
        for joined in joined_readings:
            if joined.endswith(letters) and len(joined) > len(letters):
                continue  # "Wen Zhe" is Ko Wen-je's given name ("Ke Wenzhe") without his family name
            sim = similarity(letters, joined)
            if sim >= ROUTE_CLOSE:
                route_close = max(route_close, sim)
        fam = words[0] if family_first or len(words) == 1 else words[-1]  # _written_family
        if family and fam == family[0]:
            family_exact = 1.0
        elif family and sound_key(fam) == sound_key(family[0]) and len(fam) >= 4:
            family_sound = 1.0
        if route_hits:
            hit = route_hits.get(fam)
            # a Western name's native spelling is the surname alone ("Моравецкий"), so its
            # reading is the family word of a full mention ("Mateush Moravetsky"); where Cyrillic
            # is the person's own script, a reading of it is a spelling of their own
            # ("Stefanishina"), not a name mangled on a trip through another language
            if hit == ROUTE_FAMILY or (
                len(words) > 1
                and hit == ROUTE
                and (read_by_route or (not family_first and _far_from_own(fam, family)))
            ):
                family_route = 1.0
        if fam in family_readings:
            family_route = 1.0
        if len(words) > 1 and given and _first_word(spot, entry) in given:
            first_exact = 1.0
        single = len(words) == 1
        for form in form_letters:
            form_close = max(form_close, similarity(letters, form))
            if single and family:
                form_close = max(form_close, similarity(letters, family[0]))
        if single and given:
            if by_first is None:
                by_first = _called_by_first(entry, given[0])
            if by_first:
                form_close = max(form_close, similarity(letters, given[0]))
    if not (
        route_exact
        or route_close >= 0.75
        or family_exact
        or family_route
        or family_sound
        or form_close >= 0.8
        or (first_exact >= 1.0 and form_close >= 0.7 and context.referenced(entry))
    ):
        return None  # nothing in the name itself points to this person: the story alone will not do
    f = dict.fromkeys(FEATURES, 0.0)
    f["route_exact"], f["route_close"], f["family_exact"] = route_exact, route_close, family_exact
    f["family_sound"], f["family_route"] = family_sound, family_route
    f["first_exact"], f["form_close"] = first_exact, form_close
    why: list[str] = []
    # only now, for the few the name points to: a close first name is no exact one, which
    # alone of the first-name evidence counts above
    if not f["first_exact"] and given and entry.country not in FAMILY_FIRST and _first_close_in(group, entry):
        f["first_exact"] = 0.8  # the same first name in another language
    for spot in group.spots:
        role = context.role_beside(spot, entry)
        if role:
            f["role_beside"] = 1.0
            why.append(f"the role {role!r} is beside the name")
        elif context.role_near(spot, entry):
            f["role_near"] = 1.0
        if any(name != entry.canonical for name in spot.elsewhere) or any(
            context.other_person(word, entry) for word in spot.words
        ):
            f["other_named"] = 1.0
    if f["other_named"] and f["role_beside"] and (f["route_exact"] or f["route_close"] >= 0.75):
        # a reading through Chinese characters is made of Chinese name words ("Zhao"): with
        # the person's role beside it, that is no sign of somebody else
        f["other_named"] = 0.0
    if not f["first_exact"] and not f["route_exact"] and f["route_close"] < 0.75:
        f["given_other"] = float(any(_other_given(spot, entry) for spot in group.spots))
    # a family name written first (Han, Kim, Wang) is shared by too many people for the
    # group's own family name said again ("Ms Han") to say the article names this one
    own = {w for spot in group.spots for w in spot.words} if entry.country in FAMILY_FIRST else set()
    if context.spelled(entry, own):
        f["spelled"] = 1.0
        why.append(f"the article names {entry.canonical} correctly elsewhere")
    if context.referenced(entry):
        f["reference"] = 1.0
        why.append(f"a reference article names {entry.canonical}")
    if _namesake(group, entry, f, context.spelled_in_full(entry)):
        return None
    if not f["role_beside"] and _introduced_in_full(group, entry, route_hits, context.text):
        return None  # "Andrew Duda, a baker in Krakow,": a namesake the article describes
    if (
        not (f["role_beside"] or f["role_near"] or f["reference"])
        and (f["family_exact"] or f["family_route"] or f["family_sound"])
        and not context.spelled_in_full(entry)
        and _another_given_name(group, entry, route_hits, context)
    ):
        return None  # "Marek Nowak" is not Alexander Novak, "Kang Kyung-hee" not Kang Kyung-wha
    f["group_size"] = math.log1p(len(group.spots))
    f["single_word"] = float(all(len(s.words) == 1 for s in group.spots))
    if f["route_exact"]:
        why.insert(0, f"a reading of {entry.canonical}'s name in {', '.join(entry.native)}")
    elif f["route_close"]:
        why.insert(0, f"close ({f['route_close']:.2f}) to a reading of {', '.join(entry.native)}")
    if f["first_exact"]:
        why.append("the first name is the person's")
    return Link(entry, f, why=why)


def _introduced_in_full(group: Group, entry: Entry, route_hits: dict[str, int], text: str) -> bool:
    """A full mention of the group the article introduces with "a" or "an" and no word of the
    person's roles, unless the mention is itself a reading of the person's native name ("Yin
    Xiyue, a former prosecutor", 尹锡悦, is Yoon Suk Yeol however the article goes on)."""
    for spot in group.spots:
        if len(spot.words) < 2 or not introduced(text, spot.end, entry):
            continue
        if route_hits.get(" ".join(spot.words), route_hits.get("".join(spot.words))) == ROUTE:
            continue
        return True
    return False


def _another_given_name(
    group: Group, entry: Entry, route_hits: dict[str, int], context: ResolveContext
) -> bool:
    """A full mention, no reading of the person's native name as a whole, whose given name is
    a name of its own: written first, nothing like the person's or an alias's (other initial,
    under half the letters: "Marek" Nowak beside Alexander Novak) or a common first name of its
    own ("Sam" Harris beside Simon Harris); written family first, see ``syllables_of_its_own``."""
    family_first = entry.country in FAMILY_FIRST
    for spot in group.spots:
        if len(spot.words) < 2:
            continue
        if route_hits.get(" ".join(spot.words), route_hits.get("".join(spot.words))) == ROUTE:
            continue
        if not family_first:
            written = "".join(w for w in spot.words[:-1] if w not in PARTICLES)
            if len(spot.pieces) < 2 or not written:
                continue  # "Al-Soudani": a surname and its particle, no given name
            givens = ["".join(given_of(entry)), *_alias_given(entry)]
            if all(g and (not given_alike(written, g) or _own_first_name(written, g)) for g in givens):
                return True
            continue
        written = context.text[spot.start : spot.end]
        if syllables_of_its_own(spot.words, written, entry, context.readings_of(entry)):
            return True
    return False


# a first name English text writes this often is a name people carry ("Sam", "Mark", "Kevin")
COMMON_FIRST_NAME_ZIPF = 3.0


def _own_first_name(written: str, theirs: str) -> bool:
    """A first name people carry, not a respelling of the person's nor the same name in another
    language: "Sam" beside Simon Harris (but "Andrew" is Andrzej, "Jake" Jack by sound)."""
    if zipf(written) < COMMON_FIRST_NAME_ZIPF or any(
        written in group and theirs in group for group in FIRST_NAME_EQUIVALENTS
    ):
        return False
    return Indel.normalized_similarity(written, theirs) < 0.75 and sound_key(written) != sound_key(theirs)


OWN_SPELLING = 0.7  # a family word this close to the listed one may be the person's own romanisation


def _far_from_own(fam: str, family: tuple[str, ...]) -> bool:
    """A reading of the native name that is far from the listed family word ("Lahemeng",
    拉赫蒙, for Rahmon) came through another script, not the person's own Cyrillic romanised
    another way ("Stefanishina" for Stefanishyna): it is a name mangled on its way."""
    return bool(family) and Indel.normalized_similarity(fam, family[0]) < OWN_SPELLING


def _first_word(spot: Spot, entry: Entry) -> str:
    return spot.words[-1] if entry.country in FAMILY_FIRST else spot.words[0]


def _first_close_in(group: Group, entry: Entry) -> bool:
    """A full mention of the group with the person's first name as another language writes it."""
    first = given_of(entry)[0]
    return any(len(spot.words) > 1 and _first_close(_first_word(spot, entry), first) for spot in group.spots)


def _alias_given(entry: Entry) -> list[str]:
    """The given-name words of a person's aliases of the same length as the canonical form."""
    size = len(entry.canonical.split())
    out = []
    for alias in entry.aliases:
        words = alias.split()
        if len(words) == size and entry.country not in FAMILY_FIRST:
            out.extend(w for part in words[:-1] for w, _, _ in name_pieces(part))
    return out


def _called_by_first(entry: Entry, first: str) -> bool:
    """Whether news calls the person by the first name alone: an alias that is the first name,
    or a title and the first name ("Sheikh Tamim", "Lula")."""
    for alias in entry.aliases:
        words = [w for w, _, _ in name_pieces(alias)]
        if words == [first] or (len(words) == 2 and words[1] == first and is_title(words[0])):
            return True
    return False


def _first_close(written: str, theirs: str) -> bool:
    """A first name as another language writes it ("Martin" and "Martina", "Simon" and
    "Szymon", "Kamal" and "Kemal"): the same first letter and close letters, or the same
    sound, whatever letter spells it ("Katrin" and "Catherine")."""
    if len(written) < 3:
        return False
    if len(written) == 3:  # "Dik" for Dick, read back from Cyrillic: the same letters by sound
        return written[0] == theirs[:1] and len(theirs) <= 4 and sound_key(written) == sound_key(theirs)
    if written != theirs and any(written in group and theirs in group for group in FIRST_NAME_EQUIVALENTS):
        return True  # the name in another language: "Andrew" for Andrzej, "Charles" for Karol
    mine, its = sound_key(written), sound_key(theirs)
    if len(mine) >= 3 and mine == its:
        return True
    if written[0] != theirs[:1]:
        return False
    # or one sounds like the other with a syllable more ("Andrei" and "Andrzej")
    longer = min(len(mine), len(its)) >= 3 and (mine.startswith(its) or its.startswith(mine))
    return Indel.normalized_similarity(written, theirs) >= 0.8 or mine == its or longer


def _other_given(spot: Spot, entry: Entry) -> bool:
    """A full mention whose given name is not the person's, not even respelled ("Han Feng"
    is not Han Duck-soo; "Tarco" may be "Tarko")."""
    if len(spot.words) < 2:
        return False
    given = given_of(entry)
    written = spot.words[1:] if entry.country in FAMILY_FIRST else spot.words[:-1]
    mine, theirs = "".join(written), "".join(given)
    if not theirs:
        return True
    return Indel.normalized_similarity(mine, theirs) < 0.75 and sound_key(mine) != sound_key(theirs)


def given_alike(written: str, listed: str) -> bool:
    """A given name respelled, not another one: the same initial ("Josef", Joe) or half the
    letters shared ("Szymon", Simon)."""
    return written[:1] == listed[:1] or Indel.normalized_similarity(written, listed) >= 0.5


def _written_family(words: list[str], entry: Entry) -> str:
    """The word of a mention that stands where ``entry``'s family name goes."""
    return words[0] if entry.country in FAMILY_FIRST or len(words) == 1 else words[-1]


# A written surname English text knows this well, and better than the listed one, is a
# spelling people really carry ("Manoj Pandey" beside the listed army chief Manoj Pande).
KNOWN_SURNAME_ZIPF = 2.5


def better_known(written: str, listed: str) -> bool:
    """English text writes ``written`` often, and clearly more often than ``listed``."""
    return zipf(written) >= KNOWN_SURNAME_ZIPF and zipf(written) >= zipf(listed) + 0.5


def _namesake(group: Group, entry: Entry, f: dict[str, float], in_full: bool = True) -> bool:
    """Somebody else, with no role, article or reference to say otherwise: the person's
    family name letter for letter and a given name nothing like theirs ("Zhang Donghe" is
    not Zhang Ming); or a family name that only sounds like theirs and is the better-known
    spelling ("Manoj Pandey" is not the listed Manoj Pande). For the first, the article
    speaks for the person only by naming them in full: "Ms Kim" elsewhere may be any Kim, so
    "Kim Hye-jin" beside it is no Kim Yo Jong (``in_full``)."""
    if f["role_beside"] or f["reference"]:
        return False
    if f["spelled"] and (in_full or not (f["given_other"] and f["family_exact"])):
        return False
    family = family_of(entry)
    sounded = f["family_sound"] and not (f["family_exact"] or f["family_route"] or f["route_exact"])
    if (
        sounded
        and family
        and not f["role_near"]
        and any(better_known(_written_family(spot.words, entry), family[0]) for spot in group.spots)
    ):
        return True
    if not (f["given_other"] and f["family_exact"]):
        return False
    given = "".join(given_of(entry))
    if entry.country in FAMILY_FIRST:
        # syllable names share initials by the thousand ("Zaidong", Zemin): a respelling
        # keeps more than half the letters ("Seok-yue", Suk-yeol)
        given = given.lower()
        return not any(
            len(spot.words) > 1 and Indel.normalized_similarity("".join(spot.words[1:]).lower(), given) > 0.5
            for spot in group.spots
        )
    return not any(
        len(spot.words) > 1 and given_alike("".join(spot.words[:-1]), given) for spot in group.spots
    )


@lru_cache(maxsize=8192)
def _phrases(roles: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for role in sorted(roles, key=len, reverse=True):
        words = fold(role).split()
        if len(words) < 2:
            continue
        found.append((role, " ".join(words)))
        said = _demonym_words(words)
        domain = words[said:-1]
        if (
            words[-1] in PERSON_TITLES and domain and domain != ["state"]
        ):  # a State Secretary is no Secretary of State
            found += [
                (role, f"{words[-1]} of {' '.join(domain)}"),
                (role, f"{words[-1]} of the {' '.join(domain)}"),
            ]
        found += [(role, phrase) for phrase in _office_first(words)]
        if (
            "of" in words
            and len(words[: words.index("of")]) >= 3
            and words[words.index("of") - 1] in PERSON_TITLES
        ):
            # an office of three words or more without what it is of ("exiled crown prince"
            # of Iran), as a role of three words after its country words is written without them
            found.append((role, " ".join(words[: words.index("of")])))
        if said and len(words) - said >= 3:
            # "Foreign Ministry spokesperson", in Beijing; "National security adviser", in Seoul
            found.append((role, " ".join(words[said:])))
        found += [(role, phrase) for phrase in _posted_to(words, said)]
    # "spokesman" for a listed "spokesperson", "chairwoman" for "chair"
    found += [
        (role, " ".join(_SAME_ROLE_WORD.get(w, w) for w in folded.split()))
        for role, folded in found
        if any(w in _SAME_ROLE_WORD for w in folded.split())
    ]
    return tuple(dict.fromkeys(found))


def _demonym_words(words: list[str]) -> int:
    """How many words of a role say the country ("south korean national security adviser": 2)."""
    said = 0
    while said < min(2, len(words) - 1) and words[said] in DEMONYMS:
        said += 1
    return said


def _another_country(before: str, folded: str, role: str) -> bool:
    """The words before end with the phrase, and a country word the role does not say
    stands right before it."""
    if not ends_with_phrase(before, folded):
        return False
    ahead = before[: len(before) - len(folded)].split()
    return bool(ahead) and ahead[-1] in DEMONYMS and ahead[-1] not in fold(role).split()


def _posted_to(words: list[str], said: int) -> list[str]:
    """A role that says where its holder is posted ("russian ambassador to the un") as it is
    also written, without the posting ("russian ambassador"): the country still said."""
    if not said or "to" not in words[said + 1 :]:
        return []
    cut = words.index("to", said + 1)
    return [" ".join(words[:cut])] if words[cut - 1] in PERSON_TITLES else []


# A role word said with a gender, or without, is one role ("spokesman", "spokesperson").
_SAME_ROLE_WORD = {"spokesperson": "spokesman", "spokeswoman": "spokesman", "chairperson": "chairman"}
_SAME_ROLE_WORD.update({"chairwoman": "chairman"})


def _office_first(words: list[str]) -> list[str]:
    """A role written after the office ("general secretary of the communist party of vietnam",
    "president of the european commission") in the order English also writes before a name:
    "communist party of vietnam general secretary", "communist party general secretary" (the
    country said by an adjective before it, or not at all), "european commission president"."""
    if "of" not in words:
        return []
    cut = words.index("of")
    office, body = words[:cut], words[cut + 1 :]
    if body[:1] == ["the"]:
        body = body[1:]
    if not office or len(office) > 3 or office[-1] not in PERSON_TITLES or not body or body == ["state"]:
        return []
    out = [" ".join(body + office)]
    if "of" in body and body.index("of") >= 2:
        out.append(" ".join(body[: body.index("of")] + office))
    return out


def role_phrases(entry: Entry) -> tuple[tuple[str, str], ...]:
    """The entry's role phrases of two words or more, folded, longest first, each also in the
    order English uses after the office ("Armed Forces Minister", "minister of the armed
    forces"; "Finance Minister", "minister of finance")."""
    return _phrases(tuple(entry.roles))


def ends_with_phrase(words: str, folded: str) -> bool:
    """Whether the folded words, space-separated, end with the whole phrase ``folded`` (not
    with the end of a longer word: "vice president" does not end with "ice president")."""
    return (" " + words).endswith(" " + folded)


class ResolveContext:
    """What the resolver asks of the article and the gazetteer."""

    def __init__(self, article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.text: str = article.doc.text
        self._readings: dict[str, list[str]] = {}
        self._around: dict[tuple[int, int], tuple[str, str, str]] = {}
        self._spellings: dict[tuple, tuple[list[str], frozenset[str], list[str]]] = {}

    def readings_of(self, entry: Entry) -> list[str]:
        if entry.canonical not in self._readings:
            from repair.gazetteer.routes import native_readings

            out = [" ".join(w for w, _, _ in name_pieces(r)) for r in native_readings(entry)]
            self._readings[entry.canonical] = out
        return self._readings[entry.canonical]

    def spellings_of(self, entry: Entry) -> tuple[list[str], frozenset[str], list[str]]:
        """What ``features_for`` compares a mention with, once per person (it reads every
        mention the person could be): the readings of the native name run together, of six
        letters or more ("Luna" is one letter from "Lula", as most short words are from
        something); the family word of each reading of two words, folded; each form's letters."""
        key = (entry.canonical, entry.country, entry.aliases)
        if key not in self._spellings:
            readings = self.readings_of(entry)
            joined = [j for j in (r.replace(" ", "") for r in readings) if len(j) >= 6]
            family = frozenset(
                fold(r.split()[0] if entry.country in FAMILY_FIRST else r.split()[-1])
                for r in readings
                if " " in r
            )
            forms = [_letters([w for w, _, _ in name_pieces(form)]) for form in entry.forms]
            self._spellings[key] = (joined, family, forms)
        return self._spellings[key]

    def around(self, spot: Spot) -> tuple[str, str, str]:
        """(the words before, the words after, the whole sentence), folded, once per mention."""
        key = (spot.start, spot.end)
        if key not in self._around:
            words = " ".join(fold(w.text) for w in words_of(self.text, spot.sentence[0], spot.start)[-5:])
            # the title words a mention keeps stop at "of" ("Secretary of State" keeps "State"):
            # the words before it, when they end with the title, hold the whole role phrase
            before = words if not spot.title or (" " + words).endswith(" " + spot.title) else spot.title
            after = " ".join(fold(w.text) for w in words_of(self.text, spot.end, spot.sentence[1])[:6])
            sentence = " " + " ".join(fold(w.text) for w in words_of(self.text, *spot.sentence)) + " "
            self._around[key] = (before, after, sentence)
        return self._around[key]

    def role_beside(self, spot: Spot, entry: Entry) -> str:
        before, after, _ = self.around(spot)
        # the role before the mention's own title ("the Emir of Qatar, Sheikh Tamim ...")
        bare = before[: -len(spot.title)].rstrip() if spot.title and before.endswith(spot.title) else before
        for role, folded in role_phrases(entry):
            if ends_with_phrase(before, folded) or ends_with_phrase(bare, folded):
                if _another_country(before, folded, role) or _another_country(bare, folded, role):
                    continue  # "Indian National Security Adviser": not the Korean one
                return role
            if after.startswith(("the " + folded, folded)):
                return role
        return ""

    def role_near(self, spot: Spot, entry: Entry) -> bool:
        sentence = self.around(spot)[2]
        return any(f" {folded} " in sentence for _, folded in role_phrases(entry))

    def spelled(self, entry: Entry, own: set[str] | frozenset[str] = frozenset()) -> bool:
        """A correct run names the person with some word the group's own mentions do not
        already have: "Mr Han" after "Han Dong-hyun" is that man's family name again, no sign
        the article names Han Dong-hoon."""
        if not own:
            return bool(self.article.named_in.get((entry.canonical, entry.type)))
        return any(
            r.status == "known"
            and any(e.canonical == entry.canonical and e.type == entry.type for e in r.entries)
            and not set(r.mention.folded) <= own
            for r in self.article.readings
        )

    def spelled_in_full(self, entry: Entry) -> bool:
        """The article names the person by a correct run of two words or more, not only by a
        family word that many people share."""
        return any(
            r.status == "known"
            and len(r.mention.folded) > 1
            and any(e.canonical == entry.canonical for e in r.entries)
            for r in self.article.readings
        )

    def referenced(self, entry: Entry) -> bool:
        forms = self.article.ref_forms
        return any(forms.get(fold(form), 0) for form in entry.forms) or any(
            e.canonical == entry.canonical for e in self.article.ref_entries
        )

    def other_person(self, word: str, entry: Entry) -> bool:
        hits = self.gazetteer.exact(word)
        return any(k in (CANONICAL, ALIAS) and e.canonical != entry.canonical for e, k in hits)


def _candidates(
    group: Group, context: ResolveContext, present: list[Entry]
) -> tuple[list[Entry], dict[tuple[str, str], int]]:
    """People the group may name: by route readings, by family-name readings, and those the
    article or a reference article names."""
    gazetteer = context.gazetteer
    pool: dict[str, Entry] = {}
    hits: dict[tuple[str, str], int] = {}
    for spot in group.spots:
        keys = {" ".join(spot.words), _letters(spot.words)}
        keys.update(spot.words[:1] + spot.words[-1:])
        for key in keys:
            for entry, kind in gazetteer.routes(key):
                if entry.type == "person":
                    pool.setdefault(entry.canonical, entry)
                    if kind in (ROUTE, ROUTE_FAMILY):
                        hits.setdefault((entry.canonical, key), kind)
    for entry in present:
        pool.setdefault(entry.canonical, entry)
    for spot in group.spots[:4]:  # the people a role phrase beside the name describes
        before = context.around(spot)[0].split()
        for size in range(2, min(5, len(before)) + 1):
            for entry in gazetteer.by_role(" ".join(before[-size:])):
                pool.setdefault(entry.canonical, entry)
    from repair.gazetteer.search import candidates

    for spot in group.spots[:3]:
        for found in candidates(gazetteer, spot.words, limit=3, types=frozenset({"person"})):
            pool.setdefault(found.entry.canonical, found.entry)
        # the first name as the person's own language writes it: "Rida" pulls "Rida Bahlawi"
        # below the search's floor, "Reza Bahlawi" finds Reza Pahlavi
        for words in _first_name_forms(spot.words):
            for found in candidates(gazetteer, words, limit=3, types=frozenset({"person"})):
                pool.setdefault(found.entry.canonical, found.entry)
    return list(pool.values()), hits


def _first_name_forms(words: list[str]) -> list[list[str]]:
    """``words`` with the first name in each other form of its group of first-name equivalents
    ("reza bahlawi" for "rida bahlawi"); none for a one-word run."""
    if len(words) < 2:
        return []
    return [
        [other, *words[1:]]
        for group in FIRST_NAME_EQUIVALENTS
        if words[0] in group
        for other in sorted(group)
        if other != words[0]
    ]


_SPLIT = re.compile(r"[\s\-]+")


def group_spots(spots: list[Spot]) -> list[Group]:
    """Mentions spelling the same words form a group; a one-word mention joins the group of
    a longer mention that begins or ends with that word ("Yin" with "Yin Xiyue")."""
    groups: dict[str, Group] = {}
    for spot in sorted(spots, key=lambda s: -len(s.words)):
        key = " ".join(spot.words)
        if key not in groups and len(spot.words) == 1:
            for other in groups.values():
                words = other.key.split()
                if len(words) > 1 and spot.words[0] in (words[0], words[-1]):
                    other.spots.append(spot)
                    break
            else:
                groups[key] = Group(key, [spot])
            continue
        groups.setdefault(key, Group(key)).spots.append(spot)
    return list(groups.values())


def resolve(result, article, gazetteer: Gazetteer, readings, present: list[Entry]) -> None:
    """Link the suspect runs nothing else explained, group by group, and propose fixes."""
    from repair.passes.names.article import _bystander

    context = ResolveContext(article, gazetteer)
    text = article.doc.text
    # what the per-run scorer proposed for automatic mode stands; a weaker proposal may give way
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.confidence >= AUTO]
    spots: list[Spot] = []
    for reading in readings:
        if reading.status != "suspect":
            continue
        m = reading.mention
        if any(s < m.end and m.start < e for s, e in taken):
            continue
        words = m.folded
        if not words or len(words) > 6:  # "Tamim bin Hamad Al Thani"
            continue
        if _bystander(article, m):
            continue  # "Photo: Olaf Schulz": a photographer may share a leader's surname
        if _name_then_words(reading, gazetteer) and not read_beside_role(m, gazetteer, text):
            # "Xi Jinping Meets ...": a headline's capitals after a correct name; but "Ma La
            # La" beside "Nobel Peace Prize laureate" reads 马拉拉, Malala Yousafzai
            continue
        title = " ".join(fold(w.text) for w in m.title)
        elsewhere = frozenset(e.canonical for e in reading.valid_elsewhere.values())
        sentence = (m.sentence_start, m.sentence_end)
        words, glued = (
            _unglued(words, present, gazetteer) if len(m.words) - 1 in reading.unknown else (words, "")
        )
        spots.append(Spot(m.start, m.end, words, list(m.words), sentence, title, elsewhere, glued))
    spots = join_across_hyphens(spots, text, gazetteer)
    weights = load_weights()
    chosen: list[tuple[Group, Link, list[Link]]] = []
    by_role: list[tuple[Group, Link, float]] = []
    for group in group_spots(spots):
        links = group_links(group, context, present, weights)
        result.groups.append((group, links))
        held = hold_other_people(result, group.spots, links)
        honorific = after_honorific(group.spots)
        instead = read_instead(links, honorific) if held else None
        if instead is not None and instead.confidence < 0.6:
            result.proposals[:] = [p for p in result.proposals if p not in held]
            instead.why.append("the word reads back exactly as this name; another only sounds like it")
            for spot in group.spots:
                _propose(result, text, spot, instead, READ_NOT_HEARD, context)
        if links:
            chosen.append((group, links[0], links[1:]))
        if not links or links[0].confidence < MIN_LINK:
            # nothing in the name links it well enough: the role beside it may
            found = role_link(group, context)
            if found is not None:
                by_role.append((group, *found))
    chosen = _prefer_the_articles_people(chosen)
    merged = _merge(chosen, weights)
    linked: list[tuple[Group, Link, float]] = []
    for group, best, others in chosen:
        if any(_someone_else_within(spot.words, best.entry, gazetteer) for spot in group.spots):
            continue
        tied = False
        confidence = max(best.confidence, merged.get(best.entry.canonical, 0.0))
        # an exact reading of the best one's own name is no near tie ("Kim Chen Yn", Ким Чен Ын,
        # is Kim Jong Un, though it is also close to Kim Jong Il's reading)
        exact_only = bool(others) and best.features["route_exact"] and not others[0].features["route_exact"]
        if (
            others
            and others[0].confidence > confidence - 0.15
            and not exact_only
            and not same_change(best, others[0], after_honorific(group.spots))
        ):
            confidence = min(confidence, TIED)
            best.why.append(f"close alternative: {others[0].entry.canonical}")
            tied = True
        pooled = merged.get(best.entry.canonical, 0.0) > best.confidence
        tie = rival(best, others, pooled, after_honorific(group.spots))
        if tie is not None:
            confidence = min(confidence, TIED)
            best.why.append(f"also a reading of {tie.entry.canonical}'s name: for review")
            tied = True
        if _uncorroborated(best.features) and merged.get(best.entry.canonical, 0.0) <= best.confidence:
            if best.entry.country and best.entry.country not in context.article.countries:
                continue  # "Cheng Li-wun" in a Taiwanese story is no Korean read close to it
            confidence = min(confidence, 0.85)
            best.why.append("only the sound of the name says so: for review")
        if confidence >= AUTO and _namesake_romanisation(group, best, chosen):
            confidence, tied = AUTO - 0.01, True  # held: the learned confidence may not raise it
            best.why.append(
                f"but the spelling is no Pinyin, the romanisation {best.entry.canonical}'s name comes"
                " out of Chinese in: Taiwan and Hong Kong spell their own people's names so"
            )
        if confidence < MIN_LINK:
            continue
        if merged.get(best.entry.canonical, 0.0) > best.confidence:
            best.why.append("other spellings in the article name the same person")
        for spot in group.spots:
            _propose(result, text, spot, best, min(0.99, confidence), context, held=tied)
        linked.append((group, best, confidence))
        if confidence >= AUTO:
            _, starts = result.linked.setdefault(best.entry.canonical, (best.entry, []))
            starts.extend(spot.start for spot in group.spots)
    for group, link, confidence in by_role:
        for spot in group.spots:
            _propose(result, text, spot, link, confidence, context, rule="name.role")
    _short_forms(result, context, readings, linked)


def _namesake_romanisation(group: Group, link: Link, chosen: list[tuple[Group, Link, list[Link]]]) -> bool:
    """A mainland Chinese person's name in Wade-Giles or Cantonese (pinyin_only.py), with
    nothing in the article that says it is them: no role of theirs beside it or near it (nor a
    title that is a word of one: "President Jaap Ganpeng", 习近平 in Cantonese), no correct
    spelling, no reference article, no other mention of them with their role beside it."""
    f = link.features
    if f["role_beside"] or f["role_near"] or f["spelled"] or f["reference"]:
        return False
    roles = {fold(role) for role in link.entry.roles}
    roles |= {" ".join(r.split()[1:]) for r in roles if r.split()[0] in DEMONYMS}  # "president"
    if any(spot.title in roles for spot in group.spots if spot.title):
        return False
    if any(other.entry is link.entry and other.features["role_beside"] for _, other, _ in chosen):
        return False
    return any(other_romanisation(" ".join(spot.words), link.entry) for spot in group.spots)


_SPACED_HYPHEN = re.compile(r"\s+-\s+")


def join_across_hyphens(spots: list[Spot], text: str, gazetteer: Gazetteer) -> list[Spot]:
    """Two mentions joined by a spaced hyphen are one name when together they are a reading
    of somebody's native name ("Bu Lang - Pi Wei", 布朗-皮韦, is Yaël Braun-Pivet; "Bu Lang"
    alone reads 布朗, Gordon Brown's name); so are capitalised words no mention took, a name
    as written, before the hyphen ("Ben - Ge Wei Er", 本-格维尔, Itamar Ben-Gvir)."""
    out: list[Spot] = []
    for spot in sorted(spots, key=lambda s: s.start):
        last = out[-1] if out else None
        if last is not None and _SPACED_HYPHEN.fullmatch(text[last.end : spot.start]):
            words = last.words + spot.words
            if _reads_as_one(words, gazetteer):
                out[-1] = dataclasses.replace(
                    last,
                    end=spot.end,
                    words=words,
                    pieces=last.pieces + spot.pieces,
                    elsewhere=last.elsewhere | spot.elsewhere,
                    glued=spot.glued,
                )
                continue
        out.append(_lead_across_hyphen(spot, text, gazetteer, out[-1].end if out else 0))
    return _join_trails(out, text, gazetteer)


def _join_trails(spots: list[Spot], text: str, gazetteer: Gazetteer) -> list[Spot]:
    """Each spot with the words after a spaced hyphen that read as one name with it; a later
    spot those words cover whole ("Te Erh" of "Kai Lei - Tsu Te Erh") is part of it."""
    out: list[Spot] = []
    for spot in spots:
        if out and spot.start < out[-1].end:
            continue  # taken into the name before it
        longer = _trail_across_hyphen(spot, text, gazetteer, spot.sentence[1])
        if any(spot.end < o.start < longer.end < o.end for o in spots):
            longer = spot  # would cut another mention in two
        out.append(longer)
    return out


_HYPHEN_BEFORE = re.compile(r"\s+-\s+\Z")


def _reads_as_one(words: list[str], gazetteer: Gazetteer) -> bool:
    return any(
        kind == ROUTE for key in (" ".join(words), _letters(words)) for _, kind in gazetteer.routes(key)
    )


def _lead_across_hyphen(spot: Spot, text: str, gazetteer: Gazetteer, floor: int) -> Spot:
    """The spot with up to three capitalised words before a spaced hyphen in front of it,
    when together they read as somebody's native name."""
    start = max(spot.sentence[0], floor)
    hyphen = _HYPHEN_BEFORE.search(text, start, spot.start)
    if hyphen is None:
        return spot
    lead: list[Word] = []
    for word in reversed(words_of(text, start, hyphen.start())):
        if not word.text[:1].isupper() or len(lead) == 3:
            break
        lead.insert(0, word)
    for k in range(1, len(lead) + 1):
        words = [fold(w.text) for w in lead[-k:]] + spot.words
        if _reads_as_one(words, gazetteer):
            return dataclasses.replace(
                spot, start=lead[-k].start, words=words, pieces=lead[-k:] + spot.pieces
            )
    return spot


_HYPHEN_AFTER = re.compile(r"\s+-\s+")


def _trail_across_hyphen(spot: Spot, text: str, gazetteer: Gazetteer, ceiling: int) -> Spot:
    """The spot with up to three capitalised words after a spaced hyphen behind it, no other
    mention's, when together they read as somebody's native name ("Kai Lei - Tsu Te Erh",
    凯勒-祖特尔, Karin Keller-Sutter: "Kai Lei" alone reads 盖莱, Guelleh)."""
    hyphen = _HYPHEN_AFTER.match(text, spot.end)
    if hyphen is None or hyphen.end() >= ceiling:
        return spot
    trail: list[Word] = []
    for word in words_of(text, hyphen.end(), ceiling):
        if (
            not word.text[:1].isupper()
            or len(trail) == 3
            or (trail and text[trail[-1].end : word.start] != " ")
        ):
            break
        trail.append(word)
    for k in range(len(trail), 0, -1):
        words = spot.words + [fold(w.text) for w in trail[:k]]
        if _reads_as_one(words, gazetteer):
            return dataclasses.replace(
                spot, end=trail[k - 1].end, words=words, pieces=spot.pieces + trail[:k]
            )
    return spot


def _someone_else_within(words: list[str], entry: Entry, gazetteer: Gazetteer) -> bool:
    """The run opens with another listed person's whole name, as written, and goes on
    ("Mohammed bin Nayef Al Saud": his name and his dynasty's): it names that person, not
    the one its letters come closest to (Mohammed bin Salman Al Saud)."""
    for size in range(len(words) - 1, 1, -1):
        for other, kind in gazetteer.exact(" ".join(words[:size])):
            if kind in (CANONICAL, ALIAS) and other.type == "person" and other.canonical != entry.canonical:
                return True
    return False


def _uncorroborated(f: dict[str, float]) -> bool:
    """A link only the name's sound makes: no exact reading, no role, no first name, not named
    elsewhere in the article or a reference, and no other spelling of the person beside it."""
    return not any(
        f[k] for k in ("route_exact", "role_beside", "role_near", "spelled", "reference", "first_exact")
    )


MIN_LINK = 0.6  # a link below this is no proposal
ROLE_NAMED = 0.72  # the role's holder is named elsewhere in the article or a reference
ROLE_ALONE = 0.65  # the only person the gazetteer lists with the role
ROLE_CURRENT = 0.62  # the one of the role's holders the gazetteer lists as still in office
_PAST = frozenset({"former", "ex", "late", "then", "previous", "outgoing"})


def role_link(group: Group, context: ResolveContext) -> tuple[Link, float] | None:
    """A group nothing in the name links to anybody, beside a role phrase of two words or more
    that the gazetteer lists for one person of a country the article names ("the Kremlin
    spokesman Dimitri Pesco", far from "Peskov" letter by letter, where the article names other
    Russians), or for several of whom the article names only one: that person,
    for review only (below 0.9). The group's words must look like a mangled name (a rare word,
    no common one), no word may be somebody else's name, and a full mention must carry the
    person's own first name or none known."""
    gazetteer = context.gazetteer
    if any(s.elsewhere or s.glued for s in group.spots):
        return None
    if any(_common(word) for s in group.spots for word in s.words):
        return None
    if not any(zipf(word) < 3.0 and len(word) >= 3 for s in group.spots for word in s.words):
        return None
    holders: dict[str, tuple[Entry, str]] = {}
    for spot in group.spots:
        before = context.around(spot)[0].split()
        for size in range(min(5, len(before)), 1, -1):
            phrase = " ".join(before[-size:])
            people = [e for e in gazetteer.by_role(phrase) if e.type == "person"]
            if people:
                if size < len(before) and before[-size - 1] in DEMONYMS:
                    return None  # "Indian Environment Minister": another country's holder
                if size < len(before) and before[-size - 1] in _PAST:
                    return None  # "former US President": not the one in office
                for entry in people:
                    holders.setdefault(entry.canonical, (entry, phrase))
                break
    if not holders:
        return None
    named = [h for h in holders.values() if context.spelled(h[0]) or context.referenced(h[0])]
    # of several holders the gazetteer lists, the one still in office ("US President Chuan
    # Pu", 川普, read in Taiwan's characters: Trump, not Biden or Obama)
    current = [h for h in holders.values() if h[0].end is None]
    if len(named) == 1:
        (entry, phrase), confidence = named[0], ROLE_NAMED
    elif not named and (len(holders) == 1 or len(current) == 1):
        (entry, phrase), confidence = (
            (next(iter(holders.values())), ROLE_ALONE) if len(holders) == 1 else (current[0], ROLE_CURRENT)
        )
        if entry.country not in context.article.countries:
            return None  # a story of another country: its own minister, whom the gazetteer may lack
        family = family_of(entry)
        if not family or not any(
            Indel.normalized_similarity(s.words[-1 if entry.country not in FAMILY_FIRST else 0], family[0])
            >= 0.4
            for s in group.spots
        ):
            return None  # nothing of the name is left: the role may be somebody else's
    else:
        return None
    if any(context.other_person(word, entry) for s in group.spots for word in s.words):
        return None
    if any(_other_given(s, entry) and not _given_unknown(s, entry, gazetteer) for s in group.spots):
        return None
    f = dict.fromkeys(FEATURES, 0.0)
    f["role_beside"] = 1.0
    why = [f"the role {phrase!r} is beside the name, and the gazetteer lists {entry.canonical} with it"]
    if confidence == ROLE_NAMED:
        why.append(f"the article names {entry.canonical} elsewhere")
    return Link(entry, f, confidence, why), confidence


def _common(word: str) -> bool:
    """A word English uses too often to be a mangled name beside a role ("Will", "Says")."""
    return zipf(word) >= 4.5 or word in SHORT_FUNCTION_WORDS


def _given_unknown(spot: Spot, entry: Entry, gazetteer: Gazetteer) -> bool:
    """A full mention whose given-name words no entry uses: a mangled given name, not another's."""
    written = spot.words[1:] if entry.country in FAMILY_FIRST else spot.words[:-1]
    return all(not gazetteer.exact(word) and zipf(word) < 3.0 for word in written)


def _short_forms(result, context: ResolveContext, readings, linked: list[tuple[Group, Link, float]]) -> None:
    """One person written several ways: once a group of full mentions is linked ("Wen Zai"
    is Moon Jae-in), its family word alone is that person too, even where the gazetteer
    knows the word as a piece of someone else's name ("Wen", in Tsai Ing-wen), unless the
    article names that someone; and so is the family word with a syllable run onto it
    ("Wenyi"), for review."""
    text = context.text
    leads: dict[str, tuple[Link, float, str]] = {}
    for group, link, confidence in linked:
        for spot in group.spots:
            if len(spot.words) < 2:
                continue
            lead = spot.words[0] if link.entry.country in FAMILY_FIRST else spot.words[-1]
            if lead not in leads and (_rare_lead(lead) or _read_family(lead, link, context)):
                leads[lead] = (link, confidence, text[spot.start : spot.end])
    # the family names of the people linked surely, by sound, for a lone family word after an
    # honorific that no reading explains; one person to a sound, or none
    by_sound: dict[str, list[tuple[Link, float, str]]] = defaultdict(list)
    for group, link, confidence in linked:
        family = family_of(link.entry)
        if confidence >= AUTO and family and len(family[0]) >= 4:
            by_sound[sound_key(family[0])].append(
                (link, confidence, text[group.spots[0].start : group.spots[0].end])
            )
    sounds = {
        key: found[0] for key, found in by_sound.items() if len({f[0].entry.canonical for f in found}) == 1
    }
    if not leads and not sounds:
        return
    named = {
        e.canonical for r in readings if r.status == "known" and len(r.mention.words) > 1 for e in r.entries
    }
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.kind == "name"]
    read = {r.mention.start for r in readings}
    # a lone word opening a sentence that English also writes ("Miley, who ...") is read as
    # no name at all; where the article links that word to a person, it is that person
    unread = [Reading(m, "common") for m in context.article.mentions if m.start not in read]
    for reading in [*readings, *unread]:
        m = reading.mention
        if len(m.words) != 1 or any(s < m.end and m.start < e for s, e in taken):
            continue
        word = m.folded[0] if m.folded else ""
        if reading.status == "common" and word in leads:
            link, confidence, written = leads[word]
            cap, why = 0.85, f"the article writes {link.entry.canonical} as {written!r}"
        elif reading.status == "known" and word in leads:
            if any(e.canonical in named for e in reading.entries):
                continue
            link, confidence, written = leads[word]
            why = f"the article writes {link.entry.canonical} as {written!r}"
            # only a piece of other people's given names ("Wen" of Tsai Ing-wen): as sure as
            # the group; somebody's family name ("Kim"): review
            cap = 0.85 if any(family_of(e)[:1] == [word] for e in reading.entries) else 0.95
        elif reading.status == "suspect":
            lead = next((w for w in leads if word.startswith(w) and 0 < len(word) - len(w) <= 3), "")
            if lead:
                link, confidence, written = leads[lead]
                cap, why = (
                    0.7,
                    f"{m.words[0].text!r} begins with {written!r}'s family word, which names {link.entry.canonical}",
                )
            elif m.honorific and len(word) >= 4 and sound_key(word) in sounds:
                # "Mr. Gihara" beside "Muyuan Ren", linked to Minoru Kihara: the family name
                # as another romanisation spells it by ear (Korean writes Japanese k as g)
                link, confidence, written = sounds[sound_key(word)]
                cap, why = 0.85, f"{m.words[0].text!r} sounds as {link.entry.canonical}'s family name"
            else:
                continue
        else:
            continue
        spot = Spot(m.start, m.end, [word], list(m.words), (m.sentence_start, m.sentence_end))
        short = Link(link.entry, link.features, why=[why, *link.why])
        _propose(result, text, spot, short, min(cap, confidence), context)


def _rare_lead(word: str) -> bool:
    return len(word) >= 3 and zipf(word) < 4.0


def _read_family(word: str, link: Link, context: ResolveContext) -> bool:
    """A family word that is the reading of the person's own family name through another
    script ("Li" for Lee, 李): short and common as a word, but in this article it was written
    as that person's family name."""
    if not link.features.get("family_route") or not word.isalpha() or len(word) < 2:
        return False
    position = 0 if link.entry.country in FAMILY_FIRST else -1
    return any(" " in r and fold(r.split()[position]) == word for r in context.readings_of(link.entry))


def _name_then_words(reading, gazetteer: Gazetteer) -> bool:
    """A name spelled right, as a whole form, then or after English words in title case ("Xi
    Jinping Meets", "Zelensky Said", "Visiting Olaf Scholz"): nothing in the run is damaged."""
    words = reading.mention.folded
    unknown = set(reading.unknown)
    if len(words) != len(reading.mention.words) or not unknown or len(words) == len(unknown):
        return False
    if any(zipf(words[i]) < 4.0 for i in unknown):
        return False
    known = [i for i in range(len(words)) if i not in unknown]
    if known != list(range(known[0], known[-1] + 1)):
        return False
    form = " ".join(words[known[0] : known[-1] + 1])
    hits = gazetteer.exact(form)
    if any(kind in (CANONICAL, ALIAS) for _, kind in hits):
        return True
    # a surname and the commonest English words ("Zelensky Said")
    return (
        len(known) == 1
        and all(zipf(words[i]) >= 5.0 for i in unknown)
        and any(family_of(entry)[:1] == [form] for entry, _ in hits)
    )


# Short English words machine translation runs onto the name before them ("Kilicdarogluis").
_GLUE = sorted(SHORT_FUNCTION_WORDS | {"said", "has"}, key=lambda w: (-len(w), w))


def _unglued(words: list[str], present: list[Entry], gazetteer: Gazetteer) -> tuple[list[str], str]:
    """The words with an English word cut off the last one, and that word, when the rest is
    much closer to the family name of someone the article names ("Klisadarogluis" beside
    "Kemal Kilicdaroglu"), or is the family name of a listed person whose first name is
    right before it ("Ozgur Ozelsaid"); else the words unchanged and ""."""
    last = words[-1]
    for suffix in _GLUE:
        stem = last[: -len(suffix)]
        if not last.endswith(suffix) or len(stem) < 3:
            continue
        people = [e for e, kind in gazetteer.exact(stem) if kind == NAME_WORD and e.type == "person"]
        if len(words) > 1 and any(family_of(e) == [stem] and words[-2] in given_of(e) for e in people):
            return [*words[:-1], stem], suffix
        if len(words) == 1 and len(stem) >= 6 and [family_of(e) for e in people] == [[stem]]:
            return [stem], suffix  # "Stoltenbergsaid": one listed person's family name, a long one
        if len(stem) < 5:
            continue
        for entry in present:
            family = family_of(entry)
            if not family or len(family) != 1:
                continue
            closer = Indel.normalized_similarity(stem, family[0])
            if closer >= 0.8 and closer > Indel.normalized_similarity(last, family[0]) + 0.03:
                return [*words[:-1], stem], suffix
    return words, ""


def keep_glued_words(result, text: str) -> None:
    """A name fix never swallows the English word glued to the name: "Kilicdaroglusaid" is
    "Kilicdaroglu said", not "Kilicdaroglu" (every rule compares the whole glued word with
    the name, and a long name stays close with "said" or "is" on its end); nor doubles the
    full stop after it ("Jr." before the text's own ".")."""
    for i, p in enumerate(result.proposals):
        if p.kind != "name" or not p.original.split() or not p.replacement.split():
            continue
        if p.replacement.endswith(".") and text[p.span.end : p.span.end + 1] == ".":
            p = _replaced(result, i, p, text, p.replacement[:-1])  # "Jr." whose full stop follows
        written, fixed = p.original.split()[-1], p.replacement.split()[-1]
        mine, theirs = fold(written), fold(fixed)
        suffix = mine[len(theirs) :]
        if len(theirs) >= 3 and mine.startswith(theirs) and suffix in _GLUE and len(suffix) < len(written):
            _replaced(result, i, p, text, f"{p.replacement} {written[-len(suffix) :]}")


def _replaced(result, i: int, p: Proposal, text: str, replacement: str) -> Proposal:
    new_id = stable_id(text, p.span, p.kind, replacement)
    result.proposals[i] = dataclasses.replace(p, replacement=replacement, id=new_id)
    if p.id in result.signals:  # the learned confidence reads the features by id
        result.signals[new_id] = result.signals.pop(p.id)
    return result.proposals[i]


def group_links(group: Group, context: ResolveContext, present: list[Entry], weights: Weights) -> list[Link]:
    """The people ``group`` may name, with their evidence, most likely first."""
    pool, hits = _candidates(group, context, present)
    route_hits: dict[str, dict[str, int]] = defaultdict(dict)
    for (name, key), kind in hits.items():
        route_hits[name][key] = kind
    links = []
    for entry in pool:
        link = features_for(group, entry, route_hits.get(entry.canonical, {}), context)
        if link is not None and _plausible(link.features):
            link.confidence = weights.confidence(link.features)
            if _first_name_of_another(link.features):
                link.confidence = min(link.confidence, 0.85)  # somebody else's first name: review
            links.append(link)
    links.sort(key=lambda link: -link.confidence)
    return _prefer_role_holder(links)


def _prefer_role_holder(links: list[Link]) -> list[Link]:
    """A near tie ("Bei Li": 贝利, Andrew Bailey, and 贝里, Nabih Berri, read alike) goes to
    the person whose own role is beside the mention ("Lebanese Parliament Speaker"), not to
    one whose roles the text does not say: the role is the other person's."""
    if len(links) < 2 or links[0].features["role_beside"]:
        return links
    best = links[0]
    for link in links[1:]:
        f = link.features
        if (
            link.confidence > best.confidence - 0.15
            and f["role_beside"]
            and (f["route_exact"] or f["route_close"] >= 0.75)
        ):
            link.why.append(f"the role beside it is theirs, not {best.entry.canonical}'s")
            return [link, *(other for other in links if other is not link)]
    return links


_AGAINST = ("given_other", "other_named", "single_word")


def _prefer_the_articles_people(
    chosen: list[tuple[Group, Link, list[Link]]],
) -> list[tuple[Group, Link, list[Link]]]:
    """A group whose candidates nearly tie ("Wen Zhe": Moon Jae-in or Moon Hee-sang, both
    family name 文) names the person other groups of the article are linked to, when one of
    the close candidates is that person: one story, one Moon."""
    winners: dict[str, int] = defaultdict(int)
    for _, best, _ in chosen:
        winners[best.entry.canonical] += 1
    out = []
    for group, best, others in chosen:
        if winners[best.entry.canonical] == 1:
            near = [
                link
                for link in others
                if link.confidence > best.confidence - 0.15
                and winners[link.entry.canonical] >= 1
                # an exact reading of the best one's own name is no near tie ("Jin Yuzheng",
                # 金与正, is Kim Yo Jong beside her brother "Jin Zhengen")
                and not (best.features["route_exact"] and not link.features["route_exact"])
            ]
            if near:
                swap = near[0]
                others = [best, *(link for link in others if link is not swap)]
                best = swap
                best.why.append("other spellings in the article name this person")
        out.append((group, best, others))
    return out


def _merge(chosen: list[tuple[Group, Link, list[Link]]], weights: Weights) -> dict[str, float]:
    """One person respelled several ways in one article ("Wen Zai", "Wen Zhai"): the groups
    linked to the same person pool their evidence."""
    by_entry: dict[str, list[tuple[Group, Link]]] = defaultdict(list)
    for group, best, _ in chosen:
        by_entry[best.entry.canonical].append((group, best))
    out: dict[str, float] = {}
    for name, members in by_entry.items():
        if len(members) < 2:
            continue
        features = dict.fromkeys(FEATURES, 0.0)
        for key in FEATURES:
            values = [link.features[key] for _, link in members]
            features[key] = min(values) if key in _AGAINST else max(values)
        features["group_size"] = math.log1p(sum(len(group.spots) for group, _ in members))
        out[name] = weights.confidence(features)
    return out


def _plausible(f: dict[str, float]) -> bool:
    """Some evidence on the name itself, not only on the story around it; a word that is
    somebody else's name needs a reading of this person's native name (and the role beside
    it, when the reading is only close: "French President Mark Long"; or, for a family name
    read another way, the person named in full in the article: "Yun" beside "Yoon Suk Yeol")."""
    if f["other_named"] and not (
        f["route_exact"]
        or (f["role_beside"] and f["route_close"] >= 0.75)
        or (f["family_route"] and f["spelled"])
        or _first_name_of_another(f)
    ):
        return False
    return bool(
        f["route_exact"]
        or f["route_close"] >= 0.75
        or f["family_exact"]
        or f["family_route"]
        or (f["family_sound"] and (f["first_exact"] or f["role_beside"]))
        or (f["form_close"] >= 0.8 and f["role_beside"])
        or (f["form_close"] >= 0.8 and f["first_exact"] and f["spelled"])
        # a reference article spells the person: "Jana Vikhman" beside its "Jana Wichmann"
        or (f["form_close"] >= 0.7 and f["first_exact"] >= 1.0 and f["reference"])
    )


def _first_name_of_another(f: dict[str, float]) -> bool:
    """Another's first name in the person's own place, with the family name, the role beside it
    and a first name alike ("Polish President Andrei Duda"): the person, for review only."""
    return bool(
        f["other_named"]
        and not (
            f["route_exact"]
            or (f["role_beside"] and f["route_close"] >= 0.75)
            or (f["family_route"] and f["spelled"])
        )
        and f["family_exact"]
        and f["role_beside"]
        and f["first_exact"]
    )


# a person the words read back as exactly, instead of one they only sound like: review
READ_NOT_HEARD = 0.7
# two people the words read as about equally well (a close alternative, or both exactly: 沃尔兹
# is Tim Walz and Mike Waltz, 巴罗 Barrot and Barrow's family name): review, held at this
# number so that a reviewer sees the choice as the coin toss it is
TIED = 0.75


def _first_in(spot: Spot, entry: Entry) -> bool:
    """The mention opens with the person's first name ("Kamala Ha Li Si")."""
    return spot.words[0] in given_of(entry) + _alias_given(entry)


def _propose(
    result,
    text: str,
    spot: Spot,
    link: Link,
    confidence: float,
    context: ResolveContext,
    rule: str = "name.entity",
    held: bool = False,
) -> None:
    """Propose the person's name over the spot; ``held`` keeps the confidence given (the
    learned confidence may not raise it: two people the words read as alike)."""
    from repair.passes.names.decisions import _recognise

    entry = link.entry
    surface = context.article.surface
    family = family_form(entry, surface)
    written = text[spot.start : spot.end]
    start, end = spot.start, spot.end
    # one written word is the surname alone, hyphenated ("Ammir-abdollahian") or a reading
    # hyphenated syllable by syllable ("Ma-ke-long" for Macron)
    if (
        len(spot.words) == 1
        or (len(spot.pieces) == 1 and entry.country not in FAMILY_FIRST)
        or (reads_as_surname(link, after_honorific([spot])) and not _first_in(spot, entry))
    ):
        replacement = context.article.spell_like_article(surname_phrase(entry, surface))
        lead = replacement.split()[:-1]  # "von der" of "von der Leyen", written before the word
        if lead and text[:start].rstrip().lower().endswith(" ".join(lead).lower()):
            replacement = replacement.split()[-1]
        given = given_of(entry)
        word, surname = spot.words[0], fold(family)
        if (
            entry.country not in FAMILY_FIRST
            and given
            and _first_close(word, given[0])
            and not (_first_close(word, surname) or sound_key(word) == sound_key(surname))
        ):
            # the name a person is called by alone is the first ("Sheikh Tamim", "Lula")
            replacement = entry.canonical.split()[0]
    else:
        given = given_of(entry) + _alias_given(entry)  # "Sergei" of the alias "Sergei Lavrov"
        first = spot.words[-1] if entry.country in FAMILY_FIRST else spot.words[0]
        if first in given and entry.country not in FAMILY_FIRST:
            # "Annalena Berbock": the surname alone, however many words it came back as
            # ("Lloyd Ao Ssu Ting", a reading of 奥斯汀 syllable by syllable)
            k = 0
            while k < len(spot.pieces) - 1 and set(
                fold(spot.pieces[k].text.replace("-", " ")).split()
            ) <= set(given):
                k += 1
            start, end = spot.pieces[k].start, spot.pieces[-1].end
            replacement = context.article.spell_like_article(family)
            full = context.article.spell_like_article(_full_form(entry, context, len(spot.words))).split()
            if len(full) - k == len(spot.pieces) - k > 1 and [fold(w) for w in full[:k]] == [
                fold(p.text) for p in spot.pieces[:k]
            ]:
                replacement = " ".join(full[k:])  # "Andres Manuel Lopes Obrador": both family words
                if replacement.endswith(".") and text[end : end + 1] == ".":
                    replacement = replacement[:-1]  # "Jr." whose full stop the text already has
            replacement = _closer_alias_rest(spot, k, entry, replacement, context)
        else:
            replacement = context.article.spell_like_article(_full_form(entry, context, len(spot.words)))
            words = replacement.split()
            before = text[:start].rstrip().lower()
            for k in range(len(words) - 1, 0, -1):  # "Ursula von der" already written before it
                if before.endswith(" ".join(words[:k]).lower()) and text[:start].endswith(" "):
                    replacement = " ".join(words[k:])
                    break
    if spot.glued:
        replacement = f"{replacement} {text[end - len(spot.glued) : end]}"
    if text[start:end] == replacement:
        return
    nationality = other_nationality(text, spot.start, spot.end, entry)
    rest = rest_of_name(text, spot.end, context.gazetteer)
    if nationality or rest:
        confidence = min(confidence, AUTO - 0.01)
    weaker = [
        p
        for p in result.proposals
        if p.kind == "name" and p.span.start < spot.end and spot.start < p.span.end
    ]
    if any(p.confidence >= confidence for p in weaker):
        return
    result.proposals[:] = [p for p in result.proposals if p not in weaker]
    proposal = name_proposal(
        text,
        start,
        end,
        replacement,
        rule=rule,
        confidence=round(confidence, 4),
        reason=f"{written!r} names {entry.canonical} ({entry.describe()})",
        evidence=[
            *link.why,
            *(
                [f"but the role beside it says {nationality!r}, which no role of theirs says"]
                if nationality
                else []
            ),
            *([f"but the name goes on after a dash ({rest!r}): it may be somebody else's"] if rest else []),
            f"gazetteer: {entry.describe()}",
        ],
    )
    result.proposals.append(proposal)
    if rule == "name.entity":  # the learned confidence (calibration.py) judges only what it was trained on
        # "pooled": other spellings of the person raised it
        result.signals[proposal.id] = {**link.features, "pooled": float(confidence > link.confidence)}
        if nationality or rest or held:
            result.signals[proposal.id][HELD] = 1.0
    _recognise(result, text, spot.start, spot.end, entry, confidence, (start, end, replacement))


def _closer_alias_rest(spot: Spot, k: int, entry: Entry, replacement: str, context: ResolveContext) -> str:
    """After the first ``k`` words, written as the person's, the rest of an accepted form of
    as many words that opens with them, when the canonical form has another number of words
    and the form is closer to what is written than the family name: "Sri Muliyani" is the alias "Sri Mulyani", not "Sri Indrawati" (Sri Mulyani
    Indrawati, whose family word the article never used)."""
    if len(_canonical_words(entry.canonical)) == len(spot.pieces):
        return replacement  # the canonical form aligns word for word: it is the fix
    rest = fold(" ".join(p.text for p in spot.pieces[k:]))
    lead = [fold(p.text) for p in spot.pieces[:k]]
    best = Indel.normalized_similarity(rest, fold(replacement))
    for form in entry.forms:
        words = context.article.spell_like_article(form).split()
        if len(words) != len(spot.pieces) or [fold(w) for w in words[:k]] != lead:
            continue
        sim = Indel.normalized_similarity(rest, fold(" ".join(words[k:])))
        if sim > best:
            best, replacement = sim, " ".join(words[k:])
    return replacement


_APPOSITION = re.compile(r",[ \t]+the[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,4}[A-Z][\w'’-]*)")
# the rest of a name the mention did not cover, before its apposition ("Kai Lei - Tsu Te Erh,
# the Swiss Finance Minister": the mention is "Kai Lei")
_NAME_REST = re.compile(
    r"(?:[ \t]*[-‐–][ \t]*|[ \t]+)(?:[A-Z][\w'’]*(?:[ \t]*[-‐–][ \t]*|[ \t]+))*[A-Z][\w'’]*(?=,)"
)


def other_nationality(text: str, start: int, end: int, entry: Entry) -> str:
    """A nationality in the role written right before the mention ("Swiss Finance Minister
    Kai Lei") or in apposition after it (", the Lebanese Parliament Speaker,") that none of
    the person's roles says: the role is somebody else's, so however well the letters read
    as this person (盖莱, Djibouti's Guelleh, read back as "Kai Lei"), the choice is for
    review. Returns the nationality, or ""."""
    words: list[str] = []
    before = words_of(text, max(0, start - 60), start)
    at = start
    for word in reversed(before[-4:]):
        if text[word.end : at] not in (" ", "\t"):
            break
        if not word.text[:1].isupper() and fold(word.text) not in ROLE_NOUNS:
            break  # "Taiwanese legislator Chang": a lower-case role goes on to its nationality
        words.append(fold(word.text))
        at = word.start
    rest = _NAME_REST.match(text, end)
    after = _APPOSITION.match(text, rest.end() if rest else end)
    if after:
        words += fold(after.group(1)).split()
    role_words = [fold(role).split() for role in entry.roles]
    if not any(_nationality_word(w) for role in role_words for w in role[:2]):
        return ""  # no role says the person's nationality ("COP28 President"): nothing to contradict
    # "Korean" is said by "President of South Korea": a role word sharing its first letters
    said = {w[:4] for role in role_words for w in role if len(w) >= 4}
    return next((w for w in words if w in DEMONYMS and len(w) >= 4 and w[:4] not in said), "")


def _nationality_word(word: str) -> bool:
    """A word of a role that says a nationality ("Djiboutian", "Emirati"), not a title."""
    return word in DEMONYMS or (bool(DEMONYM_ENDING.search(word)) and word not in TITLE_WORDS)


def _full_form(entry: Entry, context: ResolveContext, size: int = 0) -> str:
    """The form of the person's name the article itself writes in full, else the canonical;
    a mention of ``size`` words, two or more, is not cut down to a one-word alias ("Lula")."""
    for form in entry.forms:
        if size >= 2 and len(form.split()) < 2:
            continue
        if context.article.spelled.get(" ".join(w for w, _, _ in name_pieces(form))):
            return form
    return entry.canonical


# --- native script and lost capitals ---------------------------------------------------

# Chinese characters, Hangul, kana; Cyrillic and Arabic letters ("President Путин")
_NATIVE = re.compile(r"[\u3400-\u9fff\uac00-\ud7af\u3040-\u30ff]+|[\u0400-\u04ff]+|[\u0600-\u06ff]+")


def native_script(result, article, gazetteer: Gazetteer) -> None:
    """A name left in its own script ("President 尹"): replaced by the person's family name
    when the article names that person."""
    text = article.doc.text
    for match in _NATIVE.finditer(text):
        before = words_of(text, max(0, match.start() - 30), match.start())
        if not before or not is_title(before[-1].text) or text[before[-1].end : match.start()].strip():
            continue  # only in a name's place, after a title: "Zelensky (泽连斯基)" is a gloss, not damage
        found = gazetteer.routes(match.group())
        people = {e.canonical: (e, k) for e, k in found if e.type == "person"}
        # several people share the character ("尹": Yoon Suk Yeol, Yun Duk-min): the one the
        # article names, when it names only one of them
        named = [
            (e, k)
            for e, k in people.values()
            if article.named_in.get((e.canonical, e.type)) or e.canonical in result.linked
        ]
        if len(named) > 1:  # "Mr. Kan" names Naoto Kan (菅) by a surname; "Suga Yosihide" names Suga in full
            named = [(e, k) for e, k in named if e.canonical in _named_in_full(article, result)]
        unnamed = None
        if not named:
            unnamed = _native_unnamed(text, match.start(), list(people.values()), gazetteer)
            if unnamed is None:
                continue
            named = [unnamed[:2]]
        if len(named) != 1:
            continue
        entry, kind = named[0]
        # a Western name's native spelling is the surname alone ("Путин")
        surname = kind == NATIVE_FAMILY or (entry.country not in FAMILY_FIRST and " " not in match.group())
        replacement = (
            family_form(entry, article.surface)
            if surname
            else _full_form(entry, ResolveContext(article, gazetteer))
        )
        confidence = 0.93 if kind in (NATIVE, NATIVE_FAMILY) else 0.8
        why = f"the article names {entry.canonical} elsewhere"
        if unnamed is not None:
            confidence, why = NATIVE_UNNAMED, unnamed[2]
        result.proposals.append(
            make_proposal(
                text,
                match.start(),
                match.end(),
                replacement,
                kind="name",
                rule="name.native-script",
                confidence=confidence,
                reason=f"{match.group()!r} is {entry.canonical}'s name in its own script",
                evidence=[f"gazetteer: {entry.describe()} is written {', '.join(entry.native)}", why],
            )
        )


# a native spelling after a title, of a person the article does not name otherwise: review
NATIVE_UNNAMED = 0.75


def _native_unnamed(
    text: str, start: int, people: list[tuple[Entry, int]], gazetteer: Gazetteer
) -> tuple[Entry, int, str] | None:
    """The person a native spelling after a title names where the article names nobody it
    may be: the one person whose whole native name it is ("Premier 李强"), or, of the people
    whose family name it is, the one the role phrase before it lists ("Kremlin spokesman
    Песков"). (entry, route kind, the evidence), or None."""
    whole = [(e, k) for e, k in people if k == NATIVE]
    family = {e.canonical: (e, k) for e, k in people if k == NATIVE_FAMILY}
    if len(whole) == 1:
        found, why = whole[0], "the whole spelling is {}'s name and no one else's the gazetteer lists"
    elif whole or not family:
        return None
    else:
        found, why = _bearer_by_role(text, start, family, gazetteer)
        if found is None:
            return None
    entry, kind = found
    return entry, kind, why.format(entry.canonical)


def _bearer_by_role(
    text: str, start: int, family: dict[str, tuple[Entry, int]], gazetteer: Gazetteer
) -> tuple[tuple[Entry, int] | None, str]:
    """Of the people a native family name may be, the one the role phrase before it lists."""
    before = [fold(w.text) for w in words_of(text, max(0, start - 60), start)]
    for size in range(min(5, len(before)), 1, -1):
        phrase = " ".join(before[-size:])
        holders = [family[e.canonical] for e in gazetteer.by_role(phrase) if e.canonical in family]
        if holders:
            found = holders[0] if len(holders) == 1 else None
            return found, f"the role {phrase!r} stands before it, and the gazetteer lists {{}} with it"
    return None, ""


def _named_in_full(article, result) -> set[str]:
    """The people the article names by a name of two words or more, as written or mangled."""
    full = {
        r.entries[0].canonical
        for r in article.readings
        if r.status == "known" and r.entries and len(r.mention.folded) > 1
    }
    return full | set(result.linked)


_DETERMINED = re.compile(r"\b(?:a|an|the|this|that|his|her|its|their|our|my|your)\s+$", re.IGNORECASE)
_LOWER_AFTER = re.compile(r"\b([A-Z][\w'’-]+)\s+([a-z][\w'’-]+)\b")


def lost_capitals(result, article, gazetteer: Gazetteer) -> None:
    """A name whose later word lost its capital ("Emmanuel macron", "the Eiffel tower"), and
    a person's surname in lower case where the article names that person ("says macron")."""
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals]
    surnames: dict[str, Entry] = {}
    present = {
        r.entries[0].canonical: r.entries[0]
        for r in article.readings
        if r.status == "known" and r.entries and r.entries[0].type == "person"
    }
    for entry in present.values():
        family = family_of(entry)
        if family:
            surnames[family[0]] = entry
    done: set[int] = set()
    for match in _LOWER_AFTER.finditer(text):
        first, second = match.group(1), match.group(2)
        folded = f"{fold(first)} {fold(second)}"
        hits = [e for e, k in gazetteer.exact(folded) if k in (CANONICAL, ALIAS)]
        if not hits:
            continue
        entry = hits[0]
        form = next((f for f in entry.forms if " ".join(w for w, _, _ in name_pieces(f)) == folded), "")
        words = form.split()
        if len(words) != 2 or words[1] == second or not words[1][:1].isupper():
            continue
        start = match.start(2)
        if any(s < match.end(2) and start < e for s, e in taken):
            continue
        done.add(start)
        _lower(result, text, start, match.end(2), words[1], entry, 0.95, f"the name {form!r}")
    for start, end, form, entry in _whole_names_in_lower_case(text, gazetteer, taken):
        before = words_of(text, max(0, start - 30), start)
        titled = title_right_before(text, before, start)
        confidence = 0.92 if titled else 0.85
        why = f"the name {form!r}" + (", after a title" if titled else "")
        _lower(result, text, start, end, form, entry, confidence, why)
        taken.append((start, end))
        done.add(start)
        family = family_of(entry)
        if family:
            surnames.setdefault(family[0], entry)
    for match in re.finditer(r"\b[a-z]{4,}\b", text):
        word = match.group()
        entry = surnames.get(word)
        if entry is None or match.start() in done or zipf(word) >= 5.5:
            continue
        determined = _DETERMINED.search(text, max(0, match.start() - 8), match.start())
        if determined and (
            zipf(word) >= 4.5 or zipf(word) >= 2.5 and not _name_position(text, match.start(), match.end())
        ):
            continue  # "the trump card", "had lost a tusk": an English word after a determiner
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if zipf(word) >= 3.0 and not _name_position(text, match.start(), match.end()):
            continue  # "the fire burns", "ding": the English word, where no name would stand
        family = family_form(entry, article.surface)
        if fold(family) != word or not family[:1].isupper():
            continue
        # a surname English also uses as a word ("trump") goes to review
        confidence = 0.92 if zipf(word) < 3.0 else 0.8 if zipf(word) < 4.5 else 0.7
        _lower(
            result,
            text,
            match.start(),
            match.end(),
            family,
            entry,
            confidence,
            f"{entry.canonical}, named in the article",
        )
    _lost_capital_places(result, article, gazetteer, taken)


# a run of two words or more in lower case, each of letters (accented too), "-" and "'"
_LOWER_RUN = re.compile(r"(?<![\w'’.-])[^\W\d_A-Z][\w'’-]*(?: [^\W\d_A-Z][\w'’-]*)+(?![\w'’-])")


def _whole_names_in_lower_case(text: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list:
    """ "keir starmer", "giorgia meloni", "xi jinping", "recep tayyip erdogan", "antónio
    guterres": a listed person's whole name (given and family name, in the order the entry
    writes it), every word in lower case, with a word English does not write or words it
    writes seldom ("narendra modi"; not "joe biden", which a sentence about a Joe may hold).
    No capital marks the run, so the mention readings never see it. The longest such name in
    a run of lower-case words is taken. Returns (start, end, the name as the gazetteer writes
    it, person)."""
    found = []
    for match in _LOWER_RUN.finditer(text):
        words = match.group().split(" ")
        at = [match.start()]
        for word in words[:-1]:
            at.append(at[-1] + len(word) + 1)
        rarity = [zipf(w) for w in words]  # once per word, not once per window it is in
        i = 0
        while i < len(words) - 1:
            # a name opening on a word English writes this often is none (_lower_name)
            ends = range(min(len(words), i + 4), i + 1, -1) if rarity[i] < _TOO_COMMON else ()
            for j in ends:
                name = _lower_name(words[i:j], rarity[i:j], gazetteer)
                start, end = at[i], at[j - 1] + len(words[j - 1])
                if name and not any(s < end and start < e for s, e in taken):
                    found.append((start, end, *name))
                    i = j - 1
                    break
            i += 1
    return found


_TOO_COMMON = 5.0  # a word this common in English (zipf) is in no lower-cased whole name


def _lower_name(words: list[str], rarity: list[float], gazetteer: Gazetteer) -> tuple[str, Entry] | None:
    """The listed person whose whole name ``words`` are, in lower case, and the form they
    write; None for a run English may write ("frank field", "joe biden"). ``rarity``: each
    word's zipf."""
    if not all(w[:1].islower() for w in words):
        return None  # "Özgür Özel": capitals the pattern's a-z does not know
    if max(rarity) >= _TOO_COMMON or max(len(w) for w in words) < 4:
        return None
    family_rarity = rarity[-1] if min(rarity) >= 3.0 else min(rarity)
    if family_rarity >= 3.0 and sum(sorted(rarity)[:2]) >= 8.5:
        return None
    folded = " ".join(fold(w) for w in words)
    people = {
        e.canonical: e for e, k in gazetteer.exact(folded) if k in (CANONICAL, ALIAS) and e.type == "person"
    }
    if len(people) != 1:
        return None
    entry = next(iter(people.values()))
    form = next((f for f in entry.forms if fold(f) == folded), "")
    if len(form.split()) != len(words) or not set(family_of(entry)) <= set(folded.split()):
        return None
    return form, entry


# Country abbreviations that, lower-cased, are English words or fragments.
_ABBREVIATIONS = {
    "us": ("US", "united states"),
    "uk": ("UK", "united kingdom"),
    "eu": ("EU", "european union"),
}
_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|at|near|of)\s+$", re.IGNORECASE)
# After a place name a clause goes on; after the adjective "nice" a noun does ("in nice weather").
_PLACE_AFTER = re.compile(
    r"^\s*(?:[,.;:!?)]|$|(?:the|on|in|at|and|last|this|where|which|when|after|before)\b)"
)


def _lost_capital_places(result, article, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> None:
    """A country's abbreviation or a place that lost its capital: "his us counterpart" (the
    pronoun never follows "his"), "the uk side", and "the attack in nice" in an article about
    France (a place of a country the article's recognised names belong to, after a
    preposition and before a clause goes on, never before a noun it could describe)."""
    text = article.doc.text
    for match in re.finditer(r"(?<![\w./@-])[a-z]{2,}(?![\w/@-]|\.\w)", text):
        word, start, end = match.group(), match.start(), match.end()
        if word not in _ABBREVIATIONS and (
            len(word) < 4
            or not _PLACE_BEFORE.search(text, max(0, start - 6), start)
            or not _PLACE_AFTER.match(text[end : end + 12])
        ):
            continue  # tested before the spans taken: most lower-case words stop here
        if any(s < end and start < e for s, e in taken):
            continue
        if word in _ABBREVIATIONS:
            upper, full = _ABBREVIATIONS[word]
            if word == "us" and not (
                _DETERMINED.search(text, max(0, start - 8), start)
                and re.match(r"\s+[a-z]", text[end : end + 3])
            ):
                continue
            entry = next((e for e, k in gazetteer.exact(full) if e.type == "place"), None)
            if entry is not None:
                _lower(
                    result, text, start, end, upper, entry, 0.9, f"{word!r} after a determiner is no pronoun"
                )
            continue
        places = [e for e, k in gazetteer.exact(word) if k == CANONICAL and e.type == "place"]
        place = next((e for e in places if e.country and e.country in article.countries), None)
        if place is None or place.canonical.lower() != word:
            continue
        _lower(
            result,
            text,
            start,
            end,
            place.canonical,
            place,
            0.7,
            f"a place in {place.country}, which the article is about",
        )


_BEFORE_NAME = re.compile(
    r"\b(?:with|by|from|and|says|said|told|thanked|asked|met|mr|ms|mrs)\.?\s+$", re.IGNORECASE
)
_AFTER_NAME = re.compile(r"^(?:,|['’]s\b|\s+(?:said|says|told|added|stressed|noted|wrote)\b)")


def _name_position(text: str, start: int, end: int) -> bool:
    """A lower-case word where a surname stands: after a reporting verb or "with" ("with
    trump,"), or before "said" or a comma ("trump said")."""
    if _BEFORE_NAME.search(text, max(0, start - 10), start):
        return True
    before = words_of(text, max(0, start - 30), start)
    return bool(before and title_before_name(before[-1].text)) or bool(
        _AFTER_NAME.match(text[end : end + 10])
    )


def name_proposal(
    text: str,
    start: int,
    end: int,
    replacement: str,
    *,
    rule: str,
    confidence: float,
    reason: str,
    evidence: list[str],
) -> Proposal:
    """A proposal of kind "name", as every names rule makes one."""
    return make_proposal(
        text,
        start,
        end,
        replacement,
        kind="name",
        rule=rule,
        confidence=confidence,
        reason=reason,
        evidence=evidence,
    )


def capital_proposal(
    text: str, start: int, end: int, replacement: str, confidence: float, reason: str, evidence: list[str]
):
    """A name word given back its capital (or respelled and capitalised): every maker of
    ``name.capital`` proposals goes through here, so the rule's kind and name stay one."""
    return name_proposal(
        text,
        start,
        end,
        replacement,
        rule="name.capital",
        confidence=confidence,
        reason=reason,
        evidence=evidence,
    )


def _lower(
    result, text: str, start: int, end: int, replacement: str, entry: Entry, confidence: float, why: str
) -> None:
    result.proposals.append(
        capital_proposal(
            text,
            start,
            end,
            replacement,
            confidence,
            f"{text[start:end]!r} is part of a name and lost its capital",
            [why, f"gazetteer: {entry.describe()}"],
        )
    )


_CAPITAL_RUN = re.compile(
    r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|the|and|de|du|la|del|des)[ \t]+)?[A-Z][\w'’-]*){0,5}"
)
_TRANSLATABLE = frozenset({"organisation", "place", "term"})
_LOWER_TAIL = re.compile(r"[ \t]+[a-z][a-z'’-]*")


def translated_names(result, article, gazetteer: Gazetteer) -> None:
    """A party, newspaper or landmark whose name was translated word by word ("National
    Power Party" for the People Power Party), when the gazetteer lists that translation as
    a wrong form. Title words inside ("National", "Party") split the name runs the rest of
    the pass reads, so the capitalised words are tried here as they stand, longest first."""
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.kind != "style"]
    found: list[tuple[int, int, Entry, bool]] = []
    for match in _CAPITAL_RUN.finditer(text):
        # with the lower-case word after the run: "the Norman format", "the Normandy quartet"
        tail = _LOWER_TAIL.match(text, match.end())
        run = text[match.start() : tail.end() if tail else match.end()]
        words = list(re.finditer(r"[\w'’-]+", run))
        hit = None
        for size in range(len(words), 1, -1):
            for first in range(len(words) - size + 1):
                last = words[first + size - 1].group()
                if not (words[first].group()[0].isupper() and (last[0].isupper() or tail)):
                    continue
                start = match.start() + words[first].start()
                end = match.start() + words[first + size - 1].end()
                entry = _listed_translation(gazetteer, text[start:end])
                if entry is not None:
                    hit = (start, end, entry, False)
                    break
            if hit:
                break
        if hit:
            found.append(hit)
    found.extend(_translations_in_lower_case(text, gazetteer, [(s, e) for s, e, _, _ in found]))
    for start, end, entry, lower in found:
        if any(s < end and start < e for s, e in taken):
            continue
        home = bool(entry.country) and entry.country in article.countries and not title_case_line(text, start)
        if lower and not home:
            continue  # words a sentence may use: only in a story of the organisation's country
        # a translation is a damaged name, not a house-style choice
        result.proposals[:] = [
            p
            for p in result.proposals
            if not (p.kind == "style" and p.span.start < end and start < p.span.end)
        ]
        result.proposals.append(
            make_proposal(
                text,
                start,
                end,
                entry.canonical,
                kind="name",
                rule="name.translated",
                # the article is about the organisation's country: a listed translation is no
                # namesake abroad; otherwise review, and a translation written partly in lower
                # case ("It goes through Mexico") is for review too
                confidence=0.92 if home and not lower else 0.85,
                reason=f"{text[start:end]!r} is {entry.canonical!r} translated word by word",
                evidence=[
                    f"gazetteer: {text[start:end]!r} is a listed wrong form of {entry.describe()}",
                    *([f"the article names other people or places of {entry.country}"] if home else []),
                ],
            )
        )
        taken.append((start, end))


def _listed_translation(gazetteer: Gazetteer, written: str) -> Entry | None:
    """The organisation, place or term whose listed wrong form ``written`` is, unless it is
    also somebody's correct name."""
    exact = gazetteer.exact(fold(written))
    hits = [e for e, k in exact if k == VARIANT and e.type in _TRANSLATABLE]
    if hits and not any(k in (CANONICAL, ALIAS) for _, k in exact):
        return hits[0]
    return None


_WORD_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){1,5}")


def _translations_in_lower_case(
    text: str, gazetteer: Gazetteer, found: list[tuple[int, int]]
) -> list[tuple[int, int, Entry, bool]]:
    """A listed translation some of whose words the translation wrote in lower case ("It goes
    through Mexico" for Va por México): from a capitalised word to a later capitalised one, two
    to six words, with a lower-case word between (all-capitalised runs are read above)."""
    out: list[tuple[int, int, Entry, bool]] = []
    for capital in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]*", text):
        if any(s <= capital.start() < e for s, e in found + [(s, e) for s, e, _, _ in out]):
            continue
        run = _WORD_RUN.match(text, capital.start())
        if run is None:
            continue
        words = list(re.finditer(r"[\w'’-]+", run.group()))
        for size in range(len(words), 2, -1):
            inside = [w.group() for w in words[1 : size - 1]]
            if not words[size - 1].group()[0].isupper() or all(w[0].isupper() for w in inside):
                continue
            end = capital.start() + words[size - 1].end()
            entry = _listed_translation(gazetteer, text[capital.start() : end])
            if entry is not None:
                out.append((capital.start(), end, entry, True))
                break
    return out
