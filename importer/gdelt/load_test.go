package gdelt

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/sqlite"
)

// lostCommit commits every write but answers the sixth as if the store
// had gone away while committing it.
type lostCommit struct {
	*sqlite.Store
	writes int
}

func (s *lostCommit) Update(ctx context.Context, fn func(graph.Tx) error) error {
	if err := s.Store.Update(ctx, fn); err != nil {
		return err
	}
	if s.writes++; s.writes == 6 {
		return fmt.Errorf("%w: %w: connection reset during commit", graph.ErrUncertain, graph.ErrUnavailable)
	}
	return nil
}

// TestImportNamesTheRowItMayHaveWritten: an import stopped by a lost
// commit says how many rows it wrote whole and names the row whose write
// may have gone through, which the store then holds.
func TestImportNamesTheRowItMayHaveWritten(t *testing.T) {
	ctx := context.Background()
	b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New(&lostCommit{Store: b})
	defer g.Close(ctx)
	sum, err := Import(ctx, g, []string{fileV2}, Options{Chunk: 4})
	if !errors.Is(err, graph.ErrUnavailable) || sum.Rows != 5 {
		t.Fatalf("err = %v after %d rows, want the store unavailable after 5", err, sum.Rows)
	}
	for _, want := range []string{"after writing 5 rows whole", fileV2 + ":6, article gdelt-930000006 may have been written whole"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if st, err := g.Stats(ctx); err != nil || st.Articles != 6 {
		t.Errorf("the store holds %d articles (%v), want the 5 written and the uncertain one", st.Articles, err)
	}
}
