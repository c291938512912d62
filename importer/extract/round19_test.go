package extract

import (
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// TestRound19LaterMentionsByOffice: a later mention by office alone ("the
// king", "the general", "the minister", "the former premier") is the one
// person named so far who holds that office.
func TestRound19LaterMentionsByOffice(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "the king",
			text: "King Abdullah II met Biden in Washington on Monday. On Tuesday the king said that Jordan faced an unprecedented situation.", pub: "2021-07-25",
			typ: string(graph.Statement), day: "2021-07-20", roles: map[string]string{"abdullah-ii": "speaker"}},
		{name: "the King, capitalised",
			text: "King Abdullah II met Biden in Washington on Monday. On Tuesday the King said that Jordan faced an unprecedented situation.", pub: "2021-07-25",
			typ: string(graph.Statement), day: "2021-07-20", roles: map[string]string{"abdullah-ii": "speaker"}},
		{name: "the general",
			text: "General Amadou Kone met the mediators in Bamako on Monday. The general said on Tuesday that the talks had failed.", pub: "2021-07-25",
			typ: string(graph.Statement), day: "2021-07-20", roles: map[string]string{"amadou-kone": "speaker"}},
		{name: "the minister, the only one named",
			text: "Interior Minister Kamal Rossi met the mayors on Monday. The minister said on Tuesday that the curfew would stay.", pub: "2021-07-25",
			typ: string(graph.Statement), day: "2021-07-20", roles: map[string]string{"kamal-rossi": "speaker"}},
		{name: "the former premier",
			text: "Former prime minister Mahathir Mohamad met the king on Monday. The former premier told reporters on Tuesday that he had the signatures of 114 lawmakers.", pub: "2021-07-25",
			typ: string(graph.Statement), day: "2021-07-20", roles: map[string]string{"mahathir-mohamad": "speaker"}},
		{name: "the former president, not the president",
			text: "President Ali Demir met former president Kemal Arslan in Ankara on Monday. The former president said on Tuesday that the vote had been rigged.", pub: "2021-07-25",
			typ: string(graph.Statement), day: "2021-07-20", roles: map[string]string{"kemal-arslan": "speaker", "ali-demir": ""}},
	})
}

// TestRound19OfficesThatReferToNoOne: an office two people hold refers to
// neither; an office's word before a noun ("the general strike") is no
// mention of anyone.
func TestRound19OfficesThatReferToNoOne(t *testing.T) {
	checkNoEvents(t, []noEventCase{
		{name: "two ministers named",
			text: "Interior Minister Kamal Rossi met Finance Minister Lia Berg on Monday. The minister said on Tuesday that the curfew would stay.", pub: "2021-07-25",
			typ: string(graph.Statement)},
	})
	a := draft(t, "General Amadou Kone met the mediators in Bamako on Monday. The general strike began on Wednesday.", "2021-07-25")
	for _, e := range a.Events {
		if roles(e)["amadou-kone"] != "" && e.Type != string(graph.Meeting) {
			t.Errorf("the general strike names the general: %+v", e)
		}
	}
}

// TestRound19Appointments: designated to an office, active and passive,
// and an office taken over.
func TestRound19Appointments(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "designated, passive",
			text: "On Friday, General Omar Tchiani was designated head of state by the junta.", pub: "2023-08-28",
			typ: string(graph.Appointment), day: "2023-08-25", roles: map[string]string{"abdourahamane-tchiani": "appointee"}},
		{name: "designated, active",
			text: "The junta designated Ali Lamine Zeine as prime minister on Monday.", pub: "2023-08-28",
			typ: string(graph.Appointment), day: "2023-08-28", roles: map[string]string{"ali-lamine-zeine": "appointee"}},
		{name: "an office taken over",
			text: "Finance Minister Choi Sang-mok took over as acting president on Friday.", pub: "2023-08-28",
			typ: string(graph.Appointment), day: "2023-08-25", roles: map[string]string{"choi-sang-mok": "appointee"}},
	})
}

// TestRound19StatementDatedBeforeItsVerb: a day and month later in the
// year than publication, before a statement's verb told in the past,
// dates the saying a year before, as it does any past deed; after the
// verb it dates what is said, not the saying.
func TestRound19StatementDatedBeforeItsVerb(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "on a day, before the verb",
			text: "On March 2, President Macky Sall said the vote would be delayed.", pub: "2025-01-16",
			typ: string(graph.Statement), day: "2024-03-02", roles: map[string]string{"macky-sall": "speaker"}},
		{name: "a timeline's label",
			text: "March 2: President Macky Sall said the vote would be delayed.", pub: "2025-01-16",
			typ: string(graph.Statement), day: "2024-03-02", roles: map[string]string{"macky-sall": "speaker"}},
		{name: "what is promised keeps its day out of the saying",
			text: "President Macky Sall promised a transition on March 2.", pub: "2025-01-16",
			typ: string(graph.Statement), day: "2025-01-16", roles: map[string]string{"macky-sall": "speaker"}},
	})
}

// TestRound19TimelineLabels: a month and year, or a year, that opens an
// entry before a colon or a dash dates it; a number before a noun is no
// label.
func TestRound19TimelineLabels(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "a month and year, a dash",
			text: "June 2020 — Police arrested 300 protesters in Nairobi.", pub: "2024-02-05",
			typ: string(graph.Arrest), day: "2020-06-01", roles: map[string]string{"kenyan-police": "detaining authority"}},
		{name: "a year, a colon",
			text: "2019: Police arrest 300 protesters in Nairobi.", pub: "2024-02-05",
			typ: string(graph.Arrest), day: "2019-01-01", roles: map[string]string{"kenyan-police": "detaining authority"}},
		{name: "an abbreviated month in a bullet",
			text: "- Nov. 2021 – Ruto meets Biden in Washington.", pub: "2024-02-05",
			typ: string(graph.Meeting), day: "2021-11-01", roles: map[string]string{"william-ruto": "visitor"}},
		{name: "a number before a noun is no label",
			text: "2019 protesters were arrested in Nairobi on Monday.", pub: "2024-02-05",
			typ: string(graph.Arrest), day: "2024-02-05"},
	})
}

// TestRound19VowsAreNoEvents: what someone vows or pledges to do has not
// happened; the vow is a statement.
func TestRound19VowsAreNoEvents(t *testing.T) {
	checkNoEvents(t, []noEventCase{
		{name: "vowed to continue the protests", text: "Odinga vowed to continue the protests on Thursday.", pub: "2023-07-14", typ: string(graph.Protest)},
		{name: "pledged to meet", text: "Ruto pledged to meet the protesters' leaders next week.", pub: "2023-07-14", typ: string(graph.Meeting)},
		{name: "vowed on a day to continue", text: "Odinga vowed on Thursday to continue the protests.", pub: "2023-07-14", typ: string(graph.Protest)},
		{name: "promised on a day to meet", text: "Odinga promised on Thursday to meet Ruto.", pub: "2023-07-14", typ: string(graph.Meeting)},
	})
	checkDraftCases(t, []draftCase{
		{name: "the vow is a statement", text: "Odinga vowed on Thursday to continue the protests.", pub: "2023-07-14",
			typ: string(graph.Statement), day: "2023-07-13", roles: map[string]string{"raila-odinga": "speaker"}},
	})
}

// TestRound19AccordingToBefore: "According to X," before what happened
// names who reports it, not who did it.
func TestRound19AccordingToBefore(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "according to, before the event",
			text: "According to the interior ministry, 300 people were arrested in Nairobi on Wednesday.", pub: "2023-07-14",
			typ: string(graph.Arrest), day: "2023-07-12", roles: map[string]string{"kenyan-interior-ministry": "reporting authority"}},
	})
}

// TestRound19VisaBansAndInkedDeals: visa bans are sanctions; money
// disbursed is lent; a pact inked is signed.
func TestRound19VisaBansAndInkedDeals(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "visa bans",
			text: "The United States imposed visa bans on Sierra Leonean officials on Monday.", pub: "2023-07-14",
			typ: string(graph.Sanction), day: "2023-07-10", roles: map[string]string{"united-states": "sanctioning party"}},
		{name: "money disbursed",
			text: "The IMF disbursed $415m to Kenya on Monday.", pub: "2023-07-14",
			typ: string(graph.Loan), day: "2023-07-10", roles: map[string]string{"imf": "lender", "kenya": "borrower"}},
		{name: "a pact inked",
			text: "Kenya and Ethiopia inked a security pact in Addis Ababa on Friday.", pub: "2023-07-14",
			typ: string(graph.Agreement), day: "2023-07-14", roles: map[string]string{"kenya": "signatory", "ethiopia": "signatory"}},
	})
}

// TestRound19EnvoySummoned: summoning another state's envoy is a
// statement by who summons.
func TestRound19EnvoySummoned(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "an ambassador summoned",
			text: "Ankara summoned the Swedish ambassador on Monday.", pub: "2023-07-14",
			typ: string(graph.Statement), day: "2023-07-10", roles: map[string]string{"turkey": "speaker"}},
	})
}

// TestRound19AccusedOf: who accuses reports what the accused is said to
// have done; the accused did it.
func TestRound19AccusedOf(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "accused of shelling",
			text: "Ukraine accused Russia of shelling a hospital in Kharkiv on Monday.", pub: "2023-07-14",
			typ: string(graph.Violence), day: "2023-07-10", roles: map[string]string{"russia": "perpetrator", "ukraine": "reporting authority"}},
		{name: "accused of arresting",
			text: "Kenya accused Uganda of arresting its citizens on Monday.", pub: "2023-07-14",
			typ: string(graph.Arrest), day: "2023-07-10", roles: map[string]string{"uganda": "detaining authority", "kenya": "reporting authority"}},
	})
}
