"""A long name with one word respelled: "Tamim bin Hamad Al Sani" is Tamim bin Hamad Al Thani.

A name of four words or more (an Arabic chain of given name, father's name and family) that is
a listed person's form word for word but for one word after the first, that word close in
letters to the person's, names that person: a chain that long, right but for one word, is
nobody else's. The rules that compare the whole run by sound miss it when the odd word reads
another way (Arabic ث as "s" in Persian and Turkish: "Sani", "Usman").
"""

from __future__ import annotations

from rapidfuzz.distance import Indel

from repair.edits import make_proposal
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import words_of
from repair.passes.names.article import name_pieces_words
from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.first_names import role_word_before

# one word off a listed chain of four words or more: review; with a role of the person's
# just before the name ("the emir, Tamim bin Hamad Al Sani"): automatic
ONE_WORD_OFF = 0.85
ONE_WORD_OFF_ROLED = 0.92


def one_word_off(result: NameAnalysis, article, gazetteer: Gazetteer) -> None:
    text = article.doc.text
    for reading in article.readings:
        m = reading.mention
        words = m.folded
        if reading.status != "suspect" or len(words) < 4 or len(m.words) != len(words):
            continue
        fits = {}
        for entry in reading.entries:
            if entry.type != "person":
                continue
            for form in entry.forms:
                odd = _odd_word(words, name_pieces_words(form))
                if odd is not None:
                    fits.setdefault(entry.canonical, (entry, form, odd))
        if len(fits) != 1:
            continue
        entry, form, i = next(iter(fits.values()))
        word = m.words[i]
        if any(
            p.kind == "name" and p.span.start < word.end and word.start < p.span.end for p in result.proposals
        ):
            continue  # another rule has a say on the word
        replacement = article.spell_like_article(form.split()[i])
        role = role_word_before(words_of(text, m.sentence_start, m.start)[-6:], entry)
        result.proposals.append(
            make_proposal(
                text,
                word.start,
                word.end,
                replacement,
                kind="name",
                rule="name.entity",
                confidence=ONE_WORD_OFF_ROLED if role else ONE_WORD_OFF,
                reason=f"{m.text(text)!r} is {entry.canonical}'s name but for {word.text!r}",
                evidence=[
                    f"every other word of {form!r} stands as written",
                    *([f"the role word {role!r} of {entry.canonical} stands before it"] if role else []),
                    f"gazetteer: {entry.describe()}",
                ],
            )
        )


def _odd_word(words: list[str], theirs: list[str]) -> int | None:
    """The one position after the first where ``words`` differ from ``theirs``, the two words
    sharing half their letters; None otherwise."""
    if len(words) != len(theirs):
        return None
    odd = [i for i, (a, b) in enumerate(zip(words, theirs, strict=True)) if a != b]
    if len(odd) != 1 or odd[0] == 0:
        return None
    a, b = words[odd[0]], theirs[odd[0]]
    if len(a) < 3 or Indel.normalized_similarity(fold(a), fold(b)) < 0.5:
        return None
    return odd[0]
