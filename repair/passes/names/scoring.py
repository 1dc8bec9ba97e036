"""Scoring one candidate for one suspect run: the edit, then small named evidence rules that reject it or set its confidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from repair.gazetteer.entries import Entry
from repair.gazetteer.keys import fold, name_pieces, phrase_key, sound_key
from repair.gazetteer.mentions import Mention, zipf
from repair.gazetteer.routes import FAMILY_FIRST
from repair.gazetteer.search import Candidate, align, word_similarity
from repair.passes.names.article import (
    _DETERMINER,
    RARE_ZIPF,
    Article,
    _bystander,
    _role_beside,
    _same_sound,
    hepburn,
    name_pieces_words,
    role_evidence,
)
from repair.passes.names.collisions import HELD
from repair.passes.names.entities import _called_by_first, better_known, family_of
from repair.passes.names.readings import Reading
from repair.words import DERIVED_ENDINGS as _DERIVED
from repair.words import HONORIFICS, KNIGHTHOODS, PARTICLES, SAME_PARTICLES


@dataclass
class Scored:
    candidate: Candidate
    confidence: float
    rule: str
    evidence: list[str]
    span: tuple[int, int]
    replacement: str
    signals: dict[str, float] = field(default_factory=dict)  # the evidence, for the learned confidence


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
    # the article writes the replacement word only after other first names ("Helen Brown"
    # beside "Gordon Browne"): a family the article knows, so the respelling is for review
    other_family: bool = False

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
    if case is None or _derived_word(case) or _given_piece_alone(case) or _anothers_surname(case):
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
    alias = _alias_guess(case)
    return Scored(
        candidate,
        min(0.99, case.confidence),
        case.rule,
        case.evidence,
        case.span,
        case.replacement,
        _signals(case, first_swap, alias),
    )


def _anothers_surname(case: Case) -> bool:
    return len(case.mention.folded) == 1 and case.article.anothers_surname(case.mention.folded[0], case.entry)


def _given_piece_alone(case: Case) -> bool:
    """One word made into a piece of a person's given name: Korean and Chinese people are never
    called by it alone ("Mr. Mun" is not Kim Min-seok's "Min"), after "Mr." or "Ms." nobody
    is, and otherwise only those the gazetteer lists by it ("Lula"; "Hooussin" is no
    "Hussein"); after "Sir" or "Dame" only the given name is ("Sir Keir")."""
    entry, mention = case.entry, case.mention
    if len(mention.folded) != 1 or entry.type != "person":
        return False
    new = fold(case.replacement).split()
    honorific = mention.honorific.strip(".").lower()
    if honorific in KNIGHTHOODS:  # "Sir Kier" is Keir, never John Kerry's family name
        return set(new) <= set(family_of(entry))
    if set(new) <= set(family_of(entry)):
        return False
    after = case.article.doc.text[mention.end : mention.end + 30].split()[:1]
    if after and (after[0][:1].isupper() or after[0] in PARTICLES):
        return False  # "Ursule von der Fengdelaien": more of the name follows, in a run of its own
    if entry.country in FAMILY_FIRST or honorific in HONORIFICS:
        return True
    return len(new) == 1 and not _called_by_first(entry, new[0])


def _signals(case: Case, first_swap: bool, alias: bool) -> dict[str, float]:
    """The evidence the rules weighed, as numbers (repair/passes/names/calibration.py)."""
    return {
        "sim": case.sim,
        "sound": float(bool(case.sound)),
        "spelled": float(bool(case.spelled_at)),
        "target_seen": float(bool(case.target_seen)),
        "reference": float(bool(case.ref_count)),
        "role": case.strength,
        "anchored": float(case.anchored),
        "first_swap": float(first_swap),
        "other_valid": float(bool(case.reading.valid_elsewhere)),
        "alias": float(alias),
        "prominence": case.entry.prominence,
        **({HELD: 1.0} if case.other_family else {}),
    }


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
        o != n
        and not _same_particle(o, n)
        and word_similarity(o, n) < (sound_floor if _same_sound(o, n) else floor)
        for o, n in zip(case.old_words, case.new_words, strict=True)
    )


def _same_particle(old: str, new: str) -> bool:
    """Two spellings of one Arabic particle ("ibn" for "bin", "el" for "al")."""
    return any(old in group and new in group for group in SAME_PARTICLES)


def _sounded_out(case: Case) -> bool:
    return phrase_key(case.old_words) == phrase_key(case.new_words)


def _sound_evidence(case: Case) -> None:
    """The changed words sound the same, or the words run together sound like the name."""
    case.sim = case.candidate.score
    changed = [(o, n) for o, n in zip(case.old_words, case.new_words, strict=False) if o != n]
    letter_floor = 0.5 if case.anchored else 0.6
    if changed and len(case.old_words) == len(case.new_words) and all(hepburn(o) == n for o, n in changed):
        # one Japanese name in Kunrei romanisation: the same name, not a near one ("Utida" is
        # Uchida, whom the article names, and no Ueda)
        case.sim, case.sound = max(case.sim, 0.97), "the changed words are the name in Kunrei romanisation"
    elif len(case.old_words) == len(case.new_words) and all(
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
    if case.target_seen and _only_in_other_full_names(case, fold(replacement)):
        case.target_seen, case.other_family = 0, True
    elif case.target_seen and _only_in_the_name_itself(case, fold(replacement)):
        case.target_seen = 0
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
        named = _named_apart(case)
        if named and case.sim >= 0.85:
            case.evidence.append(f"the article names {entry.canonical} in paragraph {named[0]}")
            case.confidence += 0.15
            case.rule = "name.article-variant"
            case.target_seen = len(named)


def _only_in_the_name_itself(case: Case, word: str) -> bool:
    """Every run of the article that writes the replacement word is this name itself: the
    family name "Chang" of "Chang Kuo-ching" is no spelling of the "ching" after it (Huang
    Kuo-chang's), which the article writes nowhere."""
    mine = case.mention.folded
    runs = [r.mention.folded for r in case.article.readings if word in r.mention.folded]
    return bool(runs) and all(run == mine for run in runs)


def _only_in_other_full_names(case: Case, word: str) -> bool:
    """The mention has a first name, and every run of the article that writes the
    replacement word writes it after another first name: "Helen Brown" beside "Gordon Browne"
    is another person of the family, not his name spelled the article's way."""
    mine = case.mention.folded
    if len(mine) < 2:
        return False
    runs = [r.mention.folded for r in case.article.readings if word in r.mention.folded]
    return bool(runs) and all(len(run) >= 2 and run[0] != mine[0] and run[-1] == word for run in runs)


def _named_apart(case: Case) -> list[int]:
    """The paragraphs where a correct run names the entity with words the mention itself does
    not already have: "Mr Han" after "Han Dong-hyun" is the mention's own family name again,
    no sign the article means Han Dong-hoon."""
    entry, mine = case.entry, set(case.mention.folded)
    return sorted(
        {
            r.paragraph + 1
            for r in case.article.readings
            if r.status == "known"
            and any(e.canonical == entry.canonical and e.type == entry.type for e in r.entries)
            and not set(r.mention.folded) <= mine
        }
    )


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
    if case.strength < 0.12 and _given_name_only(case):
        # "Nguyen Thi Huong" is not Nguyen Thi Hong, nor "Kim Jong-in, a former party leader"
        # Kim Jong Un: another person of the family, unless the person's whole role is beside it
        return False
    rare = any(zipf(mention.words[i].text) < RARE_ZIPF for i in reading.unknown)
    if not rare and not case.role:
        return False
    if not case.role and _better_known_spelling(case):
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


def _better_known_spelling(case: Case) -> bool:
    """A changed word English text writes more often than the word it would become: with no
    role beside it, the article names a namesake who spells it so, not the listed person."""
    return any(
        old != new and better_known(old, new)
        for old, new in zip(case.old_words, case.new_words, strict=False)
    )


def _given_name_only(case: Case) -> bool:
    """The change touches only the given name of a person named family first: a Chinese,
    Korean or Vietnamese family name and its given names are shared by many people. So does a
    change that keeps the family name as written and drops a syllable of the given name ("Park
    Ji-hoon", a whole Korean name, is not Park Jin)."""
    entry = case.entry
    if entry.type != "person" or entry.country not in FAMILY_FIRST:
        return False
    family = family_of(entry)
    kept = case.old_words[: len(family)] == case.new_words[: len(family)] == family
    return not set(case.new_words) & set(family) or (kept and len(case.old_words) > len(case.new_words))


def _alias_guess(case: Case) -> bool:
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
        return True
    return False


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
