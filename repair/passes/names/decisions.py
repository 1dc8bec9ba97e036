"""Deciding what to propose for each reading: recognise, restyle, or pick the best candidate for a suspect."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz.distance import Indel, Levenshtein

from repair.edits import Proposal, Span, make_proposal
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.keys import fold, sound_key
from repair.gazetteer.mentions import Word, zipf
from repair.gazetteer.routes import native_readings
from repair.gazetteer.search import Candidate, candidates, word_similarity
from repair.passes.names.article import (
    FUZZY_TYPES,
    RARE_ZIPF,
    Article,
    _demonym,
    _nasal,
    _short_alike,
    hepburn,
    name_pieces_words,
)
from repair.passes.names.namesakes import introduced, syllables_of_its_own
from repair.passes.names.readings import Reading
from repair.passes.names.scoring import _article_form, score_candidate
from repair.words import DERIVED_ENDINGS as _DERIVED

MIN_CONFIDENCE = 0.6  # below this a candidate is not worth a reviewer's time


@dataclass
class NameAnalysis:
    proposals: list[Proposal] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    protected: list[Span] = field(default_factory=list)
    groups: list = field(default_factory=list)  # the entity resolver's (group, links), for training
    # proposal id -> the evidence behind it as numbers, read by the learned confidence (calibration.py)
    signals: dict[str, dict[str, float]] = field(default_factory=dict)
    # the name proposals as the rules made them, and their features (scripts/train_names.py)
    raw: list[Proposal] = field(default_factory=list)
    features: dict[str, dict[str, float]] = field(default_factory=dict)
    # people the entity resolver links a mangled mention to at automatic confidence, with
    # where: the article names them, though in no spelling the gazetteer knows ("Suga Yosihide")
    linked: dict[str, tuple[Entry, list[int]]] = field(default_factory=dict)


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
    proposal = make_proposal(
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
    result.proposals.append(proposal)
    result.signals[proposal.id] = {"short_name": 1.0, "sound": 1.0, "count": float(count)}
    _recognise(result, text, word.start, word.end, entry, confidence, (word.start, word.end, spelling))


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
    # a dateline writes the place in capitals ("KIEV —"): the house form keeps them
    preferred = (
        entry.canonical.upper() if len(text[start:end]) > 1 and text[start:end].isupper() else entry.canonical
    )
    result.proposals.append(
        make_proposal(
            text,
            start,
            end,
            preferred,
            kind="style",
            rule="style.house",
            confidence=0.8,
            reason=f"house style writes {entry.canonical!r}",
            evidence=[
                f"gazetteer ({source}): {text[start:end]!r} is a listed variant of {entry.canonical!r}"
            ],
        )
    )
    _recognise(result, text, reading.mention.start, reading.mention.end, entry, 0.8, (start, end, preferred))


def _suspect(
    result: NameAnalysis,
    article: Article,
    reading: Reading,
    gazetteer: Gazetteer,
    present: list[Entry],
    searched: dict[tuple[str, ...], list[Candidate]] | None = None,
) -> None:
    """``searched``: the candidates found for each run of words so far, for the runs of one
    article with the same ``present`` (a long article names the same mangled name again and
    again, and the search aligns each run with every name the article spells right)."""
    mention = reading.mention
    text = article.doc.text
    words = mention.folded
    if len(words) == 1 and zipf(words[0]) >= 1.5 and _demonym(words[0], gazetteer):
        return  # "Samoan", "Bruneian": a people or language, named after a place
    if not words:
        return
    found = searched.get(tuple(words)) if searched is not None else None
    if found is None:
        found = candidates(
            gazetteer,
            words,
            extra=present,
            limit=6,
            types=FUZZY_TYPES,
            known_words=frozenset(article.surface),
        )
        if searched is not None:
            searched[tuple(words)] = found
    found = [_article_form(article, words, c) for c in found]
    scored = [s for s in (score_candidate(article, reading, c) for c in found) if s is not None]
    scored.sort(key=lambda s: (-s.confidence, -s.candidate.score))
    local = _article_alternatives(article, reading)
    if scored:
        # ties broken by frequency yield to the gazetteer; the same name in Hepburn never does
        local = [alt for alt in local if alt[2] > alt[3] or alt[4] == 1.0]
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
    gap = 1.0
    if len(scored) > 1 and scored[1].replacement != best.replacement:
        gap = best.confidence - scored[1].confidence
        if gap < 0.1:
            confidence -= 0.1 - gap
            best.evidence.append(f"close alternative: {scored[1].replacement!r} ({scored[1].confidence:.2f})")
    if confidence < MIN_CONFIDENCE:
        return
    start, end = best.span
    entry = best.candidate.entry
    if _bare_given_name(entry, words, best.replacement):
        return
    if len(words) > 1 and introduced(text, mention.end, entry):
        return  # "Viktor Orbanek, a Slovak violinist,": a namesake the article describes
    written = text[mention.start : mention.end]
    if not (best.signals.get("role") or best.signals.get("reference")) and syllables_of_its_own(
        words, written, entry, list(native_readings(entry))
    ):
        return  # "Han Dong-hyun, a city official," is somebody else than Han Dong-hoon
    proposal = make_proposal(
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
    result.proposals.append(proposal)
    result.signals[proposal.id] = {**best.signals, "gap": min(1.0, gap)}
    _recognise(result, text, mention.start, mention.end, entry, confidence, (start, end, best.replacement))


def _bare_given_name(entry: Entry, words: list[str], replacement: str) -> bool:
    """One word made into the given name alone of a person written family name first
    ("Luna" -> "Liyuan" of Peng Liyuan): English news never calls such a person by the given
    name alone, so the word is someone, or something, else."""
    from repair.gazetteer.routes import FAMILY_FIRST

    if len(words) != 1 or entry.type != "person" or entry.country not in FAMILY_FIRST:
        return False
    parts = entry.canonical.split()
    if len(parts) < 2 or any(fold(a) == fold(replacement) for a in entry.aliases):
        return False
    return fold(replacement) in {fold(p) for p in parts[1:]} and fold(replacement) != fold(parts[0])


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
        kunrei = hepburn(folded)
        # the article's first spelling of the Hepburn word, looked for only when it differs
        # (else the search found the word itself, after reading the article up to it)
        written = (
            kunrei != folded
            and article.words.get(kunrei)
            and next(
                (w.text for r in article.readings for w in r.mention.words if fold(w.text) == kunrei), ""
            )
        )
        if written:
            # the article writes the same Japanese name in Hepburn ("Utida", "Uchida")
            out.append((word, written, article.words[kunrei], mine, 1.0))
            continue
        alike = article.sounding_like(folded)
        full = _in_full_name(reading, word)
        for other, w, theirs in alike:
            if theirs == folded:
                continue
            if folded.startswith(theirs) and folded[len(theirs) :] in _DERIVED:
                continue
            if (
                full
                and Levenshtein.distance(folded, theirs) >= 2
                and not any(t == theirs and _in_full_name(o, ow) for o, ow, t in alike)
            ):
                continue  # "Cezary Grabarczyk" is not respelled as the bare "Grabarchik" says
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


def _in_full_name(reading: Reading, word: Word) -> bool:
    """The word is the family name after a first name ("Cezary Grabarczyk"): the article's
    full form of a name outweighs any number of bare surnames spelled another way, which a
    translation respells more freely."""
    words = reading.mention.words
    return len(words) >= 2 and words[-1].start == word.start


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
        proposal = make_proposal(
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
        result.proposals.append(proposal)
        result.signals[proposal.id] = {"local": 1.0, "sim": sim, "sound": 1.0, "count": float(count - mine)}
