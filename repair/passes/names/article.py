"""What the names pass knows about one article: its readings, the names it spells, and the evidence around a mention."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.keys import fold, name_pieces, sound_key
from repair.gazetteer.mentions import Mention, Word, words_of
from repair.gazetteer.routes import FAMILY_FIRST
from repair.words import APPOSITION_WORDS as _APPOSITION
from repair.words import CREDIT_WORDS as _CREDIT
from repair.words import DEMONYMS
from repair.words import ROLE_FILLER_WORDS as _STOP

# Only people's names are corrected by similarity: organisations, places and terms are
# recognised when spelled right and restyled from their listed variants, never guessed.
FUZZY_TYPES = frozenset({"person"})

if TYPE_CHECKING:
    from repair.passes.names.readings import Reading


RARE_ZIPF = 3.5  # words rarer than this in English are likely names


# Letters NFKD does not take apart: "Kılıçdaroğlu" -> "Kilicdaroglu", "Hołownia" -> "Holownia".
_UNACCENTED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


@dataclass
class Article:
    doc: Document
    readings: list[Reading]
    spelled: dict[str, list[int]]  # folded full form -> paragraphs where a known run spells it
    words: Counter[str]  # folded name word -> times a run has it
    ref_forms: dict[str, int]
    ref_entries: list[Entry]
    # every sentence's mentions as written, found once: several steps read them all
    mentions: list[Mention] = field(default_factory=list)
    surface: dict[str, Counter[str]] = field(default_factory=dict)  # folded word -> spellings in known runs
    countries: set[str] = field(default_factory=set)  # countries of the recognised names
    context_cache: dict[tuple[int, int], list[str]] = field(default_factory=dict)

    @cached_property
    def named_in(self) -> dict[tuple[str, str], set[int]]:
        """(canonical, type) -> paragraphs (1-based) where a correct run may name the entity."""
        out: dict[tuple[str, str], set[int]] = defaultdict(set)
        for r in self.readings:
            if r.status == "known":
                for e in r.entries:
                    out[(e.canonical, e.type)].add(r.paragraph + 1)
        return out

    @cached_property
    def first_words_before(self) -> dict[str, set[str]]:
        """Folded last word of each name of two words or more the article writes -> the first
        words written before it ("utida" -> {"shinichi"})."""
        out: dict[str, set[str]] = defaultdict(set)
        for m in self.mentions:
            if len(m.folded) > 1:
                out[m.folded[-1]].add(m.folded[0])
        return out

    def anothers_surname(self, word: str, entry: Entry) -> bool:
        """ "Utida said" where the article writes "Shinichi Utida": a lone word that the
        article also writes as the last word of a longer name is that name's person, not
        ``entry`` when the first name written there is nothing like the entry's (Kazuo Ueda)."""
        from repair.passes.names.entities import given_alike, given_of

        if entry.type != "person" or entry.country in FAMILY_FIRST:
            return False
        given = given_of(entry)
        return bool(given) and any(
            not given_alike(first, given[0]) for first in self.first_words_before.get(word, ())
        )

    @cached_property
    def present_names(self) -> set[str]:
        """Canonical names of the entities the article's correct runs name."""
        return {e.canonical for r in self.readings if r.status == "known" for e in r.entries[:1]}

    def spell_like_article(self, replacement: str) -> str:
        """Each word as the article's recognised names spell it ("Erdogan", not "Erdoğan"); an
        article that writes its names without accents gets none added. Accents the article puts
        where the listed spelling has others are the article's mistake, not its style."""
        out = replacement
        for word, start, end in reversed(name_pieces(replacement)):
            spellings = self.surface.get(word)
            spelling = spellings.most_common(1)[0][0] if spellings else ""
            if spelling and spelling.lower() != out[start:end].lower():  # "Ing-wen" keeps its case
                if not accents_agree(spelling, out[start:end]):
                    continue
                out = out[:start] + spelling + out[end:]
        if not out.isascii() and self.writes_ascii:
            out = "".join(ch for ch in unicodedata.normalize("NFKD", out) if not unicodedata.combining(ch))
            out = out.translate(_UNACCENTED)
        return out

    @cached_property
    def writes_ascii(self) -> bool:
        """Whether the article writes every Latin letter without accents (then a fix adds
        none). A name left in Chinese characters or Cyrillic says nothing of accents, nor does
        the mojibake of a curly quote or a no-break space ("â€™", "Â "); the mojibake of an
        accented letter ("Ã©") does."""
        parts = self.doc.text.replace("Â", "").split("â€")
        text = parts[0] + "".join(part[1:] for part in parts[1:])
        return not any(
            ch.isalpha() and not ch.isascii() and unicodedata.name(ch, "").startswith("LATIN") for ch in text
        )

    @cached_property
    def capital_words(self) -> tuple[list[tuple[Reading, Word, str]], dict[str, list[int]]]:
        """Every capitalised word of every run in order, as (reading, word, folded word), and
        the positions in that list by sound key (plain, and with r read as l), so words that
        sound like a given one are found without comparing it with every word."""
        found: list[tuple[Reading, Word, str]] = []
        by_sound: dict[str, list[int]] = defaultdict(list)
        for reading in self.readings:
            for w in reading.mention.words:
                if not w.text[:1].isupper():
                    continue
                theirs = fold(w.text)
                position = len(found)
                found.append((reading, w, theirs))
                plain, liquid = sound_key(theirs), sound_key(theirs.replace("r", "l"))
                by_sound["=" + plain].append(position)
                by_sound["l" + liquid].append(position)
        return found, by_sound

    def sounding_like(self, folded: str) -> list[tuple[Reading, Word, str]]:
        """The capitalised words of the runs that _same_sound as ``folded``, in text order."""
        found, by_sound = self.capital_words
        positions = set(by_sound.get("=" + sound_key(folded), ()))
        positions.update(by_sound.get("l" + sound_key(folded.replace("r", "l")), ()))
        return [found[i] for i in sorted(positions)]

    @cached_property
    def person_words(self) -> dict[str, list[tuple[str, Reading]]]:
        """The words of the runs recognised as people, in text order, as (word, reading) by
        the sound key of the word without a final "ng" (what _short_alike compares)."""
        out: dict[str, list[tuple[str, Reading]]] = defaultdict(list)
        for r in self.readings:
            if r.status == "known" and r.entries and r.entries[0].type == "person":
                for w in r.mention.folded:
                    out[sound_key(_nasal(w))].append((w, r))
        return out

    @cached_property
    def paragraph_starts(self) -> list[int]:
        return [p.start for p in self.doc.paragraphs]

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)


def _context_words(article: Article, mention: Mention) -> list[str]:
    key = (mention.start, mention.end)
    if key not in article.context_cache:
        article.context_cache[key] = _read_context(article, mention)
    return article.context_cache[key]


def _read_context(article: Article, mention: Mention) -> list[str]:
    text = article.doc.text
    before = words_of(text, mention.sentence_start, mention.start)[-10:]
    after = words_of(text, mention.end, mention.sentence_end)[:5]
    return [fold(w.text) for w in [*before, *after]]


_KUNREI = re.compile(r"sy|ty|zy|si|ti|tu|(?<![sc])hu|zi|di|du")
_HEPBURN = {"sy": "sh", "ty": "ch", "zy": "j", "si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu"}
_HEPBURN.update({"zi": "ji", "di": "ji", "du": "zu"})


def hepburn(word: str) -> str:
    """A folded Japanese name word in Kunrei or Nihon-shiki romanisation written as Hepburn
    writes it ("utida" -> "uchida", "tosimitu" -> "toshimitsu", "hukuda" -> "fukuda"), the
    spelling Japanese school books and some translations use and English news does not."""
    return _KUNREI.sub(lambda m: _HEPBURN[m.group()], word)


def _same_sound(a: str, b: str) -> bool:
    """Equal sound keys, allowing the l~r swap of Japanese, Korean and Chinese romanisation."""
    return sound_key(a) == sound_key(b) or sound_key(a.replace("r", "l")) == sound_key(b.replace("r", "l"))


_DEMONYM_ENDINGS = ("ians", "ans", "ns", "ian", "an", "n", "ese", "ish", "i", "is", "ers", "er")


def _demonym(word: str, gazetteer: Gazetteer) -> bool:
    for ending in _DEMONYM_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        for place in (stem, stem + "a", stem + "e", stem + "o", stem + "y"):
            if any(entry.type == "place" for entry, _ in gazetteer.exact(place)):
                return True
    return False


def _bystander(article: Article, mention: Mention) -> bool:
    """A photo credit or an apposition naming a profession: "Photo: Olaf Schulz", "Schulz, an analyst"."""
    text = article.doc.text
    before = {fold(w.text) for w in words_of(text, mention.sentence_start, mention.start)[-4:]}
    after_text = text[mention.end : mention.sentence_end]
    after = {fold(w.text) for w in words_of(text, mention.end, mention.sentence_end)[:4]}
    return bool(before & _CREDIT) or (after_text.lstrip().startswith(",") and bool(after & _APPOSITION))


def role_evidence(article: Article, mention: Mention, entry: Entry) -> tuple[float, str]:
    """(strength, phrase) of the entry's role words found around the mention."""
    context = _context_words(article, mention)
    joined = " " + " ".join(context) + " "
    best = ""
    for role in entry.roles:
        folded = fold(role)
        if folded and _role_in(joined, folded, entry) and len(folded) > len(best):
            best = role
    if best:
        return (0.12 if len(best.split()) > 1 or len(entry.roles) == 1 else 0.07), best
    role_words = {w for role in entry.roles for w in fold(role).split() if w not in _STOP and len(w) > 2}
    hits = sorted(role_words & set(context))
    if hits:
        return 0.04, hits[0]
    return 0.0, ""


def _role_in(joined: str, folded: str, entry: Entry) -> bool:
    """Whether the role is written in the context words, not as another country's: "prime
    minister" in "polish prime minister" is no Slovak prime minister's role."""
    roles = [" " + fold(r) for r in entry.roles]
    for found in re.finditer(f" {re.escape(folded)} ", joined):
        before = joined[: found.start()].split()[-1:]
        if (
            not before
            or before[0] not in DEMONYMS
            or any(r.endswith(f" {before[0]} {folded}") for r in roles)
        ):
            return True
    return False


def _role_beside(article: Article, mention: Mention, entry: Entry) -> str:
    """The entry's role phrase (or its last words, folded) written right before the mention
    ("NATO Secretary General Jan Stoltenberg", "Deputy Prime Minister" of "Russian Deputy Prime
    Minister") or right after its comma ("Yermak, the head of the Presidential Office")."""
    text = article.doc.text
    before = _folded_words(words_of(text, mention.sentence_start, mention.start))
    after_text = text[mention.end : mention.sentence_end]
    after = _folded_words(words_of(text, mention.end, mention.sentence_end))[:8]
    if after[:1] in (["the"], ["a"]):
        after = after[1:]
    for role in sorted(entry.roles, key=len, reverse=True):
        words = fold(role.replace("-", " ")).split()
        if not words:
            continue
        # the whole role, or its last words when they name an office ("Deputy Prime Minister"
        # of "Russian Deputy Prime Minister")
        for size in range(len(words), 1, -1):
            if before[-size:] == words[-size:]:
                return role if size == len(words) else " ".join(words[-size:])
        if len(words) == 1 and before[-1:] == words:
            return role
        if after_text.lstrip().startswith(",") and after[: len(words)] == words and len(words) > 1:
            return role
    return ""


def _folded_words(words: list[Word]) -> list[str]:
    """Folded words, hyphenated ones split ("Director-General": "director", "general")."""
    return [piece for w in words for piece in fold(w.text.replace("-", " ")).split()]


def name_pieces_words(form: str) -> list[str]:
    return [w for w, _, _ in name_pieces(form)]


def _vowels(word: str) -> str:
    word = word.replace("ee", "i").replace("oo", "u").replace("ou", "u")
    out = [ch for ch in word if ch in "aeiou"]
    return "".join(ch for i, ch in enumerate(out) if i == 0 or out[i - 1] != ch)


def _nasal(word: str) -> str:
    """A final "ng" written "n", as romanisation and hearing often do (Wang, Wan)."""
    return word[:-1] if word.endswith("ng") else word


def _short_alike(a: str, b: str) -> bool:
    """Two short names that sound the same from the same consonant (Shi, Xee, Hsi and Xi), or
    from the same first letter when the key starts with a vowel sound (Yun and Yoon)."""
    if a == b or min(len(a), len(b)) > 4:
        return False
    a, b = _nasal(a), _nasal(b)
    key = sound_key(a)
    return (
        key == sound_key(b)
        and (key[:1] != "A" or (a[:1] == b[:1] and len(key) >= 2))
        and _vowels(a) == _vowels(b)
        and _syllables(a) == _syllables(b)  # "Xi" is not "Sisi" (of el-Sisi)
    )


def _syllables(word: str) -> int:
    return len(re.findall("[aeiou]+", word))


_DETERMINER = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def accents_agree(written: str, listed: str) -> bool:
    """The article's spelling of a name word may stand for the listed one: the same letters,
    or one of them without accents ("Erdogan"). Accents on other letters ("Marquéz" for
    Márquez) are the article's mistake, not its style."""
    return written.isascii() or listed.isascii() or written.lower() == listed.lower()
