// The zoomable, pannable timeline (vis-timeline). Day-precision events are
// points; week, month and year precision are ranges over the whole interval,
// hatched and dashed and marked "≈" as approximate. Items are coloured by
// event type; lanes are optional, one per event type or per actor. Events
// that no person has reviewed (provenance "extracted") have a dotted outline
// and a "?" mark.
//
// The first view is where the events are dense (see denseWindow); "Fit all"
// shows every event.

import { Timeline } from "vis-timeline";
import { DataSet } from "vis-data";
import { h, parseDay, addDays, formatDate, isApproximate, isUnreviewed, UNREVIEWED, token, sourcesTitle } from "./util.js";

const DAY_MS = 24 * 60 * 60 * 1000;
// The narrowest window the timeline opens on: two weeks.
const MIN_SPAN = 14 * DAY_MS;

/**
 * denseWindow picks what the timeline opens on. One event far from the rest
 * (the seed's 2019 meeting, recalled in a photo caption of a 2020 article)
 * would otherwise stretch the view over years and squeeze the crisis into a
 * strip of overlapping, cut labels. So the first view is the shortest
 * stretch of time holding 80% of the events' starts. When that stretch is
 * not much shorter than the whole span (over a third of it), nothing is an
 * outlier worth hiding and it returns null: show everything. Too few events
 * to leave one out give null too.
 * @param {{start: number, end: number}[]} spans events' times, in ms
 * @returns {{start: number, end: number} | null}
 */
export function denseWindow(spans, share = 0.8) {
  const n = spans.length;
  const k = Math.ceil(share * n);
  if (k >= n) return null;
  const starts = spans.map((s) => s.start).sort((a, b) => a - b);
  let best = 0;
  for (let i = 1; i + k - 1 < n; i++) {
    if (starts[i + k - 1] - starts[i] < starts[best + k - 1] - starts[best]) best = i;
  }
  const start = starts[best];
  const end = starts[best + k - 1];
  const all = Math.max(...spans.map((s) => s.end)) - starts[0];
  if (Math.max(end - start, MIN_SPAN) * 3 > all) return null;
  return { start, end };
}

/** maxHeight is the timeline's tallest: half the window, within 300–560px. */
function maxHeight() {
  return Math.round(Math.min(560, Math.max(300, window.innerHeight * 0.5)));
}

export class TimelineView {
  /**
   * @param {HTMLElement} el
   * @param {{onSelect: (eventId: string|null) => void, onRange?: (outside: number) => void}} opts
   *   onRange hears how many events lie wholly outside the window, whenever it moves
   */
  constructor(el, { onSelect, onRange = () => {} }) {
    this.items = new DataSet();
    this.groups = new DataSet();
    this.spans = []; // one per event, not per lane item: {start, end} in ms
    this.onSelect = onSelect;
    this.onRange = onRange;
    this.el = el;
    this.lanes = "";
    this.timeline = new Timeline(el, this.items, {
      // As tall as its items, between these bounds; then it scrolls.
      minHeight: 220,
      maxHeight: maxHeight(),
      orientation: { axis: "top", item: "top" },
      stack: true,
      verticalScroll: true,
      zoomMin: 2 * DAY_MS,
      zoomMax: 60 * 365 * DAY_MS,
      margin: { axis: 10, item: { horizontal: 6, vertical: 6 } },
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      tooltip: { followMouse: true, overflowMethod: "cap", delay: 150 },
      groupOrder: "order",
      template: (item) => this.template(item),
      groupTemplate: (group) => group && this.groupTemplate(group),
      format: { minorLabels: { week: "D MMM" } },
    });
    // Items are focusable; Enter or Space opens one, as a click does.
    el.addEventListener("keydown", (e) => {
      const label = e.target.closest?.("[data-event-id]");
      if (!label || (e.key !== "Enter" && e.key !== " ")) return;
      e.preventDefault();
      this.onSelect(label.dataset.eventId);
    });
    window.addEventListener("resize", () => this.timeline.setOptions({ maxHeight: maxHeight() }));
    this.timeline.on("rangechange", ({ start, end }) => this.onRange(this.outside(start, end)));
    this.timeline.on("select", ({ items }) => {
      const item = items.length ? this.items.get(items[0]) : null;
      this.onSelect(item ? item.eventId : null);
    });
  }

  template(item) {
    if (!item || !item.eventId) return "";
    return h("span", { class: "eg-label", "data-event-id": item.eventId, tabindex: "0", role: "button", "aria-label": item.title },
      item.unreviewed ? h("abbr", { class: "unreviewed-mark", title: UNREVIEWED }, "?") : null,
      item.approx ? h("abbr", { class: "approx-mark", title: "approximate date" }, "≈") : null,
      item.label);
  }

  groupTemplate(group) {
    return h("span", { class: "eg-group", title: `${group.hint || group.label}${group.kind ? ` (${group.kind})` : ""}` },
      group.swatch ? h("span", { class: "swatch", style: `background:${group.swatch}` }) : null,
      h("span", { class: "eg-group-name" }, group.label));
  }

  /**
   * show replaces the items with these events (in date order from the API).
   * @param {object[]} events
   * @param {string} lanes "", "type" or "actor"
   * @param {(type: string) => string} colour
   */
  show(events, lanes, colour) {
    this.lanes = lanes;
    const items = [];
    const groups = new Map();
    const spans = [];
    for (const ev of events) {
      const d = ev.date;
      const end = d.end;
      const point = d.precision === "day" && end === d.start;
      const approx = isApproximate(d);
      const unreviewed = isUnreviewed(ev);
      const tip = `${ev.title}\n${ev.type} · ${formatDate(d)}${d.text ? ` (“${d.text}”)` : ""}${approx ? " · approximate" : ""}${ev.place ? `\n${ev.place.name}` : ""}${sourcesTitle(ev) ? `\n${sourcesTitle(ev)}` : ""}${unreviewed ? `\n${UNREVIEWED}` : ""}`;
      const base = {
        eventId: ev.id,
        label: ev.title,
        approx,
        unreviewed,
        start: point ? new Date(parseDay(d.start).getTime() + DAY_MS / 2) : parseDay(d.start),
        end: point ? undefined : addDays(parseDay(end), 1),
        type: point ? "point" : "range",
        className: `eg-item t-${token(ev.type)}${approx ? " approx" : ""}${unreviewed ? " unreviewed" : ""}`,
        title: tip,
      };
      spans.push({ start: base.start.getTime(), end: (base.end || base.start).getTime() });
      if (lanes === "type") {
        if (!groups.has(ev.type)) groups.set(ev.type, { id: ev.type, label: ev.type, swatch: colour(ev.type), n: 0 });
        groups.get(ev.type).n++;
        items.push({ ...base, id: ev.id, group: ev.type });
      } else if (lanes === "actor") {
        const seen = new Set();
        for (const p of ev.participants) {
          if (seen.has(p.id)) continue;
          seen.add(p.id);
          if (!groups.has(p.id)) groups.set(p.id, { id: p.id, label: p.name, kind: p.kind, n: 0 });
          groups.get(p.id).n++;
          items.push({ ...base, id: `${ev.id}@@${p.id}`, group: p.id, title: `${tip}\n${p.name}: ${p.role}` });
        }
        if (!seen.size) {
          if (!groups.has("")) groups.set("", { id: "", label: "No participants", n: 0 });
          items.push({ ...base, id: ev.id, group: "" });
        }
      } else {
        items.push({ ...base, id: ev.id });
      }
    }
    // Busiest lanes first; by type, in the vocabulary's order of frequency.
    const ordered = [...groups.values()].sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
    ordered.forEach((g, i) => { g.order = i; g.hint = `${g.label}: ${g.n} event${g.n === 1 ? "" : "s"}`; });

    this.timeline.setSelection([]);
    this.items.clear();
    this.groups.clear();
    if (lanes) {
      this.groups.add(ordered);
      this.timeline.setGroups(this.groups);
    } else {
      this.timeline.setGroups(null);
    }
    this.spans = spans;
    this.items.add(items);
    this.home();
    // Lane labels take their width only once drawn: frame again after that.
    const refit = () => {
      this.timeline.off("changed", refit);
      this.home();
    };
    this.timeline.on("changed", refit);
  }

  /** home shows where the events are dense (denseWindow), or all of them. */
  home() {
    const w = denseWindow(this.spans);
    if (w) this.frame(w.start, w.end);
    else this.fit();
  }

  /** fit shows every event. */
  fit() {
    if (!this.spans.length) {
      this.onRange(0);
      return;
    }
    this.frame(Math.min(...this.spans.map((s) => s.start)), Math.max(...this.spans.map((s) => s.end)));
  }

  /** outside counts the events that lie wholly outside [start, end]. */
  outside(start, end) {
    return this.spans.filter((s) => s.end < start.getTime() || s.start > end.getTime()).length;
  }

  /**
   * frame sets the window to show min to max (ms). Labels run to the right
   * of their date, so the window leaves room after the last one.
   */
  frame(min, max) {
    const span = Math.max(max - min, MIN_SPAN);
    // Pixels: a little room before the first date, a label's width after
    // the last one; solve for the window that leaves them.
    this.timeline.redraw();
    const width = this.timeline.dom?.center?.clientWidth || this.el.clientWidth || 800;
    const before = 16;
    const after = Math.min(275, width * 0.45); // see .eg-label's max-width
    const total = span / (1 - (before + after) / width);
    const start = new Date(min - (total * before) / width);
    const end = new Date(max + (total * after) / width);
    this.timeline.setWindow(start, end, { animation: false });
    // setWindow reports nothing when the window stays put, yet the events
    // in it may have changed.
    this.onRange(this.outside(start, end));
  }

  /** select highlights every item of an event (one per lane) without a callback. */
  select(eventId, { focus = false } = {}) {
    const ids = eventId ? this.items.getIds({ filter: (it) => it.eventId === eventId }) : [];
    this.timeline.setSelection(ids);
    if (focus && ids.length) {
      const range = this.timeline.getWindow();
      const it = this.items.get(ids[0]);
      const t = it.start.getTime();
      if (t < range.start.getTime() || t > range.end.getTime()) this.timeline.moveTo(it.start, { animation: false });
    }
  }

  zoom(factor) {
    if (factor > 1) this.timeline.zoomOut(factor - 1, { animation: false });
    else this.timeline.zoomIn(1 - factor, { animation: false });
  }

  move(fraction) {
    const { start, end } = this.timeline.getWindow();
    const span = end - start;
    this.timeline.setWindow(new Date(start.getTime() + span * fraction), new Date(end.getTime() + span * fraction), { animation: false });
  }

  redraw() {
    this.timeline.redraw();
  }
}
