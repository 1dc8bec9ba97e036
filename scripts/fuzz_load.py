"""Fuzz loading and checking with random bytes: nothing may crash, every proposal must be sound.

    python scripts/fuzz_load.py --minutes 10            # atheris when installed, else hypothesis
    python scripts/fuzz_load.py --engine hypothesis --minutes 10

One input goes through what `repair check` and `repair fix` do with a file's bytes:
strict decoding (a refusal is a RepairError, which is fine), the document model, every
pass except the grammar backend, the automatic decisions, the safety guard and the diff.
Anything else raised is a crash. On top, each result must hold the invariants the tool
promises: spans inside the text and matching their ``original``, the text encoding back to
the exact input bytes, and the diff reversing to the original.

The run prints one JSON line at the end: engine, inputs tried, seconds, crashes. A crash
stops an atheris run and is saved under --crash-dir for replay
(`python scripts/fuzz_load.py --replay FILE`).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

from repair.config import Config
from repair.decide import auto_decisions
from repair.diffs import apply_patch, header_name, unified_diff
from repair.edits import apply_decisions
from repair.errors import RepairError
from repair.loading import load_bytes
from repair.pipeline import Engine
from repair.safety import guard

_CONFIG = Config()
_CONFIG.grammar = "none"
_ENGINE = Engine(_CONFIG)


def check_bytes(data: bytes) -> str:
    """Run one input through loading and checking; raise AssertionError on a broken promise."""
    fmt = "html" if data[:1] == b"<" else "text"
    try:
        source = load_bytes(data, fmt=fmt)
    except RepairError:
        return "refused"
    if fmt == "text":
        assert source.encode(source.text) == data, "decoding is not lossless"
    analysis = _ENGINE.analyze(source)
    text = analysis.text
    for proposal in analysis.proposals:
        span = proposal.span
        assert 0 <= span.start <= span.end <= len(text), f"span {span} outside the text"
        assert text[span.start : span.end] == proposal.original, f"stale original at {span}"
    decisions = auto_decisions(analysis.proposals, _CONFIG)
    repaired = apply_decisions(text, analysis.proposals, decisions)
    applied = [p for p in analysis.proposals if p.id in decisions]
    verdict = guard(text, repaired, _CONFIG, applied)
    assert verdict.reason.count("\n") == 0, "a refusal must be one line"
    name = data[:60].decode("utf-8", "replace")  # any file name must give one header line
    diff = unified_diff(text, repaired, name or "article.txt")
    assert apply_patch(repaired, diff, reverse=True) == text, "diff does not reverse"
    assert "\n" not in header_name("a", name), "a diff header spans lines"
    return "checked"


class Tally:
    def __init__(self) -> None:
        self.tried = 0
        self.outcomes: dict[str, int] = {}
        self.crashes: list[str] = []
        self.started = time.monotonic()

    def run(self, data: bytes, crash_dir: Path | None) -> None:
        self.tried += 1
        try:
            outcome = check_bytes(data)
        except Exception:
            self.crashes.append(traceback.format_exc(limit=6))
            if crash_dir is not None:
                crash_dir.mkdir(parents=True, exist_ok=True)
                (crash_dir / f"crash-{len(self.crashes)}.bin").write_bytes(data)
            raise
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def report(self, engine: str) -> dict:
        return {
            "engine": engine,
            "inputs": self.tried,
            "seconds": round(time.monotonic() - self.started, 1),
            "outcomes": self.outcomes,
            "crashes": len(self.crashes),
        }


def run_hypothesis(seconds: float, tally: Tally, crash_dir: Path) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    # pieces of news text and of its damage, joined at random
    pieces = (  # noqa: SIM905 (a line of pieces is easier to extend than a long list)
        'the|the|Mr.|$| |  |\n|\r\n|\n\n|.|,| .|40|million|said|«|“|”|"|Tags:|Read also:|©|Ã©|'
        "\u200b|\u202e|مرحبا|Subscribe|12:30|November|not|Xi|Biden|\ufeff|\t|!|?"
    ).split("|")
    words = st.sampled_from(pieces)
    texty = st.lists(words, max_size=80).map("".join)
    encodings = st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252", "latin-1", "utf-32"])

    def encoded(pair):
        text, encoding = pair
        return text.encode(encoding, "ignore")

    inputs = st.one_of(
        st.binary(max_size=400),
        st.tuples(st.text(max_size=200), encodings).map(encoded),
        st.tuples(texty, encodings).map(encoded),
    )
    deadline = time.monotonic() + seconds

    @settings(
        max_examples=10**9,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(inputs)
    def fuzz(data: bytes) -> None:
        if time.monotonic() > deadline:
            raise _TimeUp
        tally.run(data, crash_dir)

    while time.monotonic() < deadline:
        try:
            fuzz()
        except _TimeUp:
            return
        except Exception:
            # hypothesis shrank and re-raised the crash; it is recorded; keep fuzzing
            continue


class _TimeUp(Exception):
    pass


SEEDS = (  # real inputs to start from: legacy encodings, BOMs, UTF-16 without one, samples
    Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "encodings",
    Path(__file__).resolve().parent.parent / "samples",
)


def _seed_corpus() -> str:
    """A scratch copy of the seeds: libFuzzer writes what it finds into its corpus folder."""
    import shutil
    import tempfile

    corpus = Path(tempfile.mkdtemp(prefix="repair-fuzz-"))
    for folder in SEEDS:
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            if path.is_file():
                shutil.copy(path, corpus / path.name)
    return str(corpus)


def run_atheris(seconds: float, tally: Tally, crash_dir: Path) -> None:
    """libFuzzer stops the run itself after ``seconds``; the tally is printed on the way out."""
    import atexit

    import atheris

    atexit.register(lambda: print(json.dumps(tally.report("atheris")), flush=True))
    crash_dir.mkdir(parents=True, exist_ok=True)
    warm = check_bytes(b"The minister said the the talks went well .\n")  # load every module first
    assert warm == "checked"
    atheris.instrument_all()  # coverage feedback from every Python module loaded
    argv = [
        sys.argv[0],
        "-rss_limit_mb=4096",
        "-max_len=4096",
        f"-max_total_time={int(seconds)}",
        f"-artifact_prefix={crash_dir}/",
        "-print_final_stats=1",
        _seed_corpus(),
    ]
    last = [time.monotonic()]

    def one(data: bytes) -> None:
        tally.run(data, None)
        if time.monotonic() - last[0] > 30:
            last[0] = time.monotonic()
            print(json.dumps(tally.report("atheris")), flush=True)

    atheris.Setup(argv, one)
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--crash-dir", type=Path, default=Path("fuzz-crashes"))
    parser.add_argument("--replay", type=Path, help="run one saved input and show what happens")
    args = parser.parse_args(argv)
    if args.replay:
        print(check_bytes(args.replay.read_bytes()))
        return 0
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    tally = Tally()
    seconds = args.minutes * 60
    if engine == "atheris":
        run_atheris(seconds, tally, args.crash_dir)
    else:
        run_hypothesis(seconds, tally, args.crash_dir)
    report = tally.report(engine)
    print(json.dumps(report), flush=True)
    for crash in tally.crashes[:5]:
        print(crash, file=sys.stderr)
    return 1 if tally.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
