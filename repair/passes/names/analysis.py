"""The names analysis of one document: read every run, gather the article's evidence, decide, then resolve entities."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from repair.document import Document
from repair.edits import Span
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.keys import name_pieces
from repair.gazetteer.mentions import sentence_mentions
from repair.passes.names.accents import misplaced_accents
from repair.passes.names.article import Article
from repair.passes.names.calibration import calibrate
from repair.passes.names.copies import copies_of_fixed_names, surnames_of_fixed_names
from repair.passes.names.decisions import (
    NameAnalysis,
    _best_known,
    _present_entries,
    _recognise,
    _style,
    _suspect,
)
from repair.passes.names.entities import (
    keep_glued_words,
    lost_capitals,
    native_script,
    resolve,
    translated_names,
)
from repair.passes.names.first_names import first_names_by_role, other_first_names
from repair.passes.names.glued_names import glued_names, split_protection
from repair.passes.names.headlines import headline_pieces
from repair.passes.names.heard_as_words import (
    first_names_for_names,
    names_heard_as_words,
    surnames_as_words,
)
from repair.passes.names.heard_by_role import role_names_heard_as_words
from repair.passes.names.heard_speakers import speakers_heard_as_words
from repair.passes.names.honorifics import glued_titles, honorific_splits, respelled_after_titles
from repair.passes.names.institutions import translated_institutions
from repair.passes.names.long_names import _long_names
from repair.passes.names.lower_case import (
    capitals_the_article_writes,
    lower_copies_of_fixed_names,
    respelled_lower_case,
)
from repair.passes.names.one_word_off import one_word_off
from repair.passes.names.particles import respelled_particles
from repair.passes.names.read_back import places_read_back
from repair.passes.names.readings import Reading, _lone_namesakes, read_mention
from repair.passes.names.romanisations import other_romanisations
from repair.passes.names.titled_lower import titles_before_lower_names
from repair.passes.names.translated_particles import translated_particles
from repair.passes.names.translated_parties import translated_parties
from repair.passes.names.translated_phrases import translated_phrases
from repair.passes.names.translated_surname import translated_surnames
from repair.passes.names.translated_titles import translated_titles
from repair.passes.names.translated_words import translated_name_words


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
    mentions = [m for s in doc.sentences for m in sentence_mentions(text, s.start, s.end)]
    for mention in mentions:
        if _blocked(blocked, starts, mention.start, mention.end) or _mojibake(mention.text(text)):
            continue
        pieces = headline_pieces(mention, text, gazetteer)
        reading = read_mention(mention, gazetteer, text)
        if reading is not None and reading.status == "suspect" and pieces:
            readings.extend(r for r in (read_mention(p, gazetteer, text) for p in pieces) if r)
        elif reading is not None:
            readings.append(reading)
    _lone_namesakes(readings)
    article = Article(
        doc, readings, defaultdict(list), Counter(), ref_forms or {}, list(ref_entries), mentions
    )
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
    searched: dict = {}  # the suspects' candidates by their words: the same run recurs
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
            _suspect(result, article, reading, gazetteer, present, searched)
    resolve(result, article, gazetteer, readings, present)
    native_script(result, article, gazetteer)
    lost_capitals(result, article, gazetteer)
    respelled_lower_case(result, article, gazetteer)
    capitals_the_article_writes(result, article)
    translated_names(result, article, gazetteer)
    places_read_back(result, article, gazetteer)
    translated_titles(result, article, gazetteer)
    translated_institutions(result, article)
    translated_parties(result, article, gazetteer)
    surnames_as_words(result, article, gazetteer)
    names_heard_as_words(result, article, gazetteer)
    role_names_heard_as_words(result, article, gazetteer)
    speakers_heard_as_words(result, article, gazetteer)
    first_names_for_names(result, article, gazetteer)
    other_first_names(result, article, gazetteer)
    one_word_off(result, article, gazetteer)
    translated_surnames(result, article, gazetteer)
    respelled_after_titles(result, article, gazetteer)
    result.proposals.extend(honorific_splits(article))
    result.proposals.extend(glued_titles(article, gazetteer))
    glued = glued_names(text, gazetteer)
    # the space back is the whole fix: a guess at the glued word as one name gives way
    result.proposals[:] = [
        p for p in result.proposals if not any(p.span.start < g.span.start < p.span.end for g in glued)
    ]
    result.proposals.extend(glued)
    other_romanisations(result, article)
    keep_glued_words(result, text)
    calibrate(result, text)  # the learned confidence of every name proposal
    first_names_by_role(result, article, gazetteer)
    # after the confidence: these grow or copy a change, not its evidence
    respelled_particles(result, article, gazetteer)
    translated_name_words(result, article, gazetteer)
    translated_phrases(result, article, gazetteer)
    translated_particles(result, article, gazetteer)
    lower_copies_of_fixed_names(result, article)
    copies_of_fixed_names(result, article)
    surnames_of_fixed_names(result, article)
    titles_before_lower_names(result, article, gazetteer)
    misplaced_accents(result, article)
    result.protected[:] = split_protection(result.protected, [g.span.start for g in glued])
    return result


def _blocked(blocked: Sequence[Span], starts: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(starts, end)
    return any(span.start < end and start < span.end for span in blocked[max(0, index - 8) : index])


_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf€™œ”“˜]|â€")


def _mojibake(written: str) -> bool:
    """UTF-8 read as cp1252 ("Israelâ€™s", "MbappÃ©"): the encoding pass's business, not a name."""
    return bool(_MOJIBAKE.search(written)) or written.endswith(("â", "Ã"))
