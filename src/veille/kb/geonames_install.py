"""Download GeoNames dumps for the full gazetteer (``veille data install geonames``).

The embedded gazetteer holds GeoNames towns of 500+ inhabitants; villages of eastern DRC
or central Mali are mostly below that, or absent from the package. A user with a network
can fetch GeoNames' own dumps (https://download.geonames.org/export/dump/, CC BY 4.0):
one zip per country (``CD.zip``), ``cities500.zip`` or ``allCountries.zip``. They go to
:func:`geonames_dir` with a ``manifest.json`` (file, size, SHA-256, source address), and
the next gazetteer build (:mod:`veille.kb.build_gazetteer`) adds every populated place
(feature class P) they hold. Nothing here runs unless asked: the default path and the
tests never touch the network.

Downloads are resumable (``NAME.part`` is continued with an HTTP Range request) and
atomic (the verified file is renamed into place); each file is checked against its
``Content-Length``, against ``NAME.sha256``/``NAME.md5`` when the server publishes one,
else against the CRC-32 of every zip member; its SHA-256 is kept in the manifest.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

DEFAULT_BASE_URL = "https://download.geonames.org/export/dump/"
BIG_DUMPS = ("allCountries", "cities500", "cities1000", "cities5000", "cities15000")
MANIFEST = "manifest.json"
CHUNK = 1 << 16
TIMEOUT_S = 60

# the GeoNames "geoname" table: 19 tab-separated columns
COLUMNS = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
           "feature_code", "country_code", "cc2", "admin1_code", "admin2_code", "admin3_code", "admin4_code",
           "population", "elevation", "dem", "timezone", "modification_date")


class InstallError(Exception):
    """A download or check that failed; the message is one line naming the file."""


@dataclass
class Fetched:
    name: str          # "CD.zip"
    path: Path
    size: int
    sha256: str
    url: str
    skipped: bool = False  # already there and verified


def geonames_dir() -> Path:
    """``$VEILLE_CACHE/geonames`` or ``~/.cache/veille/geonames``."""
    root = os.environ.get("VEILLE_CACHE")
    base = Path(root).expanduser() if root else Path.home() / ".cache" / "veille"
    return base / "geonames"


def read_manifest(folder: Path | None = None) -> dict:
    """The installed dumps: ``{"files": {name: {size, sha256, url}}}`` (empty when none)."""
    p = (folder or geonames_dir()) / MANIFEST
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"files": {}}
    return data if isinstance(data.get("files"), dict) else {"files": {}}


def installed_dumps(folder: Path | None = None) -> list[Path]:
    """The verified dump files of the manifest that are still on disk, sorted."""
    folder = folder or geonames_dir()
    out = []
    for name, info in sorted(read_manifest(folder)["files"].items()):
        p = folder / name
        if p.is_file() and p.stat().st_size == info.get("size"):
            out.append(p)
    return out


def manifest_digest(folder: Path | None = None) -> str:
    """A short hash of the installed dumps (part of the gazetteer index version), or ""."""
    files = read_manifest(folder)["files"]
    if not files:
        return ""
    h = hashlib.sha1()
    for name in sorted(files):
        h.update(f"{name}={files[name].get('sha256')}".encode())
    return h.hexdigest()[:8]


def dump_names(countries: list[str] | None, dump: str | None) -> list[str]:
    """The zip files to fetch: one per country code, or one big dump."""
    if dump:
        if dump not in BIG_DUMPS:
            raise ValueError(f"unknown dump {dump!r} (one of {', '.join(BIG_DUMPS)})")
        return [f"{dump}.zip"]
    names = []
    for cc in countries or ():
        cc = cc.strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", cc):
            raise ValueError(f"not an ISO 3166-1 alpha-2 country code: {cc!r}")
        names.append(f"{cc}.zip")
    if not names:
        raise ValueError("name countries (--countries CD,ML) or a dump (--dump cities500)")
    return sorted(set(names))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def _published_checksum(session, url: str) -> tuple[str, str] | None:
    """("sha256"|"md5", hex) from ``URL.sha256`` or ``URL.md5`` when the server has one."""
    import requests

    for algo in ("sha256", "md5"):
        try:
            r = session.get(f"{url}.{algo}", timeout=TIMEOUT_S)
        except requests.RequestException:
            return None
        if r.status_code == 200:
            m = re.search(r"\b([0-9a-fA-F]{32,64})\b", r.text)
            if m and len(m.group(1)) == (64 if algo == "sha256" else 32):
                return algo, m.group(1).lower()
    return None


def _check_zip(path: Path, name: str) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            bad = zf.testzip()  # reads every member and checks its CRC-32
    except zipfile.BadZipFile:
        raise InstallError(f"{name}: not a zip file (truncated or an error page)") from None
    except (zlib.error, EOFError, OSError) as exc:
        raise InstallError(f"{name}: corrupt zip data, fails its CRC check ({exc})") from None
    if bad is not None:
        raise InstallError(f"{name}: member {bad} fails its CRC check")


def fetch(name: str, folder: Path, base_url: str = DEFAULT_BASE_URL, *, force: bool = False,
          progress: bool = True, session=None) -> Fetched:
    """Download ``base_url + name`` into ``folder`` (resuming a ``.part`` left by an
    interrupted run), verify it and rename it into place. A file already recorded in the
    manifest with the same size and SHA-256 is kept (``skipped``) unless ``force``."""
    import requests
    from tqdm import tqdm

    folder.mkdir(parents=True, exist_ok=True)
    url = base_url.rstrip("/") + "/" + name
    final, part = folder / name, folder / (name + ".part")
    known = read_manifest(folder)["files"].get(name)
    if not force and known and final.is_file() and final.stat().st_size == known.get("size") \
            and _sha256(final) == known.get("sha256"):
        return Fetched(name, final, known["size"], known["sha256"], known.get("url", url), skipped=True)
    session = session or requests.Session()
    have = part.stat().st_size if part.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    try:
        r = session.get(url, headers=headers, stream=True, timeout=TIMEOUT_S)
    except requests.RequestException as exc:
        raise InstallError(f"{url}: cannot connect ({type(exc).__name__})") from None
    with r:
        if r.status_code == 416 and have:  # the .part is already whole
            total = have
        elif r.status_code in (200, 206):
            if r.status_code == 200:
                have = 0  # no range support, or a fresh download: start over
            length = r.headers.get("Content-Length")
            total = have + int(length) if length and length.isdigit() else None
            try:
                with open(part, "ab" if have else "wb") as fh, tqdm(
                        total=total, initial=have, unit="B", unit_scale=True, unit_divisor=1024,
                        desc=name, disable=not progress, leave=False) as bar:
                    for block in r.iter_content(CHUNK):
                        fh.write(block)
                        bar.update(len(block))
            except requests.RequestException as exc:
                raise InstallError(f"{url}: download interrupted ({type(exc).__name__}); "
                                   f"run again to resume") from None
        elif r.status_code == 404:
            raise InstallError(f"{url}: not found (404): is {name[:-4]!r} a GeoNames dump?")
        else:
            raise InstallError(f"{url}: HTTP {r.status_code}")
    size = part.stat().st_size
    if total is not None and size != total:
        raise InstallError(f"{name}: {size} bytes received, {total} announced; run again to resume")
    digest = _sha256(part)
    published = _published_checksum(session, url)
    if published is not None:
        algo, want = published
        got = digest if algo == "sha256" else hashlib.md5(part.read_bytes()).hexdigest()
        if got != want:
            part.unlink()
            raise InstallError(f"{name}: {algo} {got[:12]}... does not match the published {want[:12]}...; "
                               f"the partial file was removed, run again")
    try:
        _check_zip(part, name)
    except InstallError:
        part.unlink()
        raise
    os.replace(part, final)
    return Fetched(name, final, size, digest, url)


def write_manifest(folder: Path, fetched: list[Fetched]) -> None:
    """Record the fetched files (atomically: a temporary file renamed into place)."""
    data = read_manifest(folder)
    for f in fetched:
        data["files"][f.name] = {"size": f.size, "sha256": f.sha256, "url": f.url}
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, folder / MANIFEST)


def populated_places(path: Path, on_error: Callable[[str], None] | None = None) -> Iterator[dict]:
    """Rows of feature class P (cities, towns, villages, hamlets) of one GeoNames dump
    (a zip holding ``<NAME>.txt``, or the text file itself), as dicts of :data:`COLUMNS`.
    A malformed line is reported through ``on_error`` ("CD.zip:12: ...") and skipped."""
    def lines():
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                member = next((n for n in zf.namelist() if n.endswith(".txt") and not n.startswith("readme")), None)
                if member is None:
                    raise InstallError(f"{path.name}: no .txt dump inside")
                with zf.open(member) as fh:
                    for raw in fh:
                        yield raw.decode("utf-8", "replace")
        else:
            with open(path, encoding="utf-8", errors="replace") as fh:
                yield from fh

    for lineno, line in enumerate(lines(), 1):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 15:
            if line.strip() and on_error:
                on_error(f"{path.name}:{lineno}: {len(parts)} columns, 19 expected")
            continue
        if parts[6] != "P":
            continue
        row = dict(zip(COLUMNS, parts))
        try:
            row["geonameid"] = int(row["geonameid"])
            row["latitude"], row["longitude"] = float(row["latitude"]), float(row["longitude"])
            row["population"] = int(row["population"] or 0)
        except ValueError:
            if on_error:
                on_error(f"{path.name}:{lineno}: bad number")
            continue
        yield row
