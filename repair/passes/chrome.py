"""Page chrome: the parts of a scraped page that are not the article.

Lines are first judged alone by named patterns (a sign-up prompt, a timestamp, a byline),
then in context, because chrome comes in blocks: a paragraph block made mostly of chrome
is chrome; a line between two pieces of chrome is chrome when it is short, or when the
chrome around it is a timestamped feed; and after the article ends, prose about other
stories is chrome too. An article sentence is never judged by its words alone, so a
sentence that merely mentions a newsletter stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from repair.document import Document
from repair.edits import Proposal, make_proposal
from repair.passes.chrome_lines import (
    ends_like_a_sentence,
    is_prose,
    is_source_credit,
    judge_line,
    word_count,
)
from repair.words import LONG_LATIN_WORD, PROSE_WORDS

STRONG = 0.85  # a line this sure anchors the context rules
_LIST_ITEM = re.compile(r"^\s*([•·▪►»‣◦]|[-–—]\s)\s*\S")  # a dash list too, between chrome
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class LineVerdict:
    index: int  # into doc.lines
    confidence: float
    rule: str
    reason: str


def find_chrome(doc: Document) -> list[LineVerdict]:
    """Every line judged chrome, alone or by its neighbours."""
    text = doc.text
    lines = [text[s.start : s.end] for s in doc.lines]
    verdicts: dict[int, LineVerdict] = {}
    for index, line in enumerate(lines):
        confidence, rule, reason = judge_line(line)
        if confidence:
            verdicts[index] = LineVerdict(index, confidence, rule, reason)
    content = [i for i, line in enumerate(lines) if line.strip()]
    first_prose = _first_prose(lines, content, verdicts)
    _above_the_article(lines, content, verdicts, first_prose)
    _own_headline(content, verdicts, first_prose)
    _listed_under_labels(lines, content, verdicts, first_prose)
    _bullets_before_chrome(content, verdicts)
    _blocks_of_chrome(lines, content, verdicts)
    _sandwiched(lines, content, verdicts)
    _after_the_article(lines, content, verdicts)
    _before_the_footer(lines, content, verdicts)
    for index in [i for i in verdicts if is_source_credit(lines[i])]:
        del verdicts[index]
    return sorted(verdicts.values(), key=lambda v: v.index)


def _first_prose(lines: list[str], content: list[int], verdicts: dict[int, LineVerdict]) -> int:
    """Where the article's text begins: its first full sentence that no rule is sure of."""
    return next((i for i in content if is_prose(lines[i]) and i not in verdicts), len(lines))


def _above_the_article(
    lines: list[str], content: list[int], verdicts: dict[int, LineVerdict], first_prose: int
) -> None:
    """Above the article's first sentence, a lone section name is the page's kicker
    ("Politics", "Asia Pacific"), and on an English page a short label left in another
    script is the site's (a section the translation skipped). Further down either may be
    the article's own subhead or untranslated words, so there they stay."""
    letters = sum(len(_LETTER.findall(lines[i])) for i in content)
    latin = sum(len(_LATIN.findall(lines[i])) for i in content)
    for index in content:
        if index >= first_prose:
            return
        line = lines[index].strip()
        verdict = verdicts.get(index)
        if verdict is not None and verdict.rule == "section":
            verdicts[index] = LineVerdict(index, 0.9, "section", "site section above the article")
        elif (
            verdict is None
            and latin >= 0.9 * letters
            and len(line) <= 20
            and _LETTER.search(line)
            and not _LATIN.search(line)
            and not ends_like_a_sentence(line)
        ):
            verdicts[index] = LineVerdict(index, 0.85, "foreign-label", "a label in another script")


def _own_headline(content: list[int], verdicts: dict[int, LineVerdict], first_prose: int) -> None:
    """The line just above the article's first sentence (bylines and datelines between them
    aside) is the article's own headline, also when it opens like a teaser for another story
    ("Analysis: ...", "Q&A: ..."): a teaser elsewhere on the page stays chrome."""
    for index in reversed([i for i in content if i < first_prose]):
        verdict = verdicts.get(index)
        if verdict is None:
            return
        if verdict.rule == "teaser":
            del verdicts[index]
            return


def _listed_under_labels(
    lines: list[str], content: list[int], verdicts: dict[int, LineVerdict], first_prose: int
) -> None:
    """Under a label that opens a list ("Related", "You may also like", "Tags", "Next
    article"), the headline-shaped lines that follow are the list: other stories, tags.

    The list ends at the first line that reads like the article (a sentence) or changes
    shape (bulleted items, then a bare line). Above the article only bulleted or numbered
    items count, so the headline under a "Latest" box stays; a bare last item right before
    the article goes on may be its subhead, so it goes to review. Under "About the author"
    the next paragraph is the author's biography.
    """
    for position, index in enumerate(content):
        label = verdicts.get(index)
        if label is None or label.rule not in ("end-label", "author-label") or label.confidence < STRONG:
            continue
        following = content[position + 1 : position + 16]
        if label.rule == "author-label":
            if following and following[0] not in verdicts and word_count(lines[following[0]]) <= 90:
                verdicts[following[0]] = LineVerdict(following[0], 0.85, "listed", "the author's biography")
            continue
        items: list[int] = []
        marked: bool | None = None
        resumes = False
        for item in following:
            verdict = verdicts.get(item)
            if verdict is not None and verdict.confidence >= 0.75:
                if verdict.rule in ("end-label", "author-label", "label"):
                    break  # a box of its own begins
                continue
            line = lines[item]
            bulleted = bool(_LIST_ITEM.match(line) or _NUMBERED.match(line))
            marked = bulleted if marked is None else marked
            if (
                bulleted != marked
                or not _headline_shaped(line, bulleted)
                or (item < first_prose and not bulleted)
            ):
                resumes = is_prose(line)
                break
            items.append(item)
        for item in items:
            verdicts[item] = LineVerdict(item, 0.85, "listed", "in a list under a section label")
        if items and resumes and not marked:
            verdicts[items[-1]] = LineVerdict(
                items[-1], 0.6, "listed", "under a section label, but may be the article's subhead"
            )


def _headline_shaped(line: str, bulleted: bool) -> bool:
    """A link's title or a tag: letters, no sentence end, not too long."""
    return (
        bool(_LETTER.search(line))
        and not ends_like_a_sentence(line)
        and word_count(line) <= (40 if bulleted else 25)
    )


def _before_the_footer(lines: list[str], content: list[int], verdicts: dict[int, LineVerdict]) -> None:
    """A short line between the article's last paragraph and the chrome that ends the page
    is furniture too (an advert's title, the site's name): an article does not end in a
    line that is no sentence, right before its footer."""
    position = len(content) - 1
    while position >= 0 and content[position] in verdicts and verdicts[content[position]].confidence >= 0.75:
        position -= 1
    if position < 1 or len(content) - 1 - position < 2 or content[position] in verdicts:
        return
    index, before = content[position], content[position - 1]
    if ends_like_a_sentence(lines[index]) or word_count(lines[index]) > 6 or before in verdicts:
        return
    if is_prose(lines[before]):
        verdicts[index] = LineVerdict(
            index, 0.8, "before-footer", "short line between the article and the footer"
        )


def _bullets_before_chrome(content: list[int], verdicts: dict[int, LineVerdict]) -> None:
    """A bulleted link right before chrome is a related-story link, not a list in the story."""
    for position in range(len(content) - 2, -1, -1):
        index, following = content[position], content[position + 1]
        verdict, after = verdicts.get(index), verdicts.get(following)
        if verdict and verdict.rule == "bullet-link" and after and after.confidence >= 0.8:
            verdicts[index] = LineVerdict(index, 0.8, "bullet-link", "bulleted link to another story")


def _blocks_of_chrome(lines: list[str], content: list[int], verdicts: dict[int, LineVerdict]) -> None:
    """In a paragraph block that is mostly chrome, the rest is chrome too (teasers, boxes).

    Only after the article has begun: before it, the odd line out is the headline. A
    prose line is taken only when a headline-like line precedes it in the block (a
    related-story teaser); otherwise it may be the article's last paragraph, so it goes
    to review.
    """
    first_prose = _first_prose(lines, content, verdicts)
    block: list[int] = []
    for index in range(len(lines) + 1):
        if index < len(lines) and lines[index].strip():
            block.append(index)
            continue
        marked = [i for i in block if i in verdicts and verdicts[i].confidence >= 0.6]
        strong = [i for i in marked if verdicts[i].confidence >= STRONG]
        if len(block) >= 3 and len(marked) >= 0.6 * len(block) and strong:
            judged_alone = set(verdicts)
            for position, i in enumerate(block):
                if i <= first_prose or (i in verdicts and verdicts[i].confidence >= 0.8):
                    continue
                if i in judged_alone:  # its own words looked like chrome, and so do its neighbours
                    own = verdicts[i]
                    verdicts[i] = LineVerdict(i, 0.85, own.rule, own.reason + ", in a block of chrome")
                    continue
                teaser = (
                    position > 0
                    and block[position - 1] not in judged_alone
                    and not is_prose(lines[block[position - 1]])
                )
                if is_prose(lines[i]) and not teaser:
                    verdicts[i] = LineVerdict(
                        i, 0.5, "block", "in a block of page chrome, but reads like the article"
                    )
                else:
                    verdicts[i] = LineVerdict(i, 0.8, "block", "in a block of page chrome")
        block = []


def _sandwiched(lines: list[str], content: list[int], verdicts: dict[int, LineVerdict]) -> None:
    """A line between chrome above and below: feed items, teaser headlines.

    Before the article's first paragraph only a timestamped feed counts, so the headline
    between a CMS artefact and a byline stays; a prose line needs a feed on both sides,
    so a dateline and a lead paragraph stay.
    """
    anchors = {i for i, v in verdicts.items() if v.confidence >= STRONG}
    stamps = {i for i in anchors if verdicts[i].rule == "timestamp"}
    first_prose = _first_prose(lines, content, verdicts)
    for position, index in enumerate(content):
        if index in verdicts:
            continue
        nearby_above = [content[j] for j in range(max(0, position - 3), position)]
        nearby_below = [content[j] for j in range(position + 1, min(len(content), position + 4))]
        in_feed = bool(stamps.intersection(nearby_above)) and bool(stamps.intersection(nearby_below))
        if _LIST_ITEM.match(lines[index]) is None and not in_feed and index < first_prose:
            continue
        above = [content[j] for j in range(max(0, position - 2), position)]
        below = [content[j] for j in range(position + 1, min(len(content), position + 3))]
        up = _anchor(reversed(above), anchors, verdicts, lines)
        down = _anchor(below, anchors, verdicts, lines)
        if up is None or down is None:
            continue
        if not in_feed and (is_prose(lines[index]) or word_count(lines[index]) > 14):
            continue  # a headline is short; a longer line here is the article's own
        verdicts[index] = LineVerdict(
            index,
            0.85 if in_feed else 0.8,
            "feed" if in_feed else "between-chrome",
            "item of a feed of other stories" if in_feed else "between two pieces of page chrome",
        )


def _anchor(nearby, anchors: set[int], verdicts: dict[int, LineVerdict], lines: list[str]) -> int | None:
    """The first sure piece of chrome among the nearby lines, nearest first, unless an
    article sentence stands between ("By Kenji Sato", the lead paragraph, then a short
    sentence: the byline does not reach past the lead)."""
    for index in nearby:
        if index in anchors:
            return index
        if index not in verdicts and is_prose(lines[index]):
            return None
    return None


# Boundaries after which the article is over. A spam "See also" line is not one: it is
# dropped into the middle of articles too.
_TAIL_RULES = frozenset({"end-label", "newsletter", "membership", "comment-form", "copyright"})


def _after_the_article(lines: list[str], content: list[int], verdicts: dict[int, LineVerdict]) -> None:
    """Once the article has ended in chrome, later prose is about other stories."""
    first_prose = _first_prose(lines, content, verdicts)
    if first_prose == len(lines):
        return
    for position, index in enumerate(content):
        verdict = verdicts.get(index)
        if index <= first_prose or verdict is None or verdict.rule not in _TAIL_RULES:
            continue
        rest = content[position + 1 :]
        rest_words = sum(len(lines[i].split()) for i in rest)
        unjudged_words = sum(len(lines[i].split()) for i in rest if i not in verdicts)
        if not rest or unjudged_words > 0.3 * rest_words:
            continue
        body = _vocabulary(lines[i] for i in content[:position] if i not in verdicts)
        for i in rest:
            if i in verdicts:
                continue
            vocabulary = _vocabulary([lines[i]])
            shared = len(vocabulary & body) / max(1, len(vocabulary))
            if shared < 0.35:
                verdicts[i] = LineVerdict(i, 0.8, "tail", "after the article's end, about another story")
            else:
                verdicts[i] = LineVerdict(i, 0.5, "tail", "after the article's end")
        return


def _vocabulary(lines) -> set[str]:
    words = set()
    for line in lines:
        for word in LONG_LATIN_WORD.findall(line):
            lower = word.lower()
            if lower not in PROSE_WORDS:
                words.add(lower)
    return words


def chrome_proposals(doc: Document) -> list[Proposal]:
    """One removal per run of chrome lines of the same confidence tier."""
    verdicts = find_chrome(doc)
    if not verdicts:
        return []
    text = doc.text
    lines = doc.lines
    runs: list[list[LineVerdict]] = []
    for verdict in verdicts:
        if runs:
            last = runs[-1][-1]
            between = range(last.index + 1, verdict.index)
            blank_between = all(not text[lines[i].start : lines[i].end].strip() for i in between)
            same_tier = (last.confidence >= 0.75) == (verdict.confidence >= 0.75)
            if blank_between and same_tier:
                runs[-1].append(verdict)
                continue
        runs.append([verdict])
    return [_removal(doc, run) for run in runs]


def _removal(doc: Document, run: list[LineVerdict]) -> Proposal:
    text = doc.text
    lines = doc.lines
    first, last = lines[run[0].index], lines[run[-1].index]
    start, end = first.start, _after_line_break(text, last.end)
    # swallow the blank lines that follow, so the paragraphs around stay one blank line apart
    following = run[-1].index + 1
    while following < len(lines) and not text[lines[following].start : lines[following].end].strip():
        end = _after_line_break(text, lines[following].end)
        following += 1
    if end >= len(text) and run[0].index > 0:
        # a trailing block: cut from the end of the last kept line, keeping its line break
        previous = run[0].index - 1
        while previous >= 0 and not text[lines[previous].start : lines[previous].end].strip():
            previous -= 1
        if previous >= 0:
            start = _after_line_break(text, lines[previous].end)
            if text.endswith(("\n", "\r")):
                end = len(text)
            else:
                start = lines[previous].end
    rules = sorted({v.rule for v in run})
    rule = rules[0] if len(rules) == 1 else "block"
    confidence = min(v.confidence for v in run)
    count = len(run)
    reason_parts = sorted({v.reason for v in run})
    reason = f"page chrome, {count} line{'s' if count > 1 else ''}: " + "; ".join(reason_parts)
    evidence = [f"line {v.index + 1}: {v.reason} ({v.rule}, {v.confidence:.2f})" for v in run[:12]]
    if count > 12:
        evidence.append(f"... and {count - 12} more lines")
    return make_proposal(
        text,
        start,
        end,
        "",
        kind="chrome",
        rule=f"chrome.{rule}",
        confidence=confidence,
        reason=reason,
        evidence=evidence,
    )


def _after_line_break(text: str, offset: int) -> int:
    if text.startswith("\r\n", offset):
        return offset + 2
    if offset < len(text) and text[offset] in "\r\n":
        return offset + 1
    return offset
