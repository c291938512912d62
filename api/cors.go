package api

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"
)

// ParseOrigins reads a comma-separated list of origins allowed to call the
// API from a browser (scheme://host[:port], as browsers send them in the
// Origin header), or "*" for any origin. Empty means none.
func ParseOrigins(s string) ([]string, error) {
	var out []string
	for o := range strings.SplitSeq(s, ",") {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		if o == "*" {
			out = append(out, o)
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
			u.Path != "" || u.RawQuery != "" || u.Fragment != "" {
			return nil, fmt.Errorf("%q is not an origin such as https://example.org or http://localhost:3000 (no path, not even /)", o)
		}
		// Browsers send the scheme and host in lower case.
		out = append(out, strings.ToLower(o))
	}
	if slices.Contains(out, "*") && len(out) > 1 {
		return nil, fmt.Errorf("%q: give either * or a list of origins, not both", s)
	}
	return out, nil
}

// corsMaxAge is how long, in seconds, a browser may reuse a preflight's
// answer.
const corsMaxAge = "600"

// cors lets the listed origins call the API from a browser. With no
// origins it adds nothing: browsers then keep other sites' pages from
// reading the API, which is the safe default for an API that also takes
// writes. Preflight requests from an allowed origin are answered here;
// others fall through to the routes, which do not answer OPTIONS.
func cors(origins []string, writes bool) gin.HandlerFunc {
	anyOrigin := slices.Contains(origins, "*")
	methods := "GET, HEAD"
	if writes {
		methods += ", POST, DELETE"
	}
	return func(c *gin.Context) {
		origin := c.GetHeader("Origin")
		h := c.Writer.Header()
		if !anyOrigin {
			// The answer depends on the Origin header: caches must not
			// give one origin's answer to another.
			h.Add("Vary", "Origin")
		}
		if origin == "" || (!anyOrigin && !slices.Contains(origins, strings.ToLower(origin))) {
			c.Next()
			return
		}
		if anyOrigin {
			h.Set("Access-Control-Allow-Origin", "*")
		} else {
			h.Set("Access-Control-Allow-Origin", origin)
		}
		if c.Request.Method == http.MethodOptions && c.GetHeader("Access-Control-Request-Method") != "" {
			h.Set("Access-Control-Allow-Methods", methods)
			// Bearer tokens travel in a header, not as cookies, so
			// credentials mode is never needed.
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			h.Set("Access-Control-Max-Age", corsMaxAge)
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		h.Set("Access-Control-Expose-Headers", "Link, Location, Retry-After, WWW-Authenticate")
		c.Next()
	}
}
