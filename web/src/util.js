// Small helpers shared by the page's modules: DOM building, dates, numbers
// and the code-point arithmetic that source offsets need.

import { qualifierWords } from "./vocab.js";

/**
 * h builds an element: h("a", {href: "#", class: "x"}, "text", child).
 * Attributes starting with "on" are listeners; null/false values are skipped.
 * Children are nodes or strings (always inserted as text, never as HTML).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  add(el, ...children);
  return el;
}

/** add appends children like h does: nodes or text, skipping null and false. */
export function add(el, ...children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) add(el, ...c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// ---- dates -----------------------------------------------------------------

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

/** parseDay turns "2020-09-14" into a local-midnight Date. */
export function parseDay(s) {
  const [y, m, d] = String(s).split("-").map(Number);
  return new Date(y, (m || 1) - 1, d || 1);
}

export function addDays(date, n) {
  const d = new Date(date.getTime());
  d.setDate(d.getDate() + n);
  return d;
}

function dayText(s) {
  const [y, m, d] = s.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function shortDay(s) {
  const [y, m, d] = s.split("-").map(Number);
  return `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
}

/** formatDate renders an event date as a reader would write it, by precision. */
export function formatDate(date) {
  if (!date || !date.start) return "date unknown";
  const { start, end = start, precision } = date;
  const [ys, ms] = start.split("-").map(Number);
  const [ye, me] = end.split("-").map(Number);
  switch (precision) {
    case "year":
      return ys === ye ? `${ys}` : `${ys}–${ye}`;
    case "month":
      if (ys === ye && ms === me) return `${MONTHS[ms - 1]} ${ys}`;
      if (ys === ye) return `${MONTHS[ms - 1]}–${MONTHS[me - 1]} ${ys}`;
      return `${MONTHS[ms - 1]} ${ys} – ${MONTHS[me - 1]} ${ye}`;
    case "week":
      return `between ${shortDay(start)} and ${shortDay(end)}`;
    default:
      return start === end ? dayText(start) : `${shortDay(start)} – ${shortDay(end)}`;
  }
}

/** formatDay renders one day ("2020-09-14") as formatDate does: 14 September 2020. */
export function formatDay(day) {
  return day ? formatDate({ start: day, end: day, precision: "day" }) : "";
}

/** isApproximate is true for dates known only to the week, month or year. */
export function isApproximate(date) {
  return !!date && date.precision && date.precision !== "day";
}

// ---- provenance ----------------------------------------------------------------

/**
 * isUnreviewed is true for an event (or actor) whose provenance is
 * "extracted": only articles the extractor drafted state it, and no person
 * has checked it yet. Curated facts, and answers without the field, are
 * reviewed.
 */
export function isUnreviewed(fact) {
  return !!fact && fact.provenance === "extracted";
}

/** UNREVIEWED says what the unreviewed mark means, wherever it is shown. */
export const UNREVIEWED = "unreviewed: extracted from the articles by a program, not yet checked by a person";

// ---- sources ---------------------------------------------------------------------

/** plural writes "1 source", "3 sources". */
export function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * sourcesTitle says how many articles report an event (sourceCount), since
 * when (firstReported), and what they disagree on (conflicts); "" when the
 * answer lacks the count.
 */
export function sourcesTitle(ev) {
  if (!Number.isInteger(ev?.sourceCount)) return "";
  let t = `reported by ${plural(ev.sourceCount, "article")}`;
  if (ev.firstReported) t += `, first on ${formatDay(ev.firstReported)}`;
  if (ev.conflicts?.length) t += `; they disagree on the ${ev.conflicts.join(", ")}`;
  return t;
}

/**
 * sourcesBadge is the small "3 sources" badge of an event: how many
 * articles report it. Corroborated events (two or more) stand out; events
 * whose articles disagree carry a "≠". null when the answer lacks the count.
 */
export function sourcesBadge(ev) {
  if (!Number.isInteger(ev?.sourceCount)) return null;
  const n = ev.sourceCount;
  const disputed = !!ev.conflicts?.length;
  return h("span", {
    class: `tag sources-badge${n > 1 ? " corroborated" : ""}${disputed ? " disputed" : ""}`,
    "data-sources": n,
    title: sourcesTitle(ev),
  }, plural(n, "source"), disputed
    ? [h("span", { class: "disputed-mark", "aria-hidden": "true" }, " ≠"), h("span", { class: "visually-hidden" }, ", disputed")]
    : null);
}

// ---- numbers -----------------------------------------------------------------

export function formatAmount(amount) {
  if (!amount) return "";
  const { value, currency } = amount;
  let exact;
  try {
    exact = new Intl.NumberFormat("en", { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    exact = `${new Intl.NumberFormat("en").format(value)} ${currency}`;
  }
  const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 }).format(value);
  return value >= 10000 ? `${exact} (${compact} ${currency})` : `${exact} ${currency}`;
}

export function formatCount(count) {
  if (!count) return "";
  const q = qualifierWords(count.qualifier);
  return `${q}${new Intl.NumberFormat("en").format(count.value)}${count.unit ? " " + count.unit : ""}`;
}

// ---- code points ---------------------------------------------------------------

/**
 * locateQuote finds a source's quote in an article text. Offsets count
 * Unicode code points, end exclusive. It returns the code-point array of the
 * text and the [start, end) actually used: the given offsets when they match
 * the quote, else the first place the quote occurs; null when it is nowhere.
 */
export function locateQuote(text, source) {
  const cps = Array.from(text || "");
  const { start, end, quote } = source;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= cps.length && start < end) {
    if (!quote || cps.slice(start, end).join("") === quote) return { cps, start, end, exact: true };
  }
  if (quote) {
    const at = text.indexOf(quote);
    if (at >= 0) {
      const s = Array.from(text.slice(0, at)).length;
      return { cps, start: s, end: s + Array.from(quote).length, exact: false };
    }
  }
  return { cps, start: -1, end: -1, exact: false };
}

/**
 * contextAround cuts the paragraph(s) around [start, end) out of the code
 * points, at most `room` code points either side, and says whether it cut.
 */
export function contextAround(cps, start, end, room = 320) {
  let a = start;
  while (a > 0 && start - a < room && !(cps[a - 1] === "\n" && cps[a - 2] === "\n")) a--;
  let b = end;
  while (b < cps.length && b - end < room && !(cps[b] === "\n" && cps[b + 1] === "\n")) b++;
  // Cut at a word boundary when the limit, not a paragraph break, stopped us.
  const cutBefore = a > 0 && !(cps[a - 1] === "\n");
  const cutAfter = b < cps.length && cps[b] !== "\n";
  if (cutBefore) while (a < start && cps[a] !== " ") a++;
  if (cutAfter) while (b > end && cps[b - 1] !== " ") b--;
  return {
    before: cps.slice(a, start).join("").replace(/^\s+/, ""),
    quote: cps.slice(start, end).join(""),
    after: cps.slice(end, b).join("").replace(/\s+$/, ""),
    cutBefore,
    cutAfter,
  };
}

// ---- misc ----------------------------------------------------------------------

export function debounce(fn, ms) {
  let t;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

/** slug turns a type or kind into a class-name-safe token. */
export function token(s) {
  return String(s || "").toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
