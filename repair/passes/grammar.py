"""The grammar pass: a grammar checker's findings as Proposals that never touch names.

The backend (Harper by default, LanguageTool when configured) lints the article one
paragraph at a time, skipping lines an earlier pass removes as page chrome. Each finding
becomes a grammar, spelling, punctuation or style proposal whose confidence is the
measured precision of its rule category (repair/grammar/confidence.json). Names are
safe three ways: dictionary lints on the article's names and the gazetteer's words are
dropped (Harper also knows the gazetteer's words from the start), no proposal falls
inside a span the names pass recognised, and no proposal changes a capitalised word that is known (elsewhere in the article, in
the gazetteer) or sits inside a sentence, where it is a name far more often than a typo.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from repair.config import Config
from repair.document import Document, continues_previous_line
from repair.edits import Proposal, Span, make_proposal
from repair.grammar import Backend, Finding, Fix, make_backend
from repair.grammar.categories import ConfidenceTable, kind_for, load_table
from repair.grammar.lexicon import (
    Lexicon,
    gazetteer_files,
    gazetteer_knows,
    load_lexicon,
    strip_possessive,
    words_of,
)
from repair.grammar.settings import GrammarSettings
from repair.passes.context import PassContext

# Earlier proposals of these kinds rewrite or remove the text under them: a grammar
# proposal overlapping one would fix text that is about to change.
_REWRITTEN = frozenset({"chrome", "encoding", "name", "structure"})
_OPENERS = "\"'“‘([«"
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_ABBREVIATION = re.compile(r"\.[^\W\d_]")  # right after a flagged letter: "a.m.", "U.S."


class GrammarPass:
    name = "grammar"

    def __init__(
        self, config: Config, backend: Backend | None = None, table: ConfidenceTable | None = None
    ) -> None:
        self.config = config
        self.settings = GrammarSettings.from_config(config)
        self._gazetteers = gazetteer_files(config.gazetteers)
        if backend is None:
            lexicon = self.lexicon
            backend = make_backend(
                config.grammar, self.settings, config.lt_server, lexicon.words | lexicon.particles
            )
        self.backend = backend
        self.table = table or load_table()

    @property
    def lexicon(self) -> Lexicon:
        return load_lexicon(self._gazetteers)

    def run(self, doc: Document, context: PassContext) -> list[Proposal]:
        return [proposal for _, proposal in self.propose(doc, context)]

    def propose(self, doc: Document, context: PassContext) -> list[tuple[str, Proposal]]:
        """Each proposal with its rule category as "backend.Category" (for calibration)."""
        run = self.begin(doc, context)
        run.take(self.backend.check(doc.text, run.units))
        return run.result()

    def begin(self, doc: Document, context: PassContext) -> GrammarRun:
        """The pass on one article, ready to take the backend's findings (all at once, or
        paragraph by paragraph as the review app receives them)."""
        return GrammarRun(self, doc, context)

    def _propose(self, finding: Finding, text: str, article: _ArticleWords) -> Proposal | None:
        backend = finding.rule.partition(".")[0]
        if not self.settings.rule_on(finding.rule):
            return None
        if not self.settings.category_on(backend, finding.category, finding.kind):
            return None
        own_guard = finding.rule == "repair.MidSentenceCapital"  # it checks names itself
        fixes = [
            f
            for f in finding.fixes
            if _quotes(text[f.start : f.end]) != _quotes(f.text)
            and (own_guard or not article.breaks_name(f, strict=finding.kind == "spelling"))
        ]
        if not fixes:
            return None
        if finding.rule.partition(".")[2] in DICTIONARY_RULES:
            fixes = spelling_fixes(text, finding, fixes)
            if not fixes:
                return None
        else:
            fixes = ranked(text, fixes)
        best = fixes[0]
        confidence = self.table.confidence(backend, finding.category)
        stats = self.table.stats.get(backend, {}).get(finding.category)
        measured = (
            f"{backend} {finding.category}: precision {stats.precision:.2f} measured on {stats.tp + stats.fp} proposals"
            if stats
            else f"{backend} {finding.category}: not measured, so never automatic"
        )
        return make_proposal(
            text,
            best.start,
            best.end,
            best.text,
            kind=finding.kind,
            rule=finding.rule,
            confidence=confidence,
            reason=" ".join(finding.message.split()),
            evidence=(f"{finding.rule}: {finding.message}", measured),
            alternatives=[f.text for f in fixes[1:] if (f.start, f.end) == (best.start, best.end)],
        )

    def _house_style(self, text: str, lexicon: Lexicon, rewritten: list[Span]) -> list[Proposal]:
        rules = {**lexicon.variants, **self.settings.house_style}
        if not rules or not self.settings.category_on("repair", "HouseStyle", "style"):
            return []
        pattern = _house_pattern(tuple(sorted(rules, key=lambda r: (-len(r), r))))
        proposals = []
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end())
            preferred = rules[match.group(1)]
            if any(span.overlaps(s) for s in rewritten):
                continue
            proposals.append(
                make_proposal(
                    text,
                    span.start,
                    span.end,
                    preferred,
                    kind="style",
                    rule="repair.HouseStyle",
                    confidence=self.table.confidence("repair", "HouseStyle"),
                    reason=f"house style: {preferred}, not {match.group(1)}",
                    evidence=(f"house style rule {match.group(1)} -> {preferred}",),
                )
            )
        return proposals


class GrammarRun:
    """The grammar pass on one article. What needs no backend (the article's words, its
    capitals, house style) is done at once; ``take`` turns findings into proposals as they
    come, and ``result`` is the same whichever order and groups they came in."""

    def __init__(self, grammar: GrammarPass, doc: Document, context: PassContext) -> None:
        self.grammar = grammar
        self.backend = grammar.backend
        self.doc = doc
        self.context = context
        self.units = lint_units(doc, context.earlier)
        lexicon = grammar.lexicon
        self.article = _ArticleWords(doc, context, lexicon, grammar.config.gazetteers)
        self._earlier = {(p.span, p.replacement) for p in context.earlier}
        self._rewritten = [p.span for p in context.earlier if p.kind in _REWRITTEN]
        self._broken = broken_line_starts(doc)
        self._taken: list[tuple[Finding, tuple[str, Proposal] | None]] = []
        self._own = [(f, self._proposal(f)) for f in capital_findings(doc, self.article)]
        self._house = [
            ("repair.HouseStyle", p) for p in grammar._house_style(doc.text, lexicon, self._rewritten)
        ]

    def take(self, findings: Iterable[Finding]) -> None:
        """The backend's findings for some of ``units``."""
        for finding in findings:
            if not self.article.flags_known_word(finding):
                self._taken.append((finding, self._proposal(finding)))

    def result(self) -> list[tuple[str, Proposal]]:
        """The proposals with their categories: the backend's findings in place order,
        then the pass's own capitals, then house style. The findings so far become
        ``context.notes["grammar.lints"]`` (in that order) for the detector."""
        ordered = sorted(self._taken, key=lambda pair: _place(pair[0]))
        found = [*ordered, *self._own]
        self.context.notes["grammar.lints"] = [finding.to_note() for finding, _ in found]
        return [pair for _, pair in found if pair is not None] + self._house

    def _proposal(self, finding: Finding) -> tuple[str, Proposal] | None:
        text = self.doc.text
        if finding.start in self._broken or _ABBREVIATION.match(text, finding.end):
            return None  # a sentence cut by a paragraph break; a letter of "a.m." or "U.S."
        proposal = self.grammar._propose(finding, text, self.article)
        if proposal is None or (proposal.span, proposal.replacement) in self._earlier:
            return None
        if self.context.is_protected(proposal.span) or any(
            _touches(proposal.span, s) for s in self._rewritten
        ):
            return None
        return f"{finding.rule.partition('.')[0]}.{finding.category}", proposal


def _place(finding: Finding) -> tuple[int, int, str]:
    """The order backends give findings in (Harper's and LanguageTool's ``check`` sort so)."""
    return finding.start, finding.end, finding.rule


@lru_cache(maxsize=8)
def _house_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``forms`` (longest first) as whole words."""
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


class _ArticleWords:
    """Which capitalised words of one article are names, for teaching and for guarding."""

    def __init__(
        self, doc: Document, context: PassContext, lexicon: Lexicon, user_gazetteers: Sequence[Path] = ()
    ) -> None:
        text = doc.text
        self.doc = doc
        self.sentence_starts = {s.start for s in doc.sentences} | {line.start for line in doc.lines}
        counts: Counter[str] = Counter()
        inside: Counter[str] = Counter()  # capitalised other than at a sentence start
        lower: Counter[str] = Counter()
        for match in _WORD.finditer(text):
            word = strip_possessive(match.group())
            if word[:1].isupper():
                counts[word] += 1
                if not self.opens_sentence(match.start()):
                    inside[word] += 1
            elif word.islower():
                lower[word] += 1
        recognised = {w for span in context.protected for w in words_of(text[span.start : span.end])}
        in_gazetteer = {w for w in counts if w in lexicon.words or gazetteer_knows(w, user_gazetteers)}
        repeated = {w for w, n in counts.items() if n >= 2 and w in inside}
        self.known = frozenset(w for w in recognised | in_gazetteer | repeated if w[:1].isupper())
        self.known_lower = frozenset(w.lower() for w in self.known if zipf_frequency(w, "en") < 4.0)
        self.inside = inside
        self.lower = lower  # words written in lower case, and how often
        # lowercase words of names, in this article and the gazetteer ("von", "al", "da")
        self.particles = frozenset(w for w in lower if w in lexicon.particles)

    def flags_known_word(self, finding: Finding) -> bool:
        """A dictionary checker calling a known name or name particle misspelt: not a
        finding at all (whether the backend was taught the word yet or not)."""
        if finding.rule.partition(".")[2] not in DICTIONARY_RULES:
            return False
        words = words_of(self.doc.text[finding.start : finding.end])
        return len(words) == 1 and (words[0] in self.known or words[0] in self.particles)

    def opens_sentence(self, start: int) -> bool:
        """True when the word at ``start`` is the first word of its sentence."""
        text = self.doc.text
        i = start
        while i > 0 and text[i - 1] in _OPENERS:
            i -= 1
        return i == 0 or i in self.sentence_starts

    def breaks_name(self, fix: Fix, strict: bool = False) -> bool:
        """True when ``fix`` changes a word that belongs to a name: a known name, a
        capitalised word inside a sentence, a name particle ("von", "al"), or a word
        hyphenated to a capitalised one ("el-Sisi", "Chan-ocha"). With ``strict``
        (spelling fixes), any capitalised word, even one opening a sentence."""
        if fix.start == fix.end:
            return False
        text = self.doc.text
        kept = set(words_of(fix.text))
        start, end = fix.start, fix.end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] in "'’-"):
            end += 1
        compound = text[start:end]
        hyphenated_name = "-" in compound and any(w[:1].isupper() for w in words_of(compound))
        for match in _WORD.finditer(compound):
            where = start + match.start()
            if where >= fix.end or where + len(match.group()) <= fix.start:
                continue  # a word beside the fix, not under it
            word = strip_possessive(match.group())
            if word in kept:
                continue
            if word in self.particles or hyphenated_name:
                return True
            if any(ch.isupper() for ch in word[1:]) or word.lower() in self.known_lower:
                return True  # "fIFA's", or a name lower-cased by damage ("orban's")
            if word[:1].isupper() and (
                strict or word in self.known or word.isupper() or not self.opens_sentence(where)
            ):
                return True
        return False


def _touches(a: Span, b: Span) -> bool:
    """Overlapping or adjacent: text right beside a mojibake or chrome fix is suspect too."""
    return a.start <= b.end and b.start <= a.end


def broken_line_starts(doc: Document) -> set[int]:
    """Starts of lines that continue the sentence of the last non-blank line before them
    across a blank line ("leaders" / "" / "since the war"): the structure pass rejoins
    them, so their lower-case first word is no sentence start to capitalise."""
    starts = set()
    previous: Span | None = None
    blank = False
    for line in doc.lines:
        content = doc.slice(line)
        if not content.strip():
            blank = True
            continue
        if previous is not None and blank and continues_previous_line(doc.slice(previous), content):
            starts.add(line.start + len(content) - len(content.lstrip()))
        previous, blank = line, False
    return starts


def lint_units(doc: Document, earlier: Iterable[Proposal] = ()) -> list[Span]:
    """Paragraph-sized stretches to lint: lines, joined where a line break splits a
    sentence; lines that an earlier pass removes as page chrome are left out."""
    chrome = [p.span for p in earlier if p.kind == "chrome"]
    units: list[Span] = []
    previous: Span | None = None
    for line in doc.lines:
        content = doc.slice(line)
        if not content.strip():
            previous = None
            continue
        if any(c.start <= line.start and line.end <= c.end for c in chrome):
            previous = None
            continue
        if previous is not None and units and continues_previous_line(doc.slice(previous), content):
            units[-1] = Span(units[-1].start, line.end)
        else:
            units.append(line)
        previous = line
    return units


# Dictionary spell checkers: a flagged word is one their dictionary lacks.
DICTIONARY_RULES = frozenset(
    {
        "SpellCheck",
        "MORFOLOGIK_RULE_EN_US",
        "MORFOLOGIK_RULE_EN_GB",
        "MORFOLOGIK_RULE_EN_AU",
        "MORFOLOGIK_RULE_EN_CA",
    }
)
# A word this common in English text (wordfreq's Zipf scale) is a word, not a typo, even
# when the checker's dictionary lacks it ("accommodative", "facto").
COMMON_WORD_ZIPF = 2.5


def spelling_fixes(text: str, finding: Finding, fixes: list[Fix]) -> list[Fix]:
    """A dictionary checker's suggestions worth proposing, best first: only one edit away
    from the flagged word (a typo is one slip; further suggestions are guesses), only for
    a word English does not commonly use; the flagged word's case first, then the
    commonest suggestion."""
    import jellyfish

    word = text[finding.start : finding.end]
    if zipf_frequency(word, "en") >= COMMON_WORD_ZIPF:
        return []
    near = [f for f in fixes if jellyfish.damerau_levenshtein_distance(word.lower(), f.text.lower()) == 1]
    lower = word[:1].islower()
    return sorted(near, key=lambda f: (f.text[:1].islower() != lower, -zipf_frequency(f.text, "en"), f.text))


def ranked(text: str, fixes: list[Fix]) -> list[Fix]:
    """Several suggestions for one word: the smallest change first, then the commonest
    result (Harper's own order among them can differ between runs: "showwed" got
    "shown, showed" or "showed, shown"). For a phrase ("to to" -> "to", "to do"), the
    backend's order, which knows the phrase."""
    import jellyfish

    if len(fixes) < 2 or not _WORD.fullmatch(text[fixes[0].start : fixes[0].end]):
        return fixes

    def key(fix: Fix) -> tuple:
        before = text[fix.start : fix.end]
        return (
            jellyfish.damerau_levenshtein_distance(before, fix.text),
            -zipf_frequency(fix.text, "en"),
            fix.start,
            fix.end,
            fix.text,
        )

    return sorted(fixes, key=key)


def _quotes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def capital_findings(doc: Document, article: _ArticleWords) -> list[Finding]:
    """A word capitalised inside a sentence ("the talks Were useful") that the article
    writes in lower case elsewhere, never capitalises elsewhere, and is no known name.
    (Word lists cannot tell "Were" from "Moscow": they fold case. The article can.)"""
    text = doc.text
    findings = []
    for sentence in doc.sentences:
        words = [t for t in sentence.tokens if t.is_word]
        for before, token, after in zip(words, words[1:], words[2:], strict=False):
            word = token.text
            if not (word.isalpha() and len(word) > 1 and word[0].isupper() and word[1:].islower()):
                continue
            if word in article.known or article.inside[word] > 1:
                continue
            if not (before.text.islower() and after.text.islower()) or text[before.end : token.start] != " ":
                continue
            if not article.lower[word.lower()]:
                continue
            findings.append(
                Finding(
                    start=token.start,
                    end=token.end,
                    rule="repair.MidSentenceCapital",
                    category="Capitalization",
                    kind=kind_for("repair", "Capitalization"),
                    message=f"`{word}` is capitalised inside a sentence",
                    fixes=(Fix(token.start, token.end, word.lower()),),
                )
            )
    return findings
