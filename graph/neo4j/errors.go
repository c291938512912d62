package neo4j

import (
	"errors"
	"fmt"
	"net"
	"slices"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/graph"
)

// fail wraps a driver error with what was being done, marking an
// unreachable server as graph.ErrUnavailable.
func fail(op string, err error) error {
	if unavailable(err) && !errors.Is(err, graph.ErrUnavailable) {
		return fmt.Errorf("neo4j: %s: %w: %w", op, graph.ErrUnavailable, err)
	}
	return fmt.Errorf("neo4j: %s: %w", op, err)
}

// unavailableCodes are the server's error codes that mean the database
// cannot serve us now, as opposed to a query it refused.
var unavailableCodes = map[string]bool{
	"Neo.TransientError.General.DatabaseUnavailable": true,
	"Neo.ClientError.Database.DatabaseNotFound":      true,
	"Neo.ClientError.Cluster.NotALeader":             true,
	"Neo.ClientError.Security.Unauthorized":          true,
}

// unavailable reports whether err means the server cannot be reached,
// rather than a failed query. It reads error types and codes, never
// messages.
func unavailable(err error) bool {
	var (
		ce   *neo4jdrv.ConnectivityError
		ne   *neo4jdrv.Neo4jError
		nerr net.Error
	)
	switch {
	case errors.Is(err, graph.ErrUnavailable), errors.As(err, &ce), errors.As(err, &nerr):
		return true
	case errors.As(err, &ne):
		return unavailableCodes[ne.Code]
	}
	// The driver gave up retrying: unavailable if what it retried was.
	return retried(err, unavailable)
}

// retried reports whether err is the driver giving up retrying and is
// holds for one of the errors it retried.
func retried(err error, is func(error) bool) bool {
	var limit *neo4jdrv.TransactionExecutionLimit
	return errors.As(err, &limit) && slices.ContainsFunc(limit.Errors, is)
}

// commitFailedCodes are the server's error codes for a commit that
// failed after the transaction was written to its log: the server may
// apply it when it recovers (a full disk did this to a 100k-event import:
// the "failed" group was in the store after the restart).
var commitFailedCodes = map[string]bool{
	"Neo.DatabaseError.Transaction.TransactionCommitFailed": true,
}

// outcomeUnknown reports whether a commit that failed with err may have
// been applied all the same: the server went away, or failed inside the
// commit.
func outcomeUnknown(err error) bool {
	var ne *neo4jdrv.Neo4jError
	switch {
	case unavailable(err):
		return true
	case errors.As(err, &ne):
		return commitFailedCodes[ne.Code]
	}
	return retried(err, outcomeUnknown)
}

// retrier stands between a transaction function and the driver's retry
// loop. The driver retries a connectivity error only when it receives it
// bare, while the caller should get the error with what was being done,
// so attempt hands the driver the bare error and result gives the caller
// the full one.
type retrier struct {
	last error // what the function last returned
	sent error // what the driver got for it
}

func (r *retrier) attempt(err error) error {
	r.last, r.sent = err, err
	var ce *neo4jdrv.ConnectivityError
	if err != nil && errors.As(err, &ce) {
		r.sent = ce
	}
	return r.sent
}

// result is the error of the whole transaction: the function's own error
// as it returned it, or a failure of the driver (begin, commit, retries
// exhausted) wrapped with op.
func (r *retrier) result(op string, err error) error {
	switch {
	case err == nil:
		return nil
	case r.sent != nil && err == r.sent:
		return r.last
	}
	return fail(op, err)
}
