"""The Starlette app: LanguageTool's /v2/check and /v2/languages over repair's Engine.

Checks run in a thread so the event loop keeps answering (another request's
/v2/languages, a health probe) while the pipeline works. One process checks one text at
a time with one Engine; ``repair serve --workers N`` runs N processes, each with its own
Engine, for N checks at once. Request bodies over ``max_bytes`` are refused with 413
before they are read whole.
"""

from __future__ import annotations

import base64
import os
import pickle
from contextlib import asynccontextmanager
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from repair.api import Engine, text_source
from repair.config import Config
from repair.errors import RepairError
from repair.serve.languagetool import LANGUAGES, BadRequest, matches, parse_check, response

DEFAULT_MAX_BYTES = 1_000_000
_SETTINGS_ENV = "REPAIR_SERVE_SETTINGS"  # how `repair serve --workers N` hands settings to workers
# warms every lazy part: a name the gazetteer knows, a misspelling (Harper's suggestions)
_WARM_TEXT = (
    "Prime Minister Fumio Kishida arrived in Tokyo on Monday. The talks beganm at noon, and the\n"
    "the ministers said an agreement was close.\n\nThey will meet again in Brussels next month.\n"
)


class TooLarge(Exception):
    pass


def create_app(config: Config | None = None, max_bytes: int | None = None) -> Starlette:
    """The app; without arguments, the settings `repair serve` put in the environment."""
    if config is None:
        settings = os.environ.get(_SETTINGS_ENV)
        config, max_bytes = pickle.loads(base64.b64decode(settings)) if settings else (Config(), None)
    limit = max_bytes or DEFAULT_MAX_BYTES
    engine = Engine(config)

    @asynccontextmanager
    async def lifespan(app):
        # build the passes and warm the grammar checker before the first request
        await run_in_threadpool(lambda: engine.check_source(text_source(_WARM_TEXT)))
        yield
        engine.close()

    async def languages(request: Request) -> Response:
        return JSONResponse(LANGUAGES)

    async def check(request: Request) -> Response:
        try:
            fields = dict(request.query_params)
            if request.method == "POST":
                fields.update(await _form(request, limit))
            wanted = parse_check(fields)
        except TooLarge:
            return PlainTextResponse(f"Error: request over the {limit:,}-byte limit\n", status_code=413)
        except BadRequest as error:
            return PlainTextResponse(f"Error: {error}\n", status_code=400)
        try:
            analysis, records = await run_in_threadpool(engine.check_source, text_source(wanted.text))
        except RepairError as error:
            return PlainTextResponse(f"Error: {error}\n", status_code=400)
        sentences = [(s.start, s.end) for s in analysis.doc.sentences]
        return JSONResponse(response(wanted, matches(wanted, records, sentences), sentences))

    return Starlette(
        routes=[
            Route("/v2/check", check, methods=["GET", "POST"]),
            Route("/v2/languages", languages, methods=["GET"]),
        ],
        # the browser add-on and Obsidian call from a page's origin, as with LanguageTool's own server
        middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"])],
        lifespan=lifespan,
    )


async def _form(request: Request, limit: int) -> dict[str, str]:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise TooLarge
    kind = request.headers.get("content-type", "application/x-www-form-urlencoded").split(";")[0].strip()
    if kind != "application/x-www-form-urlencoded":
        raise BadRequest(f"send the fields form-encoded (application/x-www-form-urlencoded), not {kind}")
    body = bytearray()
    async for piece in request.stream():
        body.extend(piece)
        if len(body) > limit:
            raise TooLarge
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False))
    except UnicodeDecodeError:
        raise BadRequest("the request body is not UTF-8") from None


def settings_for_workers(config: Config, max_bytes: int) -> str:
    return base64.b64encode(pickle.dumps((config, max_bytes))).decode("ascii")
