"""Far points: geocoded places that land far from everything else the article is about.

A point (a town, site, district or province) more than 1,500 km from every other place
of its article, or more than 1,500 km from the country in focus when it lies in another
country, is almost always a namesake picked by spelling ("a Malian village resolved to
a German city"). No gold is needed, so it runs on any folder of texts:

    PYTHONPATH=src python benchmarks/far_points.py                      # the non-blind real French set
    PYTHONPATH=src python benchmarks/far_points.py DIR --dump places.json  # another folder; keep the places
    PYTHONPATH=src python benchmarks/far_points.py --exclude-file blind.txt  # leave some ids out

The blind real texts (chosen by the lead before anyone looked) are left out by default:
no rule may be tuned on them. Prints counts and the far points; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# the real French articles blind now (tests/data/real/blind.txt, changed each session): never
# read by the rules' authors, so left out unless asked for
BLIND_LIST = Path(__file__).resolve().parent.parent / "tests" / "data" / "real" / "blind.txt"


def blind_ids(path: Path = BLIND_LIST) -> frozenset[str]:
    """The ids of a blind list: one a line, ``#`` comments and blank lines left out."""
    if not path.exists():
        return frozenset()
    lines = (ln.split("#", 1)[0].strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return frozenset(ln for ln in lines if ln)


POINT_FEATURES = ("city", "site", "district", "admin2", "admin1")
FAR_KM = 1500.0


def published_dates(sources_md: Path) -> dict[str, str]:
    """id -> publication date, from the table of ``SOURCES.md`` (when there is one)."""
    out: dict[str, str] = {}
    if sources_md.exists():
        for line in sources_md.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 2 and cells[0].startswith("wn-") and len(cells[1]) == 10:
                out[cells[0]] = cells[1]
    return out


def focus_country(places: list[dict]) -> str | None:
    """The country most mentioned in the record (its places' mentions, by country)."""
    votes: dict[str, int] = {}
    for p in places:
        if p.get("country"):
            votes[p["country"]] = votes.get(p["country"], 0) + max(1, len(p.get("mentions") or ()))
    return max(votes, key=lambda c: (votes[c], c)) if votes else None


def far_points(places: list[dict], focus_country: str | None, gaz) -> list[tuple[dict, str]]:
    """The far points of one record's places, each with why ("isolated", "off-focus")."""
    from veille.resolve.gazetteer import haversine_km

    located = [p for p in places if p.get("lat") is not None]
    focus = gaz.country_entry(focus_country) if focus_country else None
    out = []
    for p in located:
        if p["feature"] not in POINT_FEATURES:
            continue
        others = [o for o in located if o["id"] != p["id"]]
        nearest = min((haversine_km(p["lat"], p["lon"], o["lat"], o["lon"]) for o in others), default=None)
        if nearest is not None and nearest > FAR_KM:
            out.append((p, f"isolated ({nearest:.0f} km from the nearest other place)"))
        elif focus is not None and focus.lat is not None and p.get("country") != focus_country:
            d = haversine_km(p["lat"], p["lon"], focus.lat, focus.lon)
            if d > FAR_KM:
                out.append((p, f"off-focus ({d:.0f} km from {focus_country})"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default="../shared/eval/real/fr", help="folder of .txt articles")
    ap.add_argument("--exclude-file", help="file of ids (one a line) to leave out, besides the blind set")
    ap.add_argument("--include-blind", action="store_true", help="also run the blind set (the lead only)")
    ap.add_argument("--dump", help="write every record's places (and focus) to this JSON file")
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts (0: all)")
    args = ap.parse_args(argv)

    import veille
    from veille.resolve.gazetteer import Gazetteer

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"far_points: {folder}: not a folder", file=sys.stderr)
        return 2
    skip = set() if args.include_blind else set(blind_ids())
    if args.exclude_file:
        skip |= blind_ids(Path(args.exclude_file))
    files = sorted(f for f in folder.glob("*.txt") if f.stem not in skip)
    if args.limit:
        files = files[: args.limit]
    dates = published_dates(folder.parent / "SOURCES.md")
    gaz = Gazetteer.open()
    n_points = n_far = 0
    dump = {}
    for f in files:
        rec = veille.extract(f.read_text(encoding="utf-8"), published=dates.get(f.stem), id=f.stem).to_dict()
        places = rec.get("places") or []
        focus = focus_country(places)
        far = far_points(places, focus, gaz)
        n_points += sum(1 for p in places if p["feature"] in POINT_FEATURES and p.get("lat") is not None)
        n_far += len(far)
        for p, why in far:
            print(f"{f.stem}\t{p['name']}\t{p['feature']}\t{p.get('country')}\t{why}")
        dump[f.stem] = {"focus": focus, "places": [
            {k: p.get(k) for k in ("id", "name", "feature", "country", "lat", "lon", "aliases")} for p in places]}
    print(f"texts {len(files)}  points {n_points}  far points {n_far}")
    if args.dump:
        Path(args.dump).write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
