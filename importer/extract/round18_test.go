package extract

import (
	"testing"

	"github.com/eventgraph/eventgraph/graph"
)

// TestRound18Events: wordings of round 18, probed with sentences of my
// own: the event of the type is drafted, on the day given, with the roles
// given.
func TestRound18Events(t *testing.T) {
	checkDraftCases(t, []draftCase{
		{name: "a toll told as what the violence left",
			text: "The storming of the parliament on Thursday left at least nine people dead, the Red Cross said.", pub: "2024-06-28",
			typ: string(graph.Violence), day: "2024-06-27", roles: map[string]string{"icrc": "reporting authority"}},
		{name: "a toll the unrest has left",
			text: "The unrest in Durban on Monday has left at least 72 people dead, Amnesty International said.", pub: "2021-07-14",
			typ: string(graph.Violence), day: "2021-07-12", roles: map[string]string{"amnesty-international": "reporting authority"}},
		{name: "a country's other name before a preposition receives the loan",
			text: "The World Bank approved a $500 million loan to Britain on Monday.", pub: "2019-01-25",
			typ: string(graph.Loan), day: "2019-01-21", roles: map[string]string{"world-bank": "lender", "united-kingdom": "borrower"}},
		{name: "a loan to the country named with its article",
			text: "The IMF approved a loan to the Philippines on Monday.", pub: "2019-01-25",
			typ: string(graph.Loan), day: "2019-01-21", roles: map[string]string{"imf": "lender", "philippines": "borrower"}},
		{name: "a loan to an abbreviated country",
			text: "China extended a $2 billion credit line to the DRC on Tuesday.", pub: "2019-01-25",
			typ: string(graph.Loan), day: "2019-01-22", roles: map[string]string{"china": "lender", "democratic-republic-of-the-congo": "borrower"}},
		{name: "a chamber's vote told with its day between",
			text: "Ecuador's National Assembly voted on Tuesday to impeach President Guillermo Lasso.", pub: "2023-05-18",
			typ: string(graph.Debate), day: "2023-05-16", roles: map[string]string{"ecuadorian-national-assembly": "host", "guillermo-lasso": "subject"}},
		{name: "the winner named before the election's word",
			text: "Bernardo Arevalo won Sunday's presidential run-off with 58 percent of the vote.", pub: "2023-08-22",
			typ: string(graph.Election), day: "2023-08-20", roles: map[string]string{"bernardo-arevalo": "winner"}},
		{name: "an unknown name that quit",
			text: "Marisol Echeverri quit as finance minister on Thursday.", pub: "2023-05-18",
			typ: string(graph.Statement), day: "2023-05-18", roles: map[string]string{"marisol-echeverri": "speaker"}},
	})
}
