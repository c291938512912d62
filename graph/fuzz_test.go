package graph

import (
	"errors"
	"testing"
)

// FuzzCursor: any string as a cursor is refused as a 400-kind error or
// decodes to keys that encode back to the same cursor; never a panic.
func FuzzCursor(f *testing.F) {
	f.Add(encodeCursor(timelineCursor, "2020-09-14", "talks"))
	f.Add(encodeCursor(actorsCursor, "putin", "vladimir-putin"))
	f.Add("")
	f.Add("bm90IGEgY3Vyc29y")
	f.Fuzz(func(t *testing.T, cursor string) {
		for _, listing := range []string{timelineCursor, actorsCursor, articlesCursor} {
			keys, err := decodeCursor(cursor, listing)
			if err != nil {
				if !errors.Is(err, ErrInvalid) {
					t.Fatalf("%q: %v is not an invalid-parameter error", cursor, err)
				}
				continue
			}
			if cursor == "" {
				continue
			}
			if again := encodeCursor(listing, keys...); again != cursor {
				// Base64 and JSON have more than one spelling of one
				// value; the keys must still decode the same.
				if k2, _ := decodeCursor(again, listing); len(k2) != len(keys) || k2[0] != keys[0] || k2[1] != keys[1] {
					t.Fatalf("%q decodes to %q, which encodes to %q", cursor, keys, again)
				}
			}
		}
		if _, err := decodeEventKey(cursor); err != nil && !errors.Is(err, ErrInvalid) {
			t.Fatalf("%q: event key: %v", cursor, err)
		}
	})
}
