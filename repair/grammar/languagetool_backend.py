"""LanguageTool through language-tool-python: a server given by URL, or a local install.

``--lt-server URL`` talks to a running LanguageTool HTTP server (nothing is started or
downloaded). Without a URL, a LanguageTool that language-tool-python has already
installed (in $LTP_PATH, default ~/.cache/language_tool_python) is started with Java.
language-tool-python would otherwise download LanguageTool on first use; repair never
lets it: when Java or the install is missing it stops and says which.

LanguageTool's server cannot learn words per request, so names are kept safe by
filtering its matches (the grammar pass drops every match on a known name).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

from repair.edits import Span
from repair.errors import RepairError
from repair.grammar.base import Finding, Fix
from repair.grammar.categories import kind_for
from repair.grammar.settings import GrammarSettings

_INSTALL = re.compile(r"^LanguageTool-(\d+\.\d+|\d{8})(?:-SNAPSHOT)?$", re.IGNORECASE)


def install_folder() -> Path:
    """Where language-tool-python keeps LanguageTool (read only: never created here)."""
    return Path(os.environ.get("LTP_PATH", str(Path.home() / ".cache" / "language_tool_python")))


def installed_version() -> str | None:
    """The newest LanguageTool already unpacked in the install folder, or None."""
    folder = install_folder()
    if not folder.is_dir():
        return None
    versions = []
    for path in folder.glob("LanguageTool-*"):
        match = _INSTALL.match(path.name)
        has_jar = (path / "languagetool-server.jar").is_file() or (path / "languagetool.jar").is_file()
        if match and path.is_dir() and has_jar:
            versions.append(match.group(1))
    return max(versions, key=_version_key) if versions else None


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def missing_local() -> str | None:
    """Why a local LanguageTool cannot run, or None when it can."""
    problems = []
    if shutil.which("java") is None:
        problems.append("Java (no `java` on PATH)")
    if installed_version() is None:
        problems.append(f"LanguageTool (nothing installed in {install_folder()}; set LTP_PATH)")
    if not problems:
        return None
    return (
        "the LanguageTool backend needs --lt-server URL or a local install; missing: "
        + " and ".join(problems)
        + ". Start a server (java -cp languagetool-server.jar org.languagetool.server.HTTPServer"
        " --port 8081) and pass --lt-server http://localhost:8081, or use --grammar harper"
    )


class LanguageToolBackend:
    name = "languagetool"

    def __init__(self, settings: GrammarSettings, server: str | None) -> None:
        try:
            import language_tool_python as ltp
        except ImportError:
            raise RepairError(
                "--grammar languagetool needs the languagetool extra (language-tool-python, GPL-3.0): "
                "pip install 'repair[languagetool]'; or use --grammar harper"
            ) from None

        language = settings.dialect.languagetool
        try:
            if server:
                self.tool = ltp.LanguageTool(language, remote_server=server)
            else:
                problem = missing_local()
                if problem:
                    raise RepairError(problem)
                self.tool = ltp.LanguageTool(language, language_tool_download_version=installed_version())
        except RepairError:
            raise
        except Exception as error:  # connection refused, bad JSON, Java failing to start, ...
            where = server or "the local LanguageTool"
            raise RepairError(f"cannot use LanguageTool at {where}: {_one_line(error)}") from None
        off, on = settings.backend_rules("languagetool")
        self.tool.disabled_rules = set(off)
        self.tool.enabled_rules = set(on)

    def check(self, text: str, units: Sequence[Span]) -> list[Finding]:
        """One request per unit; matches are mapped back to offsets in ``text``."""
        findings = []
        for unit in units:
            chunk = text[unit.start : unit.end]
            try:
                matches = self.tool.check(chunk)
            except Exception as error:
                raise RepairError(f"LanguageTool check failed: {_one_line(error)}") from None
            findings.extend(_finding(match, unit.start) for match in matches)
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return findings

    def close(self) -> None:
        self.tool.close()


def _finding(match, offset: int) -> Finding:
    start = offset + match.offset
    end = start + match.error_length
    category = match.category
    return Finding(
        start=start,
        end=end,
        rule=f"languagetool.{match.rule_id}",
        category=category,
        kind=kind_for("languagetool", category, match.rule_issue_type),
        message=match.message,
        fixes=tuple(Fix(start, end, value) for value in match.replacements),
    )


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    if "NewConnectionError" in text or "Connection refused" in text:
        return "no server answers there (is it running?)"
    return text[:200] or type(error).__name__
