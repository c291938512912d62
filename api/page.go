package api

import (
	"errors"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/gin-gonic/gin"
)

// page serves the built web page from an fs.FS holding index.html at its
// root and the assets beside it.
type page struct {
	fsys fs.FS
}

// notBuilt is the answer at / when the page's files hold no index.html:
// a binary built before the page was. Saying how to fix it beats a bare
// 404.
var notBuilt = Problem{
	Type: "about:blank", Title: http.StatusText(http.StatusServiceUnavailable), Status: http.StatusServiceUnavailable,
	Detail: "The web page was not built into this binary: run make web, then rebuild eventgraph. The API under /api/v1 works.",
}

func (p *page) index(c *gin.Context) {
	b, err := fs.ReadFile(p.fsys, "index.html")
	if errors.Is(err, fs.ErrNotExist) {
		writeProblem(c, notBuilt)
		return
	}
	if err != nil {
		renderError(c, err)
		return
	}
	// The bundle's file names carry no content hash, so browsers must
	// revalidate to pick up a new build.
	c.Header("Cache-Control", "no-cache")
	c.Data(http.StatusOK, "text/html; charset=utf-8", b)
}

// asset serves the page's file at the request path, and hands anything
// else to fallback. It runs as the NoRoute handler, so it only sees paths
// no API route matched; paths under /api/ always get the API's 404.
func (p *page) asset(fallback gin.HandlerFunc) gin.HandlerFunc {
	return func(c *gin.Context) {
		m := c.Request.Method
		urlPath := c.Request.URL.Path
		if (m != http.MethodGet && m != http.MethodHead) || strings.HasPrefix(urlPath, "/api/") {
			fallback(c)
			return
		}
		name := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
		if name == "index.html" {
			// ServeFileFS would redirect this to "./"; answer it directly.
			p.index(c)
			return
		}
		if !fs.ValidPath(name) || name == "." || hidden(name) {
			fallback(c)
			return
		}
		st, err := fs.Stat(p.fsys, name)
		if err != nil || st.IsDir() {
			fallback(c)
			return
		}
		// NoRoute set the status to 404 before calling us; ServeFileFS
		// writes its own.
		c.Status(http.StatusOK)
		c.Header("Cache-Control", "no-cache")
		http.ServeFileFS(c.Writer, c.Request, p.fsys, name)
	}
}

// hidden reports whether a path has a dot file or folder in it, such as
// the .gitkeep that holds the page's folder in git: those are not part of
// the page.
func hidden(name string) bool {
	for seg := range strings.SplitSeq(name, "/") {
		if strings.HasPrefix(seg, ".") {
			return true
		}
	}
	return false
}
