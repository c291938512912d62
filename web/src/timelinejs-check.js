// Renders api/v1/timeline.timelinejs (same filters as the page's URL) in
// TimelineJS, from the copy of TimelineJS that the build puts beside this
// page: nothing is fetched from outside the server.
/* global TL */

const status = document.getElementById("status");

function say(text, error = false) {
  status.textContent = text;
  status.className = error ? "error" : "";
  document.body.dataset.state = error ? "error" : "ready";
}

/**
 * nextLink reads the rel="next" target of a Link header (RFC 8288): how the
 * export says there is another page.
 */
function nextLink(header) {
  for (const part of (header || "").split(",")) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m && /(^|;)\s*rel="?next"?\s*(;|$)/.test(m[2])) return m[1];
  }
  return "";
}

async function main() {
  const params = new URLSearchParams(window.location.search);
  // Relative to this page, so that it works under a path prefix too.
  let next = new URL("api/v1/timeline.timelinejs", document.baseURI);
  // limit is the page size, passed on so that a test can make the export
  // take several pages.
  for (const k of ["actor", "type", "place", "from", "to", "limit"]) if (params.get(k)) next.searchParams.set(k, params.get(k));
  let data;
  try {
    // The export is paged: follow its Link headers and keep every event.
    while (next) {
      const res = await fetch(next, { headers: { Accept: "application/json" } });
      if (!res.ok) throw new Error(`the API answered ${res.status}`);
      const page = await res.json();
      if (data) data.events.push(...page.events);
      else data = page;
      // The link names the route from the server's root; take only its
      // query, so that a path prefix in front of the page is kept.
      const link = nextLink(res.headers.get("Link"));
      if (link) {
        const u = new URL(next);
        u.search = new URL(link, next).search;
        next = u;
      } else {
        next = null;
      }
    }
  } catch (err) {
    say(`The TimelineJS export could not be loaded: ${err.message}`, true);
    return;
  }
  const n = data.events.length;
  if (!n) {
    say("No events to show.");
    return;
  }
  window.timeline = new TL.Timeline("timeline-embed", data, {
    // An absolute path, so TimelineJS resolves its own files on this server.
    script_path: new URL("timelinejs/js/", window.location.href).toString(),
    font: null, // the default font sheet loads web fonts from outside
    language: "en",
    hash_bookmark: false,
    // ?slide=N opens on slide N (0 is the title slide).
    start_at_slide: Math.max(0, Number.parseInt(params.get("slide") || "0", 10) || 0),
  });
  window.timeline.on("loaded", () => say(`${n} events`));
}

main();
