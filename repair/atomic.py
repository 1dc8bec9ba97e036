"""Writes that either complete or leave the old file untouched: temp file, fsync, rename.

A new file gets the mode any Unix tool would give it (0666 less the umask), not the 0600
of the temporary file, so a shared folder or a web server can read it; a file that is
replaced keeps its own mode.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from repair.errors import RepairError


def write_atomic(path: Path, data: bytes | str, *, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` whole or not at all.

    The mode is ``mode`` when given, else the replaced file's, else 0666 less the umask.
    A symlink at ``path`` is replaced, not followed (see `write_in_place` for that).
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir() and not path.is_symlink():
        raise RepairError(f"{path} is a folder; give a file name to write")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except FileExistsError:
        raise RepairError(f"{path}: cannot write, a file stands where a folder should be") from None
    except OSError as error:
        raise RepairError(f"{path}: cannot write ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is None:
            mode = path.lstat().st_mode if path.exists() and not path.is_symlink() else new_file_mode()
        os.chmod(temporary, mode & 0o7777)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise RepairError(f"{path}: cannot write ({error.strerror or error})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def write_in_place(path: Path, data: bytes, *, backup: bool = True) -> Path:
    """Overwrite an article atomically, keeping ``FILE.orig`` (with the file's mode) first.

    A symlink is followed: the file it points to is repaired and the link stays a link
    (replacing the link by a regular file would leave the real article unrepaired and the
    link broken). The backup goes beside the real file. Returns the path written.
    """
    try:
        target = Path(path).resolve(strict=True)
    except (OSError, RuntimeError) as error:
        raise RepairError(f"{path}: cannot resolve the file to overwrite ({error})") from None
    mode = target.stat().st_mode
    copy = target.with_name(target.name + ".orig")
    if backup and not copy.exists():
        # an existing backup is older: it holds the file before repair first changed it
        write_atomic(copy, target.read_bytes(), mode=mode)
    write_atomic(target, data, mode=mode)
    return target


def new_file_mode() -> int:
    """0666 less the process umask: what open(..., "w") would have given the file."""
    return 0o666 & ~_umask()


def _umask() -> int:
    try:  # Linux shows it without changing it (changing it is not thread-safe)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
