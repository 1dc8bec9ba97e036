"""Spacing, doubled punctuation, doubled words and quotation marks on the wrong side of
their space: small, mechanical, high-precision fixes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from repair.document import Document
from repair.edits import Proposal, make_proposal
from repair.words import COORDINATORS, LEGITIMATE_DOUBLES, PHRASE_DETERMINERS, PHRASE_PREPOSITIONS
from repair.words import SHORT_FUNCTION_WORDS as FUNCTION_WORDS

_CURRENCY_SPACE = re.compile(r"(?<![\w$€£¥])([$€£¥₴₽₹])[ \u00a0]+(?=\d)")
# (a letter right after it: "on Monday .They met" -> "on Monday. They met")
_SPACE_BEFORE_PUNCT = re.compile(
    r"(?<=[\w\"”’)])[ \t\u00a0]+([,.;:!?])(?=[ \t]*$|\s+[^\s,.;:!?]|[\"”’)]|[^\W\d_])"
)
_DOUBLED_PUNCT = re.compile(r"[ \t]*(?<![.])([,;:!?]|\.(?!\.))(?:[ \t]*\1(?![.]))+")
# "Sino -US", "in -depth": a hyphenated compound with a space before its hyphen (a dash
# has spaces on both sides or none; a minus sign comes before a digit)
_SPACE_BEFORE_HYPHEN = re.compile(r"(?<=[^\W\d_])[ \u00a0]+-(?=[^\W\d_]+\b)")
# "said.The", "in 2023.The", "on Tuesday.“We are ready": after a word, a number or a year
_MISSING_SPACE = re.compile(r"(?<=[a-z]{2}|\d{2})([.!?])(?=[A-Z][a-z]|“[A-Z])")
# C1 controls count as text: Python calls some of them (U+0085) white space, but the
# encoding pass turns them into the characters they stood for, and the spaces must be
# judged the same on a second run.
_INNER_SPACES = re.compile(r"(?<=\S|[\x80-\x9f])( {2,}|\u00a0 +| +\u00a0)(?=\S|[\x80-\x9f])")
_WORD = re.compile(r"\b([A-Za-z][A-Za-z'’-]*)(\s+)([A-Za-z][A-Za-z'’-]*)\b")
_REPEAT = re.compile(r"[ \t\u00a0]+([A-Za-z][A-Za-z'’-]*)\b")
# "held in the in the capital", "The ministry the ministry": two to five lower-case words
# written twice (the first copy may open a sentence with a capital)
_DOUBLED_PHRASE = re.compile(r"(?<![\w'’-])((?i:[a-z])[a-z]* [a-z]+(?: [a-z]+){0,3})((?i: \1)+)(?![\w'’-])")
_DOMAIN_TAIL = re.compile(r"^(com|org|net|gov|edu|co|uk|io|html|php|ru|ua|cn|de|fr|eu)\b")
# "rose in ( 9) sectors", "[ sic ]": a space just inside a bracket (not an empty "( )", nor
# an empty field's "(Updated: )")
_INSIDE_BRACKETS = re.compile(r"(?<=[(\[])[ \u00a0]+(?=[^\s)\]])|(?<=[\w.!?%\"”’'])[ \u00a0]+(?=[)\]])")
# "in spring, ”the mayor said": a closing mark after the space instead of before it (a
# straight one when the line's straight quotation is open and no mark follows)
_CLOSING_QUOTE_SIDE = re.compile(r"(?<=[,.!?;:…])[ \u00a0]+([”\"])(?=[^\W\d_])")
# "as before, “Santos said.", "by spring, “said the port director.": the closing mark of a
# quotation written as an opening one (German closes with “), or a straight one, after the
# space, where only the attribution follows: a few words with a speech verb, then the
# sentence ends
_SPEECH_VERBS = (
    "said|says|say|added|adds|told|tells|stressed|stresses|noted|notes|clarified|explained|"
    "stated|states|wrote|writes|asked|asks|insisted|declared|replied|recalled|concluded|"
    "emphasized|emphasised|underlined|continued|announced|warned|admitted|argued|assured"
)
_OPENING_AS_CLOSING = re.compile(
    r"(?<=[,.!?…])[ \u00a0]+([“\"])(?=(?:" + _SPEECH_VERBS + r")\b"  # “said the port director
    r"|(?:[Tt]he (?:[A-Za-z]+ ){1,2}|(?:[A-Z][\w’'.-]* ){1,3})(?:"
    + _SPEECH_VERBS
    + r")([.,]))"  # “Santos said.
)
# "was final. ” We have explained": a quotation mark with a space on both sides after a
# sentence's end, before a word: it closes the quotation open there, or else opens one
# that a closing mark later in the line ends
_LONE_MARK = re.compile(r"(?<=[.!?,;:…])[ \u00a0]+([“”\"])[ \u00a0]+(?=[^\W\d_])")
# "ready.”The talks": the closing mark of an open quotation run onto the next sentence (with
# nothing open, the mark may be a misshapen opening one)
_AFTER_CLOSING = re.compile(r"(?<=[.!?,]”)(?=[A-Z][a-z])")
# "added:The plan", "rose;the market": a colon or semicolon run onto the next word (not
# "10:30", "http://")
_GLUED_COLON = re.compile(r"(?<=[^\W\d_]{2})([:;])(?=[^\W\d_]{2})")
# an HTML entity's name before its semicolon ("&quot;we"): the encoding pass's
_ENTITY_START = re.compile(r"&#?\w+$")
# "“ We will go", "has changed. ”": a space inside a curly quotation mark, which shows its
# side by its shape (a straight one opening its line opens a quotation too)
_INSIDE_QUOTES = re.compile(
    r"(?:(?<=“)|(?<=^\"))[ \u00a0]+(?=[^\W_])|(?<=[^\W_]|[.!?,;:…])[ \u00a0]+(?=”(?:[ \t]*$|[,.;:!?]))",
    re.MULTILINE,
)
# page markup a scrape left in the text ("< p>The council met", "</p>", "<br />")
_MARKUP = re.compile(
    r"<[ \t]*/?[ \t]*(?:p|br|div|span|strong|em|b|i|u|li|ul|ol|h[1-6]|blockquote|figure|figcaption)[ \t]*/?[ \t]*>",
    re.IGNORECASE,
)


def spacing_proposals(doc: Document) -> list[Proposal]:
    text = doc.text
    proposals: list[Proposal] = []
    for line in doc.lines:
        offset = line.start
        content = text[line.start : line.end]
        if not content.strip():
            continue
        proposals.extend(_line_proposals(text, content, offset))
    across = list(_doubled_across_lines(doc))
    # a line opening with its word twice ("be be ready" after "would be"): all copies go
    # in one edit, so the per-line fix of the same words is not proposed beside it
    proposals = [p for p in proposals if not any(p.span.overlaps(a.span) for a in across)]
    return proposals + across


_LAST_WORD = re.compile(r"(?<!\S)([a-z][a-z'’]*)[ \t]*$")


def _doubled_across_lines(doc: Document) -> Iterator[Proposal]:
    """A lowercase word that ends one line and starts the next ("it would be" / "be ready"),
    with at most one blank line between: a line break hid the double from a reader, as it
    hides it from the per-line check. The copies that open the second line go, with the
    spaces after them, so a join of the two lines (the structure pass's) applies beside it."""
    text = doc.text
    previous = None
    blanks = 0
    for line in doc.lines:
        content = text[line.start : line.end]
        if not content.strip():
            blanks += 1
            continue
        last = _LAST_WORD.search(text, previous.start, previous.end) if previous and blanks <= 1 else None
        previous, blanks = line, 0
        if last is None or last.group(1) in LEGITIMATE_DOUBLES:
            continue
        word = last.group(1)
        copies = re.match(rf"[ \t]*((?:{re.escape(word)}(?![\w'’-])[ \t]*)+)(?=\S)", content)
        if copies is None:
            continue  # not the same word, or nothing follows it on the line
        yield make_proposal(
            text,
            line.start + copies.start(1),
            line.start + copies.end(1),
            "",
            kind="spacing",
            rule="spacing.doubled-word",
            confidence=0.95 if word in FUNCTION_WORDS else 0.85,
            reason=f"the word {word!r} is written twice, across a line break",
        )


def _quote_open(content: str, at: int, mark: str) -> bool:
    """Whether a quotation opened before ``at`` in the line is still open there: curly
    marks pair by shape, straight ones by count."""
    if mark == '"':
        return content.count('"', 0, at) % 2 == 1
    return content.count("“", 0, at) > content.count("”", 0, at)


def _closing_quote(content: str, m: re.Match) -> str | None:
    mark = m.group(1)
    if not _quote_open(content, m.start(), mark):
        return None  # with no quotation open, the mark may be a (wrongly shaped) opening one
    if mark == '"' and '"' in content[m.end() :]:
        return None  # a straight mark that another follows may open the next quotation
    return mark + " "


def _opening_as_closing(content: str, m: re.Match) -> str | None:
    if any(mark in content[m.end() :] for mark in '“”"'):
        return None  # a quotation goes on after it ("“says who?”"): the mark may open it
    mark = "”" if m.group(1) == "“" else '"'
    opened = _quote_open(content, m.start(), mark)
    if mark == '"' and opened:
        return None  # an open straight quotation's mark before a word: _closing_quote's
    # with no quotation open, “Putin said, ...” may open one that begins so
    return mark + " " if m.group(2) != "," or opened else None


def _lone_mark(content: str, m: re.Match) -> str | None:
    straight = m.group(1) == '"'
    if _quote_open(content, m.start(), '"' if straight else "“"):
        return ('"' if straight else "”") + " "
    if m.group(1) == "“":
        return None  # an opening mark with nothing open: only its inside space goes (_inside_quotes)
    rest = content[m.end() :]
    closes = rest.count('"') == 1 if straight else ("”" in rest and "“" not in rest.split("”")[0])
    if not closes:
        return None  # nothing ends a quotation it would open
    return " " + ('"' if straight else "“")


def _inside_quotes(content: str, m: re.Match) -> str | None:
    if content[m.start() - 1 : m.start()] == "“" and _quote_open(content, m.start() - 1, "“"):
        return None  # “ inside an open quotation may close it (German style): _lone_mark's
    return ""


def _missing_space(content: str, m: re.Match) -> str | None:
    if _DOMAIN_TAIL.match(content[m.end() :].lower()):
        return None
    if content.startswith("“", m.end()) and _quote_open(content, m.start(), "“"):
        return None  # inside a quotation, “ after the stop may close it (German style)
    return m.group(1) + " "


def _space_before_punct(content: str, m: re.Match) -> str | None:
    following = content[m.end() : m.end() + 1]
    if not following.isalpha():
        return m.group(1)
    if m.group(1) == "." and _DOMAIN_TAIL.match(content[m.end() :].lower()):
        return None  # "example .com"
    return m.group(1) + " "  # "on Monday .They met": the space goes after the stop


@dataclass(frozen=True)
class _LineRule:
    """A pattern whose every match in a line is one proposal: ``replace`` is a template
    (``re.Match.expand``) or a function of the line and the match that may return None
    (no proposal); ``reason`` is formatted with the match's groups."""

    rule: str
    pattern: re.Pattern[str]
    replace: str | Callable[[str, re.Match], str | None]
    confidence: float
    reason: str
    kind: str = "spacing"


_LINE_RULES = (
    _LineRule(
        rule="spacing.currency",
        pattern=_CURRENCY_SPACE,
        replace=r"\1",
        confidence=0.95,
        reason="no space between a currency sign and its amount",
    ),
    _LineRule(
        rule="spacing.before-punctuation",
        pattern=_SPACE_BEFORE_PUNCT,
        replace=_space_before_punct,
        confidence=0.9,
        reason="no space before {0!r}",
    ),
    _LineRule(
        rule="spacing.doubled-punctuation",
        pattern=_DOUBLED_PUNCT,
        replace=r"\1",
        confidence=0.92,
        reason="{0!r} written twice",
    ),
    _LineRule(
        rule="spacing.before-hyphen",
        pattern=_SPACE_BEFORE_HYPHEN,
        replace="-",
        confidence=0.9,
        reason="no space before the hyphen of a compound",
    ),
    _LineRule(
        rule="spacing.after-sentence",
        pattern=_MISSING_SPACE,
        replace=_missing_space,
        confidence=0.85,
        reason="two sentences run together without a space",
    ),
    _LineRule(
        rule="spacing.inside-brackets",
        pattern=_INSIDE_BRACKETS,
        replace="",
        confidence=0.9,
        reason="no space just inside a bracket",
    ),
    _LineRule(
        rule="quotes.wrong-side",
        pattern=_CLOSING_QUOTE_SIDE,
        replace=_closing_quote,
        confidence=0.9,
        reason="the closing quotation mark goes before the space, not after it",
        kind="quotes",
    ),
    _LineRule(
        rule="quotes.wrong-side",
        pattern=_OPENING_AS_CLOSING,
        replace=_opening_as_closing,
        confidence=0.85,
        reason="a quotation closes here, before its attribution: its mark goes before the space",
        kind="quotes",
    ),
    _LineRule(
        rule="quotes.lone-mark",
        pattern=_LONE_MARK,
        replace=_lone_mark,
        confidence=0.85,
        reason="a quotation mark with a space on both sides: it goes against the words it quotes",
        kind="quotes",
    ),
    _LineRule(
        rule="spacing.after-quote",
        pattern=_AFTER_CLOSING,
        replace=lambda content, m: " " if _quote_open(content, m.start() - 1, "“") else None,
        confidence=0.9,
        reason="no space after a quotation's closing mark",
    ),
    _LineRule(
        rule="spacing.after-colon",
        pattern=_GLUED_COLON,
        replace=lambda content, m: None if _ENTITY_START.search(content, 0, m.start()) else m.group(1) + " ",
        confidence=0.85,
        reason="no space after {0!r}",
    ),
    _LineRule(
        rule="quotes.inside-space",
        pattern=_INSIDE_QUOTES,
        replace=_inside_quotes,
        confidence=0.9,
        reason="no space just inside a quotation mark",
        kind="quotes",
    ),
    _LineRule(
        rule="spacing.multiple",
        pattern=_INNER_SPACES,
        replace=" ",
        confidence=0.85,
        reason="several spaces between words",
    ),
)


def _line_proposals(text: str, content: str, offset: int) -> Iterator[Proposal]:
    for line_rule in _LINE_RULES:
        for m in line_rule.pattern.finditer(content):
            replace = line_rule.replace
            replacement = m.expand(replace) if isinstance(replace, str) else replace(content, m)
            if replacement is None:
                continue
            yield make_proposal(
                text,
                offset + m.start(),
                offset + m.end(),
                replacement,
                kind=line_rule.kind,
                rule=line_rule.rule,
                confidence=line_rule.confidence,
                reason=line_rule.reason.format(*m.groups()),
            )
    yield from _markup(text, content, offset)
    yield from _doubled_words(text, content, offset)
    yield from _doubled_phrases(text, content, offset)


def _doubled_phrases(text: str, content: str, offset: int) -> Iterator[Proposal]:
    """A phrase of two to five words that opens with a preposition or a determiner,
    written twice ("held in the in the capital", "The ministry the ministry estimates"); a
    repeated single word is _doubled_words'. "on and on and on" and "what it was it was"
    are not such phrases."""
    for m in _DOUBLED_PHRASE.finditer(content):
        words = m.group(1).lower().split()
        if len(set(words)) < len(words) or words[0] not in PHRASE_PREPOSITIONS | PHRASE_DETERMINERS:
            continue  # "it was it was not clear": a comma lost, not a double
        phrase, copies = m.group(1), m.group(2)
        times = len(copies) // (len(phrase) + 1)
        if copies not in {f" {phrase}" * times, f" {phrase[:1].lower()}{phrase[1:]}" * times}:
            continue  # "The ministry the Ministry": the case differs past the first letter
        if any(w in COORDINATORS for w in words):
            continue  # "on and on and on", "over and over": said on purpose
        yield make_proposal(
            text,
            offset + m.start(2),
            offset + m.end(2),
            "",
            kind="spacing",
            rule="spacing.doubled-phrase",
            confidence=0.9,
            reason=f"the words {m.group(1)!r} are written twice",
        )


def _markup(text: str, content: str, offset: int) -> Iterator[Proposal]:
    """Page markup goes with the spaces after it, or becomes one space between two words."""
    for m in _MARKUP.finditer(content):
        start, end = m.start(), m.end()
        before, after = content[:start], content[end:]
        if not before.strip() or before[-1:] in " \t":
            end += len(after) - len(after.lstrip(" \t"))  # "< p>The council", "word <br> word"
            replacement = ""
        else:
            replacement = "" if not after.strip() or after[:1] in " \t" else " "
        yield make_proposal(
            text,
            offset + start,
            offset + end,
            replacement,
            kind="spacing",
            rule="spacing.markup",
            confidence=0.9,
            reason="page markup left in the text",
        )


def _doubled_words(text: str, content: str, offset: int) -> Iterator[Proposal]:
    position = 0
    while True:
        m = _WORD.search(content, position)
        if m is None:
            return
        first, space, second = m.group(1), m.group(2), m.group(3)
        position = m.start(3)
        if "\n" in space or "\r" in space:
            continue
        base_second = re.sub(r"['’]s?$", "", second)
        if first.lower() != second.lower() and first.lower() != base_second.lower():
            continue
        lower = first.lower()
        if lower in LEGITIMATE_DOUBLES and second.lower() == lower:
            continue
        if first[0].isupper() and second[0].isupper() and lower not in FUNCTION_WORDS:
            # "Boutros Boutros-Ghali", "Sirhan Sirhan", "Walla Walla": names double on purpose
            confidence = 0.5
        elif lower in FUNCTION_WORDS:
            confidence = 0.95
        else:
            confidence = 0.85
        end = m.end(3)
        # a word written three times or more is one fix, or a second run would find the rest
        while (more := _REPEAT.match(content, end)) and more.group(1).lower() == second.lower():
            second, end = more.group(1), more.end()
        kept = second if first[0].islower() else second[0].upper() + second[1:]
        yield make_proposal(
            text,
            offset + m.start(1),
            offset + end,
            kept,
            kind="spacing",
            rule="spacing.doubled-word",
            confidence=confidence,
            reason=f"the word {first!r} is written twice",
        )
        position = end
