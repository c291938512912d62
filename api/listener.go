package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"
)

// ProblemListener wraps l so that the few answers net/http writes by
// itself, before any handler runs (431 for headers over the limit, 400
// for a request it cannot parse, 501 for a transfer coding it does not
// know), are problem+json like every other error of the API instead of
// plain text. net/http writes each of them in one Write on the
// connection, with a header block no handler's answer has (Content-Type
// before Connection: handlers' headers go out sorted); only those writes
// are rewritten.
func ProblemListener(l net.Listener) net.Listener { return problemListener{l} }

type problemListener struct{ net.Listener }

func (l problemListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return problemConn{c}, nil
}

type problemConn struct{ net.Conn }

// serverErrorHeaders is the header block net/http's own error answers
// carry.
var serverErrorHeaders = []byte("\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n")

func (c problemConn) Write(p []byte) (int, error) {
	status, ok := serverError(p)
	if !ok {
		return c.Conn.Write(p)
	}
	body, _ := json.Marshal(Problem{Type: "about:blank", Title: http.StatusText(status), Status: status,
		Detail: serverErrorDetail(status)}) // plain data always marshals
	resp := fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s",
		status, http.StatusText(status), problemContentType, len(body), body)
	if _, err := c.Conn.Write([]byte(resp)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// serverError reports whether p is one of net/http's own error answers,
// and its status.
func serverError(p []byte) (int, bool) {
	rest, ok := bytes.CutPrefix(p, []byte("HTTP/1.1 "))
	if !ok || len(rest) < 3 || !bytes.Contains(p, serverErrorHeaders) {
		return 0, false
	}
	status, err := strconv.Atoi(string(rest[:3]))
	if err != nil || status < 400 {
		return 0, false
	}
	return status, true
}

func serverErrorDetail(status int) string {
	switch status {
	case http.StatusRequestHeaderFieldsTooLarge:
		return "The request's headers are larger than this server accepts."
	case http.StatusNotImplemented:
		return "The request uses a transfer coding this server does not support."
	default:
		return "The request could not be read as HTTP."
	}
}
