// The view lives in the URL's query string, so a link reproduces it:
//   ?actor=vladimir-putin&type=Meeting&place=sochi&from=2020-01-01&to=2020-12-31
//    &lanes=type&event=<event id>&tab=met&pfrom=<actor>&pto=<actor>&hops=4
//    &article=<article id>&hl=<start>-<end>&asOf=2020-09-15&minSources=2
// asOf shows the graph as the articles published on or before that day
// reported it; minSources keeps the events at least that many articles
// report ("corroborated only" is minSources=2).

const KEYS = ["actor", "type", "place", "from", "to", "asOf", "minSources", "lanes", "event", "tab", "pfrom", "pto", "hops", "article", "hl"];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** read returns the state in the current URL, with bad values dropped. */
export function read() {
  const q = new URLSearchParams(window.location.search);
  const s = {};
  for (const k of KEYS) s[k] = q.get(k) || "";
  if (s.from && !DAY.test(s.from)) s.from = "";
  if (s.to && !DAY.test(s.to)) s.to = "";
  if (s.asOf && !DAY.test(s.asOf)) s.asOf = "";
  // The API takes 0–500; 0 and 1 keep every event, as no value does.
  if (s.minSources && !(/^[0-9]{1,3}$/.test(s.minSources) && +s.minSources >= 2 && +s.minSources <= 500)) s.minSources = "";
  if (!["", "type", "actor"].includes(s.lanes)) s.lanes = "";
  if (!["", "events", "met", "path"].includes(s.tab)) s.tab = "";
  if (s.hops && !/^[1-6]$/.test(s.hops)) s.hops = "";
  return s;
}

/** href builds the URL of a state. */
export function href(state) {
  const q = new URLSearchParams();
  for (const k of KEYS) if (state[k]) q.set(k, state[k]);
  const qs = q.toString();
  return `${window.location.pathname}${qs ? "?" + qs : ""}`;
}

/**
 * write puts a state in the URL. By default it replaces the current history
 * entry (filter changes); push adds one, for deliberate navigation.
 */
export function write(state, { push = false } = {}) {
  const next = href(state);
  if (next === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, "", next);
  else window.history.replaceState(null, "", next);
}

/** FILTERS are the state's keys that choose the timeline's events. */
export const FILTERS = ["actor", "type", "place", "from", "to", "asOf", "minSources"];

/** filters picks the timeline filters out of a state (the API's parameter names). */
export function filters(state) {
  return Object.fromEntries(FILTERS.map((k) => [k, state[k]]));
}
