"""Merged events per cell of a 0.1° grid, kept by the merge: a box's count and page without
reading every event in its latitude band.

``/api/events?bbox=`` counted and paged the events of a box on the ``(lat, lon, ...)`` index,
which reads every event of the box's latitude band (all of Ukraine's ~110,000 at a million
events for a 4°×4° box; the Sahel's whole band for a box in Sudan). Each merged event now
holds ``cell``, the number of its 0.1°×0.1° grid cell (``cell_of``), and ``summary_cell``
counts the events per cell (revision ``0007``). A box's count stays exact: the cells wholly
inside it are read from ``summary_cell``, the events of the cells on its border (a ring a
cell wide) are checked one by one. Its page of events by date walks the first days in date
order while the box holds many events, else reads the events of its cells only (index
``(cell, lat, lon, date_start, id)``).

Exactness rests on one arithmetic: ``cell_of`` computes a row ``int((lat + 90) * 10)`` (a
monotonic function of ``lat`` in floating point), the box's first and last rows the same way,
so an event of a row strictly between them lies strictly inside the box's latitudes, and an
event inside them lies in a row between them, whatever the rounding.
"""
from __future__ import annotations

import math

import sqlalchemy as sa

from veille.store import schema as t

SCALE = 10                      # cells per degree
ROWS, COLS = 180 * SCALE, 360 * SCALE
# a box overlapping more cells than this is counted on the events (a continent: the border
# ring alone would be thousands of cells)
MAX_CELLS = 10_000

m = t.merged_events


def _row(lat: float) -> int:
    return min(int((lat + 90.0) * SCALE), ROWS - 1)


def _col(lon: float) -> int:
    return min(int((lon + 180.0) * SCALE), COLS - 1)


def cell_of(lat: float | None, lon: float | None) -> int | None:
    """The grid cell of a point (row-major from the south-west corner), None when unlocated."""
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return _row(lat) * COLS + _col(lon)


def cell_sql(lat, lon, dialect: str):
    """``cell_of`` in SQL, for migration 0007's existing rows: the same IEEE double arithmetic,
    truncated (SQLite's CAST truncates; PostgreSQL's rounds, so floor() first)."""
    def part(col, offset, top):
        scaled = (col + offset) * float(SCALE)
        idx = sa.cast(scaled if dialect == "sqlite" else sa.func.floor(scaled), sa.Integer)
        return sa.case((idx > top - 1, top - 1), else_=idx)
    located = sa.and_(lat.between(-90, 90), lon.between(-180, 180))
    return sa.case((located, part(lat, 90.0, ROWS) * COLS + part(lon, 180.0, COLS)), else_=None)


def parts(bbox) -> list[tuple[float, float, float, float]]:
    """The box as one or two boxes that do not cross the antimeridian."""
    min_lon, min_lat, max_lon, max_lat = bbox
    if min_lon <= max_lon:
        return [bbox]
    return [(min_lon, min_lat, 180.0, max_lat), (-180.0, min_lat, max_lon, max_lat)]


def _box_clause(part, *, by_cell: bool = False) -> list:
    """The box's coordinates as clauses; ``by_cell``: written so that no index on them
    serves them (``lat + 0``), leaving the planners the cell index (PostgreSQL's misjudged
    the ``(lat, lon)`` index's rows and read the table behind it)."""
    min_lon, min_lat, max_lon, max_lat = part
    lat, lon = (m.c.lat + 0, m.c.lon + 0) if by_cell else (m.c.lat, m.c.lon)
    return [lat.between(min_lat, max_lat), lon.between(min_lon, max_lon)]


def _box(bbox, *, by_cell: bool = False):
    return sa.or_(*(sa.and_(*_box_clause(p, by_cell=by_cell)) for p in parts(bbox)))


def _grid(part):
    """(first row, last row, first column, last column) of the cells a box overlaps."""
    min_lon, min_lat, max_lon, max_lat = part
    return _row(min_lat), _row(max_lat), _col(min_lon), _col(max_lon)


def usable(bbox) -> bool:
    """Whether the box is small enough to be read by cells."""
    n = 0
    for part in parts(bbox):
        r0, r1, c0, c1 = _grid(part)
        n += (r1 - r0 + 1) * (c1 - c0 + 1)
    return n <= MAX_CELLS


def _ring(r0, r1, c0, c1) -> list[int]:
    """The cells on the border of the rows r0..r1 and columns c0..c1."""
    out = [r * COLS + c for r in (r0, r1) for c in range(c0, c1 + 1)]
    out += [r * COLS + c for r in range(r0 + 1, r1) for c in (c0, c1)]
    return sorted(set(out))


def count(conn, bbox) -> int:
    """Merged events inside the box (its edges included), exactly: the inner cells from
    ``summary_cell``, the border cells' events checked on their coordinates."""
    if not usable(bbox):
        return conn.scalar(sa.select(sa.func.count()).select_from(m).where(_box(bbox)))
    sc = t.summary_cell.c
    total = 0
    for part in parts(bbox):
        r0, r1, c0, c1 = _grid(part)
        inner = list(range(r0 + 1, r1)) if c1 - c0 >= 2 else []
        if inner and conn.dialect.name != "sqlite":
            # the inner rows' band of cell numbers, the other columns left out by their column
            # (PostgreSQL planned the rows' ORs for longer than it ran them)
            col = sc.cell % COLS
            total += int(conn.scalar(sa.select(sa.func.coalesce(sa.func.sum(sc.n), 0)).where(
                sc.cell >= inner[0] * COLS, sc.cell < (inner[-1] + 1) * COLS, col > c0, col < c1)) or 0)
            inner = []
        for i in range(0, len(inner), 200):
            # each inner row is a range of cell numbers (integers computed here, written out)
            rows = " OR ".join(f"summary_cell.cell BETWEEN {r * COLS + c0 + 1} AND {r * COLS + c1 - 1}"
                               for r in inner[i:i + 200])
            total += int(conn.scalar(sa.select(sa.func.coalesce(sa.func.sum(sc.n), 0)).where(sa.text(f"({rows})")))
                         or 0)
        ring = _ring(r0, r1, c0, c1)
        total += conn.scalar(sa.select(sa.func.count()).select_from(m).where(
            _in(conn, ring), *_box_clause(part, by_cell=True)))
    return total


def _in(conn, cells: list[int], col: str = "merged_events.cell"):
    """``cell IN (...)`` with the numbers written out: bound one by one, 1,700 parameters cost
    SQLAlchemy more than the query (they are integers computed here, never user text). On
    PostgreSQL one array (a list of 1,700 constants took longer to plan than to run)."""
    if not cells:
        return sa.false()
    listed = ",".join(str(int(c)) for c in cells)
    if conn.dialect.name == "sqlite":
        return sa.text(f"{col} IN ({listed})")
    return sa.text(f"{col} = ANY('{{{listed}}}'::integer[])")


def cells_clause(conn, bbox):
    """``cell`` among the cells the box overlaps (to add to the box's own clauses)."""
    cells = []
    for part in parts(bbox):
        r0, r1, c0, c1 = _grid(part)
        cells += [r * COLS + c for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]
    return _in(conn, cells)


def page(conn, bbox, n_box: int, descending: bool, limit: int, offset: int) -> list[str]:
    """The ids of a page of the box's events by date (``descending``: newest first), ties by
    id. A box holding many events (``n_box``) walks the first days (or the last) in date order
    on ``(date_start, id, lat, lon)`` until the page is full, within a window of entries
    sized to hold it four times over; when the window holds too few (the box's events bunch
    in other years), or the box holds few events, its cells' events are read and sorted."""
    need = offset + limit
    if n_box == 0 or need == 0:
        return []
    box = _box(bbox)
    order = (m.c.date_start.desc(), m.c.id.desc()) if descending else (m.c.date_start, m.c.id)
    # every merged event (a few hundred all-time summary rows): the window is an estimate
    total = int(conn.scalar(sa.select(sa.func.coalesce(sa.func.sum(t.summary_total.c.n), 0))) or 0)
    window = math.ceil(4 * need * total / n_box)
    if window < n_box:          # walking that many entries costs less than reading the box's events
        first = sa.select(m.c.id, m.c.date_start, m.c.lat, m.c.lon).order_by(*order).limit(window).subquery()
        ids = list(conn.scalars(sa.select(first.c.id).where(
            sa.or_(*(sa.and_(first.c.lat.between(p[1], p[3]), first.c.lon.between(p[0], p[2])) for p in parts(bbox))))
            .order_by(*((first.c.date_start.desc(), first.c.id.desc()) if descending
                        else (first.c.date_start, first.c.id))).limit(need)))
        if len(ids) == need or len(ids) == n_box:
            return ids[offset:]
    where = [cells_clause(conn, bbox), _box(bbox, by_cell=True)] if usable(bbox) else [box]
    return list(conn.scalars(sa.select(m.c.id).where(*where).order_by(*order).limit(limit).offset(offset)))


# ---- writing ---------------------------------------------------------------------------

def refresh(conn, cells) -> None:
    """Recount these cells' events (the merge: the cells of the events it removed and wrote)."""
    cells = sorted({c for c in cells if c is not None})
    sc = t.summary_cell
    for i in range(0, len(cells), 500):
        chunk = cells[i:i + 500]
        conn.execute(sc.delete().where(sc.c.cell.in_(chunk)))
        rows = [{"cell": c, "n": n} for c, n in conn.execute(
            sa.select(m.c.cell, sa.func.count()).where(m.c.cell.in_(chunk)).group_by(m.c.cell))]
        if rows:
            conn.execute(sc.insert(), rows)


def rebuild(conn) -> None:
    """Count every cell's events again (a store written in bulk; migration 0007)."""
    conn.execute(t.summary_cell.delete())
    rows = [{"cell": c, "n": n} for c, n in conn.execute(
        sa.select(m.c.cell, sa.func.count()).where(m.c.cell.is_not(None)).group_by(m.c.cell))]
    if rows:
        conn.execute(t.summary_cell.insert(), rows)
