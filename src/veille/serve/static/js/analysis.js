// The analysis page: /api/series as one chart per series, /api/contradictions as a table.
// Filters are kept in the URL. Everything from the store reaches the page as text.

import {get} from "./api.js";
import {clear, el} from "./dom.js";
import {SOURCE_COLORS, seriesChart} from "./chart.js";

const FIELDS = ["place", "kind", "scope", "source"];
const form = document.getElementById("series-filters");
const status = document.getElementById("status");

function state() {
  const q = new URLSearchParams(window.location.search);
  const s = {};
  for (const k of FIELDS) s[k] = q.get(k) || "";
  return s;
}

function writeState(s) {
  const q = new URLSearchParams();
  for (const k of FIELDS) if (s[k]) q.set(k, s[k]);
  const str = q.toString();
  window.history.replaceState(null, "", window.location.pathname + (str ? "?" + str : ""));
}

function eventLink(mergedId, text) {
  return mergedId ? el("a", {href: "./?event=" + encodeURIComponent(mergedId)}, text) : text;
}

function side(s) {
  return el("div", {},
    el("span", {class: "who"}, s.source), s.actor ? ` · ${s.actor}` : "", " · ",
    eventLink(s.merged_id, s.date || "undated"), s.location ? ` · ${s.location}` : "",
    el("blockquote", {}, (s.evidence || "").trim()));
}

function renderClaims(items) {
  const body = clear(document.querySelector("#claims tbody"));
  if (!items.length) {
    body.append(el("tr", {}, el("td", {colspan: 4, class: "muted"}, "No claim is contradicted by the reports in this store.")));
    return;
  }
  for (const c of items) {
    body.append(el("tr", {dataset: {kind: c.kind}},
      el("td", {}, c.kind === "truce_then_attack" ? "truce, then attack" : "denial vs reports"),
      el("td", {}, c.note), el("td", {}, side(c.claim)), el("td", {}, side(c.report))));
  }
}

function legend(series) {
  return el("div", {class: "legend"}, series.lines.map((ln, i) => {
    const key = el("span", {class: "key"});
    key.style.background = SOURCE_COLORS[i % SOURCE_COLORS.length];
    const last = ln.points[ln.points.length - 1];
    return el("span", {}, key, `${ln.source}: ${last ? last.value.toLocaleString("en") : "?"}`);
  }));
}

function renderSeries(items) {
  const box = clear(document.getElementById("series"));
  document.getElementById("series-count").textContent = `${items.length} series`;
  for (const s of items) {
    const sp = s.spread;
    const meta = [`${s.scope}`, s.since ? `since ${s.since}` : null,
      sp.low !== null ? `spread ${sp.low.toLocaleString("en")}–${sp.high.toLocaleString("en")}` : null,
      s.revisions ? `${s.revisions} revision${s.revisions > 1 ? "s" : ""}` : null].filter(Boolean).join(" · ");
    box.append(el("article", {class: "series-card", dataset: {seriesId: s.id, scope: s.scope}},
      el("h3", {}, eventLink(s.merged_id, s.title)), el("div", {class: "meta"}, meta),
      seriesChart(s), legend(s)));
  }
}

async function load() {
  const s = state();
  for (const k of FIELDS) if (form.elements[k]) form.elements[k].value = s[k] || (k === "kind" ? "killed" : "");
  document.body.dataset.loading = "1";
  status.textContent = "loading…";
  try {
    const [series, claims] = await Promise.all([
      get("series", {place: s.place, kind: s.kind || "killed", scope: s.scope, source: s.source}, {cached: false}),
      get("contradictions", {source: s.source}, {cached: false}),
    ]);
    renderSeries(series.items);
    renderClaims(claims.items);
    status.textContent = "";
  } catch (e) {
    status.textContent = e.message;
    status.className = "status error";
  } finally {
    document.body.dataset.loading = "";
    document.body.dataset.ready = "1";
  }
}

let timer = null;
form.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const s = {};
    for (const k of FIELDS) s[k] = form.elements[k].value;
    writeState(s);
    load();
  }, 250);
});
form.addEventListener("submit", (e) => e.preventDefault());
load();
