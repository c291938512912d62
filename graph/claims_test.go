package graph

import (
	"encoding/json"
	"reflect"
	"testing"

	gojson "github.com/goccy/go-json"
)

// storedClaim is a claim row with every field set, as encodeClaim
// writes it.
var storedClaim = func() string {
	c := Claim{Article: "baltic-observer-000123", Published: "2019-03-05", Method: Curated, Type: Loan,
		Title: "Russia lends Belarus \u00e9\u2028<$1.5bn>", Summary: "a \"quoted\" summary",
		Date:  Date{Start: "2019-03-03", End: "2019-03-04", Precision: "day", Text: "on 3 March 2019"},
		CAMEO: "0711", Place: "sochi", PlaceKind: "city", Amount: &Amount{Value: 1_500_000_000, Currency: "USD"},
		Count: &Count{Value: 774, Qualifier: "at_least", Unit: "people"}, Planned: true,
		Participants: []ClaimedPart{{ActorID: "belarus", Role: "borrower"}, {ActorID: "russia", Role: "lender"}}}
	b, err := json.Marshal(c)
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// TestDecodeClaimsAsEncodingJSON: decodeClaims (goccy/go-json) reads a
// stored row as encoding/json, which wrote it, reads it.
func TestDecodeClaimsAsEncodingJSON(t *testing.T) {
	var want Claim
	if err := json.Unmarshal([]byte(storedClaim), &want); err != nil {
		t.Fatal(err)
	}
	got, err := decodeClaims("e", []string{storedClaim})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
		t.Errorf("decodeClaims = %+v, encoding/json reads %+v", got, want)
	}
	if _, err := decodeClaims("e", []string{`{"article": 3}`}); err == nil {
		t.Error("a malformed row decoded without an error")
	}
}

// BenchmarkDecodeClaim: one stored claim row, by encoding/json and by
// goccy/go-json (what decodeClaims uses).
//
//	go test ./graph -run '^$' -bench DecodeClaim -benchmem
func BenchmarkDecodeClaim(b *testing.B) {
	for _, c := range []struct {
		name      string
		unmarshal func([]byte, any) error
	}{{"encoding-json", json.Unmarshal}, {"goccy-go-json", gojson.Unmarshal}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				var claim Claim
				if err := c.unmarshal([]byte(storedClaim), &claim); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
