package main

import (
	"net/http"
	"path/filepath"
	"testing"
)

// TestServeBenchRoutes: the benchmark routes are served only with
// --bench-routes or EVENTGRAPH_BENCH_ROUTES=1.
func TestServeBenchRoutes(t *testing.T) {
	tests := []struct {
		name string
		env  string
		args []string
		want int
	}{
		{"default", "", nil, http.StatusNotFound},
		{"flag", "", []string{"--bench-routes"}, http.StatusOK},
		{"env", "1", nil, http.StatusOK},
		{"flag wins over env", "1", []string{"--bench-routes=false"}, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("EVENTGRAPH_BENCH_ROUTES", tt.env)
			dir := t.TempDir()
			args := append([]string{"--store", "sqlite:" + filepath.Join(dir, "bench.db"), "--seeds", filepath.Join(dir, "none")}, tt.args...)
			base, _, stop := startServe(t, args...)
			for _, path := range []string{"/bench/bytes?size=1000", "/debug/pprof/"} {
				if code, body := httpGet(t, base+path); code != tt.want {
					t.Errorf("GET %s: %d, want %d: %.200s", path, code, tt.want, body)
				} else if code == http.StatusOK && path[1] == 'b' && len(body) != 1000 {
					t.Errorf("GET %s: %d bytes", path, len(body))
				}
			}
			if err := stop(); err != nil {
				t.Fatal(err)
			}
		})
	}
}
