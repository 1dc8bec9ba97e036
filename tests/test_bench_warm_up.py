"""The benchmarks warm Harper alone up as the pipeline's start-up does: on a word no
dictionary knows, so Harper's spelling index is built before the clock starts."""

from __future__ import annotations

import harper

from repair.measure.bench.runner import WARM_UP_UNKNOWN, _warm_up_text


def test_the_warm_up_text_has_a_word_harper_does_not_know() -> None:
    text = _warm_up_text()
    assert WARM_UP_UNKNOWN in text
    linter = harper.Linter()
    flagged = {
        text[lint.span.start : lint.span.end] for lint in linter.organized_lints(text).get("SpellCheck", [])
    }
    assert "Qzxvbrt" in flagged
