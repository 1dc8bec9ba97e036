"""The grammar pass: a grammar checker's findings as Proposals that never touch names.

The backend (Harper by default, LanguageTool when configured; repair/grammar/) lints the
article's paragraphs (runs of plain ones in one call), skipping lines an earlier pass
removes as page chrome.
Each finding's suggestions are ranked in context (repair/grammar/ranking.py), and its
confidence is the probability that the top one is right, estimated from the finding's own
signals (repair/grammar/confidence.py). Names are guarded by repair/grammar/guard.py: no
dictionary lint on a known name, no proposal inside a recognised name, no change to a
capitalised word that is known or sits inside a sentence. House style is
repair/grammar/house_style.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from wordfreq import zipf_frequency

from repair.config import Config
from repair.document import Document, Token, continues_previous_line
from repair.edits import Proposal, Span, make_proposal, stable_id
from repair.gazetteer.index import Gazetteer
from repair.grammar import Backend, Finding, Fix, lm_edits, make_backend, word_forms
from repair.grammar.auxiliary import auxiliary_findings, modal_is_noun
from repair.grammar.categories import kind_for
from repair.grammar.clause_commas import clause_comma_findings
from repair.grammar.confidence import UNMEASURED, FindingModel, describe, family, load_model
from repair.grammar.contractions import contraction_findings
from repair.grammar.counted import counted_plural_findings
from repair.grammar.final_stop import final_stop_findings
from repair.grammar.fronted_comma import fronted_clause_findings, fronted_comma_findings
from repair.grammar.guard import (
    ArticleWords,
    country_us,
    foreign_line,
    in_web_token,
    is_dictionary_rule,
    splits_compound,
    title_case,
)
from repair.grammar.house_style import house_style
from repair.grammar.irregular_past import irregular_past_findings
from repair.grammar.lexicon import Lexicon, lexicon_of
from repair.grammar.number import counted_plural, number_kept
from repair.grammar.parenthetical import parenthetical_findings
from repair.grammar.passive import passive_findings
from repair.grammar.quantifier_of import quantifier_of_findings
from repair.grammar.ranking import Ranked, context_fit, neighbours, one_slip_words, rank
from repair.grammar.settings import GrammarSettings
from repair.grammar.singular_subject import singular_subject_findings
from repair.grammar.stray_article import stray_article_findings
from repair.grammar.there_are import there_are_findings
from repair.grammar.word_forms import own_finding, word_form_findings
from repair.kinds import Effect, with_effect
from repair.passes.context import PassContext, PassResult
from repair.words import (
    APOSTROPHE_DROPPED,
    BARE_PLURAL_QUANTIFIERS,
    CLAUSE_OPENERS,
    CLAUSE_SUBJECTS,
    CLAUSE_WORDS,
    COMMON_DOUBLES,
    CONNECTIVE_MARKERS,
    CONTINUING_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    INTRODUCTORY_MARKERS,
    JOINING_WORDS,
    LETTERS,
    MONTH_LEADS,
    MONTH_PREPOSITIONS,
    MONTH_WORDS,
    NAME_CONNECTORS,
    NATIONALITY_THINGS,
    NATIONALITY_WORDS,
    OPINION_PHRASES,
    PHRASE_FOLLOWERS,
    PHRASE_PREPOSITIONS,
    PLURAL_QUANTIFIERS,
    ROLE_LINK_WORDS,
    SINGLING_DETERMINERS,
    SUBJECT_OPENERS,
    WORD_CHARACTERS,
    YOU_VERBS,
    Quotations,
    ends_abbreviation,
    wordset,
)

# Earlier proposals of these kinds rewrite or remove the text under them: a grammar
# proposal overlapping one would fix text that is about to change (repair/kinds.py).
_REWRITTEN = with_effect(Effect.REMOVES, Effect.REDECODES, Effect.REWRITES)
_ABBREVIATION = re.compile(r"\.[^\W\d_]")  # right after a flagged letter: "a.m.", "U.S."
_STOP_BEFORE = re.compile(r"(?:^|\s)([\w.]+)\.[ \t]+$")  # the word whose full stop is right before


@dataclass(frozen=True)
class Scored:
    """One proposal with its rule category and the signals its confidence came from."""

    category: str  # "harper.Spelling"
    proposal: Proposal
    signals: dict[str, float] = field(default_factory=dict)


class Preference(NamedTuple):
    """The suggestion the language model prefers, its confidence, and why; ``clear``
    False when another candidate fits nearly as well (then it caps the confidence)."""

    chosen: Ranked
    confidence: float
    why: str
    clear: bool = True


class GrammarPass:
    name = "grammar"

    def __init__(
        self,
        config: Config,
        backend: Backend | None = None,
        model: FindingModel | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        """``model``: the finding model (default: the shipped one; none shipped, every
        finding gets ``UNMEASURED`` confidence and goes to review). ``gazetteer``: the
        engine's loaded gazetteer, which the names pass reads too (default: loaded here)."""
        self.config = config
        self.settings = GrammarSettings.from_config(config)
        self._gazetteer = gazetteer
        if backend is None:
            lexicon = self.lexicon
            backend = make_backend(
                config.grammar, self.settings, config.lt_server, lexicon.words | lexicon.particles
            )
        self.backend = backend
        self.model = model if model is not None else load_model()

    @property
    def lexicon(self) -> Lexicon:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load(self.config.gazetteers)
        return lexicon_of(self._gazetteer)

    def run(self, doc: Document, context: PassContext) -> PassResult:
        return self._checked(doc, context).result()

    def propose(self, doc: Document, context: PassContext) -> list[tuple[str, Proposal]]:
        """Each proposal with its rule category as "backend.Category" (for calibration)."""
        return [(s.category, s.proposal) for s in self.score(doc, context)]

    def score(self, doc: Document, context: PassContext) -> list[Scored]:
        """Each proposal with its category and signals (for training the model)."""
        return self._checked(doc, context).scored()

    def begin(self, doc: Document, context: PassContext) -> GrammarRun:
        """The pass on one article, ready to take the backend's findings (all at once, or
        a few paragraphs at a time as the review app receives them): a StreamingPass
        (repair/passes/context.py)."""
        return GrammarRun(self, doc, context)

    def _checked(self, doc: Document, context: PassContext) -> GrammarRun:
        run = self.begin(doc, context)
        run.take(self.backend.check(doc.text, run.units))
        return run

    def _propose(self, finding: Finding, text: str, article: ArticleWords) -> Scored | None:
        backend = finding.rule.partition(".")[0]
        if not self.settings.rule_on(finding.rule):
            return None
        if not self.settings.category_on(backend, finding.category, finding.kind):
            return None
        own_guard = finding.rule == "repair.MidSentenceCapital"  # it checks names itself
        dictionary = is_dictionary_rule(finding.rule)
        opener = dictionary and article.misspelt_opener(finding.start, finding.end)
        fixes = [
            f
            for f in finding.fixes
            if _quotes(text[f.start : f.end]) != _quotes(f.text)
            and not splits_compound(text, f)
            and not spaced_dash(text, f)
            and (
                own_guard
                or not article.breaks_name(f, strict=finding.kind == "spelling")
                or (opener and opener_fix(text, f))
            )
        ]
        if fixes and dictionary:
            fixes = spelling_fixes(text, finding, fixes)
        if opener:
            fixes += opener_slips(text, finding, fixes)
        fixes, review_only = country_us(text, finding, fixes)
        split = run_together(text, finding, article)
        if split is not None:
            fixes = [split]  # "inorder": the checker's "disorder" misreads a lost space
        if not fixes:
            return None
        ranked = rank(text, finding, fixes, article.every)
        signals = describe(text, finding, ranked, article)
        if self.model is None:
            confidence, why = UNMEASURED, "no finding model shipped, so never automatic"
        else:
            confidence = self.model.probability(signals)
            strongest = ", ".join(self.model.strongest(signals))
            why = f"{family(finding)} finding, confidence {confidence:.2f} ({strongest})"
        preferred = None if split is not None else self._language_model(text, finding, ranked, article)
        if preferred is not None and (dictionary or finding.rule == lm_edits.RULE):
            preferred = _counted(text, preferred)
        far = dictionary and (
            ranked[0].distance > MAX_SPELLING_DISTANCE
            or (preferred is not None and preferred.chosen.distance > MAX_SPELLING_DISTANCE)
        )
        if split is None and (
            finding.rule == lm_edits.RULE or opener or far or self._rare_word(text, finding)
        ):
            # its own finding, a capitalised or rare word, a suggestion two slips away:
            # the language model's say alone
            if preferred is None:
                return None  # a word the article repeats: meant
            (chosen, confidence, why, _) = preferred
            ranked = [chosen, *(r for r in ranked if r is not chosen)]
        elif preferred is not None and (preferred.confidence > confidence or not preferred.clear):
            # the model's choice when it is surer; and its doubt when rivals fit as well
            (chosen, confidence, why, _) = preferred
            ranked = [chosen, *(r for r in ranked if r is not chosen)]
        best = ranked[0].fix
        if confidence < PARAGRAPH_CAPITAL and paragraph_capital(text, finding, best):
            confidence = PARAGRAPH_CAPITAL
            why = "a paragraph opens with a word English uses often, in lower case: the capital is the fix"
        elif confidence < PARAGRAPH_CAPITAL and split_compound(text, finding, best):
            confidence = PARAGRAPH_CAPITAL
            why = "a phrase the checker knows is written as two words, run together: the space is the fix"
        elif confidence < PARAGRAPH_CAPITAL and split is not None:
            confidence = PARAGRAPH_CAPITAL
            why = "two common words English writes as a pair, run together: the space is the fix"
        elif finding.rule in word_forms.RULES and confidence < word_forms.CONFIDENCE:
            confidence = word_forms.CONFIDENCE
            why = "a word form English writes one way only: the fix is that form"
        elif (
            finding.rule == "harper.PronounVerbAgreement"
            and confidence < word_forms.CONFIDENCE
            and word_forms.pronoun_agreement(text, best.start, best.end, best.text)
        ):
            confidence = word_forms.CONFIDENCE
            why = (
                "a pronoun opening a clause, and English pairs it with the -s form only: the fix is that form"
            )
        elif (
            finding.rule == "harper.AdjectiveDoubleDegree"
            and confidence < word_forms.CONFIDENCE
            and word_forms.double_degree(text, best.start, best.end, best.text)
        ):
            confidence = word_forms.CONFIDENCE
            why = "a comparative after `more` with no noun after it: the comparative alone is the fix"
        if (dictionary or finding.rule == lm_edits.RULE) and unsupported_slip(text, best):
            confidence = min(confidence, lm_edits.AMBIGUOUS)
            why = (
                f"`{best.text}` fits neither neighbour, and a slip that changes a first letter or"
                " turns a word English uses into another is seldom one: review only"
            )
        flagged = text[finding.start : finding.end]
        if (
            dictionary
            and british_variant(flagged, zipf_frequency(flagged, "en"))
            and best.text.lower() != _BRITISH_ENDING.sub(r"\1z\2", flagged.lower())
        ):
            confidence = min(confidence, UNMEASURED)
            why = f"`{flagged}` is a British spelling, not a slip for another word: review only"
        if review_only:
            confidence = min(confidence, UNMEASURED)
            why = "a lower-case 'us' after a possessive is the country: review only"
        elif family(finding) == "article" and confidence > UNMEASURED:
            confidence = UNMEASURED
            why = (
                f"{why}; but an indefinite article that does not fit its noun in translated news"
                " more often marks a noun swapped after the article was chosen: review only"
            )
        elif finding.rule == "harper.AdjectiveDoubleDegree" and not word_forms.double_degree(
            text, best.start, best.end, best.text
        ):
            confidence = min(confidence, UNMEASURED)
            why = f"{why}; but before a noun `more` may count it ('more older voters'): review only"
        elif finding.rule == "harper.Discuss" and word_forms.about_an_amount(text, finding.end):
            confidence = min(confidence, UNMEASURED)
            why = f"{why}; but `about` before an amount means approximately ('discussed about 30 plans'): review only"
        elif finding.rule == "harper.DoubleModal" and modal_is_noun(text, finding.start):
            confidence = min(confidence, UNMEASURED)
            why = f"{why}; but after a determiner the first modal is a noun ('a will must be signed'): review only"
        elif meant_double(text, best):
            confidence = min(confidence, UNMEASURED)
            why = f"{why}; but English doubles this word on purpose ('had had', 'that that'): review only"
        elif family(finding) != "repetition" and beside_doubled_word(text, finding):
            confidence = min(confidence, UNMEASURED)
            why = f"{why}; but a doubled word beside it misled the checker's reading: review only"
        if (dictionary or finding.rule == lm_edits.RULE) and _opens_line_in_lower_case(text, best):
            best = Fix(best.start, best.end, best.text[:1].upper() + best.text[1:])
        proposal = make_proposal(
            text,
            best.start,
            best.end,
            best.text,
            kind=finding.kind,
            rule=finding.rule,
            confidence=confidence,
            reason=" ".join(finding.message.split()),
            evidence=(f"{finding.rule}: {finding.message}", why),
            alternatives=[
                r.fix.text for r in ranked[1:] if (r.fix.start, r.fix.end) == (best.start, best.end)
            ],
        )
        return Scored(f"{backend}.{finding.category}", proposal, signals)

    @staticmethod
    def _rare_word(text: str, finding: Finding) -> bool:
        """A dictionary lint on a word English uses, rarely ("wich", "comming", "yong"):
        a slip only when the language model says so, never on the finding model's word."""
        if not is_dictionary_rule(finding.rule):
            return False
        return zipf_frequency(text[finding.start : finding.end], "en") >= COMMON_WORD_ZIPF

    def _language_model(
        self, text: str, finding: Finding, ranked: list[Ranked], article: ArticleWords
    ) -> Preference | None:
        """The suggestion the language model prefers (for a misspelling, any of them; else
        the top one), its confidence from the model's gain, and why; None for a phrase
        across a line, the last word of the text (a saved page cut mid-word), a
        "misspelling" of a common word, one the article writes more than once (a word the
        writer means), or one right after a capitalised word inside a sentence (a surname
        lower-cased after its first name)."""
        top = ranked[0].fix
        if "\n" in text[top.start : top.end] or "\n" in top.text or not text[finding.end :].strip():
            return None  # across a line; or the last word of a text cut off mid-word
        model = lm_edits.BigramModel()
        flagged = text[finding.start : finding.end]
        lm_family = lm_edits.family_of(finding.rule, is_dictionary_rule(finding.rule), flagged, model)
        if lm_family is None:
            return None
        options = [r for r in ranked if (r.fix.start, r.fix.end) == (top.start, top.end)]
        if lm_family != "grammar" and (
            (
                article.every.get(flagged.lower(), 0) > 1
                and not swapped_common_word(flagged, options)
                and not repeated_slip(flagged, options)
            )
            or article.after_capital(finding.start)
        ):
            return None  # meant; or a surname lower-cased after a first name ("Mia mottley")
        if lm_family == "grammar":
            options = options[:1]
        if lm_family != "grammar" and finding.rule == lm_edits.RULE:
            # its own finding carries its choice alone: weigh it against the same rivals
            offered = {r.fix.text.lower() for r in options}
            options += [
                Ranked(Fix(top.start, top.end, w), 0.0, 1, 0.0, 0.0, 0)
                for w in one_slip_words(flagged.lower())
                if w not in offered
            ]
        gains = [
            (lm_edits.replacement_gain(text, r.fix.start, r.fix.end, r.fix.text, model), r) for r in options
        ]
        gain, chosen = max(gains, key=lambda pair: pair[0])
        twin = chosen.fix.text.lower()  # the number the bigrams chose, when the writer typed the other
        if lm_family != "grammar":
            kept = number_kept(flagged, chosen, options)
            gain, chosen = next((g, r) for g, r in gains if r is kept)
        threshold = self.config.thresholds.get(finding.kind, 1.0)
        if not 0.0 < threshold < 1.0:
            return None
        doubled = [(g, r) for g, r in gains if lm_family != "grammar" and doubling_slip(flagged, r.fix.text)]
        if len(doubled) == 1 and doubled[0][0] >= 0.0:
            # "succesfull", "totaly": a letter doubled or not, the commonest slip of all,
            # whichever word one slip away the neighbours like better ("total")
            gain, chosen = doubled[0]
            confidence = max(lm_edits.confidence(gain, lm_family, threshold), CLASSIC_SLIP)
            return Preference(
                chosen,
                confidence,
                f"the language model prefers it by {gain:.1f} nats, and `{chosen.fix.text}` differs only"
                f" by a doubled letter, {_zipf_times(flagged, chosen.fix.text)} times commoner:"
                f" confidence {confidence:.2f}",
            )
        if lm_family != "grammar" and chosen.distance > MAX_SPELLING_DISTANCE:
            lm_family = "far"
        elif lm_family == "rare" and much_commoner(flagged, chosen.fix.text):
            lm_family = "spelling"  # a rare spelling of a word a thousand times commoner
        confidence = lm_edits.confidence(gain, lm_family, threshold)
        rival = max(
            (g for g, r in gains if r.fix.text.lower() not in (chosen.fix.text.lower(), twin)),
            default=float("-inf"),
        )
        if lm_family != "grammar" and gain - rival < lm_edits.RIVAL_GAP:
            # another word one slip away fits nearly as well ("salf": half, self, salt)
            confidence = min(confidence, lm_edits.AMBIGUOUS)
            return Preference(
                chosen,
                confidence,
                f"the language model prefers it by {gain:.1f} nats, but `{_rival(gains, chosen)}`"
                f" only {gain - rival:.1f} less: ambiguous, confidence {confidence:.2f}",
                clear=False,
            )
        if (
            lm_family != "grammar"
            and confidence < CLASSIC_SLIP
            and gain >= 0.0
            and (
                classic_slip(flagged, chosen.fix.text)
                # a sentence's misspelt first word ("Therfore"), no name: in lower case
                or (
                    article.misspelt_opener(finding.start, finding.end)
                    and chosen.fix.text[:1] == flagged[:1]
                    and classic_slip(flagged.lower(), chosen.fix.text.lower())
                )
            )
        ):
            confidence = CLASSIC_SLIP
            return Preference(
                chosen,
                confidence,
                f"the only common word one slip away, {_zipf_times(flagged, chosen.fix.text)} times"
                f" commoner, and it fits its neighbours no worse ({gain:.1f} nats): confidence {confidence:.2f}",
            )
        return Preference(
            chosen,
            confidence,
            f"the language model prefers it by {gain:.1f} nats, confidence {confidence:.2f}",
        )


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
        self.article = ArticleWords(doc, context, grammar.lexicon)
        self._earlier = {(p.span, p.replacement) for p in context.earlier}
        self._rewritten = [p.span for p in context.earlier if p.kind in _REWRITTEN]
        self._broken = broken_line_starts(doc)
        self._taken: list[tuple[Finding, Scored | None]] = []
        stops = stray_stop_findings(doc, self.units)
        # the word a stray stop would capitalise, or that this pass capitalises itself
        self._after_stray = {f.end + 1 if f.rule != SENTENCE_AFTER_STOP else f.start for f in stops}
        own = (
            *capital_findings(doc, self.article),
            *month_findings(doc, self.units),
            *nationality_findings(doc, self.units),
            *stops,
            *introductory_comma_findings(doc, self.units),
            *quantifier_plural_findings(doc, self.units),
            *apostrophe_findings(doc, self.units),
            *texting_findings(doc, self.units),
            *paragraph_start_findings(doc, self.units),
            *phrase_findings(doc, self.units),
            *word_form_findings(doc.text, self.units),
            *passive_findings(doc.text, self.units),
            *auxiliary_findings(doc.text, self.units),
            *counted_plural_findings(doc.text, self.units),
            *singular_subject_findings(doc.text, self.units),
            *final_stop_findings(doc.text, self.units, self._broken),
            *fronted_comma_findings(doc.text, self.units),
            *fronted_clause_findings(doc.text, self.units),
            *contraction_findings(doc.text, self.units),
            *stray_article_findings(doc.text, self.units),
            *clause_comma_findings(doc.text, self.units),
            *irregular_past_findings(doc.text, self.units),
            *parenthetical_findings(doc.text, self.units),
            *there_are_findings(doc.text, self.units),
            *quantifier_of_findings(doc.text, self.units),
        )
        self._own = [(f, self._proposal(f)) for f in own]
        self._model_edits = [(f, self._proposal(f)) for f in language_model_findings(doc, self.units)]
        self._house: list[Scored] = []
        if grammar.settings.category_on("repair", "HouseStyle", "style"):
            self._house = [
                Scored("repair.HouseStyle", p)
                for p in house_style(doc.text, grammar.settings.house_style, self._rewritten)
            ]

    def take(self, findings: Iterable[Finding]) -> None:
        """The backend's findings for some of ``units``."""
        for finding in findings:
            if not self.article.flags_known_word(finding):
                self._taken.append((finding, self._proposal(finding)))

    def result(self) -> PassResult:
        """The proposals so far (the backend's findings in place order, then the pass's own
        capitals, then house style), and the findings so far in the same order, for the
        detector."""
        found = self._found()
        return PassResult(
            proposals=[s.proposal for s in self._scored(found)],
            findings=[finding.to_note() for finding, _ in found],
        )

    def scored(self) -> list[Scored]:
        """``result``'s proposals with each one's category and signals."""
        return self._scored(self._found())

    def _found(self) -> list[tuple[Finding, Scored | None]]:
        """The backend's findings, the capitals, then the language model's edits of words
        no other finding is about (the backend's finding there was judged with the model),
        or that only a grammar rule's less confident guess is about ("untill": the model's
        "until", not a rule's "distill"; that finding stays, without its proposal)."""
        taken = sorted(self._taken, key=lambda pair: _place(pair[0]))
        # the checker's own capital or respelling of a paragraph's first word was judged
        # already; its comma after the word ("therefore, I") leaves the capital to this pass
        flagged = {f.start for f, _ in taken if f.category != "Punctuation"}
        own_found = [(f, s) for f, s in self._own if f.rule != PARAGRAPH_START or f.start not in flagged]
        own = [Span(f.start, f.end) for f, _ in own_found]
        alone = []
        for f, s in self._model_edits:
            span = Span(f.start, f.end)
            if any(_touches(span, g) for g in own):
                continue
            rivals = [i for i, (g, _) in enumerate(taken) if _touches(span, Span(g.start, g.end))]
            if rivals and all(_capital_of(self.doc.text, f, taken[i][0]) for i in rivals):
                # "becase if": the checker's capital for a misspelt first word; the model's
                # word takes the capital
                for i in rivals:
                    taken[i] = (taken[i][0], None)
                alone.append((f, _capitalised(self.doc.text, s)))
                continue
            if rivals and not _outguesses(s, [taken[i] for i in rivals]):
                continue
            for i in rivals:
                taken[i] = (taken[i][0], None)
            alone.append((f, s))
        return [*taken, *own_found, *alone]

    def _scored(self, found: list[tuple[Finding, Scored | None]]) -> list[Scored]:
        return [s for _, s in found if s is not None] + self._house

    def _proposal(self, finding: Finding) -> Scored | None:
        text = self.doc.text
        if finding.start in self._broken or _ABBREVIATION.match(text, finding.end):
            return None  # a sentence cut by a paragraph break; a letter of "a.m." or "U.S."
        if in_web_token(text, finding.start):
            return None
        if finding.category == "Capitalization" and not finding.rule.startswith("repair."):
            stop = _STOP_BEFORE.search(text, max(0, finding.start - 30), finding.start)
            if stop and ends_abbreviation(stop.group(1)):
                return None  # "Ferdinand Marcos Jr. said": the stop is the abbreviation's
        line = _line_of(text, finding.start)
        if foreign_line(line) or (finding.category == "Capitalization" and title_case(line)):
            return None  # an untranslated caption; a headline in title case
        if (
            finding.category == "Capitalization"
            and finding.start in self._after_stray
            and not finding.rule.startswith("repair.")
        ):
            return None  # the stop before it is stray (removing it is the fix), or this pass's own
        scored = self.grammar._propose(finding, text, self.article)
        if scored is None:
            return None
        proposal = scored.proposal
        if (proposal.span, proposal.replacement) in self._earlier:
            return None
        if self.context.is_protected(proposal.span) or any(
            _touches(proposal.span, s) for s in self._rewritten
        ):
            return None
        return scored


def _opens_line_in_lower_case(text: str, fix: Fix) -> bool:
    """``fix`` respells a lower-case word that opens a line ("becase the road"), into a
    lower-case word: the line's capital is the word's too."""
    line_start = fix.start == 0 or text[fix.start - 1] == "\n"
    return line_start and text[fix.start : fix.start + 1].islower() and fix.text[:1].islower()


def _capital_of(text: str, model_edit: Finding, rival: Finding) -> bool:
    """``rival`` only capitalises the word the language model's ``model_edit`` respells."""
    word = text[model_edit.start : model_edit.end]
    return (
        rival.category == "Capitalization"
        and (rival.start, rival.end) == (model_edit.start, model_edit.end)
        and [f.text for f in rival.fixes] == [word[:1].upper() + word[1:]]
    )


def _capitalised(text: str, scored: Scored | None) -> Scored | None:
    """The language model's respelling with the capital of the sentence it opens."""
    if scored is None:
        return None
    old = scored.proposal
    word = old.replacement[:1].upper() + old.replacement[1:]
    proposal = replace(
        old,
        replacement=word,
        reason=f"{old.reason}; it opens a sentence: capitalised",
        id=stable_id(text, old.span, old.kind, word),
    )
    return replace(scored, proposal=proposal)


def _outguesses(model_edit: Scored | None, rivals: list[tuple[Finding, Scored | None]]) -> bool:
    """The language model's own edit of a word is surer than every grammar rule's
    proposal about it (a dictionary's finding there was already judged with the model)."""
    if model_edit is None:
        return False
    return all(
        not is_dictionary_rule(finding.rule)
        and finding.category != "Capitalization"  # a capital is no guess at the word
        and (scored is None or scored.proposal.confidence < model_edit.proposal.confidence)
        for finding, scored in rivals
    )


def _counted(text: str, preferred: Preference) -> Preference:
    """A misspelling after a word that counts plurals ("those palce") is fixed into the
    plural ("places") when English writes that word with the plural and never with the
    singular; the language model judged the slip, not the number."""
    from repair.detect.lexicon import lexicon

    fix = preferred.chosen.fix
    before, _ = neighbours(text, fix.start, fix.end)
    if before.lower() not in PLURAL_QUANTIFIERS:
        return preferred
    plural = counted_plural(lexicon(), before.lower(), fix.text)
    if plural is None:
        return preferred
    chosen = replace(preferred.chosen, fix=Fix(fix.start, fix.end, plural))
    return preferred._replace(chosen=chosen, why=f"{preferred.why}; `{before}` counts a plural: `{plural}`")


def _rival(gains: list[tuple[float, Ranked]], chosen: Ranked) -> str:
    others = [(g, r) for g, r in gains if r.fix.text.lower() != chosen.fix.text.lower()]
    return max(others, key=lambda pair: pair[0])[1].fix.text


def _line_of(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def _place(finding: Finding) -> tuple[int, int, str]:
    """The order backends give findings in (Harper's and LanguageTool's ``check`` sort so)."""
    return finding.start, finding.end, finding.rule


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


# A word this common in English text (wordfreq's Zipf scale) is a word, not a typo, even
# when the checker's dictionary lacks it ("accommodative", "facto"); one rarer than
# COMMON_WORD_ZIPF but this common is a slip only when the language model says so.
RARE_WORD_ZIPF = lm_edits.RARE_ZIPF
COMMON_WORD_ZIPF = 2.5
# A dictionary checker's suggestion further than this from the flagged word is a guess.
MAX_SPELLING_DISTANCE = 1
# ... except for a long word English never uses, whose suggestions this far are judged by
# the language model alone, at a larger margin (lm_edits.MARGINS["far"]).
FAR_SPELLING_DISTANCE = 2
FAR_MIN_LENGTH = 6


def spelling_fixes(text: str, finding: Finding, fixes: list[Fix]) -> list[Fix]:
    """A dictionary checker's suggestions worth proposing, with the common words one slip
    away that it missed: none for a word English commonly uses, and only those one slip
    from the flagged word (a typo is one slip; further suggestions are guesses)."""
    import jellyfish

    word = text[finding.start : finding.end]
    if zipf_frequency(word, "en") >= RARE_WORD_ZIPF:
        return []
    offered = {f.text for f in fixes}
    missed = [w for w in (*one_slip_words(word), *split_words(word)) if w not in offered]
    fixes = [*fixes, *(Fix(finding.start, finding.end, w) for w in missed)]
    by_distance = [(jellyfish.damerau_levenshtein_distance(word.lower(), f.text.lower()), f) for f in fixes]
    near = [f for d, f in by_distance if d <= MAX_SPELLING_DISTANCE or doubling_slip(word, f.text)]
    if near or not far_slip(word):
        return near
    return [f for d, f in by_distance if d <= FAR_SPELLING_DISTANCE]


def unsupported_slip(text: str, fix: Fix) -> bool:
    """A spelling fix the context does not support: the word it gives is never seen beside
    either neighbour (wordsegment's pairs), and it changes the first letter ("the crews
    bovest the storm" -> "forest") or the flagged word is one English uses (a real word
    into another).
    Typists seldom slip on a first letter, and the language model's gain there comes from
    the flagged word being unknown, not from the fix fitting."""
    original = text[fix.start : fix.end]
    if not (LETTERS.fullmatch(original) and LETTERS.fullmatch(fix.text)):
        return False
    before, after = neighbours(text, fix.start, fix.end)
    if not (before or after) or context_fit(before, fix.text, after) > UNSEEN_FIT:
        return False
    first_changed = len(original) <= len(fix.text) and original[:1].lower() != fix.text[:1].lower()
    return first_changed or zipf_frequency(original, "en") >= COMMON_WORD_ZIPF


# context_fit's value when the pairs list saw the word beside none of its neighbours
UNSEEN_FIT = -2.0


# Both halves of a split must be this common ("in many", "hard work").
SPLIT_ZIPF = 4.0


_DASHES = "—–"


def spaced_dash(text: str, fix: Fix) -> bool:
    """``fix`` takes away the space before or after a dash: a spaced dash is house style
    (AP's datelines "OSLO, Norway —", the Guardian's "a vote – and a test"), no slip."""
    if fix.text or not text[fix.start : fix.end].isspace():
        return False
    return text[fix.end : fix.end + 1] in _DASHES or text[fix.start - 1 : fix.start] in _DASHES


def split_words(word: str) -> list[str]:
    """Two common words a missing space ran together, for a lower-case word English text
    never uses ("inmany" -> "in many"; "drugmaker", a word news uses, is never split)."""
    if not word.isalpha() or not word.islower() or zipf_frequency(word, "en") > 0.0:
        return []
    return [f"{word[:i]} {word[i:]}" for i in _common_halves(word) if i > 1 or word[:i] in ("a", "i")]


def _common_halves(word: str) -> list[int]:
    """Where ``word`` splits into two words English uses all the time (Zipf SPLIT_ZIPF)."""
    return [
        i
        for i in range(1, len(word))
        if min(zipf_frequency(word[:i], "en"), zipf_frequency(word[i:], "en")) >= SPLIT_ZIPF
    ]


# A word run together from two ("inorder") is rarer than this (wordfreq's Zipf scale) ...
RUN_TOGETHER_ZIPF = 3.0
# ... and English writes its two halves together this much likelier than chance (PMI,
# natural log, wordsegment's pairs: "in order" 2.4, "in fact" 2.4; "in come" is unseen)
RUN_TOGETHER_PMI = 1.5


def run_together(text: str, finding: Finding, article: ArticleWords) -> Fix | None:
    """The space back in a flagged word that two common words run together make
    ("inorder" -> "in order", "Infact" opening a sentence -> "In fact"), whatever the
    checker suggested: the word is rare, both halves are common (Zipf 4), and English
    writes them as a pair far likelier than chance; one such split only. Not a
    capitalised word inside a sentence (a name), nor one a slip from a common word
    ("togather" is "together", not "to gather")."""
    from repair.detect.lexicon import lexicon

    word = text[finding.start : finding.end]
    if not word.isalpha() or not word[1:].islower() or len(word) < 5:
        return None
    if finding.fixes and all(f.start == f.end for f in finding.fixes):
        return None  # a finding that inserts after the word ("Infact" takes a comma) is about something else
    if word[0].isupper() and not article.opens_sentence(finding.start):
        return None
    if zipf_frequency(word, "en") >= RUN_TOGETHER_ZIPF:
        return None
    counts = lexicon()
    lower = word.lower()
    if any(zipf_frequency(w, "en") >= SPLIT_ZIPF for w in one_slip_words(lower)):
        return None
    splits = []
    for i in _common_halves(lower):
        first, second = lower[:i], lower[i:]
        if not 2 <= i <= len(word) - 2:
            continue
        pair = counts.pair_association(first, second)
        if pair is not None and pair[1] and pair[0] >= RUN_TOGETHER_PMI:
            splits.append(f"{word[:i]} {word[i:]}")
    if len(splits) != 1:
        return None
    return Fix(finding.start, finding.end, splits[0])


def far_slip(word: str) -> bool:
    """A long lower-case word English text never uses ("sofisticated", "succesfull"): when
    no suggestion is one slip away, those two slips away are worth judging (by the
    language model alone)."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) >= FAR_MIN_LENGTH
        and zipf_frequency(word, "en") == 0.0
    )


# A paragraph's first word in lower case that English uses this often ("we", "some",
# "always") gets its capital at PARAGRAPH_CAPITAL confidence (automatic).
PARAGRAPH_WORD_ZIPF = 4.0
PARAGRAPH_CAPITAL = 0.9
# a word written twice ("many of of whom"), then up to one more word
_DOUBLED_BEFORE = re.compile(r"(?<![\w'’-])(\w+)[ \t]+\1[ \t]+(?:\w+[ \t]+)?$", re.IGNORECASE)
_DOUBLED_AFTER = re.compile(r"^[ \t]+(?:\w+[ \t]+)?(\w+)[ \t]+\1(?![\w'’-])", re.IGNORECASE)


_MEANT_DOUBLE = re.compile(r"(?<![\w'’-])(\w+)[ \t]+\1(?![\w'’-])", re.IGNORECASE)


def meant_double(text: str, fix: Fix) -> bool:
    """``fix`` takes one of a word written twice that edited English writes twice on
    purpose ("we had had enough", "said that that was"), whichever rule flagged it."""
    line_start = text.rfind("\n", 0, fix.start) + 1
    line_end = text.find("\n", fix.end)
    line_end = len(text) if line_end < 0 else line_end
    return any(
        m.group(1).lower() in COMMON_DOUBLES and m.start() <= fix.start and fix.end <= m.end()
        for m in _MEANT_DOUBLE.finditer(text, line_start, line_end)
    )


def beside_doubled_word(text: str, finding: Finding) -> bool:
    """A doubled word within a word of the finding ("many of of whom had"): the checker
    parsed the damaged sentence ("of of whom" read "whom" as the subject), so its other
    findings there are guesses about text the repetition fix is about to change."""
    before = text[max(0, finding.start - 40) : finding.start]
    after = text[finding.end : finding.end + 40]
    return bool(_DOUBLED_BEFORE.search(before) or _DOUBLED_AFTER.match(after))


def paragraph_capital(text: str, finding: Finding, fix: Fix) -> bool:
    """``fix`` capitalises the first word of a line ("we grip on many"), a lower-case word
    English uses often: a line the lint units did not join to the one before opens a
    sentence, and a common word there is no name or brand written in lower case. A rarer
    word may be a misspelling ("becase") whose capital alone would not fix it."""
    if not finding.category.startswith("Capitalization") or fix.start != finding.start:
        return False
    word = text[fix.start : fix.end]
    if not (word.isalpha() and word.islower() and fix.text == word[:1].upper() + word[1:]):
        return False
    line_start = text.rfind("\n", 0, fix.start) + 1
    if text[line_start : fix.start].strip(" \t\"'“‘(["):
        return False  # not the line's first word
    return zipf_frequency(word, "en") >= PARAGRAPH_WORD_ZIPF


PARAGRAPH_START = "repair.ParagraphStart"
_FIRST_WORD = re.compile(r"[a-z]{2,}(?=[ ,;:])")


def paragraph_start_findings(doc: Document, units: Sequence[Span]) -> list[Finding]:
    """A paragraph opening with a word English uses often, in lower case ("he has a lot of
    money", "in general"), which the checker does not always flag; ``paragraph_capital``
    judges the capital. A paragraph that goes on the sentence before it is no unit of its
    own (``lint_units``) or is dropped as broken (``broken_line_starts``)."""
    text = doc.text
    findings = []
    for unit in units:
        match = _FIRST_WORD.match(text, unit.start)
        if match is None or zipf_frequency(match.group(), "en") < PARAGRAPH_WORD_ZIPF:
            continue
        word = match.group()
        findings.append(
            _own_finding(
                match,
                rule=PARAGRAPH_START,
                category="Capitalization",
                message=f"`{word}` opens the paragraph: a sentence starts with a capital",
                replacement=word[0].upper() + word[1:],
            )
        )
    return findings


def split_compound(text: str, finding: Finding, fix: Fix) -> bool:
    """``fix`` is the checker's space in a phrase of its list of open compounds written as
    one word ("alot" -> "a lot", "infact" -> "in fact"): only the space changes. The
    language model cannot judge these: the run-together forms are common on the web."""
    word = text[finding.start : finding.end]
    return (
        finding.rule.endswith(".OpenCompounds")
        and (fix.start, fix.end) == (finding.start, finding.end)
        and word.isalpha()
        and len(fix.text.split(" ")) == 2
        and fix.text.replace(" ", "") == word
    )


# A word English uses this often (wordfreq's Zipf scale: ten times per million words) ...
COMMONER_ZIPF = 4.5
# ... and this much more often than the flagged word (a thousand times) makes a rare
# flagged word ("contruction", "altough") a slip, judged at the spelling margin, not the
# rare one ("gaveled", "bisht": no word one slip away is that much commoner).
COMMONER_GAIN = 2.5
# A word two neighbouring letters swapped from one this common ("thier") is a slip even
# when the article writes it more than once.
SWAPPED_ZIPF = 5.0


def much_commoner(flagged: str, fix: str) -> bool:
    """``fix`` is a common word far commoner than the rare ``flagged`` word."""
    common = zipf_frequency(fix, "en")
    return common >= COMMONER_ZIPF and common - zipf_frequency(flagged, "en") >= COMMONER_GAIN


# A misspelling the web writes so often that wordfreq counts it ("recieve", "seperate",
# "begining": Zipf 2.3-3.0) is beside the same neighbours in the word-pair counts too, so
# the pairs gain little from the fix. It is still a slip when exactly one word one slip away
# is common and that word is far commoner: automatic.
CLASSIC_SLIP = 0.9
CLASSIC_RARE_ZIPF = 3.0  # the flagged word: seen, but rarely
CLASSIC_COMMON_ZIPF = 4.0  # the fix: a word English uses all the time ...
CLASSIC_GAIN = 1.8  # ... some 60 times more often than the flagged word


def classic_slip(flagged: str, fix: str) -> bool:
    """``flagged`` (a lower-case word of five letters or more that wordfreq has seen, rarely)
    has exactly one common word one slip away, ``fix``, far commoner than itself."""
    if len(flagged) < 5 or not flagged.isalpha() or not flagged.islower():
        return False
    seen = zipf_frequency(flagged, "en")
    if not 0.0 < seen < CLASSIC_RARE_ZIPF:
        return False
    common = [w for w in one_slip_words(flagged) if zipf_frequency(w, "en") >= CLASSIC_COMMON_ZIPF]
    return (
        common == [fix]
        and zipf_frequency(fix, "en") - seen >= CLASSIC_GAIN
        and not foreign_word(flagged, seen)
    )


# A misspelling that doubles a letter English writes once, or the other way round
# ("succesfull", "totaly", "occuring"), is a slip when the word spelt so is rare and the
# right one this common and this much commoner (some 30 times): British doublings
# ("travelled", "woollen") are as common as their American twins and stay.
DOUBLING_COMMON_ZIPF = 3.5
DOUBLING_GAIN = 1.5


def doubling_slip(flagged: str, fix: str) -> bool:
    """``fix`` is ``flagged`` (a rare lower-case word of five letters or more) with letters
    doubled or undoubled only, and far commoner (see DOUBLING_GAIN)."""
    if len(flagged) < 5 or not flagged.isalpha() or not flagged.islower() or fix == flagged:
        return False
    if _single_letters(flagged) != _single_letters(fix):
        return False
    seen = zipf_frequency(flagged, "en")
    common = zipf_frequency(fix, "en")
    return (
        seen < CLASSIC_RARE_ZIPF
        and common >= DOUBLING_COMMON_ZIPF
        and common - seen >= DOUBLING_GAIN
        and not foreign_word(flagged, seen)
    )


def _single_letters(word: str) -> str:
    """``word`` in lower case with each run of one letter written once ("occurring" -> "ocuring")."""
    return re.sub(r"(.)\1+", r"\1", word.lower())


# the -ize twin must be a word English uses ("adevrtising" has no "adevrtizing")
BRITISH_TWIN_ZIPF = 2.0
_BRITISH_ENDING = re.compile(r"([iy])s(e|ed|es|ing|ation|ations)$")


def british_variant(word: str, seen: float) -> bool:
    """``word`` is the British spelling of a word English writes at least as often with
    -ize or -yze ("theorise", "analysed", "organisation"): a dictionary's finding may
    respell it so, but another word one slip away ("theories") is no fix for it."""
    american = _BRITISH_ENDING.sub(r"\1z\2", word.lower())
    return american != word.lower() and zipf_frequency(american, "en") >= max(seen, BRITISH_TWIN_ZIPF)


# Languages whose words an English article quotes most ("Ora et labora", "la dolce vita").
QUOTED_LANGUAGES = ("es", "it", "pt", "fr", "de", "nl")


def foreign_word(word: str, english: float) -> bool:
    """``word``, ending in a vowel English words seldom end in ("labora", "dolce" does not
    count), is commoner in a language English articles quote than in English: a quoted word
    of that language, not an English misspelling ("recieve" is in none). Loading a
    language's word list costs some 0.15 s of CPU, so only such words are looked up, and
    only once the word is otherwise a classic slip."""
    return word[-1] in "aiou" and any(
        zipf_frequency(word, language) > english for language in QUOTED_LANGUAGES
    )


def _zipf_times(flagged: str, fix: str) -> int:
    return round(10 ** (zipf_frequency(fix, "en") - zipf_frequency(flagged, "en")))


def swapped_common_word(flagged: str, options: Sequence[Ranked]) -> bool:
    """One of ``options`` is a very common word that ``flagged`` (a lower-case word of
    four letters or more) writes with two neighbouring letters swapped ("thier" for
    "their"): a typist's slip, however often the article repeats it."""
    if len(flagged) < 4 or not flagged.isalpha() or not flagged.islower():
        return False
    for option in options:
        word = option.fix.text
        if len(word) != len(flagged) or zipf_frequency(word, "en") < SWAPPED_ZIPF:
            continue
        diff = [i for i, (a, b) in enumerate(zip(flagged, word, strict=True)) if a != b]
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and flagged[diff[0]] == word[diff[1]]
            and flagged[diff[1]] == word[diff[0]]
        ):
            return True
    return False


def repeated_slip(flagged: str, options: Sequence[Ranked]) -> bool:
    """``flagged``, a rare lower-case word (Zipf under 3.5) of four letters or more, is one
    slip from a word English uses all the time (Zipf 5: "ther" for "there", "becouse"): a
    writer's habit when the article repeats it, not a term it means. The language model
    still judges it at the rare word's margin. A slip from a less common word ("proffits")
    repeated is the writer's spelling."""
    if len(flagged) < 4 or not flagged.isalpha() or not flagged.islower():
        return False
    if zipf_frequency(flagged, "en") >= RARE_WORD_ZIPF:
        return False
    near = set(one_slip_words(flagged))
    return any(o.fix.text in near and zipf_frequency(o.fix.text, "en") >= SWAPPED_ZIPF for o in options)


# A misspelt first word of a sentence may become only a word English uses all the time
# ("Althogh" -> "Although"): no name is one slip from one of those.
OPENER_ZIPF = 4.0


def opener_slips(text: str, finding: Finding, fixes: list[Fix]) -> list[Fix]:
    """The very common words one slip from a sentence's misspelt first word, capitalised,
    that ``fixes`` lack: the dictionary's suggestions keep the slip's capital and may miss
    the word ("Afther" -> "Aether", "Father"; "After" is meant). The language model chooses."""
    offered = {f.text.lower() for f in fixes}
    flagged = text[finding.start : finding.end]
    return [
        Fix(finding.start, finding.end, word.capitalize())
        for word in one_slip_words(flagged.lower())
        if word not in offered and zipf_frequency(word, "en") >= OPENER_ZIPF
    ]


def opener_fix(text: str, fix: Fix) -> bool:
    """``fix`` keeps the capital of a sentence's misspelt first word and gives a very
    common word ("Althogh" -> "Although", not "Althog's")."""
    word = fix.text
    return (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and text[fix.start : fix.start + 1] == word[:1]
        and zipf_frequency(word, "en") >= OPENER_ZIPF
    )


def _quotes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


# A quotation on one line: its capitals are the speaker's (and the guard protects it).
# A comma or semicolon before a capitalised clause word ("last year, Which worried"):
# the translation started a new sentence where the original went on.
_CLAUSE_BREAKS = (", ", "; ")


def capital_findings(doc: Document, article: ArticleWords) -> list[Finding]:
    """A word capitalised inside a sentence ("the talks Were useful") that the article
    never capitalises elsewhere, is no known name, and either the article writes in lower
    case elsewhere or the sentence reads as a common word (``reads_lower``);
    or a clause word ("And", "The", "Which") capitalised between two words, or after a
    comma or semicolon, the next word in lower case or "I". (Word lists cannot tell "Were" from
    "Moscow": they fold case. The article can.)"""
    text = doc.text
    quoted = Quotations(text)
    findings = []
    for sentence in doc.sentences:
        words = [t for t in sentence.tokens if t.is_word]
        for index, (before, token, after) in enumerate(zip(words, words[1:], words[2:], strict=False)):
            word = token.text
            if not (word.isalpha() and len(word) > 1 and word[0].isupper() and word[1:].islower()):
                continue
            clause = word.lower() in CLAUSE_WORDS | CLAUSE_OPENERS
            # "I" is lower case for this: "For example, When I travelled"
            if not (after.text.islower() or (clause and after.text == "I")):
                continue
            if text[token.end : after.start] != " ":
                continue
            if token.start in quoted:
                continue  # a quotation keeps its words as spoken
            gap = text[before.end : token.start]
            if gap != " " and not (clause and gap in _CLAUSE_BREAKS):
                continue
            if not clause:
                if word in article.known or article.inside[word] > 1:
                    continue
                if _heads_of_phrase(after.text, words[index + 3 : index + 5]):
                    continue  # "the Minister of the Environment", "the Palace of the Plateau"
                if _joins_capitals(after.text, words[index + 3 : index + 4]):
                    continue  # "a sign reading Truth and Justice", "the film Hope and Glory"
                if not before.text.islower():
                    continue
                if not article.lower[word.lower()] and not reads_lower(before.text, word, after.text):
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


# Words a name often follows ("the Commission said", "in Parliament", "his Party"): after
# them a capital may open a name, whatever the word pairs say.
_NAME_LEADS = (
    NAME_CONNECTORS
    | ROLE_LINK_WORDS
    | PHRASE_PREPOSITIONS
    | wordset("this that these those his her its their our my your as than")
)
# A word this common in lower case (wordfreq's Zipf scale) is read as the word, not a name,
# when English pairs it with both neighbours.
LOWER_READING_ZIPF = 3.5


def _heads_of_phrase(after: str, following: Sequence[Token]) -> bool:
    """The capitalised word heads an "of (the) Capitalised" phrase: a formal title or a
    name the translation spelt out ("Minister of the Environment", "Bank of Spain"),
    whose capitals are house style, not a slip."""
    if after != "of":
        return False
    rest = [t.text for t in following]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    return bool(rest) and rest[0][:1].isupper()


def _joins_capitals(after: str, following: Sequence[Token]) -> bool:
    """The capitalised word and the next capitalised one are joined by "and" or "or": the
    words of one title, slogan or name ("Truth and Justice", "Law and Justice"), whose
    capitals stand even where the article writes the word in lower case elsewhere."""
    return after in ("and", "or", "&") and bool(following) and following[0].text[:1].isupper()


def reads_lower(before: str, word: str, after: str) -> bool:
    """A capitalised word the sentence reads as a common word ("India would Buy oil",
    "had Patrolled before"): English writes it often, and pairs its lower-case form with
    both neighbours more than chance (wordsegment's pairs); the word before is no word a
    name often follows."""
    from repair.detect.lexicon import lexicon

    lower, first, second = word.lower(), before.lower(), after.lower()
    counts = lexicon()
    if first in _NAME_LEADS or counts.zipf(lower) < LOWER_READING_ZIPF:
        return False
    pairs = (counts.pair_association(first, lower), counts.pair_association(lower, second))
    return all(pair is not None and pair[1] and pair[0] > 0.0 for pair in pairs)


def _own_finding(
    match: re.Match,
    rule: str,
    category: str,
    message: str,
    replacement: str,
    group: int = 0,
    at_end: bool = False,
) -> Finding:
    """One of the pass's own findings about ``match``'s text (or its ``group``): that text
    replaced by ``replacement``, or with ``at_end`` ``replacement`` inserted after it."""
    start, end = match.span(group)
    fix = Fix(end, end, replacement) if at_end else Fix(start, end, replacement)
    return own_finding((start, end), fix, rule, category, message)


_MONTH = re.compile(
    r"(?<![\w@#/.-])(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w@/-])"
)
_DAY_OR_YEAR = re.compile(r"\s*(?:\d{1,2}(?:st|nd|rd|th)?\b|\d{4}\b)")
_PAUSE = re.compile(r"[,.;:)]")
_BEFORE_MONTH = re.compile(r"(?:(\w+)-|(\w+) )$")


def month_findings(doc: Document, units: Sequence[Span]) -> list[Finding]:
    """A month or a day of the week written in lower case ("in late may", "on 5 june", "on
    tuesday"): machine translation lower-cases them, as most languages write them. "may", "march" and "august" are English words too: they are a month
    only after a day number or a word that dates them ("late", "mid-"), after "in" or
    "since" when the sentence pauses after them, or before a day number or year."""
    text = doc.text
    findings = []
    for unit in units:
        for match in _MONTH.finditer(text, unit.start, unit.end):
            month = match.group(1)
            if month in MONTH_WORDS:
                lead = _BEFORE_MONTH.search(text, max(unit.start, match.start() - 20), match.start())
                before = (lead.group(1) or lead.group(2) or "").lower() if lead else ""
                paused = before in MONTH_PREPOSITIONS and _PAUSE.match(text, match.end())
                dated = (
                    before in MONTH_LEADS
                    or paused
                    or before.isdigit()
                    or _DAY_OR_YEAR.match(text, match.end())
                )
                if not dated:
                    continue
            message = f"`{month}` names a month or a day: it is written with a capital"
            findings.append(
                _own_finding(
                    match,
                    rule="repair.MonthCapital",
                    category="Capitalization",
                    message=message,
                    replacement=month.capitalize(),
                )
            )
    return findings


_NATIONALITY = re.compile(
    r"(?<![\w@#/.’'-])(" + "|".join(sorted(NATIONALITY_WORDS)) + r")(?![\w@/’']|\.\w)( [a-z]+)?"
)


def nationality_findings(doc: Document, units: Sequence[Span]) -> list[Finding]:
    """A nationality or a language in lower case ("she studies english", "the french
    minister"): English always capitalises them, and translation and learners drop the
    capital. Not a word English also uses in lower case ("polish", "south"), nor a dish or
    thing news style writes in lower case ("french fries"), nor inside a quotation (the
    speaker's words), a web address or a handle, nor right after a comma (", iraqi Oil
    Minister Ihsan said" is a sentence whose clauses were swapped: its first word lost the
    capital, and undoing the swap is the fix)."""
    text = doc.text
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _NATIONALITY.finditer(text, unit.start, unit.end):
            after = (match.group(2) or "").strip()
            if after in NATIONALITY_THINGS or match.start() in quoted:
                continue
            if text[max(unit.start, match.start() - 2) : match.start()] == ", ":
                continue  # perhaps a sentence's first word, its clauses swapped: the fragment's fix
            word = match.group(1)
            findings.append(
                _own_finding(
                    match,
                    rule="repair.NationalityCapital",
                    category="Capitalization",
                    message=f"`{word}` is a nationality or a language: it takes a capital",
                    replacement=word.capitalize(),
                    group=1,
                )
            )
    return findings


SENTENCE_AFTER_STOP = "repair.SentenceAfterStop"
TEXTING_U = "repair.TextingYou"
_STRAY_STOP = re.compile(r"(?<=[^\W\d_])\.(?= ([a-z]+) [a-z])")
_WORD_ENDING = re.compile(r"([^\W\d_][\w.]*)$")


def stray_stop_findings(doc: Document, units: Sequence[Span]) -> list[Finding]:
    """A full stop inside a line before a lower-case word that goes on a sentence rather
    than starts one ("cannot defeat Ukraine. and its defenders"): machine translation
    leaves these where the original had a clause break. Not after an abbreviation ("etc.",
    "U.S.") or a single letter."""
    text = doc.text
    findings = []
    for unit in units:
        for match in _STRAY_STOP.finditer(text, unit.start, unit.end):
            if match.group(1) not in CONTINUING_WORDS:
                continue
            before = _WORD_ENDING.search(text, max(unit.start, match.start() - 40), match.start())
            word = before.group(1) if before else ""
            if ends_abbreviation(word) or word.lower() in HONORIFICS:
                continue
            if word.isupper():
                continue  # "U.S", "EU." may end an abbreviation or a sentence
            if opens_sentence(text, match.end() + 1, unit.end):
                # "the museum. in my opinion, the young": the stop ends a sentence, and the
                # next one opens in lower case
                findings.append(
                    _own_finding(
                        match,
                        rule=SENTENCE_AFTER_STOP,
                        category="Capitalization",
                        message=f"`{match.group(1)}` opens a sentence: it takes a capital",
                        replacement=match.group(1).capitalize(),
                        group=1,
                    )
                )
                continue
            message = f"a full stop before `{match.group(1)}`, which goes on the sentence"
            findings.append(
                _own_finding(
                    match,
                    rule="repair.StrayFullStop",
                    category="Punctuation",
                    message=message,
                    replacement="",
                )
            )
    return findings


# the fronted phrase: a few words up to a comma, then the clause's subject
_FRONTED_PHRASE = re.compile(r"[a-z]+(?: [\w'’-]+){0,4}, ([\w'’]+) ([\w'’]+)")
_LEADING_MARKERS = sorted((m for m in INTRODUCTORY_MARKERS if " " in m), key=len, reverse=True)


def opens_sentence(text: str, at: int, end: int) -> bool:
    """The lower-case word at ``at``, after a full stop, opens a sentence of its own: a
    preposition opening an introductory phrase English writes first ("in my opinion",
    "of course", "for example"), or a short phrase closed by a comma before a subject and
    its verb ("in the end, we learned", "as I said, the mayor"). A conjunction or a
    relative word ("and", "which") goes on the sentence the stop cut."""
    rest = text[at:end]
    first = rest.split(" ", 1)[0]
    if first in JOINING_WORDS:
        return False
    if any(rest.startswith(m) and not rest[len(m) : len(m) + 1].isalpha() for m in _LEADING_MARKERS):
        return True
    phrase = _FRONTED_PHRASE.match(rest)
    return bool(phrase) and phrase.group(1).lower() in SUBJECT_OPENERS and phrase.group(2).islower()


# the markers, and a two-word one run together ("Infact we"): the checker gives the space back
_OPENERS = (INTRODUCTORY_MARKERS | CONNECTIVE_MARKERS) | {
    m.replace(" ", "") for m in INTRODUCTORY_MARKERS if m.count(" ") == 1
}


def _opener(marker: str) -> str:
    """The marker as a sentence opens with it: capitalised; at a line's start also in lower
    case ("finally the third cause"), whose capital the checker gives and whose comma this
    rule does, so the two fixes together make the opener. After a full stop inside a line a
    lower-case word may go on the sentence the stop cut (the stray-stop rule's)."""
    return f"(?:(?<=^)[{marker[0]}{marker[0].upper()}]|(?<=[.!?] ){marker[0].upper()}){re.escape(marker[1:])}"


_INTRODUCTORY = re.compile(
    "(" + "|".join(_opener(m) for m in sorted(_OPENERS, key=len, reverse=True)) + r") ([A-Za-z]+)\b",
    re.MULTILINE,
)


def introductory_comma_findings(doc: Document, units: Sequence[Span]) -> list[Finding]:
    """A sentence-opening word or phrase without its comma ("Also the price rose",
    "In fact we agree"): learners and machine translation leave it out. Only before a
    pronoun or determiner (after a phrase of several words, also before a preposition or a
    subordinating word: "For example in winter we"), and never inside a quotation (the
    speaker's words)."""
    text = doc.text
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _INTRODUCTORY.finditer(text, unit.start, unit.end):
            if match.group(1).lower() in CONNECTIVE_MARKERS:
                followers = PHRASE_FOLLOWERS - CLAUSE_SUBJECTS  # the checker's own before a subject
            else:
                followers = PHRASE_FOLLOWERS if " " in match.group(1) else CLAUSE_SUBJECTS
            opinion = match.group(1).lower() in OPINION_PHRASES and match.group(2).islower()
            if match.group(2).lower() not in followers and not (
                opinion and match.group(2) not in FUNCTION_WORDS
            ):
                continue  # a view's phrase closes before any subject ("In my opinion students")
            if match.start() in quoted:
                continue
            findings.append(
                _own_finding(
                    match,
                    rule="repair.IntroductoryComma",
                    category="Punctuation",
                    message=f"`{match.group(1)}` opens the sentence: a comma follows it",
                    replacement=",",
                    group=1,
                    at_end=True,
                )
            )
    return findings


_QUANTIFIED = re.compile(
    r"\b(" + "|".join(sorted(PLURAL_QUANTIFIERS | BARE_PLURAL_QUANTIFIERS)) + r") ([a-z]+)\b(?![-'’])",
    re.IGNORECASE,
)


def _singled_out(text: str, start: int, end: int) -> bool:
    """A determiner, a possessive, a name or a number before a bare quantifier ("the
    other", "Russia's other", "one other"), or nothing at all (a line's first word): the
    noun after it may be singular."""
    before, _ = neighbours(text, start, end)
    return not before.isalpha() or not before.islower() or before in SINGLING_DETERMINERS


def _verb_after(counts, word: str) -> bool:
    """``word`` reads as the noun phrase's verb, so the phrase ended before it ("these
    problem occurs"): English writes it after "it" or "they" and never after "the" (a
    noun that would make a compound, "many car owners", follows "the")."""
    lower = word.lower()

    def seen(first: str) -> bool:
        pair = counts.pair_association(first, lower)
        return pair is not None and pair[1]

    return word.islower() and (seen("it") or seen("they")) and not seen("the")


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b(?![-'’])")


def _plural_verb(counts, text: str, end: int) -> tuple[int, int, str] | None:
    """The verb's -s form right after ``end`` as (start, end, base form) when "they" takes
    the base form and never the -s form ("occurs" -> "occur"); None otherwise."""
    found = _NEXT_WORD.match(text, end)
    if found is None or not found.group(1).endswith("s"):
        return None
    word = found.group(1)
    if word.endswith("ies"):
        base = word[:-3] + "y"
    elif word.endswith(("ches", "shes", "sses", "xes", "zes")):
        base = word[:-2]
    else:
        base = word[:-1]
    now = counts.pair_association("they", word)
    then = counts.pair_association("they", base)
    if then is None or not then[1] or (now is not None and now[1]) or counts.zipf(base) < 3.0:
        return None
    return found.start(1), found.end(1), base


def quantifier_plural_findings(doc: Document, units: Sequence[Span]) -> list[Finding]:
    """A singular noun after a word that counts plurals ("many subject", "both side",
    "these day"; "other" and "certain" with no determiner before them, "with other
    driver", "understand certain thing"): only when English writes the pair with the plural (wordsegment's pairs
    saw "many subjects") and never with the word as it is, and the noun phrase ends there:
    a function word, a verb (``_verb_after``: "these problem occurs") or no word follows
    ("many car owners" may be a compound)."""
    from repair.detect.lexicon import lexicon

    counts = lexicon()
    text = doc.text
    findings = []
    for unit in units:
        for match in _QUANTIFIED.finditer(text, unit.start, unit.end):
            quantifier = match.group(1).lower()
            if quantifier in BARE_PLURAL_QUANTIFIERS and _singled_out(text, match.start(1), match.end(1)):
                continue  # "the other driver", "a certain point", "Russia's other ally"
            plural = counted_plural(counts, quantifier, match.group(2))
            if plural is None:
                continue
            _, after = neighbours(text, match.start(2), match.end(2))
            if after and after.lower() not in FUNCTION_WORDS and not _verb_after(counts, after):
                continue  # perhaps the first half of a compound ("many car owners")
            verb = _plural_verb(counts, text, match.end(2)) if after else None
            if verb is not None:
                # "these problem occurs" -> "these problems occur": the verb agrees with the plural
                start, end, base = verb
                fix = Fix(match.start(2), end, f"{plural}{text[match.end(2) : start]}{base}")
                message = f"`{match.group(1)}` counts a plural: `{plural} {base}`"
                findings.append(
                    own_finding((fix.start, fix.end), fix, "repair.QuantifierPlural", "Agreement", message)
                )
                continue
            findings.append(
                _own_finding(
                    match,
                    rule="repair.QuantifierPlural",
                    category="Agreement",
                    message=f"`{match.group(1)}` counts a plural: `{plural}`",
                    replacement=plural,
                    group=2,
                )
            )
    return findings


_APOSTROPHE_DROPPED = re.compile(
    r"(?<![\w'’-])(" + "|".join(sorted(APOSTROPHE_DROPPED)) + r")(?![\w'’-])", re.IGNORECASE
)


def apostrophe_findings(doc: Document, units: Sequence[Span]) -> list[Finding]:
    """A contraction written without its apostrophe ("dont", "theyre") that is no word of
    its own; not in capitals, not inside a quotation (the speaker's words, as quoted).
    The apostrophe is the one the article writes most (’ or ')."""
    text = doc.text
    mark = "’" if text.count("’") > text.count("'") else "'"
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _APOSTROPHE_DROPPED.finditer(text, unit.start, unit.end):
            word = match.group(1)
            if not word[1:].islower() or match.start() in quoted:
                continue
            fixed = APOSTROPHE_DROPPED[word.lower()]
            findings.append(
                _own_finding(
                    match,
                    rule="repair.MissingApostrophe",
                    category="Punctuation",
                    message=f"`{word}` is a contraction: `{word[0]}{fixed[1:]}`",
                    replacement=word[0] + fixed[1:].replace("'", mark),
                )
            )
    return findings


# "u" for "you" before the word it is the subject of: not "(u)", "u.s.", "u-turn"
_TEXTING_U = re.compile(r"(?<![\w'’.()/@#&-])u (?=([a-z]+)\b)")


def texting_findings(doc: Document, units: Sequence[Span]) -> list[Finding]:
    """ "u" written for "you" ("by these figures u will agree", "becouse u dont know"):
    only a lower-case "u" standing alone as a subject, before an auxiliary or a common
    verb "you" takes ("u will", "u know") or a contraction that lost its apostrophe ("u
    dont"), not a letter ("the vowel u is", "a u turn"); never inside a quotation (a text
    message quoted as sent)."""
    text = doc.text
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _TEXTING_U.finditer(text, unit.start, unit.end):
            after = match.group(1)
            if match.start() in quoted or not (after in APOSTROPHE_DROPPED or after in YOU_VERBS):
                continue
            findings.append(
                own_finding(
                    (match.start(), match.start() + 1),
                    Fix(match.start(), match.start() + 1, "you"),
                    TEXTING_U,
                    "Spelling",
                    "`u` is texting shorthand: `you`",
                )
            )
    return findings


# the wars' names: capitalised in full or (some house styles) not at all, never half
_WORLD_WAR = re.compile(r"(?<![\w’'-])(?:(?:first|second) world war|world war ii)(?![\w’'-])", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# "was commented by the minister": comment takes "on" in the passive
_COMMENTED_BY = re.compile(r"(?<![\w’'-])(?:was|were|is|are|be|been|being) (commented)(?= by\b)")


def phrase_findings(doc: Document, units: Sequence[Span]) -> list[Finding]:
    """Fixed phrases with one right form that machine translation or an article spinner
    damages the same way wherever it passes: a world war's name capitalised in part ("the
    First world war"), "was commented by" (commented on by). Not inside a quotation (the
    speaker's words). Damaged phrases with one repair each ("once morest") are a table
    (repair/passes/phrases.py)."""
    text = doc.text
    quoted = Quotations(text)
    findings = []
    for unit in units:
        for match in _WORLD_WAR.finditer(text, unit.start, unit.end):
            words = list(_LOWER_WORD.finditer(match.group()))
            if not words or match.group()[0].islower():
                continue  # capitalised in full, or (a house style) not at all
            message = f"`{match.group()}` is a war's name: each of its words is capitalised"
            for word in words:  # each lower-case word, as a month is capitalised
                at = match.start() + word.start()
                fixed = word.group().upper() if word.group() == "ii" else word.group().capitalize()
                findings.append(
                    _own_finding(
                        WORD_CHARACTERS.match(text, at),
                        "repair.FixedPhrase",
                        "Capitalization",
                        message,
                        fixed,
                    )
                )
        for match in _COMMENTED_BY.finditer(text, unit.start, unit.end):
            message = "in the passive, `commented` takes `on`: `commented on by`"
            findings.append(
                _own_finding(match, "repair.FixedPhrase", "Grammar", message, " on", group=1, at_end=True)
            )
    return [f for f in findings if f.start not in quoted]


_JOINERS = "-'’"


def language_model_findings(doc: Document, units: Sequence[Span]) -> list[Finding]:
    """The language model's own corrections (repair/grammar/lm_edits.py) in the sentences
    of ``units``: misspellings a checker did not flag. A word joined to
    another by a hyphen or an apostrophe, or to a digit, is left alone."""
    text = doc.text
    model = lm_edits.BigramModel()
    findings = []
    for sentence in doc.sentences:
        if not any(u.start <= sentence.start and sentence.end <= u.end for u in units):
            continue
        words = [
            lm_edits.Word(t.start, t.end, t.text, editable=_stands_alone(text, t.start, t.end))
            for t in sentence.tokens
        ]
        for edit in lm_edits.best_edits(words, model):
            category = "Spelling"
            findings.append(
                Finding(
                    start=edit.start,
                    end=edit.end,
                    rule=lm_edits.RULE,
                    category=category,
                    kind=kind_for("repair", category),
                    message=f"`{text[edit.start : edit.end]}` looks misspelt: the language model prefers `{edit.replacement}`",
                    fixes=(Fix(edit.start, edit.end, edit.replacement),),
                )
            )
    return findings


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not any(ch in _JOINERS or ch.isalnum() for ch in (before, after))
