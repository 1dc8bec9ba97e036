"""`repair ignores list|remove|clear`: the "always" decisions that hold for every article.

Only a reviewer's explicit choice ("always, for every article") writes them: rejections
(ignores: the change in those words is never proposed again) and acceptances (the same
change is accepted in every later review). `--batch OUT` works on a batch run's own
rules instead (OUT/.repair/always.json). Names accepted for every article are also rows
of the user's gazetteer: `repair gazetteer recorded|forget`.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from repair.errors import RepairError
from repair.ignores import rules_in, store_for
from repair.review_state import AlwaysRule, batch_state_dir, user_state_dir


def register(subparsers) -> None:
    parser = subparsers.add_parser("ignores", help="list or undo the review's 'always' decisions")
    sub = parser.add_subparsers(dest="ignores_command", metavar="ACTION", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--state-dir", type=Path, metavar="DIR", help="the user state folder (default: user data)"
        )
        p.add_argument(
            "--batch", type=Path, metavar="OUT", help="a batch run's rules (its -o folder) instead"
        )

    listing = sub.add_parser("list", help="show every rejection and acceptance kept for every article")
    common(listing)
    listing.set_defaults(run=run_list)
    remove = sub.add_parser("remove", help="forget the ones with these ids (from `list`)")
    remove.add_argument("ids", nargs="+", metavar="ID")
    common(remove)
    remove.set_defaults(run=run_remove)
    clear = sub.add_parser("clear", help="forget them all")
    common(clear)
    clear.set_defaults(run=run_clear)


def rule_id(rule: AlwaysRule) -> str:
    key = "\x1f".join((rule.verdict, rule.kind, rule.original, rule.replacement))
    return "r" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:9]


def _stores(args: argparse.Namespace):
    if args.batch is not None:
        folder = batch_state_dir(args.batch)
        if not folder.is_dir():
            raise RepairError(f"{args.batch}: not a batch output folder (no {folder.name}/ in it)")
        return None, rules_in(folder, "batch")
    folder = user_state_dir(args.state_dir)
    return store_for(args.state_dir), rules_in(folder, "user")


def run_list(args: argparse.Namespace) -> int:
    ignores, rules = _stores(args)
    lines = []
    if ignores is not None:
        for key, entry in sorted(ignores.entries.items()):
            lines.append(
                f"{key}  reject  {entry.get('kind', '?')}  {entry.get('original', '')!r} -> "
                f"{entry.get('replacement', '')!r}  in {entry.get('context', '')!r}  ({entry.get('added', '')})"
            )
    for rule in rules.rules:
        verb = "accept" if rule.verdict == "accepted" else "reject"
        lines.append(
            f"{rule_id(rule)}  {verb}  {rule.kind}  {rule.original!r} -> {rule.replacement!r}  anywhere"
        )
    print("\n".join(lines) if lines else "no 'always' decisions")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    ignores, rules = _stores(args)
    by_id = {rule_id(rule): rule for rule in rules.rules}
    for key in args.ids:
        if key in by_id:
            rules.remove(by_id[key])
        elif ignores is None or not ignores.remove(key):
            raise RepairError(f"{key}: no such ignore or rule (see `repair ignores list`)")
        print(f"removed {key}")
    return 0


def run_clear(args: argparse.Namespace) -> int:
    ignores, rules = _stores(args)
    count = ignores.clear() if ignores is not None else 0
    for rule in list(rules.rules):
        rules.remove(rule)
        count += 1
    print(f"removed {count}")
    return 0
