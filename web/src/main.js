// eventgraph's page: filters kept in the URL, a vis-timeline of the events,
// the details of the selected event with its sources in context, and the
// who-met-whom and path graphs. Everything it loads comes from the API under
// api/v1/, beside the page.

import "./styles.css";
import * as api from "./api.js";
import * as urlState from "./state.js";
import { ActorCombobox } from "./combobox.js";
import { TimelineView } from "./timeline-view.js";
import { MetView, PathView } from "./graph-views.js";
import { renderDetails, renderArticle } from "./details.js";
import { EVENT_TYPES, typeColour } from "./vocab.js";
import { h, add, clear, formatDate, formatDay, isApproximate, isUnreviewed, UNREVIEWED, token, plural, sourcesBadge } from "./util.js";

const $ = (sel) => document.querySelector(sel);

const app = {
  state: urlState.read(),
  events: [], // the events on the timeline now, in date order
  byId: new Map(),
  all: null, // every event, for the place list
  places: new Map(), // place id → place, from every event loaded, for the claims' place ids
  stats: null, // the graph's counts (GET stats), for the header
  loadSeq: 0,
  metKey: null,
  pathKey: null,
  shown: new Set(),
};

// ---- type colours: one CSS rule per type, from the vocabulary -------------------

document.head.append(h("style", {}, EVENT_TYPES.map(([t, c]) => `.t-${token(t)}{--c:${c}}`).join("\n")));

// ---- controls --------------------------------------------------------------------

const typeSelect = $("#f-type");
for (const [t] of EVENT_TYPES) typeSelect.append(h("option", { value: t }, t));
const placeSelect = $("#f-place");
const fromInput = $("#f-from");
const toInput = $("#f-to");
const lanesSelect = $("#f-lanes");
const asOfInput = $("#f-asof");
const corroboratedBox = $("#f-corroborated");

const actorBox = new ActorCombobox($("#f-actor-box"), {
  id: "f-actor",
  placeholder: "Any actor — type to search",
  onSelect: (a) => update({ actor: a ? a.id : "", event: "" }),
});
const pathFrom = new ActorCombobox($("#p-from-box"), { id: "p-from", placeholder: "e.g. Tikhanovskaya", onSelect: () => {} });
const pathTo = new ActorCombobox($("#p-to-box"), { id: "p-to", placeholder: "e.g. Putin", onSelect: () => {} });

typeSelect.addEventListener("change", () => update({ type: typeSelect.value, event: "" }));
placeSelect.addEventListener("change", () => update({ place: placeSelect.value, event: "" }));
lanesSelect.addEventListener("change", () => update({ lanes: lanesSelect.value }));
// The open event stays open: its details follow the day chosen.
asOfInput.addEventListener("change", () => update({ asOf: asOfInput.value }));
corroboratedBox.addEventListener("change", () => update({ minSources: corroboratedBox.checked ? "2" : "" }));
for (const input of [fromInput, toInput]) {
  input.addEventListener("change", () => {
    if (fromInput.value && toInput.value && fromInput.value > toInput.value) {
      input.setCustomValidity("“From” must not be after “To”.");
      input.reportValidity();
      return;
    }
    fromInput.setCustomValidity("");
    toInput.setCustomValidity("");
    update({ from: fromInput.value, to: toInput.value });
  });
}
$("#filters").addEventListener("submit", (e) => e.preventDefault());
$("#f-reset").addEventListener("click", () => update({ ...Object.fromEntries(urlState.FILTERS.map((k) => [k, ""])), event: "" }));
$("#f-share").addEventListener("click", async (e) => {
  const btn = e.currentTarget;
  try {
    await navigator.clipboard.writeText(window.location.href);
    btn.textContent = "Link copied";
  } catch {
    window.prompt("Copy this link:", window.location.href);
  }
  setTimeout(() => { btn.textContent = "Copy link"; }, 1500);
});

// ---- views -----------------------------------------------------------------------

const timeline = new TimelineView($("#timeline"), {
  onSelect: (id) => update({ event: id || "" }, { push: true }),
  onRange: (outside) => {
    // Events the window leaves out (the first view skips outliers) stay
    // one click away.
    const btn = $("#tl-outside");
    btn.hidden = !outside;
    btn.textContent = `${plural(outside, "event")} out of view`;
  },
});
$("#tl-fit").addEventListener("click", () => timeline.fit());
$("#tl-outside").addEventListener("click", () => timeline.fit());
$("#tl-zoom-in").addEventListener("click", () => timeline.zoom(0.5));
$("#tl-zoom-out").addEventListener("click", () => timeline.zoom(2));
$("#tl-left").addEventListener("click", () => timeline.move(-0.25));
$("#tl-right").addEventListener("click", () => timeline.move(0.25));

const pickActor = (a) => {
  actorBox.set(a);
  update({ actor: a.id, event: "" });
  $("#timeline-card").scrollIntoView({ block: "nearest", behavior: "smooth" });
};
const openEvent = (id) => update({ event: id }, { push: true });

const met = new MetView({ graph: $("#met-graph"), list: $("#met-pairs"), empty: $("#met-empty") }, { onActor: pickActor, onEvent: openEvent });
const paths = new PathView({ graph: $("#path-graph"), status: $("#path-status"), list: $("#path-list") }, { onActor: pickActor, onEvent: openEvent });

$("#path-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const from = pathFrom.value;
  const to = pathTo.value;
  if (!from || !to) {
    paths.status("Choose two actors: type a name in each box and pick it from the list.", "error");
    return;
  }
  update({ pfrom: from.id, pto: to.id, hops: $("#p-hops").value, tab: "path" }, { push: true });
});

// Tabs: click, or arrow keys between them (WAI-ARIA tabs pattern).
const tabs = [...document.querySelectorAll("[role=tab]")];
for (const tab of tabs) {
  tab.addEventListener("click", () => update({ tab: tab.id.slice(4) === "events" ? "" : tab.id.slice(4) }, { push: true }));
  tab.addEventListener("keydown", (e) => {
    const i = tabs.indexOf(tab);
    let j = -1;
    if (e.key === "ArrowRight") j = (i + 1) % tabs.length;
    else if (e.key === "ArrowLeft") j = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === "Home") j = 0;
    else if (e.key === "End") j = tabs.length - 1;
    if (j < 0) return;
    e.preventDefault();
    tabs[j].focus();
    tabs[j].click();
  });
}

const dialog = $("#article-dialog");
$("#article-close").addEventListener("click", () => dialog.close());
dialog.addEventListener("close", () => {
  if (app.state.article) update({ article: "", hl: "" }, { push: true });
});

window.addEventListener("popstate", () => apply(urlState.read()));

// ---- state ----------------------------------------------------------------------

/**
 * update merges a change into the state, records it in the URL and applies
 * it. Filter changes replace the current history entry, so that Back does
 * not step through every filter tried; deliberate navigation (opening or
 * closing an event or an article, switching the view) passes push and gets
 * an entry of its own.
 */
function update(change, { push = false } = {}) {
  const next = { ...app.state, ...change };
  urlState.write(next, { push });
  apply(next);
}

function sameFilters(a, b) {
  return urlState.FILTERS.every((k) => (a[k] || "") === (b[k] || ""));
}

let applied = null;

async function apply(next) {
  const prev = applied;
  app.state = next;
  applied = next;

  // Controls mirror the state (it may have come from the URL).
  typeSelect.value = next.type;
  fromInput.value = next.from;
  toInput.value = next.to;
  asOfInput.value = next.asOf;
  corroboratedBox.checked = !!next.minSources;
  lanesSelect.value = next.lanes;
  ensurePlaceOption(next.place);
  placeSelect.value = next.place;
  if ((actorBox.value?.id || "") !== next.actor) {
    actorBox.set(next.actor ? { id: next.actor, name: next.actor } : null);
    if (next.actor) api.actor(next.actor).then((a) => {
      if (app.state.actor === a.id) actorBox.set(a);
    }, () => {});
  }
  showTab(next.tab || "events");

  if (!prev || !sameFilters(prev, next)) await loadTimeline();
  else if (prev.lanes !== next.lanes) drawTimeline();

  // As reported on another day, the open event reads differently.
  if (!prev || prev.event !== next.event || prev.asOf !== next.asOf) showEvent(next.event);
  if (!prev || prev.article !== next.article || prev.hl !== next.hl) showArticle(next.article, next.hl);
  met.select(next.actor);
}

function showTab(name) {
  for (const tab of tabs) {
    const on = tab.id === `tab-${name}`;
    tab.setAttribute("aria-selected", on ? "true" : "false");
    tab.tabIndex = on ? 0 : -1;
    $(`#${tab.getAttribute("aria-controls")}`).hidden = !on;
  }
  if (name === "met") {
    met.ensure();
    loadMeetings();
  } else if (name === "path") {
    paths.ensure();
    loadPaths();
  }
}

// ---- errors and loading ----------------------------------------------------------

function banner(err, retry) {
  const el = $("#banner");
  if (!err) {
    el.hidden = true;
    clear(el);
    return;
  }
  add(clear(el),
    h("strong", {}, err.message || "Something went wrong."),
    err.detail ? h("span", { class: "banner-detail" }, err.detail) : null,
    retry ? h("button", { type: "button", class: "btn btn-primary", onclick: retry }, "Try again") : null,
  );
  el.hidden = false;
}

function overlay(kind, content) {
  const el = $("#timeline-overlay");
  document.body.dataset.timeline = kind;
  if (!content) {
    el.hidden = true;
    clear(el);
    return;
  }
  add(clear(el), content);
  el.className = `overlay overlay-${kind}`;
  el.hidden = false;
}

// ---- timeline -----------------------------------------------------------------------

function hasFilters(state) {
  return urlState.FILTERS.some((k) => state[k]);
}

/** setAll keeps every event of the graph, for the place list. */
function setAll(items) {
  app.all = items;
  const places = new Map();
  for (const ev of items) if (ev.place) places.set(ev.place.id, ev.place);
  for (const [id, p] of places) app.places.set(id, p);
  const keep = placeSelect.value;
  add(clear(placeSelect), h("option", { value: "" }, "All places"),
    [...places.values()].sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => h("option", { value: p.id }, `${p.name} (${p.kind})`)));
  ensurePlaceOption(keep);
  placeSelect.value = keep;
}

async function loadAll() {
  // Only while the timeline is filtered: unfiltered, it is every event.
  try {
    const { items } = await api.getAll("timeline", {});
    setAll(items);
  } catch {
    // loadTimeline reports the failure.
  }
}

/**
 * loadStats fetches the graph's counts for the header. They count the
 * graph, not the timeline's items: an actor or place that takes part in no
 * event counts too, and a country counts among actors and among places.
 */
async function loadStats() {
  try {
    app.stats = await api.getJSON("stats");
  } catch {
    // The timeline reports an API that does not answer; the header just
    // stays without figures.
    app.stats = null;
    document.body.dataset.stats = "error";
  }
  drawHeader();
}

function drawHeader() {
  const el = $("#header-stats");
  const s = app.stats;
  if (!s) {
    el.textContent = "";
    return;
  }
  let text = `${plural(s.events, "event")} · ${plural(s.actors, "actor")} · ${plural(s.places, "place")} in the graph`;
  if (hasFilters(app.state) && ["ready", "empty"].includes(document.body.dataset.timeline)) {
    text += ` — ${app.events.length} shown`;
  }
  el.textContent = text;
  document.body.dataset.stats = "ready";
}

function ensurePlaceOption(id) {
  if (id && ![...placeSelect.options].some((o) => o.value === id)) placeSelect.append(h("option", { value: id }, id));
}

async function loadTimeline() {
  const seq = ++app.loadSeq;
  overlay("loading", h("p", { class: "spinner" }, "Loading events…"));
  $("#timeline-card").setAttribute("aria-busy", "true");
  const filtered = hasFilters(app.state);
  try {
    const { items, truncated } = await api.getAll("timeline", urlState.filters(app.state));
    if (seq !== app.loadSeq) return;
    banner(null);
    app.events = items;
    app.byId = new Map(items.map((e) => [e.id, e]));
    for (const ev of items) if (ev.place) app.places.set(ev.place.id, ev.place);
    app.truncated = truncated;
    // Unfiltered, these are every event: the place list needs no second
    // request for the same timeline.
    if (!filtered) setAll(items);
    drawTimeline();
    if (!app.all) loadAll();
    if (!app.stats) loadStats();
  } catch (err) {
    if (seq !== app.loadSeq) return;
    app.events = [];
    app.byId = new Map();
    timeline.show([], app.state.lanes, typeColour);
    document.body.dataset.timeline = "error";
    drawList([]);
    drawHeader();
    const retry = () => { app.all = null; app.stats = null; loadTimeline(); if (!$("#panel-met").hidden) { app.metKey = null; loadMeetings(); } };
    banner(err, retry);
    overlay("error", h("div", {},
      h("p", { class: "overlay-title" }, err.network ? "The API is not answering" : "The events could not be loaded"),
      h("p", {}, err.detail || err.message),
      h("button", { type: "button", class: "btn btn-primary", onclick: retry }, "Try again")));
    $("#timeline-count").textContent = "";
  } finally {
    if (seq === app.loadSeq) $("#timeline-card").removeAttribute("aria-busy");
  }
}

function drawTimeline() {
  const events = app.events;
  timeline.show(events, app.state.lanes, typeColour);
  timeline.select(app.state.event);
  drawList(events);
  drawLegend(events);
  const n = events.length;
  const { asOf, minSources } = app.state;
  $("#timeline-count").textContent = [
    `${plural(n, "event")}${app.truncated ? " (first ones only)" : ""}`,
    asOf ? `as reported by ${formatDay(asOf)}` : "",
    minSources ? (minSources === "2" ? "corroborated only" : `${minSources}+ sources`) : "",
  ].filter(Boolean).join(" · ");
  if (!n) {
    const filtered = hasFilters(app.state);
    overlay("empty", h("div", {},
      h("p", { class: "overlay-title" }, filtered ? "No events match these filters" : "The graph has no events yet"),
      h("p", {}, filtered
        ? `Widen the date range${asOf ? ", pick a later “As reported by” day" : ""}${minSources ? ", show single-source events too" : ""} or clear a filter.`
        : "Import articles with `eventgraph import`, or start `eventgraph serve` with --seeds."),
      filtered ? h("button", { type: "button", class: "btn btn-primary", onclick: () => $("#f-reset").click() }, "Clear filters") : null));
  } else {
    overlay("ready", null);
  }
  document.body.dataset.events = String(n);
  drawHeader();
}

function drawList(events) {
  const tbody = clear($("#events-table tbody"));
  for (const ev of events) {
    const approx = isApproximate(ev.date);
    add(tbody, h("tr", { "data-event-id": ev.id, class: ev.id === app.state.event ? "selected" : "" },
      h("td", { class: "nowrap" }, approx ? h("abbr", { class: "approx-mark", title: "approximate date" }, "≈ ") : null, formatDate(ev.date)),
      h("td", {}, h("span", { class: `type-badge t-${token(ev.type)}` }, ev.type)),
      h("td", {}, h("button", { type: "button", class: "linklike event-link", "data-event-id": ev.id, onclick: () => openEvent(ev.id) }, ev.title),
        sourcesBadge(ev),
        isUnreviewed(ev) ? h("span", { class: "tag tag-unreviewed unreviewed-badge", title: UNREVIEWED }, "unreviewed") : null),
      h("td", {}, ev.place ? ev.place.name : h("span", { class: "muted" }, "—")),
      h("td", { class: "people" }, ev.participants.map((p) => p.name).join(", ")),
    ));
  }
  $("#events-table").hidden = !events.length;
  const empty = $("#events-empty");
  empty.hidden = !!events.length;
  empty.textContent = document.body.dataset.timeline === "error" ? "Events could not be loaded." : "No events to list.";
}

function drawLegend(events) {
  const counts = new Map();
  for (const ev of events) counts.set(ev.type, (counts.get(ev.type) || 0) + 1);
  const ul = clear($("#legend"));
  for (const [t] of EVENT_TYPES) {
    if (!counts.has(t) && app.state.type !== t) continue;
    const on = app.state.type === t;
    ul.append(h("li", {}, h("button", {
      type: "button",
      class: `legend-item t-${token(t)}${on ? " on" : ""}`,
      "aria-pressed": on ? "true" : "false",
      title: on ? "Show all types" : `Show only ${t} events`,
      onclick: () => update({ type: on ? "" : t, event: "" }),
    }, h("span", { class: "swatch", "aria-hidden": "true" }), `${t} `, h("span", { class: "muted" }, String(counts.get(t) || 0)))));
  }
  const unreviewed = events.filter(isUnreviewed).length;
  add(ul, h("li", { class: "legend-key" }, h("span", { class: "key-point", "aria-hidden": "true" }), "exact day"),
    h("li", { class: "legend-key" }, h("span", { class: "key-approx", "aria-hidden": "true" }), "≈ approximate (week, month or year)"),
    h("li", { class: "legend-key legend-unreviewed", title: UNREVIEWED },
      h("span", { class: "key-unreviewed", "aria-hidden": "true" }), "? unreviewed (extracted by a program, not yet checked by a person)",
      h("span", { class: "muted" }, ` ${unreviewed}`)));
}

// ---- details and articles --------------------------------------------------------

let eventSeq = 0;

async function showEvent(id) {
  const seq = ++eventSeq;
  const body = $("#details-body");
  const empty = $("#details-empty");
  timeline.select(id, { focus: true });
  for (const tr of document.querySelectorAll("#events-table tbody tr")) tr.classList.toggle("selected", tr.dataset.eventId === id);
  if (!id) {
    body.hidden = true;
    empty.hidden = false;
    $("#details").setAttribute("aria-labelledby", "details-heading");
    document.body.dataset.details = "";
    return;
  }
  let ev = app.byId.get(id);
  if (!ev) {
    clear(body).append(h("p", { class: "spinner" }, "Loading the event…"));
    body.hidden = false;
    empty.hidden = true;
    const asOf = app.state.asOf;
    try {
      ev = await api.getJSON(`events/${encodeURIComponent(id)}`, { asOf });
    } catch (err) {
      if (seq !== eventSeq) return;
      const missing = err.status === 404;
      clear(body).append(h("div", { class: "error-box" },
        h("p", { class: "overlay-title" }, missing ? (asOf ? "Not reported yet" : "No such event") : "The event could not be loaded"),
        h("p", {}, missing
          ? (asOf ? `No article published on or before ${formatDay(asOf)} reports the event “${id}”. Pick a later “As reported by” day, or clear it.` : `There is no event with id “${id}”.`)
          : err.detail || err.message)));
      $("#details").setAttribute("aria-labelledby", "details-heading");
      document.body.dataset.details = `missing:${id}`;
      return;
    }
    if (seq !== eventSeq) return;
  }
  renderDetails(body, ev, {
    asOf: app.state.asOf,
    placeName: (placeId) => app.places.get(placeId)?.name || "",
    onActor: pickActor,
    onPlace: (p) => { ensurePlaceOption(p.id); update({ place: p.id }); },
    onArticle: (articleId, range) => update({ article: articleId, hl: range ? `${range[0]}-${range[1]}` : "" }, { push: true }),
    onClose: () => update({ event: "" }, { push: true }),
  });
  body.hidden = false;
  empty.hidden = true;
  $("#details").setAttribute("aria-labelledby", "details-title");
  document.body.dataset.details = id;
  if (window.matchMedia("(max-width: 900px)").matches) $("#details").scrollIntoView({ block: "start", behavior: "smooth" });
}

let articleSeq = 0;

async function showArticle(id, hl) {
  const seq = ++articleSeq;
  if (!id) {
    if (dialog.open) dialog.close();
    return;
  }
  const range = /^\d+-\d+$/.test(hl || "") ? hl.split("-").map(Number) : null;
  $("#article-title").textContent = "Loading the article…";
  clear($("#article-meta"));
  clear($("#article-text"));
  if (!dialog.open) dialog.showModal();
  try {
    const art = await api.article(id);
    if (seq !== articleSeq) return;
    const mark = renderArticle(dialog, art, range);
    if (mark) mark.scrollIntoView({ block: "center" });
  } catch (err) {
    if (seq !== articleSeq) return;
    $("#article-title").textContent = err.status === 404 ? `No article “${id}”` : "The article could not be loaded";
    $("#article-text").textContent = err.detail || err.message;
  }
}

// ---- who met whom and paths ---------------------------------------------------------

async function loadMeetings() {
  const key = `${app.state.from}|${app.state.to}|${app.state.asOf}`;
  if (app.metKey === key) return;
  app.metKey = key;
  const empty = $("#met-empty");
  document.body.dataset.met = "loading";
  try {
    // Not paged: one answer holds every meeting (next is null).
    const meetings = await api.getJSON("meetings", { from: app.state.from, to: app.state.to, asOf: app.state.asOf });
    if (app.metKey !== key) return;
    met.show(meetings.items, app.state.actor);
    document.body.dataset.met = "ready";
  } catch (err) {
    if (app.metKey !== key) return;
    app.metKey = null;
    met.show([], "");
    empty.hidden = false;
    empty.textContent = `Meetings could not be loaded: ${err.message} ${err.detail || ""}`;
    document.body.dataset.met = "error";
  }
}

async function loadPaths() {
  const { pfrom, pto } = app.state;
  const hops = app.state.hops || "4";
  $("#p-hops").value = hops;
  for (const [box, id] of [[pathFrom, pfrom], [pathTo, pto]]) {
    if (id && box.value?.id !== id) {
      box.set({ id, name: id });
      api.actor(id).then((a) => box.set(a), () => {});
    }
  }
  if (!pfrom || !pto) {
    paths.clear();
    paths.status("Pick two actors to see how they are linked through shared events and stated relations.");
    return;
  }
  const key = `${pfrom}|${pto}|${hops}`;
  if (app.pathKey === key) return;
  app.pathKey = key;
  paths.status("Searching for paths…", "loading");
  document.body.dataset.paths = "loading";
  try {
    const [result, from, to] = await Promise.all([
      api.getJSON("paths", { from: pfrom, to: pto, maxHops: hops }),
      api.actor(pfrom).catch(() => ({ id: pfrom, name: pfrom })),
      api.actor(pto).catch(() => ({ id: pto, name: pto })),
    ]);
    if (app.pathKey !== key) return;
    paths.show(result.items, from, to, hops);
    document.body.dataset.paths = "ready";
  } catch (err) {
    if (app.pathKey !== key) return;
    app.pathKey = null;
    paths.clear();
    paths.status(err.status === 404 ? `Unknown actor: ${err.detail || err.message}` : `Paths could not be loaded: ${err.message}`, "error");
    document.body.dataset.paths = "error";
  }
}

// ---- start ---------------------------------------------------------------------------

window.eventgraph = { app, timeline, met, paths };
apply(app.state);
