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
"""

from __future__ import annotations

from repair.gazetteer.entries import Entry
from repair.gazetteer.index import ALIAS, CANONICAL, NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold
from repair.passes.names.decisions import NameAnalysis, _recognise
from repair.passes.names.entities import name_proposal

WHOLE_FORM = 0.85  # the rest of the run is the listed form word for word
ROLE_ONLY = 0.75  # the English word alone, after the person's title

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
    for reading in [*article.readings, *_titled_common_words(article)]:
        m = reading.mention
        if reading.status == "known" or any(s < m.end and m.start < e for s, e in taken):
            continue
        folded = [fold(w.text) for w in m.words]
        for i, word in enumerate(m.words):
            for name in NAME_WORDS.get(folded[i], ()):
                found = _bearer(gazetteer, name, folded, i, m, article, result)
                if found is None:
                    continue
                entry, right, confidence, why = found
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


def _titled_common_words(article) -> list:
    """ "Chairman Gold", "Minister King": one capitalised English word after a title has no
    reading of its own (a common word is read as no name); the title makes it a name's place."""
    from repair.passes.names.readings import Reading

    seen = {r.mention.start for r in article.readings}
    return [
        Reading(m, "common")
        for m in article.mentions
        if m.start not in seen and m.title and len(m.words) == 1 and NAME_WORDS.get(fold(m.words[0].text))
    ]


def _bearer(
    gazetteer: Gazetteer, name: str, folded: list[str], i: int, mention, article, result
) -> tuple[Entry, str, float, str] | None:
    """(entry, the name word as listed, confidence, why) for the one entry whose name the run
    is with ``name`` in place of its word ``i``."""
    title = fold(mention.title[-1].text) if mention.title else ""
    if title.rstrip(".") == mention.honorific:
        title = ""  # "Mr Hollow": an honorific, no role
    run = [*folded[:i], name, *folded[i + 1 :]]
    whole = [e for e, kind in gazetteer.exact(" ".join(run)) if kind in (CANONICAL, ALIAS)]
    if len(folded) > 1 and len({e.canonical for e in whole}) == 1:
        entry = whole[0]
        if not (_named(entry, article) or _role_word(entry, title)):
            return None  # "the cafe Ozgur Special": a shop's name, in an article about no Turk
        return (
            entry,
            _listed(entry, name),
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
        and (_role_word(e, title) or (not title and _put_back(e, name, article, result)))
        # called by it alone: a one-word form, or the family name of a name written family first
        and (not title or any(" " not in f and fold(f) == name for f in e.forms) or _family_first(e, name))
    }
    if len(people) != 1:
        return None
    entry = next(iter(people.values()))
    if not _named(entry, article):
        return None
    if not title:
        return (entry, _listed(entry, name), ROLE_ONLY, f"the article names {entry.canonical}")
    return (
        entry,
        _listed(entry, name),
        ROLE_ONLY,
        f"the title {mention.title[-1].text!r} is {entry.canonical}'s",
    )


def _family_first(entry: Entry, name: str) -> bool:
    """``name`` is the family name of a person whose name is written family name first ("Kim"
    of Kim Jong Un): news calls such a person by it alone after a title ("Chairman Kim")."""
    from repair.gazetteer.routes import FAMILY_FIRST

    return entry.country in FAMILY_FIRST and fold(entry.canonical.split()[0]) == name


def _put_back(entry: Entry, name: str, article, result: NameAnalysis) -> bool:
    """The article names the person as written, or a proposal puts the person's name back."""
    listed = _listed(entry, name)
    return any(r.status == "known" and r.entries[:1] == [entry] for r in article.readings) or any(
        listed in p.replacement for p in result.proposals if p.kind == "name"
    )


def _named(entry: Entry, article) -> bool:
    """The article names the entry, or another name of its country."""
    return entry.country in article.countries or any(
        r.status == "known" and r.entries[:1] == [entry] for r in article.readings
    )


def _role_word(entry: Entry, title: str) -> bool:
    return bool(title) and any(title in fold(role).split() for role in entry.roles)


def _listed(entry: Entry, name: str) -> str:
    """The name word as the entry writes it, accents and all ("Alcalde", "Özel")."""
    words = [w for form in entry.forms for w in form.replace("-", " ").split() if fold(w) == name]
    return next((w for w in words if not w.isascii()), words[0] if words else name.capitalize())
