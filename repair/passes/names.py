"""The names pass: recognise the people, organisations, places and terms an article mentions,
and propose the canonical spelling of the ones translation mangled, with the evidence.

For each capitalised run (see repair.gazetteer.mentions) the pass asks the gazetteer for an
exact spelling first. A run it knows is a recognised name: protected from every other pass
and listed in ``context.notes["names.entities"]``. A run with a word nobody is called is a
suspect: the candidates come from the compiled index by sound key, from the names the same
article spells correctly, and from reference articles; each is scored on similarity and on
evidence (the canonical spelling elsewhere in the article is the strongest, then reference
articles, role words nearby, prominence). A token that is the valid name of someone else
is left alone.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz.distance import Indel

from repair.config import Config
from repair.document import Document
from repair.edits import Proposal, Span, make_proposal
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import ALIAS, CANONICAL, NAME_WORD, VARIANT, Gazetteer
from repair.gazetteer.keys import PARTICLES, fold, name_pieces, phrase_key, sound_key, wordset
from repair.gazetteer.mentions import HONORIFICS, Mention, Word, sentence_mentions, words_of, zipf
from repair.gazetteer.references import learn_entries, reference_forms
from repair.gazetteer.search import Candidate, align, candidates, word_similarity
from repair.kinds import Effect, with_effect
from repair.passes.context import PassContext

# Only people's names are corrected by similarity: organisations, places and terms are
# recognised when spelled right and restyled from their listed variants, never guessed.
FUZZY_TYPES = frozenset({"person"})
MIN_CONFIDENCE = 0.6  # below this a candidate is not worth a reviewer's time
RARE_ZIPF = 3.5  # words rarer than this in English are likely names
# Text another pass removes (page chrome) or re-decodes (mojibake) is not a name (repair/kinds.py).
_NOT_NAMES = with_effect(Effect.REMOVES, Effect.REDECODES)
_STOP = wordset("of the for and to in on at by a an s former acting new")
# Words just before a name ("Photo: ...", "picture by ...") or in an apposition after it
# (", a photographer") that say it belongs to someone who is not the public figure.
_CREDIT = wordset("photo photograph photographer photographed picture image credit caption illustration")
_APPOSITION = wordset(
    "photographer analyst researcher professor reporter correspondent editor author economist"
)


@dataclass
class Reading:
    mention: Mention
    status: str  # "known", "suspect" or "variant"
    entries: list[Entry] = field(default_factory=list)  # who a known run is, best first
    unknown: list[int] = field(default_factory=list)  # indices of words no entry is called
    valid_elsewhere: dict[int, Entry] = field(default_factory=dict)  # word -> someone else it names
    variant: tuple[int, int, Entry] | None = None  # words [i, j) spell a house-style variant of entry
    paragraph: int = 0


@dataclass
class NameAnalysis:
    proposals: list[Proposal] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    protected: list[Span] = field(default_factory=list)
    groups: list = field(default_factory=list)  # the entity resolver's (group, links), for training


class NamesPass:
    name = "names"

    def __init__(self, config: Config | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.config = config or Config()
        self._gazetteer = gazetteer
        self._references: dict[str, tuple[list[Entry], dict[str, int]]] = {}

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load(self.config.gazetteers)
        return self._gazetteer

    def references(self, texts: Sequence[str]) -> tuple[list[Entry], dict[str, int]]:
        key = hashlib.sha1("\x00".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
        if key not in self._references:
            labelled = [(f"reference article {i + 1}", t) for i, t in enumerate(texts)]
            self._references[key] = (learn_entries(labelled, self.gazetteer), reference_forms(texts))
        return self._references[key]

    def run(self, doc: Document, context: PassContext) -> list[Proposal]:
        ref_entries, ref_forms = self.references(context.references) if context.references else ([], {})
        blocked = [p.span for p in context.earlier if p.kind in _NOT_NAMES]
        result = analyse(doc, self.gazetteer, ref_entries, ref_forms, blocked=blocked)
        context.protected.extend(result.protected)
        context.entities.extend(result.entities)
        context.notes["names.entities"] = result.entities
        return result.proposals


# --- reading the runs ------------------------------------------------------------------


def _pieces_key(mention: Mention, i: int, j: int) -> str:
    return " ".join(w for word in mention.words[i:j] for w in fold(word.text.replace("-", " ")).split())


def _drop_stray_letters(mention: Mention, text: str, gazetteer: Gazetteer) -> None:
    """A lone letter at either end of a run that is no initial is not part of the name: "Xi
    Jinping Ÿ", where a stray control character after the name was decoded as a letter (read
    as a name word, a second run would delete it). Runs the gazetteer lists whole keep theirs
    ("Rama X", "K Shanmugam"), and so does an initial with its full stop ("J. D. Vance")."""
    words = mention.words
    if len(words) < 2 or gazetteer.exact(_pieces_key(mention, 0, len(words))):
        return
    if len(words[-1].text) == 1:
        words = words[:-1]
    if len(words) > 1 and len(words[0].text) == 1 and not text.startswith(".", words[0].end):
        words = words[1:]
    mention.words = words


def read_mention(mention: Mention, gazetteer: Gazetteer, text: str) -> Reading | None:
    if mention.common_first and not gazetteer.exact(_pieces_key(mention, 0, 1)):
        mention.words = mention.words[1:]  # "Officials said": an English word opening the sentence
        mention.common_first = False
        if not mention.words:
            return None
    _drop_stray_letters(mention, text, gazetteer)
    n = len(mention.words)
    whole = gazetteer.exact(_pieces_key(mention, 0, n))
    full = [e for e, kind in whole if kind in (CANONICAL, ALIAS)]
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
    if n > 1 and all(people) and not shared:
        reading = Reading(mention, "suspect", unknown=[])
        reading.entries = _unique(entries)
        for position, hits in enumerate(cover):
            assert hits is not None
            reading.valid_elsewhere[position] = hits[0][0]
        return reading
    if shared:
        entries = [e for e in entries if e.canonical in shared] + entries
    return Reading(mention, "known", _unique(entries))


def _unique(entries: list[Entry]) -> list[Entry]:
    seen: dict[tuple[str, str], Entry] = {}
    for entry in entries:
        seen.setdefault((entry.canonical, entry.type), entry)
    return list(seen.values())


# --- evidence --------------------------------------------------------------------------


@dataclass
class Article:
    doc: Document
    readings: list[Reading]
    spelled: dict[str, list[int]]  # folded full form -> paragraphs where a known run spells it
    words: Counter[str]  # folded name word -> times a run has it
    ref_forms: dict[str, int]
    ref_entries: list[Entry]
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
    def present_names(self) -> set[str]:
        """Canonical names of the entities the article's correct runs name."""
        return {e.canonical for r in self.readings if r.status == "known" for e in r.entries[:1]}

    def spell_like_article(self, replacement: str) -> str:
        """Each word as the article's recognised names spell it ("Erdogan", not "Erdoğan"); an
        article that writes its names without accents gets none added."""
        out = replacement
        for word, start, end in reversed(name_pieces(replacement)):
            spellings = self.surface.get(word)
            if spellings:
                out = out[:start] + spellings.most_common(1)[0][0] + out[end:]
        if (
            not out.isascii()
            and self.surface
            and not any(ch.isalpha() and not ch.isascii() for ch in self.doc.text)
        ):
            out = "".join(ch for ch in unicodedata.normalize("NFKD", out) if not unicodedata.combining(ch))
        return out

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
        if folded and f" {folded} " in joined and len(folded) > len(best):
            best = role
    if best:
        return (0.12 if len(best.split()) > 1 or len(entry.roles) == 1 else 0.07), best
    role_words = {w for role in entry.roles for w in fold(role).split() if w not in _STOP and len(w) > 2}
    hits = sorted(role_words & set(context))
    if hits:
        return 0.04, hits[0]
    return 0.0, ""


@dataclass
class Scored:
    candidate: Candidate
    confidence: float
    rule: str
    evidence: list[str]
    span: tuple[int, int]
    replacement: str


def _edit(article: Article, mention: Mention, candidate: Candidate) -> tuple[int, int, str] | None:
    """The smallest whole-word edit that turns the mention into the candidate's spelling."""
    text = article.doc.text
    m_pieces = [
        (w, s + mention.start, e + mention.start)
        for w, s, e in name_pieces(text[mention.start : mention.end])
    ]
    f_pieces = name_pieces(candidate.form)
    a = candidate.alignment
    if len(a.word_scores) == len(m_pieces) and a.form_last - a.form_first == len(m_pieces):
        pairs = list(zip(m_pieces, f_pieces[a.form_first : a.form_last], strict=True))
    elif len(a.word_scores) == len(m_pieces) and len(m_pieces) == 2:
        pairs = list(zip(m_pieces, [f_pieces[0], f_pieces[-1]], strict=True))
    else:
        return mention.start, mention.end, candidate.replacement
    form = candidate.form
    # words the entry accepts in any of its forms stay as written ("Sergei" of "Sergei Lavrov")
    accepted = {w for f in candidate.entry.forms for w in name_pieces_words(f)}

    def differs(m: tuple[str, int, int], f: tuple[str, int, int]) -> bool:
        # a different word, or the name's capital lost ("Okonjo-iweala" for "Okonjo-Iweala")
        if m[0] != f[0]:
            return m[0] not in accepted
        return text[m[1]].islower() and form[f[1]].isupper()

    changed = [k for k, (m, f) in enumerate(pairs) if differs(m, f)]
    if not changed:
        return None
    first, last = changed[0], changed[-1]
    start, end = pairs[first][0][1], pairs[last][0][2]
    form_start, form_end = pairs[first][1][1], pairs[last][1][2]
    if form_end <= form_start:
        return None  # first and last name matched out of order
    return start, end, form[form_start:form_end]


@dataclass
class Case:
    """One candidate for one suspect run, as the evidence rules build it up."""

    article: Article
    reading: Reading
    candidate: Candidate
    span: tuple[int, int]
    original: str
    replacement: str
    old_words: list[str]
    new_words: list[str]
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.0
    rule: str = "name.gazetteer"
    sim: float = 0.0
    sound: str = ""
    swap: bool = False  # only the first name differs, and the rest is the person's exact name
    spelled_at: list[int] = field(default_factory=list)  # paragraphs spelling a correct form
    target_seen: int = 0  # times the article writes the replacement word (or names the entity)
    ref_count: int = 0
    strength: float = 0.0  # role evidence
    role: str = ""

    @property
    def mention(self) -> Mention:
        return self.reading.mention

    @property
    def entry(self) -> Entry:
        return self.candidate.entry

    @property
    def anchored(self) -> bool:
        """An exact word of the name beside the changed one ("Joe" in "Joe Beaten")."""
        return self.candidate.alignment.exact_words > 0 and len(self.mention.folded) > 1


def score_candidate(article: Article, reading: Reading, candidate: Candidate) -> Scored | None:
    """Judge one candidate for one suspect run: the edit, then each evidence rule in turn;
    any rule may reject the candidate (None) or cap its confidence."""
    case = _case(article, reading, candidate)
    if case is None or _derived_word(case):
        return None
    weak = _weak_spelling(case)
    case.swap = _first_name_swap(reading.mention, case.original, case.replacement, candidate)
    first_swap = weak and case.swap
    if (
        weak
        and not first_swap
        and (len(case.old_words) == len(case.new_words) == 1 or not _sounded_out(case))
    ):
        return None  # only a name sounded out word by word may differ this much letter by letter
    _sound_evidence(case)
    if len(case.mention.folded) == 1 and len(fold(case.replacement)) < 3:
        return None  # "Un", "Xi", "Li": too short to tell a respelling from another person
    if len(case.mention.folded) == 1 and not case.sound and candidate.score < 0.88:
        return None  # one word, neither sounding the same nor spelled nearly the same
    base = max(0.0, min(1.0, (case.sim - 0.6) / 0.4))
    case.confidence = 0.35 + 0.4 * base + (0.05 if case.sound else 0.0)
    _article_evidence(case)
    _reference_evidence(case)
    _role_evidence(case)
    _someone_else(case)
    if _bystander(article, case.mention) or _adjective(case):
        return None  # a photographer may share a leader's surname; "the Samoan negotiator"
    if first_swap and not _first_name_rule(case):
        return None
    article_or_reference = case.spelled_at or case.target_seen or case.ref_count
    if not first_swap and not article_or_reference and not _gazetteer_only_rule(case):
        return None
    _alias_guess(case)
    return Scored(
        candidate, min(0.99, case.confidence), case.rule, case.evidence, case.span, case.replacement
    )


def _case(article: Article, reading: Reading, candidate: Candidate) -> Case | None:
    """The candidate's smallest whole-word edit, spelled as the article spells names."""
    edit = _edit(article, reading.mention, candidate)
    if edit is None:
        return None
    start, end, replacement = edit
    replacement = article.spell_like_article(replacement)
    original = article.doc.text[start:end]
    if replacement == original or (original[:1].isupper() and not replacement[:1].isupper()):
        return None
    old_words, new_words = name_pieces_words(original), name_pieces_words(replacement)
    return Case(article, reading, candidate, (start, end), original, replacement, old_words, new_words)


def _derived_word(case: Case) -> bool:
    """ "Bruneian" is derived from "Brunei", not a misspelling of it."""
    if len(case.old_words) != len(case.new_words):
        return False
    return any(
        old != new and old.startswith(new) and old[len(new) :] in _DERIVED and len(new) >= 4
        for old, new in zip(case.old_words, case.new_words, strict=True)
    )


def _weak_spelling(case: Case) -> bool:
    """Some changed word is far from its replacement, letter by letter and by sound."""
    if len(case.old_words) != len(case.new_words):
        return True
    floor = 0.8 if len(case.old_words) == 1 else 0.75
    # beside an exact first name ("Joe Baton"), a word that sounds the same may differ more
    sound_floor = 0.6 if case.anchored else 0.75
    return any(
        o != n and word_similarity(o, n) < (sound_floor if _same_sound(o, n) else floor)
        for o, n in zip(case.old_words, case.new_words, strict=True)
    )


def _sounded_out(case: Case) -> bool:
    return phrase_key(case.old_words) == phrase_key(case.new_words)


def _sound_evidence(case: Case) -> None:
    """The changed words sound the same, or the words run together sound like the name."""
    case.sim = case.candidate.score
    changed = [(o, n) for o, n in zip(case.old_words, case.new_words, strict=False) if o != n]
    letter_floor = 0.5 if case.anchored else 0.6
    if len(case.old_words) == len(case.new_words) and all(
        _same_sound(o, n)
        and len(sound_key(n)) >= 2
        and Indel.normalized_similarity(o, n) >= letter_floor
        and not (o.startswith(n) and len(o) - len(n) >= 2)  # "Wenyi" is not "Wen" respelled: a syllable more
        for o, n in changed
    ):
        case.sim, case.sound = max(case.sim, 0.9), "the changed words sound the same (transliteration key)"
    elif len(case.old_words) + len(case.new_words) > 2 and _sounded_out(case):
        case.sim, case.sound = max(case.sim, 0.88), "the words run together sound like the name"


def _article_evidence(case: Case) -> None:
    """The strongest signal: the same article spells the name the canonical way, or the
    replacement word, or names the entity."""
    article, entry, replacement = case.article, case.entry, case.replacement
    here = article.paragraph_of(case.mention.start)
    case.spelled_at = [
        p
        for form in entry.forms
        for p in article.spelled.get(" ".join(name_pieces_words(form)), [])
        if p != -1
    ]
    case.target_seen = article.words.get(fold(replacement), 0) if " " not in replacement.strip() else 0
    if case.spelled_at:
        paragraph = min(case.spelled_at, key=lambda p: (p == here, abs(p - here)))
        shown = next(f for f in entry.forms if article.spelled.get(" ".join(name_pieces_words(f))))
        case.evidence.append(f"the article spells {shown!r} in paragraph {paragraph + 1}")
        case.confidence += 0.25
        case.rule = "name.article-variant"
    elif case.target_seen:
        paragraphs = sorted(
            {
                r.paragraph + 1
                for r in article.readings
                if r.status == "known" and fold(replacement) in r.mention.folded
            }
        )
        where = f" in paragraph {paragraphs[0]}" if paragraphs else " elsewhere"
        case.evidence.append(f"the article spells {replacement!r}{where}")
        case.confidence += 0.22
        case.rule = "name.article-variant"
    else:
        named = sorted(article.named_in.get((entry.canonical, entry.type), ()))
        if named and case.sim >= 0.85:
            case.evidence.append(f"the article names {entry.canonical} in paragraph {named[0]}")
            case.confidence += 0.15
            case.rule = "name.article-variant"
            case.target_seen = len(named)


def _reference_evidence(case: Case) -> None:
    forms = case.article.ref_forms
    case.ref_count = forms.get(fold(case.candidate.form), 0) or forms.get(fold(case.replacement), 0)
    if case.ref_count:
        case.evidence.append(f"reference articles spell {case.candidate.form!r} ({case.ref_count}x)")
        case.confidence += 0.2 if not case.spelled_at else 0.05
        if case.rule == "name.gazetteer":
            case.rule = "name.reference"


def _role_evidence(case: Case) -> None:
    """Role words nearby, an exact word of the name, prominence; the similarity leads the evidence."""
    entry = case.entry
    case.strength, case.role = role_evidence(case.article, case.mention, entry)
    label = "reference article" if entry.source == "reference" else "gazetteer"
    if case.role:
        case.evidence.append(f"{label}: {entry.describe()} (role word {case.role!r} nearby)")
        case.confidence += case.strength
    else:
        case.evidence.append(f"{label}: {entry.describe()}")
    if case.candidate.alignment.exact_words and len(case.candidate.alignment.word_scores) > 1:
        case.confidence += 0.05
    case.confidence += 0.03 * entry.prominence
    case.evidence.insert(
        0, f"similarity {case.candidate.score:.2f} (letters and sound) to {case.candidate.form!r}"
    )
    if case.sound:
        case.evidence.insert(1, case.sound)


def _someone_else(case: Case) -> None:
    """Leave alone a word that is itself somebody else's name, unless the article says otherwise."""
    article, mention, entry = case.article, case.mention, case.entry
    present = article.present_names
    for position, other in case.reading.valid_elsewhere.items():
        if other.canonical == entry.canonical:
            continue
        case.evidence.append(f"{mention.words[position].text!r} is also a valid name ({other.canonical})")
        other_role = role_evidence(article, mention, other)[0]
        beside = _role_beside(article, mention, entry) if case.swap else ""
        article_says = case.spelled_at or case.target_seen
        if beside and (case.spelled_at or len(beside.split()) >= 2):
            # "Russian President Volodymyr Putin" in an article that writes "Vladimir
            # Putin": the first name is someone's, but role and surname are this person's
            case.confidence = min(case.confidence, 0.85)
        elif other.canonical in present or other_role >= max(case.strength, 0.04):
            case.confidence = 0.0  # plausibly that other person: leave it alone
        elif case.anchored and article_says and case.strength >= 0.07:
            # "Anthony Blinken, Secretary of State": the first name is someone's, the
            # whole name nobody's, and the role and the article agree on Blinken
            case.confidence = min(case.confidence, 0.92)
        elif article_says or case.strength >= 0.1:
            case.confidence = min(case.confidence, 0.8)  # the article or the role says otherwise: review
        else:
            case.confidence = 0.0


def _adjective(case: Case) -> bool:
    """ "the Samoan negotiator": an adjective after a determiner; "the Bidden administration"
    is still fixed when the article spells the name and the words sound the same."""
    mention, text = case.mention, case.article.doc.text
    return (
        len(mention.words) == 1
        and not mention.honorific
        and bool(_DETERMINER.search(text[max(0, mention.start - 6) : mention.start]))
        and not ((case.spelled_at or case.target_seen) and case.sound.startswith("the changed words"))
    )


def _first_name_rule(case: Case) -> bool:
    """Another first name is another person unless the role beside the name says otherwise;
    a relative or namesake can share the surname, so review unless the article spells it."""
    beside = _role_beside(case.article, case.mention, case.entry)
    if not beside or not (
        case.spelled_at or case.ref_count or case.strength >= 0.1 or len(beside.split()) >= 2
    ):
        return False
    case.evidence.append(f"only the first name differs; the role {beside!r} is right beside the name")
    case.confidence = min(case.confidence, 0.9 if case.spelled_at and case.strength >= 0.1 else 0.85)
    return True


def _gazetteer_only_rule(case: Case) -> bool:
    """The gazetteer alone: only a close spelling, of a word English does not have, with a
    role word or honorific saying a person is meant."""
    article, mention, reading, entry = case.article, case.mention, case.reading, case.entry
    if case.sim < 0.85:
        return False
    rare = any(zipf(mention.words[i].text) < RARE_ZIPF for i in reading.unknown)
    if not rare and not case.role:
        return False
    if any(
        article.words.get(fold(mention.words[i].text), 0) >= 2
        and fold(mention.words[i].text) not in PARTICLES  # "bin", "al": in many names
        for i in reading.unknown
    ):
        return False  # spelled the same way twice, and never the gazetteer's way: someone else
    if len(mention.words) == 1 and not (case.role or mention.honorific):
        score = case.candidate.score
        if entry.country and entry.country in article.countries and score >= 0.9 and rare:
            case.evidence.append(f"the article names other people or places of {entry.country}")
            case.confidence = min(case.confidence, 0.8)
        elif case.sound and score >= 0.93 and rare and entry.prominence >= 0.9:
            # one letter doubled or one vowel added to a prominent person's surname
            case.evidence.append("one letter away from a prominent person's name, sounding the same")
            case.confidence = min(case.confidence, 0.75)
        else:
            return False
    strong = (
        case.strength >= 0.1 and (case.sound or case.candidate.alignment.exact_words) and case.sim >= 0.88
    )
    case.confidence = min(case.confidence, 0.93 if strong else 0.89)
    return True


def _alias_guess(case: Case) -> None:
    """ "Josef" -> "Joseph" (an alias) in an article that writes "Joe Biden": the alias is a guess."""
    canonical_words = set(name_pieces_words(case.entry.canonical))
    alias_only = [
        n for o, n in zip(case.old_words, case.new_words, strict=False) if o != n and n not in canonical_words
    ]
    if alias_only and any(w in case.article.surface for w in canonical_words - set(case.new_words)):
        case.evidence.append(
            f"the article writes {case.entry.canonical!r}; {', '.join(alias_only)!r} is only an alias"
        )
        case.confidence = min(case.confidence, 0.75)


def _first_name_swap(mention: Mention, original: str, replacement: str, candidate: Candidate) -> bool:
    """The edit changes only the first word of a run of two or more, the rest of the run is
    the person's exact name, and the written first name is no accepted form of the person's."""
    entry = candidate.entry
    written, form = mention.folded, name_pieces_words(candidate.form)
    old, new = name_pieces_words(original), name_pieces_words(replacement)
    if len(old) == len(new) == len(written) and old[1:] == new[1:]:
        old, new = old[:1], new[:1]  # the whole run rewritten, its first word alone changed
    if entry.type != "person" or len(written) < 2 or len(old) != 1 or len(new) != 1:
        return False
    if written[0] != old[0] or form[:1] != new or written[1:] != form[1:]:
        return False
    if len(old[0]) < 2 or any(name_pieces_words(f)[:1] == old for f in entry.forms):
        return False
    return new[0] in name_pieces_words(entry.canonical)


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


# --- the analysis ----------------------------------------------------------------------


def analyse(
    doc: Document,
    gazetteer: Gazetteer,
    ref_entries: Sequence[Entry] = (),
    ref_forms: dict[str, int] | None = None,
    blocked: Sequence[Span] = (),
) -> NameAnalysis:
    text = doc.text
    gazetteer = gazetteer.memo()
    readings: list[Reading] = []
    blocked = sorted(blocked, key=lambda span: span.start)
    starts = [span.start for span in blocked]
    for sentence in doc.sentences:
        for mention in sentence_mentions(text, sentence.start, sentence.end):
            if _blocked(blocked, starts, mention.start, mention.end) or _mojibake(mention.text(text)):
                continue
            reading = read_mention(mention, gazetteer, text)
            if reading is not None:
                readings.append(reading)
    _lone_namesakes(readings)
    article = Article(doc, readings, defaultdict(list), Counter(), ref_forms or {}, list(ref_entries))
    for reading in readings:
        reading.paragraph = article.paragraph_of(reading.mention.start)
        for word in reading.mention.folded:
            article.words[word] += 1
        if reading.status == "known":
            article.spelled[" ".join(reading.mention.folded)].append(reading.paragraph)
            article.countries.update(e.country for e in reading.entries[:1] if e.country)
            m = reading.mention
            for word, start, end in name_pieces(text[m.start : m.end]):
                article.surface.setdefault(word, Counter())[text[m.start + start : m.start + end]] += 1
    result = NameAnalysis()
    present = _present_entries(article)
    handled = _long_names(result, article, gazetteer)
    for reading in readings:
        mention = reading.mention
        if any(start <= mention.start and mention.end <= end for start, end in handled):
            continue
        if reading.status == "known":
            entry = _best_known(reading, article)
            _recognise(result, text, mention.start, mention.end, entry, 1.0)
        elif reading.status == "variant":
            _style(result, text, reading)
        else:
            _suspect(result, article, reading, gazetteer, present)
    from repair.passes.entities import lost_capitals, native_script, resolve, translated_names

    resolve(result, article, gazetteer, readings, present)
    native_script(result, article, gazetteer)
    lost_capitals(result, article, gazetteer)
    translated_names(result, article, gazetteer)
    result.proposals.extend(honorific_splits(article))
    return result


_LONG_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|on|in|de|du|da|la|des|al)\s+)*[A-Z][\w'’-]*){1,9}"
)
_CAPITAL_WORD = re.compile(r"[A-Z][\w'’-]*")
_CONNECTOR = re.compile(r"\s(?:of|the|and|for|on|in|de|du|da|la|des|al)\s")
LONG_TYPES = frozenset({"organisation", "term", "place"})


def _long_names(result: NameAnalysis, article: Article, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Names with small words inside ("Organization of the Petroleum Exporting Countries",
    "Bank of Japan"): recognised whole, or fixed when exactly one word is a sound-alike
    misspelling of the listed form. Returns the spans it dealt with."""
    text = article.doc.text
    handled: list[tuple[int, int]] = []
    for sentence in article.doc.sentences:
        for match in _LONG_NAME.finditer(text, sentence.start, sentence.end):
            if not _CONNECTOR.search(match.group()):
                continue
            caps = [(m.start(), m.end()) for m in _CAPITAL_WORD.finditer(match.group())]
            base = match.start()
            i, fuzzy_tries = 0, 0
            while i < len(caps) - 1:
                found = False
                for j in range(len(caps) - 1, i, -1):
                    start, end = base + caps[i][0], base + caps[j][1]
                    written = text[start:end]
                    if not _CONNECTOR.search(written):
                        continue
                    words = name_pieces_words(written)
                    hits = [e for e, kind in gazetteer.exact(" ".join(words)) if kind in (CANONICAL, ALIAS)]
                    if hits:
                        _recognise(result, text, start, end, hits[0], 1.0)
                    else:
                        # a misspelled long name: tried whole to the end of the run only,
                        # from each of its first three capitalised words
                        if j != len(caps) - 1 or fuzzy_tries >= 3 or j - i < 2:
                            continue
                        fuzzy_tries += 1
                        fix = _long_name_fix(gazetteer, written, words)
                        if fix is None:
                            continue
                        offset, old_end, replacement, entry, evidence = fix
                        result.proposals.append(
                            make_proposal(
                                text,
                                start + offset,
                                start + old_end,
                                replacement,
                                kind="name",
                                rule="name.gazetteer",
                                confidence=0.88,
                                reason=f"{written!r} is {entry.canonical!r} with one word misspelled",
                                evidence=evidence,
                            )
                        )
                        _recognise(
                            result,
                            text,
                            start,
                            end,
                            entry,
                            0.88,
                            (start + offset, start + old_end, replacement),
                        )
                    handled.append((start, end))
                    i, found = j + 1, True
                    break
                if not found:
                    i += 1
    return handled


def _long_name_fix(
    gazetteer: Gazetteer, written: str, words: list[str]
) -> tuple[int, int, str, Entry, list[str]] | None:
    pieces = name_pieces(written)
    for candidate in candidates(gazetteer, words, limit=3, types=LONG_TYPES):
        f_pieces = name_pieces(candidate.form)
        if len(f_pieces) != len(pieces):
            continue
        changed = [i for i, (m, f) in enumerate(zip(pieces, f_pieces, strict=True)) if m[0] != f[0]]
        if len(changed) != 1:
            continue
        (i,) = changed
        old, new = pieces[i][0], f_pieces[i][0]
        if len(old) < 5 or not (_same_sound(old, new) and Indel.normalized_similarity(old, new) >= 0.8):
            continue
        replacement = candidate.form[f_pieces[i][1] : f_pieces[i][2]]
        evidence = [
            f"gazetteer: {candidate.entry.describe()} is written {candidate.form!r}",
            f"{written[pieces[i][1] : pieces[i][2]]!r} sounds like {replacement!r}; every other word matches",
        ]
        return pieces[i][1], pieces[i][2], replacement, candidate.entry, evidence
    return None


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
    )


def _short_name(result: NameAnalysis, article: Article, reading: Reading) -> None:
    """A short name ("Shi", "Xee") where the article names, twice or once in full, a person
    whose short name sounds the same ("Xi"): too short to be sure, so proposed for review."""
    text = article.doc.text
    word = reading.mention.words[0]
    folded = fold(word.text)
    best: tuple[int, str, Entry] | None = None
    # only words with the same sound key can be alike; visited in the order of the text
    for w, r in article.person_words.get(sound_key(_nasal(folded)), ()):
        # named twice, or once in full ("Wang Yi" and, later, "Wan said")
        least = 1 if len(r.mention.folded) > 1 else 2
        count = article.words.get(w, 0)
        if _short_alike(folded, w) and count >= least and (best is None or count > best[0]):
            best = (count, article.surface[w].most_common(1)[0][0], r.entries[0])
    if best is None:
        return
    count, spelling, entry = best
    confidence = 0.8 if count >= 2 else 0.75
    result.proposals.append(
        make_proposal(
            text,
            word.start,
            word.end,
            spelling,
            kind="name",
            rule="name.article-variant",
            confidence=confidence,
            reason=f"{word.text!r} sounds like {spelling!r} ({entry.canonical}), named {count} times",
            evidence=[
                f"the article names {entry.canonical} as {spelling!r} {count}x",
                f"{word.text!r} and {spelling!r} sound the same (transliteration key)",
            ],
        )
    )
    _recognise(result, text, word.start, word.end, entry, confidence, (word.start, word.end, spelling))


def _blocked(blocked: Sequence[Span], starts: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(starts, end)
    return any(span.start < end and start < span.end for span in blocked[max(0, index - 8) : index])


_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf€™œ”“˜]|â€")


def _mojibake(written: str) -> bool:
    """UTF-8 read as cp1252 ("Israelâ€™s", "MbappÃ©"): the encoding pass's business, not a name."""
    return bool(_MOJIBAKE.search(written)) or written.endswith(("â", "Ã"))


def _lone_namesakes(readings: list[Reading]) -> None:
    """A lone surname that is somebody's name ("Yun"), in an article that names in full a person
    whose name sounds the same ("Yoon Suk Yeol"), is read as a suspect, not as the namesake."""
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
        if word in words or not any(
            (_same_sound(word, w) and len(w) >= 3) or _short_alike(word, w) for w in words
        ):
            continue
        r.status, r.unknown, r.valid_elsewhere = "suspect", [0], {0: r.entries[0]}


def _present_entries(article: Article) -> list[Entry]:
    out: dict[tuple[str, str], Entry] = {}
    for reading in article.readings:
        if reading.status == "known" and reading.entries and reading.entries[0].type in FUZZY_TYPES:
            entry = reading.entries[0]
            out.setdefault((entry.canonical, entry.type), entry)
    for entry in article.ref_entries:
        out.setdefault((entry.canonical, entry.type), entry)
    return list(out.values())


def _best_known(reading: Reading, article: Article) -> Entry:
    titled = bool(reading.mention.honorific)

    def rank(entry: Entry) -> tuple:
        in_article = any(" ".join(name_pieces_words(f)) in article.spelled for f in entry.forms)
        return (not in_article, titled and entry.type != "person", -entry.prominence)

    return min(reading.entries, key=rank)


def _recognise(
    result: NameAnalysis,
    text: str,
    start: int,
    end: int,
    entry: Entry,
    score: float,
    fix: tuple[int, int, str] | None = None,
) -> None:
    """Protect a recognised name and note it: ``canonical`` is how this span should read
    (itself when correct, "Olaf Scholz" for "Olaf Sholts"), ``entity`` who it names."""
    written = text[start:end]
    canonical = written
    if fix is not None:
        fix_start, fix_end, replacement = fix
        canonical = text[start:fix_start] + replacement + text[fix_end:end]
    result.protected.append(Span(start, end))
    result.entities.append(
        {
            "start": start,
            "end": end,
            "text": written,
            "canonical": canonical,
            "entity": entry.canonical,
            "type": entry.type,
            "score": round(score, 4),
        }
    )


def _style(result: NameAnalysis, text: str, reading: Reading) -> None:
    assert reading.variant is not None
    i, j, entry = reading.variant
    start, end = reading.mention.words[i].start, reading.mention.words[j - 1].end
    source = entry.source.rsplit("/", 1)[-1] or "gazetteer"
    result.proposals.append(
        make_proposal(
            text,
            start,
            end,
            entry.canonical,
            kind="style",
            rule="style.house",
            confidence=0.8,
            reason=f"house style writes {entry.canonical!r}",
            evidence=[
                f"gazetteer ({source}): {text[start:end]!r} is a listed variant of {entry.canonical!r}"
            ],
        )
    )
    _recognise(
        result, text, reading.mention.start, reading.mention.end, entry, 0.8, (start, end, entry.canonical)
    )


def _suspect(
    result: NameAnalysis, article: Article, reading: Reading, gazetteer: Gazetteer, present: list[Entry]
) -> None:
    mention = reading.mention
    text = article.doc.text
    words = mention.folded
    if len(words) == 1 and zipf(words[0]) >= 1.5 and _demonym(words[0], gazetteer):
        return  # "Samoan", "Bruneian": a people or language, named after a place
    if not words:
        return
    found = candidates(
        gazetteer, words, extra=present, limit=6, types=FUZZY_TYPES, known_words=frozenset(article.surface)
    )
    found = [_article_form(article, words, c) for c in found]
    scored = [s for s in (score_candidate(article, reading, c) for c in found) if s is not None]
    scored.sort(key=lambda s: (-s.confidence, -s.candidate.score))
    local = _article_alternatives(article, reading)
    if scored:
        local = [alt for alt in local if alt[2] > alt[3]]  # ties broken by frequency yield to the gazetteer
    if scored and local:
        # the article's own spelling of a name the gazetteer lacks beats a gazetteer namesake
        best = scored[0]
        for word, spelling, _, _, sim in local:
            inside = best.span[0] <= word.start < best.span[1]
            if (
                inside
                and fold(spelling) not in fold(best.replacement).split()
                and sim >= word_similarity(fold(word.text), fold(best.replacement).split()[-1])
            ):
                scored = []
                break
    if not scored:
        if not local and len(words) == 1:
            _short_name(result, article, reading)
        _article_variant(result, article, local)
        return
    best = scored[0]
    alternatives = [s.replacement for s in scored[1:] if s.replacement != best.replacement]
    confidence = best.confidence
    if len(scored) > 1 and scored[1].replacement != best.replacement:
        gap = best.confidence - scored[1].confidence
        if gap < 0.1:
            confidence -= 0.1 - gap
            best.evidence.append(f"close alternative: {scored[1].replacement!r} ({scored[1].confidence:.2f})")
    if confidence < MIN_CONFIDENCE:
        return
    start, end = best.span
    entry = best.candidate.entry
    result.proposals.append(
        make_proposal(
            text,
            start,
            end,
            best.replacement,
            kind="name",
            rule=best.rule,
            confidence=confidence,
            reason=f"{text[start:end]!r} looks like a mangled spelling of {entry.canonical!r}",
            evidence=best.evidence,
            alternatives=alternatives[:3],
        )
    )
    _recognise(result, text, mention.start, mention.end, entry, confidence, (start, end, best.replacement))


def _article_form(article: Article, words: list[str], candidate: Candidate) -> Candidate:
    """The candidate read as the form of its entry the article itself writes ("Joe Biden"), when
    the search picked another accepted form ("Joseph Biden" for "Josef Biden")."""
    if " ".join(name_pieces_words(candidate.form)) in article.spelled:
        return candidate
    for form in candidate.entry.forms:
        pieces = name_pieces(form)
        if form == candidate.form or " ".join(p[0] for p in pieces) not in article.spelled:
            continue
        alignment = align(words, [p[0] for p in pieces])
        if alignment is not None:
            start, end = pieces[alignment.form_first][1], pieces[alignment.form_last - 1][2]
            return Candidate(candidate.entry, form, alignment.score, alignment, form[start:end])
    return candidate


def _article_alternatives(article: Article, reading: Reading) -> list[tuple[Word, str, int, int, float]]:
    """(word, spelling, its count, the word's count, similarity) for each unknown word that the
    article spells, more often, in a way that sounds the same ("Gza" for "Gaza" twice)."""
    out = []
    for index in reading.unknown:
        word = reading.mention.words[index]
        folded = fold(word.text)
        if zipf(word.text) >= RARE_ZIPF or len(folded) < 4:
            continue  # "Xu" and "Xi", "Hu" and "Hou" are different people as often as not
        mine = article.words.get(folded, 0)
        best: tuple[float, str, int] | None = None
        for other, w, theirs in article.sounding_like(folded):
            if theirs == folded:
                continue
            if folded.startswith(theirs) and folded[len(theirs) :] in _DERIVED:
                continue
            sim = word_similarity(folded, theirs)
            count = article.words.get(theirs, 0)
            # as often, or less, but a spelling English text knows against one it never saw
            # ("Noguchi" and "Nogguchi", once each): wordfreq breaks the tie
            known_better = (
                zipf(theirs) >= max(1.0, zipf(folded) + 1.0)
                and zipf(theirs) < 3.5  # a name English text knows, not an English word
                and (other.status == "known" or zipf(theirs) >= 2.0)
            )
            if (count <= mine and not known_better) or (
                best is not None and (count, sim) <= (best[2], best[0])
            ):
                continue
            person = not other.entries or other.entries[0].type == "person"
            letters = Indel.normalized_similarity(folded, theirs)
            if len(theirs) >= 4 and letters >= 0.7 and sim >= (0.8 if person else 0.85):
                best = (sim, w.text, count)
        if best is not None:
            out.append((word, best[1], best[2], mine, best[0]))
    return out


def _article_variant(
    result: NameAnalysis, article: Article, found: list[tuple[Word, str, int, int, float]]
) -> None:
    """A name the gazetteer does not know, spelled another way elsewhere in the same article."""
    text = article.doc.text
    for word, spelling, count, mine, sim in found:
        # one odd spelling against many of the same sound is strong; otherwise review
        cap = 0.92 if mine == 1 and count >= 4 and sim >= 0.85 else 0.85
        confidence = min(cap, 0.55 + 0.1 * max(1, count - mine) + 0.2 * (sim - 0.8))
        if count <= mine:
            confidence = min(confidence, 0.7)  # a tie broken by word frequency: review
        if confidence < MIN_CONFIDENCE:
            continue
        result.proposals.append(
            make_proposal(
                text,
                word.start,
                word.end,
                spelling,
                kind="name",
                rule="name.article-variant",
                confidence=confidence,
                reason=f"{word.text!r} is spelled {spelling!r} {count} times elsewhere in the article",
                evidence=[
                    f"the article spells {spelling!r} {count}x and {word.text!r} {mine}x (same sound key)",
                    "not in the gazetteer",
                ],
            )
        )


# --- honorifics cut from their names ---------------------------------------------------


_DERIVED = wordset("an ian ians ans ns n ese ish i is s es ite ites ic ism ist ists")
_DETERMINER = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_CUT_TITLE = re.compile(
    r"(?<![\w.])(Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|President|Chancellor|Premier|Minister|Secretary|"
    r"Ambassador|Senator|Governor|Sheikh|King|Queen|Prince)(\.?)([ \t]*(?:\r?\n[ \t]*)+)(?=[A-Z])"
)
_ABBREVIATED = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov"})


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
