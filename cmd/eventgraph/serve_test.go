package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer the server's goroutines and the test can
// share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestServeUsage(t *testing.T) {
	code, _, errOut := eventgraph(t, "serve", "--help")
	if code != 0 || !strings.Contains(errOut, "-addr") || !strings.Contains(errOut, "-seeds") || !strings.Contains(errOut, "-store") {
		t.Errorf("serve --help: exit %d, %q", code, errOut)
	}
	tests := []struct {
		name string
		env  string
		args []string
	}{
		{"addr without port", "", []string{"--addr", "localhost"}},
		{"port out of range", "", []string{"--addr", "127.0.0.1:70000"}},
		{"port not a number", "", []string{"--addr", "127.0.0.1:http"}},
		{"bad addr from the environment", "nonsense", nil},
		{"stray argument", "", []string{"seeds"}},
		{"unknown flag", "", []string{"--port", "8080"}},
		{"empty store", "", []string{"--store", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("EVENTGRAPH_ADDR", tt.env)
			if code, _, errOut := eventgraph(t, append([]string{"serve"}, tt.args...)...); code != 2 {
				t.Errorf("exit %d, want 2: %s", code, errOut)
			}
		})
	}
}

var servingRE = regexp.MustCompile(`msg=serving addr=(http://\S+)`)

// startServe runs eventgraph serve in-process on a free port until the
// returned stop is called; stop returns runServe's error.
func startServe(t *testing.T, args ...string) (base string, log *syncBuffer, stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	log = &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, append([]string{"--addr", "127.0.0.1:0"}, args...), io.Discard, log) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if m := servingRE.FindStringSubmatch(log.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve stopped before serving: %v\n%s", err, log.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start:\n%s", log.String())
		}
	}
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				t.Fatalf("serve did not stop")
			}
		})
		return err
	}
	t.Cleanup(func() { _ = stop() })
	return base, log, stop
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	return res.StatusCode, string(b)
}

// TestServeSeedsServesAndDrains: a fresh store gets the seed, the API
// answers who met whom, cancelling stops the server cleanly, and a second
// start on the same store does not import again.
func TestServeSeedsServesAndDrains(t *testing.T) {
	store := "sqlite:" + filepath.Join(t.TempDir(), "serve.db")
	base, log, stop := startServe(t, "--store", store, "--seeds", "../../seeds")
	if code, body := httpGet(t, base+"/readyz"); code != http.StatusOK {
		t.Fatalf("/readyz: %d %s", code, body)
	}
	code, body := httpGet(t, base+"/api/v1/actors/alexander-lukashenko/met")
	if code != http.StatusOK || !strings.Contains(body, `"vladimir-putin"`) ||
		!strings.Contains(body, "2019-02-15") || !strings.Contains(body, "2020-09-14") {
		t.Errorf("met: %d %s", code, body)
	}
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v after cancel", err)
	}
	out := log.String()
	for _, want := range []string{"imported seeds", "path=/api/v1/actors/alexander-lukashenko/met status=200", "shutting down", "stopped"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	if st := statsJSON(t, store); st.Articles != 1 {
		t.Errorf("after serve the store holds %d articles, want 1", st.Articles)
	}

	_, log, stop = startServe(t, "--store", store, "--seeds", "../../seeds")
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(log.String(), "imported seeds") {
		t.Errorf("a store with articles was seeded again:\n%s", log.String())
	}
}

// TestServeWithoutSeeds: a missing seed folder leaves the store empty but
// the server up.
func TestServeWithoutSeeds(t *testing.T) {
	store := "sqlite:" + filepath.Join(t.TempDir(), "empty.db")
	base, _, _ := startServe(t, "--store", store, "--seeds", filepath.Join(t.TempDir(), "none"))
	if code, body := httpGet(t, base+"/api/v1/actors"); code != http.StatusOK || !strings.Contains(body, `"items":[]`) {
		t.Errorf("actors on an empty store: %d %s", code, body)
	}
}
