"""The `repair` command. Exit codes: 0 clean, 1 findings (check), 2 error."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

from repair import __version__
from repair.errors import RepairError

EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repair",
        description="Find and fix damage in machine-translated, scraped or mis-encoded news articles.",
    )
    parser.add_argument("--version", action="version", version=f"repair {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    import repair.commands as package

    for module_info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"repair.commands.{module_info.name}")
        if hasattr(module, "register"):
            module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return int(args.run(args))
    except RepairError as error:
        print(f"repair: error: {' '.join(str(error).split())}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("repair: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: still one line, unless the user asks for the trace
        if os.environ.get("REPAIR_DEBUG"):
            raise
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
        print(
            f"repair: internal error: {type(error).__name__}: {first_line} (set REPAIR_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return EXIT_ERROR


def entry_point() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry_point()
