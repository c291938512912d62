// The view lives in the URL's query string, so a link reproduces it:
//   ?actor=vladimir-putin&type=Meeting&place=sochi&from=2020-01-01&to=2020-12-31
//    &lanes=type&event=<event id>&tab=met&pfrom=<actor>&pto=<actor>&hops=4
//    &article=<article id>&hl=<start>-<end>

const KEYS = ["actor", "type", "place", "from", "to", "lanes", "event", "tab", "pfrom", "pto", "hops", "article", "hl"];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** read returns the state in the current URL, with bad values dropped. */
export function read() {
  const q = new URLSearchParams(window.location.search);
  const s = {};
  for (const k of KEYS) s[k] = q.get(k) || "";
  if (s.from && !DAY.test(s.from)) s.from = "";
  if (s.to && !DAY.test(s.to)) s.to = "";
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

/** filters picks the timeline filters out of a state. */
export function filters(state) {
  return { actor: state.actor, type: state.type, place: state.place, from: state.from, to: state.to };
}
