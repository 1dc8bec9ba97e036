"""Unified diffs that `git apply` and `patch -p1` accept, made by difflib, checked by unidiff.

difflib leaves out the "\\ No newline at end of file" marker and splits on every Unicode
line boundary if asked to; both break real patch tools, so lines are split on "\\n" only
and the marker is added. Every diff is parsed back with unidiff and replayed, forwards
and backwards, before anyone sees it.
"""

from __future__ import annotations

import difflib
import io
import os
import re

from unidiff import PatchSet

from repair.errors import RepairError

_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
NO_NEWLINE = "\\ No newline at end of file\n"


def split_lines(text: str) -> list[str]:
    """Lines with their endings, split on "\\n" only, exactly as patch counts them."""
    return _LINE.findall(text)


def unified_diff(original: str, repaired: str, path: str, *, context: int = 3) -> str:
    """A git-style unified diff from ``a/path`` to ``b/path``; empty when nothing changed."""
    if original == repaired:
        return ""
    out: list[str] = []
    for line in difflib.unified_diff(
        split_lines(original),
        split_lines(repaired),
        fromfile=header_name("a", path),
        tofile=header_name("b", path),
        n=context,
    ):
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n")
            out.append(NO_NEWLINE)
    diff = "".join(out)
    verify(diff, original, repaired)
    return diff


def header_name(side: str, path: str) -> str:
    """``a/path`` as git writes it, so ``patch -p1`` and ``git apply`` find the file.

    An absolute path becomes relative to the current folder when the file is inside it,
    else loses its leading slash (``a/srv/news/x.txt``, as ``git diff --no-index`` writes
    it, applied with ``patch -p1 -d /``); ``a//srv`` would name the wrong file. A name with
    a quote, backslash or control character is C-quoted as git quotes it; one with a space
    ends with git's tab, so the space is not read as the end of the name.
    """
    name = path.replace(os.sep, "/")
    if name.startswith("/"):
        try:
            relative = os.path.relpath(name, os.getcwd())
        except (OSError, ValueError):
            relative = ".."
        name = name.lstrip("/") if relative == ".." or relative.startswith("../") else relative
    while name.startswith("./"):
        name = name[2:]
    full = f"{side}/{name}"
    if any(c in '"\\' or ord(c) < 32 or ord(c) == 127 for c in full):
        return '"' + "".join(_quote(c) for c in full) + '"'
    return full + "\t" if " " in full else full


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _quote(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    return f"\\{ord(char):03o}" if ord(char) < 32 or ord(char) == 127 else char


def apply_patch(original: str, diff: str, *, reverse: bool = False) -> str:
    """Replay a single-file unified diff on ``original`` (the check behind every export)."""
    if not diff:
        return original
    patch = PatchSet(io.StringIO(diff))
    if len(patch) != 1:
        raise RepairError(f"expected a diff of one file, got {len(patch)}")
    source = split_lines(original)
    result: list[str] = []
    cursor = 0
    for hunk in patch[0]:
        old_start, old_length = hunk.source_start, hunk.source_length
        if reverse:
            old_start, old_length = hunk.target_start, hunk.target_length
        start = old_start if old_length == 0 else old_start - 1
        if start < cursor:
            raise RepairError("diff hunks overlap or are out of order")
        result.extend(source[cursor:start])
        cursor = start
        for kind, value in _hunk_lines(hunk):
            old_side = kind == ("+" if reverse else "-")
            new_side = kind == ("-" if reverse else "+")
            if kind == " " or old_side:
                if cursor >= len(source) or source[cursor] != value:
                    raise RepairError("diff does not match the text it was made from")
                cursor += 1
            if kind == " " or new_side:
                result.append(value)
    result.extend(source[cursor:])
    return "".join(result)


def _hunk_lines(hunk) -> list[tuple[str, str]]:
    """(kind, exact line) pairs, with the newline removed where the marker says so."""
    lines: list[tuple[str, str]] = []
    for line in hunk:
        if line.line_type == "\\":
            if lines:
                kind, value = lines[-1]
                lines[-1] = (kind, value[:-1] if value.endswith("\n") else value)
        else:
            lines.append((line.line_type, line.value))
    return lines


def verify(diff: str, original: str, repaired: str) -> None:
    """Refuse a diff that does not turn original into repaired and back again exactly."""
    if apply_patch(original, diff) != repaired:
        raise RepairError("internal error: the diff does not reproduce the repaired text")
    if apply_patch(repaired, diff, reverse=True) != original:
        raise RepairError("internal error: the diff does not reverse to the original")
