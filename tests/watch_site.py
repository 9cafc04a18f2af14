"""A local web site for the watcher's tests: a threaded http.server on 127.0.0.1 serving
fixture feeds and article pages (valid, malformed, 304, 404, 500, slow, redirect loops,
huge, non-UTF-8, two outlets carrying one wire text). Nothing here reaches the internet.

The dispatches are fictional, written for these tests; the persons in them are invented.
"""
from __future__ import annotations

import gzip
import http.server
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate
from xml.sax.saxutils import escape


@dataclass
class Route:
    body: bytes = b""
    ctype: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    delay: float = 0.0
    location: str | None = None
    gzip: bool = False
    headers: dict = field(default_factory=dict)
    # answered only once every route sharing this barrier has been asked for (or after 5 s):
    # requests that overlap in time meet there, requests made one after the other do not
    meet: threading.Barrier | None = None


class Site:
    """Routes by path; ``hits`` counts requests per path, ``log`` keeps (path, status)."""

    def __init__(self, port: int = 0):
        self.routes: dict[str, Route] = {}
        self.hits: Counter = Counter()
        self.log: list[tuple[str, int]] = []
        self.agents: set[str] = set()
        self.met: set[str] = set()          # paths whose request met the others of its barrier
        # robots.txt's text; None: served by the routes like any path (404 unless added)
        self.robots: str | None = "User-agent: *\nDisallow: /private/\n"
        self._lock = threading.Lock()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> "Site":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route) -> None:
        self.routes[path] = route

    def pages_hit(self) -> int:
        return sum(n for p, n in self.hits.items() if p.startswith("/articles/"))

    def _handler(self):
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):      # quiet
                pass

            def do_GET(self):
                path = self.path
                with site._lock:
                    site.hits[path.split("?")[0]] += 1
                    site.agents.add(self.headers.get("User-Agent", ""))
                if path == "/robots.txt" and site.robots is not None:
                    return self._send(200, site.robots.encode(), "text/plain")
                route = site.routes.get(path) or site.routes.get(path.split("?")[0])
                if route is None:
                    return self._send(404, b"not here", "text/plain")
                if route.delay:
                    time.sleep(route.delay)
                if route.meet is not None:
                    try:
                        route.meet.wait(timeout=5)
                        with site._lock:
                            site.met.add(path)
                    except threading.BrokenBarrierError:
                        pass
                if route.location:
                    return self._send(route.status or 302, b"", "text/plain", {"Location": route.location})
                headers = dict(route.headers)
                if route.etag:
                    headers["ETag"] = route.etag
                    headers["Last-Modified"] = formatdate(1717000000, usegmt=True)
                    if self.headers.get("If-None-Match") == route.etag:
                        return self._send(304, b"", None, headers)
                body = route.body
                if route.gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
                    body = gzip.compress(body)
                    headers["Content-Encoding"] = "gzip"
                self._send(route.status, body, route.ctype, headers)

            def _send(self, status, body, ctype, headers=None):
                with site._lock:
                    site.log.append((self.path, status))
                try:
                    self.send_response(status)
                    if ctype:
                        self.send_header("Content-Type", ctype)
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    if status != 304:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass       # the client gave up (timeout test)

        return Handler


# ---- fixture content ------------------------------------------------------------------

def page_html(title: str, text: str, *, date: str = "2024-06-12", author: str = "Rédaction",
              site_name: str = "Le Courrier du Lac") -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
    return f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(site_name)}">
<meta name="author" content="{escape(author)}">
<meta property="article:published_time" content="{date}T08:00:00Z">
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>{escape(title)}</h1>{paras}</article>
<footer>© Le site</footer>
</body></html>"""


def rss(title: str, items: list[dict], *, encoding: str = "utf-8") -> bytes:
    parts = [f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>',
             f"<title>{escape(title)}</title><link>http://example.invalid/</link><description>tests</description>"]
    for it in items:
        parts.append("<item>"
                     f"<title>{escape(it['title'])}</title><link>{escape(it['link'])}</link>"
                     f"<guid>{escape(it.get('guid', it['link']))}</guid>"
                     f"<pubDate>{it.get('date', 'Wed, 12 Jun 2024 08:00:00 GMT')}</pubDate>"
                     f"<description>{escape(it.get('summary', it['title']))}</description></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode(encoding)


# Fictional dispatches (places real, persons and events invented), one paragraph each.
WIRE = ("Au moins onze civils ont été tués mardi dans l'attaque d'un marché de Djibo, dans le nord du "
        "Burkina Faso, a indiqué mercredi un responsable local sous couvert d'anonymat. Des hommes armés "
        "arrivés à moto ont ouvert le feu sur les commerçants en fin de matinée, selon ce responsable.\n\n"
        "« Les assaillants sont repartis vers la frontière avant l'arrivée des renforts », a déclaré "
        "Issiaka Tondé, un commerçant joint par téléphone. Les blessés ont été évacués vers le centre "
        "médical de la ville, où les soignants manquent de sang et de médicaments.")

DISPATCHES = {
    "djibo-marche": ("Attaque meurtrière contre un marché de Djibo", WIRE),
    "kidal-frappe": ("Frappe de drone près de Kidal", (
        "Une frappe de drone a visé jeudi un convoi de pick-up à l'est de Kidal, dans le nord du Mali, "
        "ont rapporté des sources sécuritaires. L'armée malienne a affirmé avoir neutralisé plusieurs "
        "combattants, un bilan que des notables locaux contestent.\n\n"
        "« Il s'agissait de familles qui se rendaient à une foire », a assuré Mohamed ag Issouf, un élu "
        "de la région. Aucune source indépendante n'a pu confirmer le nombre de victimes.")),
    "goma-deplaces": ("Afflux de déplacés à Goma", (
        "Plus de 3 000 familles ont rejoint en une semaine les camps de déplacés autour de Goma, dans "
        "l'est de la République démocratique du Congo, selon une organisation humanitaire locale. Les "
        "combats entre l'armée et les rebelles se sont rapprochés de la route de Sake.\n\n"
        "Les distributions d'eau potable restent insuffisantes, a expliqué Esther Mwamba, coordinatrice "
        "d'un comité de déplacés, qui redoute une épidémie de choléra à l'approche de la saison des pluies.")),
    "mopti-ecole": ("Une école fermée près de Mopti", (
        "Les autorités scolaires de la région de Mopti, au Mali, ont annoncé lundi la fermeture d'une "
        "dizaine d'écoles après des menaces répétées contre les enseignants. Des tracts ont été déposés "
        "la semaine dernière devant plusieurs établissements, selon un syndicat d'enseignants.\n\n"
        "« Nous ne pouvons pas envoyer nos collègues au danger », a déclaré Aminata Coulibaly, "
        "responsable syndicale, qui demande une escorte pour les examens de fin d'année.")),
    "niamey-manif": ("Manifestation à Niamey", (
        "Plusieurs centaines de personnes ont manifesté samedi à Niamey, la capitale du Niger, pour "
        "réclamer la libération de trois journalistes arrêtés la semaine dernière, a constaté un "
        "correspondant local. Le cortège s'est dispersé dans le calme en fin d'après-midi.\n\n"
        "Les organisateurs, réunis au sein d'un collectif de la société civile, ont annoncé une "
        "nouvelle marche pour le samedi suivant si les journalistes ne sont pas relâchés.")),
    "sake-combats": ("Combats près de Sake", (
        "De violents combats ont opposé dimanche l'armée congolaise aux rebelles sur les collines "
        "autour de Sake, à une vingtaine de kilomètres de Goma, selon des sources locales. Des tirs "
        "d'artillerie ont été entendus jusque dans la soirée.\n\n"
        "Des centaines d'habitants ont fui vers Goma à pied, a indiqué Jean-Paul Kasereka, un chef de "
        "quartier, qui affirme que plusieurs maisons ont été touchées par des obus.")),
}

# Another outlet's copy of WIRE: its own dateline, headline and closing line.
WIRE_COPY = ("DJIBO (Burkina Faso) - " + WIRE +
             "\n\nLa rédaction n'a pas pu joindre les autorités régionales dans la soirée.")

# Another outlet's OWN account of the Djibo attack: same event, other words (not a copy).
OWN_ACCOUNT = ("Un marché de Djibo a été pris pour cible mardi par des assaillants non identifiés, qui ont "
               "tué au moins onze personnes selon un élu de la commune. Le maire a décrété trois jours de "
               "deuil et demandé l'envoi de militaires supplémentaires.\n\n"
               "Selon plusieurs habitants, les tirs ont duré une vingtaine de minutes. Le centre médical "
               "local a reçu une quinzaine de blessés, dont des enfants, et lance un appel aux donneurs.")


def build(site: Site) -> None:
    """The fixture site's routes."""
    def article(slug, title, text, **kw):
        site.add(f"/articles/{slug}.html", Route(page_html(title, text, **kw).encode("utf-8")))

    for slug, (title, text) in DISPATCHES.items():
        article(slug, title, text)
    # the feed of the done-when checks: three dispatches, the fourth item the first's text again
    article("djibo-reprise", "Burkina : onze civils tués à Djibo", WIRE_COPY, site_name="L'Écho du Sahel")
    items = [{"title": DISPATCHES[s][0], "link": site.url(f"/articles/{s}.html?utm_source=rss&xtor=RSS-3")}
             for s in ("djibo-marche", "kidal-frappe", "goma-deplaces")]
    items.append({"title": "Burkina : onze civils tués à Djibo", "link": site.url("/articles/djibo-reprise.html")})
    site.add("/feed.xml", Route(rss("Le Courrier du Lac", items), "application/rss+xml", etag='"v1"', gzip=True))

    # two outlets carrying one wire text, and a third outlet's own account of the same attack
    article("a/djibo", "Djibo : attaque contre un marché", WIRE, site_name="Outlet A")
    article("b/djibo", "Onze morts à Djibo", WIRE_COPY, site_name="Outlet B")
    article("c/djibo", "Djibo en deuil après l'attaque du marché", OWN_ACCOUNT, site_name="Outlet C")
    for name, slug in (("a", "a/djibo"), ("b", "b/djibo"), ("c", "c/djibo")):
        site.add(f"/{name}.xml", Route(rss(f"Outlet {name.upper()}", [
            {"title": "Djibo", "link": site.url(f"/articles/{slug}.html")}]), "application/rss+xml"))

    # broken and difficult feeds
    site.add("/malformed.xml", Route(b"<?xml version='1.0'?><rss><channel><title>x</title><item><title>a",
                                     "application/rss+xml"))
    site.add("/error.xml", Route(b"oops", "text/plain", status=500))
    site.add("/slow.xml", Route(rss("Lent", []), "application/rss+xml", delay=3.0))
    site.add("/loop1.xml", Route(status=302, location="/loop2.xml"))
    site.add("/loop2.xml", Route(status=302, location="/loop1.xml"))
    site.add("/huge.xml", Route(rss("Énorme", [{"title": "x" * 1000, "link": site.url(f"/articles/h{i}.html")}
                                                for i in range(3000)]), "application/rss+xml"))
    # a Latin-1 feed whose page is served in windows-1252
    title, text = DISPATCHES["mopti-ecole"]
    site.add("/articles/latin.html", Route(page_html(title, text).replace("utf-8", "windows-1252")
                                           .encode("cp1252"), "text/html; charset=windows-1252"))
    site.add("/latin1.xml", Route(rss("Radio Sahel – édition française".replace("–", "-"),
                                      [{"title": "École fermée à Mopti", "link": site.url("/articles/latin.html")}],
                                      encoding="iso-8859-1"), "application/rss+xml"))
    # entries whose pages fail: a 404, a page robots.txt forbids (the feed carries its text),
    # and a redirect to a page already stored
    niamey_title, niamey_text = DISPATCHES["niamey-manif"]
    site.add("/mixed.xml", Route(rss("Mélange", [
        {"title": "Disparu", "link": site.url("/articles/gone.html")},
        {"title": niamey_title, "link": site.url("/private/niamey.html"), "summary": niamey_text},
        {"title": "Redirigé", "link": site.url("/r/kidal")},
        {"title": DISPATCHES["sake-combats"][0], "link": site.url("/articles/sake-combats.html")},
        {"title": "Lien démesuré", "link": site.url("/articles/long.html?q=" + "x" * 3000)},
    ]), "application/rss+xml"))
    site.add("/r/kidal", Route(status=301, location="/articles/kidal-frappe.html"))


def kill_feed(site: Site, n: int, delay: float) -> str:
    """A feed of ``n`` distinct dispatches whose pages each take ``delay`` seconds: a round
    long enough to be killed in the middle."""
    items = []
    slugs = list(DISPATCHES)
    for i in range(n):
        slug = slugs[i % len(slugs)]
        title, text = DISPATCHES[slug]
        # distinct texts: each copy names another day and adds its own closing lines
        text = text + f"\n\nMise à jour numéro {i}: " + " ".join(f"précision{i}x{k}" for k in range(40)) + "."
        path = f"/articles/k{i}-{slug}.html"
        site.add(path, Route(page_html(f"{title} ({i})", text).encode("utf-8"), delay=delay))
        items.append({"title": f"{title} ({i})", "link": site.url(path)})
    site.add("/kill.xml", Route(rss("Fil long", items), "application/rss+xml", etag='"k1"'))
    return site.url("/kill.xml")


if __name__ == "__main__":
    # serve the fixture site by hand, for trying veille watch (docs/watch.md):
    #   python tests/watch_site.py 8765
    import sys

    site = Site(int(sys.argv[1]) if len(sys.argv) > 1 else 8765)
    build(site)
    kill_feed(site, 6, delay=0.0)
    print(f"serving the watch fixtures on {site.base} (feed.xml, a.xml, b.xml, c.xml, mixed.xml, "
          f"latin1.xml, error.xml, slow.xml, loop1.xml, huge.xml, kill.xml); Ctrl-C stops", flush=True)
    try:
        site.server.serve_forever()
    except KeyboardInterrupt:
        pass
