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
from repair.words import LONG_LATIN_WORD, PROSE_WORDS, WORD_CHARACTERS

STRONG = 0.85  # a line this sure anchors the context rules
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday"
_DATE_WORD = re.compile(
    rf"^(?:{_MONTHS}|{_DAYS}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|[ap]\.?m\.?|"
    r"utc|gmt|[ecmp][sd]t|bst|cet|cest|eet|eest|msk|kst|jst|hkt|sgt|ist|aest|kyiv|time|updated|published|\(updated|\))$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Pattern:
    rule: str
    regex: re.Pattern[str]
    confidence: float
    max_words: int  # a longer line is prose that merely mentions the words
    reason: str


def _p(rule: str, pattern: str, confidence: float, max_words: int, reason: str) -> Pattern:
    return Pattern(rule, re.compile(pattern, re.IGNORECASE), confidence, max_words, reason)


PATTERNS: tuple[Pattern, ...] = (
    _p(
        "skip-link",
        r"^(skip to (main )?content|skip navigation|jump to (main )?(content|navigation))$",
        0.97,
        5,
        "navigation link",
    ),
    _p(
        "template",
        r"^(edit (this )?(post|article|page)|[a-z_]+(/[a-z_.]+)+|\{\{.*\}\}|[a-z]+\.[a-z_]+_[a-z_]+|undefined|null|nan)$",
        0.95,
        4,
        "template or CMS artefact",
    ),
    _p(
        "end-label",
        r"^(tags|topics|related topics|read also|also read|read more|see also|more news|more stories|more on this( story)?|related|related (articles|stories|news|content)|editors'? picks|most (read|popular|viewed)|latest( news)?|top stories|news ?feed|recommended( for you)?|trending( now)?|you (may|might) also like|comments?|\d+ comments?|comments? \(\d+\)|what to read next|(recent|latest|popular|related) posts|back to top( button)?)\s*:?$",
        0.93,
        6,
        "end-of-article section label",
    ),
    _p(
        "label",
        r"^(share( this( article| story)?)?|follow us|opinion|exclusive|updated|review|analysis|breaking|live|video|photos?|gallery|sponsored( content)?|advertisement|ad|promoted|story continues below( advertisement)?|newsletter|sections|menu|search)\s*:?$",
        0.93,
        6,
        "section label",
    ),
    _p(
        "see-also",
        r"^\W*(see also|read also|also read|read more( about)?|more about|related( story| stories| article)?|more( on this( story)?)?|recommended|further reading|don'?t miss|must read|top story)\s*[:\-–—|»>]+\s*\S.*$",
        0.92,
        30,
        "link to another story",
    ),
    _p(
        "teaser",
        r"^(opinion|analysis|explainer|timeline|watch|listen|video|photos|gallery|live|interview|fact check|in pictures|q&a)\s*:\s*\S.*$",
        0.85,
        10,
        "teaser for another story",
    ),
    _p(
        "stamped-headline",
        r"^((\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2} [a-z]{3,9} \d{4}|[a-z]{3,9} \d{1,2}, \d{4}),?\s+)?\d{1,2}:\d{2}( ?[ap]\.?m\.?)?\s*[|·•–—-]?\s+\S.*[^.!?]$"
        r"|^\S.*[^.!?,;:]\s+[|·•–—-]?\s*\d{1,2}:\d{2}( ?[ap]\.?m\.?)?$"
        r"|^\s*[-–—•·▪]\s+\S.*[^.!?,;:]\s+(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})$",
        0.9,
        16,
        "timestamped headline of another story",
    ),
    _p(
        "newsletter",
        r"(subscribe|newsletter|sign(ing)? ?up|enter (your|correct) e-?mail|e-?mail address|^your e-?mail\s*\*?$|indicates required|successfu?l+y subscribed|confirmation e-?mail|unsubscribe|in your inbox|delivered to your inbox|don'?t miss (a|any|another) (story|thing|update)|join [\d,.]+k? (other )?(readers|subscribers)|stories you need to read|straight to your inbox|to your inbox|by signing up|privacy policy|terms of (use|service)|recaptcha|never share your e-?mail|sign me up|^[\w.+-]+@[\w-]+\.[\w.]+$|^get the .{0,40}(briefing|newsletter)$|^(the|our) .{0,40}(briefing|newsletter)\b.{0,30}$)",
        0.9,
        25,
        "newsletter sign-up",
    ),
    _p(
        "membership",
        r"(become a (member|subscriber|supporter|patron)|gift (a )?membership|support (our|independent|quality) (journalism|reporting)|funded by (our )?readers|financial contribution|fund our mission|keep our (journalism|reporting)|[\d,]+ new members|help us (get|find|reach)|our supporters|\d[\d,]* supporters|^donate( now)?$|make a donation|readers like you|every contribution|powers our journalism|we rely on (your|readers'?) support|give [$€£]?\d+ today|^(contribute|support us|join today|subscribe now)$|costs money|(visa|mastercard|americanexpress|paypal)( \w+){0,3}$|paywall|already a (member|subscriber)|log ?in to (continue|read)|please consider (a donation|donating|supporting|subscribing|becoming)|if you (value|appreciate|enjoy) (it|this|our))",
        0.9,
        60,
        "membership or donation appeal",
    ),
    _p(
        "byline",
        r"^by\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}((\s*(,|and|&)\s*[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3})*)?(\s*[,|•·-]?\s*("
        + _MONTHS
        + r"|\d|updated|published|staff|reporter|correspondent).*)?$",
        0.9,
        22,
        "byline",
    ),
    _p(
        "reporter",
        r"^(reporter|correspondent|written by|posted by|author|editor)\s*[:|]?\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,2}$",
        0.9,
        5,
        "byline",
    ),
    _p(
        "breadcrumb",
        r"^(home|homepage|home page|main page|front page)\s*[»>›|/]\s*\S.*$|^[^.!?»>›]{1,40}(\s+[»›]\s+[^.!?»>›]{1,60}){2,}$",
        0.93,
        20,
        "breadcrumb trail",
    ),
    _p(
        "script",
        r"(\bfunction\s*\(|\bvar\s+\w+(\s*,\s*\w+)*\s*[=;,]|\bdocument\.\w+|\bwindow\.\w+|\.(getElementsByTagName|getElementById|createElement|insertBefore|appendChild|addEventListener)\s*\(|\.src\s*=|^\s*[{}()\[\];]+\s*$|^\s*\}\s*\(.*\)\s*\)?\s*;?\s*$)",
        0.93,
        20,
        "script code",
    ),
    _p(
        "audio",
        r"(this (audio|article|summary) (is|was) (created|generated|produced)( with| using| by)? ai|ai assistance|listen to (this|the) (article|story)|audio version|\d+ min(ute)? (read|listen)|text to speech|(translated|rewritten|written|generated) (automatically|by (an )?(ai|artificial intelligence)))",
        0.93,
        20,
        "audio or AI notice",
    ),
    _p(
        "copyright",
        r"^(©|\(c\)|copyrights?\b)|all rights reserved|#[0-9a-f]{8,}\s*$|^[0-9a-f]{16,}$",
        0.95,
        30,
        "copyright line",
    ),
    _p(
        "comment-form",
        r"(leave a (reply|comment)|your e-?mail address will not be published|required fields are marked|save my name,? e-?mail|post (a )?comment|^(name|e-?mail|website|comment)\s*\*?$|log ?in to comment|join the (conversation|discussion)|add a comment|cancel reply|comments are closed)",
        0.93,
        25,
        "comment form",
    ),
    _p(
        "slideshow",
        r"^((photo|image|slide|picture|gallery)\s*)?\d+\s*(/|of)\s*\d+$|^(prev(ious)?|next)(\s*[|/]\s*(prev(ious)?|next))?\s*[<>»«]*$|click to enlarge|open (the )?gallery|view (the )?gallery|swipe for more",
        0.93,
        6,
        "slideshow control",
    ),
    _p(
        "social",
        r"(share on (facebook|twitter|x|linkedin|whatsapp)|follow us on|join (us|our channel) on|our telegram|^((facebook|twitter|linkedin|whatsapp|telegram|e-?mail|print|copy link|reddit|x)\s*[|·•]?\s*){2,}$)",
        0.93,
        12,
        "social media buttons",
    ),
    _p(
        "caption",
        r"\((photo|photograph|image|picture|illustration|source)?\s*:?\s*[^()]*(/\s*(afp|reuters|ap|epa|getty|anadolu|tass|xinhua|efe)|via getty images|getty images|ap photo|reuters|shutterstock|/ ?[a-z]+ photo)[^()]*\)\s*\.?$|^(photo|image|illustration)\s*(:|credit|by)\s|illustrative (purposes|photo)",
        0.85,
        60,
        "photo caption or credit",
    ),
)

_SURE_IN_PROSE = frozenset({"copyright", "caption", "comment-form", "audio"})
_BULLET = re.compile(r"^\s*[•·▪►»‣◦]\s*\S")
_LIST_ITEM = re.compile(r"^\s*([•·▪►»‣◦]|[-–—]\s)\s*\S")  # a dash list too, between chrome
_TERMINAL_END = re.compile(r"[.!?…]['\"”’)\]]*$")


@dataclass
class LineVerdict:
    index: int  # into doc.lines
    confidence: float
    rule: str
    reason: str


def _words(line: str) -> list[str]:
    return line.split()


def _length(line: str) -> int:
    """Words in a line as the spacing fixes leave it: a doubled word counts once, "Monday.The"
    twice and a lone "," not at all, so a line is judged the same before and after them."""
    words = [w.lower() for w in WORD_CHARACTERS.findall(line)]
    return sum(1 for i, w in enumerate(words) if i == 0 or w != words[i - 1])


def is_date_or_time(line: str) -> bool:
    """A line made only of dates, weekdays and clock times, as feeds and datelines print them."""
    words = [w.strip(",.|·•-–—:()") for w in _words(line)]
    words = [w for w in words if w]
    return bool(words) and len(words) <= 8 and all(_DATE_WORD.match(w) for w in words)


def is_prose(line: str) -> bool:
    """A full sentence or more: many words, ending like a sentence."""
    return len(_words(line)) >= 10 and bool(_TERMINAL_END.search(line.strip()))


def judge_line(line: str) -> tuple[float, str, str]:
    """Chrome confidence of one line seen alone, with the rule and reason."""
    stripped = line.strip()
    if not stripped:
        return 0.0, "", ""
    if is_date_or_time(stripped):
        return 0.95, "timestamp", "date or time stamp"
    words = _length(stripped)
    for pattern in PATTERNS:
        if words <= pattern.max_words and pattern.regex.search(stripped):
            if words > 25 and pattern.rule not in _SURE_IN_PROSE and is_prose(stripped):
                # an article sentence may mention members or a newsletter: review, not removal
                return 0.7, pattern.rule, pattern.reason + ", in a long sentence"
            return pattern.confidence, pattern.rule, pattern.reason
    if _BULLET.match(line):
        return 0.6, "bullet-link", "bulleted link"
    return 0.0, "", ""


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
    _bullets_before_chrome(content, verdicts)
    _blocks_of_chrome(lines, content, verdicts)
    _sandwiched(lines, content, verdicts)
    _after_the_article(lines, content, verdicts)
    return sorted(verdicts.values(), key=lambda v: v.index)


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
    first_prose = next((i for i in content if is_prose(lines[i]) and i not in verdicts), len(lines))
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
    first_prose = next((i for i in content if is_prose(lines[i]) and i not in verdicts), len(lines))
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
        up = next((i for i in reversed(above) if i in anchors), None)
        down = next((i for i in below if i in anchors), None)
        if up is None or down is None:
            continue
        if not in_feed and (is_prose(lines[index]) or _length(lines[index]) > 14):
            continue  # a headline is short; a longer line here is the article's own
        verdicts[index] = LineVerdict(
            index,
            0.85 if in_feed else 0.8,
            "feed" if in_feed else "between-chrome",
            "item of a feed of other stories" if in_feed else "between two pieces of page chrome",
        )


# Boundaries after which the article is over. A spam "See also" line is not one: it is
# dropped into the middle of articles too.
_TAIL_RULES = frozenset({"end-label", "newsletter", "membership", "comment-form", "copyright"})


def _after_the_article(lines: list[str], content: list[int], verdicts: dict[int, LineVerdict]) -> None:
    """Once the article has ended in chrome, later prose is about other stories."""
    first_prose = next((i for i in content if is_prose(lines[i]) and i not in verdicts), None)
    if first_prose is None:
        return
    for position, index in enumerate(content):
        verdict = verdicts.get(index)
        if index <= first_prose or verdict is None or verdict.rule not in _TAIL_RULES:
            continue
        rest = content[position + 1 :]
        rest_words = sum(len(_words(lines[i])) for i in rest)
        unjudged_words = sum(len(_words(lines[i])) for i in rest if i not in verdicts)
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
