// The JSON API (docs/api.md) and the view state kept in the page's query string.

// Event filters shared by /api/events, /api/timeseries and /api/facets.
export const FILTERS = ["since", "until", "type", "country", "actor", "source"];
// The rest of the view: list order and page, timeline interval, the open event and article.
const VIEW = ["sort", "page", "interval", "event", "article", "focus", "q"];

/** The view state from the URL's query string (unknown keys ignored). */
export function readState(search = window.location.search) {
  const q = new URLSearchParams(search);
  const state = {};
  for (const k of [...FILTERS, ...VIEW]) state[k] = q.get(k) || "";
  return state;
}

/** Write the state into the URL: push a history entry (so Back works) or replace the current one. */
export function writeState(state, push) {
  const q = new URLSearchParams();
  for (const k of [...FILTERS, ...VIEW]) if (state[k]) q.set(k, state[k]);
  const s = q.toString();
  const url = window.location.pathname + (s ? "?" + s : "");
  if (url === window.location.pathname + window.location.search) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** The filter parameters of a state, minus those named in `without`. */
export function filterParams(state, without = []) {
  const p = {};
  for (const k of FILTERS) if (state[k] && !without.includes(k)) p[k] = state[k];
  return p;
}

export class ApiError extends Error {}

const cache = new Map();

/** GET api/<path>?<params> as JSON. Answers are cached for the page's life (the store is read-only here). */
export async function get(path, params = {}, {cached = true, signal} = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  const s = q.toString();
  const url = "api/" + path + (s ? "?" + s : "");
  if (cached && cache.has(url)) return cache.get(url);
  const promise = (async () => {
    let res;
    try {
      res = await fetch(url, {headers: {Accept: "application/json"}, signal});
    } catch (e) {
      if (e.name === "AbortError") throw e;
      throw new ApiError(`cannot reach the server (${path})`);
    }
    if (!res.ok) {
      let detail = res.statusText;
      try {
        const body = await res.json();
        detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
      } catch { /* not JSON */ }
      throw new ApiError(`${path}: ${res.status} ${detail}`);
    }
    return res.json();
  })();
  if (cached) {
    cache.set(url, promise);
    promise.catch(() => cache.delete(url));
  }
  return promise;
}

const enc = encodeURIComponent;

export const api = {
  facets: (params) => get("facets", params),
  events: (params) => get("events", params),
  event: (id) => get("events/" + enc(id)),
  article: (id, q) => get("articles/" + enc(id), q ? {q} : {}),
  search: (q) => get("articles", {q, limit: 50}),
  timeseries: (params) => get("timeseries", params),
};

/** The map's markers: located events matching the filters, deadliest first, at most `cap`
 * (one request; /api/points sends compact rows, turned back into objects here). */
export async function mapPoints(params, cap = 20000) {
  const answer = await get("points", {...params, limit: cap});
  const items = answer.rows.map((row) => Object.fromEntries(answer.fields.map((f, i) => [f, row[i]])));
  return {total: answer.total, items};
}
