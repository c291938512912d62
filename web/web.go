// Package web embeds eventgraph's browser page: the timeline, the details
// panel and the who-met-whom graph, built from web/src by esbuild into
// web/dist (`make web`, or scripts/web-build). The build output is not
// committed; on a fresh clone dist holds only a placeholder, the binary
// still builds, and Built reports false so the server can say how to build
// the page instead of serving nothing. The server serves Dist with
// api.WithPage.
package web

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

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
