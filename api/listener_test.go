package api

import (
	"bufio"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestProblemListener: the answers net/http writes itself are
// problem+json too, and ordinary answers pass through unchanged.
func TestProblemListener(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: New(seeded, quietLog()), MaxHeaderBytes: 1 << 10, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ProblemListener(ln))
	t.Cleanup(func() { srv.Close() })

	send := func(raw string) *http.Response {
		t.Helper()
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := c.Write([]byte(raw)); err != nil {
			t.Fatal(err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	for _, c := range []struct {
		name, raw string
		status    int
	}{
		{"headers over the limit", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 8<<10) + "\r\n\r\n", 431},
		{"a request line that does not parse", "GET\r\n\r\n", 400},
		{"an unknown transfer coding", "POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: rot13\r\n\r\n", 501},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp := send(c.raw)
			defer resp.Body.Close()
			var p Problem
			if resp.StatusCode != c.status || resp.Header.Get("Content-Type") != problemContentType {
				t.Fatalf("%d %s, want %d problem+json", resp.StatusCode, resp.Header.Get("Content-Type"), c.status)
			}
			if err := json.NewDecoder(resp.Body).Decode(&p); err != nil || p.Status != c.status || p.Detail == "" {
				t.Errorf("body %+v: %v", p, err)
			}
		})
	}
	resp := send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("an ordinary answer: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}
