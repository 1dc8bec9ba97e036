"""Page chrome, line by line: what a line of a scraped page says about itself.

Each line is judged alone by named patterns (a sign-up prompt, a timestamp, a byline, a
row of share buttons, script code); `repair/passes/chrome.py` then judges it by its
neighbours. A pattern that fires on a word ("newsletter", "sign up", "cookies") counts
fully only on a line that is furniture in shape: short, or speaking to the reader
("subscribe to our...", "your email"). An article line that merely mentions the word, a
reported sentence or a headline about a newsletter, is at most a review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from repair.words import QUOTED, SECTION_NAMES, WORD_CHARACTERS

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
# the buttons of a share bar, as their labels print
_SHARE = (
    r"share|tweet|pin( it)?|e-?mail|print|copy( the)? link|link|whatsapp|telegram|messenger|pinterest|reddit|"
    r"linkedin|facebook|twitter|x|vk|viber|line|flipboard|tumblr|pocket|threads|bluesky|mastodon|"
    r"instagram|youtube|tiktok|google\+?|more|save|comment"
)


@dataclass(frozen=True)
class Pattern:
    rule: str
    regex: re.Pattern[str]
    confidence: float
    max_words: int  # a longer line is prose that merely mentions the words
    reason: str
    by_word: bool = False  # fires on a word: counts only on a line shaped like furniture


def _p(
    rule: str, pattern: str, confidence: float, max_words: int, reason: str, by_word: bool = False
) -> Pattern:
    return Pattern(rule, re.compile(pattern, re.IGNORECASE), confidence, max_words, reason, by_word)


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
        r"^(edit (this )?(post|article|page)|[a-z_]+(/[a-z_.]+)+|\{\{.*\}\}|[a-z]+\.[a-z_]+_[a-z_]+|undefined|null|nan)$"
        r"|^\[/?[a-z_]+( [a-z_-]+=[\"'”“][^\"'”“]*[\"'”“])*\s*\]$",
        0.95,
        12,
        "template or CMS artefact",
    ),
    _p(
        "end-label",
        r"^(tags|topics|related topics|read also|also read|read more|see also|more news|more stories|more on this( story)?|related|related (articles|stories|news|content|posts)|editors'? picks|most (read|popular|viewed)|latest( news)?|top stories|news ?feed|recommended( for you)?|trending( now)?|you (may|might) (also )?(like|be interested in|have missed)|comments?|\d+ comments?|comments? \(\d+\)|what to read next|(recent|latest|popular|related) (posts|articles|stories)|back to top( button)?|post navigation|more from [\w&' -]{2,30}|(previous|next|prev|older|newer) (post|article|story|entry)s?|table of contents|contents|in this (article|story))\s*:?$",
        0.93,
        6,
        "end-of-article section label",
    ),
    _p(
        "author-label",
        r"^(about the (author|writer|reporter)|author bio(graphy)?)\s*:?$",
        0.93,
        4,
        "label of the author's biography",
    ),
    _p(
        "label",
        r"^(share( this( article| story| post)?)?|follow us|opinion|exclusive|updated|review|analysis|breaking( news)?|live|video|photos?|gallery|sponsored( content)?|advertisement|ad|promoted|story continues below( advertisement)?|newsletter|sections|menu|search|"
        r"ok|okay|got it|i agree|accept( all)?|reject( all)?|dismiss|close|no,? thanks|loading\W*|load more|show more|view all( (posts|articles|stories))?( by [\w .'-]{2,40})?|continue reading|like this|like loading\W*|sign in|sign out|log ?in|log out|register|my account|"
        r"(print|e-?mail|share|save|bookmark|download) (this )?(page|article|story|post)|(font|text) size\b.{0,12}|"
        r"report an? (error|typo|mistake)|suggest a correction|(click to )?rate this (article|story|post)!?|spread the love|click here( to [\w ]{1,30})?|"
        r"advertisement\s*[-–—:|]\s*(continue reading|story continues|scroll to continue)( below)?|scroll to continue( with content)?|"
        r"recommended by \w+|show comments)\s*:?$",
        0.93,
        6,
        "section label or button",
    ),
    _p(
        "see-also",
        r"^\W*(see also|read also|also read|read more( about)?|more about|related( story| stories| article)?|more( on this( story)?)?|recommended|further reading|don'?t miss|must read|top story)\s*[:\-–—|»>]+\s*\S.*$",
        0.92,
        30,
        "link to another story",
    ),
    _p(
        "nav",
        r"^\W*(previous|next|prev|older|newer) (post|article|story|entry|news)\s*[:\-–—|»>«<]+\s*\S[^.!?]*$",
        0.93,
        25,
        "link to the previous or next story",
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
        "posted",
        rf"^(posted|published|updated|last updated|first published|last modified|modified)\b[^.!?]{{0,60}}(\d|\bago\b|\bby\b|\b({_MONTHS})\b)([^.!?]|[ap]\.m\.)*$",
        0.9,
        14,
        "date and author of the post",
    ),
    _p(
        "taxonomy",
        r"^(posted in|filed (in|under)|tagged( with| as)?|(categor(y|ies)|tags?|topics?|keywords?|labels?)\s*[:|])\s*[^.!?\s][^.!?]*$",
        0.93,
        25,
        "category or tag list",
    ),
    _p(
        "newsletter",
        r"(\bsubscribe\b|newsletter|\bsign(ing)? ?up\b|enter (your|correct) e-?mail|e-?mail address|^your e-?mail\s*\*?$|indicates required|successfu?l+y subscribed|confirmation e-?mail|unsubscribe|in your inbox|delivered to your inbox|don'?t miss (a|any|another) (story|thing|update)|join [\d,.]+k? (other )?(readers|subscribers)|stories you need to read|straight to your inbox|to your inbox|by signing up|privacy policy|terms of (use|service)|recaptcha|never share your e-?mail|sign me up|^[\w.+-]+@[\w-]+\.[\w.]+$|^get the .{0,40}(briefing|newsletter)$|^(the|our) .{0,40}(briefing|newsletter)\b.{0,30}$)",
        0.9,
        25,
        "newsletter sign-up",
        by_word=True,
    ),
    _p(
        "cookies",
        r"\bcookies?\b.{0,80}\b(experience|website|site|browser|consent|accept|settings|preferences|continue)\b|^(accept|reject|allow|manage|necessary)( all| only)?( cookies)?$|^cookie (policy|settings|preferences|notice|consent)$",
        0.9,
        45,
        "cookie notice",
        by_word=True,
    ),
    _p(
        "membership",
        r"(become a (member|subscriber|supporter|patron)|gift (a )?membership|support (our|independent|quality) (journalism|reporting)|funded by (our )?readers|financial contribution|fund our mission|keep our (journalism|reporting)|[\d,]+ new members|help us (get|find|reach)|our supporters|\d[\d,]* supporters|^donate( now)?$|make a donation|readers like you|every contribution|powers our journalism|we rely on (your|readers'?) support|give [$€£]?\d+ today|^(contribute|support us|join today|subscribe now)$|costs money|(visa|mastercard|americanexpress|paypal)( \w+){0,3}$|paywall|already a (member|subscriber)|log ?in to (continue|read)|please consider (a donation|donating|supporting|subscribing|becoming)|if you (value|appreciate|enjoy) (it|this|our))",
        0.9,
        60,
        "membership or donation appeal",
        by_word=True,
    ),
    _p(
        "byline",
        r"^by\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}((\s*(,|and|&)\s*[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3})*)?(\s*[,|•·-]?\s*("
        + _MONTHS
        + r"|\d|updated|published|staff|reporter|correspondent).*)?$"
        r"|^by\s+@?[a-z][\w.-]*$",
        0.9,
        22,
        "byline",
    ),
    _p(
        "reporter",
        r"^(reporter|correspondent|written by|posted by|author|editor|text|words|translated by|translator|translation)\s*[:|]?\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,2}(\s*[/|]\s*(photos?|pictures?|images?)\s*:\s*\S.*)?$"
        r"|^(contributor|contributing writer|staff writer|staff reporter|columnist|guest (author|writer|columnist))$"
        r"|^(reporting|writing|editing|additional reporting|compiled|produced) by [A-Z][^.!?]*$",
        0.9,
        20,
        "byline",
    ),
    _p(
        "breadcrumb",
        r"^((you are here|home|homepage|home page|main page|front page)\s*[:»>›|/]\s*)+\S.*$|^[^.!?»>›]{1,40}(\s+[»›]\s+[^.!?»>›]{1,60}){2,}$",
        0.93,
        20,
        "breadcrumb trail",
    ),
    _p(
        "menu",
        r"^[^\W\d_][^|·•/.!?]{0,30}(\s+[|·•/]\s+[^\W\d_][^|·•/.!?]{0,30}){2,}$",
        0.9,
        24,
        "menu or list of links",
    ),
    _p(
        "script",
        r"(\bfunction\s*\(|\bvar\s+\w+(\s*,\s*\w+)*\s*[=;,]|\bdocument\.\w+|\bwindow\.\w+|\.(getElementsByTagName|getElementById|createElement|insertBefore|appendChild|addEventListener)\s*\(|\.src\s*=|^\s*[{}()\[\];]+\s*$|^\s*\}\s*\(.*\)\s*\)?\s*;?\s*$"
        r"|[A-Za-z_$][\w$.]*\((?:[^()]|\([^()]*\))*\)\s*\)?\s*;\s*$|^\s*(let|const)\s+\w+\s*=|=>\s*\{|</?(script|div|span|iframe|noscript)\b)",
        0.93,
        20,
        "script code",
    ),
    _p(
        "audio",
        r"(this (audio|article|summary) (is|was) (created|generated|produced)( with| using| by)? ai|ai assistance|listen to (this|the) (article|story)|audio version|\d+ min(ute)?s? (read|listen)|reading time\s*:?\s*\d|text to speech|(translated|rewritten|written|generated) (automatically|by (an )?(ai|artificial intelligence)))",
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
        r"(leave a (reply|comment)|your e-?mail address will not be published|required fields are marked|save my name,? e-?mail|^post (a )?comment|^(name|e-?mail|website|comment)\s*\*?$|log ?in to comment|^join the (conversation|discussion)|^add a comment|cancel reply|comments are closed)",
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
        rf"(share on (facebook|twitter|x|linkedin|whatsapp)|follow us on|join (us|our( \w+)?) (on|channel|group|community)|our telegram|download (our|the) ([\w-]+ ){{0,2}}app\b|get (our|the) ([\w-]+ ){{0,2}}app\b|\bt\.me/\S|^\d[\d,.]*k?\s+(shares?|views?|likes?)$|^(({_SHARE})\s*[|·•,/]?\s*)+$)",
        0.93,
        12,
        "social media buttons",
        by_word=True,
    ),
    _p(
        "disclaimer",
        r"^disclaimer\s*:|the (views|opinions) expressed (here |in (this|these|the) \w+ )?are (those of )?(the author|their authors|the writer)|do not (necessarily )?reflect the (views|position|opinion)",
        0.9,
        40,
        "disclaimer",
    ),
    _p(
        "hashtags",
        r"^(#[^\W\d_][\w-]*[\s,]*){2,}$",
        0.93,
        15,
        "hashtag line",
    ),
    _p(
        "placeholder",
        r"^\[?(image|photo|picture|illustration|thumbnail|featured image|video|graphic|map|chart|embedded (video|content|tweet|post))( placeholder| not (found|available))?\]?$|^(image )?placeholder( image)?$|^\[(image|photo|picture|video|embed|graphic|map|chart)\s*:[^\]]*\]$",
        0.93,
        10,
        "image placeholder",
    ),
    _p(
        "caption",
        r"\((photo|photograph|image|picture|illustration|source)?\s*:?\s*[^()]*(/\s*(afp|reuters|ap|epa|getty|anadolu|tass|xinhua|efe)|via getty images|getty images|ap photo|reuters|shutterstock|/ ?[a-z]+ photo)[^()]*\)\s*\.?$"
        r"|^(photo|image|picture|illustration|featured image|cover image|main image|lead image|header image)s?(\s+(credits?|source|by|courtesy))?\s*:\s*\S"
        r"|^(photo|image|picture)s?\s+(credits?|courtesy|by)\s+((of\s+)?(?-i:[A-Z@©])|[^,.;:!?]*$)|illustrative (purposes|photo)",
        0.85,
        60,
        "photo caption or credit",
    ),
)

_SURE_IN_PROSE = frozenset({"copyright", "caption", "comment-form", "audio"})
_BULLET = re.compile(r"^\s*[•·▪►»‣◦]\s*\S")
_TERMINAL_END = re.compile(r"[.!?…]['\"”’)\]]*$")
# the reader, spoken to: a box or button, not an article's third-person sentence
_READER = re.compile(r"\b(you|your|yours|yourself|we|our|us|i|me|my)\b", re.IGNORECASE)
_YOU = re.compile(r"\b(you|your)\b", re.IGNORECASE)
_IMPERATIVE = re.compile(  # at the start of the line or of one of its sentences
    r"(?:^|[.!?:—–]\s+)\W*(sign|subscribe|join|follow|get|enter|click|tap|share|support|become|donate|read|watch|"
    r"listen|download|like|don'?t|never|stay|receive|register|log|create|give|help|contribute|"
    r"check|visit|discover|try|accept|allow|manage|agree|gift|go|start|claim|unlock)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\b(said|says|told|tells|added|according to|announced|reported)\b", re.IGNORECASE)
# the small print of a sign-up or cookie box, which no article sentence says
_UNMISTAKABLE = re.compile(
    r"recaptcha|terms\sof\s(use|service)\sapply|indicates\srequired|successfu?l+y\ssubscribed|"
    r"confirmation e-?mail|delivered to your inbox|this (site|website) uses cookies",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s*[|·•,/]\s*|\s+")


def _words(line: str) -> list[str]:
    return line.split()


def word_count(line: str) -> int:
    """Words in a line as the spacing fixes leave it: a doubled word counts once, "Monday.The"
    twice and a lone "," not at all, so a line is judged the same before and after them."""
    words = [w.lower() for w in WORD_CHARACTERS.findall(line)]
    return sum(1 for i, w in enumerate(words) if i == 0 or w != words[i - 1])


_SOURCE_CREDIT = re.compile(r"^(source|sources|via)\s*:\s*[^.!?]*[^.!?,;:\s]$", re.IGNORECASE)


def is_source_credit(line: str) -> bool:
    """ "Source: Xinhua" under a story is its attribution, which an editor keeps (the real
    pages' keys count it as body), even inside the page's furniture."""
    return word_count(line) <= 6 and bool(_SOURCE_CREDIT.match(line.strip()))


def is_date_or_time(line: str) -> bool:
    """A line made only of dates, weekdays and clock times, as feeds and datelines print them."""
    words = [w.strip(",.|·•-–—:()") for w in _words(line)]
    words = [w for w in words if w]
    return bool(words) and len(words) <= 8 and all(_DATE_WORD.match(w) for w in words)


def is_prose(line: str) -> bool:
    """A full sentence or more: many words, ending like a sentence."""
    return len(_words(line)) >= 10 and bool(_TERMINAL_END.search(line.strip()))


def ends_like_a_sentence(line: str) -> bool:
    return bool(_TERMINAL_END.search(line.strip()))


def speaks_to_the_reader(line: str) -> bool:
    """A box or button addresses the reader ("sign up", "your email", "our newsletter");
    an article line about a newsletter reports it, in the third person or in a quotation."""
    if QUOTED.search(line) or line.lstrip()[:1] in '“"«„' or _REPORTED.search(line):
        return False
    return bool(_READER.search(line) or _IMPERATIVE.search(line))


def is_section_menu(line: str) -> bool:
    """A line made only of site sections: a menu ("News Politics Business Sport") or a
    kicker above the headline ("Asia Pacific")."""
    words = [w for w in _SEPARATORS.split(line.strip().lower()) if w]
    if not words or len(words) > 14:
        return False
    known = 0
    position = 0
    while position < len(words):
        pair = " ".join(words[position : position + 2])
        if pair in SECTION_NAMES:
            known, position = known + 1, position + 2
        elif words[position] in SECTION_NAMES:
            known, position = known + 1, position + 1
        else:
            return False
    return known > 0


def judge_line(line: str) -> tuple[float, str, str]:
    """Chrome confidence of one line seen alone, with the rule and reason."""
    stripped = line.strip()
    if not stripped:
        return 0.0, "", ""
    if is_date_or_time(stripped):
        return 0.95, "timestamp", "date or time stamp"
    words = word_count(stripped)
    for pattern in PATTERNS:
        if words <= pattern.max_words and pattern.regex.search(stripped):
            if (
                pattern.by_word
                and words >= 6
                and not speaks_to_the_reader(stripped)
                and not _UNMISTAKABLE.search(stripped)
            ):
                # a headline or a sentence about a newsletter, not the sign-up box itself: the
                # block rules still take it inside a box of chrome
                continue
            spoken_to = pattern.by_word and _YOU.search(stripped) and speaks_to_the_reader(stripped)
            if words > 25 and pattern.rule not in _SURE_IN_PROSE and is_prose(stripped) and not spoken_to:
                # an article sentence may mention members or a newsletter: review, not removal
                return 0.7, pattern.rule, pattern.reason + ", in a long sentence"
            return pattern.confidence, pattern.rule, pattern.reason
    if is_section_menu(stripped):
        several = len(_SEPARATORS.split(stripped)) >= 3
        # a menu line is sure; one or two section words may be a subhead, unless the page says otherwise
        return (0.9, "menu", "menu of site sections") if several else (0.6, "section", "site section name")
    if _BULLET.match(line):
        return 0.6, "bullet-link", "bulleted link"
    return 0.0, "", ""
