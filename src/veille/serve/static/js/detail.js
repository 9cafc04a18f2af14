// The detail panel: one merged event (what, where, when, the toll's range) and its reports,
// source by source with each source's toll; choosing a report opens its article below.
import {el, swatch, typeColor, toll, dateRange, place} from "./dom.js";
import {renderArticle} from "./article.js";

export class Detail {
  /** onArticle(articleId, eventId): a report was chosen; onClose(): the panel was closed. */
  constructor(box, {onArticle, onClose}) {
    this.box = box;
    this.onArticle = onArticle;
    this.onClose = onClose;
    this.placeholder = [...box.childNodes];
  }

  clear() {
    this.box.replaceChildren(...this.placeholder);
  }

  loading(what) {
    this.box.replaceChildren(el("p", {class: "placeholder"}, `Loading ${what}…`));
  }

  error(message) {
    this.box.replaceChildren(el("div", {class: "detail-bar"}, el("span", {class: "error"}, message), this.closeButton()));
  }

  closeButton() {
    return el("button", {type: "button", class: "small close", title: "Close", "aria-label": "Close the detail",
      onclick: () => this.onClose()}, "×");
  }

  /** The articles a search found (/api/articles?q=), best match first; onOpen(articleId). */
  results(q, answer, onOpen) {
    const rows = answer.items.map((a) => {
      const tr = el("tr", {tabindex: 0, dataset: {articleId: a.id}},
        el("td", {class: "title"}, a.title || a.id),
        el("td", {}, a.source || ""),
        el("td", {class: "date"}, a.published || ""),
        el("td", {class: "num"}, String(a.n_events)));
      tr.addEventListener("click", () => onOpen(a.id));
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") onOpen(a.id); });
      return tr;
    });
    const shown = answer.total > answer.items.length ? ` (the first ${answer.items.length})` : "";
    this.box.replaceChildren(
      el("div", {class: "detail-bar"},
        // total_capped: more match than the server ranked, total is "at least"
        el("h2", {}, `${answer.total}${answer.total_capped ? "+" : ""} article${answer.total === 1 ? "" : "s"} for “${q}”${shown}`),
        this.closeButton()),
      rows.length
        ? el("table", {class: "events search-results"},
          el("thead", {}, el("tr", {}, el("th", {}, "Article"), el("th", {}, "Source"), el("th", {}, "Published"),
            el("th", {class: "num", title: "events extracted"}, "Ev."))),
          el("tbody", {}, ...rows))
        : el("p", {class: "placeholder"}, "No article holds every word."));
    this.box.scrollTop = 0;
  }

  /** Show event `ev` (/api/events/{id}) with `article` (/api/articles/{id}) or none yet. */
  show(ev, article, focus) {
    const parts = [];
    if (ev) {
      parts.push(eventHead(ev, this.closeButton()));
      parts.push(reportsTable(ev, article ? article.id : null, focus, (r) => this.onArticle(r.article_id, r.event_id)));
    } else {
      parts.push(el("div", {class: "detail-bar"}, el("span", {class: "muted"}, "Article"), this.closeButton()));
    }
    const artBox = el("section", {class: "article", "aria-label": "Article"});
    parts.push(artBox);
    this.box.replaceChildren(...parts);
    this.box.scrollTop = 0;
    if (article) renderArticle(artBox, article, focus);
    else if (ev) artBox.append(el("p", {class: "placeholder"}, "Choose a report to read its article."));
  }
}

function eventHead(ev, close) {
  const actors = [ev.source_actor, ev.target_actor].filter(Boolean);
  const acled = [ev.acled_event_type, ev.acled_sub_event_type].filter(Boolean).join(" / ");
  return el("div", {class: "event-head"},
    el("div", {class: "detail-bar"},
      el("h2", {}, swatch(typeColor(ev.type), true), " ", ev.type, ev.mode ? ` · ${ev.mode}` : "",
        el("span", {class: "muted"}, ` ${ev.status || ""}`)),
      close),
    el("dl", {class: "facts"},
      el("dt", {}, "When"), el("dd", {}, dateRange(ev.date_start, ev.date_end)),
      el("dt", {}, "Where"), el("dd", {}, place(ev) || "?", ev.admin1 && ev.admin1 !== ev.location
        ? el("span", {class: "muted"}, ` (${ev.admin1})`) : null),
      el("dt", {}, "Killed"), el("dd", {class: "toll"},
        toll(ev.fatalities_low, ev.fatalities_best, ev.fatalities_high),
        el("span", {class: "muted"}, "  low–best–high")),
      actors.length ? el("dt", {}, "Actors") : null,
      actors.length ? el("dd", {}, ev.source_actor || "?", ev.target_actor ? ` → ${ev.target_actor}` : "") : null,
      acled ? el("dt", {}, "ACLED") : null, acled ? el("dd", {}, acled) : null,
      el("dt", {}, "Reports"), el("dd", {}, `${ev.n_reports} from ${ev.n_sources} source${ev.n_sources === 1 ? "" : "s"}`),
    ));
}

function figuresText(figs) {
  return (figs || []).map((f) => {
    const v = f.low !== null && f.high !== null && f.low !== undefined && f.low !== f.high
      ? `${f.low}–${f.high}` : String(f.best ?? "?");
    return `${f.kind} ${v}${f.group ? " " + f.group : ""}${f.qualifier ? " (" + f.qualifier + ")" : ""}`;
  }).join("; ");
}

function reportsTable(ev, openArticle, focus, onPick) {
  const reports = [...(ev.reports || [])].sort((a, b) =>
    String(a.source || "").localeCompare(String(b.source || "")) ||
    String(a.published || "").localeCompare(String(b.published || "")));
  const rows = reports.map((r) => {
    const open = r.article_id === openArticle && (!focus || r.event_id === focus);
    const tr = el("tr", {tabindex: 0, class: open ? "selected" : null,
      dataset: {articleId: r.article_id, eventId: r.event_id}},
      el("td", {}, r.source || "?"),
      el("td", {class: "date"}, r.published || ""),
      el("td", {class: "title"}, el("div", {}, r.title || r.article_id),
        r.evidence ? el("div", {class: "evidence muted"}, `“${r.evidence}”`) : null,
        r.figures && r.figures.length ? el("div", {class: "figs muted"}, figuresText(r.figures)) : null),
      el("td", {class: "num toll", title: r.counted ? "this source's standing toll" : "superseded or not counted"},
        r.fatalities ?? "?", r.counted ? el("span", {class: "counted", "aria-label": "counted"}, " ✓") : null),
      el("td", {}, r.reported_by || ""));
    tr.addEventListener("click", () => onPick(r));
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") onPick(r); });
    return tr;
  });
  return el("div", {class: "reports"},
    el("h3", {}, "Reports by source"),
    el("table", {class: "events reports-table"},
      el("thead", {}, el("tr", {}, el("th", {}, "Source"), el("th", {}, "Published"), el("th", {}, "Article"),
        el("th", {class: "num", title: "this report's toll; ✓ counted in the event's range"}, "Killed"),
        el("th", {}, "According to"))),
      el("tbody", {}, ...rows)));
}
