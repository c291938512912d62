// Package e2e holds eventgraph's browser tests: the page that `eventgraph
// serve` serves at / and the TimelineJS rendering of its export, driven in
// Debian's headless Chromium with chromedp, against the real server on the
// seed. The tests of several outlets reporting one event (sources, claims,
// conflicts, "as reported by", "corroborated only") run against a second
// server on testdata/outlets: three short articles written for them, so
// that the seed's counts stay as the other tests expect.
//
// The tests carry the build tag e2e, so `go test ./...` leaves them out (they
// need Chromium, the built page and a server binary). Run them with
// scripts/web-test, which installs Chromium when it is missing, builds the
// page and the binary, and runs
//
//	go test -tags e2e -count=1 ./web/e2e
//
// Environment:
//
//	EVENTGRAPH_BIN       server binary to start (default: go build ./cmd/eventgraph)
//	EVENTGRAPH_URL       use a server that already runs instead of starting one
//	                     (the seed's; the outlets' server is always started)
//	EVENTGRAPH_SEEDS     seed folder (default: the repository's seeds/)
//	EVENTGRAPH_CHROMIUM  browser binary (default: /usr/bin/chromium)
//	EVENTGRAPH_E2E_OUT   where screenshots and the server log go (default: web/e2e/out)
//	CI                   when set, a missing browser or server fails the tests
//	                     instead of skipping them
package e2e
