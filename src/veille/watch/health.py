"""The health of the watched feeds as ``veille stats`` prints it (the numbers come from
``veille.watch.state``; ``GET /api/sources`` serves the same as JSON)."""
from __future__ import annotations

import datetime as dt


def _ago(stamp: str | None, now: str) -> str:
    if not stamp:
        return "never"
    secs = (dt.datetime.fromisoformat(now.rstrip("Z")) - dt.datetime.fromisoformat(stamp.rstrip("Z"))).total_seconds()
    if secs < 120:
        return f"{int(secs)} s ago"
    if secs < 7200:
        return f"{int(secs // 60)} min ago"
    if secs < 172800:
        return f"{secs / 3600:.1f} h ago"
    return f"{secs / 86400:.0f} days ago"


def health_lines(h: dict) -> list[str]:
    """The sources' health as ``veille stats`` prints it."""
    now = h["now"]
    lines = [f"watched feeds   {len(h['sources'])} (newest article stored {_ago(h['newest_article'], now)}; "
             f"articles a day over the last {h['days']} days)"]
    for s in h["sources"]:
        state = "ok" if not s["failures_in_row"] else f"FAILING x{s['failures_in_row']}"
        lines.append(f"  {s['name'] or s['url']}")
        lines.append(f"      {state}; last success {_ago(s['last_success'], now)}; {s['articles']} article(s), "
                     f"{s['republications']} republication(s), {s['articles_per_day']:g}/day; "
                     f"{s['failures']} failure(s), {s['failures_recent']} recent")
        if s["last_failure"]:
            lines.append(f"      last failure: {s['last_failure']['reason']} ({s['last_failure']['url']})")
    return lines
