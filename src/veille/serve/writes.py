"""``POST /api/articles``: extract, ingest and merge posted articles.

Closed unless a token is configured (403), and then only for ``Authorization: Bearer
<token>`` (401 otherwise; compared in constant time). The body is read up to
``MAX_BODY`` bytes (413 beyond, whatever Content-Length claims) and holds at most
``MAX_ARTICLES`` articles. Extraction is CPU-bound: it runs in a worker thread, and a lock
keeps one writer at a time (the store's rule), so a second POST waits for the first.
"""
from __future__ import annotations

import hmac
import json
import threading

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import TypeAdapter, ValidationError

from veille.serve import models

MAX_BODY = 5 * 1024 * 1024
MAX_ARTICLES = 100

router = APIRouter(prefix="/api")
_body = TypeAdapter(models.ArticleIn | list[models.ArticleIn])


class Writer:
    """The app's one writer: a writable store and the lock around its ingests."""

    def __init__(self, store, token: str):
        self.store = store
        self.token = token.encode("utf-8")
        self.lock = threading.Lock()

    def authorised(self, header: str | None) -> bool:
        scheme, _, given = (header or "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode("utf-8"), self.token)

    def ingest(self, items: list[dict]) -> dict:
        from veille.read import as_article
        from veille.store import ingest

        # the same checks as every other door: an article refused ("published": "hier",
        # "lang": "xx") is this request's failure, with its reason, as in a JSON Lines file
        arts = [as_article(i) for i in items]     # ids (given, from the url, or the text hash) known first
        with self.lock:
            res = ingest(arts, self.store)
        return {"added": res.added, "replaced": res.replaced, "unchanged": res.unchanged, "failed": res.failed,
                "failures": [{"id": f.id, "origin": f.origin, "reason": f.reason} for f in res.failures],
                "ids": [a.id for a in arts]}


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        raise HTTPException(413, detail=f"body: larger than {MAX_BODY} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise HTTPException(413, detail=f"body: larger than {MAX_BODY} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("/articles", response_model=models.IngestOut, tags=["articles"],
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                 "schema": {"anyOf": [{"$ref": "#/components/schemas/ArticleIn"},
                                      {"type": "array", "maxItems": MAX_ARTICLES,
                                       "items": {"$ref": "#/components/schemas/ArticleIn"}}]}}}}},
             responses={401: {"model": models.Error}, 403: {"model": models.Error},
                        413: {"model": models.Error}})
async def post_articles(request: Request):
    """Extract, store and merge one article or a list of them (at most 100; body at most 5 MB).
    Needs ``Authorization: Bearer <token>``; disabled when the server has no token."""
    writer: Writer | None = request.app.state.writer
    if writer is None:
        raise HTTPException(403, detail="writes are disabled: start veille serve with --token-file "
                                        "or VEILLE_API_TOKEN to enable them")
    if not writer.authorised(request.headers.get("authorization")):
        raise HTTPException(401, detail="authorization: a valid 'Bearer <token>' is needed",
                            headers={"WWW-Authenticate": "Bearer"})
    raw = await _read_body(request)
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(422, detail=f"body: not JSON ({exc})") from None
    except RecursionError:
        raise HTTPException(422, detail="body: not JSON (nested too deeply)") from None
    if isinstance(data, list) and len(data) > MAX_ARTICLES:
        raise HTTPException(422, detail=f"body: at most {MAX_ARTICLES} articles per request, got {len(data)}")
    if isinstance(data, list) and not data:
        raise HTTPException(422, detail="body: an empty list")
    try:
        parsed = _body.validate_python(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"] if x not in ("ArticleIn", "list[ArticleIn]"))
        raise HTTPException(422, detail=f"body{'.' + where if where else ''}: {err['msg']}") from None
    items = [a.model_dump() for a in (parsed if isinstance(parsed, list) else [parsed])]
    return await run_in_threadpool(writer.ingest, items)
