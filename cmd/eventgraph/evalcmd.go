package main

import (
	"context"
	"errors"
	"io"
)

// runEval is "eventgraph eval GOLD_DIR": not yet written.
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errors.New("eval: not yet written")
}
