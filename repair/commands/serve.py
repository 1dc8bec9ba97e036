"""`repair serve`: a LanguageTool-compatible HTTP server (see repair/serve/)."""

from __future__ import annotations

import argparse
import os
import socket

from repair.commands.common import add_analysis_options, config_from_args
from repair.errors import RepairError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="serve LanguageTool's HTTP API (/v2/check, /v2/languages) for editors and add-ons"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)"
    )
    parser.add_argument("--port", type=int, default=8081, help="port (default: 8081, LanguageTool's)")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="processes, each checking one text at a time (default 1)",
    )
    parser.add_argument(
        "--max-request-bytes",
        type=int,
        default=1_000_000,
        metavar="N",
        help="refuse larger requests with 413 (default 1,000,000)",
    )
    add_analysis_options(parser)
    parser.set_defaults(run=run, paths=[])


def _can_listen(host: str, port: int) -> None:
    """A taken port or a wrong address is a one-line error before anything starts."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.bind(infos[0][4])
    except OSError as error:
        raise RepairError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from repair.serve.app import create_app, settings_for_workers
    except ImportError:
        raise RepairError("repair serve needs Starlette and uvicorn: pip install 'repair[serve]'") from None
    if args.workers < 1 or args.max_request_bytes < 1 or not 0 < args.port < 65536:
        raise RepairError("--workers and --max-request-bytes must be positive, --port 1-65535")
    _can_listen(args.host, args.port)
    config = config_from_args(args)
    if args.workers == 1:
        app = create_app(config, args.max_request_bytes)
        uvicorn.run(app, host=args.host, port=args.port, log_level="info", access_log=False, lifespan="on")
        return 0
    os.environ["REPAIR_SERVE_SETTINGS"] = settings_for_workers(config, args.max_request_bytes)
    uvicorn.run(
        "repair.serve.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="info",
        access_log=False,
        lifespan="on",
    )
    return 0
