"""``veille data install geonames`` against a local HTTP server (127.0.0.1) that serves a
small dump in GeoNames format, built here: download, resume, checksums, errors, rebuild."""

import hashlib
import http.server
import io
import json
import threading
import zipfile
from pathlib import Path

import pytest

from veille.cli import main
from veille.kb import geonames_install as gi
from veille.resolve.gazetteer import Gazetteer

# fictional villages in GeoNames' 19-column format (ids far above GeoNames' own)
ROWS = [
    (990000001, "Kwetumbi", "Kwetumbi", "Kwetoumbi,Kwetumbi-Centre", 0.812, 29.551, "P", "PPL", "CD", "", "11",
     "", "", "", 1200, "", 1100, "Africa/Lubumbashi", "2024-01-01"),
    (990000002, "Dalasangou", "Dalasangou", "Dalassangou", 14.21, -3.37, "P", "PPL", "ML", "", "5",
     "", "", "", 800, "", 300, "Africa/Bamako", "2024-01-01"),
    (990000003, "Mont Kwetumbi", "Mont Kwetumbi", "", 0.9, 29.6, "T", "MT", "CD", "", "11",
     "", "", "", 0, "", 1900, "Africa/Lubumbashi", "2024-01-01"),  # a mountain: not a populated place
]


def dump_zip(rows, name="CD") -> bytes:
    text = "".join("\t".join(str(c) for c in r) + "\n" for r in rows)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{name}.txt", text)
        zf.writestr("readme.txt", "fictional test dump\n")
    return buf.getvalue()


class Server:
    """A tiny static server that honours Range requests and counts what it served."""

    def __init__(self):
        self.files: dict[str, bytes] = {}
        self.requests: list[tuple[str, str | None]] = []
        files, log = self.files, self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                name = self.path.rsplit("/", 1)[-1]
                rng = self.headers.get("Range")
                log.append((name, rng))
                body = files.get(name)
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                start = 0
                if rng and rng.startswith("bytes="):
                    start = int(rng[6:].split("-")[0])
                    if start >= len(body):
                        self.send_response(416)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                else:
                    self.send_response(200)
                self.send_header("Content-Length", str(len(body) - start))
                self.end_headers()
                self.wfile.write(body[start:])

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/dump/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def install(server, *extra):
    return main(["data", "install", "geonames", "--base-url", server.url, "--no-progress", *extra])


def test_download_checks_and_manifest_then_skips_when_unchanged(server, cache, capsys):
    body = dump_zip(ROWS)
    server.files["CD.zip"] = body
    server.files["CD.zip.sha256"] = (hashlib.sha256(body).hexdigest() + "  CD.zip\n").encode()
    assert install(server, "--countries", "cd", "--no-rebuild") == 0
    folder = cache / "geonames"
    assert (folder / "CD.zip").read_bytes() == body and not (folder / "CD.zip.part").exists()
    info = json.loads((folder / "manifest.json").read_text())["files"]["CD.zip"]
    assert info["sha256"] == hashlib.sha256(body).hexdigest() and info["size"] == len(body)
    assert gi.manifest_digest(folder) != ""
    # a second run finds the verified file and does not fetch it again
    server.requests.clear()
    assert install(server, "--countries", "CD", "--no-rebuild") == 0
    assert "already installed" in capsys.readouterr().err
    assert not any(name == "CD.zip" for name, _ in server.requests)


def test_an_interrupted_download_resumes_with_a_range_request(server, cache):
    body = dump_zip(ROWS)
    server.files["CD.zip"] = body
    folder = cache / "geonames"
    folder.mkdir(parents=True)
    (folder / "CD.zip.part").write_bytes(body[:100])
    assert install(server, "--countries", "CD", "--no-rebuild") == 0
    assert ("CD.zip", "bytes=100-") in server.requests
    assert (folder / "CD.zip").read_bytes() == body


def test_checksum_mismatch_is_one_line_and_installs_nothing(server, cache, capsys):
    body = dump_zip(ROWS)
    server.files["CD.zip"] = body
    server.files["CD.zip.sha256"] = ("0" * 64 + "\n").encode()
    assert install(server, "--countries", "CD", "--no-rebuild") == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "CD.zip" in err and "does not match" in err and "Traceback" not in err
    folder = cache / "geonames"
    assert not (folder / "CD.zip").exists() and not (folder / "CD.zip.part").exists()
    assert not (folder / "manifest.json").exists()


def test_a_truncated_zip_fails_its_crc_check(server, cache, capsys):
    body = bytearray(dump_zip(ROWS))
    body[60] ^= 0xFF  # one flipped byte inside the compressed member
    server.files["CD.zip"] = bytes(body)
    assert install(server, "--countries", "CD", "--no-rebuild") == 1
    err = capsys.readouterr().err
    assert "CD.zip" in err and ("CRC" in err or "not a zip" in err)
    assert not (cache / "geonames" / "CD.zip").exists()


def test_unknown_country_and_bad_arguments(server, cache, capsys):
    assert install(server, "--countries", "ZQ", "--no-rebuild") == 1
    assert "404" in capsys.readouterr().err
    assert install(server, "--countries", "CDX") == 2
    assert "ISO 3166-1" in capsys.readouterr().err
    assert install(server) == 2
    assert main(["data"]) == 2
    # a download folder of one's own needs an index of one's own: extractions read the default
    assert install(server, "--countries", "CD", "--dir", str(cache / "elsewhere")) == 2
    assert "--index" in capsys.readouterr().err


def test_rebuild_adds_every_populated_place(server, cache, tmp_path):
    server.files["CD.zip"] = dump_zip(ROWS)
    server.files["ML.zip"] = dump_zip([ROWS[1]], "ML")
    index = tmp_path / "full.sqlite"
    assert install(server, "--countries", "CD,ML", "--index", str(index)) == 0
    gaz = Gazetteer(index)
    (village,) = gaz.lookup("Kwetoumbi", country="CD")  # by its alternate name
    assert village.id == "gn:990000001" and village.feature == "city" and abs(village.lat - 0.812) < 1e-6
    assert gaz.lookup("Dalasangou")[0].country == "ML"
    assert not gaz.lookup("Mont Kwetumbi", loose=False)  # not a populated place
    assert gaz.lookup("Goma")[0].country == "CD"  # the embedded gazetteer is still there
    assert "geonames:CD.zip" in gaz.meta["sources"]
