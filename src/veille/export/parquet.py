"""Parquet of merged events (pyarrow), with each event's reports as a list of structs."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from veille.export.events import merged_events

REPORT = pa.struct([("article_id", pa.string()), ("event_id", pa.string()), ("source", pa.string()),
                    ("published", pa.string()), ("fatalities", pa.int64()), ("counted", pa.bool_())])
SCHEMA = pa.schema([
    ("id", pa.string()), ("type", pa.string()), ("mode", pa.string()), ("status", pa.string()),
    ("date_start", pa.date32()), ("date_end", pa.date32()), ("time_precision", pa.int8()),
    ("acled_event_type", pa.string()), ("acled_sub_event_type", pa.string()),
    ("actor1", pa.string()), ("actor2", pa.string()), ("country", pa.string()), ("country_name", pa.string()),
    ("admin1", pa.string()), ("location", pa.string()), ("feature", pa.string()),
    ("latitude", pa.float64()), ("longitude", pa.float64()), ("geo_precision", pa.int8()),
    ("fatalities_low", pa.int64()), ("fatalities_best", pa.int64()), ("fatalities_high", pa.int64()),
    ("n_reports", pa.int32()), ("n_sources", pa.int32()), ("sources", pa.string()), ("notes", pa.string()),
    ("reports", pa.list_(REPORT)),
])
RENAMED = {"actor1": "source_actor", "actor2": "target_actor", "latitude": "lat", "longitude": "lon"}


def write_parquet(conn, filters, fh) -> int:
    events = merged_events(conn, filters)
    columns = {}
    for name in SCHEMA.names:
        if name == "reports":
            columns[name] = [[{k: r[k] for k in REPORT.names} for r in ev["reports"]] for ev in events]
        else:
            columns[name] = [ev[RENAMED.get(name, name)] for ev in events]
    pq.write_table(pa.table(columns, schema=SCHEMA), fh)
    return len(events)
