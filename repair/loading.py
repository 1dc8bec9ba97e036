"""Turn a file's bytes into the exact text every span refers to, and back again.

Decoding never replaces a byte silently: either the bytes decode strictly (by BOM, as
UTF-8, as the encoding the user named, or as the one guess that is clearly right by the
text it gives, see repair.decoding) or the file is refused.
The encoding, BOM and newline style are remembered so output is written the same way.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from repair.decoding import decode_as, guess
from repair.errors import RepairError

DEFAULT_MAX_BYTES = 20_000_000
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Source:
    """An article as loaded: the decoded text and how to write it back."""

    text: str
    encoding: str
    bom: bytes
    newline: str
    format: str  # "text", "markdown" or "html"
    path: Path | None = None

    def encode(self, text: str) -> bytes:
        """Encode repaired text the way the input was encoded; refuse lossy output."""
        try:
            return self.bom + text.encode(self.encoding)
        except UnicodeEncodeError as error:
            char = text[error.start : error.end]
            raise RepairError(f"the repaired text has {char!r}, which {self.encoding} cannot hold") from None

    def with_bom(self, *texts: str) -> tuple[str, ...]:
        """Texts as the file's lines read to patch: a UTF-8 BOM belongs to the first line."""
        prefix = "\ufeff" if self.bom == codecs.BOM_UTF8 else ""
        return tuple(prefix + text for text in texts)

    def encode_diff(self, diff: str) -> bytes:
        """A diff in the file's own encoding, so patch and git apply match its bytes."""
        if self.encoding.replace("_", "-").lower().startswith(("utf-16", "utf-32")):
            raise RepairError(f"a text diff cannot patch a {self.encoding} file; use -o DIR or --in-place")
        return diff.encode(self.encoding)

    @property
    def writable_in_place(self) -> bool:
        """HTML is reduced to its article text, so it is never overwritten."""
        return self.format != "html"


def text_source(text: str, fmt: str = "text") -> Source:
    """A str as an article: what a corpus record or an API call hands over."""
    if not isinstance(text, str):
        raise RepairError(f"expected text (str), got {type(text).__name__}")
    return Source(text=text, encoding="utf-8", bom=b"", newline=detect_newline(text), format=fmt)


def detect_newline(text: str) -> str:
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf > lf and crlf >= cr:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str, bytes]:
    """Decode strictly, returning (text, encoding, bom).

    A BOM or valid UTF-8 settles it; otherwise the candidates are judged by the text they
    give (repair.decoding), and a doubtful guess is refused. ``encoding`` (``--encoding``)
    overrides the guess, though a BOM of the same family is still recognised and kept.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            if encoding is not None and not _same_family(encoding, name):
                break  # the user says this is not what the BOM claims: believe the user
            try:
                return data[len(bom) :].decode(name), name, bom
            except UnicodeDecodeError as error:
                raise RepairError(f"bytes do not decode as {name} (BOM present): {error.reason}") from None
    if encoding is not None:
        return decode_as(data, encoding), encoding, b""
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8", b""
        except UnicodeDecodeError:
            pass
    text, name = guess(data)
    return text, name, b""


def _same_family(encoding: str, bom_encoding: str) -> bool:
    try:
        given = codecs.lookup(encoding).name.replace("_", "-")
    except LookupError:
        raise RepairError(f"--encoding {encoding}: no such encoding") from None
    family = bom_encoding.rsplit("-", 1)[0] if bom_encoding != "utf-8" else "utf-8"
    return given.startswith(family)


def format_for(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    return "text"


def extract_html(markup: str) -> str:
    """The article text of a web page, paragraphs kept, page furniture dropped."""
    try:
        import trafilatura
    except ImportError:
        raise RepairError("HTML input needs the html extra: pip install 'repair[html]'") from None

    text = trafilatura.extract(markup, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise RepairError("no article text found in the HTML")
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    return "\n\n".join(paragraphs) + "\n"


def load_bytes(
    data: bytes, *, fmt: str = "text", path: Path | None = None, encoding: str | None = None
) -> Source:
    text, encoding, bom = decode_bytes(data, encoding)
    if fmt == "html":
        text = extract_html(text)
        encoding, bom = "utf-8", b""
    return Source(text=text, encoding=encoding, bom=bom, newline=detect_newline(text), format=fmt, path=path)


def load_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Source:
    """Read one article, refusing what cannot be an article with a one-line reason."""
    data = read_article_bytes(path, max_bytes=max_bytes)
    try:
        return load_bytes(data, fmt=format_for(path), path=path, encoding=encoding)
    except RepairError as error:
        raise RepairError(f"{path}: {error}") from None


def read_article_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """An article file's bytes, or RepairError with a one-line reason (batch decodes elsewhere)."""
    try:
        if path.is_dir():
            raise RepairError(f"{path} is a folder (give files, or use a command that takes folders)")
        size = path.stat().st_size
        if size > max_bytes:
            raise RepairError(
                f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit (raise it with --max-bytes)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise RepairError(f"{path}: no such file") from None
    except PermissionError:
        raise RepairError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise RepairError(f"{path} is a folder") from None
    except OSError as error:
        raise RepairError(f"{path}: cannot read ({error.strerror or error})") from None


def collect_articles(paths: list[Path]) -> list[Path]:
    """Expand folders into the articles they hold, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not inside:
                raise RepairError(f"{path}: no articles (.txt, .md, .html) in this folder")
            found.extend(inside)
        else:
            found.append(path)
    return found
