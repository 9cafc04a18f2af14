// The article view: the text with every extracted item marked where it stands (the events'
// evidence, figures, quotes, places, actors, time expressions, from /api/articles/{id}'s
// `spans`), a legend that can hide each kind, and the record's items: clicking one scrolls
// to its words. The text is only ever inserted as text nodes.
import {el, safeLink} from "./dom.js";

// Outermost first: when two spans cover the same words, the event's evidence wraps the rest.
export const FACETS = [
  ["event", "event evidence"],
  ["quote", "quote"],
  ["figure", "figure"],
  ["place", "place"],
  ["actor", "actor"],
  ["timex", "time expression"],
  ["search", "searched words"],
];
const RANK = Object.fromEntries(FACETS.map(([f], i) => [f, i]));

/**
 * Make spans nest: sorted by start (longest first), a span that crosses the end of the one
 * it starts in is cut there and its rest goes on as a continuation. The result can be
 * rendered as a tree of elements, in order.
 */
export function laminate(spans, length) {
  const cmp = (a, b) => a.start - b.start || b.end - a.end || (RANK[a.facet] ?? 9) - (RANK[b.facet] ?? 9);
  const queue = spans
    .map((s) => ({...s, start: Math.max(0, s.start), end: Math.min(length, s.end)}))
    .filter((s) => s.end > s.start)
    .sort(cmp);
  const out = [];
  const stack = [];
  while (queue.length) {
    let s = queue.shift();
    while (stack.length && stack[stack.length - 1].end <= s.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && s.end > top.end) {
      const rest = {...s, start: top.end, cont: true};
      s = {...s, end: top.end};
      let i = 0;
      while (i < queue.length && cmp(queue[i], rest) <= 0) i++;
      queue.splice(i, 0, rest);
    }
    out.push(s);
    stack.push(s);
  }
  return out;
}

/**
 * Offsets in records count code points (Python str indices); JavaScript strings count UTF-16
 * units, in which a character beyond U+FFFF (an emoji, some CJK) takes two. Returns a
 * function from a code-point offset in `text` to its UTF-16 offset.
 */
export function utf16Offset(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;   // the usual case: the same numbers
  const at = [0];
  let unit = 0;
  for (const ch of text) {   // iterates code points
    unit += ch.length;
    at.push(unit);
  }
  return (i) => at[Math.max(0, Math.min(i, at.length - 1))];
}

/** The article's text as nodes, each span a <mark>; returns {root, find(facet, id, start)}.
 * Spans come in code points (as the record gives them) and are found by those starts. */
export function markText(text, spans, focus) {
  const unit = utf16Offset(text);
  spans = spans.map((s) => ({...s, at: s.start, start: unit(s.start), end: unit(s.end)}));
  const root = el("div", {class: "article-text"});
  const byKey = new Map();
  const register = (key, node) => {
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(node);
  };
  const stack = [{node: root, end: Infinity}];
  let pos = 0;
  const emit = (node, to) => {
    if (to > pos) node.append(document.createTextNode(text.slice(pos, to)));
    pos = Math.max(pos, to);
  };
  for (const s of laminate(spans, text.length)) {
    while (stack[stack.length - 1].end <= s.start) {
      const top = stack.pop();
      emit(top.node, top.end);
    }
    emit(stack[stack.length - 1].node, s.start);
    const isFocus = focus && s.facet === "event" && s.item_id === focus;
    const mark = el("mark", {
      class: `sp sp-${s.facet}` + (isFocus ? " focus" : "") + (s.cont ? " cont" : ""),
      title: s.label ? `${s.facet}: ${s.label}` : s.facet,
      dataset: {facet: s.facet, item: s.item_id ?? "", start: s.at},
    });
    stack[stack.length - 1].node.append(mark);
    stack.push({node: mark, end: s.end});
    register(`${s.facet}#${s.item_id}`, mark);
    if (!s.cont) register(`${s.facet}@${s.at}`, mark);
  }
  while (stack.length > 1) {
    const top = stack.pop();
    emit(top.node, top.end);
  }
  emit(root, text.length);
  const find = (facet, id, start) =>
    (id !== undefined && id !== null && byKey.get(`${facet}#${id}`)) ||
    (start !== undefined && byKey.get(`${facet}@${start}`)) || [];
  return {root, find};
}

/** Render /api/articles/{id} into `box`; `focus` is the record event id to put forward. */
export function renderArticle(box, art, focus) {
  const spans = art.spans || [];
  const {root, find} = markText(art.text || "", spans, focus);
  const counts = {};
  for (const s of spans) counts[s.facet] = (counts[s.facet] || 0) + 1;

  const meta = [art.source, art.published, art.lang].filter(Boolean).join(" · ");
  const head = el("div", {class: "article-head"},
    el("h3", {}, art.title || art.id),
    el("div", {class: "muted"}, meta, art.url ? " · " : "", art.url ? safeLink(art.url, "original") : null),
  );
  const legend = el("div", {class: "facet-legend", role: "group", "aria-label": "Marked items"},
    ...FACETS.map(([facet, name]) => {
      const box2 = el("input", {type: "checkbox", checked: true, dataset: {facet}});
      box2.addEventListener("change", () => root.classList.toggle(`hide-${facet}`, !box2.checked));
      return el("label", {class: "facet-key"}, box2, el("mark", {class: `sp sp-${facet}`}, name),
        el("span", {class: "muted"}, ` ${counts[facet] || 0}`));
    }));
  const items = itemsList(art, find, spans);
  box.replaceChildren(head, legend, root, items);
  const target = focus ? find("event", focus)[0] : null;
  if (target) scrollTo(target, false);
}

/** Scroll the nearest scrolling ancestor (only it, not the page) until `node` is in view. */
function scrollTo(node, flash) {
  let pane = node.parentElement;
  while (pane && !(pane.scrollHeight > pane.clientHeight && /auto|scroll/.test(getComputedStyle(pane).overflowY))) {
    pane = pane.parentElement;
  }
  if (pane) {
    const top = node.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
    const bottom = top + node.getBoundingClientRect().height;
    const visible = top >= pane.scrollTop && bottom <= pane.scrollTop + pane.clientHeight;
    if (!visible || flash) {
      pane.scrollTo({top: Math.max(0, top - pane.clientHeight / 3), behavior: flash ? "smooth" : "auto"});
    }
  }
  if (flash) {
    node.classList.remove("flash");
    void node.offsetWidth; // restart the animation
    node.classList.add("flash");
  }
}

/** The record's items by kind; each links to its words when it has some. */
function itemsList(art, find, spans) {
  const rec = art.record || {};
  const actors = new Map((rec.actors || []).map((a) => [a.id, a.name]));
  const places = new Map((rec.places || []).map((p) => [p.id, p.name]));
  const groups = [];
  const item = (facet, id, start, ...label) => {
    const nodes = find(facet, id, start);
    const li = el("li", {class: nodes.length ? "linked" : "unlinked", tabindex: nodes.length ? 0 : null,
      title: nodes.length ? "show in the text" : "no place in the text"}, ...label);
    if (nodes.length) {
      const go = () => scrollTo(nodes[0], true);
      li.addEventListener("click", go);
      li.addEventListener("keydown", (e) => { if (e.key === "Enter") go(); });
    }
    return li;
  };
  const start = (x) => (x.span ? x.span[0] : x.mentions && x.mentions.length ? x.mentions[0][0] : undefined);
  const group = (title, facet, list, label) => {
    if (!list || !list.length) return;
    groups.push(el("div", {class: "item-group"},
      el("h4", {}, el("mark", {class: `sp sp-${facet}`}, title), ` (${list.length})`),
      el("ul", {}, ...list.map((x) => item(facet, x.id, start(x), ...label(x))))));
  };
  if (art.record) {
    group("Events", "event", rec.events, (e) => [
      el("strong", {}, e.type), e.mode ? ` ${e.mode}` : "", ` · ${e.status || ""}`, e.date ? ` · ${e.date}` : "",
      e.place && places.get(e.place) ? ` · ${places.get(e.place)}` : "",
      e.source && actors.get(e.source) ? ` · by ${actors.get(e.source)}` : ""]);
    group("Figures", "figure", rec.figures, (f) => [
      el("strong", {}, `${f.kind} ${f.best ?? "?"}`), f.group ? ` ${f.group}` : "",
      f.qualifier ? ` (${f.qualifier})` : "",
      f.reported_by && actors.get(f.reported_by) ? ` · according to ${actors.get(f.reported_by)}` : ""]);
    group("Quotes", "quote", rec.quotes, (q) => [
      el("strong", {}, q.speaker_text || actors.get(q.speaker) || "unattributed"), `: “${q.text || ""}”`]);
    group("Places", "place", rec.places, (p) => [
      el("strong", {}, p.name), [p.feature, p.admin1, p.country].filter(Boolean).length
        ? ` · ${[p.feature, p.admin1, p.country].filter(Boolean).join(", ")}` : ""]);
    group("Actors", "actor", rec.actors, (a) => [
      el("strong", {}, a.name), [a.kind, a.country].filter(Boolean).length
        ? ` · ${[a.kind, a.country].filter(Boolean).join(", ")}` : ""]);
    group("Time expressions", "timex", rec.timexes, (t) => [el("strong", {}, t.text || ""), ` → ${t.value ?? "?"}`]);
  } else {
    for (const [facet, name] of FACETS) {
      const seen = new Map();
      for (const s of spans) if (s.facet === facet && !seen.has(s.item_id)) seen.set(s.item_id, s);
      group(name, facet, [...seen.values()].map((s) => ({id: s.item_id, span: [s.start, s.end], label: s.label})),
        (x) => [x.label || x.id || ""]);
    }
  }
  return el("div", {class: "items"}, el("h3", {}, "Extracted items"), ...groups);
}
