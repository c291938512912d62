package importer

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// plainAnswer is a line of testdata/plain/answers.tsv: what a careful
// reader tells from the file alone ("none" for nothing).
type plainAnswer struct{ file, published, outlet string }

func readPlainAnswers(t *testing.T, dir string) []plainAnswer {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "answers.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []plainAnswer
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 || cols[0] == "file" {
			continue
		}
		out = append(out, plainAnswer{cols[0], cols[1], cols[2]})
	}
	if len(out) == 0 {
		t.Fatal("no answers")
	}
	return out
}

// TestPlainCorpus reads the day of publication and the outlet of plain
// files copied from pages of many outlets' styles, written by someone
// who had not read the rules. A wrong day is worse than none (the file is
// then refused, and says how to give it), so none may be wrong.
//
// Besides, as many days and agencies as found when last measured must be
// found: every one of the set the rules were tuned on, and the figures
// of the held-out set as first measured (README.md of each folder).
func TestPlainCorpus(t *testing.T) {
	for _, c := range []struct {
		dir           string
		days, outlets int
	}{{"testdata/plain", 19, 8}, {"testdata/plain-heldout", 7, 4}} {
		t.Run(filepath.Base(c.dir), func(t *testing.T) {
			days, outlets := plainCorpus(t, c.dir)
			if days.found < c.days || outlets.found < c.outlets {
				t.Errorf("found %d days and %d agencies, fewer than the %d and %d measured before", days.found, outlets.found, c.days, c.outlets)
			}
		})
	}
}

// tally counts a reading against its answers: found when it is the
// answer, and an error when it is something else than the answer or none.
type tally struct{ found, of int }

func (c *tally) add(t *testing.T, file, what, want, got string) {
	t.Helper()
	if want != "none" {
		c.of++
		if got == want {
			c.found++
		}
	}
	if got != "none" && got != want {
		t.Errorf("%s: %s %q, want %q", file, what, got, want)
	}
}

func plainCorpus(t *testing.T, dir string) (days, outlets tally) {
	for _, ans := range readPlainAnswers(t, dir) {
		raw, err := os.ReadFile(filepath.Join(dir, ans.file))
		if err != nil {
			t.Fatal(err)
		}
		a, _, ok := parseArticle(ans.file, raw, Plain{}, &problems{})
		got := "none"
		if ok {
			got = a.Published
		}
		days.add(t, ans.file, "published", ans.published, got)
		// The outlet, read with the day given.
		a, _, _ = parseArticle(ans.file, raw, Plain{Published: "2020-01-01"}, &problems{})
		gotOutlet := a.Outlet
		if gotOutlet == UnknownOutlet {
			gotOutlet = "none"
		}
		outlets.add(t, ans.file, "outlet", ans.outlet, gotOutlet)
		t.Logf("%-40s title %q published %-10s (answer %-10s) outlet %-8s (answer %s)", ans.file, a.Title, got, ans.published, gotOutlet, ans.outlet)
	}
	t.Logf("days found: %d of %d; outlets found: %d of %d", days.found, days.of, outlets.found, outlets.of)
	return days, outlets
}
