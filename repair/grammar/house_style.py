"""House style: the configured deprecated -> preferred forms ([grammar] house_style).

The one place house style is written as proposals from configuration. The gazetteer's
`variants` column (Kiev -> Kyiv) is the names pass's: it recognises the name as it
restyles it, so the grammar pass no longer proposes the same change a second time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from repair.edits import Proposal, Span, make_proposal

# Style is the house's call: configured rules are certain, but the kind decides whether
# they are applied (style is never automatic by default).
CONFIDENCE = 1.0


def house_style(text: str, rules: Mapping[str, str], rewritten: Sequence[Span]) -> list[Proposal]:
    """A style proposal for every whole-word use of a deprecated form outside ``rewritten``."""
    if not rules:
        return []
    pattern = _pattern(tuple(sorted(rules, key=lambda r: (-len(r), r))))
    proposals = []
    for match in pattern.finditer(text):
        span = Span(match.start(), match.end())
        if any(span.overlaps(s) for s in rewritten):
            continue
        preferred = rules[match.group(1)]
        proposals.append(
            make_proposal(
                text,
                span.start,
                span.end,
                preferred,
                kind="style",
                rule="repair.HouseStyle",
                confidence=CONFIDENCE,
                reason=f"house style: {preferred}, not {match.group(1)}",
                evidence=(f"house style rule {match.group(1)} -> {preferred}",),
            )
        )
    return proposals


@lru_cache(maxsize=8)
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``forms`` (longest first) as whole words."""
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
