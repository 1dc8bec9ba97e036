"""Lines, paragraphs, sentences and tokens of an article, all as spans into its text.

Scraped news puts one paragraph on a line, so a sentence never crosses a line break
unless the line break itself is damage (the next line continues in lower case). Sentences
come from syntok, which splits run-together sentences ("on Monday.The minister") and
keeps honorifics ("Mr.", "U.S.") inside sentences.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from syntok import segmenter

from repair.edits import Span

TERMINAL = frozenset(".!?\"'”’)…:")
# a letter or a digit (str.isalnum, character for character); asked of every token by
# several passes and the detector, so a regex rather than a loop over the characters
_ALNUM = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return _ALNUM.search(self.text) is not None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index into Document.paragraphs
    tokens: tuple[Token, ...]

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Document:
    """The analysed article. Immutable in practice: passes read it, never change it."""

    text: str
    lines: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str) -> Document:
        doc = cls(text=text)
        doc.lines = _line_spans(text)
        doc.paragraphs = _paragraph_spans(text, doc.lines)
        doc.sentences = _sentences(text, doc.lines, doc.paragraphs)
        return doc

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @cached_property
    def tokens(self) -> list[Token]:
        return [token for sentence in self.sentences for token in sentence.tokens]

    @cached_property
    def word_count(self) -> int:
        return sum(1 for token in self.tokens if token.is_word)

    def sentence_at(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right([s.start for s in self.sentences], offset) - 1
        if index >= 0 and self.sentences[index].start <= offset < self.sentences[index].end:
            return self.sentences[index]
        return None


def _line_spans(text: str) -> list[Span]:
    """Each line's content, without its line terminator (\\n, \\r\\n or \\r)."""
    spans = []
    start = 0
    length = len(text)
    i = 0
    while i < length:
        ch = text[i]
        if ch == "\n" or ch == "\r":
            spans.append(Span(start, i))
            if ch == "\r" and i + 1 < length and text[i + 1] == "\n":
                i += 1
            start = i + 1
        i += 1
    if start < length:
        spans.append(Span(start, length))
    return spans


def _paragraph_spans(text: str, lines: list[Span]) -> list[Span]:
    paragraphs: list[Span] = []
    current: Span | None = None
    for line in lines:
        if not text[line.start : line.end].strip():
            if current is not None:
                paragraphs.append(current)
                current = None
            continue
        current = line if current is None else Span(current.start, line.end)
    if current is not None:
        paragraphs.append(current)
    return paragraphs


def continues_previous_line(previous: str, current: str) -> bool:
    """A line that starts in lower case after one with no final punctuation is one sentence."""
    previous, current = previous.rstrip(), current.lstrip()
    return bool(previous and current) and previous[-1] not in TERMINAL and current[0].islower()


def _units(text: str, lines: list[Span], paragraphs: list[Span]) -> list[tuple[Span, int]]:
    """Stretches of text to segment: a line, or lines joined by a continuation."""
    units: list[tuple[Span, int]] = []
    paragraph_index = 0
    previous_line: Span | None = None
    for line in lines:
        content = text[line.start : line.end]
        if not content.strip():
            previous_line = None
            continue
        while paragraph_index < len(paragraphs) and paragraphs[paragraph_index].end < line.start:
            paragraph_index += 1
        if (
            previous_line is not None
            and units
            and continues_previous_line(text[previous_line.start : previous_line.end], content)
        ):
            units[-1] = (Span(units[-1][0].start, line.end), units[-1][1])
        else:
            units.append((line, paragraph_index))
        previous_line = line
    return units


def _sentences(text: str, lines: list[Span], paragraphs: list[Span]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for unit, paragraph_index in _units(text, lines, paragraphs):
        chunk = text[unit.start : unit.end]
        for syntok_paragraph in segmenter.analyze(chunk):
            for syntok_sentence in syntok_paragraph:
                tokens = []
                for token in syntok_sentence:
                    start = unit.start + token.offset
                    end = start + len(token.value)
                    if text[start:end] == token.value:
                        tokens.append(Token(start, end, token.value))
                if tokens:
                    sentences.append(
                        Sentence(tokens[0].start, tokens[-1].end, paragraph_index, tuple(tokens))
                    )
    return sentences
