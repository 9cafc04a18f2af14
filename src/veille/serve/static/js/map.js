// The map: Natural Earth country outlines (vendored world-atlas TopoJSON, no tile server)
// and one circle marker per merged event, area proportional to its best toll, coloured by
// PLOVER type. Above CLUSTER_ABOVE markers they are grouped into clusters (the vendored
// Leaflet.markercluster) that split as one zooms in. Popups and tooltips get DOM nodes,
// never strings (Leaflet would parse those).
import {el, swatch, typeColor, toll, dateRange, place} from "./dom.js";

const L = window.L;
// a few hundred circles stay readable on their own; thousands become a carpet: cluster them
export const CLUSTER_ABOVE = 1000;

export function radius(fatalities) {
  if (fatalities === null || fatalities === undefined) return 5;
  return 5 + 2.2 * Math.sqrt(Math.max(0, fatalities));
}

export class EventMap {
  /** onSelect(eventId) is called when a marker is clicked. */
  constructor(container, onSelect) {
    this.onSelect = onSelect;
    this.map = L.map(container, {
      center: [15, 20], zoom: 2, minZoom: 1, maxZoom: 10,
      worldCopyJump: false, maxBounds: [[-85, -240], [85, 240]], maxBoundsViscosity: 0.8,
      attributionControl: false, zoomSnap: 0.25,
    });
    L.control.attribution({prefix: false}).addAttribution("Boundaries: Natural Earth").addTo(this.map);
    L.control.scale({imperial: false}).addTo(this.map);
    this.map.createPane("countries").style.zIndex = 350;
    this.plain = L.layerGroup();
    this.clusters = L.markerClusterGroup({
      chunkedLoading: true, maxClusterRadius: 45, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
      disableClusteringAtZoom: 9,
    });
    this.markers = this.plain.addTo(this.map);
    this.byId = new Map();
    this.selected = null;
    this.legend = L.control({position: "bottomright"});
    this.legend.onAdd = () => {
      this.legendBox = el("div", {class: "legend", "aria-label": "Legend"});
      L.DomEvent.disableClickPropagation(this.legendBox);
      return this.legendBox;
    };
    this.legend.addTo(this.map);
    this.fitted = false;
  }

  /** Draw the country outlines from the vendored TopoJSON. */
  async loadCountries(url) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`countries: ${res.status}`);
    const topo = await res.json();
    const geo = window.topojson.feature(topo, topo.objects.countries);
    L.geoJSON(geo, {
      pane: "countries", interactive: false,
      style: {className: "country", color: "#9aa5ad", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1},
    }).addTo(this.map);
  }

  /** Replace the markers with these events; fit the view to them when `fit`. */
  setEvents(events, fit) {
    this.plain.clearLayers();
    this.clusters.clearLayers();
    const group = events.length > CLUSTER_ABOVE ? this.clusters : this.plain;
    if (group !== this.markers) {
      this.map.removeLayer(this.markers);
      this.markers = group.addTo(this.map);
    }
    this.byId.clear();
    const layers = [];
    // big circles first so that small ones stay clickable on top of them
    const sorted = events.filter((e) => e.lat !== null && e.lon !== null && e.lat !== undefined)
      .sort((a, b) => (b.fatalities_best ?? -1) - (a.fatalities_best ?? -1));
    for (const ev of sorted) {
      const color = typeColor(ev.type);
      const known = ev.fatalities_best !== null && ev.fatalities_best !== undefined;
      const m = L.circleMarker([ev.lat, ev.lon], {
        radius: radius(ev.fatalities_best), color, weight: 1.5, opacity: 0.95,
        fillColor: color, fillOpacity: known ? 0.45 : 0.08, className: "ev-marker",
      });
      m.bindTooltip(tooltip(ev), {direction: "top", offset: [0, -4], opacity: 0.95});
      m.on("click", () => this.onSelect(ev.id));
      m.on("add", () => {
        const path = m.getElement();
        if (path) path.dataset.eventId = ev.id;
      });
      layers.push(m);
      this.byId.set(ev.id, m);
    }
    // one call: the cluster group then clusters them all at once (chunked, without freezing)
    if (group === this.clusters) group.addLayers(layers);
    else for (const m of layers) m.addTo(group);
    this.renderLegend(events);
    if (fit || !this.fitted) this.fit(sorted);
    this.highlight(this.selected);
  }

  /** The view as a bbox parameter: min_lon,min_lat,max_lon,max_lat (longitudes kept in range). */
  viewBox() {
    const b = this.map.getBounds();
    const west = Math.max(-180, b.getWest()), east = Math.min(180, b.getEast());
    const r = (x) => x.toFixed(4);
    return [r(west), r(Math.max(-90, b.getSouth())), r(east), r(Math.min(90, b.getNorth()))].join(",");
  }

  fit(events) {
    if (!events.length) return;
    const b = L.latLngBounds(events.map((e) => [e.lat, e.lon]));
    this.map.fitBounds(b.pad(0.15), {maxZoom: 6, animate: false});
    this.fitted = true;
  }

  /** Outline the selected event's marker (null: none). */
  highlight(id) {
    this.selected = id || null;
    for (const [eid, m] of this.byId) {
      const on = eid === this.selected;
      m.setStyle({weight: on ? 3.5 : 1.5, color: on ? "#111" : m.options.fillColor});
      const path = m.getElement();
      if (path) path.classList.toggle("selected", on);
      if (on) {
        if (this.markers === this.clusters && !m.getElement()) {
          this.clusters.zoomToShowLayer(m);    // inside a cluster: open it
          continue;
        }
        m.bringToFront();
        if (!this.map.getBounds().contains(m.getLatLng())) this.map.panTo(m.getLatLng());
      }
    }
  }

  renderLegend(events) {
    const box = this.legendBox;
    if (!box) return;
    const counts = new Map();
    for (const e of events) counts.set(e.type, (counts.get(e.type) || 0) + 1);
    const rows = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const sizes = [1, 10, 50];
    // a <details>: the legend folds away on a small map
    const open = this.legendDetails ? this.legendDetails.open : this.map.getSize().y > 480;
    this.legendDetails = el("details", {open},
      el("summary", {}, "Legend"),
      el("div", {class: "legend-title"}, "Type"),
      ...rows.map(([type, n]) => el("div", {class: "legend-row"}, swatch(typeColor(type), true), ` ${type} `,
        el("span", {class: "muted"}, String(n)))),
      el("div", {class: "legend-title"}, "Killed (best)"),
      el("div", {class: "legend-sizes"}, ...sizes.map((n) => sizeKey(n)), sizeKey(null)),
    );
    box.replaceChildren(this.legendDetails);
  }

  invalidate() {
    this.map.invalidateSize();
  }
}

function sizeKey(n) {
  const r = radius(n);
  const dot = el("span", {class: n === null ? "size-dot unknown" : "size-dot", "aria-hidden": "true"});
  dot.style.width = dot.style.height = `${2 * r}px`;
  return el("span", {class: "size-key"}, dot, n === null ? "unknown" : String(n));
}

function tooltip(ev) {
  return el("div", {class: "ev-tip"},
    el("strong", {}, ev.type + (ev.mode ? ` (${ev.mode})` : "")),
    el("div", {}, place(ev)),
    el("div", {}, dateRange(ev.date_start, ev.date_end)),
    el("div", {}, `killed: ${toll(ev.fatalities_low, ev.fatalities_best, ev.fatalities_high)}`,
      ` · ${ev.n_sources} source${ev.n_sources === 1 ? "" : "s"}`));
}
