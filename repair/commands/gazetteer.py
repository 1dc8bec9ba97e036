"""`repair gazetteer`: build the compiled index, look names up, learn from references, import exports."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from repair.atomic import write_atomic
from repair.errors import RepairError


def register(subparsers) -> None:
    parser = subparsers.add_parser("gazetteer", help="build, query and extend the gazetteer of names")
    sub = parser.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--gazetteer",
            type=Path,
            action="append",
            default=[],
            metavar="FILE",
            help="also use this gazetteer TSV; repeatable",
        )
        p.add_argument(
            "--cache-dir",
            type=Path,
            metavar="DIR",
            help="where compiled indexes live (default: the user cache dir)",
        )

    build = sub.add_parser("build", help="compile the shipped gazetteer (and --gazetteer files) now")
    common(build)
    build.add_argument("--force", action="store_true", help="rebuild even when up to date")
    build.set_defaults(run=run_build)

    lookup = sub.add_parser("lookup", help="show the entries a name could be, with scores")
    lookup.add_argument("text", metavar="TEXT")
    lookup.add_argument("-n", "--limit", type=int, default=5)
    common(lookup)
    lookup.set_defaults(run=run_lookup)

    learn = sub.add_parser("learn", help="write entries for the names in clean reference articles")
    learn.add_argument("refs", nargs="+", type=Path, metavar="REF")
    learn.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    common(learn)
    learn.set_defaults(run=run_learn)

    imp = sub.add_parser("import", help="convert a Wikidata-style JSON/JSONL/CSV export to gazetteer TSV")
    imp.add_argument("source", type=Path, metavar="FILE")
    imp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    imp.add_argument("--build", action="store_true", help="also compile the imported file's index")
    imp.add_argument("--cache-dir", type=Path, metavar="DIR")
    imp.set_defaults(run=run_import)

    register_recorded(sub)


def register_recorded(sub) -> None:
    """The spellings the review accepted always, for every article: shown and undone here."""
    recorded = sub.add_parser("recorded", help="show the names accepted always in review (your gazetteer)")
    recorded.add_argument("--state-dir", type=Path, metavar="DIR", help="the user state folder")
    recorded.set_defaults(run=run_recorded)
    forget = sub.add_parser("forget", help="undo a name accepted always in review")
    forget.add_argument("spelling", metavar="SPELLING", help="the wrong spelling, as `recorded` shows it")
    forget.add_argument("--state-dir", type=Path, metavar="DIR", help="the user state folder")
    forget.set_defaults(run=run_forget)


def run_recorded(args: argparse.Namespace) -> int:
    from repair.ignores import recorded_variants, user_gazetteer_path

    path = user_gazetteer_path(args.state_dir)
    rows = recorded_variants(path)
    for canonical, variant in rows:
        print(f"{variant!r} -> {canonical!r}")
    print(f"{len(rows)} spelling(s) in {path}", file=sys.stderr)
    return 0


def run_forget(args: argparse.Namespace) -> int:
    from repair.ignores import forget_spelling, user_gazetteer_path

    path = user_gazetteer_path(args.state_dir)
    if not forget_spelling(path, args.spelling):
        raise RepairError(f"{args.spelling!r} is not in {path} (see `repair gazetteer recorded`)")
    print(f"forgot {args.spelling!r}")
    return 0


def _check_files(paths: list[Path]) -> None:
    for path in paths:
        if not path.is_file():
            raise RepairError(f"{path}: gazetteer file not found")


def run_build(args: argparse.Namespace) -> int:
    from repair.gazetteer.index import compiled, shipped_sources, user_sources

    _check_files(args.gazetteer)
    for sources in [shipped_sources(), *[user_sources(p) for p in args.gazetteer]]:
        start = time.perf_counter()
        path, built, warnings = compiled(sources, folder=args.cache_dir, rebuild=args.force)
        state = f"built in {time.perf_counter() - start:.2f}s" if built else "up to date"
        print(f"{sources.label}: {path} ({state})")
        for warning in warnings:
            print(f"repair: warning: {warning}", file=sys.stderr)
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    from repair.gazetteer.index import Gazetteer
    from repair.gazetteer.keys import name_words, sound_key
    from repair.gazetteer.search import candidates

    _check_files(args.gazetteer)
    words = name_words(args.text)
    if not words:
        raise RepairError("nothing to look up: give a name, e.g. 'Olaf Sholts'")
    gazetteer = Gazetteer.load(args.gazetteer, folder=args.cache_dir)
    exact = gazetteer.exact(" ".join(words))
    kinds = {0: "canonical", 1: "alias", 2: "house-style variant of", 3: "a name word of"}
    for entry, kind in exact[: args.limit]:
        print(
            f"exact  {args.text!r} is {kinds.get(kind, 'a form of')} {entry.canonical!r} ({entry.type}; {entry.note})"
        )
    routes = {
        e.canonical: (e, k) for key in (" ".join(words), "".join(words)) for e, k in gazetteer.routes(key)
    }
    for entry, kind in list(routes.values())[: args.limit]:
        how = "its family name read" if kind == 1 else "a reading of"
        print(f"route  {args.text!r} is {how} {entry.canonical!r}'s name in {', '.join(entry.native)}")
    print(f"sound keys: {' '.join(sound_key(w) for w in words)}")
    found = candidates(gazetteer, words, limit=args.limit)
    if not found and not exact and not routes:
        print("no candidates")
        return 1
    for c in found:
        roles = f"; roles: {', '.join(c.entry.roles[:3])}" if c.entry.roles else ""
        print(f"{c.score:.3f}  {c.replacement!r} <- {c.entry.canonical} ({c.entry.type}{roles})")
    return 0


def run_learn(args: argparse.Namespace) -> int:
    from repair.gazetteer.entries import format_tsv
    from repair.gazetteer.index import Gazetteer
    from repair.gazetteer.references import learn_entries
    from repair.loading import load_path

    _check_files(args.gazetteer)
    texts = [(str(path), load_path(path).text) for path in args.refs]
    gazetteer = Gazetteer.load(args.gazetteer, folder=args.cache_dir)
    entries = learn_entries(texts, gazetteer)
    comment = "Learned by `repair gazetteer learn` from: " + ", ".join(str(p) for p in args.refs)
    write_atomic(args.output, format_tsv(entries, comment).encode("utf-8"))
    print(f"{args.output}: {len(entries)} entries", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from repair.gazetteer.entries import COLUMNS
    from repair.gazetteer.importer import import_entries
    from repair.gazetteer.index import compiled, user_sources

    count = 0
    temp = args.output.with_name(args.output.name + ".part")
    try:
        with open(temp, "w", encoding="utf-8") as out:
            out.write(f"# Imported by `repair gazetteer import` from {args.source}\n")
            out.write("\t".join(COLUMNS) + "\n")
            for entry in import_entries(args.source):
                out.write("\t".join(" ".join(c.replace("\t", " ").split()) for c in entry.to_row()) + "\n")
                count += 1
        temp.replace(args.output)
    except OSError as error:
        raise RepairError(f"{args.output}: cannot write ({error})") from None
    finally:
        if temp.exists():
            temp.unlink()
    print(f"{args.output}: {count} entries", file=sys.stderr)
    if args.build:
        path, _, _ = compiled(user_sources(args.output), folder=args.cache_dir)
        print(f"compiled: {path}", file=sys.stderr)
    return 0
