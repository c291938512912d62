// The page's only door to the eventgraph JSON API. Its routes are resolved
// against the page's own URL, not the server root, so that the page works
// behind a reverse proxy that serves it under a path prefix. Response
// shapes are the ones api/openapi.json documents: lists are {items, next},
// next is a cursor string or null. Errors come back as ApiError with a
// message a reader can act on.

/** API is the base URL of the API routes, relative to the page. */
export const API = new URL("api/v1/", document.baseURI);

export class ApiError extends Error {
  /**
   * @param {string} message what went wrong, for people
   * @param {{status?: number, detail?: string, network?: boolean}} info
   */
  constructor(message, info = {}) {
    super(message);
    this.name = "ApiError";
    this.status = info.status ?? 0;
    this.detail = info.detail ?? "";
    this.network = !!info.network;
  }
}

/** url builds the URL of a route, given as a path relative to API ("timeline", "events/x"). */
export function url(path, params) {
  const u = new URL(path, API);
  for (const [k, v] of Object.entries(params || {})) {
    // The API rejects "?type=" (empty) with a 400: leave unset filters out.
    if (v != null && v !== "") u.searchParams.set(k, String(v));
  }
  return u;
}

/** getJSON fetches one API resource. */
export async function getJSON(path, params, { signal } = {}) {
  const u = url(path, params);
  let res;
  try {
    res = await fetch(u, { headers: { Accept: "application/json, application/problem+json" }, signal });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    throw new ApiError("The eventgraph API cannot be reached.", {
      network: true,
      detail: `Requesting ${u.pathname} failed (${err.message}). Is \`eventgraph serve\` still running?`,
    });
  }
  if (!res.ok) {
    let problem = null;
    try {
      problem = await res.json();
    } catch {
      /* not JSON: keep the status line */
    }
    const title = problem?.title || res.statusText || "Request failed";
    const msg = res.status === 503
      ? "The graph store is unavailable right now."
      : res.status >= 500 || res.status === 0
        ? "The eventgraph API failed to answer."
        : title;
    throw new ApiError(msg, { status: res.status, detail: problem?.detail || `${u.pathname} answered ${res.status}` });
  }
  try {
    return await res.json();
  } catch {
    throw new ApiError("The eventgraph API sent something that is not JSON.", {
      status: res.status,
      detail: `${u.pathname} did not answer with JSON: is this page served by \`eventgraph serve\`?`,
    });
  }
}

/**
 * getAll follows a listing's cursors and returns every item, up to max.
 * It reports whether it stopped early.
 */
export async function getAll(path, params, { signal, max = 5000 } = {}) {
  const items = [];
  let cursor = "";
  for (;;) {
    const page = await getJSON(path, { ...params, limit: 500, cursor }, { signal });
    items.push(...page.items);
    // next is null on the last page (an empty string would mean the same).
    if (!page.next) return { items, truncated: false };
    if (items.length >= max) return { items, truncated: true };
    cursor = page.next;
  }
}

const articleCache = new Map();

/** article fetches an article with its text once per page load. */
export function article(id) {
  if (!articleCache.has(id)) {
    const p = getJSON(`articles/${encodeURIComponent(id)}`);
    p.catch(() => articleCache.delete(id));
    articleCache.set(id, p);
  }
  return articleCache.get(id);
}

const actorCache = new Map();

/** actor fetches one actor (for the name of an id found in the URL). */
export function actor(id) {
  if (!actorCache.has(id)) {
    const p = getJSON(`actors/${encodeURIComponent(id)}`);
    p.catch(() => actorCache.delete(id));
    actorCache.set(id, p);
  }
  return actorCache.get(id);
}
