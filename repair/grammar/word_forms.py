"""The pass's own rules for word forms with one right fix, which the checker does not flag.

Each rule is a narrow pattern that learners and machine translation write and edited
English never does, so its fix needs no language model:

- ``repair.ModalBe``: a modal before "able to" lost its "be" ("we will able to").
- ``repair.LotOf``: "lot of" after a verb or a conjunction lost its article ("I spent lot
  of time").
- ``repair.ThirdPerson``: "he", "she" or "it" opening a clause, an adverb, then a verb
  without its -s ("he usually bring", "she also need", "it just make"); the checker flags
  the verb only right after the pronoun.
- ``repair.ModalTo``: "to" between a modal and its verb ("they can't to do", "must to
  go"); not after "will" or "may", which are nouns too ("the will to fight").
- ``repair.CausativeTo``: "to" after "make" or "let" and a pronoun ("makes them to be",
  "let us to go"); the passive "were made to work" has no pronoun between.
- ``repair.RelativeAgreement``: "who" or "that" after a person or people, with the verb
  of the other number ("a person who are", "people that is").
- ``repair.EachSingular``: a plural after "each" or "every" ("in every details", "each
  students") when English pairs the word with the singular and never with the plural.
- ``repair.ArticleNumber``: a plural after "a", "an" or "another" that ends its phrase ("an
  experts in", "another reasons."), when English pairs the article with the singular and
  never with the plural; not before a noun or "and" ("a jobs report", "a goods and
  services tax"), where the plural is a compound's first half.
- ``repair.PluralSubject``: a plural opening the sentence as its subject, then "is", "was",
  "has" or "does" ("My friends is", "And details is"), when its singular is a common word
  and English pairs the plural with "are" far likelier than with "is" ("news is", "politics
  is" are as likely); a plural inside a phrase ("the cost of repairs is") is not the subject.
- ``repair.ObjectPreposition``: a preposition between a verb and the object it takes
  directly ("discussed about the plan", "go for shopping", "you can trust on it", "can
  affect on them"); not "about" before a number ("discussed about 30 proposals":
  approximately), "go for" before anything but a pastime ("went for talks"), the noun
  "trust" ("the trust on Monday") nor a passive ("areas affected on the coast"). "as"
  after "consider" ("is considered as the least", "consider her as a friend"), but not in
  another phrase ("as well as", "as a whole", "as if", "as part of").
- ``repair.QuestionTag``: a sentence closed by a negative question tag and a full stop ("It
  is late, isn't it.") is a question: the stop becomes a question mark.
- ``repair.ButComma``: a clause after "but" opening with a pronoun or "there", or with an
  subordinate clause ("but even if", "but when it broke", "but right now"; not after a
  "not" in the clause: "not because it rained but because"), without the comma before "but" ("that is right but there are").
- ``repair.DemonstrativeNumber``: "this" before a plural noun ("this animals", "this
  companies used") becomes "these", when English pairs "these" with the word and never
  "this" (a verb's -s form, "this means", "this helps", is paired with "this").
- ``repair.ModalBase``: a past form after a modal or an infinitive's "to" ("could even
  began", "will stimulated our", "have to reduced the"): only the base form stands there.
  A regular past needs an object after a modal ("will approved by" is a passive without
  its "be"), not after "have to", "need to", "able to" ("have to reduced sulfur").
- ``repair.ItsIs``: "its" where "it's" (it is) was meant, before an adjective of a
  closed list and "to", "that" or "for" ("its very expensive to", "its clear that"); not
  before a noun "its" owns ("its ability to", "its forecast for").

None fires inside a quotation (the speaker's words); the pass's guards keep names out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repair.edits import Span
from repair.grammar.base import Finding, Fix
from repair.grammar.categories import kind_for
from repair.words import (
    ABOUT_OBJECT_VERBS,
    AFFECT_VERB_LEADS,
    AUXILIARIES,
    BUT_ADVERBIAL_OPENERS,
    BUT_EXCEPT_LEADS,
    CLAUSE_SUBJECTS,
    CONSIDER_AS_KEPT,
    COORDINATORS,
    DEGREE_CLOSERS,
    GO_ACTIVITIES,
    GO_FORMS,
    IT_IS_ADJECTIVES,
    LOT_OF_LEADS,
    NUMBER_WORDS,
    OBJECT_OPENERS,
    OBJECT_PRONOUNS,
    PAST_ONLY,
    PHRASE_PREPOSITIONS,
    PLURAL_ANTECEDENTS,
    PLURAL_FOLLOWERS,
    PLURAL_SUBJECT_DETERMINERS,
    PLURAL_VERB_FORMS,
    SAME_PAST,
    SINGULAR_ANTECEDENTS,
    SUBORDINATORS,
    TIME_PLURALS,
    TRUST_LEADS,
    VERB_ADVERBS,
    Quotations,
)

# A fix these rules make is right nearly always (the even JFLEG dev half: 14 edits, 12
# exactly a reference's, the other 2 part of a larger correction; no change on the clean
# benchmark corpus): automatic. The pass's fixed phrases ("was commented by") have one
# right form too.
CONFIDENCE = 0.9
RULES = frozenset(
    {
        "repair.ModalBe",
        "repair.LotOf",
        "repair.ThirdPerson",
        "repair.ModalTo",
        "repair.CausativeTo",
        "repair.RelativeAgreement",
        "repair.EachSingular",
        "repair.ArticleNumber",
        "repair.PluralSubject",
        "repair.ObjectPreposition",
        "repair.QuestionTag",
        "repair.ButComma",
        "repair.FixedPhrase",
        "repair.SentenceAfterStop",
        "repair.NationalityCapital",
        "repair.ModalBase",
        "repair.DemonstrativeNumber",
        "repair.TextingYou",
        "repair.FinalStop",
        "repair.FrontedComma",
        "repair.ItsIs",
        "repair.YouAre",
        "repair.LetUs",
        "repair.QuantifierPlural",
        "repair.PassiveParticiple",
        "repair.AuxiliaryBase",
        "repair.PerfectParticiple",
        "repair.StrayArticle",
        "repair.CorrelativeComma",
        "repair.OpinionComma",
        "repair.CountedPlural",
        "repair.SingularSubject",
        "repair.ThenComma",
        "repair.IrregularPast",
        "repair.ParentheticalComma",
        "repair.WhichComma",
        "repair.ThereAre",
        "repair.QuantifierOf",
    }
)

_MODAL_ABLE = re.compile(r"\b(?:will|would|can|could|should|shall|may|might|must)(?= (?:un)?able to\b)")

_MODAL_TO = re.compile(
    r"\b(?:can|could|must|should|would|cannot|can['’]t|couldn['’]t|mustn['’]t|shouldn['’]t|wouldn['’]t)"
    r"( to) ([a-z]+)\b"
)
# not "it": "made it to safety" is arriving, and "let it to students" is renting
_CAUSATIVE_TO = re.compile(
    r"\b(?:make|makes|made|making|let|lets|letting) (?:me|you|him|her|us|them)( to) ([a-z]+)\b"
)
# a modal whose verb was left out, with "to" opening a purpose clause: "everything we can
# to stop it", "all they could to help", "as much as he can to"
_GAP_BEFORE_MODAL = re.compile(
    r"\b(?:everything|anything|something|nothing|all|what|whatever|much|best|most|more|little|utmost)"
    r"(?: [\w'’]+){1,2} $"
)
_RELATIVE_BE = re.compile(r"\b([a-z]+) (?:who|that) (is|are|was|were)\b")
_NUMBER_OF_BE = {"is": "are", "was": "were", "are": "is", "were": "was"}
_EACH_PLURAL = re.compile(r"\b(each|every) ([a-z]+s)\b(?![-'’])")
# the words that end a noun phrase after a plural (the article rule)
_PHRASE_ENDS = PHRASE_PREPOSITIONS | {"which", "who", "that"}
# how much likelier than chance English pairs "every" with the singular (wordsegment's
# pairs, natural log): "every new" is seen, but no likelier than chance ("every news")
EACH_PAIR_PMI = 1.0
_PLURAL_SUBJECT_LEAD = r"(?:^|(?<=[.!?] ))(?:(?:And|But|So|Also) )?"
# a singular this common (wordfreq's Zipf scale) makes a word ending in -s its plural
SINGULAR_ZIPF = 3.5
# how much likelier (natural log) English pairs the plural with "are" than with "is": a
# plural seen with "is" ("the number of students is") is still the subject's plural
SUBJECT_MARGIN = 2.0


def either(words: frozenset[str]) -> str:
    """A regex alternation of ``words``."""
    return "|".join(sorted(words))


# "about" before a number or an amount means "approximately" ("discussed about 30
# proposals", "about a dozen", "about half of them"): not a preposition to drop
_APPROXIMATE = re.compile(rf"\s+(?:\d|(?:an? )?(?:{either(NUMBER_WORDS)})\b)", re.IGNORECASE)


def about_an_amount(text: str, end: int) -> bool:
    """The "about" ending at ``end`` stands before a number or an amount."""
    return _APPROXIMATE.match(text, end) is not None


# a preposition between a verb and the object it takes directly: "discussed about the
# plan", "go for shopping", "you can trust on it"
_OBJECT_PREPOSITION = re.compile(
    rf"\b(?:(?:{either(ABOUT_OBJECT_VERBS)})(?P<about_gap> about)(?= [A-Za-z])"
    rf"|(?:{either(GO_FORMS)})(?P<go_gap> for)(?= (?:{either(GO_ACTIVITIES)})\b)"
    rf"|(?:{either(AFFECT_VERB_LEADS)}) affect(?P<affect_gap> on)(?= (?:{either(OBJECT_OPENERS)})\b)"
    rf"|(?:{either(TRUST_LEADS)}) trust(?P<trust_gap> on)(?= (?:{either(OBJECT_OPENERS - {'a', 'an', 'any', 'some'})})\b)"
    rf"|\bconsider(?:s|ed|ing)?(?: (?:{either(OBJECT_PRONOUNS | {'her', 'you', 'this', 'that'})}))?(?P<consider_gap> as)"
    rf"(?= (?!(?:{either(CONSIDER_AS_KEPT)})\b|a whole\b)[a-z]))",
    re.IGNORECASE,
)
# "a", "an" or "another" before a plural that ends its phrase: a preposition, a relative
# word or a punctuation mark follows ("an experts in", "another reasons."); not "and" or
# "or", which may go on a compound ("a goods and services tax"), nor a noun ("a jobs
# report")
_ARTICLE_PLURAL = re.compile(
    rf"\b([Aa]n?|[Aa]nother) ([a-z]+s)\b(?![-'’])(?=\s*(?:[,.;:!?)]|(?:{either(_PHRASE_ENDS)})\b))"
)
# a plural opening a sentence as its subject, perhaps after "and", "but" or "so" and a
# determiner, then a verb in the singular ("My friends is", "And details is")
_PLURAL_SUBJECT = re.compile(
    rf"{_PLURAL_SUBJECT_LEAD}(?:(?i:{either(PLURAL_SUBJECT_DETERMINERS)}) )?([a-z]+[^s\W]s)"
    rf" ({either(frozenset(PLURAL_VERB_FORMS))})\b(?!['’-])",
    re.MULTILINE,
)
_LOT_OF = re.compile(r"\b([a-z]+) (lot)(?= of\b)")
# a negative question tag closing a sentence with a full stop ("It is late, isn't it."):
# the sentence is a question
_QUESTION_TAG = re.compile(
    r", (?:is|are|was|were|do|does|did|have|has|had|can|could|wo|would|should|must|ca)n['’]t"
    r" (?:it|he|she|they|we|you|I|there)(\.)(?=\s|$)"
)

# what may come before a pronoun opening a clause (not "does he", "let her", "make it")
_CLAUSE_LEADS = COORDINATORS | SUBORDINATORS | {"that", "so", "where"}
_THIRD_PERSON = re.compile(
    r"(?:^|(?<=[.!?;,] )|\b(\w+) )([Hh]e|[Ss]he|[Ii]t) ("
    + "|".join(sorted(VERB_ADVERBS))
    + r") ([a-z]+)\b(?! not\b)",
    re.MULTILINE,
)
# a verb's -s form this common (wordfreq's Zipf scale) is a word English uses
VERB_ZIPF = 3.0

# a modal or an infinitive's "to" after a verb that takes one, perhaps an adverb, then a
# past form: "could even began", "will stimulated our", "have to reduced the"
_MODAL_PAST = re.compile(
    r"\b(?:can|could|will|would|should|must|might|cannot|(?:(?P<infinitive>have|has|had|want|wants|need|needs"
    r"|able|try|tries|trying)|going) to)(?: (?:not|[a-z]+ly|"
    + "|".join(sorted(VERB_ADVERBS))
    + r"))? (?P<verb>[a-z]+)\b(?![-'’])(?P<after> [a-z]+)?"
)
_THIS_PLURAL = re.compile(r"\b([Tt]his) ([a-z]+s)\b(?![-'’])(?: ?([a-z]+|[,.;:!?]))?")
# "its" before a word of degree or an adjective, then what an adjective takes after "is"
_ITS_ADJECTIVE = re.compile(
    r"\b([Ii]ts) (?:(?:very|so|too|really|quite|extremely) )?("
    + "|".join(sorted(IT_IS_ADJECTIVES))
    + r") (?=(?:to|that|for)\b)"
)
# a determiner before "mention" or "discuss...": the noun ("no mention about")
_NOUN_LEAD = re.compile(
    r"\b(?:" + "|".join(sorted(OBJECT_OPENERS | {"no", "every", "each"})) + r") $", re.IGNORECASE
)
_LAST_WORD = re.compile(r"\b(?:" + "|".join(sorted(OBJECT_OPENERS)) + r") $", re.IGNORECASE)
_BUT_CLAUSE = re.compile(
    r"\b([a-z]+) but (?=(?:I|we|he|she|they|there|it|its|you|("
    + "|".join(sorted(BUT_ADVERBIAL_OPENERS, key=len, reverse=True))
    + r"))\b)"
)
# a negation or "only" earlier in the clause: "not X but Y", "not only X but"
_CONTRAST_LEAD = re.compile(r"\b(?:not|only|never|n't)\b|n['’]t\b")
_CLAUSE_START = re.compile(r"[^.!?;:,]*$")


def third_person(verb: str) -> str:
    """The -s form of a regular verb ("need" -> "needs", "go" -> "goes", "try" -> "tries")."""
    if verb == "have":
        return "has"
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def word_form_findings(text: str, units: Sequence[Span]) -> list[Finding]:
    """The rules' findings in ``units``, none inside a quotation."""
    from repair.detect.lexicon import lexicon

    counts = lexicon()
    quoted = Quotations(text)
    findings: list[Finding] = []
    for unit in units:
        for match in _MODAL_ABLE.finditer(text, unit.start, unit.end):
            findings.append(
                _finding(
                    match.end(),
                    match.end(),
                    " be",
                    "repair.ModalBe",
                    "Grammar",
                    "`able` after a modal needs `be`",
                    flagged=match.span(),
                )
            )
        for pattern, rule, message in (
            (_MODAL_TO, "repair.ModalTo", "a modal takes its verb without `to`"),
            (_CAUSATIVE_TO, "repair.CausativeTo", "`make` or `let` and a pronoun take the verb without `to`"),
        ):
            for match in pattern.finditer(text, unit.start, unit.end):
                if match.group(2) in CLAUSE_SUBJECTS:
                    continue  # "could, to the best of his ability, help": a phrase, not the verb
                if rule == "repair.ModalTo" and _GAP_BEFORE_MODAL.search(text, unit.start, match.start()):
                    continue  # "all they could to help": the modal's verb is understood
                start, end = match.span(1)
                findings.append(_finding(start, end, "", rule, "Grammar", message, flagged=(start + 1, end)))
        for match in _RELATIVE_BE.finditer(text, unit.start, unit.end):
            noun, verb = match.group(1), match.group(2)
            plural_verb = verb in ("are", "were")
            if (noun in SINGULAR_ANTECEDENTS and plural_verb) or (
                noun in PLURAL_ANTECEDENTS and not plural_verb
            ):
                start, end = match.span(2)
                fixed = _NUMBER_OF_BE[verb]
                message = f"`{noun}` takes `{fixed}`"
                findings.append(_finding(start, end, fixed, "repair.RelativeAgreement", "Agreement", message))
        for match in _EACH_PLURAL.finditer(text, unit.start, unit.end):
            single = _singular(counts, match.group(1), match.group(2))
            if single is not None:
                start, end = match.span(2)
                message = f"`{match.group(1)}` takes a singular: `{single}`"
                findings.append(_finding(start, end, single, "repair.EachSingular", "Agreement", message))
        for match in _ARTICLE_PLURAL.finditer(text, unit.start, unit.end):
            single = _singular(counts, match.group(1).lower(), match.group(2))
            if single is not None:
                start, end = match.span(2)
                message = f"`{match.group(1)}` takes a singular: `{single}`"
                findings.append(_finding(start, end, single, "repair.ArticleNumber", "Agreement", message))
        for match in _PLURAL_SUBJECT.finditer(text, unit.start, unit.end):
            if _plural_subject(counts, match.group(1), match.group(2)):
                start, end = match.span(2)
                fixed = PLURAL_VERB_FORMS[match.group(2)]
                message = f"`{match.group(1)}` is plural: `{fixed}`"
                findings.append(_finding(start, end, fixed, "repair.PluralSubject", "Agreement", message))
        for match in _OBJECT_PREPOSITION.finditer(text, unit.start, unit.end):
            gap = next(
                name
                for name in ("about_gap", "go_gap", "affect_gap", "trust_gap", "consider_gap")
                if match.group(name)
            )
            if gap == "about_gap" and _NOUN_LEAD.search(
                text, max(unit.start, match.start() - 12), match.start()
            ):
                continue  # "no mention about the plan": the noun, whose "about" stays
            if gap == "about_gap" and about_an_amount(text, match.end(gap)):
                continue  # "discussed about a dozen options": approximately
            start, end = match.span(gap)
            message = f"the verb takes its object without `{text[start + 1 : end]}`"
            findings.append(
                _finding(
                    start, end, "", "repair.ObjectPreposition", "Grammar", message, flagged=(start + 1, end)
                )
            )
        for match in _QUESTION_TAG.finditer(text, unit.start, unit.end):
            start, end = match.span(1)
            message = "a question tag closes the sentence: a question mark"
            findings.append(_finding(start, end, "?", "repair.QuestionTag", "Punctuation", message))
        for match in _LOT_OF.finditer(text, unit.start, unit.end):
            if match.group(1) in LOT_OF_LEADS:
                start, end = match.span(2)
                findings.append(
                    _finding(
                        start,
                        end,
                        "a lot",
                        "repair.LotOf",
                        "Grammar",
                        "`lot of` takes its article: `a lot of`",
                    )
                )
        for match in _THIRD_PERSON.finditer(text, unit.start, unit.end):
            lead, verb = match.group(1), match.group(4)
            if lead is not None and lead.lower() not in _CLAUSE_LEADS:
                continue  # "does he really", "let her also": not the clause's subject and verb
            if verb in AUXILIARIES or verb.endswith("s") or _inflected(counts, verb):
                continue
            form = third_person(verb)
            if counts.zipf(form) < VERB_ZIPF or not _prefers(counts, match.group(2).lower(), verb, form):
                continue
            start, end = match.span(4)
            findings.append(
                _finding(
                    start,
                    end,
                    form,
                    "repair.ThirdPerson",
                    "Agreement",
                    f"`{match.group(2)}` takes the verb's -s form: `{form}`",
                )
            )
        for match in _MODAL_PAST.finditer(text, unit.start, unit.end):
            verb, after = match.group("verb"), (match.group("after") or "").strip()
            if _LAST_WORD.search(text, max(unit.start, match.start() - 12), match.start()):
                continue  # "the will expressed the": a noun ("will", "can"), not a modal
            # after a verb that takes an infinitive, "to" is always the infinitive's, so a
            # regular past there needs no object to show it ("we have to reduced sulfur");
            # after a modal it may be a passive that lost its "be" ("will approved by")
            infinitive = match.group("infinitive") is not None
            base = PAST_ONLY.get(verb) or ((infinitive or after in OBJECT_OPENERS) and base_of(counts, verb))
            if not base:
                continue
            start, end = match.span("verb")
            message = f"after a modal or `to`, the verb's base form: `{base}`"
            findings.append(_finding(start, end, base, "repair.ModalBase", "Grammar", message))
        for match in _ITS_ADJECTIVE.finditer(text, unit.start, unit.end):
            start, end = match.span(1)
            fixed = f"{match.group(1)[0]}t's"
            message = f"`{match.group(2)}` describes the subject: `{fixed}` (it is)"
            findings.append(_finding(start, end, fixed, "repair.ItsIs", "Grammar", message))
        for match in _THIS_PLURAL.finditer(text, unit.start, unit.end):
            if _plural_after_this(counts, match.group(2), match.group(3) or ""):
                start, end = match.span(1)
                these = "These" if match.group(1)[0] == "T" else "these"
                message = f"`{match.group(2)}` is plural: `{these}`"
                findings.append(
                    _finding(start, end, these, "repair.DemonstrativeNumber", "Agreement", message)
                )
        for match in _BUT_CLAUSE.finditer(text, unit.start, unit.end):
            if match.group(1) in BUT_EXCEPT_LEADS:
                continue
            if match.group(2) and _CONTRAST_LEAD.search(
                _CLAUSE_START.search(text, unit.start, match.start()).group()
            ):
                continue  # "not in Paris but in Rome": two phrases in contrast, not two clauses
            at = match.end(1)
            findings.append(
                _finding(
                    at,
                    at,
                    ",",
                    "repair.ButComma",
                    "Punctuation",
                    "a clause after `but`: a comma comes before it",
                    flagged=match.span(1),
                )
            )
    return [f for f in findings if f.start not in quoted]


def stems_of(word: str) -> list[str]:
    """What a word ending in -s may be without it, the plural's singulars or the -s form's
    bases ("details" -> "detail", "pushes" -> "pushe", "push", "tries" -> "trie", "tri",
    "try"): the callers keep the one English uses."""
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return stems


def _singular(counts, each: str, plural: str) -> str | None:
    """The singular of ``plural`` that English writes after ``each`` ("every detail"),
    when it never writes the plural there; None otherwise."""
    seen = counts.pair_association(each, plural)
    if seen is not None and seen[1]:
        return None  # "each others", "every means": English writes it
    for stem in stems_of(plural):
        pair = counts.pair_association(each, stem)
        if counts.zipf(stem) >= VERB_ZIPF and pair is not None and pair[1] and pair[0] >= EACH_PAIR_PMI:
            return stem
    return None


def _plural_after_this(counts, word: str, after: str) -> bool:
    """``word`` after "this" is a plural noun: English pairs "these" with it and never
    "this" ("this animals"); and when it may be a verb's -s form ("it costs"), what follows
    shows the plural ("this costs are", not "this costs money"). Not a time word
    ("this weeks meeting" lost an apostrophe) nor a word ending in -ss ("this business")."""
    if word in TIME_PLURALS or word.endswith("ss"):
        return False
    now = counts.pair_association("this", word)
    then = counts.pair_association("these", word)
    if now is None or then is None or now[1] or not then[1]:
        return False
    verb = counts.pair_association("it", word)
    if verb is not None and verb[1]:
        return after in PLURAL_FOLLOWERS or (bool(after) and not after.isalpha())
    return True


def _plural_subject(counts, noun: str, verb: str) -> bool:
    """``noun`` is a regular plural (its singular is a common word: "details", not "news"
    or "series") that English pairs with the plural verb far likelier than with ``verb``
    as typed (wordsegment's pairs: "politics is", "news is", "species is" are as likely)."""
    stems = stems_of(noun)
    if noun.endswith(("us", "is")) or max(counts.zipf(stem) for stem in stems) < SINGULAR_ZIPF:
        return False
    now = counts.pair_association(noun, verb)
    then = counts.pair_association(noun, PLURAL_VERB_FORMS[verb])
    return now is not None and then is not None and then[1] and then[0] >= now[0] + SUBJECT_MARGIN


def base_of(counts, past: str) -> str | None:
    """The base form of a regular past ("stimulated" -> "stimulate", "stopped" -> "stop",
    "tried" -> "try"), when it is a verb English uses after "to" (wordsegment's pairs);
    None for a word that only ends so ("need", "red")."""
    if not past.endswith("ed") or len(past) < 5:
        return None
    stem = past[:-2]
    options = [stem + "e", stem]
    if stem.endswith("i"):
        options.append(stem[:-1] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        options.append(stem[:-1])
    for base in options:
        pair = counts.pair_association("to", base)
        if counts.zipf(base) >= VERB_ZIPF and pair is not None and pair[1] and pair[0] > 0.0:
            return base
    return None


def _inflected(counts, word: str) -> bool:
    """An -ed or -ing form ("asked", "making"), not a verb that ends so ("need", "bring":
    no stem of three letters; "going" is kept out by its -s form, which English lacks)."""
    for ending in ("ed", "ing"):
        stem = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(stem) >= 3
            and max(counts.zipf(stem), counts.zipf(stem + "e")) >= VERB_ZIPF
        ):
            return True
    return False


_PRONOUN_BEFORE = re.compile(r"(?:^|(?<=[.!?;,] )|\b(\w+) )([Hh]e|[Ss]he|[Ii]t) $", re.MULTILINE)
# how much likelier than chance English pairs the pronoun with the -s form than with the
# verb as typed (wordsegment's pairs, natural log), for the checker's agreement fix to be sure
AGREEMENT_MARGIN = 2.0


def pronoun_agreement(text: str, start: int, end: int, fixed: str) -> bool:
    """The checker's -s form after "he", "she" or "it" opening a clause ("and he enjoy it"
    -> "enjoys") is sure when English pairs the pronoun with the -s form far likelier than
    with the verb as typed: then the word is a verb in the present, not a past like "it
    cost" or a word that only looks like a verb ("he last saw")."""
    from repair.detect.lexicon import lexicon

    verb = text[start:end]
    if not verb.isalpha() or not verb.islower() or verb in SAME_PAST or fixed != third_person(verb):
        return False
    lead = _PRONOUN_BEFORE.search(text, max(0, start - 40), start)
    if lead is None or (lead.group(1) is not None and lead.group(1).lower() not in _CLAUSE_LEADS):
        return False
    counts = lexicon()
    pronoun = lead.group(2).lower()
    now = counts.pair_association(pronoun, verb)
    then = counts.pair_association(pronoun, fixed)
    if then is None or not then[1]:
        return False
    return now is None or not now[1] or then[0] > now[0] + AGREEMENT_MARGIN


_DEGREE_PAIR = re.compile(r"(?i:more|most) ([a-z]+)")
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_NEXT_WORD = re.compile(r"\s*([A-Za-z'’]*)")


def double_degree(text: str, start: int, end: int, fixed: str) -> bool:
    """The checker's comparative without its "more" ("more stronger than" -> "stronger")
    is sure when no noun can follow: a punctuation mark, the line's end, or a word that
    goes on a comparison or a clause ("than", "that", "and"). Before a noun "more" may
    count ("more older voters" is more of them), so the finding keeps the model's say;
    but "the most" before a superlative counts nothing ("the most worst period")."""
    pair = _DEGREE_PAIR.fullmatch(text, start, end)
    if pair is None or fixed.lower() != pair.group(1).lower():
        return False
    if text[start : start + 4].lower() == "most" and _THE_BEFORE.search(text, max(0, start - 8), start):
        return True  # "the most worst period": after "the", "most" counts nothing
    after = _NEXT_WORD.match(text, end).group(1).lower()
    return not after or after in DEGREE_CLOSERS


def _prefers(counts, pronoun: str, verb: str, form: str) -> bool:
    """English writes the pronoun with the -s form ("he needs") and seldom with the verb
    as it is ("he need" only before "not"): the word is a verb, not a noun or adjective."""
    now = counts.pair_association(pronoun, verb)
    then = counts.pair_association(pronoun, form)
    if then is None or not then[1]:
        return False
    return now is None or not now[1] or then[0] > now[0] + 1.0


def _finding(
    start: int,
    end: int,
    replacement: str,
    rule: str,
    category: str,
    message: str,
    flagged: tuple[int, int] | None = None,
) -> Finding:
    """A finding over ``flagged`` (default the fix's own span; an insertion flags the
    word before it) with the one fix."""
    return own_finding(flagged or (start, end), Fix(start, end, replacement), rule, category, message)


def own_finding(flagged: tuple[int, int], fix: Fix, rule: str, category: str, message: str) -> Finding:
    """One of the grammar pass's own findings ("repair.*" rules): the text at ``flagged``,
    with its one fix."""
    return Finding(
        start=flagged[0],
        end=flagged[1],
        rule=rule,
        category=category,
        kind=kind_for("repair", category),
        message=message,
        fixes=(fix,),
    )
