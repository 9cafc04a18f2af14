// The dashboard: wires the filters, the map, the timeline, the list and the detail panel to
// the API and keeps the view in the URL's query string (shareable, Back works).
import {api, mapPoints, filterParams, readState, writeState, FILTERS} from "./api.js";
import {el} from "./dom.js";
import {EventMap} from "./map.js";
import {Timeline, autoInterval} from "./timeline.js";
import {EventList, PAGE_SIZE} from "./list.js";
import {Detail} from "./detail.js";
import "./freshness.js"; // the "newest article ... ago" line beside the event count

const $ = (sel) => document.querySelector(sel);

let state = readState();
let extent = {date_min: null, date_max: null};
let generation = 0; // answers to an older reload are dropped
let detailGen = 0;
const pending = new Set();
const errors = new Map();

const form = $("#filters");
const statusBox = $("#status");

function setStatus() {
  const msgs = [...errors.values()];
  statusBox.replaceChildren(...msgs.map((m) => el("span", {class: "error"}, m)),
    pending.size ? el("span", {class: "muted"}, "loading…") : "");
  document.body.dataset.loading = pending.size ? "1" : "";
}

/** Run `promise` as the `what` part of the view; its error is shown in the status bar. */
async function track(what, promise) {
  const token = {what}; // one per request: a newer "list" must not end an older one's wait
  pending.add(token);
  errors.delete(what);
  setStatus();
  try {
    return await promise;
  } catch (e) {
    if (e.name !== "AbortError") errors.set(what, e.message || String(e));
    throw e;
  } finally {
    pending.delete(token);
    setStatus();
  }
}

const map = new EventMap($("#map"), (id) => selectEvent(id));
let moveTimer = null;
map.map.on("moveend", () => {
  clearTimeout(moveTimer);
  moveTimer = setTimeout(onMapMoved, 250);
});
const timeline = new Timeline($("#timeline"), $("#tl-tip"), (since, until) => setFilters({since, until}),
  $("#tl-live"));
const list = new EventList($("#events"),
  {count: $("#list-count"), pageLabel: $("#page"), prev: $("#prev"), next: $("#next")},
  {
    onSelect: (id) => selectEvent(id),
    onSort: (sort) => { state.sort = sort; state.page = ""; writeState(state, true); loadList(generation); },
    onPage: (page) => { state.page = page ? String(page + 1) : ""; writeState(state, true); loadList(generation); },
  });
const detail = new Detail($("#detail"), {
  onArticle: (articleId, eventId) => openArticle(articleId, eventId),
  onClose: () => { state.event = state.article = state.focus = state.q = ""; writeState(state, true); syncSearch(); showDetail(); },
});

// ---- full-text search: its results in the detail panel, its words marked in the article ----

const searchForm = $("#search");
function syncSearch() {
  if (searchForm.elements.q.value !== state.q) searchForm.elements.q.value = state.q;
}
searchForm.addEventListener("submit", (e) => {
  e.preventDefault();
  state.q = searchForm.elements.q.value.trim();
  state.event = state.article = state.focus = "";
  writeState(state, true);
  showDetail();
});

// ---- filters ----

function syncForm() {
  for (const k of FILTERS) {
    const input = form.elements[k];
    if (input && input.value !== state[k]) {
      if (input.tagName === "SELECT" && state[k] && ![...input.options].some((o) => o.value === state[k])) {
        input.append(el("option", {value: state[k]}, state[k]));
      }
      input.value = state[k];
    }
  }
  $("#interval").value = state.interval;
  const range = [state.since, state.until].filter(Boolean);
  $("#tl-range").textContent = range.length ? `${state.since || "…"} → ${state.until || "…"}` : "";
  $("#tl-clear").disabled = !range.length;
}

function setFilters(patch, push = true) {
  Object.assign(state, patch);
  state.page = "";
  writeState(state, push);
  syncForm();
  reload(true);
}

let actorTimer = null;
form.addEventListener("change", (e) => {
  const name = e.target.name;
  if (!FILTERS.includes(name)) return;
  clearTimeout(actorTimer);
  setFilters({[name]: e.target.value.trim()});
});
form.elements.actor.addEventListener("input", (e) => {
  clearTimeout(actorTimer);
  actorTimer = setTimeout(() => setFilters({actor: e.target.value.trim()}, false), 450);
});
form.addEventListener("submit", (e) => e.preventDefault());
$("#reset").addEventListener("click", () => setFilters(Object.fromEntries(FILTERS.map((k) => [k, ""]))));
$("#tl-clear").addEventListener("click", () => setFilters({since: "", until: ""}));
$("#interval").addEventListener("change", (e) => {
  state.interval = e.target.value;
  writeState(state, false);
  loadTimeline(generation);
});

/** Fill a filter menu from /api/facets (computed without that menu's own filter). */
function fillMenu(select, values, allLabel, label) {
  const current = state[select.name];
  const opts = [el("option", {value: ""}, allLabel)];
  let found = false;
  for (const v of values) {
    if (v.value === current) found = true;
    opts.push(el("option", {value: v.value}, `${label(v)} (${v.n})`));
  }
  if (current && !found) opts.push(el("option", {value: current}, `${current} (0)`));
  select.replaceChildren(...opts);
  select.value = current;
}

async function loadMenus(gen) {
  const [types, countries, sources] = await track("filters", Promise.all([
    api.facets(filterParams(state, ["type"])),
    api.facets(filterParams(state, ["country"])),
    api.facets(filterParams(state, ["source"])),
  ]));
  if (gen !== generation) return;
  fillMenu(form.elements.type, types.types || [], "all types", (v) => v.value);
  fillMenu(form.elements.country, countries.countries || [], "all countries", (v) => v.name || v.value);
  fillMenu(form.elements.source, sources.sources || [], "all sources", (v) => v.value);
}

// ---- views ----

async function loadList(gen) {
  const page = Math.max(0, (parseInt(state.page || "1", 10) || 1) - 1); // the URL counts pages from 1
  const answer = await track("list", api.events({
    ...filterParams(state), sort: state.sort || "-date", limit: PAGE_SIZE, offset: page * PAGE_SIZE,
  }));
  if (gen !== generation) return;
  list.render(answer, {sort: state.sort || "-date", page, selected: state.event});
}

// More located events than this: the map shows the deadliest ones, and once moved or zoomed,
// those inside the view (a bbox), so that a store of any size can be browsed
const MAP_CAP = 20000;
let mapCapped = false;

async function loadMap(gen, fit, inView = false) {
  const params = filterParams(state);
  if (inView && !params.bbox) params.bbox = map.viewBox();
  const {total, items} = await track("map", mapPoints(params, MAP_CAP));
  if (gen !== generation) return;
  map.setEvents(items, fit && !inView);
  document.body.dataset.markers = String(items.length);
  mapCapped = items.length < total;
  if (mapCapped) {
    errors.set("map-cap", `the map shows the ${items.length} deadliest of ${total} events ${inView ? "in view" : ""}: zoom in to see the others`);
  } else errors.delete("map-cap");
  setStatus();
}

// a capped map follows the view: moving or zooming loads the events inside it
function onMapMoved() {
  if (mapCapped || map.loadedInView) {
    map.loadedInView = true;
    const gen = generation;
    loadMap(gen, false, true).catch(() => {});
  }
}

async function loadTimeline(gen) {
  const interval = state.interval || autoInterval(extent.date_min, extent.date_max);
  // the timeline keeps the whole period as context: every filter but the dates
  const answer = await track("timeline", api.timeseries({...filterParams(state, ["since", "until"]), interval}));
  if (gen !== generation) return;
  timeline.setData(answer.series || [], answer.interval || interval, extent.date_min, extent.date_max,
    [state.since, state.until]);
}

function reload(fit) {
  const gen = ++generation;
  const quiet = (p) => p.catch(() => {}); // errors are in the status bar
  return Promise.all([loadMenus(gen), loadList(gen), loadMap(gen, fit), loadTimeline(gen)].map(quiet));
}

// ---- detail ----

function selectEvent(id) {
  state.event = id;
  state.article = state.focus = "";
  writeState(state, true);
  showDetail();
}

function openArticle(articleId, eventId) {
  state.article = articleId;
  state.focus = eventId || "";
  writeState(state, true);
  showDetail();
}

async function showDetail() {
  const gen = ++detailGen;
  document.querySelector(".right").classList.toggle("has-detail", Boolean(state.event || state.article || state.q));
  map.highlight(state.event);
  list.highlight(state.event);
  if (!state.event && !state.article && state.q) {
    try {
      detail.loading("the search");
      const found = await track("search", api.search(state.q));
      if (gen === detailGen) detail.results(state.q, found, (id) => openArticle(id, ""));
    } catch (e) {
      if (gen === detailGen) detail.error(e.message || String(e));
    }
    return;
  }
  if (!state.event && !state.article) { detail.clear(); return; }
  try {
    detail.loading(state.event ? "the event" : "the article");
    const ev = state.event ? await track("event", api.event(state.event)) : null;
    if (gen !== detailGen) return;
    if (ev && !state.article && ev.reports && ev.reports.length) {
      // open the earliest report's article with its evidence in view
      const first = [...ev.reports].sort((a, b) => String(a.published).localeCompare(String(b.published)))[0];
      state.article = first.article_id;
      state.focus = first.event_id;
      writeState(state, false);
    }
    const art = state.article ? await track("article", api.article(state.article, state.q)) : null;
    if (gen !== detailGen) return;
    detail.show(ev, art, state.focus);
  } catch (e) {
    if (gen === detailGen) detail.error(e.message || String(e));
  }
}

document.addEventListener("keydown", (e) => {
  const typing = e.target.closest && e.target.closest("input, select, textarea");
  if (e.key === "Escape" && !typing && (state.event || state.article || state.q)) {
    // back one step: from an article found by a search to the results, then to nothing
    if (state.q && (state.event || state.article)) state.event = state.article = state.focus = "";
    else state.event = state.article = state.focus = state.q = "";
    syncSearch();
    writeState(state, true);
    showDetail();
  }
});

window.addEventListener("popstate", () => {
  const before = JSON.stringify(filterParams(state)) + state.sort + state.page + state.interval;
  state = readState();
  syncForm();
  syncSearch();
  const after = JSON.stringify(filterParams(state)) + state.sort + state.page + state.interval;
  if (before !== after) reload(true);
  showDetail();
});

// ---- start ----

async function start() {
  syncForm();
  syncSearch();
  map.loadCountries("static/vendor/countries-50m.json")
    .then(() => { document.body.dataset.countries = "1"; })
    .catch((e) => { errors.set("countries", `country outlines: ${e.message}`); setStatus(); });
  try {
    const all = await track("filters", api.facets({}));
    extent = {date_min: all.date_min, date_max: all.date_max};
    for (const k of ["since", "until"]) {
      if (extent.date_min) form.elements[k].min = extent.date_min;
      if (extent.date_max) form.elements[k].max = extent.date_max;
    }
  } catch { /* shown in the status bar */ }
  await reload(true);
  await showDetail();
  document.body.dataset.ready = "1";
}

start();
