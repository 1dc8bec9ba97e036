"""Settings: built-in defaults, overridden by a `repair.toml` and then by the command line.

Automatic mode applies a proposal only when its confidence reaches its kind's threshold;
everything below goes to review. The defaults favour precision: a wrong change to a news
article is worse than a missed one.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from repair.errors import RepairError
from repair.kinds import KINDS, default_thresholds
from repair.loading import DEFAULT_MAX_BYTES

# Per kind, from the one table of kinds (repair/kinds.py).
DEFAULT_THRESHOLDS: dict[str, float] = default_thresholds()

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
    encoding: str | None = None  # --encoding: decode inputs so instead of guessing
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


def require_files(config: Config) -> None:
    """Every file the settings name exists here (on a Dask worker: there, too)."""
    for path in config.references:
        if not path.is_file():
            raise RepairError(f"{path}: reference article not found")
    for path in config.gazetteers:
        if not path.is_file():
            raise RepairError(f"{path}: gazetteer file not found")


def parse_kinds(value: str | None) -> frozenset[str]:
    if not value:
        return frozenset()
    kinds = frozenset(k.strip() for k in value.split(",") if k.strip())
    unknown = kinds - set(KINDS)
    if unknown:
        raise RepairError(f"unknown kind(s) {', '.join(sorted(unknown))}; known: {', '.join(KINDS)}")
    return kinds


PYPROJECT = "pyproject.toml"

# every setting a config file may hold; anything else is a mistake worth stopping for
_TOP_LEVEL = frozenset(
    {"thresholds", "gazetteers", "references", "max_bytes", "max_changed_share", "state_dir", "grammar"}
)


def discover_config(start: Path) -> tuple[Path, dict] | None:
    """The closest `repair.toml`, or `pyproject.toml` with a `[tool.repair]` table, in
    `start` or a folder above it (as ruff and black find theirs). In one folder,
    repair.toml wins; a pyproject.toml without `[tool.repair]` is passed over."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for here in (folder, *folder.parents):
        candidate = here / CONFIG_NAME
        if candidate.is_file():
            return candidate, _read_toml(candidate)
        candidate = here / PYPROJECT
        if candidate.is_file():
            table = _read_toml(candidate).get("tool", {}).get("repair")
            if isinstance(table, dict):
                return candidate, table
    return None


def config_start(paths: list[Path]) -> Path:
    """Where discovery starts for these inputs: their common folder (stdin: the current one)."""
    folders = [str((p if p.is_dir() else p.parent).resolve()) for p in paths if str(p) != "-"]
    if not folders:
        return Path.cwd()
    return Path(os.path.commonpath(folders))


def load_config(path: Path | None, start: Path | None = None) -> Config:
    """Read `path`, or the config discovered from `start` (default: the current folder)."""
    if path is not None:
        if not path.is_file():
            raise RepairError(f"{path}: no such config file")
        return config_from_table(_read_toml(path), path)
    found = discover_config(start if start is not None else Path.cwd())
    if found is None:
        return Config()
    return config_from_table(found[1], found[0])


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RepairError(f"{path}: cannot read ({error.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise RepairError(f"{path}: not valid TOML ({error})") from None


def config_from_table(data: dict, path: Path) -> Config:
    """Settings from one parsed table; relative paths are relative to the file's folder."""
    from repair.grammar.settings import KNOWN_GRAMMAR_KEYS  # it imports this module

    where = f"{path}" + (": [tool.repair]" if path.name == PYPROJECT else "")
    for key in data:
        if key not in _TOP_LEVEL:
            raise RepairError(f"{where}: unknown setting {key!r} (known: {', '.join(sorted(_TOP_LEVEL))})")
    grammar = data.get("grammar", {})
    thresholds = data.get("thresholds", {})
    for name, table in (("grammar", grammar), ("thresholds", thresholds)):
        if not isinstance(table, dict):
            raise RepairError(f"{where}: {name} must be a table ([{name}])")
    for key in grammar:
        if key not in KNOWN_GRAMMAR_KEYS:
            raise RepairError(
                f"{where}: unknown setting 'grammar.{key}' (known: {', '.join(sorted(KNOWN_GRAMMAR_KEYS))})"
            )
    config = Config()
    base = path.parent
    for kind, value in thresholds.items():
        if kind not in KINDS:
            raise RepairError(f"{where}: unknown kind 'thresholds.{kind}' (known: {', '.join(KINDS)})")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RepairError(f"{where}: thresholds.{kind} must be a number")
        config.thresholds[kind] = float(value)
    for key in ("gazetteers", "references"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RepairError(f"{where}: {key} must be a list of paths")
    config.gazetteers = [base / p for p in data.get("gazetteers", [])]
    config.references = [base / p for p in data.get("references", [])]
    config.grammar = grammar.get("backend", config.grammar)
    config.lt_server = grammar.get("lt_server", config.lt_server)
    config.dialect = grammar.get("dialect", config.dialect)
    config.disabled_rules = frozenset(grammar.get("disabled_rules", []))
    config.grammar_options = dict(grammar)
    try:
        config.max_bytes = int(data.get("max_bytes", config.max_bytes))
        config.max_changed_share = float(data.get("max_changed_share", config.max_changed_share))
    except (TypeError, ValueError):
        raise RepairError(f"{where}: max_bytes and max_changed_share must be numbers") from None
    if "state_dir" in data:
        config.state_dir = base / data["state_dir"]
    return config
