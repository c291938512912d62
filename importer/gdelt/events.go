package gdelt

import "github.com/eventgraph/eventgraph/graph"

// eventKind is the event type a CAMEO code becomes, with the roles of
// Actor1 and Actor2.
type eventKind struct {
	typ          graph.EventType
	role1, role2 string
}

var (
	statement = eventKind{graph.Statement, "speaker", "addressee"}
	meeting   = eventKind{graph.Meeting, "participant", "participant"}
	agreement = eventKind{graph.Agreement, "signatory", "signatory"}
	violence  = eventKind{graph.Violence, "perpetrator", "victim"}
)

// eventKindOf maps a CAMEO event code to an event type and roles, by its
// root (the first two digits) and, within a root, by the codes that are
// an event of another type (docs/model.md, "GDELT import").
func eventKindOf(code string) (eventKind, bool) {
	if len(code) < 2 {
		return eventKind{}, false
	}
	switch root := code[:2]; root {
	case "01", "02", "03":
		return statement, true
	case "04":
		switch code {
		case "042":
			return eventKind{graph.Visit, "visitor", "host"}, true
		case "043":
			return eventKind{graph.Visit, "host", "visitor"}, true
		}
		return meeting, true
	case "05":
		if code == "057" {
			return agreement, true
		}
		return statement, true
	case "06":
		return agreement, true
	case "07":
		return eventKind{graph.Loan, "lender", "borrower"}, true
	case "08", "09", "10", "11", "12", "13":
		return statement, true
	case "14":
		return eventKind{graph.Protest, "protester", "target"}, true
	case "15", "16":
		if code == "163" {
			return eventKind{graph.Sanction, "sanctioning party", "sanctioned party"}, true
		}
		return statement, true
	case "17":
		if code == "173" {
			return eventKind{graph.Arrest, "detaining authority", "detainee"}, true
		}
		return violence, true
	case "18", "19", "20":
		return violence, true
	}
	return eventKind{}, false
}
