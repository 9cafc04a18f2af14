"""``veille serve``: the store over HTTP (JSON API, dashboard), run by uvicorn.

Argument parsing, token reading and start-up messages only; the app is ``veille.serve``.
``veille.cli`` calls :func:`add_commands` to register it and :func:`run` to run it.
"""
from __future__ import annotations

import argparse
import gc
import logging
import os
import pathlib
import sys

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
TOKEN_ENV = "VEILLE_API_TOKEN"

SERVE_HELP = """\
Serve a store over HTTP: a JSON API under /api (merged events, articles with the spans of
what was extracted, actors, places, figures, quotes, time series, facets; docs/api.md), its
OpenAPI schema at /openapi.json (browsable at /docs), and the dashboard at /.

Reads only, from a store that must exist (veille ingest makes it). Writes
(POST /api/articles: extract, store and merge new articles) are off unless a token is
configured with --token-file or $VEILLE_API_TOKEN; clients then send
"Authorization: Bearer <token>". It listens on 127.0.0.1 unless told otherwise: put it
behind a TLS proxy before opening it to a network, as tokens travel in clear over HTTP.

examples:
  veille serve --db corpus.db                        # http://127.0.0.1:8000/
  veille serve --db corpus.db --port 8080
  curl 'http://127.0.0.1:8000/api/events?country=ML&since=2024-03-01&sort=-fatalities'
  echo "$(openssl rand -hex 24)" > token && veille serve --db corpus.db --token-file token
  curl -H "Authorization: Bearer $(cat token)" -H 'Content-Type: application/json' \\
       -d '{"id": "a1", "text": "...", "published": "2024-06-11", "source": "AFP"}' \\
       http://127.0.0.1:8000/api/articles

exit status: 0 stopped (Ctrl-C), 2 usage error, missing store or bad token file.
"""


def add_commands(sub) -> None:
    """Register ``serve`` on ``veille``'s subparsers."""
    from veille.cli_store import DB_HELP

    p = sub.add_parser("serve", help="serve the store over HTTP (JSON API and dashboard)", description=SERVE_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", metavar="PATH|URL", help=DB_HELP)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--token-file", type=pathlib.Path, metavar="FILE",
                   help=f"file holding the token that enables POST /api/articles (else ${TOKEN_ENV}; none: read-only)")


def _token(args) -> str | None:
    if args.token_file:
        try:
            token = args.token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ValueError(f"cannot read --token-file {args.token_file}: {exc.strerror}") from None
        if not token:
            raise ValueError(f"--token-file {args.token_file} is empty")
        return token
    return os.environ.get(TOKEN_ENV, "").strip() or None


def run(args) -> int:
    from veille.store import StoreError, db_url

    log = logging.getLogger("veille.serve")
    if not 0 <= args.port <= 65535:
        print(f"veille serve: --port {args.port} is not a port number", file=sys.stderr)
        return EXIT_USAGE
    try:
        token = _token(args)
        import uvicorn

        from veille.serve import create_app
        app = create_app(args.db, token=token)
    except (ValueError, StoreError) as exc:
        print(f"veille serve: {exc}", file=sys.stderr)
        return EXIT_USAGE
    where = db_url(args.db).render_as_string(hide_password=True)
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"veille serve: {where} at http://{host}:{args.port}/ (API at /api, docs at /docs; "
          f"writes {'enabled (bearer token)' if token else 'disabled'}); Ctrl-C stops", file=sys.stderr, flush=True)
    log.info("listening on %s:%s", args.host, args.port)
    # what the imports and the app built lives as long as the process: frozen, the automatic
    # full garbage collections no longer walk it (~150,000 objects: 500 ms a walk on the
    # loaded 2-core machine, landing on whichever request was running: the p99 outliers)
    gc.collect()
    gc.freeze()
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False,
                    server_header=False, proxy_headers=False)
    except KeyboardInterrupt:
        pass
    return EXIT_OK
