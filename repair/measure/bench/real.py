"""`repair bench real`: the pipeline measured on real machine-translated pages with answer keys.

The pages and their keys stay where they are (``--dir``, by default ``../shared/real-dev``);
nothing is copied into the project. Each page is analysed once with the real pipeline; the
automatic result is what ``repair fix`` would write (thresholds and safety guard), and a
name counts as *proposed in review* when some proposal, at any confidence, would put one
of the key's right spellings where the damaged one is.

Counting follows the key format's own rules: text is compared after straightening quotes
and collapsing white space, a string that starts or ends with a word character matches
only at a word boundary there, and a fix is the drop in occurrences of the damaged string,
capped by the rise in occurrences of the right ones (shared by entries with the same right
strings).
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from repair.config import Config
from repair.edits import Proposal
from repair.errors import RepairError
from repair.gazetteer.mentions import zipf
from repair.measure.key import Corruption
from repair.words import wordset

DEFAULT_DIR = Path("../shared/real-dev")
NAME_KINDS = frozenset({"name", "style"})

_STRAIGHT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)


def normal(text: str) -> str:
    """Straight quotes, one space for every run of white space."""
    return re.sub(r"\s+", " ", text.translate(_STRAIGHT)).strip()


_PATTERNS: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def _pattern(strings: Iterable[str]) -> re.Pattern[str] | None:
    key = tuple(sorted({normal(s) for s in strings if normal(s)}, key=lambda s: (-len(s), s)))
    if key not in _PATTERNS:
        parts = []
        for s in key:
            part = re.escape(s)
            if s[0].isalnum() or s[0] == "_":
                part = r"(?<!\w)" + part
            if s[-1].isalnum() or s[-1] == "_":
                part += r"(?!\w)"
            parts.append(part)
        _PATTERNS[key] = re.compile("|".join(parts)) if parts else None
    return _PATTERNS[key]


def occurrences(strings: str | Iterable[str], text: str) -> int:
    """Non-overlapping occurrences of any of ``strings`` in normalised ``text``."""
    pattern = _pattern([strings] if isinstance(strings, str) else strings)
    return len(pattern.findall(text)) if pattern else 0


@dataclass
class Page:
    name: str
    text: str
    names: list[Corruption]
    other: list[Corruption]
    keep: list[str]
    chrome: list[str]

    @property
    def half(self) -> str:
        """ "tune" for even page numbers, "report" for odd ones (the team's fixed split)."""
        digits = re.match(r"\d+", self.name)
        if not digits:
            return "other"
        return "tune" if int(digits.group()) % 2 == 0 else "report"


def _damage(raw: dict, kind: str = "name", family: str = "") -> Corruption:
    return Corruption.unlocated(
        raw["wrong"], [raw["right"], *raw.get("also_ok", [])], kind=kind, category=family
    )


def load_pages(folder: Path) -> list[Page]:
    """Every NAME.txt with a NAME.json key in ``folder``, in name order."""
    if not folder.is_dir():
        raise RepairError(f"{folder}: real-dev folder not found")
    pages = []
    for path in sorted(folder.glob("*.txt")):
        key_path = path.with_suffix(".json")
        if not key_path.is_file():
            continue
        try:
            key = json.loads(key_path.read_text(encoding="utf-8"))
            text = path.read_bytes().decode("utf-8")
            names = [_damage(raw) for raw in key.get("names", [])]
            other = [_damage(raw, "other", "other") for raw in key.get("other_damage", [])]
        except (ValueError, KeyError, TypeError) as error:
            raise RepairError(f"{key_path}: not a readable answer key ({error})") from None
        names = [replace(damage, category=family_of(damage)) for damage in names]
        pages.append(Page(path.stem, text, names, other, key.get("keep", []), key.get("chrome", [])))
    if not pages:
        raise RepairError(f"{folder}: no pages with answer keys (NAME.txt and NAME.json)")
    return pages


_SMALL = wordset("the of and a an in his her its for to on")


def family_of(damage: Corruption) -> str:
    """Which kind of name damage an entry shows, read from the wrong and right strings."""
    wrong, right = damage.text, damage.original
    if any(ch.isalpha() and not ch.isascii() and ord(ch) > 0x2FF for ch in wrong):
        return "native script"
    if any(wrong.lower() == r.lower() for r in damage.rights):
        return "lower-cased"
    w_words, r_words = wrong.split(), right.split()
    if (
        len(w_words) == 2
        and any(len(r.split()) == 2 and r.split()[1] == w_words[1] for r in damage.rights)
        and w_words[0][:1].isupper()
        and zipf(w_words[1]) < 3.0
    ):
        return "wrong first name"
    content = [w.strip("\"'“”’,.") for w in w_words if w.lower().strip("\"'“”’,.") not in _SMALL]
    if content and all(zipf(w) >= 3.0 for w in content) and not any(w in r_words for w in content):
        return "words"
    return "respelled"


# --- counting --------------------------------------------------------------------------


def fixes(entries: Sequence[Corruption], before: str, after: str) -> list[tuple[int, int]]:
    """(occurrences before, occurrences fixed) per entry; ``before``/``after`` normalised."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, entry in enumerate(entries):
        groups[tuple(sorted(normal(r) for r in entry.rights))].append(i)
    out: list[tuple[int, int]] = [(0, 0)] * len(entries)
    for rights, members in groups.items():

        def rights_in(text: str, rights=rights, members=members) -> int:
            count = occurrences(rights, text)
            for i in members:  # a right string inside the wrong one is not a fix
                inside = occurrences(rights, normal(entries[i].text))
                count -= inside * occurrences(entries[i].text, text)
            return count

        budget = max(0, rights_in(after) - rights_in(before))
        for i in members:
            was = occurrences(entries[i].text, before)
            fixed = min(max(0, was - occurrences(entries[i].text, after)), budget)
            budget -= fixed
            out[i] = (was, fixed)
    return out


def _body(text: str, chrome: set[str]) -> list[str]:
    return [line for line in (normal(raw) for raw in text.splitlines()) if line and line not in chrome]


def chrome_gone(line: str, out_lines: list[str], body: set[str]) -> bool:
    line = normal(line)
    return not any(out == line or (len(line) >= 25 and line in out and out not in body) for out in out_lines)


def changed_words(before: list[str], after: list[str]) -> tuple[int, int]:
    """(words of ``before``, how many of them ``after`` no longer has, in order)."""
    a, b = " ".join(before).split(), " ".join(after).split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return len(a), len(a) - sum(block.size for block in matcher.get_matching_blocks())


def proposed(text: str, damage: Corruption, proposals: Sequence[Proposal]) -> tuple[int, int]:
    """(occurrences, occurrences that some proposal, or a run of them, would fix): a
    proposal counts when applying it, with any of its alternatives, and the name proposals
    beside it, puts a right spelling where the wrong one was."""
    found = 0
    occurrences_at = [m.span() for m in _raw_pattern(damage.text).finditer(text)]
    rights = [normal(r) for r in damage.rights]
    for start, end in occurrences_at:
        touching = sorted(
            (p for p in proposals if p.span.start < end + 1 and start - 1 < p.span.end),
            key=lambda p: p.span.start,
        )
        if _fixed_by(text, start, end, touching, rights, damage.text):
            found += 1
    return len(occurrences_at), found


def _fixed_by(
    text: str, start: int, end: int, touching: list[Proposal], rights: list[str], wrong: str
) -> bool:
    for proposal in touching:
        for replacement in (proposal.replacement, *proposal.alternatives):
            if _puts_right(text, start, end, [(proposal, replacement)], rights, wrong):
                return True
    chain: list[tuple[Proposal, str]] = []
    for proposal in touching:  # the non-overlapping run of them, each with its own spelling
        if not chain or chain[-1][0].span.end <= proposal.span.start:
            chain.append((proposal, proposal.replacement))
    return len(chain) > 1 and _puts_right(text, start, end, chain, rights, wrong)


def _puts_right(
    text: str, start: int, end: int, edits: list[tuple[Proposal, str]], rights: list[str], wrong: str
) -> bool:
    lo = min(start, *(p.span.start for p, _ in edits))
    hi = max(end, *(p.span.end for p, _ in edits))
    lo, hi = _widen(text, lo, hi)
    out, at = [], lo
    for proposal, replacement in edits:
        out.append(text[at : proposal.span.start])
        out.append(replacement)
        at = proposal.span.end
    out.append(text[at:hi])
    window = normal("".join(out))
    before = normal(text[lo:hi])
    inside = occurrences(rights, normal(wrong))  # a right string inside the wrong one is no fix

    def rights_in(part: str) -> int:
        return occurrences(rights, part) - inside * occurrences(wrong, part)

    return rights_in(window) > rights_in(before) and occurrences(wrong, window) < occurrences(wrong, before)


def _widen(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Out to the surrounding word boundaries plus one word each side, so a right string
    with a word of context ("says Macron") can be seen."""
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    lo = max(0, text.rfind(" ", 0, max(0, lo - 1)) + 1) if lo else 0
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    nxt = text.find(" ", hi + 1)
    hi = len(text) if nxt < 0 else nxt
    return lo, hi


def _raw_pattern(wrong: str) -> re.Pattern[str]:
    """``wrong`` in the raw text: quotes either way, any white space between words."""
    parts = []
    for ch in wrong:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in "'\u2018\u2019":
            parts.append("['\u2018\u2019]")
        elif ch in '"\u201c\u201d':
            parts.append('["\u201c\u201d]')
        else:
            parts.append(re.escape(ch))
    pattern = "".join(parts)
    if wrong[:1].isalnum():
        pattern = r"(?<!\w)" + pattern
    if wrong[-1:].isalnum():
        pattern += r"(?!\w)"
    return re.compile(pattern)


# --- the run ---------------------------------------------------------------------------


@dataclass
class PageResult:
    name: str
    half: str
    names: int = 0
    names_auto: int = 0
    names_review: int = 0
    keep: int = 0
    keep_broken: list[str] = field(default_factory=list)
    chrome: int = 0
    chrome_removed: int = 0
    other: int = 0
    other_fixed: int = 0
    other_review: int = 0  # fixed automatically or by some proposal left for review
    body_words: int = 0
    body_changed: int = 0
    families: dict[str, list[int]] = field(default_factory=dict)  # family -> [total, auto, review]
    missed: list[str] = field(default_factory=list)
    refused: str = ""
    # automatic name changes where the key records no damage: wrong, or damage it missed
    outside: list[str] = field(default_factory=list)


def score_page(page: Page, repaired: str, proposals: Sequence[Proposal]) -> PageResult:
    before, after = normal(page.text), normal(repaired)
    result = PageResult(page.name, page.half)
    auto = fixes(page.names, before, after)
    for damage, (total, fixed) in zip(page.names, auto, strict=True):
        _, review = proposed(page.text, damage, proposals)
        review = max(review, fixed)
        row = result.families.setdefault(damage.category, [0, 0, 0])
        for column, value in enumerate((total, fixed, review)):
            row[column] += value
        result.names += total
        result.names_auto += fixed
        result.names_review += review
        if review < total:
            result.missed.append(
                f"{damage.category}: {damage.text!r} -> {damage.rights[0]!r} ({review}/{total})"
            )
    for damage, (total, fixed) in zip(page.other, fixes(page.other, before, after), strict=True):
        _, review = proposed(page.text, damage, proposals)
        result.other += total
        result.other_fixed += fixed
        result.other_review += max(review, fixed)
        if fixed < total:
            result.missed.append(
                f"other: {damage.text!r} -> {damage.rights[0]!r} (auto {fixed}, review {max(review, fixed)} of {total})"
            )
    result.keep = len(page.keep)
    result.keep_broken = [k for k in page.keep if occurrences(k, after) < occurrences(k, before)]
    chrome = {normal(line) for line in page.chrome}
    body = _body(page.text, chrome)
    out_lines = [line for line in (normal(raw) for raw in repaired.splitlines()) if line]
    result.chrome = len(page.chrome)
    result.chrome_removed = sum(chrome_gone(line, out_lines, set(body)) for line in page.chrome)
    result.body_words, result.body_changed = changed_words(body, _body(repaired, chrome))
    return result


def outside_key(page: Page, applied: Sequence[Proposal]) -> list[str]:
    """The applied name changes that touch no damaged string of the key."""
    damaged = [
        match.span()
        for damage in (*page.names, *page.other)
        for match in _raw_pattern(damage.text).finditer(page.text)
    ]
    return [
        f"{p.original!r} -> {p.replacement!r}"
        for p in applied
        if not any(start < p.span.end and p.span.start < end for start, end in damaged)
    ]


def run_real(
    folder: Path, config: Config | None = None, progress: Callable[[str], None] | None = None
) -> dict:
    """Analyse every page with the real pipeline and score it; JSON-safe."""
    from repair.pipeline import Engine

    config = config or Config()
    pages = load_pages(folder)
    engine = Engine(config)
    paths = {page.name: folder / f"{page.name}.txt" for page in pages}
    results = []
    try:
        for page in pages:
            if progress:
                progress(page.name)
            results.append(judge_page(page, engine.analyze_path(paths[page.name]), config)[0])
    finally:
        engine.close()
    return summarise(results)


def judge_page(page: Page, analysis, config: Config) -> tuple[PageResult, list[Proposal]]:
    """One analysed page scored as `repair fix` would write it (thresholds and safety guard)
    and as review would offer it (every proposal); with the name proposals applied."""
    from repair.decide import decide

    decisions, repaired, verdict = decide(analysis, config)
    result = score_page(page, repaired if verdict.ok else page.text, analysis.proposals)
    applied = [p for p in analysis.proposals if p.id in decisions and p.kind == "name"] if verdict.ok else []
    if not verdict.ok:
        result.refused = verdict.reason
    else:
        result.outside = outside_key(page, applied)
    return result, applied


def summarise(results: list[PageResult]) -> dict:
    totals: dict[str, dict] = {}
    for label, members in (
        ("tune", [r for r in results if r.half == "tune"]),
        ("report", [r for r in results if r.half == "report"]),
        ("all", results),
    ):
        if not members or (label != "all" and len(members) == len(results)):
            continue
        totals[label] = _total(members)
    return {"pages": [vars(r) for r in results], "totals": totals}


def _total(results: list[PageResult]) -> dict:
    families: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in results:
        for family, row in r.families.items():
            for column, value in enumerate(row):
                families[family][column] += value
    words = sum(r.body_words for r in results)
    return {
        "pages": len(results),
        "names": sum(r.names for r in results),
        "names_auto": sum(r.names_auto for r in results),
        "names_review": sum(r.names_review for r in results),
        "keep": sum(r.keep for r in results),
        "keep_broken": sum(len(r.keep_broken) for r in results),
        "chrome": sum(r.chrome for r in results),
        "chrome_removed": sum(r.chrome_removed for r in results),
        "other": sum(r.other for r in results),
        "other_fixed": sum(r.other_fixed for r in results),
        "other_review": sum(r.other_review for r in results),
        "body_words": words,
        "body_changed": sum(r.body_changed for r in results),
        "body_changed_share": round(sum(r.body_changed for r in results) / max(1, words), 4),
        "refused": sum(1 for r in results if r.refused),
        "names_outside_key": sum(len(r.outside) for r in results),
        "families": {
            k: dict(zip(("total", "auto", "review"), v, strict=True)) for k, v in sorted(families.items())
        },
    }


def render(result: dict, verbose: bool = False) -> str:
    """Plain text: one line per page, then per family and total for each half."""
    lines = [
        f"{'page':44s} {'names auto/rev/total':>20s} {'keep broken':>11s} {'chrome':>7s} {'other':>6s} {'body':>6s}"
    ]
    for r in result["pages"]:
        share = 100.0 * r["body_changed"] / max(1, r["body_words"])
        refused = "  REFUSED: " + r["refused"] if r["refused"] else ""
        lines.append(
            f"{r['name'][:44]:44s} {r['names_auto']:>6d}/{r['names_review']:d}/{r['names']:<6d}"
            f"{len(r['keep_broken']):>5d}/{r['keep']:<5d} {r['chrome_removed']:>3d}/{r['chrome']:<3d}"
            f" {r['other_fixed']:>2d}/{r['other']:<3d} {share:5.1f}%{refused}"
        )
        if verbose:
            lines.extend(f"    missed {m}" for m in r["missed"])
            lines.extend(f"    keep broken: {k!r}" for k in r["keep_broken"])
            lines.extend(f"    name changed outside the key: {o}" for o in r["outside"])
    for label, t in result["totals"].items():
        lines.append("")
        lines.append(f"{label}: {t['pages']} pages")
        for family, row in t["families"].items():
            lines.append(
                f"  {family:18s} auto {row['auto']:>3d}/{row['total']:<3d}  review {row['review']:>3d}/{row['total']}"
            )
        lines.append(
            f"  names fixed automatically {t['names_auto']}/{t['names']} ({_pct(t['names_auto'], t['names'])}),"
            f" proposed in review {t['names_review']}/{t['names']} ({_pct(t['names_review'], t['names'])})"
        )
        lines.append(
            f"  keep broken {t['keep_broken']}/{t['keep']}, chrome removed {t['chrome_removed']}/{t['chrome']},"
            f" other damage fixed {t['other_fixed']}/{t['other']} (proposed in review {t['other_review']}),"
            f" body words changed {100 * t['body_changed_share']:.1f}%"
            + (f", refused {t['refused']}" if t["refused"] else "")
        )
        lines.append(f"  automatic name changes where the key records no damage: {t['names_outside_key']}")
    return "\n".join(lines)


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.0f}%" if whole else "-"
