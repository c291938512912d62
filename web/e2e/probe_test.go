//go:build e2e

package e2e

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// probeJS runs in the page before the page's own scripts (openWith). It
// wraps fetch to record every request the page makes, and wraps the JSON
// of every API answer whose route api/openapi.json documents in proxies
// that record each field the page reads that the document does not name
// for that answer: the page must use the documented shapes, not guesses.
// Reads of keys every object answers (then, toJSON, constructor…) and of
// array methods are not fields and are not recorded.
const probeJS = `(() => {
  const spec = /*SPEC*/null;
  const schemas = spec.components.schemas;
  const resolve = (s) => { while (s && s.$ref) s = schemas[s.$ref.split("/").pop()]; return s; };
  const branches = (s) => { s = resolve(s); if (!s) return []; const alts = s.anyOf || s.oneOf; return alts ? alts.flatMap(branches) : [s]; };
  const routes = Object.entries(spec.paths).flatMap(([path, item]) => {
    const schema = item.get?.responses?.["200"]?.content?.["application/json"]?.schema;
    if (!schema) return [];
    const re = new RegExp(path.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+") + "$");
    return [{ path, re, schema }];
  });
  const log = { fetches: [], unknown: [], undocumented: [] };
  window.__probe = log;
  const free = new Set(["then", "toJSON", "constructor", "valueOf", "toString", "toLocaleString",
    "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "__proto__"]);
  const proxies = new WeakMap();
  const note = (where) => { if (!log.unknown.includes(where)) log.unknown.push(where); };
  function wrap(v, schema, where) {
    if (v === null || typeof v !== "object") return v;
    if (proxies.has(v)) return proxies.get(v);
    const bs = branches(schema);
    let p = v;
    if (Array.isArray(v)) {
      const items = bs.map((b) => b.items).find(Boolean);
      if (items) p = new Proxy(v, { get(t, k, r) {
        const x = Reflect.get(t, k, r);
        return typeof k === "string" && /^[0-9]+$/.test(k) ? wrap(x, items, where + "[]") : x;
      } });
    } else {
      const objs = bs.filter((b) => b.properties);
      if (objs.length) {
        const props = Object.assign({}, ...objs.map((b) => b.properties));
        p = new Proxy(v, { get(t, k, r) {
          const x = Reflect.get(t, k, r);
          if (typeof k !== "string" || free.has(k)) return x;
          if (!Object.hasOwn(props, k)) { note(where + "." + k); return x; }
          return wrap(x, props[k], where + "." + k);
        } });
      }
    }
    proxies.set(v, p);
    return p;
  }
  const fetch0 = window.fetch;
  window.fetch = async function (input, init) {
    const u = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    log.fetches.push(u.pathname + u.search);
    const res = await fetch0.call(this, input, init);
    if (!u.pathname.includes("/api/v1/") || !res.ok) return res;
    const route = routes.find((r) => r.re.test(u.pathname));
    if (!route) {
      if (!log.undocumented.includes(u.pathname)) log.undocumented.push(u.pathname);
      return res;
    }
    const json = res.json.bind(res);
    res.json = async () => wrap(await json(), route.schema, route.path);
    return res;
  };
})();`

// probe returns probeJS holding the server's OpenAPI document.
func probe(t *testing.T, base string) string {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/openapi.json")
	if err != nil {
		t.Fatalf("GET /api/v1/openapi.json: %v", err)
	}
	defer resp.Body.Close()
	spec, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK || !json.Valid(spec) {
		t.Fatalf("GET /api/v1/openapi.json: %d, %v", resp.StatusCode, err)
	}
	return strings.Replace(probeJS, "/*SPEC*/null", string(spec), 1)
}

// probed is what probeJS recorded.
type probed struct {
	// Fetches are the path and query of every fetch, in order.
	Fetches []string `json:"fetches"`
	// Unknown are the fields read that the document does not name, as
	// route.field.field.
	Unknown []string `json:"unknown"`
	// Undocumented are the API paths fetched that the document lacks.
	Undocumented []string `json:"undocumented"`
}

func (tb *tab) probed() probed {
	tb.t.Helper()
	return eval[probed](tb, `window.__probe`)
}
