"""Newspapers and parties whose names machine translation turned into ordinary words.

A French article's "La Croix" comes back as "the Cross", "Le Monde" as "the World", a
Turkish article's "Hürriyet" as "Freedom", a Mexican one's "Morena" as "Brunette", a Spanish
one's "Podemos" as "We Can". Such a phrase names the newspaper or party only where the
sentence says so:

- a newspaper: "the" and the title beside the press ("the Cross reported", "the French daily
  the World", "told the World"), or the title with no "the" in apposition to a press noun
  ("the daily Freedom", "the newspaper Truth");
- a party: the name in apposition to a party noun ("the ruling party Brunette"), before one
  ("the Brunette group"), after a politician's possessive ("Tajani's Go Italy"), or, for a
  name of several words, capitalised mid-sentence in a sentence about parties ("Leaders of
  We Can met").

And the article must be about the name's country, or the sentence name its nationality
("the French newspaper the Cross"). Even then it is proposed for review only: "the World"
is far more often the world. Names whose translation no English sentence uses ("Unbowed
France") are the gazetteer's `variants` instead, and go back automatically.

The tables say what each name means as ordinary English words; the newspaper or party
itself (its country) comes from the gazetteer, so a name the gazetteer does not list is
never proposed.
"""

from __future__ import annotations

import re

from repair.edits import make_proposal
from repair.gazetteer.index import CANONICAL, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import words_of
from repair.passes.names.headlines import title_case_line
from repair.words import PRESS_WORDS, wordset

CONFIDENCE = 0.75

# What a newspaper's title means -> the newspapers so named. Facts: what the title means.
TITLES: dict[str, tuple[str, ...]] = {
    "world": ("Le Monde", "Die Welt", "El Mundo"),
    "cross": ("La Croix",),
    "point": ("Le Point",),
    "parisian": ("Le Parisien",),
    "echoes": ("Les Échos",),
    "mirror": ("Der Spiegel",),
    "time": ("Die Zeit", "El Tiempo"),
    "country": ("El País",),
    "vanguard": ("La Vanguardia",),
    "liberation": ("Libération",),
    "team": ("L'Équipe",),
    "picture": ("Bild",),
    "reform": ("Reforma",),
    "nationality": ("Milliyet",),
    "evening": ("Maariv",),
    "israel today": ("Israel Hayom",),
    "nation": ("La Nación",),
    "bugle": ("Clarín",),
    "clarion": ("Clarín",),
    "republic": ("La Repubblica", "Rzeczpospolita", "Cumhuriyet"),
    "press": ("La Stampa",),
    "newspaper": ("Il Giornale",),
    "messenger": ("Il Messaggero",),
    "morning": ("Sabah",),
    "freedom": ("Hürriyet",),
    "liberty": ("Hürriyet",),
    "land": ("Haaretz",),
    "latest news": ("Yedioth Ahronoth",),
    "news": ("Izvestia",),
    "truth": ("Pravda",),
    "businessman": ("Kommersant",),
    "merchant": ("Kommersant",),
    "globe": ("O Globo",),
    "day": ("La Jornada",),
    "universal": ("El Universal",),
    "people's voice": ("Népszava",),
    "hungarian nation": ("Magyar Nemzet",),
}
# What a party's name means -> the parties so named.
PARTIES: dict[str, tuple[str, ...]] = {
    "we can": ("Podemos",),
    "add": ("Sumar",),
    "brunette": ("Morena",),
    "go italy": ("Forza Italia",),
    "living italy": ("Italia Viva",),
    "italy alive": ("Italia Viva",),
    "reconquest": ("Reconquête",),
}
# Landmarks whose name a translation turned into a common noun phrase ("les Invalides", the
# veterans' home, as "the nursing home"). Read only where the translation left a capital
# inside the phrase ("the nursing Home"): English writes the phrase in lower case.
LANDMARKS: dict[str, tuple[str, ...]] = {
    "nursing home": ("Les Invalides",),
    "house of invalids": ("Les Invalides",),
    "home for invalids": ("Les Invalides",),
}
_LANDMARK = re.compile(r"(?i)\b(?:the\s+)?(?:" + "|".join(k.replace(" ", r"\s+") for k in LANDMARKS) + r")\b")
# A title's own article, which takes the place of English "the" ("the French Express" is
# L'Express, not "the L'Express")
_OWN_ARTICLE = re.compile(r"(?:Le|La|Les|Die|Der|Das|El|Il|Lo)\s|L['’]")
_ADJECTIVES = {
    "FR": "french",
    "DE": "german",
    "ES": "spanish",
    "IT": "italian",
    "PL": "polish",
    "TR": "turkish",
    "RU": "russian",
    "BR": "brazilian",
    "MX": "mexican",
    "HU": "hungarian",
    "AR": "argentine",
    "IL": "israeli",
}
# words before a source ("an interview with the Cross", "according to the World") and
# verbs after one ("the Cross reported")
SOURCE_BEFORE = wordset("with in to by from told")
REPORTING_VERBS = wordset(
    "reported reports wrote writes said says quoted quotes cited cites published publishes revealed "
    "reveals claimed claims added adds noted notes learned learnt"
)
PRESS_NOUNS = wordset("newspaper daily weekly paper magazine tabloid broadsheet outlet")
PARTY_NOUNS = wordset("party platform movement coalition alliance")
# words after a party's name that say it is one ("the Brunette group in the Senate")
PARTY_AFTER = wordset("party group bench leader leaders lawmakers deputies senators candidates")
# a sentence about parties
PARTY_WORDS = wordset(
    "party parties platform coalition leader leaders secretary founder deputies lawmakers "
    "senators election elections candidates vote"
)
# a whole capitalised run, with "the" before it when there is one ("the World Bank" is read
# whole, and is no newspaper)
_RUN = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?[A-Z][\w'’]*(?:(?<!['’]s)\s+[A-Z][\w'’]*)*")
_OF_NAME = re.compile(r"\s+(?:of|de|del|di|for)\s+(?:the\s+)?[A-Z]")
_BEFORE = re.compile(r"([\w'’-]+)\W*$")
_POSSESSIVE = re.compile(r"(\w+)['’]s\s+$")


def translated_titles(result, article, gazetteer: Gazetteer) -> None:
    """Propose, for review, the newspaper, party or landmark a phrase translates."""
    text = article.doc.text
    _own_articles(result, text)
    for match in _RUN.finditer(text):
        words = [fold(w.text) for w in words_of(text, match.start(), match.end())]
        has_the = words[0] == "the"
        phrase = " ".join(words[1:] if has_the else words)
        names = TITLES.get(phrase) or PARTIES.get(phrase)
        if not names or _OF_NAME.match(text, match.end()):
            continue  # "the Republic of Korea": the phrase is the start of another name
        start, end = match.start(), match.end()
        if any(p.span.start < end and start < p.span.end for p in result.proposals):
            continue
        sentence = _sentence(article, start)
        said = _said_so(text, start, end, has_the, phrase in PARTIES, sentence, article) or (
            None if phrase in PARTIES else _beside_a_paper(text, start, end, result, article, gazetteer)
        )
        if said is None:
            continue
        sentence_words = _words(text, sentence)
        entry = _one_entry(gazetteer, names, article, sentence_words, _paragraph(article, start))
        if entry is None:
            continue
        if has_the and phrase in PARTIES:
            start = text.index(match.group().split()[1], start)  # "the Brunette group": the article stays
        result.proposals.append(_proposal(text, start, end, match.group(), entry, said))
    _landmarks(result, article, gazetteer)


def _landmarks(result, article, gazetteer: Gazetteer) -> None:
    """A landmark translated as a common noun phrase that kept a capital ("the nursing Home")."""
    text = article.doc.text
    for match in _LANDMARK.finditer(text):
        start, end = match.span()
        phrase = " ".join(fold(w.text) for w in words_of(text, start, end) if fold(w.text) != "the")
        sentence = _sentence(article, start)
        capital = any(ch.isupper() for ch in text[start + 1 : end])
        if not capital or not re.search(r"\w", text[sentence[0] : start]) or title_case_line(text, start):
            continue
        if (
            re.match(r"\s+[A-Z]", text[end:])
            or re.search(r"[A-Z][\w'’-]*\s+$", text[sentence[0] : start])
            or any(p.span.start < end and start < p.span.end for p in result.proposals)
        ):
            continue  # "the Nursing Home Association", "Sunrise Nursing Home": a longer name
        entry = _one_entry(gazetteer, LANDMARKS[phrase], article, _words(text, sentence), set())
        if entry is None:
            continue
        why = "it is written with a capital, and English writes the phrase in lower case"
        result.proposals.append(_proposal(text, start, end, match.group(), entry, why))


def _proposal(text: str, start: int, end: int, written: str, entry, why: str):
    return make_proposal(
        text,
        start,
        end,
        entry.canonical,
        kind="name",
        rule="name.translated-title",
        confidence=CONFIDENCE,
        reason=f"{written!r} is what {entry.canonical!r} means, and {why}",
        evidence=[f"gazetteer: {entry.describe()}", why],
    )


def _own_articles(result, text: str) -> None:
    """A translated title put back after "the" takes the place of that "the" when it has an
    article of its own ("the French Express" -> L'Express, not "the L'Express")."""
    for k, p in enumerate(result.proposals):
        before = re.search(r"\b[Tt]he\s+$", text[max(0, p.span.start - 8) : p.span.start])
        if p.kind != "name" or before is None or not _OWN_ARTICLE.match(p.replacement):
            continue
        start = p.span.start - len(before.group())
        result.proposals[k] = make_proposal(
            text,
            start,
            p.span.end,
            p.replacement,
            kind=p.kind,
            rule=p.rule,
            confidence=p.confidence,
            reason=p.reason,
            evidence=[*p.evidence, f"{p.replacement!r} has its own article"],
            alternatives=p.alternatives,
        )


def _beside_a_paper(text, start, end, result, article, gazetteer) -> str | None:
    """The phrase stands in a list with a newspaper ("the French Express and the Cross")."""
    left = re.search(r"\s*(?:,|\band|\bor)\s+$", text[max(0, start - 8) : start])
    right = re.match(r"\s*(?:,|and\b|or\b)\s*", text[end:])
    for p in result.proposals:
        beside = (left and p.span.end == start - len(left.group())) or (
            right and p.span.start == end + len(right.group())
        )
        if p.kind == "name" and beside and _press(gazetteer, p.replacement):
            return f"it stands in a list with the newspaper {p.replacement!r}"
    for r in article.readings:
        m = r.mention
        beside = (left and m.end == start - len(left.group())) or (
            right and m.start == end + len(right.group())
        )
        if r.status == "known" and beside and r.entries and _press(gazetteer, r.entries[0].canonical):
            return f"it stands in a list with the newspaper {r.entries[0].canonical!r}"
    return None


def _press(gazetteer: Gazetteer, name: str) -> bool:
    """The gazetteer lists ``name`` as a newspaper or magazine."""
    return any(
        k == CANONICAL and {w for part in (*e.roles, e.note) for w in fold(part).split()} & PRESS_NOUNS
        for e, k in gazetteer.exact(fold(name))
    )


def _said_so(text, start, end, has_the, party, sentence, article) -> str | None:
    """Why the sentence reads the phrase as a name, or None."""
    before = _BEFORE.search(text, sentence[0], start)
    word_before = fold(before.group(1)) if before else ""
    nouns = PARTY_NOUNS if party else PRESS_NOUNS
    if word_before in nouns:
        return f"it stands beside the noun {word_before!r}"
    if not party:
        if has_the and word_before == "told":
            return "someone told it something, as one tells a newspaper"
        if has_the and _words(text, sentence) & PRESS_WORDS and _a_source(text, start, end, word_before):
            return "the sentence cites the press, and it is a source"
        return None
    after = re.match(r"\s+([\w-]+)", text[end:])
    if after and fold(after.group(1)) in PARTY_AFTER:
        return f"the word after it, {after.group(1)!r}, says it is a party"
    owner = _POSSESSIVE.search(text, sentence[0], start)
    if owner and _person_of_article(article, owner.start(1)):
        return f"it is {owner.group(1)}'s, a politician the article names"
    opening = not re.search(r"\w", text[sentence[0] : start])  # '"We Can win," he said'
    if has_the or " " not in text[start:end] or opening or title_case_line(text, start):
        return None
    if _words(text, sentence) & PARTY_WORDS:
        return "it is capitalised mid-sentence, in a sentence about parties"
    return None


def _a_source(text: str, start: int, end: int, word_before: str) -> bool:
    """The phrase stands where a sentence names its source: before a reporting verb ("the
    Cross reported") or after a word that introduces one ("with", "in", "according to").
    Elsewhere a press word in the sentence is no reason: "a columnist wrote that the
    Republic had never been so divided" is the country."""
    after = re.match(r"[\s,]+([\w'’-]+)", text[end:])
    return word_before in SOURCE_BEFORE or bool(after and fold(after.group(1)) in REPORTING_VERBS)


def _words(text: str, sentence: tuple[int, int]) -> set[str]:
    """The sentence's words, folded, a hyphenated word as its parts ("secretary general")."""
    return {part for w in words_of(text, *sentence) for part in fold(w.text).split()}


def _person_of_article(article, at: int) -> bool:
    return any(
        r.status == "known" and r.mention.start <= at < r.mention.end and r.entries[0].type == "person"
        for r in article.readings
    )


def _one_entry(gazetteer, names, article, sentence_words, paragraph_countries):
    """The one listed name of the article's country (or the sentence's nationality); among
    several, the one of a country the paragraph names."""
    found = []
    for name in names:
        entry = next((e for e, k in gazetteer.exact(fold(name)) if k == CANONICAL), None)
        if entry is None:
            continue
        if entry.country in article.countries or _ADJECTIVES.get(entry.country, "-") in sentence_words:
            found.append(entry)
    if len(found) > 1:
        found = [e for e in found if e.country in paragraph_countries]
    return found[0] if len(found) == 1 else None


def _paragraph(article, at: int) -> set[str]:
    """The countries of the names known in the paragraph around ``at``."""
    text = article.doc.text
    lo = text.rfind("\n\n", 0, at)
    hi = text.find("\n\n", at)
    hi = len(text) if hi < 0 else hi
    return {
        r.entries[0].country
        for r in article.readings
        if r.status == "known" and r.entries and lo <= r.mention.start < hi
    }


def _sentence(article, at: int) -> tuple[int, int]:
    for sentence in article.doc.sentences:
        if sentence.start <= at < sentence.end:
            return sentence.start, sentence.end
    return at, at
