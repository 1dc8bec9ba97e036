"""`repair completion SHELL`: print a tab-completion script (bash, zsh or tcsh), made by
shtab from the same argparse parser the command uses, so it never goes stale."""

from __future__ import annotations

import argparse

from repair.errors import RepairError

SHELLS = ("bash", "zsh", "tcsh")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "completion",
        help="print a shell completion script",
        description="bash: repair completion bash > ~/.local/share/bash-completion/completions/repair; "
        'zsh: repair completion zsh > "${fpath[1]}/_repair"',
    )
    parser.add_argument("shell", choices=SHELLS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        import shtab
    except ImportError:  # a dependency; only a broken install lacks it
        raise RepairError("shell completion needs shtab: pip install shtab") from None
    from repair.cli import build_parser

    print(shtab.complete(build_parser(), shell=args.shell))
    return 0
