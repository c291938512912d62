//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/eventgraph/eventgraph/internal/testenv"
)

// missing marks a prerequisite that is absent (no browser, no server):
// outside CI the tests skip on it, in CI they fail.
type missing struct{ what string }

func (m *missing) Error() string { return m.what }

// harness is shared by every test of the run: one temp folder, one browser,
// one server on the seed and, for the tests of several outlets, one on
// testdata/outlets.
var harness struct {
	tmpOnce sync.Once
	tmp     string
	tmpErr  error

	browserOnce sync.Once
	browserCtx  context.Context
	browserStop func()
	browserErr  error

	binOnce sync.Once
	bin     string
	binErr  error

	serverOnce sync.Once
	base       string
	serverStop func()
	serverErr  error

	outletsOnce sync.Once
	outletsBase string
	outletsStop func()
	outletsErr  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if harness.browserStop != nil {
		harness.browserStop()
	}
	if harness.serverStop != nil {
		harness.serverStop()
	}
	if harness.outletsStop != nil {
		harness.outletsStop()
	}
	if harness.tmp != "" {
		_ = os.RemoveAll(harness.tmp)
	}
	os.Exit(code)
}

// require skips (or, in CI, fails) the test when err says a prerequisite is
// missing, and fails it on any other error.
func require(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var m *missing
	if errors.As(err, &m) {
		testenv.Missing(t, fmt.Sprintf("e2e: %v (scripts/web-test installs what is needed)", err))
	}
	t.Fatalf("e2e setup: %v", err)
}

func tmpDir() (string, error) {
	harness.tmpOnce.Do(func() {
		harness.tmp, harness.tmpErr = os.MkdirTemp("", "eventgraph-e2e-")
	})
	return harness.tmp, harness.tmpErr
}

// outDir is where screenshots and logs go: web/e2e/out unless
// EVENTGRAPH_E2E_OUT says otherwise.
func outDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("EVENTGRAPH_E2E_OUT")
	if dir == "" {
		dir = "out"
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		t.Fatal(err)
	}
	return abs
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the test's folder")
		}
		dir = parent
	}
}

// ---- browser ------------------------------------------------------------------

func chromiumPath() (string, error) {
	if p := os.Getenv("EVENTGRAPH_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", &missing{fmt.Sprintf("EVENTGRAPH_CHROMIUM=%s: %v", p, err)}
		}
		return p, nil
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p, nil
	}
	return "", &missing{"Chromium not found at /usr/bin/chromium (apt-get install chromium)"}
}

// browser starts one headless Chromium for the run, with the flags this
// machine needs (no sandbox as root, nothing phoning home on the closed
// network) and a fresh profile.
func browser(t *testing.T) context.Context {
	t.Helper()
	harness.browserOnce.Do(func() {
		path, err := chromiumPath()
		if err != nil {
			harness.browserErr = err
			return
		}
		tmp, err := tmpDir()
		if err != nil {
			harness.browserErr = err
			return
		}
		profile := filepath.Join(tmp, "chromium-profile")
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(path),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.Flag("disable-gpu", true),
			chromedp.Flag("disable-quic", true),
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("disable-dev-shm-usage", true),
			chromedp.Flag("disable-extensions", true),
			chromedp.Flag("disable-default-apps", true),
			chromedp.Flag("disable-breakpad", true),
			chromedp.Flag("metrics-recording-only", true),
			chromedp.Flag("password-store", "basic"),
			chromedp.Flag("force-color-profile", "srgb"),
			chromedp.Flag("lang", "en-US"),
			chromedp.UserDataDir(profile),
			chromedp.WindowSize(1280, 800),
		}
		allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelCtx := chromedp.NewContext(allocCtx)
		// Start the browser now, so that a broken one is reported once.
		if err := chromedp.Do(ctx); err != nil {
			cancelCtx()
			cancelAlloc()
			harness.browserErr = fmt.Errorf("start %s: %w", path, err)
			return
		}
		harness.browserCtx = ctx
		harness.browserStop = func() { cancelCtx(); cancelAlloc() }
	})
	require(t, harness.browserErr)
	return harness.browserCtx
}

// ---- server -----------------------------------------------------------------------

// server returns the base URL of an `eventgraph serve` on the seed: one the
// tests start (EVENTGRAPH_BIN, or a binary built from ./cmd/eventgraph), or
// EVENTGRAPH_URL.
func server(t *testing.T) string {
	t.Helper()
	harness.serverOnce.Do(func() {
		if u := strings.TrimRight(os.Getenv("EVENTGRAPH_URL"), "/"); u != "" {
			harness.base, harness.serverErr = u, waitReady(u, nil, 30*time.Second)
			if harness.serverErr == nil {
				harness.serverErr = checkPage(u)
			}
			return
		}
		seeds := os.Getenv("EVENTGRAPH_SEEDS")
		if seeds == "" {
			root, err := moduleRoot()
			if err != nil {
				harness.serverErr = err
				return
			}
			seeds = filepath.Join(root, "seeds")
		}
		harness.base, harness.serverStop, harness.serverErr = startServer(outDir(t), "server", seeds)
	})
	require(t, harness.serverErr)
	return harness.base
}

// outletsServer returns the base URL of an `eventgraph serve` on
// testdata/outlets: three outlets' articles about one meeting, with their
// own ids, spellings and figures (testdata/outlets/README.md). The tests
// that count the seed's events keep the seed-only server; this one is
// always started by the tests, even when EVENTGRAPH_URL names a server.
func outletsServer(t *testing.T) string {
	t.Helper()
	harness.outletsOnce.Do(func() {
		dir, err := filepath.Abs(filepath.Join("testdata", "outlets"))
		if err != nil {
			harness.outletsErr = err
			return
		}
		harness.outletsBase, harness.outletsStop, harness.outletsErr = startServer(outDir(t), "outlets", dir)
	})
	require(t, harness.outletsErr)
	return harness.outletsBase
}

// startServer starts `eventgraph serve` on a fresh SQLite store (NAME.db)
// seeded from the folder seeds, logging to NAME.log in out.
func startServer(out, name, seeds string) (string, func(), error) {
	tmp, err := tmpDir()
	if err != nil {
		return "", nil, err
	}
	bin, err := serverBinary()
	if err != nil {
		return "", nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	addr := l.Addr().String()
	_ = l.Close()

	logPath := filepath.Join(out, name+".log")
	logf, err := os.Create(logPath)
	if err != nil {
		return "", nil, err
	}
	cmd := exec.Command(bin, "serve", "--store", "sqlite:"+filepath.Join(tmp, name+".db"), "--addr", addr, "--seeds", seeds)
	cmd.Stdout = logf
	cmd.Stderr = logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return "", nil, fmt.Errorf("start %s: %w", bin, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait(); logf.Close() }()
	stop := func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	}
	base := "http://" + addr
	if err := waitReady(base, exited, 90*time.Second); err != nil {
		stop()
		return "", nil, fmt.Errorf("%w (server log: %s)\n%s", err, logPath, tail(logPath, 2000))
	}
	if err := checkPage(base); err != nil {
		stop()
		return "", nil, err
	}
	return base, stop, nil
}

// serverBinary is EVENTGRAPH_BIN, or a binary built from ./cmd/eventgraph
// once for the run.
func serverBinary() (string, error) {
	harness.binOnce.Do(func() {
		bin := os.Getenv("EVENTGRAPH_BIN")
		if bin != "" {
			if _, err := os.Stat(bin); err != nil {
				harness.binErr = &missing{fmt.Sprintf("EVENTGRAPH_BIN=%s: %v", bin, err)}
			}
			harness.bin = bin
			return
		}
		root, err := moduleRoot()
		if err != nil {
			harness.binErr = err
			return
		}
		tmp, err := tmpDir()
		if err != nil {
			harness.binErr = err
			return
		}
		bin = filepath.Join(tmp, "eventgraph")
		build := exec.Command("go", "build", "-o", bin, "./cmd/eventgraph")
		build.Dir = root
		if msg, err := build.CombinedOutput(); err != nil {
			harness.binErr = &missing{fmt.Sprintf("the server binary does not build (go build ./cmd/eventgraph): %v\n%s", err, msg)}
			return
		}
		harness.bin = bin
	})
	return harness.bin, harness.binErr
}

// waitReady polls /readyz until it answers 200, the process exits, or the
// deadline passes.
func waitReady(base string, exited <-chan error, within time.Duration) error {
	deadline := time.Now().Add(within)
	client := &http.Client{Timeout: 2 * time.Second}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var last error
	for {
		resp, err := client.Get(base + "/readyz")
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			last = fmt.Errorf("/readyz answered %d", resp.StatusCode)
		} else {
			last = err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("server at %s not ready after %s: %v", base, within, last)
		}
		select {
		case err := <-exited:
			return fmt.Errorf("server exited before it was ready: %v", err)
		case <-tick.C:
		}
	}
}

// checkPage makes sure the server serves the built page at /.
func checkPage(base string) error {
	resp, err := http.Get(base + "/")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "assets/app.js") {
		return fmt.Errorf("the server does not serve the page at / (status %d): %.200s — run scripts/web-build, then rebuild the binary", resp.StatusCode, body)
	}
	return nil
}

func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// ---- API, read directly for the expectations ------------------------------------------

type date struct {
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision"`
	Text      string `json:"text"`
}

type source struct {
	Article string `json:"article"`
	Quote   string `json:"quote"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

type participant struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Role string `json:"role"`
}

type amount struct {
	Value    int64  `json:"value"`
	Currency string `json:"currency"`
}

type count struct {
	Value     int64  `json:"value"`
	Qualifier string `json:"qualifier"`
	Unit      string `json:"unit"`
}

type event struct {
	ID           string                     `json:"id"`
	Type         string                     `json:"type"`
	Title        string                     `json:"title"`
	Date         date                       `json:"date"`
	Place        *struct{ ID, Name string } `json:"place"`
	Amount       *amount                    `json:"amount"`
	Count        *count                     `json:"count"`
	Participants []participant              `json:"participants"`
	Sources      []source                   `json:"sources"`
	Provenance   string                     `json:"provenance"`
	// SourceCount is how many articles report the event, FirstReported
	// the first day one did; Claims (two or more articles) say what each
	// states, Conflicts the fields they disagree on.
	SourceCount   int      `json:"sourceCount"`
	FirstReported string   `json:"firstReported"`
	Claims        []claim  `json:"claims"`
	Conflicts     []string `json:"conflicts"`
}

// claim is what one article says about an event (api/openapi.json, Claim).
type claim struct {
	Article   string  `json:"article"`
	Published string  `json:"published"`
	Method    string  `json:"method"`
	Type      string  `json:"type"`
	Title     string  `json:"title"`
	Date      date    `json:"date"`
	Place     string  `json:"place"`
	PlaceKind string  `json:"placeKind"`
	Amount    *amount `json:"amount"`
	Count     *count  `json:"count"`
	Quote     *source `json:"quote"`
}

// stats is GET /api/v1/stats: the graph's counts.
type stats struct {
	Actors int `json:"actors"`
	Places int `json:"places"`
	Events int `json:"events"`
}

func getJSON(t *testing.T, base, path string, v any) {
	t.Helper()
	resp, err := http.Get(base + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, resp.StatusCode, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

// getList reads the items of an unpaged listing route: lists are
// {"items": [...], "next": null} (api/openapi.json).
func getList[T any](t *testing.T, base, path string) []T {
	t.Helper()
	var page struct {
		Items []T     `json:"items"`
		Next  *string `json:"next"`
	}
	getJSON(t, base, path, &page)
	if page.Items == nil || page.Next != nil {
		t.Fatalf("GET %s: not a whole {items, next: null} listing (items %v, next %v)", path, page.Items != nil, page.Next)
	}
	return page.Items
}

// timeline reads every event of a filtered timeline, following the cursors.
func timeline(t *testing.T, base string, filter url.Values) []event {
	t.Helper()
	var all []event
	cursor := ""
	for {
		q := url.Values{}
		for k, v := range filter {
			q[k] = v
		}
		q.Set("limit", "500")
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		var page struct {
			Items []event `json:"items"`
			Next  string  `json:"next"`
		}
		getJSON(t, base, "/api/v1/timeline?"+q.Encode(), &page)
		all = append(all, page.Items...)
		if page.Next == "" {
			return all
		}
		cursor = page.Next
	}
}

// ---- pages ----------------------------------------------------------------------

// tab is one browser tab on the page under test. It records console errors
// and every request that leaves the server's origin.
type tab struct {
	t    *testing.T
	ctx  context.Context
	base string

	mu       sync.Mutex
	errors   []string
	external []string
}

// open opens a new tab with a viewport of w×h and navigates to base+path.
func open(t *testing.T, base, path string, w, h int64) *tab {
	t.Helper()
	return openWith(t, base, path, w, h, "")
}

// openWith is open with a script that runs in the page before any of its
// own (such as probe's).
func openWith(t *testing.T, base, path string, w, h int64, initScript string) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser(t))
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancelTimeout)
	tb := &tab{t: t, ctx: ctx, base: base}

	// Subscribe before navigating, so nothing of the load is missed.
	messages := chromedp.Console(ctx)
	requests := chromedp.Events(ctx, network.RequestWillBeSent)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				tb.mu.Lock()
				tb.errors = append(tb.errors, fmt.Sprintf("%s (%s:%d)", m.String(), m.URL, m.Line))
				tb.mu.Unlock()
			}
		}
	}()
	go func() {
		for ev, err := range requests {
			if err != nil {
				return
			}
			u := ev.Request.URL
			if strings.HasPrefix(u, base+"/") || u == base || strings.HasPrefix(u, "data:") ||
				strings.HasPrefix(u, "blob:") || strings.HasPrefix(u, "about:") {
				continue
			}
			tb.mu.Lock()
			tb.external = append(tb.external, u)
			tb.mu.Unlock()
		}
	}()

	if initScript != "" {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: initScript})
		if err != nil {
			t.Fatalf("browser: adding the page's init script: %v", err)
		}
	}
	tb.do(chromedp.EmulateViewport(w, h), chromedp.Navigate(base+path))
	return tb
}

func (tb *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, steps...); err != nil {
		tb.t.Fatalf("browser: %v%s", err, tb.diagnose())
	}
}

// wait waits until the JavaScript expression is truthy (no sleeping).
func (tb *tab) wait(what, expr string) {
	tb.t.Helper()
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(45*time.Second))); err != nil {
		tb.t.Fatalf("waiting for %s: %v%s", what, err, tb.diagnose())
	}
}

// eval evaluates an expression into v (via JSON).
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.t.Fatalf("evaluate %.80s: %v%s", expr, err, tb.diagnose())
	}
	return v
}

// diagnose describes the page state for a failure message.
func (tb *tab) diagnose() string {
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	state, _ := chromedp.Run(ctx, chromedp.Evaluate[string](
		`JSON.stringify({url: location.href, body: {...document.body.dataset}, banner: document.getElementById('banner')?.innerText || '', text: document.body.innerText.slice(0, 600)})`))
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return fmt.Sprintf("\npage: %s\nconsole errors: %q\nexternal requests: %q", state, tb.errors, tb.external)
}

// screenshot saves a PNG of the page (full: the whole page, else the viewport).
func (tb *tab) screenshot(name string, full bool) {
	tb.t.Helper()
	var png []byte
	var err error
	if full {
		png, err = chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
	} else {
		png, err = chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	}
	if err != nil {
		tb.t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(outDir(tb.t), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	tb.t.Logf("screenshot: %s", path)
}

// clean fails the test on console errors or requests that left the server.
func (tb *tab) clean() {
	tb.t.Helper()
	// One round trip, so that events sent before it have been queued.
	_ = eval[bool](tb, "true")
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if len(tb.errors) > 0 {
		tb.t.Errorf("console errors:\n  %s", strings.Join(tb.errors, "\n  "))
	}
	if len(tb.external) > 0 {
		tb.t.Errorf("requests outside the server (the page must work offline):\n  %s", strings.Join(tb.external, "\n  "))
	}
}

// consoleErrors returns the console errors so far, for a test that
// expects some (clean fails on any).
func (tb *tab) consoleErrors() []string {
	_ = eval[bool](tb, "true")
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.errors...)
}

// externalRequests returns the requests that left the server's origin.
func (tb *tab) externalRequests() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.external...)
}
