"""Per-sentence evidence of damage, each measured without the source text.

Every feature is a number where larger means "more likely damaged", and every non-zero
feature carries a phrase that says what was seen ("'Would' capitalised mid-sentence"), so
the combiner's top contributions can be shown to an editor as reasons.

What other passes already found is read from the finished analysis, not recomputed: the
grammar backend's raw findings (``Analysis.findings``), the names pass's recognised
mentions (``Analysis.context.entities``), and every pass's proposals (chrome, spacing,
structure, encoding, names).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence

from repair.detect.lexicon import lexicon
from repair.detect.lm import LM_FEATURES, lm_features
from repair.detect.sentence import ArticleWords, SentenceFeatures, SentenceView, measure
from repair.document import TERMINAL, Document, Sentence
from repair.edits import Proposal

__all__ = ["FEATURES", "GROUPS", "SentenceFeatures", "base_features", "extract", "lint_counts", "with_lints"]

# The features, in the order the weights file stores them, grouped for the ablation.
GROUPS: dict[str, tuple[str, ...]] = {
    "length": ("words", "few_words"),
    "lints": ("lint_spelling", "lint_grammar", "lint_punctuation", "lint_style"),
    "rare": ("rare_rate", "unknown_lower", "unknown_caps"),
    "fluency": (
        "fluency_worst",
        "fluency_mean",
        "fluency_unseen",
        "misfit_words",
        "bigram_nll",
        "bigram_worst",
    ),
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
    "cleanup": ("structure", "spacing", "encoding", "odd_chars", "odd_punct", "currency_space"),
    "untranslated": ("untranslated",),
    "lm": LM_FEATURES,  # only with the lm extra installed (repair/detect/lm.py)
}
FEATURES: tuple[str, ...] = tuple(name for names in GROUPS.values() for name in names)


def extract(
    doc: Document,
    proposals: Iterable[Proposal],
    entities: Sequence[dict],
    findings: Iterable[dict],
    use_lm: bool = False,
) -> list[SentenceFeatures]:
    """The features of every sentence of ``doc``, in order."""
    rows = base_features(doc, proposals, entities, use_lm)
    counts = lint_counts(doc, findings)
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
    return SentenceFeatures(values, evidence, row.spans)


def base_features(
    doc: Document, proposals: Iterable[Proposal], entities: Sequence[dict], use_lm: bool = False
) -> list[SentenceFeatures]:
    """Every feature but the grammar backend's lints, which arrive last (and, in the review
    app, a paragraph at a time): the sentence itself, its article, the other passes, and
    with ``use_lm`` the language model's surprisal (the lm extra)."""
    sentences = doc.sentences
    if not sentences:
        return []
    lex = lexicon()
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]

    proposal_conf: list[dict[str, float]] = [{} for _ in sentences]
    proposal_spans: list[dict[str, list[tuple[int, int]]]] = [{} for _ in sentences]
    for proposal in proposals:
        if proposal.rule in _OWN_FEATURE_RULES:
            continue
        for index in _overlapping(starts, ends, proposal.span.start, proposal.span.end):
            best = proposal_conf[index]
            best[proposal.kind] = max(best.get(proposal.kind, 0.0), proposal.confidence)
            proposal_spans[index].setdefault(proposal.kind, []).append(
                (proposal.span.start, proposal.span.end)
            )

    entity_variants: list[list[str]] = [[] for _ in sentences]
    entity_spans: list[list[tuple[int, int]]] = [[] for _ in sentences]
    recognised: list[tuple[int, int]] = []
    for entity in entities:
        text = " ".join(str(entity.get("text", "")).split())
        canonical = " ".join(str(entity.get("canonical", "")).split())
        if not canonical:
            continue
        if set(text.split()) <= set(canonical.split()):
            recognised.append((int(entity["start"]), int(entity["end"])))  # the name, or part of it
            continue
        for index in _overlapping(starts, ends, int(entity["start"]), int(entity["end"])):
            entity_variants[index].append(f"'{text}' for '{canonical}'")
            entity_spans[index].append((int(entity["start"]), int(entity["end"])))
    recognised.sort()

    article = ArticleWords.of(doc, lex)
    lm_rows = lm_features(doc) if use_lm else None
    results = []
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        features = measure(SentenceView(doc, sentence, following, lex, article, recognised))
        values, evidence = features.values, features.evidence
        conf = proposal_conf[index]
        for kind, name in _PROPOSAL_FEATURES:
            if conf.get(kind, 0.0) > 0:
                values[name] = conf[kind]
                evidence[name] = _PROPOSAL_REASONS[kind].format(conf[kind])
                _mark(features, name, sentence, proposal_spans[index][kind])
        if entity_variants[index]:
            _mark(features, "name_variant", sentence, entity_spans[index])
            values["name_variant"] = float(len(entity_variants[index]))
            evidence["name_variant"] = "name written differently elsewhere: " + ", ".join(
                entity_variants[index][:2]
            )
        if lm_rows is not None:
            lm_values, lm_evidence, lm_spans = lm_rows[index]
            values.update(lm_values)
            evidence.update(lm_evidence)
            features.spans.update(lm_spans)
        results.append(features)
    _context_features(results)
    return results


def furniture(doc: Document, rows: list[SentenceFeatures]) -> list[bool]:
    """Which sentences are page furniture rather than the article's prose: what a chrome
    rule took, and lines that are not sentences (a line of its own with no final stop
    and no sign of a sentence broken there: headings, menu items, lists of links)."""
    line_starts = [line.start for line in doc.lines]
    out = []
    for sentence, row in zip(doc.sentences, rows, strict=True):
        values = row.values
        if values.get("chrome", 0.0) > 0:
            out.append(True)
            continue
        if values.get("structure", 0.0) or values.get("next_odd_start", 0.0):
            out.append(False)
            continue
        index = bisect.bisect_right(line_starts, sentence.start) - 1
        line = doc.lines[index]
        whole = doc.text[line.start : line.end].strip() == doc.text[sentence.start : sentence.end].strip()
        out.append(whole and doc.text[sentence.end - 1] not in TERMINAL)
    return out


def _mark(features: SentenceFeatures, name: str, sentence: Sentence, spans: list[tuple[int, int]]) -> None:
    """Spans of another pass's finding, cut to the sentence (a removed line break or a
    chrome line reaches past it); a point between sentences marks nothing."""
    inside = [(max(a, sentence.start), min(b, sentence.end)) for a, b in spans]
    inside = [(a, b) for a, b in inside if a < b]
    if inside:
        features.spans[name] = inside


def _context_features(results: list[SentenceFeatures]) -> None:
    """Damage at a sentence break belongs to both sides: a clause cut off into the next
    sentence, an honorific left at the end of this one. Page chrome is no neighbour: a
    sentence is read beside the prose around the chrome ("Back to top" after it would
    otherwise make it look cut off), and chrome itself gets no context features."""
    places = [place for place, features in enumerate(results) if not features.values.get("chrome", 0.0)]
    prose = [results[place] for place in places]
    for index, features in enumerate(prose):
        if index + 1 < len(prose):
            following = prose[index + 1].values
            if following.get("starts_lower") or following.get("starts_clause"):
                features.values["next_odd_start"] = 1.0
                features.evidence["next_odd_start"] = "the next sentence reads as a piece cut from this one"
        if index > 0:
            previous = prose[index - 1].values
            # a line with no final stop "runs on" into what follows it: not when that is chrome
            # (a headline over its byline), unless this sentence takes up the broken one
            runs_on = previous.get("no_terminal") and (
                not results[places[index - 1] + 1].values.get("chrome") or features.values.get("starts_lower")
            )
            if previous.get("ends_honorific") or runs_on:
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
# Proposals whose damage a feature of its own measures, with its own weight: "$ 117.5" is
# a typesetting slip (currency_space), not the spacing damage of a garbled sentence.
_OWN_FEATURE_RULES = frozenset({"spacing.currency"})
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
