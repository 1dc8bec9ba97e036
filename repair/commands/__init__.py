"""One module per `repair` subcommand; each has `register(subparsers)` and `run(args) -> int`."""
