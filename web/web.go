// Package web embeds eventgraph's browser page: the timeline, the details
// panel and the who-met-whom graph, built from web/src by esbuild into
// web/dist (`make web`, or scripts/web-build). The build output is not
// committed; on a fresh clone dist holds only a placeholder, the binary
// still builds, and Built reports false so the server can say how to build
// the page instead of serving nothing.
package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed all:dist
var dist embed.FS

// NotBuiltMessage is what the server answers at / when the page was not
// built into the binary.
const NotBuiltMessage = "page not built: run make web (or scripts/web-build), then rebuild eventgraph\n"

// Dist returns the built page with index.html at its root. It is never nil:
// before a build it holds only the placeholder.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		// fs.Sub fails only on an invalid path; "dist" is valid.
		panic(err)
	}
	return sub
}

// Built reports whether the page was built before the binary was: whether
// Dist holds index.html.
func Built() bool {
	_, err := fs.Stat(Dist(), "index.html")
	return err == nil
}

// Handler serves Dist at the root of whatever prefix it is mounted under
// (strip the prefix first). When the page was not built it answers every
// request with 503 and NotBuiltMessage. The placeholder file is never
// served.
func Handler() http.Handler {
	if !Built() {
		return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte(NotBuiltMessage))
		})
	}
	files := http.FileServerFS(Dist())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/.gitkeep" {
			http.NotFound(w, r)
			return
		}
		// The bundle's names are not content-hashed: let browsers revalidate.
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}
