package extract

import (
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// TestRound17Events: wordings of round 17, each tried on sentences of
// other countries and names than the dev article that showed it: the
// event of the type is drafted, on the day given, with the roles given.
func TestRound17Events(t *testing.T) {
	for _, c := range []struct {
		name, text, pub, typ, day string
		roles                     map[string]string
	}{
		{name: "an unknown name before a verb of saying other than said",
			text: "Tomasz Wierzbicki stated on Friday that the government would not resign.", pub: "2023-06-12",
			typ: string(graph.Statement), day: "2023-06-09", roles: map[string]string{"tomasz-wierzbicki": "speaker"}},
		{name: "has argued",
			text: "Ngozi Adeyemi has argued that the count was rigged.", pub: "2023-03-02",
			typ: string(graph.Statement), day: "2023-03-02", roles: map[string]string{"ngozi-adeyemi": "speaker"}},
		{name: "a capitalised office in the apposition",
			text: "Mr. Somchai Wongsawat, the Government Spokesman, affirmed on Tuesday that the decree remained in force.", pub: "2020-10-17",
			typ: string(graph.Statement), day: "2020-10-13", roles: map[string]string{"somchai-wongsawat": "speaker"}},
		{name: "a closing count of days after asides",
			text: "Pedro Olmos was sworn in as president on March 3. He named Lucía Ferrer, a former finance minister, as his prime minister two days later.",
			pub:  "2021-03-20", typ: string(graph.Appointment), day: "2021-03-05", roles: map[string]string{"lucia-ferrer": "appointee"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := draft(t, c.text, c.pub)
			var got []Event
			for _, e := range a.Events {
				if e.Type == c.typ {
					got = append(got, e)
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d %s events, want 1: %+v", len(got), c.typ, a.Events)
			}
			e := got[0]
			if e.Date == nil || e.Date.Start != c.day {
				t.Errorf("%s dated %+v, want %s", c.typ, e.Date, c.day)
			}
			r := roles(e)
			for actor, role := range c.roles {
				if r[actor] != role {
					t.Errorf("%s: %s is %q, want %q (roles %v)", c.typ, actor, r[actor], role, r)
				}
			}
		})
	}
}

// TestRound17NotMoved: a closing count of days belongs to its own clause
// when another clause opens before it.
func TestRound17NotMoved(t *testing.T) {
	a := draft(t, "Police detained Ruth Okafor in Lagos on June 2. Juan Pérez met Ana Ruiz in Lima, and the talks collapsed two days later.", "2021-06-20")
	for _, e := range a.Events {
		if e.Type == string(graph.Meeting) {
			if e.Date != nil && e.Date.Start == "2021-06-04" {
				t.Errorf("the meeting took the later clause's day: %+v", e.Date)
			}
			return
		}
	}
	t.Fatalf("no meeting drafted: %+v", a.Events)
}
