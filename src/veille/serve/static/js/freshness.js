// How fresh the data is, beside the event count: when the newest article was stored and, when
// `veille watch` feeds this store, how many feeds it follows and which are failing.
// Read from /api/sources once a minute; text only (names and errors come from the network).
import {el} from "./dom.js";

const REFRESH_MS = 60_000;
const STALE_S = 24 * 3600;     // older than this, the line is shown as a warning

export function ago(seconds) {
  if (seconds < 120) return `${Math.max(0, Math.round(seconds))} s ago`;
  if (seconds < 7200) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 172800) return `${(seconds / 3600).toFixed(1)} h ago`;
  return `${Math.round(seconds / 86400)} days ago`;
}

/** The header's line for an /api/sources answer. */
export function describe(h) {
  const now = Date.parse(h.now);
  const newest = h.newest_article ? (now - Date.parse(h.newest_article)) / 1000 : null;
  const parts = [newest === null ? "no article yet" : `newest article ${ago(newest)}`];
  const failing = h.sources.filter((s) => s.failures_in_row > 0);
  if (h.sources.length) {
    parts.push(`${h.sources.length} feed${h.sources.length > 1 ? "s" : ""}` +
      (failing.length ? `, ${failing.length} failing` : ""));
  }
  const title = failing.map((s) => `${s.name || s.url}: ${s.last_error || "failing"}`).join("\n");
  return {text: parts.join(" · "), title, stale: newest === null || newest > STALE_S || failing.length > 0};
}

async function refresh(box) {
  try {
    const res = await fetch("api/sources", {headers: {Accept: "application/json"}});
    if (!res.ok) return;
    const d = describe(await res.json());
    box.replaceChildren(el("span", {class: d.stale ? "stale" : ""}, d.text));
    box.title = d.title;
  } catch (e) {
    // the status bar reports the API's errors; this line just stays as it was
  }
}

const box = document.querySelector("#freshness");
if (box) {
  refresh(box);
  setInterval(() => refresh(box), REFRESH_MS);
}
