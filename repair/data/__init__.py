"""Data shipped inside the package, so `pip install .` and a wheel carry it.

- gazetteer/  the shipped gazetteer: TSV files in the format of gazetteer/README.md

``gazetteer_dir()`` is the one place that says where the shipped gazetteer is; every
reader (the compiled index an Engine loads once for all its passes, the review app, the
corruption simulator) asks it, so ``REPAIR_GAZETTEER_DIR`` moves them all at once.
"""

from __future__ import annotations

import os
from pathlib import Path


def gazetteer_dir() -> Path:
    """The shipped gazetteer folder; ``REPAIR_GAZETTEER_DIR`` replaces it (tests, private data)."""
    override = os.environ.get("REPAIR_GAZETTEER_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent / "gazetteer"


def gazetteer_files() -> list[Path]:
    """The shipped gazetteer's TSV files, sorted; none when the folder is missing."""
    folder = gazetteer_dir()
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []
