"""LanguageTool's wire format: request fields in, matches out. Pure functions, no server.

LanguageTool is written in Java, so its offsets and lengths count UTF-16 code units (an
emoji or another character outside the Basic Multilingual Plane counts 2); clients such
as language-tool-python convert them back. repair's spans count code points, so every
offset is converted here.

A request's ``data`` field (LanguageTool's annotated text) mixes ``text`` with
``markup`` that is not checked, optionally read as ``interpretAs``; offsets then refer
to the whole annotated string, markup included.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass

from repair import __version__
from repair.errors import RepairError

# the English variants LanguageTool lists; repair checks English only, in any of them
LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    {"name": "English (New Zealand)", "code": "en", "longCode": "en-NZ"},
    {"name": "English (South African)", "code": "en", "longCode": "en-ZA"},
]
_BY_CODE = {entry["longCode"].lower(): entry for entry in LANGUAGES}

# kind -> (category id, category name, issue type); LanguageTool's own ids where they fit
CATEGORIES = {
    "grammar": ("GRAMMAR", "Grammar", "grammar"),
    "spelling": ("TYPOS", "Possible Typo", "misspelling"),
    "punctuation": ("PUNCTUATION", "Punctuation", "typographical"),
    "style": ("STYLE", "Style", "style"),
    "spacing": ("TYPOGRAPHY", "Typography", "whitespace"),
    "quotes": ("TYPOGRAPHY", "Typography", "typographical"),
    "wording": ("SEMANTICS", "Damaged fixed phrases (repair)", "mistranslation"),
    "name": ("NAMES", "Names (repair's gazetteer)", "misspelling"),
    "chrome": ("PAGE_CHROME", "Page chrome (repair)", "addition"),
    "structure": ("STRUCTURE", "Broken paragraphs (repair)", "formatting"),
    "encoding": ("ENCODING", "Mojibake (repair)", "characters"),
    "manual": ("MISC", "Miscellaneous", "other"),
}
_CONTEXT = 40  # characters of context either side, as LanguageTool gives


class BadRequest(RepairError):
    """The request itself is wrong: answered 400 with this one-line message."""


@dataclass(frozen=True)
class CheckRequest:
    text: str  # what is checked: the text, or the annotated text with markup read as interpretAs
    original: str  # what the client's offsets refer to
    positions: list[int]  # positions[i]: where text[i] sits in original (one past the end at len)
    checked: list[bool]  # checked[i]: text[i] came from a text part, not from markup
    language: dict
    enabled_rules: frozenset[str]
    disabled_rules: frozenset[str]
    enabled_categories: frozenset[str]
    disabled_categories: frozenset[str]
    enabled_only: bool


def parse_check(fields: dict[str, str]) -> CheckRequest:
    """The request's form fields (or query parameters), checked as LanguageTool checks them."""
    language = fields.get("language")
    if not language:
        raise BadRequest("Missing 'language' parameter (e.g. 'en-US', or 'auto')")
    entry = _language(language)
    if "data" in fields:
        text, original, positions, checked = _annotated(fields["data"])
    elif "text" in fields:
        text = original = fields["text"]
        positions, checked = list(range(len(text) + 1)), [True] * len(text)
    else:
        raise BadRequest("Missing 'text' or 'data' parameter")
    enabled_only = fields.get("enabledOnly", "false").lower() == "true"
    request = CheckRequest(
        text=text,
        original=original,
        positions=positions,
        checked=checked,
        language=entry,
        enabled_rules=_list(fields.get("enabledRules")),
        disabled_rules=_list(fields.get("disabledRules")),
        enabled_categories=_list(fields.get("enabledCategories")),
        disabled_categories=_list(fields.get("disabledCategories")),
        enabled_only=enabled_only,
    )
    if enabled_only and not (request.enabled_rules or request.enabled_categories):
        raise BadRequest("enabledOnly=true needs enabledRules or enabledCategories")
    return request


def _language(code: str) -> dict:
    if code.lower() == "auto":
        return _BY_CODE["en-us"]
    entry = _BY_CODE.get(code.lower())
    if entry is None:
        raise BadRequest(f"language {code!r} is not supported: repair checks English ({', '.join(_BY_CODE)})")
    return entry


def _list(value: str | None) -> frozenset[str]:
    return frozenset(v.strip() for v in (value or "").split(",") if v.strip())


def _annotated(data: str) -> tuple[str, str, list[int], list[bool]]:
    try:
        parts = json.loads(data)["annotation"]
        if not isinstance(parts, list):
            raise TypeError
    except (json.JSONDecodeError, KeyError, TypeError):
        raise BadRequest(
            '\'data\' must be JSON like {"annotation": [{"text": ...}, {"markup": ...}]}'
        ) from None
    text: list[str] = []
    original: list[str] = []
    positions: list[int] = []
    checked: list[bool] = []
    at = 0
    for part in parts:
        if not isinstance(part, dict) or not isinstance(part.get("text", part.get("markup")), str):
            raise BadRequest("each part of 'data' needs a 'text' or a 'markup' string")
        if "text" in part:
            piece = part["text"]
            text.append(piece)
            positions.extend(range(at, at + len(piece)))
            checked.extend([True] * len(piece))
        else:
            piece = part["markup"]
            shown = part.get("interpretAs", "")
            if not isinstance(shown, str):
                raise BadRequest("'interpretAs' must be a string")
            text.append(shown)
            positions.extend([at] * len(shown))
            checked.extend([False] * len(shown))
        original.append(piece)
        at += len(piece)
    positions.append(at)
    return "".join(text), "".join(original), positions, checked


class Utf16:
    """Code-point offsets into ``text`` as UTF-16 code-unit offsets, LanguageTool's unit."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)


def wanted(request: CheckRequest, record: dict) -> bool:
    category = CATEGORIES.get(record["kind"], CATEGORIES["manual"])[0]
    rule = record["rule"]
    if request.enabled_only:
        return rule in request.enabled_rules or category in request.enabled_categories
    return rule not in request.disabled_rules and category not in request.disabled_categories


def matches(request: CheckRequest, records: list[dict], sentences: list[tuple[int, int]]) -> list[dict]:
    """The proposals (edit-log records, spans into ``request.text``) as LanguageTool matches.

    A proposal that touches text read from markup is left out: the client cannot apply
    it to what it sent."""
    units = Utf16(request.original)
    starts = [s for s, _ in sentences]
    found = []
    for record in records:
        start, end = record["span"]
        if not all(request.checked[start:end]) or not wanted(request, record):
            continue
        first, last = (
            request.positions[start],
            request.positions[end - 1] + 1 if end > start else request.positions[start],
        )
        found.append(_match(request, record, first, last, units, sentences, starts))
    found.sort(key=lambda m: (m["offset"], m["length"]))
    return found


def _match(request, record, first, last, units, sentences, starts) -> dict:
    category_id, category_name, issue_type = CATEGORIES.get(record["kind"], CATEGORIES["manual"])
    if "doubled" in record["rule"]:
        issue_type = "duplication"
    original = request.original
    left = max(0, first - _CONTEXT)
    right = min(len(original), last + _CONTEXT)
    context = original[left:right].replace("\n", " ")
    index = max(0, bisect.bisect_right(starts, record["span"][0]) - 1)
    sentence = request.text[slice(*sentences[index])] if sentences else ""
    context_units = Utf16(context)
    values = [
        record["replacement"],
        *[a for a in record.get("alternatives", []) if a != record["replacement"]],
    ]
    return {
        "message": record["reason"],
        "shortMessage": category_name,
        "replacements": [{"value": value} for value in values],
        "offset": units(first),
        "length": units(last) - units(first),
        "context": {
            "text": context,
            "offset": context_units(first - left),
            "length": context_units(last - left) - context_units(first - left),
        },
        "sentence": sentence.strip(),
        "type": {"typeName": "UnknownWord" if issue_type == "misspelling" else "Other"},
        "rule": {
            "id": record["rule"],
            "description": f"{record['kind']}: {record['rule']}",
            "issueType": issue_type,
            "category": {"id": category_id, "name": category_name},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
        "repair": {"kind": record["kind"], "confidence": record["confidence"], "id": record["id"]},
    }


def response(request: CheckRequest, found: list[dict], sentences: list[tuple[int, int]]) -> dict:
    units = Utf16(request.original)
    ranges = []
    for start, end in sentences:
        first = request.positions[start]
        last = request.positions[end - 1] + 1 if end > start else first
        ranges.append([units(first), units(last) - units(first)])
    language = {"name": request.language["name"], "code": request.language["longCode"]}
    return {
        "software": {
            "name": "repair (LanguageTool-compatible API)",
            "version": __version__,
            "buildDate": None,
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {**language, "detectedLanguage": {**language, "confidence": 1.0}},
        "matches": found,
        "sentenceRanges": ranges,
    }
