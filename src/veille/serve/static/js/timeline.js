// The timeline: events per day or week (bars stacked by PLOVER type, left axis) and their
// summed best tolls (dark line, right axis), drawn on a canvas. Dragging across it selects a
// date range, clicking a bar selects its period: both call onRange(since, until). From the
// keyboard: arrows move the selection a period, shift+arrows extend or shrink it, Home/End
// jump to the ends, Enter applies it, Escape drops it; a live region reads it out.
import {typeColor} from "./dom.js";

const DAY = 86400000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function parseDay(s) {
  const [y, m, d] = s.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

export function formatDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}

function monday(t) {
  const wd = (new Date(t).getUTCDay() + 6) % 7;
  return t - wd * DAY;
}

/** "week" when the store spans more than four months, else "day". */
export function autoInterval(dateMin, dateMax) {
  if (!dateMin || !dateMax) return "day";
  return parseDay(dateMax) - parseDay(dateMin) > 120 * DAY ? "week" : "day";
}

export class Timeline {
  constructor(canvas, tip, onRange, announce = null) {
    this.canvas = canvas;
    this.announce = announce;
    this.pending = null; // a keyboard selection not applied yet: [first, last] period starts
    this.tip = tip;
    this.onRange = onRange;
    this.periods = [];
    this.range = null; // [since, until] in ms, days included
    this.drag = null;
    this.m = {left: 36, right: 44, top: 18, bottom: 22};
    new ResizeObserver(() => this.draw()).observe(canvas.parentElement);
    canvas.addEventListener("pointerdown", (e) => this.down(e));
    canvas.addEventListener("pointermove", (e) => this.move(e));
    canvas.addEventListener("pointerup", (e) => this.up(e));
    canvas.addEventListener("pointerleave", () => { this.tip.hidden = true; });
    canvas.tabIndex = 0;
    canvas.setAttribute("role", "application");
    canvas.setAttribute("aria-roledescription", "timeline");
    canvas.addEventListener("keydown", (e) => this.key(e));
    canvas.addEventListener("blur", () => { if (this.pending) { this.pending = null; this.draw(); } });
  }

  /** Keyboard use: see the header. */
  key(e) {
    if (this.t0 === undefined) return;
    const last = this.snap(this.t1 - DAY);
    const clamp = (t) => Math.min(last, Math.max(this.t0, t));
    if (!this.pending) {
      const start = this.range ? this.snap(this.range[0]) : last;
      const end = this.range ? this.snap(this.range[1]) : start;
      this.pending = [start, end];
    }
    let [a, b] = this.pending;
    const step = (t, n) => this.snap(clamp(t + n * this.step + (this.interval === "week" ? DAY : 0)));
    switch (e.key) {
      case "ArrowLeft":
      case "ArrowRight": {
        const n = e.key === "ArrowLeft" ? -1 : 1;
        if (e.shiftKey) b = Math.max(a, step(b, n));          // the end moves, the start stays
        else { const w = b - a; a = step(a, n); b = clamp(a + w); }
        break;
      }
      case "Home": { const w = b - a; a = this.t0; b = clamp(a + w); break; }
      case "End": { const w = b - a; b = last; a = Math.max(this.t0, b - w); break; }
      case "Enter": {
        const since = a, until = this.periodAt(b)[1];
        this.pending = null;
        this.range = [since, until];
        this.draw();
        this.onRange(formatDay(since), formatDay(until));
        this.say(`Applied ${formatDay(since)} to ${formatDay(until)}.`);
        e.preventDefault();
        return;
      }
      case "Escape":
        this.pending = null;
        this.draw();
        this.say("Selection dropped.");
        return;
      default:
        return;
    }
    e.preventDefault();
    this.pending = [a, b];
    this.draw();
    const until = this.periodAt(b)[1];
    const inside = this.periods.filter((p) => p.t >= a && p.t <= b);
    const events = inside.reduce((n, p) => n + p.events, 0), killed = inside.reduce((n, p) => n + p.fatalities, 0);
    this.say(`${formatDay(a)} to ${formatDay(until)}: ${events} event${events === 1 ? "" : "s"}, ${killed} killed. Enter applies.`);
  }

  say(text) {
    this.canvas.dataset.selection = text;
    if (this.announce) this.announce.textContent = text;
  }

  /** series: /api/timeseries's rows; [dateMin, dateMax]: the axis; range: the selected days or null. */
  setData(series, interval, dateMin, dateMax, range) {
    this.interval = interval;
    this.step = interval === "week" ? 7 * DAY : DAY;
    const by = new Map();
    for (const r of series) {
      const t = parseDay(r.period);
      if (!by.has(t)) by.set(t, {t, events: 0, fatalities: 0, types: new Map()});
      const p = by.get(t);
      p.events += r.events;
      p.fatalities += r.fatalities || 0;
      p.types.set(r.type, (p.types.get(r.type) || 0) + r.events);
    }
    this.periods = [...by.values()].sort((a, b) => a.t - b.t);
    let lo = dateMin ? parseDay(dateMin) : null;
    let hi = dateMax ? parseDay(dateMax) : null;
    for (const p of this.periods) {
      lo = lo === null ? p.t : Math.min(lo, p.t);
      hi = hi === null ? p.t : Math.max(hi, p.t);
    }
    if (lo === null) { lo = Date.now() - 30 * DAY; hi = Date.now(); }
    this.t0 = this.snap(lo);
    this.t1 = this.snap(hi) + this.step;
    this.setRange(range);
  }

  setRange(range) {
    this.range = range && (range[0] || range[1])
      ? [range[0] ? parseDay(range[0]) : this.t0, range[1] ? parseDay(range[1]) : this.t1 - DAY] : null;
    this.draw();
  }

  snap(t) {
    return this.interval === "week" ? monday(t) : t;
  }

  x(t) {
    const w = this.width - this.m.left - this.m.right;
    return this.m.left + ((t - this.t0) / (this.t1 - this.t0)) * w;
  }

  timeAt(px) {
    const w = this.width - this.m.left - this.m.right;
    const t = this.t0 + ((px - this.m.left) / w) * (this.t1 - this.t0);
    return Math.min(this.t1 - DAY, Math.max(this.t0, Math.floor(t / DAY) * DAY));
  }

  draw() {
    const c = this.canvas;
    const box = c.parentElement.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.width = Math.max(200, Math.floor(box.width));
    this.height = Math.max(80, Math.floor(box.height));
    c.width = this.width * dpr;
    c.height = this.height * dpr;
    c.style.width = this.width + "px";
    c.style.height = this.height + "px";
    const g = c.getContext("2d");
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, this.width, this.height);
    if (this.t0 === undefined) return;
    const {left, right, top, bottom} = this.m;
    const y0 = this.height - bottom, h = y0 - top;
    const maxE = Math.max(1, ...this.periods.map((p) => p.events));
    const maxF = Math.max(1, ...this.periods.map((p) => p.fatalities));
    g.font = "11px system-ui, sans-serif";
    g.textBaseline = "middle";

    // gridlines and left axis (events)
    g.strokeStyle = "#e3e3e3";
    g.fillStyle = "#666";
    g.lineWidth = 1;
    for (const v of ticks(maxE)) {
      const y = y0 - (v / maxE) * h;
      g.beginPath(); g.moveTo(left, Math.round(y) + 0.5); g.lineTo(this.width - right, Math.round(y) + 0.5); g.stroke();
      g.textAlign = "right"; g.fillText(String(v), left - 5, y);
    }
    g.textAlign = "right";
    g.fillStyle = "#333";
    // right axis (fatalities)
    g.textAlign = "left";
    g.fillStyle = "#222";
    for (const v of ticks(maxF)) g.fillText(String(v), this.width - right + 5, y0 - (v / maxF) * h);

    // bars stacked by type
    for (const p of this.periods) {
      const xa = this.x(p.t), xb = this.x(p.t + this.step);
      const bw = Math.max(1.5, xb - xa - 1);
      let y = y0;
      for (const [type, n] of [...p.types.entries()].sort()) {
        const bh = (n / maxE) * h;
        g.fillStyle = typeColor(type);
        g.globalAlpha = 0.75;
        g.fillRect(xa + 0.5, y - bh, bw, bh);
        y -= bh;
      }
      g.globalAlpha = 1;
    }
    // fatalities: dots joined by a line, at each period's middle
    const pts = this.periods.filter((p) => p.fatalities > 0)
      .map((p) => [this.x(p.t + this.step / 2), y0 - (p.fatalities / maxF) * h, p.t]);
    g.strokeStyle = "#222"; g.fillStyle = "#222"; g.lineWidth = 1.25;
    // a line only between adjacent periods: a gap means no event, not a trend
    for (let i = 1; i < pts.length; i++) {
      if (pts[i][2] - pts[i - 1][2] !== this.step) continue;
      g.beginPath(); g.moveTo(pts[i - 1][0], pts[i - 1][1]); g.lineTo(pts[i][0], pts[i][1]); g.stroke();
    }
    for (const [x, y] of pts) { g.beginPath(); g.arc(x, y, 2.5, 0, 2 * Math.PI); g.fill(); }

    // x axis and date labels
    g.strokeStyle = "#999";
    g.beginPath(); g.moveTo(left, y0 + 0.5); g.lineTo(this.width - right, y0 + 0.5); g.stroke();
    g.fillStyle = "#555"; g.textAlign = "center";
    for (const [t, label] of this.labels()) {
      const x = this.x(t);
      g.beginPath(); g.moveTo(x, y0); g.lineTo(x, y0 + 4); g.stroke();
      g.fillText(label, x, y0 + 13);
    }
    // axis captions
    g.save(); g.fillStyle = "#888"; g.textAlign = "left";
    g.fillText("events", 2, 7);
    g.textAlign = "right"; g.fillText("killed ●", this.width - 2, 7);
    g.restore();

    // selected range (or the one being dragged)
    const sel = this.drag ? this.dragRange()
      : this.pending ? [this.pending[0], this.periodAt(this.pending[1])[1]] : this.range;
    if (sel) {
      const xa = Math.max(left, this.x(sel[0])), xb = Math.min(this.width - right, this.x(sel[1] + DAY));
      g.fillStyle = "rgba(255,255,255,0.6)";
      g.fillRect(left, top, Math.max(0, xa - left), h);
      g.fillRect(xb, top, Math.max(0, this.width - right - xb), h);
      g.fillStyle = "rgba(30,110,200,0.12)";
      g.fillRect(xa, top, Math.max(1, xb - xa), h);
      g.strokeStyle = "#1e6ec8"; g.lineWidth = 1.5;
      g.strokeRect(xa, top, Math.max(1, xb - xa), h);
    }
  }

  labels() {
    const span = (this.t1 - this.t0) / DAY;
    const out = [];
    const d = new Date(this.t0);
    if (span > 62) {
      // first of each month (every other month, or quarter, when crowded)
      const every = span > 900 ? 6 : span > 400 ? 3 : span > 200 ? 2 : 1;
      let y = d.getUTCFullYear(), m = d.getUTCMonth() + 1;
      for (;;) {
        if (m > 11) { y += 1; m = 0; }
        const t = Date.UTC(y, m, 1);
        if (t >= this.t1) break;
        if (m % every === 0) out.push([t, m === 0 ? String(y) : MONTHS[m]]);
        m += 1;
      }
    } else {
      const every = Math.max(1, Math.ceil(span / Math.max(2, (this.width - 80) / 60)));
      for (let t = this.t0, i = 0; t < this.t1; t += DAY, i++) {
        if (i % every === 0) {
          const dd = new Date(t);
          out.push([t, `${dd.getUTCDate()} ${MONTHS[dd.getUTCMonth()]}`]);
        }
      }
    }
    return out;
  }

  periodAt(t) {
    const start = this.snap(t);
    return [start, start + this.step - DAY];
  }

  dragRange() {
    const a = Math.min(this.drag.a, this.drag.b), b = Math.max(this.drag.a, this.drag.b);
    return [this.periodAt(a)[0], this.periodAt(b)[1]];
  }

  down(e) {
    if (e.button !== 0 || this.t0 === undefined) return;
    const px = e.offsetX;
    this.drag = {x: px, a: this.timeAt(px), b: this.timeAt(px), moved: false};
    this.canvas.setPointerCapture(e.pointerId);
  }

  move(e) {
    if (this.t0 === undefined) return;
    if (this.drag) {
      if (Math.abs(e.offsetX - this.drag.x) > 3) this.drag.moved = true;
      this.drag.b = this.timeAt(e.offsetX);
      this.draw();
    }
    this.showTip(e.offsetX, e.offsetY);
  }

  up(e) {
    if (!this.drag) return;
    const drag = this.drag;
    this.drag = null;
    if (this.canvas.hasPointerCapture(e.pointerId)) this.canvas.releasePointerCapture(e.pointerId);
    drag.b = this.timeAt(e.offsetX);
    const [a, b] = drag.moved ? [Math.min(drag.a, drag.b), Math.max(drag.a, drag.b)] : [drag.a, drag.a];
    const since = this.periodAt(a)[0], until = this.periodAt(b)[1];
    this.range = [since, until];
    this.draw();
    this.onRange(formatDay(since), formatDay(until));
  }

  showTip(px, py) {
    const t = this.timeAt(px);
    const start = this.snap(t);
    const p = this.periods.find((q) => q.t === start);
    if (px < this.m.left || px > this.width - this.m.right) { this.tip.hidden = true; return; }
    const label = this.interval === "week" ? `week of ${formatDay(start)}` : formatDay(start);
    const lines = [label, p ? `${p.events} event${p.events === 1 ? "" : "s"}, ${p.fatalities} killed` : "no event"];
    if (p) for (const [type, n] of [...p.types.entries()].sort((a, b) => b[1] - a[1])) lines.push(`${type}: ${n}`);
    this.tip.textContent = lines.join("\n");
    this.tip.hidden = false;
    const left = Math.min(px + 12, this.width - 170);
    this.tip.style.left = `${Math.max(0, left)}px`;
    this.tip.style.top = `${Math.max(0, py - 10)}px`;
  }
}

function ticks(max) {
  if (max <= 1) return [0, 1];
  const raw = max / 3;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw);
  const out = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}
