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

// lostCommit commits every write but answers the one numbered at as if
// the store had gone away while committing it.
type lostCommit struct {
	*sqlite.Store
	at, writes int
}

func (s *lostCommit) Update(ctx context.Context, fn func(graph.Tx) error) error {
	if err := s.Store.Update(ctx, fn); err != nil {
		return err
	}
	if s.writes++; s.writes == s.at {
		return fmt.Errorf("%w: %w: connection reset during commit", graph.ErrUncertain, graph.ErrUnavailable)
	}
	return nil
}

// TestImportNamesTheRowItMayHaveWritten: an import stopped by a lost
// commit says how many rows it wrote whole and names the rows whose write
// may have gone through (one, or the group of a transaction), which the
// store then holds.
func TestImportNamesTheRowItMayHaveWritten(t *testing.T) {
	for _, tc := range []struct {
		name      string
		group, at int
		written   int
		uncertain []int
	}{
		{"a row per transaction", 1, 6, 5, []int{6}},
		{"two rows per transaction", 2, 3, 4, []int{5, 6}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			b, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "g.db"))
			if err != nil {
				t.Fatal(err)
			}
			g := graph.New(&lostCommit{Store: b, at: tc.at})
			defer g.Close(ctx)
			sum, err := Import(ctx, g, []string{fileV2}, Options{Chunk: 4, Group: tc.group})
			if !errors.Is(err, graph.ErrUnavailable) || sum.Rows != tc.written {
				t.Fatalf("err = %v after %d rows, want the store unavailable after %d", err, sum.Rows, tc.written)
			}
			var rows []string
			for _, n := range tc.uncertain {
				rows = append(rows, fmt.Sprintf("%s:%d, article gdelt-93000000%d", fileV2, n, n))
			}
			for _, want := range []string{fmt.Sprintf("after writing %d rows whole", tc.written), strings.Join(rows, "; ") + " may have been written whole"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
			if st, err := g.Stats(ctx); err != nil || st.Articles != tc.written+len(tc.uncertain) {
				t.Errorf("the store holds %d articles (%v), want the %d written and the uncertain ones", st.Articles, err, tc.written)
			}
		})
	}
}
