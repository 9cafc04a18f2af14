// A small SVG line chart of toll series: a line per source over time, revisions ringed and
// labelled with their change. Built with createElementNS and textContent only: labels from
// the store are text, never markup.

const NS = "http://www.w3.org/2000/svg";
export const SOURCE_COLORS = ["#1e6ec8", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"];

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function day(s) {
  const t = Date.parse((s || "").slice(0, 10) + "T00:00:00Z");
  return Number.isNaN(t) ? null : t;
}

/** The chart of one series (an /api/series item) as an <svg> element. */
export function seriesChart(series, {width = 420, height = 190} = {}) {
  const pad = {left: 46, right: 14, top: 12, bottom: 26};
  const pts = series.lines.flatMap((ln) => ln.points.map((p) => ({...p, t: day(p.date)}))).filter((p) => p.t !== null);
  const svg = svgEl("svg", {viewBox: `0 0 ${width} ${height}`, role: "img", class: "series-chart"});
  svg.append(svgEl("title", {}, series.title));
  if (!pts.length) return svg;
  let t0 = Math.min(...pts.map((p) => p.t)), t1 = Math.max(...pts.map((p) => p.t));
  if (t0 === t1) { t0 -= 86400000; t1 += 86400000; }
  const vmax = Math.max(...pts.map((p) => p.value)) * 1.1 || 1;
  const x = (t) => pad.left + (t - t0) / (t1 - t0) * (width - pad.left - pad.right);
  const y = (v) => height - pad.bottom - v / vmax * (height - pad.top - pad.bottom);
  // axes: zero line, top value, first and last day
  svg.append(svgEl("line", {x1: pad.left, x2: width - pad.right, y1: y(0), y2: y(0), stroke: "#bbb"}));
  svg.append(svgEl("line", {x1: pad.left, x2: pad.left, y1: pad.top, y2: y(0), stroke: "#bbb"}));
  svg.append(svgEl("text", {x: pad.left - 4, y: y(0) + 3, "text-anchor": "end"}, "0"));
  const top = Math.max(...pts.map((p) => p.value));
  svg.append(svgEl("text", {x: pad.left - 4, y: y(top) + 3, "text-anchor": "end"}, top.toLocaleString("en")));
  svg.append(svgEl("line", {x1: pad.left, x2: width - pad.right, y1: y(top), y2: y(top), stroke: "#eee"}));
  const first = new Date(t0).toISOString().slice(0, 10), last = new Date(t1).toISOString().slice(0, 10);
  svg.append(svgEl("text", {x: pad.left, y: height - 8, "text-anchor": "start"}, first));
  svg.append(svgEl("text", {x: width - pad.right, y: height - 8, "text-anchor": "end"}, last));
  series.lines.forEach((ln, i) => {
    const color = SOURCE_COLORS[i % SOURCE_COLORS.length];
    const p = ln.points.map((q) => ({...q, t: day(q.date)})).filter((q) => q.t !== null);
    const g = svgEl("g", {class: "line", "data-source": ln.source});
    if (p.length > 1) {
      g.append(svgEl("polyline", {points: p.map((q) => `${x(q.t).toFixed(1)},${y(q.value).toFixed(1)}`).join(" "),
        fill: "none", stroke: color, "stroke-width": 2}));
    }
    for (const q of p) {
      const dot = svgEl("circle", {cx: x(q.t), cy: y(q.value), r: 3.5, fill: color, class: "point"});
      const change = q.revision ? ` (revised ${q.revision > 0 ? "+" : ""}${q.revision})` : "";
      dot.append(svgEl("title", {}, `${ln.source}, ${q.date}: ${q.value.toLocaleString("en")}${change}` +
        (q.evidence ? ` — “${q.evidence}”` : "")));
      g.append(dot);
      if (q.revision) {
        g.append(svgEl("circle", {cx: x(q.t), cy: y(q.value), r: 7, fill: "none", stroke: "#b00020",
          "stroke-width": 1.5, class: "revision"}));
        const nearRight = x(q.t) > width - pad.right - 30;    // keep the label inside the chart
        g.append(svgEl("text", {x: x(q.t) + (nearRight ? -9 : 9), y: y(q.value) - 6, class: "revision-label",
          "text-anchor": nearRight ? "end" : "start"},
          `${q.revision > 0 ? "+" : ""}${q.revision}`));
      }
    }
    svg.append(g);
  });
  return svg;
}
