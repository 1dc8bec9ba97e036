"""One mangled run written twice: where the pass fixes a run with confidence, an identical
copy of it elsewhere in the article names the same person.

"Brazilian President Lu La met ..." is fixed to Lula with the role beside it; "Lu La said"
two sentences on has no role beside it, and on its own evidence it stays. The article wrote
the same letters for the same person, so the copy gets the fix the first one got, as sure
as that one up to automatic's floor. Only a copy the pass read as a suspect (no word of it a
name the gazetteer knows there) is taken. A copy of a fix kept for review is offered for review
too, below the fix it copies: a reviewer who accepts "Mehmet Lightning" as Şimşek wants
"Lightning said" two lines on offered with it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from repair.gazetteer.keys import fold
from repair.passes.names.decisions import MIN_CONFIDENCE, NameAnalysis
from repair.passes.names.entities import AUTO, name_proposal

RULE = "name.article-copy"
COPY = 0.92  # never surer than automatic's floor: the copy's own evidence was too weak
REVIEW_COPY = 0.75  # a copy of a fix kept for review: for review, below it


def _copied(confidence: float, sure: float) -> float:
    """How sure a copy of a fix of ``confidence`` is: up to ``sure`` when the fix is automatic,
    for review below the fix when it is not."""
    return min(confidence, sure) if confidence >= AUTO else min(confidence - 0.05, REVIEW_COPY)


def fixed_runs(result: NameAnalysis, article, least: float = 0.0) -> dict[str, tuple[str, float, int]]:
    """written run -> (the run as the pass's name proposals make it, their least confidence,
    where it starts), for every run of the article a name proposal of ``least`` or more changes."""
    text = article.doc.text
    fixed: dict[str, tuple[str, float, int]] = {}
    # name proposals by where they start: a 10,000-word article has hundreds of runs and of
    # proposals, and each run asks only for the ones inside it
    names = sorted((p for p in result.proposals if p.kind == "name"), key=lambda p: p.span.start)
    starts = [p.span.start for p in names]
    for reading in article.readings:
        m = reading.mention
        first = bisect_left(starts, m.start)
        inside = [p for p in names[first : bisect_right(starts, m.end)] if p.span.end <= m.end]
        if not inside or min(p.confidence for p in inside) < least:
            continue
        out, at = [], m.start
        for p in inside:
            out += [text[at : p.span.start], p.replacement]
            at = p.span.end
        out.append(text[at : m.end])
        fixed.setdefault(text[m.start : m.end], ("".join(out), min(p.confidence for p in inside), m.start))
    return fixed


def copies_of_fixed_names(result: NameAnalysis, article) -> None:
    text = article.doc.text
    fixed = fixed_runs(result, article, least=MIN_CONFIDENCE)
    if not fixed:
        return
    taken = sorted((p.span.start, p.span.end) for p in result.proposals if p.kind in ("name", "style"))
    for reading in article.readings:
        m = reading.mention
        written = text[m.start : m.end]
        if reading.status != "suspect" or written not in fixed:
            continue
        replacement, confidence, at = fixed[written]
        if at == m.start or any(s < m.end and m.start < e for s, e in taken):
            continue
        sure = _copied(confidence, COPY)
        if sure < MIN_CONFIDENCE:
            continue
        result.proposals.append(
            name_proposal(
                text,
                m.start,
                m.end,
                replacement,
                rule=RULE,
                confidence=sure,
                reason=f"{written!r} is written the same way earlier, where it is fixed to {replacement!r}",
                evidence=[
                    f"the article writes {written!r} again, and the names pass fixes it there ({confidence:.2f})"
                ],
            )
        )
        taken.append((m.start, m.end))


SURNAME_COPY = 0.92  # the surname alone as the fixed run wrote it: as sure as a copy
SURNAME_WORD = 0.85  # ... but an English word there ("Jolly said"): for review


def surnames_of_fixed_names(result: NameAnalysis, article) -> None:
    """A person's mangled surname alone, as the fixed run wrote it: "Muhammad Shiya
    al-Soudani" fixed with confidence to Mohammed Shia al-Sudani, "Al-Soudani said" further
    on is the same man. A word English writes too ("Melanie Jolly" fixed to Joly, then "Jolly
    said") is offered for review. A weaker proposal on the same word that comes to the same
    name gives way."""
    text = article.doc.text
    leads: dict[str, tuple[str, float, str]] = {}  # surname as written -> (as fixed, confidence, run)
    for written, (replacement, confidence, _) in fixed_runs(result, article, least=MIN_CONFIDENCE).items():
        old, new = written.split(), replacement.split()
        if len(old) < 2 or len(old) != len(new) or fold(old[-1]) == fold(new[-1]) or len(old[-1]) < 3:
            continue
        leads.setdefault(fold(old[-1]), (new[-1], confidence, written))
    if not leads:
        return
    status = {r.mention.start: r.status for r in article.readings}
    names = [p for p in result.proposals if p.kind in ("name", "style")]
    for m in article.mentions:
        if len(m.words) != 1 or status.get(m.start) == "known":
            continue
        word = text[m.start : m.end]
        if fold(word) not in leads:
            continue
        new, confidence, run = leads[fold(word)]
        over = [p for p in names if p.span.start < m.end and m.start < p.span.end]
        if any(
            (p.span.start, p.span.end) != (m.start, m.end)
            or p.confidence >= AUTO
            or fold(p.replacement) != fold(new)
            for p in over
        ):
            continue
        sure = _copied(confidence, SURNAME_COPY if status.get(m.start) == "suspect" else SURNAME_WORD)
        if sure < MIN_CONFIDENCE or (over and sure <= max(p.confidence for p in over)):
            continue
        result.proposals = [p for p in result.proposals if p not in over]
        fixed = new[0].upper() + new[1:] if word[:1].isupper() else new
        why = f"{word!r} is the surname of {run!r}, fixed to {new!r} in the article"
        evidence = [f"the article writes {run!r}, and the names pass fixes it ({confidence:.2f})"]
        copy = name_proposal(
            text, m.start, m.end, fixed, rule=RULE, confidence=sure, reason=why, evidence=evidence
        )
        result.proposals.append(copy)
