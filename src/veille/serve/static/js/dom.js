// DOM building and formatting. Everything from the store is untrusted: it only ever reaches
// the page through text nodes (textContent) and attribute values set one by one, never as
// markup. No function here parses HTML.

/** el("td", {class: "num", title: t}, child, "text", ...): an element; strings become text nodes. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A link only for http(s) URLs; anything else (javascript:, data:...) stays plain text. */
export function safeLink(url, text) {
  let ok = false;
  try {
    const u = new URL(url);
    ok = u.protocol === "http:" || u.protocol === "https:";
  } catch { /* not a URL */ }
  if (!ok) return document.createTextNode(text || url || "");
  return el("a", {href: url, target: "_blank", rel: "noopener noreferrer nofollow", referrerpolicy: "no-referrer"},
    text || url);
}

// PLOVER types: violent ones warm, verbal and cooperative ones cool.
export const TYPE_COLORS = {
  ASSAULT: "#d62728", COERCE: "#ff7f0e", THREATEN: "#e7298a", MOBILIZE: "#8c564b",
  PROTEST: "#9467bd", SANCTION: "#bcbd22", REJECT: "#7f7f7f", ACCUSE: "#b07aa1",
  REQUEST: "#17becf", RETREAT: "#66a61e", AID: "#2ca02c", COOPERATE: "#1f77b4",
  CONCEDE: "#4e79a7", SUPPORT: "#59a14f", CONSULT: "#76b7b2", AGREE: "#3b3b98",
};

export function typeColor(type) {
  return TYPE_COLORS[type] || "#555555";
}

export function swatch(color, round) {
  const s = el("span", {class: round ? "swatch round" : "swatch", "aria-hidden": "true"});
  s.style.background = color;
  return s;
}

/** "12–15–18", "15", "?" for an unknown toll. */
export function toll(low, best, high) {
  if (best === null || best === undefined) return "?";
  const lo = low ?? best, hi = high ?? best;
  if (lo === best && hi === best) return String(best);
  return `${lo}–${best}–${hi}`;
}

export function dateRange(start, end) {
  if (!start) return "undated";
  return end && end !== start ? `${start} → ${end}` : start;
}

export function place(ev) {
  const parts = [ev.location, ev.country_name || ev.country].filter(Boolean);
  // "Kidal, Mali"; avoid "Mali, Mali" when the place is the country
  return parts.length === 2 && parts[0] === parts[1] ? parts[0] : parts.join(", ");
}
