"""Real data for the detector's training script: MQM-annotated machine translation and the
real-dev pages, each split so that the reported figures come from data never trained on.

- MQM TED zh-en (WMT21; one professional rater per segment, error spans marked <v>..</v>):
  segments are read, merged and laid out exactly as ``mqm_detector.py`` (the team's
  benchmark, imported from the shared folder) does, so the features are those
  ``repair score`` computes on the benchmark's own file. The split is by talk: the talks in
  ``MQM_REPORT_TALKS`` are never trained on.
- real-dev pages: a sentence is damaged when it holds a ``wrong`` string of the page's
  key (names and other damage), or a chrome line. Even pages are for tuning and training,
  odd pages for reporting (the team's fixed split).

Nothing here is copied into the project: the data is read where it lies at training time.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MQM_FILE = Path("data/mqm/ted/zhen/mqm_ted_zhen.tsv")
MQM_REPORT_TALKS = frozenset({"talk.2", "talk.5"})  # about 40% of the segments
SEVERITY_LABEL_SCALE = 0.2  # penalty per word at which a sentence counts as 63% damaged


def shared_folder() -> Path:
    """The team's shared folder: REPAIR_SHARED, or ``shared`` beside the checkout (or
    beside the folder holding the worktree)."""
    if os.environ.get("REPAIR_SHARED"):
        return Path(os.environ["REPAIR_SHARED"])
    for candidate in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if candidate.is_dir():
            return candidate
    raise SystemExit("the shared folder (MQM data, real-dev pages) was not found; set REPAIR_SHARED")


def bench_module():
    """The MQM benchmark script, as a module: its loading and weighting are the ones the
    reported figures use."""
    path = shared_folder() / "bench" / "mqm_detector.py"
    spec = importlib.util.spec_from_file_location("mqm_detector", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("mqm_detector", module)
    spec.loader.exec_module(module)
    return module


def mqm_rows(talks_wanted) -> str:
    """The MQM TSV restricted to the talks ``talks_wanted(doc)`` accepts (header kept)."""
    lines = (shared_folder() / MQM_FILE).read_text(encoding="utf-8").split("\n")
    header, rows = lines[0], [line for line in lines[1:] if line]
    doc_column = header.split("\t").index("doc")
    kept = [row for row in rows if talks_wanted(row.split("\t")[doc_column])]
    return "\n".join([header, *kept]) + "\n"


def write_report_tsv(out: Path) -> Path:
    """The reporting split as a TSV for ``mqm_detector.py --tsv``."""
    out.write_text(mqm_rows(lambda doc: doc in MQM_REPORT_TALKS), encoding="utf-8")
    return out


@dataclass
class MqmSet:
    """Sentences of MQM segments with their features and targets."""

    text: str
    segment_spans: list[tuple[int, int]]
    talks: list[str]  # per segment
    penalty: list[float]  # per segment
    density: list[float]  # per segment: penalty per whitespace word, as the benchmark counts
    sentence_segment: list[int] = field(default_factory=list)  # per sentence: its segment (first)
    sentence_target: list[float] = field(default_factory=list)  # per sentence: soft damage label
    vectors: list[list[float]] = field(default_factory=list)


def load_mqm(talks_wanted, every: int = 1) -> tuple[MqmSet, list]:
    """The benchmark's segments of the wanted talks, laid out as the benchmark lays them
    (of every ``every``-th talk-and-system block: each block stays whole, so a language
    model reads its segments in order, as it reads the benchmark's file)."""
    bench = bench_module()
    segments, _ = bench.load_segments(mqm_rows(talks_wanted), None)
    segments = [s for s in segments if s.text]
    blocks: dict[tuple[str, str], int] = {}
    for s in segments:
        blocks.setdefault((s.doc, s.system), len(blocks))
    segments = [s for s in segments if blocks[(s.doc, s.system)] % every == 0]
    text, spans = bench.build_document(segments)
    words = [max(1, len(s.text.split())) for s in segments]
    data = MqmSet(
        text=text,
        segment_spans=spans,
        talks=[s.doc for s in segments],
        penalty=[s.penalty for s in segments],
        density=[s.penalty / w for s, w in zip(segments, words, strict=True)],
    )
    return data, segments


def mqm_targets(data: MqmSet, segments, doc) -> None:
    """Each sentence's soft label from the error spans inside it: the MQM weight of every
    error whose marked target words fall in the sentence (errors with no target span,
    such as omissions, count for every sentence of their segment), per word of the
    sentence, mapped to 0..1 by ``1 - exp(-density / SEVERITY_LABEL_SCALE)``."""
    import bisect
    import math

    bench = sys.modules["mqm_detector"]
    starts = [s.start for s in doc.sentences]
    mass = [0.0] * len(doc.sentences)
    data.sentence_segment = [-1] * len(doc.sentences)
    seg_starts = [a for a, _ in data.segment_spans]
    for index, sentence in enumerate(doc.sentences):
        seg = bisect.bisect_right(seg_starts, sentence.start) - 1
        data.sentence_segment[index] = seg
    for segment, (a, b) in zip(segments, data.segment_spans, strict=True):
        members = max(1, len(segment.members))
        inside = [i for i in range(bisect.bisect_left(starts, a), len(starts)) if starts[i] < b]
        inside = inside or [max(0, bisect.bisect_right(starts, a) - 1)]
        for _rater, category, severity, side, marked in segment.errors:
            weight = bench.mqm_weight(category, severity) / members
            if not weight:
                continue
            at = segment.text.find(marked) if side == "tgt" and marked.strip() else -1
            if at < 0:
                for i in inside:
                    mass[i] += weight
                continue
            offset = a + at
            i = max(0, bisect.bisect_right(starts, offset) - 1)
            mass[i] += weight
    data.sentence_target = []
    for index, sentence in enumerate(doc.sentences):
        words = max(1, sum(1 for t in sentence.tokens if t.is_word))
        data.sentence_target.append(1.0 - math.exp(-(mass[index] / words) / SEVERITY_LABEL_SCALE))


# --- real-dev ------------------------------------------------------------------------------

_PAGE = re.compile(r"^(\d\d)_.*\.txt$")


def realdev_pages(parity: str) -> list[tuple[Path, dict]]:
    """(text path, key) of the real-dev pages: ``even`` (tune and train) or ``odd`` (report)."""
    folder = shared_folder() / "real-dev"
    pages = []
    for path in sorted(folder.glob("*.txt")):
        match = _PAGE.match(path.name)
        if not match:
            continue
        even = int(match.group(1)) % 2 == 0
        if even == (parity == "even"):
            pages.append((path, json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))))
    return pages


def is_clean_page(key: dict) -> bool:
    return not key.get("names") and not key.get("other_damage")


def realdev_labels(text: str, key: dict, doc) -> list[int]:
    """1 for a sentence holding a keyed damage (a ``wrong`` string) or a chrome line."""
    spans = []
    for entry in [*key.get("names", []), *key.get("other_damage", [])]:
        wrong = entry.get("wrong", "")
        start = text.find(wrong) if wrong else -1
        while start >= 0:
            spans.append((start, start + len(wrong)))
            start = text.find(wrong, start + 1)
    for line in key.get("chrome", []):
        start = text.find(line) if line else -1
        if start >= 0:
            spans.append((start, start + len(line)))
    labels = []
    for sentence in doc.sentences:
        labels.append(int(any(a < sentence.end and sentence.start < b for a, b in spans)))
    return labels
