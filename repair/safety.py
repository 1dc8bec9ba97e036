"""The guard every automatic write passes, as black verifies before it writes.

A repaired text is refused when it changes too large a share of the words, or when the
diff between the two does not replay exactly in both directions.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from repair.config import Config
from repair.diffs import apply_patch, unified_diff
from repair.edits import Proposal

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class GuardResult:
    ok: bool
    reason: str = ""


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def changed_word_share(original: str, repaired: str) -> float:
    before = _WORD.findall(original)
    after = _WORD.findall(repaired)
    if not before:
        return 0.0 if not after else 1.0
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return 1.0 - kept / len(before)


def guard(original: str, repaired: str, config: Config, applied: Sequence[Proposal] = ()) -> GuardResult:
    """Check a repaired text against its original before anything is written.

    ``applied`` are the proposals that produced it; words removed as page chrome do not
    count towards the share of changed words.
    """
    removed_words = sum(count_words(p.original) for p in applied if p.kind == "chrome")
    if original == repaired:
        return GuardResult(True)
    before = count_words(original)
    words = max(1, before - removed_words)
    share = (changed_word_share(original, repaired) * before - removed_words) / words
    if share > config.max_changed_share:
        return GuardResult(
            False, f"{share:.0%} of the words would change (limit {config.max_changed_share:.0%})"
        )
    diff = unified_diff(original, repaired, "article")
    if apply_patch(repaired, diff, reverse=True) != original:
        return GuardResult(False, "the diff does not reverse to the original")
    return GuardResult(True)
