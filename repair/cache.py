"""Where repair keeps data it derives and can rebuild (compiled gazetteer indexes, the
detector's word counts, the gazetteer's words, the simulator's sound-alike words):
REPAIR_CACHE_DIR, else the user cache dir."""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_root() -> Path:
    env = os.environ.get("REPAIR_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("repair"))


def source_key(sources: Sequence[Path]) -> list:
    """What a cached value was built from: the files (path, size, mtime; a missing file
    counts as size -1) and Python's marshal format; any change rebuilds the value."""
    key: list = [list(sys.version_info[:2]), marshal.version]
    for path in sources:
        try:
            stat = path.stat()
            key.append([str(path), stat.st_size, stat.st_mtime_ns])
        except OSError:
            key.append([str(path), -1, 0])
    return key


def marshalled(cache: Path, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """``build()``, read back from ``cache`` (marshal: dicts, sets, strings, numbers) while
    the sources and Python are unchanged. Reading text files into word tables takes tenths
    of a second, which a review app's launch feels; marshal reads them back in hundredths.
    Without a writable cache folder the value is built each time."""
    key = source_key(sources)
    try:
        cached_key, value = marshal.loads(cache.read_bytes())
        if cached_key == key:
            return value
    except (OSError, ValueError, EOFError, TypeError):
        pass  # no cache yet, or an unreadable one: build it again
    value = build()
    from repair.atomic import write_atomic
    from repair.errors import RepairError

    with contextlib.suppress(RepairError, ValueError):  # a read-only home: only slower next time
        write_atomic(cache, marshal.dumps((key, value)))
    return value
