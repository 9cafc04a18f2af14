"""A synthetic store of N merged events for the API benchmark (``benchmarks/api.py``).

Nothing is extracted: rows are generated and written in bulk (executemany through
SQLAlchemy Core), the merge's summaries and the full-text index built once at the end, with the shape a real store has: every merged event has 1-4 member
reports, each an event of an article published by one of a dozen agencies (an article
reports up to 4 events of nearby days), the killed figure behind each report's toll, and
the article's record JSON linking events to figures. Dates spread over five years (more
in the recent ones), events cluster in some thirty conflict countries around real
coordinates, types follow a conflict-news mix (mostly ASSAULT), tolls are skewed (most
small, a few large, many none).

    .venv/bin/python benchmarks/api_store.py --events 100000 --out /tmp/bench.db
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time


from veille import store
from veille.store import cells
from veille.store import schema as t

START = dt.date(2020, 1, 1)
DAYS = 5 * 365 + 1
SOURCES = [("AFP", 30), ("Reuters", 20), ("AP", 10), ("RFI", 8), ("Anadolu", 6), ("Xinhua", 5),
           ("EFE", 4), ("Ukrinform", 4), ("Le Monde", 4), ("France 24", 4), ("BBC", 3), ("Al Jazeera", 3)]
# code, name, lat, lon, spread (degrees), admin1 names, actors, weight
COUNTRIES = [
    ("UA", "Kharkiv", 49.0, 34.0, 3.0, ["Kharkiv Oblast", "Donetsk Oblast", "Zaporizhzhia Oblast"],
     ["Russian Armed Forces", "Ukrainian Armed Forces"], 16),
    ("PS", "Gaza", 31.45, 34.39, 0.15, ["Gaza Strip", "West Bank"], ["Israel Defense Forces", "Hamas"], 12),
    ("SD", "El Fasher", 13.6, 25.3, 4.0, ["North Darfur", "Khartoum", "West Darfur"],
     ["Sudanese Armed Forces", "Rapid Support Forces"], 9),
    ("CD", "Goma", -1.7, 29.2, 2.0, ["North Kivu", "South Kivu", "Ituri"], ["March 23 Movement", "FARDC"], 8),
    ("ML", "Kidal", 16.0, -2.0, 4.0, ["Kidal", "Gao", "Mopti"], ["Malian Armed Forces", "JNIM"], 6),
    ("BF", "Djibo", 13.0, -1.5, 2.0, ["Sahel", "Nord", "Est"], ["Burkinabe Armed Forces", "JNIM"], 6),
    ("NE", "Tillabéri", 14.2, 1.5, 2.5, ["Tillabéri", "Diffa"], ["Nigerien Armed Forces", "Islamic State Sahel"], 4),
    ("NG", "Maiduguri", 11.8, 13.1, 3.0, ["Borno", "Zamfara", "Kaduna"], ["Nigerian Army", "Boko Haram"], 6),
    ("SO", "Mogadishu", 2.0, 45.3, 3.0, ["Banaadir", "Lower Shabelle"], ["Al-Shabaab", "Somali National Army"], 5),
    ("SY", "Idlib", 35.5, 37.0, 2.0, ["Idlib", "Aleppo", "Deir ez-Zor"], ["Syrian Arab Army", "HTS"], 6),
    ("YE", "Hodeidah", 15.0, 44.0, 2.0, ["Al Hudaydah", "Marib", "Taiz"], ["Houthis", "United States"], 4),
    ("MM", "Sagaing", 21.0, 95.9, 3.0, ["Sagaing", "Rakhine", "Shan"], ["Tatmadaw", "Arakan Army"], 5),
    ("HT", "Port-au-Prince", 18.55, -72.3, 0.3, ["Ouest", "Artibonite"], ["Viv Ansanm", "Haitian National Police"], 3),
    ("LB", "Nabatieh", 33.3, 35.5, 0.5, ["Nabatieh", "South"], ["Israel Defense Forces", "Hezbollah"], 3),
    ("IQ", "Mosul", 34.0, 43.0, 2.5, ["Nineveh", "Anbar"], ["Iraqi Armed Forces", "Islamic State"], 2),
    ("AF", "Kabul", 34.5, 68.0, 3.0, ["Kabul", "Nangarhar"], ["Taliban", "Islamic State Khorasan"], 2),
    ("ET", "Mekele", 12.0, 39.0, 3.0, ["Amhara", "Tigray", "Oromia"], ["Ethiopian National Defense Force", "Fano"], 3),
    ("SS", "Juba", 7.0, 30.0, 3.0, ["Upper Nile", "Jonglei"], ["SSPDF", "SPLA-IO"], 2),
    ("CF", "Bangui", 6.0, 20.0, 3.0, ["Ouham", "Haute-Kotto"], ["FACA", "CPC"], 2),
    ("CM", "Bamenda", 6.0, 11.0, 2.0, ["Northwest", "Far North"], ["Cameroonian Army", "Ambazonian separatists"], 2),
    ("MZ", "Pemba", -12.5, 40.0, 1.5, ["Cabo Delgado"], ["Mozambican Armed Forces", "Islamic State Mozambique"], 1),
    ("PK", "Peshawar", 33.0, 70.0, 2.5, ["Khyber Pakhtunkhwa", "Balochistan"], ["Pakistani Army", "TTP"], 2),
    ("CO", "Cauca", 2.5, -76.5, 2.0, ["Cauca", "Catatumbo"], ["ELN", "Colombian Army"], 1),
    ("MX", "Culiacán", 24.8, -107.4, 3.0, ["Sinaloa", "Guerrero"], ["Sinaloa Cartel", "Mexican Army"], 1),
    ("LY", "Tripoli", 32.0, 14.0, 3.0, ["Tripoli", "Cyrenaica"], ["LNA", "GNU forces"], 1),
    ("SN", "Dakar", 14.7, -17.4, 0.5, ["Dakar"], ["Senegalese police", "PASTEF"], 1),
    ("TD", "N'Djamena", 12.1, 15.0, 3.0, ["Lac", "Ouaddaï"], ["Chadian Army", "Boko Haram"], 1),
    ("IL", "Tel Aviv", 32.0, 34.8, 0.5, ["Tel Aviv", "Northern District"], ["Hamas", "Hezbollah"], 2),
]
# type, weight, modes, (acled event type, sub event type), share with a toll
TYPES = [
    ("ASSAULT", 50, ["airstrike", "shelling", "firearms", "explosive", "drone"],
     ("Explosions/Remote violence", "Air/drone strike"), 0.7),
    ("PROTEST", 14, ["demonstration", "riot"], ("Protests", "Peaceful protest"), 0.05),
    ("COERCE", 9, ["arrest", "abduction", "seize"],
     ("Violence against civilians", "Abduction/forced disappearance"), 0.1),
    ("MOBILIZE", 6, ["troops"], ("Strategic developments", "Other"), 0.0),
    ("THREATEN", 5, [None], None, 0.0), ("ACCUSE", 5, [None], None, 0.0), ("CONSULT", 3, [None], None, 0.0),
    ("AGREE", 2, [None], None, 0.0), ("AID", 2, [None], None, 0.0),
    ("RETREAT", 2, [None], ("Strategic developments", "Non-violent transfer of territory"), 0.0),
    ("REQUEST", 1, [None], None, 0.0), ("SANCTION", 1, [None], None, 0.0),
]


def _toll(rng: random.Random) -> int:
    """Skewed: most tolls are a few dead, some dozens, rarely hundreds."""
    return max(1, int(rng.paretovariate(1.3)))


class Generator:
    def __init__(self, n: int, seed: int = 7):
        self.n = n
        self.rng = random.Random(seed)
        self.sources = [s for s, _ in SOURCES]
        self.source_w = [w for _, w in SOURCES]
        self.country_w = [c[-1] for c in COUNTRIES]
        self.type_w = [x[1] for x in TYPES]
        self.open: dict[str, dict] = {}      # source -> article being filled
        self.seq = 0
        self.rows: dict[str, list] = {k: [] for k in ("articles", "reports", "events", "figures", "merged_events",
                                                        "merged_event_reports")}

    def day(self) -> dt.date:
        # more news in recent years: a triangular density over the five years
        return START + dt.timedelta(days=int(self.rng.triangular(0, DAYS - 1, DAYS - 1)))

    def merged_event(self, i: int, start: dt.date) -> None:
        rng = self.rng
        cc, city, lat0, lon0, spread, admins, actors, _ = rng.choices(COUNTRIES, self.country_w)[0]
        typ, _, modes, acled, toll_share = rng.choices(TYPES, self.type_w)[0]
        end = start + dt.timedelta(days=0 if rng.random() < 0.85 else rng.randint(1, 6))
        feature = rng.choices(["city", "site", "admin1", "country"], [60, 15, 20, 5])[0]
        lat = round(lat0 + rng.gauss(0, spread / 2), 5) if feature != "country" else lat0
        lon = round(lon0 + rng.gauss(0, spread / 2), 5) if feature != "country" else lon0
        n_reports = rng.choices([1, 2, 3, 4], [55, 25, 12, 8])[0]
        srcs = [rng.choices(self.sources, self.source_w)[0] for _ in range(n_reports)]
        has_toll = rng.random() < toll_share
        base = _toll(rng) if has_toll else None
        tolls = [None if base is None else max(1, base + rng.randint(-base // 4, base // 4)) for _ in srcs]
        mid = f"m-{rng.getrandbits(60):015x}"
        actor = rng.choice(actors) if rng.random() < 0.8 else None
        place = city if feature in ("city", "site") else (rng.choice(admins) if feature == "admin1" else cc)
        ev = dict(type=typ, mode=rng.choice(modes), status="occurred", date_start=start, date_end=end,
                  location=place, feature=feature, precision={"site": 1, "city": 1, "admin1": 4, "country": 6}[feature],
                  admin1=rng.choice(admins) if feature != "country" else None, country=cc, lat=lat, lon=lon,
                  source_actor=actor, target_actor=None,
                  acled_event_type=acled[0] if acled else None, acled_sub_event_type=acled[1] if acled else None)
        members, best_by_source = [], {}
        for src, toll in zip(srcs, tolls):
            aid, eid = self.report(src, ev, toll)
            members.append((aid, eid, src, toll))
            if toll is not None:
                best_by_source[src] = max(best_by_source.get(src, 0), toll)
        standing = sorted(best_by_source.values())
        low, high = (standing[0], standing[-1]) if standing else (None, None)
        best = standing[(len(standing) - 1) // 2] if standing else None
        counted = set()
        for aid, eid, src, toll in members:
            self.rows["merged_event_reports"].append(dict(
                article_id=aid, event_id=eid, merged_id=mid, source=src, published=self.published(start),
                fatalities=toll, counted=src not in counted and toll == best_by_source.get(src)))
            counted.add(src)
        self.rows["merged_events"].append(dict(
            id=mid, component=f"c-{mid[2:]}", fatalities_low=low, fatalities_best=best, fatalities_high=high,
            n_reports=n_reports, n_sources=len(set(srcs)), sources="; ".join(sorted(set(srcs))),
            notes=f"{typ.lower()} à {place}", cell=cells.cell_of(lat, lon), **ev))

    def published(self, day: dt.date) -> str:
        return (day + dt.timedelta(days=1)).isoformat()

    def report(self, source: str, ev: dict, toll: int | None) -> tuple[str, str]:
        art = self.open.get(source)
        if art is None or len(art["events"]) >= 4:
            if art is not None:
                self.flush(art)
            self.seq += 1
            art = self.open[source] = {"id": f"syn-{self.seq:08d}", "source": source, "text": "", "events": [],
                                       "figures": [], "published": self.published(ev["date_end"])}
        k = len(art["events"]) + 1
        eid, fid = f"e{k}", f"f{k}"
        number = f"{toll} personnes" if toll is not None else "Des personnes"
        sentence = (f"{number} ont été visées le {ev['date_start']:%d/%m} à {ev['location']} "
                    f"({ev['type'].lower()}). ")
        at = len(art["text"])
        art["text"] += sentence
        span = [at, at + len(sentence) - 2]
        figs = []
        if toll is not None:
            fspan = [at, at + len(str(toll))]
            art["figures"].append({"id": fid, "kind": "killed", "group": "people", "best": toll, "span": fspan,
                                   "qualifier": "exact"})
            figs = [fid]
            self.rows["figures"].append(dict(article_id=art["id"], figure_id=fid, kind="killed", group="people",
                                             low=None, best=toll, high=None, qualifier="exact", reported_by=None,
                                             place_id=None, date=ev["date_start"].isoformat(), part_of=None,
                                             span_start=fspan[0], span_end=fspan[1]))
        art["events"].append({"id": eid, "type": ev["type"], "mode": ev["mode"], "span": span, "figures": figs,
                              "date": ev["date_start"].isoformat(), "status": "occurred"})
        self.rows["events"].append(dict(
            article_id=art["id"], event_id=eid, date=ev["date_start"].isoformat(), place_id=None,
            reported_by=None, fatalities=toll, trigger=ev["mode"], span_start=span[0], span_end=span[1],
            evidence=sentence[:-2], **{k: v for k, v in ev.items()}))
        return art["id"], eid

    def flush(self, art: dict) -> None:
        record = {"format": "veille.article/1", "article": {"id": art["id"], "source": art["source"], "lang": "fr",
                                                          "published": art["published"]},
                  "actors": [], "places": [], "timexes": [], "quotes": [], "figures": art["figures"],
                  "events": art["events"]}
        body = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        self.rows["articles"].append(dict(id=art["id"], sha256="0" * 64, text=art["text"], title=None,
                                          source=art["source"], url=None, published=art["published"], lang="fr",
                                          ingested_at=dt.datetime(2025, 1, 1)))
        self.rows["reports"].append(dict(article_id=art["id"], record_json=body, record_sha256="0" * 64,
                                         extractor_version="synthetic"))


ORDER = ("articles", "reports", "events", "figures", "merged_events", "merged_event_reports")


def generate(db_path: str, n: int, *, chunk: int = 20_000, progress=True, analyze=False) -> float:
    """Write ``n`` merged events (and their reports, articles, figures) into a new store."""
    t0 = time.perf_counter()
    db = store.open(db_path)
    gen = Generator(n)
    days = sorted(gen.day() for _ in range(n))      # in date order, so an article's events are near in time

    def write(final=False):
        if final:
            for art in gen.open.values():
                gen.flush(art)
            gen.open.clear()
        with db.begin() as conn:
            for name in ORDER:
                rows = gen.rows[name]
                if rows:
                    conn.execute(t.metadata.tables[name].insert(), rows)
                    rows.clear()

    for i, day in enumerate(days):
        gen.merged_event(i, day)
        if (i + 1) % chunk == 0:
            # rows of the articles still being filled wait for their article row (foreign keys)
            pending = {a["id"] for a in gen.open.values()}
            keep = {name: [r for r in gen.rows[name] if r["article_id"] in pending] for name in ("events", "figures")}
            for name in keep:
                gen.rows[name] = [r for r in gen.rows[name] if r["article_id"] not in pending]
            write()
            gen.rows.update(keep)
            if progress:
                print(f"\r  {i + 1:,}/{n:,} merged events ({time.perf_counter() - t0:.0f} s)", end="",
                      file=sys.stderr, flush=True)
    write(final=True)
    # written in bulk, around the merge: the summaries and the search index are built once here
    from veille.store import search, summaries
    with db.begin() as conn:
        summaries.rebuild(conn)
        search.rebuild(conn)
    if analyze:
        with db.begin() as conn:
            conn.exec_driver_sql("ANALYZE")     # planner statistics, on SQLite and PostgreSQL alike
    db.close()
    if progress:
        print(file=sys.stderr)
    return time.perf_counter() - t0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--out", required=True, help="a new SQLite file (or a postgresql:// URL of an empty database)")
    p.add_argument("--analyze", action="store_true", help="run ANALYZE after loading (planner statistics)")
    args = p.parse_args(argv)
    s = generate(args.out, args.events, analyze=args.analyze)
    print(f"{args.events:,} merged events in {s:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
