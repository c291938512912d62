package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/graph/open"
	"github.com/eventgraph/eventgraph/importer"
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
		// said, when set, is what the error must name.
		said string
	}{
		{"addr without port", "", []string{"--addr", "localhost"}, ""},
		{"port out of range", "", []string{"--addr", "127.0.0.1:70000"}, ""},
		{"port not a number", "", []string{"--addr", "127.0.0.1:http"}, ""},
		{"bad addr from the environment", "nonsense", nil, ""},
		{"stray argument", "", []string{"seeds"}, ""},
		{"unknown flag", "", []string{"--port", "8080"}, ""},
		{"empty store", "", []string{"--store", ""}, ""},
		{"staleness without a unit", "", []string{"--timeline-staleness", "100"}, "--timeline-staleness"},
		{"negative staleness", "", []string{"--timeline-staleness", "-1s"}, "--timeline-staleness"},
		{"staleness above a minute", "", []string{"--timeline-staleness", "2m"}, "--timeline-staleness"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("EVENTGRAPH_ADDR", tt.env)
			code, _, errOut := eventgraph(t, append([]string{"serve"}, tt.args...)...)
			if code != 2 {
				t.Errorf("exit %d, want 2: %s", code, errOut)
			}
			if !strings.Contains(errOut, tt.said) {
				t.Errorf("error %q names no %s", errOut, tt.said)
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
	for _, want := range []string{"imported the seed articles", "path=/api/v1/actors/alexander-lukashenko/met status=200", "shutting down", "stopped"} {
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
	if strings.Contains(log.String(), "imported the seed articles") {
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

// serveToken is the API token of the serve tests.
const serveToken = "serve-test-token-0123456789"

// clearWriteEnv unsets the write and CORS settings the developer's
// environment may hold.
func clearWriteEnv(t *testing.T) {
	t.Helper()
	for _, k := range []string{"EVENTGRAPH_API_TOKEN", "EVENTGRAPH_MAX_BODY", "EVENTGRAPH_WRITE_RATE", "EVENTGRAPH_WRITE_BURST", "EVENTGRAPH_CORS_ORIGINS"} {
		t.Setenv(k, "")
	}
}

// TestServeWriteConfig: bad write or CORS settings stop serve before it
// opens the store, and no message shows the token.
func TestServeWriteConfig(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
	}{
		{"short token", map[string]string{"EVENTGRAPH_API_TOKEN": "short"}, nil},
		{"token with a space", map[string]string{"EVENTGRAPH_API_TOKEN": "two words-0123456789abc"}, nil},
		{"short token flag", nil, []string{"--api-token", "short"}},
		{"max body zero", map[string]string{"EVENTGRAPH_MAX_BODY": "0"}, nil},
		{"max body words", nil, []string{"--max-body", "4MiB"}},
		{"rate zero", map[string]string{"EVENTGRAPH_WRITE_RATE": "0"}, nil},
		{"rate not a number", nil, []string{"--write-rate", "NaN"}},
		{"burst zero", map[string]string{"EVENTGRAPH_WRITE_BURST": "0"}, nil},
		{"burst fraction", nil, []string{"--write-burst", "1.5"}},
		{"origin with a path", map[string]string{"EVENTGRAPH_CORS_ORIGINS": "https://news.example/"}, nil},
		{"origin without scheme", nil, []string{"--cors-origins", "news.example"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearWriteEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			store := "sqlite:" + filepath.Join(t.TempDir(), "never.db")
			code, _, errOut := eventgraph(t, append([]string{"serve", "--store", store}, tt.args...)...)
			if code != 2 {
				t.Errorf("exit %d, want 2: %s", code, errOut)
			}
			for _, secret := range []string{"short", "two words"} {
				if strings.Contains(errOut, secret) {
					t.Errorf("the message shows the token: %s", errOut)
				}
			}
		})
	}
	// --help prints every flag's default, but not the token of the
	// environment.
	clearWriteEnv(t)
	t.Setenv("EVENTGRAPH_API_TOKEN", serveToken)
	code, _, errOut := eventgraph(t, "serve", "--help")
	if code != 0 || !strings.Contains(errOut, "-api-token") || strings.Contains(errOut, serveToken) {
		t.Errorf("serve --help: exit %d, shows the token: %v\n%s", code, strings.Contains(errOut, serveToken), errOut)
	}
}

func httpDo(t *testing.T, method, url, body string, header map[string]string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, res.Header, string(b)
}

// outletPost is the body posting testdata/outlets' article.
func outletPost(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "outlets", "rferl-2020-09-15-sochi.txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, text, _ := strings.Cut(string(raw), "\n---\n\n")
	ann, err := os.ReadFile(filepath.Join("testdata", "outlets", "rferl-2020-09-15-sochi.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(map[string]string{
		"id": "rferl-2020-09-15-sochi", "title": "Lukashenka and Putin hold talks in Sochi", "outlet": "RFE/RL",
		"published": "2020-09-15", "language": "en", "text": text, "annotation": string(ann),
	})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestServeWrites: with EVENTGRAPH_API_TOKEN set, serve takes writes
// from holders of the token and answers CORS for the configured origin;
// neither its start nor its request log shows a token.
func TestServeWrites(t *testing.T) {
	clearWriteEnv(t)
	t.Setenv("EVENTGRAPH_API_TOKEN", serveToken)
	t.Setenv("EVENTGRAPH_CORS_ORIGINS", "https://news.example")
	store := "sqlite:" + filepath.Join(t.TempDir(), "writes.db")
	base, log, stop := startServe(t, "--store", store, "--seeds", "../../seeds")
	const wrong = "wrong-token-0123456789abcdef"
	auth := map[string]string{"Authorization": "Bearer " + serveToken, "Content-Type": "application/json"}

	if code, h, body := httpDo(t, http.MethodPost, base+"/api/v1/articles", outletPost(t), map[string]string{"Authorization": "Bearer " + wrong}); code != http.StatusUnauthorized || h.Get("WWW-Authenticate") == "" {
		t.Errorf("wrong token: %d %v %s", code, h, body)
	}
	code, _, body := httpDo(t, http.MethodPost, base+"/api/v1/articles", outletPost(t), auth)
	if code != http.StatusCreated || !strings.Contains(body, `"status":"added"`) || !strings.Contains(body, `"to":"alexander-lukashenko"`) {
		t.Errorf("POST: %d %s", code, body)
	}
	code, h, _ := httpDo(t, http.MethodGet, base+"/api/v1/stats", "", map[string]string{"Origin": "https://news.example"})
	if code != http.StatusOK || h.Get("Access-Control-Allow-Origin") != "https://news.example" {
		t.Errorf("GET with an allowed Origin: %d, Access-Control-Allow-Origin %q", code, h.Get("Access-Control-Allow-Origin"))
	}
	if code, _, body := httpDo(t, http.MethodDelete, base+"/api/v1/articles/rferl-2020-09-15-sochi", "", auth); code != http.StatusNoContent {
		t.Errorf("DELETE: %d %s", code, body)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	out := log.String()
	for _, want := range []string{"writes enabled", "CORS on", "method=POST path=/api/v1/articles status=401", "status=201", "method=DELETE", "status=204"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	for _, secret := range []string{serveToken, wrong} {
		if strings.Contains(out, secret) {
			t.Errorf("the log shows a token:\n%s", out)
		}
	}
	if st := statsJSON(t, store); st.Articles != 1 {
		t.Errorf("after POST and DELETE the store holds %d articles, want the seed's 1", st.Articles)
	}
}

// TestServeWritesDisabled: without a token serve says at start that
// writes are off and how to turn them on, and refuses them with 403.
func TestServeWritesDisabled(t *testing.T) {
	clearWriteEnv(t)
	store := "sqlite:" + filepath.Join(t.TempDir(), "readonly.db")
	base, log, _ := startServe(t, "--store", store, "--seeds", "../../seeds")
	code, _, body := httpDo(t, http.MethodPost, base+"/api/v1/articles", outletPost(t), map[string]string{"Authorization": "Bearer " + serveToken})
	if code != http.StatusForbidden || !strings.Contains(body, "EVENTGRAPH_API_TOKEN") {
		t.Errorf("POST without writes: %d %s", code, body)
	}
	code, h, _ := httpDo(t, http.MethodGet, base+"/api/v1/stats", "", map[string]string{"Origin": "https://news.example"})
	if code != http.StatusOK || h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS is on by default: %d, Access-Control-Allow-Origin %q", code, h.Get("Access-Control-Allow-Origin"))
	}
	if out := log.String(); !strings.Contains(out, "writes disabled") || !strings.Contains(out, "set EVENTGRAPH_API_TOKEN") || !strings.Contains(out, "CORS off") {
		t.Errorf("the start log does not say writes and CORS are off:\n%s", out)
	}
}

// TestSeedingResumes: a seeding interrupted after some articles finishes
// on the next start with the articles the store lacks, and leaves the
// others as they are.
func TestSeedingResumes(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	seeds := filepath.Join(dir, "seeds")
	if err := os.MkdirAll(seeds, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{
		"../../seeds/aljazeera-2020-09-14-lukashenko-putin-sochi.txt", "../../seeds/aljazeera-2020-09-14-lukashenko-putin-sochi.yaml",
		"testdata/outlets/rferl-2020-09-15-sochi.txt", "testdata/outlets/rferl-2020-09-15-sochi.yaml",
	} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(seeds, filepath.Base(src)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	store, err := open.Store(ctx, open.Config{URI: "sqlite:" + filepath.Join(dir, "s.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(ctx)
	// The first start stopped after the first seed article.
	if _, err := importer.Import(ctx, store, []string{filepath.Join(seeds, "aljazeera-2020-09-14-lukashenko-putin-sochi.txt")}, nil); err != nil {
		t.Fatal(err)
	}
	var logged bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logged, nil))
	if err := seedMissing(ctx, store, seeds, log); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logged.String(), "articles=[rferl-2020-09-15-sochi]") {
		t.Errorf("the log does not say what was resumed: %s", logged.String())
	}
	if st, err := store.Stats(ctx); err != nil || st.Articles != 2 {
		t.Errorf("after resuming: %+v %v", st, err)
	}
	logged.Reset()
	if err := seedMissing(ctx, store, seeds, log); err != nil || !strings.Contains(logged.String(), "seeds already in the store") {
		t.Errorf("a third start: %v %s", err, logged.String())
	}
}

// TestRemovedSeedStaysRemoved: once the store holds other articles, a
// seed article someone removed is not imported again at the next start.
func TestRemovedSeedStaysRemoved(t *testing.T) {
	ctx := context.Background()
	store, err := open.Store(ctx, open.Config{URI: "sqlite:" + filepath.Join(t.TempDir(), "s.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(ctx)
	if _, err := importer.Import(ctx, store, []string{"testdata/outlets"}, nil); err != nil {
		t.Fatal(err)
	}
	var logged bytes.Buffer
	if err := seedMissing(ctx, store, "../../seeds", slog.New(slog.NewTextHandler(&logged, nil))); err != nil {
		t.Fatal(err)
	}
	if st, _ := store.Stats(ctx); st.Articles != 1 || !strings.Contains(logged.String(), "seeding was done") {
		t.Errorf("a store with other articles was seeded: %d articles, log %s", st.Articles, logged.String())
	}
}
