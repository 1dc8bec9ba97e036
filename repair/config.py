"""Settings: built-in defaults, overridden by a `repair.toml` and then by the command line.

Automatic mode applies a proposal only when its confidence reaches its kind's threshold;
everything below goes to review. The defaults favour precision: a wrong change to a news
article is worse than a missed one.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from repair.edits import KINDS
from repair.errors import RepairError
from repair.loading import DEFAULT_MAX_BYTES

DEFAULT_THRESHOLDS: dict[str, float] = {
    "encoding": 0.85,
    "chrome": 0.75,
    "structure": 0.8,
    "spacing": 0.8,
    "name": 0.9,
    "grammar": 0.9,
    "spelling": 0.95,
    "punctuation": 0.85,  # grammar pass: measured, see repair/grammar/confidence.json
    "style": 1.01,  # never automatic: style is the house's call
    "manual": 0.0,
}

CONFIG_NAME = "repair.toml"


@dataclass
class Config:
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    only: frozenset[str] = frozenset()
    exclude: frozenset[str] = frozenset()
    gazetteers: list[Path] = field(default_factory=list)
    references: list[Path] = field(default_factory=list)
    grammar: str = "harper"
    lt_server: str | None = None
    dialect: str = "us"
    disabled_rules: frozenset[str] = frozenset()
    grammar_options: dict = field(
        default_factory=dict
    )  # the rest of [grammar]: see repair/grammar/settings.py
    max_bytes: int = DEFAULT_MAX_BYTES
    max_changed_share: float = 0.15
    state_dir: Path | None = None

    def wants(self, kind: str) -> bool:
        if self.only and kind not in self.only:
            return False
        return kind not in self.exclude

    def set_min_confidence(self, value: float) -> None:
        for kind in self.thresholds:
            if kind != "manual":
                self.thresholds[kind] = value


def parse_kinds(value: str | None) -> frozenset[str]:
    if not value:
        return frozenset()
    kinds = frozenset(k.strip() for k in value.split(",") if k.strip())
    unknown = kinds - set(KINDS)
    if unknown:
        raise RepairError(f"unknown kind(s) {', '.join(sorted(unknown))}; known: {', '.join(KINDS)}")
    return kinds


def load_config(path: Path | None) -> Config:
    """Read `path`, or `repair.toml` in the current folder when it exists."""
    config = Config()
    if path is None:
        candidate = Path.cwd() / CONFIG_NAME
        if not candidate.is_file():
            return config
        path = candidate
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RepairError(f"{path}: no such config file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise RepairError(f"{path}: not valid TOML ({error})") from None
    base = path.parent
    for kind, value in data.get("thresholds", {}).items():
        if kind not in KINDS or not isinstance(value, (int, float)):
            raise RepairError(f"{path}: thresholds.{kind} must be a number for a known kind")
        config.thresholds[kind] = float(value)
    config.gazetteers = [base / p for p in data.get("gazetteers", [])]
    config.references = [base / p for p in data.get("references", [])]
    grammar = data.get("grammar", {})
    config.grammar = grammar.get("backend", config.grammar)
    config.lt_server = grammar.get("lt_server", config.lt_server)
    config.dialect = grammar.get("dialect", config.dialect)
    config.disabled_rules = frozenset(grammar.get("disabled_rules", []))
    config.grammar_options = dict(grammar)
    config.max_bytes = int(data.get("max_bytes", config.max_bytes))
    config.max_changed_share = float(data.get("max_changed_share", config.max_changed_share))
    if "state_dir" in data:
        config.state_dir = base / data["state_dir"]
    return config
