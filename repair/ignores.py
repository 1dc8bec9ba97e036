"""A reviewer's "always" decisions, each kept in the scope the reviewer chose.

The default scope is the article (its rules live in its review state) or, reviewing a
batch's queue, the batch run (rules in the batch's state folder): an `AlwaysRule` gives
the same verdict to the same change made again in that scope, now and later. Only an
explicit choice ("always, for every article") reaches the user's state folder:

- Reject always, for every article: an ignore keyed by the proposal's stable id. The id
  hashes the change and the words around it (see repair.edits.stable_id), so the same
  damage in the same words is not proposed again in any article; the pipeline drops it
  (`drop_ignored`) and check, fix and review say how many it hid.
  `repair ignores list|remove|clear` shows and undoes them.
- Accept always, for every article (names): the wrong spelling is added to the `variants`
  column of the canonical entry in the user's gazetteer (repair/data/gazetteer/README.md's
  format). `repair gazetteer recorded|forget` shows and undoes them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from repair.atomic import write_atomic
from repair.edits import Proposal
from repair.errors import RepairError
from repair.gazetteer.entries import Table, load_tsv
from repair.review_state import CONTEXT, AlwaysRule, RuleStore, base_id, user_state_dir

IGNORES_NAME = "ignores.json"
GAZETTEER_NAME = "gazetteer.tsv"
RULES_NAME = "always.json"


def ignores_path(state_dir: Path | None = None) -> Path:
    return user_state_dir(state_dir) / IGNORES_NAME


def user_gazetteer_path(state_dir: Path | None = None) -> Path:
    return user_state_dir(state_dir) / GAZETTEER_NAME


class IgnoreStore:
    """Ignored proposal ids with what they were, so a person can read and prune the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, dict] = {}
        self._stamp: tuple[int, int] | None = None
        self.reload()

    def reload(self) -> None:
        """Read the file again if it changed since the last read."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self.entries, self._stamp = {}, None
            return
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp == self._stamp:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = data["ignores"]
            if not isinstance(entries, dict):
                raise TypeError("'ignores' is not an object")
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise RepairError(f"{self.path}: not an ignores file ({error})") from None
        self.entries, self._stamp = entries, stamp

    def __contains__(self, proposal_id: str) -> bool:
        return base_id(proposal_id) in self.entries

    def add(self, proposal: Proposal, text: str) -> None:
        start, end = proposal.span.start, proposal.span.end
        self.entries[base_id(proposal.id)] = {
            "kind": proposal.kind,
            "rule": proposal.rule,
            "original": proposal.original,
            "replacement": proposal.replacement,
            "context": text[max(0, start - CONTEXT) : start]
            + "["
            + proposal.original
            + "]"
            + text[end : end + CONTEXT],
            "added": time.strftime("%Y-%m-%d"),
        }
        self._write()

    def remove(self, proposal_id: str) -> bool:
        if self.entries.pop(base_id(proposal_id), None) is None:
            return False
        self._write()
        return True

    def clear(self) -> int:
        count = len(self.entries)
        if count:
            self.entries.clear()
            self._write()
        return count

    def _write(self) -> None:
        data = {"version": 1, "ignores": dict(sorted(self.entries.items()))}
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        stat = self.path.stat()
        self._stamp = (stat.st_mtime_ns, stat.st_size)


_STORES: dict[Path, IgnoreStore] = {}


def store_for(state_dir: Path | None) -> IgnoreStore:
    """One store per file per process, re-read only when the file changes."""
    path = ignores_path(state_dir)
    store = _STORES.get(path)
    if store is None:
        store = _STORES[path] = IgnoreStore(path)
    else:
        store.reload()
    return store


def drop_ignored(proposals: Sequence[Proposal], state_dir: Path | None) -> tuple[list[Proposal], int]:
    """The proposals the user has not rejected for every article (the hook in the
    pipeline), and how many were hidden, which check, fix and review say."""
    store = store_for(state_dir)
    if not store.entries:
        return list(proposals), 0
    kept = [p for p in proposals if p.kind == "manual" or p.id not in store]
    return kept, len(proposals) - len(kept)


def hidden_notice(count: int) -> str:
    """What check, fix and review say when the user's ignores hid proposals."""
    return (
        f"{count} proposal(s) hidden by your ignores for every article "
        "(repair ignores list shows them, repair ignores remove ID brings one back)"
    )


def rules_in(folder: Path, scope: str) -> RuleStore:
    """The "always" rules kept in FOLDER/always.json: a batch run's (its state folder) or
    the user's for every article (the user's state folder)."""
    path = folder / RULES_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rules = [AlwaysRule.from_dict(r) for r in data["rules"]]
    except FileNotFoundError:
        rules = []
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise RepairError(f"{path}: not a rules file ({error})") from None

    def persist(rules: list[AlwaysRule]) -> None:
        data = {"version": 1, "rules": [r.to_dict() for r in rules]}
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")

    return RuleStore(scope, rules, persist)


@dataclass
class AliasResult:
    path: Path
    canonical: str
    variant: str
    created: bool  # a new row (True) or the variant added to an existing one (False)


def record_variant(
    proposal: Proposal, gazetteer: Path, known: Iterable[Path] = (), replacement: str | None = None
) -> AliasResult:
    """Accept always: add the proposal's spelling as a variant of its canonical name.

    ``known`` are the gazetteers in use; the new row copies the canonical entry's type
    from the first of them that has it (else "term", the catch-all type).
    """
    canonical = (replacement if replacement is not None else proposal.replacement).strip()
    variant = proposal.original.strip()
    if proposal.kind != "name":
        raise RepairError("accept always records names; this is not a name proposal")
    if not canonical or not variant or "\t" in canonical + variant or "\n" in canonical + variant:
        raise RepairError("this name change cannot be written as a gazetteer entry")
    table = _user_table(gazetteer)
    for row in table.rows:
        if row.get("canonical") == canonical:
            variants = [v for v in (row.get("variants") or "").split("|") if v]
            if variant not in variants:
                variants.append(variant)
            row["variants"] = "|".join(variants)
            created = False
            break
    else:
        row = dict.fromkeys(table.header, "")
        row.update(
            canonical=canonical,
            type=_known_type(canonical, known) or "term",
            variants=variant,
            note="accepted always in review",
        )
        table.rows.append(row)
        created = True
    write_atomic(gazetteer, table.text())
    return AliasResult(gazetteer, canonical, variant, created)


def forget_variant(proposal: Proposal, gazetteer: Path, replacement: str | None = None) -> bool:
    """Undo of accept always: take the spelling back out of the user's gazetteer."""
    canonical = (replacement if replacement is not None else proposal.replacement).strip()
    return forget_spelling(gazetteer, proposal.original.strip(), canonical)


def recorded_variants(gazetteer: Path) -> list[tuple[str, str]]:
    """(canonical, variant) for every spelling the user's gazetteer holds."""
    if not gazetteer.is_file():
        return []
    rows = _user_table(gazetteer).rows
    return [
        (row.get("canonical") or "", variant)
        for row in rows
        for variant in (row.get("variants") or "").split("|")
        if variant
    ]


def forget_spelling(gazetteer: Path, variant: str, canonical: str | None = None) -> bool:
    """Take ``variant`` (of ``canonical``, or of any name) out of the user's gazetteer.

    A row that accept always created, and that holds nothing else now, goes too; a row the
    user wrote keeps everything but this variant. True when something was removed."""
    if not gazetteer.is_file():
        return False
    table = _user_table(gazetteer)
    kept, removed = [], False
    for row in table.rows:
        variants = [v for v in (row.get("variants") or "").split("|") if v]
        if (canonical is None or row.get("canonical") == canonical) and variant in variants:
            variants.remove(variant)
            row["variants"] = "|".join(variants)
            removed = True
            ours = row.get("note") == "accepted always in review"
            rest = [
                c for c in table.header if c not in ("canonical", "type", "note", "variants") and row.get(c)
            ]
            if ours and not variants and not rest:
                continue
        kept.append(row)
    if removed:
        table.rows = kept
        write_atomic(gazetteer, table.text())
    return removed


def _user_table(path: Path) -> Table:
    """The user's gazetteer as rows to edit, read by the gazetteer's own TSV reader."""
    return Table.read(path, comment="repair user gazetteer: names accepted always in review")


def _known_type(canonical: str, gazetteers: Iterable[Path]) -> str | None:
    """The type of the entry spelled ``canonical`` in the first gazetteer that has one."""
    for path in gazetteers:
        try:
            entries = load_tsv(path)
        except RepairError:  # an unreadable or malformed file says nothing about this name
            continue
        for entry in entries:
            if entry.canonical == canonical:
                return entry.type
    return None
