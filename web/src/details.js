// The details panel of one event: what, when (with the original wording),
// where, who in which role, how much, CAMEO, and every source quote shown in
// the context of its article, and whether a person reviewed it (its
// provenance). The event is an Event of api/openapi.json: place, amount and
// count may be null; summary, cameo and date.text may be absent.

import * as api from "./api.js";
import { h, add, clear, formatDate, isApproximate, isUnreviewed, UNREVIEWED, formatAmount, formatCount, locateQuote, contextAround, token } from "./util.js";
import { cameoLabel } from "./vocab.js";

let renderSeq = 0;

/**
 * renderDetails fills root with an event's details.
 * @param {HTMLElement} root
 * @param {object} ev an Event from the API
 * @param {{onActor: Function, onPlace: Function, onArticle: Function, onClose: Function}} on
 */
export function renderDetails(root, ev, on) {
  const seq = ++renderSeq;
  clear(root);
  const d = ev.date;
  const approx = isApproximate(d);
  const unreviewed = isUnreviewed(ev);

  const facts = h("dl", { class: "facts" },
    h("dt", {}, "When"),
    h("dd", { class: "when" },
      h("span", { class: "date-main" }, formatDate(d)),
      approx ? h("span", { class: "tag tag-approx", title: `Known only to the ${d.precision}` }, `≈ ${d.precision}`) : null,
      h("span", { class: "wording" },
        d.text ? h("q", { class: "date-text" }, d.text) : null,
        d.text ? " — " : null,
        `${d.precision} precision${d.start !== d.end ? `, ${d.start} to ${d.end}` : `, ${d.start}`}`)),
    h("dt", {}, "Where"),
    h("dd", {}, ev.place
      ? [h("button", { type: "button", class: "linklike", title: `Show events in ${ev.place.name}`, onclick: () => on.onPlace(ev.place) }, ev.place.name),
        " ", h("span", { class: "kind" }, ev.place.kind)]
      : h("span", { class: "muted" }, "not stated")),
    ev.amount ? [h("dt", {}, "Amount"), h("dd", { class: "amount" }, formatAmount(ev.amount))] : null,
    ev.count ? [h("dt", {}, "Count"), h("dd", { class: "count" }, formatCount(ev.count))] : null,
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
    h("h3", {}, `Sources (${ev.sources.length})`),
    ev.sources.length ? sources : h("p", { class: "muted" }, "No source recorded."),
  ));

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
