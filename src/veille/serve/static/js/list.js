// The event list: one row per merged event, sortable by date or toll, paged.
import {el, swatch, typeColor, toll, dateRange, place} from "./dom.js";

export const PAGE_SIZE = 50;

export class EventList {
  /** onSelect(eventId), onSort(sort), onPage(page) */
  constructor(table, {count, pageLabel, prev, next}, {onSelect, onSort, onPage}) {
    this.tbody = table.tBodies[0];
    this.table = table;
    this.count = count;
    this.pageLabel = pageLabel;
    this.prev = prev;
    this.next = next;
    this.onSelect = onSelect;
    this.page = 0;
    this.pages = 1;
    for (const b of table.querySelectorAll("button.sort")) {
      b.addEventListener("click", () => {
        const key = b.dataset.sort;
        // first click: newest / deadliest first; second: the other way
        const cur = this.sort || "-date";
        onSort(cur === "-" + key ? key : "-" + key);
      });
    }
    prev.addEventListener("click", () => this.page > 0 && onPage(this.page - 1));
    next.addEventListener("click", () => this.page + 1 < this.pages && onPage(this.page + 1));
    this.tbody.addEventListener("click", (e) => {
      const tr = e.target.closest("tr[data-event-id]");
      if (tr) onSelect(tr.dataset.eventId);
    });
    this.tbody.addEventListener("keydown", (e) => {
      const tr = e.target.closest("tr[data-event-id]");
      if (tr && (e.key === "Enter" || e.key === " ")) {
        e.preventDefault();
        onSelect(tr.dataset.eventId);
      }
    });
  }

  /** Show one page: `answer` is /api/events's {total, limit, offset, items}. */
  render(answer, {sort, page, selected}) {
    this.sort = sort;
    this.page = page;
    this.pages = Math.max(1, Math.ceil(answer.total / PAGE_SIZE));
    for (const b of this.table.querySelectorAll("button.sort")) {
      const key = b.dataset.sort;
      const dir = sort === key ? "ascending" : sort === "-" + key ? "descending" : null;
      b.closest("th").setAttribute("aria-sort", dir || "none");
      b.dataset.dir = dir || "";
    }
    const rows = answer.items.map((ev) => {
      const tr = el("tr", {tabindex: 0, dataset: {eventId: ev.id}, class: ev.id === selected ? "selected" : null},
        el("td", {class: "date"}, dateRange(ev.date_start, ev.date_end)),
        el("td", {class: "type"}, swatch(typeColor(ev.type), true), " ", ev.type,
          ev.mode ? el("span", {class: "muted"}, ` ${ev.mode}`) : null),
        el("td", {class: "place"}, place(ev)),
        el("td", {class: "num toll", title: "killed: low–best–high"},
          toll(ev.fatalities_low, ev.fatalities_best, ev.fatalities_high)),
        el("td", {class: "num", title: (ev.sources || []).join(", ")}, String(ev.n_sources ?? "")));
      return tr;
    });
    if (!rows.length) {
      rows.push(el("tr", {}, el("td", {colspan: 5, class: "empty"}, "No event matches these filters.")));
    }
    this.tbody.replaceChildren(...rows);
    const first = answer.total ? answer.offset + 1 : 0;
    const last = answer.offset + answer.items.length;
    this.count.textContent = `${answer.total} event${answer.total === 1 ? "" : "s"}`;
    this.pageLabel.textContent = answer.total ? `${first}–${last}` : "";
    this.prev.disabled = page <= 0;
    this.next.disabled = page + 1 >= this.pages;
  }

  highlight(id) {
    for (const tr of this.tbody.querySelectorAll("tr[data-event-id]")) {
      const on = tr.dataset.eventId === id;
      tr.classList.toggle("selected", on);
      if (on) tr.scrollIntoView({block: "nearest"});
    }
  }

  showError(message) {
    this.tbody.replaceChildren(el("tr", {}, el("td", {colspan: 5, class: "empty error"}, message)));
    this.count.textContent = "";
    this.pageLabel.textContent = "";
  }
}
