"""The completion manifest that makes --resume safe.

Each output is first written atomically (temp file, fsync, rename); only then is a line
appended to OUT/.repair-manifest.jsonl naming it, with the SHA-256 of its input and of
its bytes, the settings it was made with, and the summary the report needs. --resume
skips an output only when its line is there, the settings and input are the same, and the
file on disk still has that hash. A run killed mid-line leaves a line that does not parse,
which is ignored: that output is simply made again.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from repair.errors import RepairError

MANIFEST_NAME = ".repair-manifest.jsonl"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


class Manifest:
    def __init__(self, out: Path, settings: str, *, resume: bool) -> None:
        self.path = out / MANIFEST_NAME
        self.settings = settings
        self.entries: dict[str, dict] = {}
        try:
            out.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise RepairError(f"{out}: exists and is not a folder (-o takes a folder)") from None
        except OSError as error:
            raise RepairError(f"{out}: cannot create the output folder ({error.strerror or error})") from None
        if resume:
            self._load()
        try:
            self._stream = open(self.path, "a" if resume else "w", encoding="utf-8")  # noqa: SIM115 - kept open for the run
        except OSError as error:
            raise RepairError(f"{self.path}: cannot write ({error.strerror or error})") from None

    def _load(self) -> None:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return
        for line in lines:
            try:
                entry = json.loads(line)
                key = entry["key"]
            except (json.JSONDecodeError, KeyError, TypeError):
                continue  # the half line of a killed run
            if entry.get("settings") == self.settings:
                self.entries[key] = entry

    def done(self, key: str, input_hash: str, output: Path | None) -> dict | None:
        """The entry for `key` when its output is complete and still the one recorded."""
        entry = self.entries.get(key)
        if entry is None or entry.get("input") != input_hash:
            return None
        if entry.get("output") is not None and (output is None or file_sha256(output) != entry["output"]):
            return None
        return entry

    def record(self, key: str, input_hash: str, output_hash: str | None, summary) -> None:
        entry = {
            "key": key,
            "settings": self.settings,
            "input": input_hash,
            "output": output_hash,
            "summary": summary,
        }
        self.entries[key] = entry
        self._stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._stream.flush()
        os.fsync(self._stream.fileno())

    def close(self) -> None:
        self._stream.close()
