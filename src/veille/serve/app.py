"""The ``veille serve`` application: the JSON API (routes, writes), the dashboard, the headers.

``create_app(db, token)`` opens the store read-only for the GET routes (nothing is created
or migrated; a missing or outdated store is an error at once, not at the first request),
and, only when a token is given, a second, writable handle for ``POST /api/articles``.
HTML answers carry a Content-Security-Policy that allows nothing but this origin and no
inline script, so text from an article shown by the dashboard cannot run as code.
"""
from __future__ import annotations

import contextlib
import pathlib

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders

from veille import __version__
from veille.serve import models, routes, routes_analysis, writes
from veille.store import Store, open as open_store

STATIC = pathlib.Path(__file__).parent / "static"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def create_app(db: Store | str, token: str | None = None) -> FastAPI:
    """The API over the store ``db`` (a path, URL or open ``Store``). With ``token``,
    ``POST /api/articles`` accepts ``Authorization: Bearer <token>``; without, it is 403."""
    given = db if isinstance(db, Store) else None
    location = given.url.render_as_string(hide_password=False) if given else db
    reader = given if given is not None and given.readonly else open_store(location, readonly=True)
    writer = None
    if token:
        writable = given if given is not None and not given.readonly else open_store(location)
        writer = writes.Writer(writable, token)
    opened = [s for s in (reader, writer and writer.store) if s is not None and s is not given]

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        yield
        for s in opened:        # a Store given by the caller stays the caller's to close
            s.close()

    app = FastAPI(title="veille", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Conflict news turned into sourced event data: merged events, articles and "
                              "what was extracted from them. See docs/api.md.",
                  responses={422: {"model": models.Error, "description": "a parameter is wrong (named in detail)"}})
    app.state.reader, app.state.writer = reader, writer
    app.include_router(routes.router)
    app.include_router(routes_analysis.router)
    app.include_router(routes_analysis.pages)
    app.include_router(writes.router)
    _errors(app)
    _documents(app)
    app.add_middleware(SecurityHeaders)
    return app


def _errors(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        # {"detail": "limit: Input should be less than or equal to 500"}: the parameter named
        msgs = []
        for err in exc.errors():
            loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body", "header")]
            msgs.append(f"{'.'.join(loc) or 'request'}: {err.get('msg')}")
        return JSONResponse({"detail": "; ".join(msgs)}, status_code=422)


def _documents(app: FastAPI) -> None:
    """The dashboard at / and /static, the API's browsable docs at /docs."""
    @app.get("/", include_in_schema=False)
    def index():
        page = STATIC / "index.html"
        if page.is_file():
            return FileResponse(page, media_type="text/html; charset=utf-8")
        return HTMLResponse("<!doctype html><title>veille</title><p>The dashboard is not installed; "
                            "the API is at <a href=\"/docs\">/docs</a>.</p>", status_code=404)

    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs():
        # Swagger UI ships in the package (static/vendor/swagger-ui): /docs works offline,
        # under the same CSP as the dashboard (no inline script, nothing from elsewhere)
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    base = app.openapi

    def openapi():
        if app.openapi_schema is None:
            schema = base()
            schema.setdefault("components", {}).setdefault("schemas", {})["ArticleIn"] = \
                models.ArticleIn.model_json_schema(ref_template="#/components/schemas/{model}")
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi


class SecurityHeaders:
    """nosniff and no referrer on every answer; on HTML ones, the CSP (unless the route set
    its own) and no framing. Plain ASGI: it adds headers without buffering the response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                if headers.get("content-type", "").startswith("text/html"):
                    headers.setdefault("Content-Security-Policy", CSP)
                    headers.setdefault("X-Frame-Options", "DENY")
            await send(message)

        await self.app(scope, receive, send_with_headers)
