"""Per-sentence evidence of damage, each measured without the source text.

Every feature is a number where larger means "more likely damaged", and every non-zero
feature carries a phrase that says what was seen ("'Would' capitalised mid-sentence"), so
the combiner's top contributions can be shown to an editor as reasons.

What other passes already found is read, not recomputed: the grammar backend's raw
findings (``context.notes["grammar.lints"]``), the names pass's recognised mentions
(``context.notes["names.entities"]``), and every pass's proposals (chrome, spacing,
structure, encoding, names).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from repair.detect.lexicon import Lexicon, lexicon
from repair.document import Document, Sentence
from repair.edits import Proposal
from repair.passes.context import PassContext

# The features, in the order the weights file stores them, grouped for the ablation.
GROUPS: dict[str, tuple[str, ...]] = {
    "length": ("words", "few_words"),
    "lints": ("lint_spelling", "lint_grammar", "lint_punctuation", "lint_style"),
    "rare": ("rare_rate", "unknown_lower", "unknown_caps"),
    "fluency": ("fluency_worst", "fluency_unseen", "misfit_words"),
    "casing": ("caps_mid", "caps_common", "lower_proper"),
    "fragments": (
        "ends_honorific",
        "starts_lower",
        "starts_clause",
        "starts_subordinate",
        "starts_participle",
        "no_terminal",
        "short_sentence",
        "next_odd_start",
        "prev_odd_end",
    ),
    "doubled": ("doubled",),
    "names": ("name_variant", "name_proposal", "near_variant", "name_words"),
    "chrome": ("chrome",),
    "cleanup": ("structure", "spacing", "encoding", "odd_chars", "odd_punct"),
}
FEATURES: tuple[str, ...] = tuple(name for names in GROUPS.values() for name in names)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HONORIFICS = _words(
    "mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm rev fr st pres messrs mme mlle"
)
FUNCTION_WORDS = _words("""a an the and or but nor so yet for of to in on at by from with without into onto upon
    about above after against along among around before behind below beneath beside between
    beyond during except inside near off over past since through throughout toward towards
    under until unto up via within is are was were be been being am has have had having do
    does did will would shall should can could may might must not no as than then that this
    these those which who whom whose what when where while whether if because although though
    it its he him his she her they them their we us our you your also very just only even
    such some any each every all both either neither many much more most other another same
    said says say told tell added asked called made make took take gave give went go came come
    there here now still already again""")
_DAYS_MONTHS = _words("""monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""")
_HONOUR_AFTER_OPENER = frozenset(":\"“‘'(—–-;[")
_TERMINAL = frozenset(".!?\"'”’)…")
_DOUBLE_OK = frozenset({"had", "that", "is", "do"})
_ODD_CHARS = re.compile("[\ufffd\u00c2\u00c3\u00e2\u20ac\u0080-\u009f]|Ã.|â€")
_ODD_PUNCT = re.compile(
    r"\s[,.;:!?](?!\.\.)|[,;:][,.;:]|\.[,;:]|(?<!\.)\.\.(?!\.)|[(\[]\s|\s[)\]]|[$€£]\s\d|\s{2,}(?=\S)"
)
# Words that begin a dependent clause: a sentence opening with one of the first set is
# almost always a clause cut from the sentence before; the second set is merely suspect.
_CLAUSE_OPENERS = _words("including which who whose whom where especially particularly notably and or nor")
_SUBORDINATORS = _words(
    "while when as although though because after before since unless if whereas despite until once"
)
# Capitalised words that belong to titles and organisation names ("Foreign Minister",
# "Bank of Japan"), not to the names of people.
TITLE_WORDS = _words("""president minister secretary governor chairman chairwoman chair chief director general
    commissioner spokesman spokeswoman spokesperson ambassador envoy adviser advisor senator
    representative premier chancellor king queen prince princess emperor pope cardinal
    mayor judge justice admiral colonel captain sergeant lieutenant major commander officer
    deputy vice prime foreign finance defense defence interior economy trade energy health
    state national security central federal reserve bank house party council union nations
    united european commission ministry department office agency court parliament assembly
    congress senate government army navy force forces fund organization organisation
    association league committee board group summit forum exchange market company corporation
    university institute north south east west new great greater republic democratic people
    kingdom states island islands sea ocean river city county province region gulf strait
    international world global economic development affairs public social labor labour
    federation alliance coalition front movement times post news press daily journal""")
PERSON_TITLES = _words("""president minister secretary governor chairman chairwoman chair chief director
    commissioner spokesman spokeswoman spokesperson ambassador envoy adviser advisor senator
    chancellor premier king queen prince princess emperor mayor judge general admiral colonel
    captain leader""")
# endings of verbs, adjectives and abstract nouns, rare at the end of a proper name
_COMMON_SUFFIX = re.compile(r"(?:ed|ing|ly|al|ive|ous|ful|less|ment|ness|ity|ise|ize|ate|ble)$")
_PREPOSITIONS_ING = _words(
    "according during following regarding concerning including excluding considering pending notwithstanding beijing"
)
_DEMONYM = re.compile(r"(?:an|ian|ese|ish|i)$")
_CONNECTORS = _words("of for and de del la le von van al bin the on")


@dataclass
class SentenceFeatures:
    values: dict[str, float]
    evidence: dict[str, str] = field(default_factory=dict)  # feature -> what was seen, in words

    def vector(self, names: Sequence[str] = FEATURES) -> list[float]:
        return [self.values.get(name, 0.0) for name in names]


def extract(doc: Document, proposals: Iterable[Proposal], context: PassContext) -> list[SentenceFeatures]:
    """The features of every sentence of ``doc``, in order."""
    rows = base_features(doc, proposals, context)
    counts = lint_counts(doc, context.notes.get("grammar.lints") or ())
    return [with_lints(row, found) for row, found in zip(rows, counts, strict=True)]


def lint_counts(doc: Document, lints: Iterable[dict]) -> list[Counter[str]]:
    """The grammar backend's findings (``Finding.to_note()``) per sentence, by lint group."""
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    counts: list[Counter[str]] = [Counter() for _ in sentences]
    for lint in lints:
        group = lint_group(str(lint.get("category", "")))
        for index in _overlapping(starts, ends, int(lint["start"]), int(lint["end"])):
            counts[index][group] += 1
    return counts


def with_lints(row: SentenceFeatures, counts: Counter[str]) -> SentenceFeatures:
    """``row`` with its lint features: a copy when there are any, ``row`` itself otherwise."""
    if not counts:
        return row
    values, evidence = dict(row.values), dict(row.evidence)
    _lint_features(counts, values, evidence)
    return SentenceFeatures(values, evidence)


def base_features(
    doc: Document, proposals: Iterable[Proposal], context: PassContext
) -> list[SentenceFeatures]:
    """Every feature but the grammar backend's lints, which arrive last (and, in the review
    app, a paragraph at a time): the sentence itself, its article, the other passes."""
    sentences = doc.sentences
    if not sentences:
        return []
    lex = lexicon()
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]

    proposal_conf: list[dict[str, float]] = [{} for _ in sentences]
    for proposal in proposals:
        for index in _overlapping(starts, ends, proposal.span.start, proposal.span.end):
            best = proposal_conf[index]
            best[proposal.kind] = max(best.get(proposal.kind, 0.0), proposal.confidence)

    entity_variants: list[list[str]] = [[] for _ in sentences]
    recognised: list[tuple[int, int]] = []
    for entity in context.notes.get("names.entities") or ():
        text = " ".join(str(entity.get("text", "")).split())
        canonical = " ".join(str(entity.get("canonical", "")).split())
        if not canonical:
            continue
        if set(text.split()) <= set(canonical.split()):
            recognised.append((int(entity["start"]), int(entity["end"])))  # the name, or part of it
            continue
        for index in _overlapping(starts, ends, int(entity["start"]), int(entity["end"])):
            entity_variants[index].append(f"'{text}' for '{canonical}'")
    recognised.sort()

    article = _ArticleWords.of(doc, lex)
    results = []
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        features = _sentence_features(doc, sentence, following, lex, article, recognised)
        values, evidence = features.values, features.evidence
        conf = proposal_conf[index]
        for kind, name in _PROPOSAL_FEATURES:
            if conf.get(kind, 0.0) > 0:
                values[name] = conf[kind]
                evidence[name] = _PROPOSAL_REASONS[kind].format(conf[kind])
        if entity_variants[index]:
            values["name_variant"] = float(len(entity_variants[index]))
            evidence["name_variant"] = "name written differently elsewhere: " + ", ".join(
                entity_variants[index][:2]
            )
        results.append(features)
    _context_features(results)
    return results


def _context_features(results: list[SentenceFeatures]) -> None:
    """Damage at a sentence break belongs to both sides: a clause cut off into the next
    sentence, an honorific left at the end of this one."""
    for index, features in enumerate(results):
        if index + 1 < len(results):
            following = results[index + 1].values
            if following.get("starts_lower") or following.get("starts_clause"):
                features.values["next_odd_start"] = 1.0
                features.evidence["next_odd_start"] = "the next sentence reads as a piece cut from this one"
        if index > 0:
            previous = results[index - 1].values
            if previous.get("ends_honorific") or previous.get("no_terminal"):
                features.values["prev_odd_end"] = 1.0
                features.evidence["prev_odd_end"] = "the sentence before breaks off (title or no final stop)"


# Proposal kinds that are features of the sentences they touch, and the feature of each.
_PROPOSAL_FEATURES = (
    ("chrome", "chrome"),
    ("structure", "structure"),
    ("spacing", "spacing"),
    ("encoding", "encoding"),
    ("name", "name_proposal"),
)
FEATURE_KINDS = frozenset(kind for kind, _ in _PROPOSAL_FEATURES)
_PROPOSAL_REASONS = {
    "chrome": "looks like page chrome (chrome rule, confidence {:.2f})",
    "structure": "paragraph or sentence broken here (structure rule, confidence {:.2f})",
    "spacing": "spacing or doubled punctuation damage (confidence {:.2f})",
    "encoding": "mis-decoded characters (confidence {:.2f})",
    "name": "a name here looks mangled (names pass, confidence {:.2f})",
}


def lint_group(category: str) -> str:
    """A backend's rule category (Harper's lint kind or LanguageTool's category id) -> group."""
    lowered = category.lower()
    if "punct" in lowered or "format" in lowered or "typograph" in lowered:
        return "punctuation"
    if "spell" in lowered or "typo" in lowered:
        return "spelling"
    if any(
        key in lowered
        for key in ("style", "enhanc", "readab", "redund", "region", "colloq", "plain", "wikipedia")
    ):
        return "style"
    return "grammar"


def _lint_features(counts: Counter[str], values: dict[str, float], evidence: dict[str, str]) -> None:
    words = max(1.0, values.get("_words", 1.0))
    for group in ("spelling", "grammar", "punctuation", "style"):
        count = counts.get(group, 0)
        if count:
            values[f"lint_{group}"] = count / words
            plural = "s" if count > 1 else ""
            evidence[f"lint_{group}"] = f"{count} {group} finding{plural} in {int(words)} words"


def _overlapping(starts: list[int], ends: list[int], start: int, end: int) -> range:
    """Indices of the sentences a span overlaps; an empty span, or one that lies between
    sentences (a line break put in or taken out), counts for the sentences it touches."""
    inside = range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end))
    if start < end and len(inside):
        return inside
    return range(bisect.bisect_left(ends, start), bisect.bisect_right(starts, end))


@dataclass
class _ArticleWords:
    """What the whole article says about its words: which appear in lower case, and which
    capitalised words look like a rarer spelling of another one in the same article."""

    lower: Counter[str]  # words seen in lower case, how often
    capitalised: Counter[str]  # words seen capitalised inside a sentence, how often
    variants: dict[str, str]  # rarer spelling -> the spelling it varies

    @classmethod
    def of(cls, doc: Document, lex: Lexicon) -> _ArticleWords:
        lower: Counter[str] = Counter()
        capitalised: Counter[str] = Counter()
        inside: Counter[str] = Counter()
        for sentence in doc.sentences:
            for position, token in enumerate(sentence.tokens):
                text = token.text
                if not text.isalpha():
                    continue
                if text[0].islower():
                    lower[text] += 1
                elif len(text) == 1 or text[1:].islower():
                    if position > 0:
                        inside[text] += 1
                    if len(text) >= 4:
                        capitalised[text] += 1
        return cls(lower, inside, _near_variants(capitalised, lex))


def _near_variants(counts: Counter[str], lex: Lexicon) -> dict[str, str]:
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extract

    words = list(counts)
    variants = {}
    for word in words:
        zipf = lex.zipf(word.lower())
        if zipf >= 3.5:
            continue
        limit = 1 if len(word) <= 5 else 2
        for other, distance, _ in extract(
            word, words, scorer=Levenshtein.distance, score_cutoff=limit, limit=None
        ):
            if other == word or distance == 0:
                continue
            if other.startswith(word) or word.startswith(other) or word[0] != other[0]:
                continue  # Russia/Russian, Korea/Korean: a derived form, not a respelling
            other_zipf = lex.zipf(other.lower())
            if other_zipf >= 5.0:
                continue  # 'Chinh' is not a misspelt 'China'
            if counts[word] < counts[other] or (counts[word] == counts[other] and zipf < other_zipf):
                variants[word] = other
                break
    return variants


def _sentence_features(
    doc: Document,
    sentence: Sentence,
    following: Sentence | None,
    lex: Lexicon,
    article: _ArticleWords,
    recognised: list[tuple[int, int]],
) -> SentenceFeatures:
    tokens = sentence.tokens
    words = [t.text for t in tokens if t.is_word]
    n_words = len(words)
    values: dict[str, float] = {"_words": float(n_words), "words": math.log1p(n_words)}
    evidence: dict[str, str] = {}
    if not n_words:
        return SentenceFeatures(values, evidence)

    # rare and unknown words
    lower_words = [w for w in words if w.isalpha() and w[0].islower()]
    rare = [w for w in lower_words if lex.zipf(w) < 3.0]
    unknown = [w for w in rare if len(w) >= 3 and lex.zipf(w) == 0.0]
    if lower_words and rare:
        values["rare_rate"] = len(rare) / len(lower_words)
        evidence["rare_rate"] = f"{len(rare)} of {len(lower_words)} words are rare ({_quote(rare)})"
    if unknown:
        values["unknown_lower"] = float(len(unknown))
        evidence["unknown_lower"] = f"unknown word{'s' if len(unknown) > 1 else ''} {_quote(unknown)}"

    # casing, unknown capitalised words, near variants, doubled words
    caps_mid, caps_common, unknown_caps, near, doubled, lower_proper = [], [], [], [], [], []
    previous = None
    for position, token in enumerate(tokens):
        text = token.text
        if not text.isalpha():
            previous = token
            continue
        if text[0].islower() and article.lower[text] == 1 and _proper_elsewhere(text, lex, article):
            lower_proper.append(text)
        if (
            previous is not None
            and previous.text.isalpha()
            and previous.text.lower() == text.lower()
            and text.lower() not in _DOUBLE_OK
        ):
            doubled.append(text)
        if text in article.variants:
            near.append(text)
        if position > 0 and text[0].isupper() and (len(text) == 1 or text[1:].islower()):
            lowered = text.lower()
            if lex.zipf(lowered) < 1.0 and len(text) >= 3:
                unknown_caps.append(text)
            if _odd_capital(tokens, position, lowered, lex, article):
                caps_mid.append(text)
            elif _common_capitalised(tokens, position, lowered, lex, article, recognised):
                caps_common.append(text)
        previous = token
    if lower_proper:
        values["lower_proper"] = float(len(lower_proper))
        evidence["lower_proper"] = f"{_quote(lower_proper)} in lower case, capitalised elsewhere"
    ordinary = _ordinary_word_names(tokens, lex, recognised)
    if ordinary:
        values["name_words"] = float(len(ordinary))
        evidence["name_words"] = f"a name made of ordinary words: {_quote(ordinary)}"
    if caps_common:
        values["caps_common"] = float(len(caps_common))
        evidence["caps_common"] = f"{_quote(caps_common)} capitalised, though not a name"
    if caps_mid:
        values["caps_mid"] = float(len(caps_mid))
        evidence["caps_mid"] = f"{_quote(caps_mid)} capitalised mid-sentence"
    if unknown_caps:
        values["unknown_caps"] = float(len(unknown_caps))
        evidence["unknown_caps"] = (
            f"unknown capitalised word{'s' if len(unknown_caps) > 1 else ''} {_quote(unknown_caps)}"
        )
    if near:
        values["near_variant"] = float(len(near))
        pairs = ", ".join(f"'{w}' but '{article.variants[w]}' elsewhere" for w in near[:2])
        evidence["near_variant"] = f"inconsistent spelling: {pairs}"
    if doubled:
        values["doubled"] = float(len(doubled))
        evidence["doubled"] = f"doubled word {_quote(doubled)}"

    # fluency: adjacent word pairs that English rarely puts together
    worst, worst_pair, unseen, pairs = 0.0, None, 0, 0
    prev_word = None
    for position, token in enumerate(tokens):
        text = token.text
        if not text.isalpha() or (position > 0 and not text[0].islower()):
            prev_word = None  # a name's statistics say nothing about this sentence's fluency
            continue
        lowered = text.lower()
        if prev_word is not None:
            association = lex.pair_association(prev_word, lowered)
            if association is not None:
                pairs += 1
                pmi, seen = association
                if not seen and pmi < -1.0:
                    unseen += 1
                if -pmi > worst:
                    worst, worst_pair = -pmi, (prev_word, lowered)
        prev_word = lowered
    if worst_pair is not None and worst > 0:
        values["fluency_worst"] = min(worst, 12.0)
        evidence["fluency_worst"] = f"'{worst_pair[0]} {worst_pair[1]}' is a rare word pair in English"
    misfits = _misfit_words(tokens, lex)
    if misfits:
        values["misfit_words"] = float(len(misfits))
        evidence["misfit_words"] = f"{_quote(misfits)} fits neither the word before nor the word after"
    if pairs and unseen:
        values["fluency_unseen"] = unseen / pairs
        evidence["fluency_unseen"] = f"{unseen} of {pairs} word pairs unattested in web English"

    # fragments
    last = tokens[-1].text
    last_word = next((t.text for t in reversed(tokens) if t.is_word), "")
    bare = last_word.lower().rstrip(".")
    if (last == "." or last_word.endswith(".")) and (
        bare in HONORIFICS or (bare in PERSON_TITLES and last_word[:1].isupper() and n_words > 1)
    ):
        values["ends_honorific"] = 1.0
        evidence["ends_honorific"] = f"ends with the title '{last_word.rstrip('.')}.'"
    first_word = next((t.text for t in tokens if t.is_word), "")
    if first_word[:1].islower():
        values["starts_lower"] = 1.0
        evidence["starts_lower"] = f"starts in lower case ('{first_word}')"
    opener = first_word.lower() if first_word[1:].islower() or first_word.islower() else ""
    if opener in _CLAUSE_OPENERS or (opener == "such" and len(words) > 1 and words[1] == "as"):
        values["starts_clause"] = 1.0
        evidence["starts_clause"] = f"starts with '{first_word}', like a clause cut from its sentence"
    elif opener in _SUBORDINATORS:
        if any(t.text in (",", ";", ":", "—") for t in tokens):
            values["starts_subordinate"] = 1.0
            evidence["starts_subordinate"] = f"starts with '{first_word}'"
        else:
            values["starts_clause"] = 1.0
            evidence["starts_clause"] = f"starts with '{first_word}' and has no main clause"
    elif (
        opener.endswith("ing")
        and opener not in _PREPOSITIONS_ING
        and not article.capitalised[first_word]
        and len(opener) > 5
        and lex.zipf(opener) >= 2.5
        and any(t.text == "," for t in tokens)
    ):
        values["starts_participle"] = 1.0
        evidence["starts_participle"] = f"opens with the clause '{first_word} ...'"
    terminal = last[-1:] in _TERMINAL
    if n_words <= 6 and not terminal:  # page chrome: short lines with no final stop
        values["few_words"] = 1.0
        evidence["few_words"] = "a short line with no final stop"
    if not terminal and (
        (following is not None and following.paragraph == sentence.paragraph)
        or (
            following is not None and next((t.text for t in following.tokens if t.is_word), "A")[:1].islower()
        )
    ):
        values["no_terminal"] = 1.0
        evidence["no_terminal"] = "stops without final punctuation and the text runs on"
    if terminal and n_words <= 4:
        values["short_sentence"] = 1.0
        evidence["short_sentence"] = f"a short orphan sentence ({n_words} word{'s' if n_words > 1 else ''})"

    # mis-decoded characters and punctuation damage
    text = doc.text[sentence.start : sentence.end]
    odd = _ODD_CHARS.findall(text)
    if odd:
        values["odd_chars"] = float(len(odd))
        evidence["odd_chars"] = f"mis-decoded characters ({_quote(odd)})"
    punct = _ODD_PUNCT.findall(text)
    if punct:
        values["odd_punct"] = float(len(punct))
        evidence["odd_punct"] = f"{len(punct)} spacing or punctuation slip{'s' if len(punct) > 1 else ''}"
    return SentenceFeatures(values, evidence)


def _proper_elsewhere(word: str, lex: Lexicon, article: _ArticleWords) -> bool:
    """A word in lower case once, that the article otherwise writes as a proper noun
    ("malaysian", "russia"): a sentence start moved inside a sentence."""
    seen = article.capitalised[word.capitalize()]
    if not seen or word in TITLE_WORDS or lex.zipf(word) >= 5.0:
        return False
    return seen >= 2 or bool(_DEMONYM.search(word))


def _common_capitalised(tokens, position: int, lowered: str, lex, article, recognised) -> bool:
    """An everyday word capitalised alone inside a sentence, that is not a name the names
    pass recognised and that the article does not capitalise anywhere else."""
    token = tokens[position]
    if lowered in _DAYS_MONTHS or lowered in TITLE_WORDS:
        return False
    if lex.zipf(lowered) < 3.0 or not _COMMON_SUFFIX.search(lowered):
        return False
    if article.capitalised[token.text] > 1 or _DEMONYM.search(lowered):
        return False
    previous = tokens[position - 1].text
    following = tokens[position + 1].text if position + 1 < len(tokens) else ""
    if not previous[:1].islower() or following[:1].isupper() or following[:1].isdigit():
        return False
    after = tokens[position + 2].text if position + 2 < len(tokens) else ""
    if following.lower() in _CONNECTORS and after[:1].isupper():
        return False
    return not _inside_any(recognised, token.start, token.end)


def _odd_capital(tokens, position: int, lowered: str, lex: Lexicon, article: _ArticleWords) -> bool:
    """A capitalised word inside a sentence that is normally written in lower case, standing
    alone (not part of a name or title such as "Foreign Minister" or "White House")."""
    if lowered in _DAYS_MONTHS or lowered == "i":
        return False
    previous = tokens[position - 1].text
    if previous in _HONOUR_AFTER_OPENER or previous[-1:] in _HONOUR_AFTER_OPENER:
        return False
    following = tokens[position + 1].text if position + 1 < len(tokens) else ""
    function = lowered in FUNCTION_WORDS
    # inside a name or title: "Foreign Minister", "Bank of Japan", "League for Democracy"
    if previous[:1].isupper() and not (position == 1 and function):
        return False
    if previous[:1].isdigit():
        return False
    if following[:1].isupper() and not (function and lowered not in ("the", "a", "an")):
        return False
    after = tokens[position + 2].text if position + 2 < len(tokens) else ""
    if following.lower() in _CONNECTORS and after[:1].isupper() and not function:
        return False
    before = tokens[position - 2].text if position >= 2 else ""
    if previous.lower() in _CONNECTORS and before[:1].isupper() and not function:
        return False
    if function:
        return True
    return article.lower[lowered] > 0 and lex.zipf(lowered) >= 3.0 and lowered not in TITLE_WORDS


def _quote(items: Sequence[str], limit: int = 3) -> str:
    unique = list(dict.fromkeys(items))
    shown = ", ".join(f"'{item}'" for item in unique[:limit])
    return shown + (", ..." if len(unique) > limit else "")


def _ordinary_word_names(tokens, lex: Lexicon, recognised: list[tuple[int, int]]) -> list[str]:
    """Runs of two or more capitalised everyday words where a person's name would stand
    ("Foreign Minister Wong Ye" for Wang Yi), outside the names the names pass recognised
    and leaving out title and organisation words."""
    found = []
    run: list = []
    for position, token in enumerate([*tokens, None]):
        text = token.text if token is not None else ""
        if (
            token is not None
            and position > 0
            and text.isalpha()
            and text[0].isupper()
            and (len(text) == 1 or text[1:].islower())
        ):
            run.append(token)
            continue
        people = [t for t in run if t.text.lower() not in TITLE_WORDS]
        # only the tail after the titles: "Governor Gas Utah" -> "Gas Utah"
        titled = False
        while run and run[0].text.lower() in TITLE_WORDS:
            titled = titled or run[0].text.lower() in PERSON_TITLES
            run.pop(0)
        speaks = text.lower() in ("said", "says", "told", "added")
        if (
            (titled or speaks)
            and 2 <= len(run) <= 4
            and len(people) == len(run)
            and all(lex.zipf(t.text.lower()) >= 3.0 and len(t.text) > 1 for t in run)
            and sum(lex.zipf(t.text.lower()) for t in run) / len(run) >= 3.8
            and not _inside_any(recognised, run[0].start, run[-1].end)
            and not any(t.text.lower() in _DAYS_MONTHS for t in run)
        ):
            found.append(" ".join(t.text for t in run))
        run = []
    return found


def _inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_right(spans, (start, float("inf"))) - 1
    for candidate in spans[max(0, index - 2) : index + 3]:
        if candidate[0] < end and start < candidate[1]:
            return True
    return False


def _misfit_words(tokens, lex: Lexicon) -> list[str]:
    """Common lower-case words that web English never puts after the word before them nor
    before the word after them ("raised interest paces on"): a wrong-sense synonym's trace."""
    found = []
    for position in range(1, len(tokens) - 1):
        left, word, right = tokens[position - 1].text, tokens[position].text, tokens[position + 1].text
        if not (word.isalpha() and word.islower() and left.isalpha() and right.isalpha()):
            continue
        if not right.islower() or lex.zipf(word) < 3.0:
            continue
        before = lex.pair_association(left.lower(), word)
        after = lex.pair_association(word, right)
        if before is None or after is None or before[1] or after[1]:
            continue
        if before[0] < 0 and after[0] < 0:
            found.append(word)
    return found
