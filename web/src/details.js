// The details panel of one event: what, when (with the original wording),
// where, who in which role, how much, CAMEO, and every source quote shown in
// the context of its article, and whether a person reviewed it (its
// provenance). The event is an Event of api/openapi.json: place, amount and
// count may be null; summary, cameo and date.text may be absent.
//
// An event several articles report (sourceCount) has claims, one per
// article, and conflicts, the fields they disagree on: the claims are laid
// side by side, one column per article, the conflicting rows highlighted,
// and each disputed fact says who gives which value.

import * as api from "./api.js";
import {
  h, add, clear, formatDate, formatDay, isApproximate, isUnreviewed, UNREVIEWED, formatAmount, formatCount, locateQuote, contextAround, token,
  plural, sourcesBadge,
} from "./util.js";
import { cameoLabel } from "./vocab.js";

let renderSeq = 0;

/**
 * renderDetails fills root with an event's details.
 * @param {HTMLElement} root
 * @param {object} ev an Event from the API
 * @param {{asOf?: string, placeName?: (id: string) => string, onActor: Function, onPlace: Function, onArticle: Function, onClose: Function}} on
 *   asOf is the day the page shows the graph as reported by ("" for now);
 *   placeName names a place id the page knows ("" when it does not)
 */
export function renderDetails(root, ev, on) {
  const seq = ++renderSeq;
  clear(root);
  const d = ev.date;
  const approx = isApproximate(d);
  const unreviewed = isUnreviewed(ev);
  const claims = Array.isArray(ev.claims) ? ev.claims : [];
  const conflicts = new Set(Array.isArray(ev.conflicts) ? ev.conflicts : []);
  // Outlet names come with the articles: filled in when they arrive.
  const outlets = [];
  const outletOf = (articleId) => {
    const el = h("span", { class: "claim-outlet", "data-article-id": articleId }, articleId);
    outlets.push(el);
    return el;
  };
  const placeOf = (c) => placeLabel(c, ev, on, seq);
  const dispute = (field, label) => conflicts.has(field) && claims.length ? disputeNote(field, claims, label, outletOf) : null;

  const facts = h("dl", { class: "facts" },
    h("dt", {}, "When"),
    h("dd", { class: "when" },
      h("span", { class: "date-main" }, formatDate(d)),
      approx ? h("span", { class: "tag tag-approx", title: `Known only to the ${d.precision}` }, `≈ ${d.precision}`) : null,
      h("span", { class: "wording" },
        d.text ? h("q", { class: "date-text" }, d.text) : null,
        d.text ? " — " : null,
        `${d.precision} precision${d.start !== d.end ? `, ${d.start} to ${d.end}` : `, ${d.start}`}`),
      dispute("date", (c) => formatDate(c.date))),
    h("dt", {}, "Where"),
    h("dd", {}, ev.place
      ? [h("button", { type: "button", class: "linklike", title: `Show events in ${ev.place.name}`, onclick: () => on.onPlace(ev.place) }, ev.place.name),
        " ", h("span", { class: "kind" }, ev.place.kind)]
      : h("span", { class: "muted" }, "not stated"),
    dispute("place", placeOf)),
    ev.amount ? [h("dt", {}, "Amount"), h("dd", { class: "amount" }, formatAmount(ev.amount), dispute("amount", (c) => formatAmount(c.amount)))] : null,
    ev.count ? [h("dt", {}, "Count"), h("dd", { class: "count" }, formatCount(ev.count), dispute("count", (c) => formatCount(c.count)))] : null,
    Number.isInteger(ev.sourceCount) ? [h("dt", {}, "Reported"), h("dd", { class: "reported" },
      `by ${plural(ev.sourceCount, "article")}`,
      ev.firstReported ? `, first on ${formatDay(ev.firstReported)}` : "",
      on.asOf ? h("span", { class: "wording" }, `as the articles published by ${formatDay(on.asOf)} report it`) : null)] : null,
    h("dt", {}, "CAMEO"),
    h("dd", {}, ev.cameo
      ? [h("code", {}, ev.cameo), " ", h("span", { class: "muted" }, cameoLabel(ev.cameo))]
      : h("span", { class: "muted" }, "no code for this type")),
    h("dt", {}, "Reviewed"),
    h("dd", { class: "provenance" }, unreviewed
      ? [h("span", { class: "tag tag-unreviewed unreviewed-badge", title: UNREVIEWED }, "? unreviewed"),
        h("span", { class: "wording" }, "Extracted from the articles by a program; no person has checked it yet. Read the sources before relying on it.")]
      : h("span", {}, "yes", h("span", { class: "muted" }, " — a person annotated or reviewed an article that states it"))),
  );

  const participants = h("ul", { class: "participants" },
    ev.participants.map((p) => h("li", {},
      h("button", { type: "button", class: "linklike actor-link", "data-actor-id": p.id, title: `Filter the timeline to ${p.name}`, onclick: () => on.onActor(p) }, p.name),
      h("span", { class: "role" }, p.role),
      h("span", { class: `kind kind-${token(p.kind)}` }, p.kind))));

  const sources = h("ol", { class: "sources" });
  const byArticle = new Map();
  ev.sources.forEach((s, i) => {
    const li = h("li", { class: "source", "data-article-id": s.article, "data-index": i },
      h("blockquote", { class: "quote-context" }, h("mark", {}, s.quote)),
      h("p", { class: "source-meta muted" }, "Loading the article…"));
    sources.append(li);
    if (!byArticle.has(s.article)) byArticle.set(s.article, []);
    byArticle.get(s.article).push({ s, li });
  });

  root.append(h("article", { class: "event-details", "data-event-id": ev.id },
    h("div", { class: "details-top" },
      h("p", { class: "eyebrow" },
        h("span", { class: `type-badge t-${token(ev.type)}` }, ev.type),
        sourcesBadge(ev),
        unreviewed ? h("span", { class: "tag tag-unreviewed unreviewed-badge", title: UNREVIEWED }, "unreviewed") : null,
        h("span", { class: "event-id muted", title: "event id" }, ev.id)),
      h("button", { type: "button", class: "btn btn-icon", "aria-label": "Close details", title: "Close", onclick: () => on.onClose() }, "✕")),
    // index.html's "Event details" heading (details-heading) labels the
    // panel; ids must stay unique, so the event's title has its own.
    h("h2", { id: "details-title", tabindex: "-1" }, ev.title),
    ev.summary ? h("p", { class: "summary" }, ev.summary) : null,
    facts,
    h("h3", {}, `Participants (${ev.participants.length})`),
    ev.participants.length ? participants : h("p", { class: "muted" }, "None recorded."),
    claims.length ? claimsSection(ev, claims, conflicts, { outletOf, placeOf, on }) : null,
    h("h3", {}, `Sources (${ev.sources.length})`),
    ev.sources.length ? sources : h("p", { class: "muted" }, "No source recorded."),
  ));

  for (const articleId of new Set(outlets.map((el) => el.dataset.articleId))) {
    api.article(articleId).then((art) => {
      if (seq !== renderSeq) return;
      for (const el of outlets) {
        if (el.dataset.articleId !== articleId) continue;
        el.textContent = art.outlet;
        el.title = `${art.title} (${articleId})`;
        el.classList.add("loaded");
      }
    }, () => {}); // the sources below say when an article cannot be loaded
  }

  for (const [articleId, list] of byArticle) {
    api.article(articleId).then((art) => {
      if (seq !== renderSeq) return;
      for (const { s, li } of list) fillSource(li, s, art, on);
    }, (err) => {
      if (seq !== renderSeq) return;
      for (const { li } of list) {
        const meta = li.querySelector(".source-meta");
        add(clear(meta), h("span", { class: "error-text" }, `Article ${articleId} could not be loaded: ${err.message}`));
      }
    });
  }
}

// ---- claims ------------------------------------------------------------------------

/** CLAIM_FIELDS are the claims' rows: label, the conflict they belong to, the cell. */
const CLAIM_FIELDS = [
  { field: "published", label: "Published", has: () => true, cell: (c) => [formatDay(c.published),
    c.method === "extracted" ? h("span", { class: "tag tag-unreviewed", title: "facts drafted by the extractor, not reviewed" }, "extracted") : null] },
  { field: "date", label: "Date", has: () => true, cell: (c) => [formatDate(c.date), c.date.text ? h("q", { class: "date-text" }, c.date.text) : null] },
  { field: "place", label: "Place", has: (c) => !!c.place, cell: (c, x) => [x.placeOf(c), c.placeKind ? [" ", h("span", { class: "kind" }, c.placeKind)] : null] },
  { field: "count", label: "Count", has: (c) => !!c.count, cell: (c) => formatCount(c.count) },
  { field: "amount", label: "Amount", has: (c) => !!c.amount, cell: (c) => formatAmount(c.amount) },
  { field: "quote", label: "Quote", has: () => true, cell: (c, x) => c.quote
    ? [h("q", { class: "claim-quote" }, c.quote.quote),
      h("button", {
        type: "button", class: "linklike claim-read",
        onclick: () => x.on.onArticle(c.article, [c.quote.start, c.quote.end]),
      }, "Read in article")]
    : null },
];

/** MERGED says which claim's value the event shows, per field (graph/merge.go). */
const MERGED = {
  date: "the narrowest date",
  place: "the most specific place",
  count: "the count most articles give, else the latest article’s",
  amount: "the amount most articles give, else the latest article’s",
};

/**
 * claimsSection lays the claims side by side: a table with one column per
 * article (its outlet, id and publication day) and one row per field; the
 * rows of fields the claims disagree on are highlighted, in words too.
 */
function claimsSection(ev, claims, conflicts, x) {
  const rows = CLAIM_FIELDS.filter((f) => conflicts.has(f.field) || claims.some(f.has));
  const disputed = rows.filter((f) => conflicts.has(f.field)).map((f) => f.field);
  const head = h("tr", {}, h("td", {}),
    claims.map((c) => h("th", { scope: "col", "data-article-id": c.article },
      x.outletOf(c.article), h("span", { class: "claim-article" }, c.article))));
  const body = rows.map((f) => {
    const conflict = conflicts.has(f.field);
    return h("tr", { "data-field": f.field, class: conflict ? "conflict" : null },
      h("th", { scope: "row" }, f.label,
        conflict ? h("span", { class: "conflict-mark", title: "the articles disagree" }, " ≠", h("span", { class: "visually-hidden" }, " (the articles disagree)")) : null),
      claims.map((c) => h("td", { "data-article-id": c.article, class: conflict ? "conflict" : null },
        f.has(c) ? f.cell(c, x) : h("span", { class: "muted", title: "the article does not say" }, "—"))));
  });
  // Narrow columns side by side while they fit; more articles scroll.
  const minWidth = 80 + 96 * claims.length;
  return h("section", { class: "claims", "aria-labelledby": "claims-title" },
    h("h3", { id: "claims-title" }, `What each article says (${claims.length})`),
    h("p", { class: "claims-note" }, disputed.length
      ? [`The articles disagree on the ${disputed.join(" and ")} (highlighted, ≠). Above is `,
        disputed.map((f) => MERGED[f]).join("; "), "."]
      : "The articles’ dates, places and figures are compatible."),
    h("div", { class: "claims-wrap", role: "region", "aria-labelledby": "claims-title", tabindex: "0" },
      h("table", { class: "claims-table", style: `min-width:${minWidth}px` }, h("thead", {}, head), h("tbody", {}, body))));
}

/**
 * disputeNote says who gives which value of a disputed field: "12 officials
 * (Northern Wire, Baltic Observer) vs about 15 officials (Minsk Courier)".
 */
function disputeNote(field, claims, label, outletOf) {
  const groups = new Map();
  for (const c of claims) {
    const v = field === "place" ? c.place : field === "date" ? c.date && `${c.date.start}/${c.date.end}` : c[field] && JSON.stringify(c[field]);
    if (!v) continue;
    if (!groups.has(v)) groups.set(v, { claim: c, articles: [] });
    groups.get(v).articles.push(c.article);
  }
  const parts = [...groups.values()].map((g, i) => [
    i ? h("span", { class: "vs" }, " vs ") : null,
    h("span", { class: "dispute-value" }, label(g.claim)),
    " (", g.articles.map((a, j) => [j ? ", " : null, outletOf(a)]), ")",
  ]);
  return h("span", { class: "dispute", "data-field": field },
    h("span", { class: "tag tag-conflict" }, "≠ reports differ"), " ", parts);
}

/**
 * placeLabel names a claim's place (an id): the event's own place, one the
 * page knows, else a country looked up as the actor it is, else the id.
 */
function placeLabel(c, ev, on, seq) {
  const id = c.place;
  const known = ev.place && ev.place.id === id ? ev.place.name : on.placeName?.(id) || "";
  const el = h("span", { class: "claim-place", "data-place-id": id }, known || id);
  if (!known && c.placeKind === "country") {
    api.actor(id).then((a) => {
      if (seq === renderSeq) el.textContent = a.name;
    }, () => {});
  }
  return el;
}

function fillSource(li, s, art, on) {
  const loc = locateQuote(art.text, s);
  const bq = clear(li.querySelector("blockquote"));
  if (loc.start >= 0) {
    const c = contextAround(loc.cps, loc.start, loc.end);
    add(bq, c.cutBefore ? "… " : "", c.before, h("mark", {}, c.quote), c.after, c.cutAfter ? " …" : "");
  } else {
    bq.append(h("mark", {}, s.quote));
  }
  const meta = clear(li.querySelector(".source-meta"));
  meta.classList.remove("muted");
  add(meta,
    h("span", { class: "outlet" }, art.outlet),
    art.published ? h("span", { class: "published" }, art.published) : null,
    art.method === "extracted"
      ? h("span", { class: "tag tag-unreviewed", title: `facts drafted by the extractor${art.extractor ? ` ${art.extractor}` : ""}, not reviewed` }, "extracted")
      : null,
    h("button", {
      type: "button",
      class: "linklike",
      title: `Open “${art.title}” with this sentence highlighted`,
      onclick: () => on.onArticle(art.id, loc.start >= 0 ? [loc.start, loc.end] : null),
    }, "Read in article"),
    art.url ? h("a", { href: art.url, target: "_blank", rel: "noopener noreferrer", class: "external" }, "original ↗") : null,
    !loc.exact && loc.start >= 0 ? h("span", { class: "tag tag-warn", title: `stored offsets ${s.start}–${s.end} do not match the quote` }, "offsets re-located") : null,
    loc.start < 0 ? h("span", { class: "tag tag-warn" }, "quote not found in the article text") : null,
  );
  li.title = art.title;
}

/**
 * renderArticle fills the article dialog: the whole text, the [start, end)
 * code points highlighted.
 */
export function renderArticle(dialog, art, hl) {
  dialog.querySelector("#article-title").textContent = art.title;
  const meta = clear(dialog.querySelector("#article-meta"));
  add(meta,
    [art.outlet, art.published, art.language].filter(Boolean).join(" · "),
    art.url ? [" · ", h("a", { href: art.url, target: "_blank", rel: "noopener noreferrer" }, "original ↗")] : null,
  );
  const body = clear(dialog.querySelector("#article-text"));
  const cps = Array.from(art.text);
  if (hl && hl[0] >= 0 && hl[1] <= cps.length && hl[0] < hl[1]) {
    const mark = h("mark", { id: "article-hl" }, cps.slice(hl[0], hl[1]).join(""));
    body.append(cps.slice(0, hl[0]).join(""), mark, cps.slice(hl[1]).join(""));
    return mark;
  }
  body.append(art.text);
  return null;
}
