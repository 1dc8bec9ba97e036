"""One mangled run written twice: where the pass fixes a run with confidence, an identical
copy of it elsewhere in the article names the same person.

"Brazilian President Lu La met ..." is fixed to Lula with the role beside it; "Lu La said"
two sentences on has no role beside it, and on its own evidence it stays. The article wrote
the same letters for the same person, so the copy gets the fix the first one got, as sure
as that one up to automatic's floor. Only a copy the pass read as a suspect (no word of it a
name the gazetteer knows there) is taken, and only from a fix sure enough to be automatic.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from repair.passes.names.decisions import NameAnalysis
from repair.passes.names.entities import AUTO, name_proposal

COPY = 0.92  # never surer than automatic's floor: the copy's own evidence was too weak


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
    fixed = fixed_runs(result, article, least=AUTO)
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
        sure = min(confidence, COPY)
        result.proposals.append(
            name_proposal(
                text,
                m.start,
                m.end,
                replacement,
                rule="name.article-copy",
                confidence=sure,
                reason=f"{written!r} is written the same way earlier, where it is fixed to {replacement!r}",
                evidence=[
                    f"the article writes {written!r} again, and the names pass fixes it there ({confidence:.2f})"
                ],
            )
        )
        taken.append((m.start, m.end))
