package neo4jkit_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/internal/testenv"
)

const (
	// browserQuery is the example of queries.cypher the Browser test runs.
	browserQuery = "Shortest paths between two actors"
	screenshot   = "out/browser.png"
	chromiumPath = "/usr/bin/chromium"
)

// browserURL is where the server serves Neo4j Browser: the bolt host on
// port 7474 unless EVENTGRAPH_TEST_NEO4J_BROWSER says otherwise.
func browserURL(t *testing.T, boltURI string) string {
	if u := os.Getenv("EVENTGRAPH_TEST_NEO4J_BROWSER"); u != "" {
		return u
	}
	u, err := url.Parse(boltURI)
	if err != nil || u.Hostname() == "" {
		t.Fatalf("EVENTGRAPH_TEST_NEO4J=%q: not a URI with a host", boltURI)
	}
	return "http://" + u.Hostname() + ":7474/browser/"
}

// browserLink is the URL that opens Browser connected to the server at
// boltURI: it names the server, the database and the "No authentication"
// method, so that Browser connects by itself instead of showing "Database
// access not available" until one picks the method by hand. TestBrowser
// proves it connects; scripts/neo4j-test-server prints it and
// neo4j/README.md gives it (TestBrowserURLPrinted). Colons and slashes stay
// as they are, for people to read.
func browserLink(home, boltURI string) string {
	esc := func(s string) string { return strings.NewReplacer("%3A", ":", "%2F", "/").Replace(url.QueryEscape(s)) }
	return home + "?dbms=" + esc(boltURI) + "&db=" + esc(database) + "&preselectAuthMethod=NO_AUTH"
}

// TestBrowserURLPrinted checks that the test server's script prints, and
// the README gives, the Browser URL TestBrowser opens: the one that connects
// at once.
func TestBrowserURLPrinted(t *testing.T) {
	want := browserLink("http://127.0.0.1:7474/browser/", "bolt://127.0.0.1:7687")
	cmd := exec.Command("bash", filepath.Join("..", "scripts", "neo4j-test-server"), "url")
	// The script's defaults, whatever this shell sets.
	cmd.Env = append(os.Environ(), "NEO4J_TEST_BOLT_PORT=7687", "NEO4J_TEST_HTTP_PORT=7474")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("scripts/neo4j-test-server url: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != want {
		t.Errorf("scripts/neo4j-test-server prints the Browser URL\n %s\nwant\n %s", got, want)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), want) {
		t.Errorf("neo4j/README.md does not give the Browser URL %s", want)
	}
}

func chromium(t *testing.T) string {
	t.Helper()
	path := chromiumPath
	if p := os.Getenv("EVENTGRAPH_TEST_CHROMIUM"); p != "" {
		path = p
	}
	if _, err := os.Stat(path); err != nil {
		testenv.Missing(t, fmt.Sprintf("no Chromium at %s (Debian package chromium; or set EVENTGRAPH_TEST_CHROMIUM)", path))
	}
	return path
}

// TestBrowser opens Neo4j Browser from the test server in headless Chromium,
// connects to the server, loads eventgraph.grass with :style, runs one
// example of queries.cypher and saves a screenshot to out/browser.png. It
// then checks what Browser drew: the path's nodes, captioned by name and
// title in the style's colours, and its edges captioned with the roles.
func TestBrowser(t *testing.T) {
	browserBin := chromium(t)
	driver := seeded(t)
	boltURI := testenv.Neo4jServer(t).URI
	home := browserURL(t, boltURI)

	// Browser must be served at all: the harness serves it from the
	// org.neo4j.client:neo4j-browser jar.
	resp, err := http.Get(home)
	if err != nil {
		t.Fatalf("Neo4j Browser at %s: %v", home, err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "Neo4j Browser") {
		t.Fatalf("Neo4j Browser is not served at %s: status %s; the test server needs the neo4j-browser jar on its classpath", home, resp.Status)
	}

	q := queryByTitle(t, browserQuery)
	want := expectedPath(t, q)
	captions := captionsOf(t, driver, want)
	grass, err := os.ReadFile(grassFile)
	if err != nil {
		t.Fatal(err)
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browserBin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1400, 1000),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(actx)
	defer cancelTab()
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()

	// Connect: the URL names the server and preselects "No authentication";
	// with auth off (as on the test server) Browser connects by itself.
	if err := chromedp.Do(ctx, chromedp.Navigate(browserLink(home, boltURI))); err != nil {
		t.Fatalf("opening %s: %v", home, err)
	}
	if err := waitFor(ctx, "Browser to connect to "+boltURI, `() => {
		const t = document.body.innerText;
		if (t.includes('You have a working connection')) return 'ok';
		const err = [...document.querySelectorAll('[data-testid="frame"]')].map(f => f.innerText)
			.find(s => /ServiceUnavailable|Connection failed|Neo\.ClientError/i.test(s));
		return err ? 'error: ' + err.slice(0, 500) : '';
	}`); err != nil {
		shoot(t, ctx)
		t.Fatal(err)
	}

	// Load the style as a user would paste it: :style followed by the file.
	if err := runInEditor(ctx, ":style "+string(grass)); err != nil {
		t.Fatal(err)
	}
	if err := waitFor(ctx, "Browser to load "+grassFile, `() => {
		const f = document.querySelector('[data-testid="stream"] [data-testid="frame"]');
		if (!f) return '';
		const t = f.innerText;
		if (/could not parse|invalid grass/i.test(t)) return 'error: ' + t.slice(0, 500);
		return t.includes('node.Person') && t.includes('relationship.PARTICIPATED_IN') ? 'ok' : '';
	}`); err != nil {
		shoot(t, ctx)
		t.Fatal(err)
	}

	// Paste the example as it stands in queries.cypher, comment lines and
	// all, run it and wait until its graph has all the path's nodes and the
	// layout has settled (two polls in a row with the same positions).
	if err := runInEditor(ctx, q.Block); err != nil {
		t.Fatal(err)
	}
	title, _ := json.Marshal("// " + q.Title)
	if err := waitFor(ctx, "the graph of "+strings.Join(want, " → "), fmt.Sprintf(`() => {
		const f = document.querySelector('[data-testid="stream"] [data-testid="frame"]');
		if (!f || !f.textContent.includes(%s)) return '';
		const err = f.innerText.match(/Neo\.\w+Error[^\n]*/);
		if (err) return 'error: ' + err[0];
		const nodes = [...f.querySelectorAll('svg g.node')];
		if (nodes.length < %d) return '';
		const pos = nodes.map(n => n.getAttribute('transform')).join(' ');
		const settled = window.__kitLast === pos;
		window.__kitLast = pos;
		return settled ? 'ok' : '';
	}`, title, len(want))); err != nil {
		shoot(t, ctx)
		t.Fatal(err)
	}
	shoot(t, ctx)

	drawn, err := chromedp.Run(ctx, chromedp.Evaluate[drawing](`(() => {
		const f = document.querySelector('[data-testid="stream"] [data-testid="frame"]');
		return {
			nodes: [...f.querySelectorAll('svg g.node')].map(n => ({
				caption: [...n.querySelectorAll('text.caption')].map(x => x.textContent.trim()).join(' '),
				fill: (n.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill') || '',
			})),
			rels: [...f.querySelectorAll('svg g.relationship text')].map(x => x.textContent.trim()),
			overview: f.innerText.match(/Displaying \d+ nodes?, \d+ relationships?/)?.[0] || '',
		};
	})()`))
	if err != nil {
		t.Fatalf("reading the graph Browser drew: %v", err)
	}
	t.Logf("Browser drew %s", mustJSON(drawn))

	if len(drawn.Nodes) != len(want) {
		t.Errorf("Browser drew %d nodes, want the %d of the path %v", len(drawn.Nodes), len(want), want)
	}
	if w := fmt.Sprintf("Displaying %d nodes, %d relationships", len(want), len(want)-1); drawn.Overview != w {
		t.Errorf("Browser's overview says %q, want %q", drawn.Overview, w)
	}
	// Every node of the path is drawn, captioned with its name or title
	// (Browser shortens long captions with an ellipsis) in its colour.
	for _, c := range captions {
		i := slices.IndexFunc(drawn.Nodes, func(n drawnNode) bool { return captionMatches(n.Caption, c.text) })
		if i < 0 {
			t.Errorf("no node captioned %q (%s) in Browser's graph", c.text, c.id)
			continue
		}
		if colour := grassColour(t, c.labels...); !strings.EqualFold(drawn.Nodes[i].Fill, colour) {
			t.Errorf("node %q is filled %s, want %s from %s for :%s", c.text, drawn.Nodes[i].Fill, colour, grassFile, strings.Join(c.labels, ":"))
		}
	}
	// "Vladimir Putin" fits its circle, so it must be there in full.
	if !slices.ContainsFunc(drawn.Nodes, func(n drawnNode) bool { return n.Caption == "Vladimir Putin" }) {
		t.Errorf("no node captioned exactly \"Vladimir Putin\"")
	}
	// Edges show the participant's role, not the relationship type.
	rels := slices.Clone(drawn.Rels)
	slices.Sort(rels)
	if w := []string{"addressee", "speaker"}; !slices.Equal(rels, w) {
		t.Errorf("relationship captions %q, want the roles %q", rels, w)
	}
}

type drawnNode struct {
	Caption string `json:"caption"`
	Fill    string `json:"fill"`
}

type drawing struct {
	Nodes    []drawnNode `json:"nodes"`
	Rels     []string    `json:"rels"`
	Overview string      `json:"overview"`
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// captionMatches allows for how Browser fits a caption into its circle: it
// breaks it into lines, may leave out a word that does not fit a line and
// cuts the last line with an ellipsis ("Tikhanovskaya warns Putin against
// any wi…"). So the drawn words must be the full caption's words in order,
// the one before an ellipsis possibly cut short.
func captionMatches(drawn, full string) bool {
	if drawn == full {
		return true
	}
	words, have := strings.Fields(drawn), strings.Fields(full)
	if len(words) == 0 {
		return false
	}
	j := 0
	for i, w := range words {
		cut := false
		if i == len(words)-1 {
			w, cut = strings.CutSuffix(w, "…")
			if w == "" {
				return true
			}
		}
		for j < len(have) && !(have[j] == w || cut && strings.HasPrefix(have[j], w)) {
			j++
		}
		if j == len(have) {
			return false
		}
		j++
	}
	return true
}

// expectedPath is the node ids of the first path the query's expect line
// promises (its first column).
func expectedPath(t *testing.T, q kitQuery) []string {
	t.Helper()
	rows, err := decodeRows(q.Expect)
	if err != nil || len(rows) == 0 {
		t.Fatalf("%q: no expected rows", q.Title)
	}
	path, ok := rows[0].([]any)[0].([]any)
	if !ok {
		t.Fatalf("%q: the first column of its first row is not a path", q.Title)
	}
	var ids []string
	for _, id := range path {
		s, _ := id.(string)
		ids = append(ids, s)
	}
	return ids
}

type caption struct {
	id, text string
	labels   []string
}

// captionsOf reads from the server what the style should caption each node
// with, and its labels.
func captionsOf(t *testing.T, driver neo4j.DriverWithContext, ids []string) []caption {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), driver,
		"UNWIND $ids AS id MATCH (n {id: id}) RETURN id, coalesce(n.name, n.title), labels(n)",
		map[string]any{"ids": ids}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(database))
	if err != nil {
		t.Fatal(err)
	}
	var out []caption
	for _, r := range res.Records {
		c := caption{id: r.Values[0].(string), text: r.Values[1].(string)}
		for _, l := range r.Values[2].([]any) {
			c.labels = append(c.labels, l.(string))
		}
		out = append(out, c)
	}
	if len(out) != len(ids) {
		t.Fatalf("the server has %d of the nodes %v", len(out), ids)
	}
	return out
}

// runInEditor pastes text into Browser's editor, as Ctrl+V would, and
// presses its run button once the editor holds all of it.
func runInEditor(ctx context.Context, text string) error {
	js, _ := json.Marshal(text)
	lines := strings.Split(strings.TrimSpace(text), "\n")
	last, _ := json.Marshal(strings.TrimSpace(lines[len(lines)-1]))
	err := chromedp.Do(ctx,
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="activeEditor"]`)),
		chromedp.Click(chromedp.CSS(`[data-testid="activeEditor"] textarea`)),
		chromedp.Evaluate[chromedp.Void](`(() => {
			const data = new DataTransfer();
			data.setData('text/plain', `+string(js)+`);
			document.querySelector('[data-testid="activeEditor"] textarea').dispatchEvent(
				new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
		})()`),
	)
	if err == nil {
		// The cursor ends after the last line, so Monaco shows that one.
		err = waitFor(ctx, "the editor to hold the pasted text", fmt.Sprintf(`() => {
			const shown = [...document.querySelectorAll('[data-testid="activeEditor"] .view-line')]
				.map(l => l.textContent.replace(/\u00a0/g, ' ').trim());
			return shown.includes(%s) ? 'ok' : '';
		}`, last))
	}
	if err == nil {
		err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`)))
	}
	if err != nil {
		return fmt.Errorf("running %.60q… in Browser's editor: %w", text, err)
	}
	return nil
}

// waitFor polls a page function until it returns "ok" or a string that
// starts with "error", which fails, as does a minute without either.
func waitFor(ctx context.Context, what, fn string) error {
	got, err := chromedp.Run(ctx, chromedp.PollFunction[string](`() => (`+fn+`)() || false`,
		chromedp.WithPollingInterval(250*time.Millisecond), chromedp.WithPollingTimeout(time.Minute)))
	switch {
	case err != nil:
		return fmt.Errorf("waiting for %s: %w", what, err)
	case got != "ok":
		return fmt.Errorf("waiting for %s: %s", what, got)
	}
	return nil
}

// shoot saves what the page shows to out/browser.png.
func shoot(t *testing.T, ctx context.Context) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	if err := os.MkdirAll(filepath.Dir(screenshot), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(screenshot, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(screenshot)
	t.Logf("screenshot: %s", abs)
}

func TestCaptionMatches(t *testing.T) {
	full := "Tikhanovskaya warns Putin against any agreement with Lukashenko"
	for _, c := range []struct {
		drawn, full string
		want        bool
	}{
		{"Vladimir Putin", "Vladimir Putin", true},
		{"Svetlana Tikhanovsk…", "Svetlana Tikhanovskaya", true},
		{"Tikhanovskaya warns Putin against any wi…", full, true},
		{"Tikhanovs…", full, true},
		{"Putin", "Vladimir Putin", true},
		{"Vladimir Putin", "Alexander Lukashenko", false},
		{"Putin warns…", full, false},
		{"Tikhanovs", full, false},
		{"", full, false},
	} {
		if got := captionMatches(c.drawn, c.full); got != c.want {
			t.Errorf("captionMatches(%q, %q) = %v, want %v", c.drawn, c.full, got, c.want)
		}
	}
}
