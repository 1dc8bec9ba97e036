"""Where repair keeps data it derives and can rebuild (compiled gazetteer indexes, the
detector's word counts): REPAIR_CACHE_DIR, else the user cache dir."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    env = os.environ.get("REPAIR_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("repair"))
