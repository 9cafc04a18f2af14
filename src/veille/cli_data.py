"""``veille data install geonames``: the full GeoNames gazetteer, for users with a network.

Argument parsing and messages only; the downloads are :mod:`veille.kb.geonames_install`,
the index build :mod:`veille.kb.build_gazetteer`. ``veille.cli`` calls
:func:`add_commands` to register it and :func:`run` to run it.
"""
from __future__ import annotations

import argparse
import logging
import os
import pathlib
import sys

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
URL_ENV = "VEILLE_GEONAMES_URL"

INSTALL_HELP = """\
Download GeoNames dumps (https://download.geonames.org/export/dump/, CC BY 4.0) and rebuild
the gazetteer index with every populated place they hold: villages and hamlets the embedded
gazetteer (GeoNames towns of 500+ inhabitants) lacks. Optional: veille works offline without
it, and nothing is downloaded unless this command is run.

Files go to $VEILLE_CACHE/geonames (default ~/.cache/veille/geonames) with a manifest of
their sizes and SHA-256. An interrupted download resumes where it stopped; a file is only
put in place once verified (its announced length, the server's NAME.sha256 or NAME.md5 when
there is one, else the CRC of every zip member). Files already installed and unchanged are
not fetched again (--force does). The index is then rebuilt (a minute for a few countries,
much longer and several GB of memory for allCountries) and used by every later extraction;
delete the geonames folder to go back to the embedded gazetteer.

examples:
  veille data install geonames --countries CD,ML          # DR Congo and Mali, ~2 MB each
  veille data install geonames --dump cities500           # every town of 500+ people worldwide
  veille data install geonames --countries SY --no-rebuild   # download only

exit status: 0 installed, 1 a download or check failed (named on stderr), 2 usage error.
"""


def add_commands(sub) -> None:
    data = sub.add_parser("data", help="optional data sets (the full GeoNames gazetteer)",
                          description="Optional data sets. See: veille data install geonames --help")
    dsub = data.add_subparsers(dest="data_command", metavar="ACTION")
    inst = dsub.add_parser("install", help="download and install a data set")
    isub = inst.add_subparsers(dest="dataset", metavar="DATASET")
    g = isub.add_parser("geonames", help="GeoNames dumps: every populated place of some countries",
                        description=INSTALL_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    g.add_argument("--countries", metavar="CC,CC", help="ISO 3166-1 alpha-2 codes, comma-separated (CD,ML,SY)")
    g.add_argument("--dump", choices=("allCountries", "cities500", "cities1000", "cities5000", "cities15000"),
                   help="one worldwide dump instead of countries")
    g.add_argument("--base-url", default=None,
                   help=f"where the dumps are (default ${URL_ENV} or https://download.geonames.org/export/dump/)")
    g.add_argument("--dir", type=pathlib.Path, default=None, help="download folder (default $VEILLE_CACHE/geonames)")
    g.add_argument("--index", type=pathlib.Path, default=None,
                   help="write the rebuilt index here (default: the cache path every extraction uses)")
    g.add_argument("--force", action="store_true", help="download again even if installed and unchanged")
    g.add_argument("--no-rebuild", action="store_true", help="download only; the index is rebuilt at next use")
    g.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def run(args) -> int:
    if getattr(args, "data_command", None) != "install" or getattr(args, "dataset", None) != "geonames":
        print("veille data: say what to install: veille data install geonames --countries CD,ML "
              "(see --help)", file=sys.stderr)
        return EXIT_USAGE
    from veille.kb import geonames_install as gi

    if args.dir is not None and not args.no_rebuild and args.index is None and \
            args.dir.resolve() != gi.geonames_dir().resolve():
        # the default index only ever reads the default folder
        print("veille data install geonames: --dir needs --index (or --no-rebuild): extractions read "
              f"dumps from {gi.geonames_dir()} only", file=sys.stderr)
        return EXIT_USAGE
    countries = [c for c in (args.countries or "").split(",") if c.strip()]
    if countries and args.dump:
        print("veille data install geonames: --countries and --dump exclude each other", file=sys.stderr)
        return EXIT_USAGE
    try:
        names = gi.dump_names(countries, args.dump)
    except ValueError as exc:
        print(f"veille data install geonames: {exc}", file=sys.stderr)
        return EXIT_USAGE
    base_url = args.base_url or os.environ.get(URL_ENV) or gi.DEFAULT_BASE_URL
    folder = args.dir or gi.geonames_dir()
    progress = not args.no_progress and sys.stderr.isatty()
    fetched, failed = [], 0
    for name in names:
        try:
            f = gi.fetch(name, folder, base_url, force=args.force, progress=progress)
        except gi.InstallError as exc:
            print(f"veille: {exc}", file=sys.stderr)
            failed += 1
            continue
        except OSError as exc:
            print(f"veille: {folder / name}: {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        fetched.append(f)
        size = f"{f.size / 1e6:.1f} MB" if f.size >= 100_000 else f"{f.size / 1e3:.1f} kB"
        what = "already installed" if f.skipped else f"{size}, sha256 {f.sha256[:12]}"
        print(f"veille: {name}: {what}", file=sys.stderr)
    if fetched:
        gi.write_manifest(folder, fetched)
    if failed or not fetched:
        return EXIT_FAILED
    if args.no_rebuild:
        return EXIT_OK
    from veille.kb import build_gazetteer as bg
    from veille.resolve.gazetteer import default_path

    dumps = gi.installed_dumps(folder)
    target = args.index or default_path()
    logging.getLogger("veille.kb.build_gazetteer").setLevel(logging.WARNING)
    try:
        stats = bg.build(target, geonames=dumps)
    except gi.InstallError as exc:
        print(f"veille: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"veille: gazetteer rebuilt: {target} ({stats['places']} places, {stats['geonames_places']} "
          f"from {len(dumps)} GeoNames dump(s), {stats['seconds']:.0f} s)", file=sys.stderr)
    return EXIT_OK
