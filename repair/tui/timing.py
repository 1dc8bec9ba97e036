"""The review app's timing hooks: when each stage of an article reached the screen.

The app stamps these as it goes; the review bench (repair.tui.bench) reads them. They
cost a perf_counter call each and nothing else, so they stay on in normal use.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class Timings:
    preview_shown_at: float = 0.0  # perf_counter when the article's text was shown
    first_proposals_at: float = 0.0  # ... its first proposals (the keys work from here)
    first_proposals_count: int = 0
    proposals_shown_at: float = 0.0  # ... every proposal (the analysis is complete)
    analysis_seconds: float = 0.0  # of the last article analysed
    analysis_cpu_seconds: float = 0.0
    update_seconds: list[float] = field(default_factory=list)  # each later analysis taken in, on the loop

    @staticmethod
    def now() -> float:
        return time.perf_counter()
