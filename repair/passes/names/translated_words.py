"""A name translated as the ordinary word it is in its own language: "President Squid" is
Lula (Portuguese "lula", squid), "the Dawn Palace" the Alvorada Palace ("alvorada", dawn),
"Luisa Maria Mayor" Luisa María Alcalde (Spanish "alcalde", mayor), "Hakan Sapling" Hakan
Fidan (Turkish "fidan").

The table below says what such name words mean, as a dictionary would; who bears them comes
from the gazetteer, so a word is only ever put back as a listed name. A run is that name when

- the English word stands where the name word does in one of the entry's listed forms, and
  every other word of the run is that form's own ("Dawn Palace" for "Alvorada Palace"); or
- the run is the English word alone, after a title that is a word of the person's role
  ("President Squid"), in an article that names the person or the person's country; or
- the run is the English word alone after "Mr" or "Ms" ("Mr Hollow"), in an article that
  already names the person, or puts the person's name back elsewhere ("Szymon Hollow").

Both go to review: the meaning is certain, but an English word in a name's place may still be
an English word ("Mayor" is a surname too).

For people whose name the gazetteer also writes in Chinese characters, the meanings come from
a dictionary instead (``translated_characters``): the family name's main meanings join the
table for that person alone ("Chairman Gold" is Kim Jong Un only because his 金 means gold),
and a run that is the whole name with its given name translated is put back whole.
"""

from __future__ import annotations

from dataclasses import replace

from repair.gazetteer.entries import Entry
from repair.gazetteer.han_meanings import HAN_COUNTRIES
from repair.gazetteer.index import ALIAS, CANONICAL, NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import Mention, is_title, words_of
from repair.passes.names.decisions import NameAnalysis, _recognise
from repair.passes.names.entities import name_proposal
from repair.passes.names.translated_characters import han_countries, han_meanings, runs_of_meanings
from repair.words import HONORIFICS

WHOLE_FORM = 0.85  # the rest of the run is the listed form word for word
ROLE_ONLY = 0.75  # the English word alone, after the person's title
# a reading that names the person only if this rule put the person's name back already: "Mr.
# King added" after "Foreign Minister King Yi" (Wang Yi), not "Mr King" of a British article
# that names Wang Yi too
AFTER_TRANSLATION = "after-translation"

# name word (folded) -> what it means in English, as the translation writes it
MEANINGS: dict[str, tuple[str, ...]] = {
    # Portuguese
    "lula": ("squid",),
    "alvorada": ("dawn", "daybreak"),
    "planalto": ("plateau", "highlands"),
    "vieira": ("scallop",),
    "costa": ("coast",),
    "campos": ("fields",),
    "neto": ("grandson",),
    "messias": ("messiah",),
    "montenegro": ("black mountain",),  # monte negro
    "merdeka": ("freedom", "independence"),  # Indonesian
    # Spanish
    "alcalde": ("mayor",),
    "rosada": ("pink",),
    "moneda": ("coin", "currency"),
    "pinos": ("pines",),
    "santos": ("saints",),
    "duque": ("duke",),
    "robles": ("oaks",),
    "fuente": ("fountain", "source"),
    "lago": ("lake",),
    "pena": ("rock", "crag"),  # peña
    "castillo": ("castle",),
    "rubio": ("blond", "blonde"),
    "arce": ("maple",),
    "maduro": ("mature", "ripe"),
    "cabello": ("hair",),
    "paz": ("peace",),
    "iglesias": ("churches",),
    "montero": ("hunter",),
    "cuerpo": ("body",),
    "alegria": ("joy", "happiness"),
    "alegre": ("cheerful",),
    "puente": ("bridge",),
    "ribera": ("riverbank", "shore"),
    "morales": ("morals",),
    "mesa": ("table",),
    "padrino": ("godfather",),
    "machado": ("hatchet", "axe"),
    "correa": ("strap",),
    "delgado": ("thin", "slim"),
    # a word run together from two: put back from the phrase by translated_phrases
    "lacalle": ("the street",),  # la calle
    "cienfuegos": ("hundred fires", "a hundred fires"),  # cien fuegos
    "buenrostro": ("good face",),  # buen rostro
    "lira": ("lyre",),  # Portuguese
    # Turkish
    "ozel": ("special", "private"),
    "fidan": ("sapling",),
    "simsek": ("lightning",),
    "guler": ("smiling",),
    "kurtulmus": ("rescued", "saved", "liberated"),
    "soylu": ("noble",),
    "kalin": ("thick",),
    "tunc": ("bronze",),
    "yavas": ("slow",),
    "akar": ("flowing",),
    "bolat": ("steel",),
    "altun": ("gold",),
    # Hebrew, and German names Israeli and German officials carry
    "lapid": ("torch",),
    "zamir": ("nightingale",),
    "shaked": ("almond",),
    "herzog": ("duke",),
    "dichter": ("poet",),
    "nagel": ("nail",),
    "schnabel": ("beak",),
    # Russian, Czech
    "kozak": ("cossack",),
    "rakusan": ("austrian",),
    # Korean and Chinese family names, by what their character means (金 gold, 王 king, 文
    # writing, 李 plum, 朴 plain, 林 forest, 马 horse, 黄 yellow, 白 white, 秋 autumn, 洪 flood)
    "kim": ("gold",),
    "jin": ("gold",),
    "wang": ("king",),
    "moon": ("text", "writing", "literature"),
    "lee": ("plum",),
    "li": ("plum",),
    "park": ("plain",),
    "lin": ("forest", "woods"),
    "ma": ("horse",),
    "huang": ("yellow",),
    "hwang": ("yellow",),
    "bai": ("white",),
    "choo": ("autumn",),
    "hong": ("flood",),
    # Italian, French, Polish, German, Czech
    "draghi": ("dragons",),
    "borne": ("milestone", "boundary"),
    "heil": ("salvation", "healing"),
    "reiche": ("rich",),
    "weber": ("weaver",),
    "frei": ("free",),
    "spahn": ("chip", "shavings"),
    "fiala": ("violet",),
    "meloni": ("melons",),
    "conte": ("count",),
    "fontana": ("fountain",),
    "maire": ("mayor",),
    "duda": ("bagpipe", "bagpipes"),
    "holownia": ("hollow",),
}

# English word -> the name words it translates
NAME_WORDS: dict[str, tuple[str, ...]] = {}
for _name, _english in MEANINGS.items():
    for _word in _english:
        NAME_WORDS[_word] = (*NAME_WORDS.get(_word, ()), _name)


def translated_name_words(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals if p.kind in ("name", "style")]
    han = han_meanings(gazetteer, han_countries(article))
    translated: set[str] = set()  # the people this rule put back
    for reading in [*article.readings, *_titled_common_words(article, han.family)]:
        m = reading.mention
        if reading.status == "known" or any(s < m.end and m.start < e for s, e in taken):
            continue
        folded = [fold(w.text) for w in m.words]
        for i, word in enumerate(m.words):
            for name, only in _name_words(folded[i], han.family):
                found = _bearer(gazetteer, name, folded, i, m, article, result, only)
                if found is None:
                    continue
                entry, right, confidence, why = found
                if reading.status == AFTER_TRANSLATION and entry.canonical not in translated:
                    continue
                translated.add(entry.canonical)
                proposal = name_proposal(
                    text,
                    word.start,
                    word.end,
                    right,
                    rule="name.translated-word",
                    confidence=confidence,
                    reason=f"{word.text!r} is what {right!r} means: {entry.canonical}'s name translated",
                    evidence=[
                        f"{right!r} means {word.text.lower()!r}",
                        why,
                        f"gazetteer: {entry.describe()}",
                    ],
                )
                result.proposals.append(proposal)
                _recognise(result, text, m.start, m.end, entry, confidence, (word.start, word.end, right))
                taken.append((m.start, m.end))
                break
            else:
                continue
            break
    if han.names:
        runs_of_meanings(result, article, han.cues, taken)


def _name_words(
    word: str, family: dict[str, dict[str, frozenset[str]]]
) -> list[tuple[str, frozenset[str] | None]]:
    """The name words ``word`` may translate, each with the only people it may name there
    (None: anyone the table's name word is listed for)."""
    return [(name, None) for name in NAME_WORDS.get(word, ())] + [
        (name, people)
        for name, people in family.get(word, {}).items()
        if name not in NAME_WORDS.get(word, ())
    ]


def _titled_common_words(article, family: dict[str, dict[str, frozenset[str]]]) -> list:
    """ "Chairman Gold", "Mr. Text": one capitalised English word after a title or an honorific
    has no reading of its own (a common word is read as no name); the title makes it a name's
    place. And "Foreign Minister King Yi": a meaning word that is also a title ("King") read
    as the first word of the name after it, when another title stands before it."""
    from repair.passes.names.readings import Reading

    def meaning(word) -> bool:
        return bool(NAME_WORDS.get(fold(word.text))) or fold(word.text) in family

    seen = {r.mention.start for r in article.readings}
    found = [
        Reading(m, "common")
        for m in article.mentions
        if m.start not in seen and (m.title or m.honorific) and len(m.words) == 1 and meaning(m.words[0])
    ]
    text = article.doc.text
    for m in article.mentions:
        if len(m.title) >= 2 and meaning(m.title[-1]) and not text[m.title[-1].end : m.start].strip():
            found.append(Reading(replace(m, words=[m.title[-1], *m.words], title=m.title[:-1]), "common"))
    words = words_of(text, 0, len(text))
    for honorific, word, after in zip(words, words[1:], [*words[2:], None], strict=False):
        low = honorific.text.lower().rstrip(".")
        if (
            low in HONORIFICS
            and word.text[:1].isupper()
            and is_title(word.text)
            and meaning(word)
            and not text[honorific.end : word.start].strip(". ")
            and (after is None or not after.text[:1].isupper() or text[word.end : after.start].strip())
        ):  # "Mr. King added": a title word after an honorific, and no name after it
            found.append(Reading(Mention([word], title=[honorific], honorific=low), AFTER_TRANSLATION))
    return found


def _bearer(
    gazetteer: Gazetteer, name: str, folded: list[str], i: int, mention, article, result, only=None
) -> tuple[Entry, str, float, str] | None:
    """(entry, the name word as listed, confidence, why) for the one entry whose name the run
    is with ``name`` in place of its word ``i``; among ``only`` (canonical names) when given."""
    title = fold(mention.title[-1].text) if mention.title else ""
    if title.rstrip(".") == mention.honorific:
        title = ""  # "Mr Hollow": an honorific, no role
    run = [*folded[:i], name, *folded[i + 1 :]]
    whole = [
        e
        for e, kind in gazetteer.exact(" ".join(run))
        if kind in (CANONICAL, ALIAS) and (only is None or e.canonical in only)
    ]
    if len(folded) > 1 and len({e.canonical for e in whole}) == 1:
        entry = whole[0]
        if not (names_country_or_person(entry, article) or role_word(entry, title)):
            return None  # "the cafe Ozgur Special": a shop's name, in an article about no Turk
        return (
            entry,
            listed_word(entry, name),
            WHOLE_FORM,
            f"the rest of the run is {entry.canonical}'s listed name",
        )
    if len(folded) != 1 or not (title or mention.honorific):
        return None
    people = {
        e.canonical: e
        for e, kind in gazetteer.exact(name)
        if kind in (CANONICAL, ALIAS, NAME_WORD)
        and e.type == "person"
        and (only is None or e.canonical in only)
        and (
            role_word(e, title)
            or (not title and _put_back(e, name, article, result, e.country in HAN_COUNTRIES))
        )
        # called by it alone: a one-word form, or the family name of a name written family first
        and (not title or any(" " not in f and fold(f) == name for f in e.forms) or _family_first(e, name))
    }
    if len(people) > 1 and not title:
        # "Mr. Text" after "Text Jae-in" was put back: the one of them the article recognises
        people = {k: e for k, e in people.items() if any(n.get("entity") == k for n in result.entities)}
    if len(people) != 1:
        return None
    entry = next(iter(people.values()))
    if not names_country_or_person(entry, article):
        return None
    if not title:
        return (entry, listed_word(entry, name), ROLE_ONLY, f"the article names {entry.canonical}")
    return (
        entry,
        listed_word(entry, name),
        ROLE_ONLY,
        f"the title {mention.title[-1].text!r} is {entry.canonical}'s",
    )


def _family_first(entry: Entry, name: str) -> bool:
    """``name`` is the family name of a person whose name is written family name first ("Kim"
    of Kim Jong Un): news calls such a person by it alone after a title ("Chairman Kim")."""
    from repair.gazetteer.routes import FAMILY_FIRST

    return entry.country in FAMILY_FIRST and fold(entry.canonical.split()[0]) == name


def _put_back(entry: Entry, name: str, article, result: NameAnalysis, translated: bool = False) -> bool:
    """The article names the person as written, or a proposal puts the person's name back.
    ``translated``: only the latter. A Chinese, Japanese or Korean name written right says
    the translation knew it; "Mr. Gold" beside a correct "Kim Jong Un" is somebody else."""
    listed = listed_word(entry, name)
    named = not translated and any(r.status == "known" and r.entries[:1] == [entry] for r in article.readings)
    return named or any(listed in p.replacement for p in result.proposals if p.kind == "name")


def names_country_or_person(entry: Entry, article) -> bool:
    """The article names the entry, or another name of its country."""
    return entry.country in article.countries or any(
        r.status == "known" and r.entries[:1] == [entry] for r in article.readings
    )


def role_word(entry: Entry, title: str) -> bool:
    """``title`` is a word of one of the person's roles; a hyphenated title ("Vice-President")
    is, when each of its parts is."""
    parts = title.replace("-", " ").split()
    return bool(parts) and any(
        all(part in fold(role).replace("-", " ").split() for part in parts) for role in entry.roles
    )


def listed_word(entry: Entry, name: str) -> str:
    """The name word as the entry writes it, accents and all ("Alcalde", "Özel")."""
    words = [w for form in entry.forms for w in form.replace("-", " ").split() if fold(w) == name]
    return next((w for w in words if not w.isascii()), words[0] if words else name.capitalize())
