"""Names in a title-case headline ("Isiba And Li Zaiming Pledge Closer Ties At Busan Summit").

Every word of such a line is capitalised, so the whole line reads as one name run, and a
mangled name inside it is compared, with the headline's verbs and nouns around it, to
nobody. There the capitals say nothing: the run is cut at the English words in it that are
nobody's name ("Pledge", "Says"), and each piece is read as a mention of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from repair.gazetteer.index import NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import Mention, Word, words_of, zipf

COMMON_ZIPF = 3.5  # "Pledge" (4.0), "Summit" (4.3); not "Busan" or "Zaiming"
FUNCTION_ZIPF = 6.0  # "In" (7.3), "With" (6.6): never a name word in a headline; "Mark" (5.1) may be


def _line(text: str, at: int) -> tuple[int, int]:
    """Where the line holding ``at`` starts and ends (its newline not included)."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a title-case headline ("Korea Economy Grows Again"),
    where capitals say nothing about names. A paragraph of two sentences or more is no
    headline, however crowded with names and titles ("... Giorgia Meloni in Paris on Monday.
    Mellow Knee said the talks went well.")."""
    start, end = _line(text, at)
    if _SENTENCE_END.search(text, start, end):
        return False
    words = [w.text for w in words_of(text, start, end) if len(w.text) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


# a full stop, question or exclamation mark, then a space and a capital: a sentence ends
_SENTENCE_END = re.compile(r"(?<=[a-z0-9\)][.!?])\s+(?=[A-Z])")


def headline(text: str, at: int) -> bool:
    """A title-case line that is no sentence: a short line of capitalised words with no full
    stop at its end ("Mark Ruter Says Allies Must Spend More"); a sentence crowded with
    titles ("... South Korean President ..., Australian Prime Minister ...") is not one."""
    start, end = _line(text, at)
    line = text[start:end].strip()
    if line.endswith((".", ":", ";", ",")):
        return False  # a paragraph of sentences, the usual line: no need to read its words
    words = [w.text for w in words_of(text, start, start + len(line) + 1)]
    long_words = [w for w in words if len(w) > 3]
    return 0 < len(words) <= 16 and len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)


def headline_pieces(mention: Mention, text: str, gazetteer: Gazetteer) -> list[Mention]:
    """The name pieces of a run in a title-case headline, cut at English words that are no
    person's name word ("Mark" of Mark Rutte stays); [] when nothing is cut or the line is
    no headline."""
    if len(mention.words) < 2 or not headline(text, mention.start):
        return []
    pieces: list[list[Word]] = [[]]
    for word in mention.words:
        if _headline_word(word.text, gazetteer):
            pieces.append([])
        else:
            pieces[-1].append(word)
    pieces = [p for p in pieces if p]
    if sum(len(p) for p in pieces) == len(mention.words):
        return []  # nothing cut
    out = []
    for piece in pieces:
        first = piece[0] is mention.words[0]
        out.append(
            replace(
                mention,
                words=piece,
                title=mention.title if first else [],
                honorific=mention.honorific if first else "",
                at_sentence_start=mention.at_sentence_start and first,
                common_first=False,
            )
        )
    return out


def _headline_word(word: str, gazetteer: Gazetteer) -> bool:
    if zipf(word) < COMMON_ZIPF:
        return False
    if zipf(word) >= FUNCTION_ZIPF:
        return True  # "In", "At", "With": a syllable of some names ("Moon Jae-in"), a headline's word here
    return not any(
        entry.type == "person" and kind == NAME_WORD for entry, kind in gazetteer.exact(fold(word))
    )
