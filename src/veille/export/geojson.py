"""GeoJSON FeatureCollection of merged events (null geometry when a place has no coordinates)."""
from __future__ import annotations

import datetime as dt
import json

from veille.export.events import merged_events

SKIP = {"lat", "lon", "reports", "component"}


def _jsonable(v):
    return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v


def feature(ev: dict) -> dict:
    geometry = None
    if ev["lat"] is not None and ev["lon"] is not None:
        geometry = {"type": "Point", "coordinates": [ev["lon"], ev["lat"]]}
    props = {k: _jsonable(v) for k, v in ev.items() if k not in SKIP}
    props["reports"] = [{"article_id": r["article_id"], "event_id": r["event_id"], "source": r["source"],
                         "published": r["published"], "fatalities": r["fatalities"], "counted": bool(r["counted"]),
                         "reported_by": r["reported_by"], "url": r["url"]} for r in ev["reports"]]
    return {"type": "Feature", "id": ev["id"], "geometry": geometry, "properties": props}


def write_geojson(conn, filters, fh) -> int:
    events = merged_events(conn, filters)
    fh.write('{"type": "FeatureCollection", "features": [')
    for i, ev in enumerate(events):
        fh.write(("\n" if i == 0 else ",\n") + json.dumps(feature(ev), ensure_ascii=False))
    fh.write("\n]}\n")
    return len(events)
