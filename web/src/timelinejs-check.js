// Renders /api/v1/timeline.timelinejs (same filters as the page's URL) in
// TimelineJS, from the copy of TimelineJS that the build puts beside this
// page: nothing is fetched from outside the server.
/* global TL */

const status = document.getElementById("status");

function say(text, error = false) {
  status.textContent = text;
  status.className = error ? "error" : "";
  document.body.dataset.state = error ? "error" : "ready";
}

async function main() {
  const params = new URLSearchParams(window.location.search);
  const q = new URLSearchParams();
  for (const k of ["actor", "type", "place", "from", "to"]) if (params.get(k)) q.set(k, params.get(k));
  let data;
  try {
    const res = await fetch(`/api/v1/timeline.timelinejs${q.toString() ? "?" + q : ""}`, { headers: { Accept: "application/json" } });
    if (!res.ok) throw new Error(`the API answered ${res.status}`);
    data = await res.json();
  } catch (err) {
    say(`The TimelineJS export could not be loaded: ${err.message}`, true);
    return;
  }
  const n = (data.events || []).length;
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
