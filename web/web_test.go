package web

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestDistIsAnFSEvenUnbuilt(t *testing.T) {
	d := Dist()
	if d == nil {
		t.Fatal("Dist() is nil")
	}
	// The placeholder keeps the folder in git and the embed pattern valid.
	if _, err := fs.Stat(d, ".gitkeep"); err != nil {
		t.Errorf("placeholder missing from Dist(): %v", err)
	}
	_, err := fs.Stat(d, "index.html")
	if Built() != (err == nil) {
		t.Errorf("Built() = %v, but index.html stat error is %v", Built(), err)
	}
}

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()

	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}

	status, body := get("/")
	if !Built() {
		if status != http.StatusServiceUnavailable || body != NotBuiltMessage {
			t.Errorf("unbuilt page: %d %q, want 503 %q", status, body, NotBuiltMessage)
		}
		t.Skip("page not built (scripts/web-build): only the not-built answer checked")
	}
	if status != http.StatusOK || !strings.Contains(body, "assets/app.js") {
		t.Errorf("GET /: %d, body without the bundle: %.200s", status, body)
	}
	for _, path := range []string{"/assets/app.js", "/assets/app.css", "/timelinejs.html", "/timelinejs/js/timeline.js", "/timelinejs/css/timeline.css"} {
		if status, _ := get(path); status != http.StatusOK {
			t.Errorf("GET %s: %d", path, status)
		}
	}
	if status, _ := get("/.gitkeep"); status != http.StatusNotFound {
		t.Errorf("GET /.gitkeep: %d, want 404", status)
	}
}
