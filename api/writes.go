package api

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/importer"
)

// Defaults of the write routes.
const (
	// DefaultMaxBody caps a write's body: a long article with its
	// annotation is a few hundred KiB.
	DefaultMaxBody = 4 << 20
	// DefaultWriteRate and DefaultWriteBurst let one client post a batch
	// of ten articles at once, then one a second.
	DefaultWriteRate  = 1.0
	DefaultWriteBurst = 10
	// MinTokenLength is the shortest API token accepted: a guessable one
	// would make the rest of the checks moot.
	MinTokenLength = 16
	// TokenEnv is where the operator sets the token; the 403 names it.
	TokenEnv = "EVENTGRAPH_API_TOKEN"
)

// CheckToken says whether token can be the API token: long enough not to
// be guessed, and sendable in an Authorization header.
func CheckToken(token string) error {
	if len(token) < MinTokenLength {
		return fmt.Errorf("the API token must be at least %d characters", MinTokenLength)
	}
	for _, r := range token {
		// RFC 6750's b64token characters, plus the other printable ASCII
		// a header carries unchanged; no white space.
		if r <= ' ' || r > '~' {
			return errors.New("the API token must be printable ASCII without spaces")
		}
	}
	return nil
}

// writeGuard holds what the write routes check before a handler runs.
type writeGuard struct {
	// enabled is false when no token was configured: writes are refused.
	enabled bool
	// digest is the SHA-256 of the token. Only the digest is kept, and
	// digests are what is compared, so the comparison takes the same time
	// whatever the length of the token sent.
	digest  [sha256.Size]byte
	maxBody int64
	limits  *clientLimits
}

// disabled refuses every write when no token is configured, and says how
// to enable them.
func (w *writeGuard) disabled(c *gin.Context) {
	if w.enabled {
		c.Next()
		return
	}
	renderError(c, &clientError{errWritesDisabled,
		"Writes are disabled on this server because it has no API token. The operator enables them by setting " +
			TokenEnv + " and restarting it."})
	c.Abort()
}

// limit answers 429 to a client that writes faster than its limiter
// allows. It runs before authentication, so that guessing the token is
// limited too.
func (w *writeGuard) limit(c *gin.Context) {
	wait, ok := w.limits.allow(clientIP(c.Request), time.Now())
	if ok {
		c.Next()
		return
	}
	secs := int(math.Ceil(wait.Seconds()))
	if secs < 1 {
		secs = 1
	}
	c.Header("Retry-After", strconv.Itoa(secs))
	renderError(c, &clientError{errRateLimited, fmt.Sprintf("Too many writes from this client; try again in %d s.", secs)})
	c.Abort()
}

// authenticate lets through requests with the configured bearer token.
func (w *writeGuard) authenticate(c *gin.Context) {
	token, ok := bearer(c.GetHeader("Authorization"))
	if ok {
		got := sha256.Sum256([]byte(token))
		ok = subtle.ConstantTimeCompare(got[:], w.digest[:]) == 1
	}
	if ok {
		c.Next()
		return
	}
	// RFC 6750: a request with no credentials gets the bare challenge; one
	// with a wrong token learns that it is wrong.
	detail := "This route needs the API token in an Authorization: Bearer header."
	challenge := `Bearer realm="eventgraph"`
	if c.GetHeader("Authorization") != "" {
		detail = "The Authorization header does not carry the API token."
		challenge += `, error="invalid_token"`
	}
	c.Header("WWW-Authenticate", challenge)
	renderError(c, &clientError{errUnauthorized, detail})
	c.Abort()
}

// bearer returns the token of an Authorization header of the Bearer
// scheme, whose name is case-insensitive (RFC 9110, 11.1).
func bearer(h string) (string, bool) {
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

// tooLarge is the error of a body over the cap.
func (w *writeGuard) tooLarge() error {
	return &clientError{errTooLarge, fmt.Sprintf("The request body is larger than the %d bytes this server accepts.", w.maxBody)}
}

// capBody refuses a body declared larger than the cap at once, and cuts
// off one that turns out larger while it is read.
func (w *writeGuard) capBody(c *gin.Context) {
	if c.Request.ContentLength > w.maxBody {
		renderError(c, w.tooLarge())
		c.Abort()
		return
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, w.maxBody)
	c.Next()
}

// clientIP is the client a write counts against: the address the request
// came from, an IPv6 address by its /64 network (one host usually holds
// a whole /64, so counting its addresses one by one would give it
// billions of limits). X-Forwarded-For and its kind are not read: any
// client can write them, and a forged one would give each request a
// fresh rate limit.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if ip := net.ParseIP(host); ip != nil && ip.To4() == nil {
		return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
	}
	return host
}

// maxClients bounds the limiters kept at once, so that the memory stays
// bounded whoever sends requests. Past it the limiter used least
// recently gives way: a flood of new addresses must not lock out the
// clients the table would otherwise refuse.
const maxClients = 10000

// clientLimits keeps a token bucket per client address.
type clientLimits struct {
	rate  rate.Limit
	burst int
	// idle is how long a limiter goes unused before it is dropped: by then
	// its bucket is full again, so a fresh one behaves the same.
	idle time.Duration

	mu        sync.Mutex
	clients   map[string]*clientLimit
	lastSweep time.Time
}

type clientLimit struct {
	lim  *rate.Limiter
	seen time.Time
}

func newClientLimits(perSecond float64, burst int) *clientLimits {
	refill := time.Duration(float64(burst) / perSecond * float64(time.Second))
	return &clientLimits{
		rate: rate.Limit(perSecond), burst: burst,
		idle: max(refill, time.Minute), clients: map[string]*clientLimit{},
	}
}

// allow takes one write from client's bucket at now, or says how long
// until one is there.
func (l *clientLimits) allow(client string, now time.Time) (time.Duration, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.lastSweep) >= l.idle {
		l.sweep(now)
	}
	cl, ok := l.clients[client]
	if !ok {
		if len(l.clients) >= maxClients {
			l.evictOldest()
		}
		cl = &clientLimit{lim: rate.NewLimiter(l.rate, l.burst)}
		l.clients[client] = cl
	}
	cl.seen = now
	r := cl.lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now) // the write is refused, so it takes no token
		return d, false
	}
	return 0, true
}

// evictOldest drops the limiter used least recently.
func (l *clientLimits) evictOldest() {
	var oldest string
	var at time.Time
	for k, cl := range l.clients {
		if oldest == "" || cl.seen.Before(at) {
			oldest, at = k, cl.seen
		}
	}
	delete(l.clients, oldest)
}

// sweep drops the limiters idle for longer than l.idle.
func (l *clientLimits) sweep(now time.Time) {
	for k, cl := range l.clients {
		if now.Sub(cl.seen) >= l.idle {
			delete(l.clients, k)
		}
	}
	l.lastSweep = now
}

// size is the number of limiters kept.
func (l *clientLimits) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.clients)
}

// articleBody is the body of POST /api/v1/articles: an article file's
// front matter fields, its text, and its annotation's YAML.
type articleBody struct {
	ID         string  `json:"id"`
	Title      string  `json:"title"`
	Outlet     string  `json:"outlet"`
	URL        string  `json:"url"`
	Published  string  `json:"published"`
	Language   string  `json:"language"`
	Text       string  `json:"text"`
	Annotation *string `json:"annotation"`
}

// request is the importer's form of the body.
func (b articleBody) request() importer.Request {
	r := importer.Request{ID: b.ID, Title: b.Title, Outlet: b.Outlet, URL: b.URL, Published: b.Published, Language: b.Language, Text: b.Text}
	if b.Annotation != nil {
		r.Annotation = []byte(*b.Annotation)
	}
	return r
}

// bindBody reads a JSON body into dst. Unknown members are refused, as
// unknown keys of an article file are; each error names the member.
func (w *writeGuard) bindBody(c *gin.Context, dst any) error {
	raw, err := io.ReadAll(c.Request.Body)
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return w.tooLarge()
	}
	if err != nil {
		return fmt.Errorf("read body: %w", err)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return bodyProblem("body", "missing: a JSON object with the article")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err = dec.Decode(dst)
	if err == nil {
		if _, extra := dec.Token(); extra != io.EOF {
			err = errors.New("more follows the JSON object")
		}
	}
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &te) && te.Field != "":
		// Every member is a string.
		return bodyProblem(te.Field, "must be a string, not a JSON %s", te.Value)
	case errors.As(err, &te):
		return bodyProblem("body", "must be a JSON object, not a JSON %s", te.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// encoding/json has no error type for it; its message is stable.
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		return bodyProblem(name, "unknown member; the members are id, title, outlet, url, published, language, text, annotation")
	default:
		return bodyProblem("body", "is not a JSON object: %v", strings.TrimPrefix(err.Error(), "json: "))
	}
}

// bodyProblem is a 400 about one member of the body.
func bodyProblem(field, format string, args ...any) error {
	return &importer.ValidationError{Problems: []importer.Problem{{File: field, Message: fmt.Sprintf(format, args...)}}}
}

func (h *handlers) postArticle(c *gin.Context) error {
	var body articleBody
	if err := h.writes.bindBody(c, &body); err != nil {
		return err
	}
	opts := []importer.Option{importer.WithMaxArticleBytes(h.maxArticle)}
	if h.extractor != nil {
		opts = append(opts, importer.WithExtractor(h.extractor))
	}
	res, err := importer.Upsert(c.Request.Context(), h.g, body.request(), opts...)
	if err != nil {
		return fmt.Errorf("post article %s: %w", body.ID, err)
	}
	status := http.StatusOK
	if res.Status == graph.Added {
		status = http.StatusCreated
		c.Header("Location", "/api/v1/articles/"+res.Article)
	}
	writeJSON(c, status, res)
	return nil
}

func (h *handlers) deleteArticle(c *gin.Context) error {
	id := c.Param("id")
	if err := h.g.Remove(c.Request.Context(), []string{id}); err != nil {
		return fmt.Errorf("remove article %s: %w", id, err)
	}
	c.Status(http.StatusNoContent)
	return nil
}
