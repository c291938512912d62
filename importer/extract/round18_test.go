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
		// (The assembly's id is the lexicon's since round 25, whatever the wording.)
		{name: "a chamber's vote told with its day between",
			text: "Ecuador's National Assembly voted on Tuesday to impeach President Guillermo Lasso.", pub: "2023-05-18",
			typ: string(graph.Debate), day: "2023-05-16", roles: map[string]string{"ecuador-national-assembly": "host", "guillermo-lasso": "subject"}},
		{name: "the winner named before the election's word",
			text: "Bernardo Arevalo won Sunday's presidential run-off with 58 percent of the vote.", pub: "2023-08-22",
			typ: string(graph.Election), day: "2023-08-20", roles: map[string]string{"bernardo-arevalo": "winner"}},
		{name: "an unknown name that quit",
			text: "Marisol Echeverri quit as finance minister on Thursday.", pub: "2023-05-18",
			typ: string(graph.Statement), day: "2023-05-18", roles: map[string]string{"marisol-echeverri": "speaker"}},
		{name: "beaten by a margin of votes",
			text: "On December 19, Gabriel Boric beat Jose Antonio Kast by about 900,000 votes.", pub: "2022-02-02",
			typ: string(graph.Election), day: "2021-12-19", roles: map[string]string{"gabriel-boric": "winner", "jose-antonio-kast": "candidate"}},
		{name: "won by a margin, at a rerun",
			text: "At the rerun on September 4, Gabriel Boric won by more than 20,000 votes.", pub: "2022-11-02",
			typ: string(graph.Election), day: "2022-09-04", roles: map[string]string{"gabriel-boric": "winner"}},
		{name: "a deed told in the past, days after publication's day and month",
			text: "On March 31 Gabriel Boric beat Jose Antonio Kast by about 4,000 votes.", pub: "2025-03-28",
			typ: string(graph.Election), day: "2024-03-31", roles: map[string]string{"gabriel-boric": "winner"}},
		{name: "days and months after the season of a year",
			text: "Go back to the autumn of 2018. On October 11 Gabriel Boric beat Jose Antonio Kast by about 4,000 votes.", pub: "2022-10-02",
			typ: string(graph.Election), day: "2018-10-11", roles: map[string]string{"gabriel-boric": "winner"}},
		{name: "an investigation opened",
			text: "On Monday, prosecutors in Bucharest opened a criminal investigation into Calin Georgescu.", pub: "2024-12-09",
			typ: string(graph.Statement), day: "2024-12-09", roles: map[string]string{"calin-georgescu": "subject"}},
		{name: "demonstrations banned",
			text: "Governor Amadou Sy banned all demonstrations in Dakar on Tuesday.", pub: "2023-06-02",
			typ: string(graph.Statement), day: "2023-05-30", roles: map[string]string{"amadou-sy": "speaker"}},
		{name: "named to an office, passive",
			text: "Musalia Mudavadi was named foreign minister on Friday.", pub: "2024-03-10",
			typ: string(graph.Appointment), day: "2024-03-08", roles: map[string]string{"musalia-mudavadi": "appointee"}},
		{name: "named to an office, without as",
			text: "On Friday William Ruto named Musalia Mudavadi foreign minister.", pub: "2024-03-10",
			typ: string(graph.Appointment), day: "2024-03-08", roles: map[string]string{"william-ruto": "announcer", "musalia-mudavadi": "appointee"}},
		{name: "a part of a month of a year",
			text: "In late May 2013, protesters marched through Ankara.", pub: "2025-03-28",
			typ: string(graph.Protest), day: "2013-05-01", roles: map[string]string{}},
		{name: "the middle of a month of a year",
			text: "In mid-July 2019, protesters marched through Ankara.", pub: "2025-03-28",
			typ: string(graph.Protest), day: "2019-07-01", roles: map[string]string{}},
		{name: "a year in a participle phrase dates nothing of the clause",
			text: "Police detained Kemal Kilicdaroglu on March 19. The day before, Ankara University had annulled his degree, citing irregularities in his transfer in 1990.", pub: "2025-03-28",
			typ: string(graph.Statement), day: "2025-03-18", roles: map[string]string{}},
		{name: "a camp cleared",
			text: "Soldiers cleared the protest camp outside parliament in Kathmandu on Sunday.", pub: "2025-09-12",
			typ: string(graph.Violence), day: "2025-09-07", roles: map[string]string{}},
		{name: "handed himself in",
			text: "Former president Ollanta Humala handed himself in to police in Lima on Wednesday.", pub: "2025-04-18",
			typ: string(graph.Arrest), day: "2025-04-16", roles: map[string]string{"ollanta-humala": "detainee"}},
		{name: "surrendered to the authorities",
			text: "On Friday Ollanta Humala surrendered to the authorities in Lima.", pub: "2025-04-18",
			typ: string(graph.Arrest), day: "2025-04-18", roles: map[string]string{"ollanta-humala": "detainee"}},
		{name: "toured",
			text: "Prime Minister Sheikh Hasina toured the flooded districts of Sylhet on Tuesday.", pub: "2022-06-22",
			typ: string(graph.Visit), day: "2022-06-21", roles: map[string]string{}},
		{name: "bodies found",
			text: "On Tuesday the bodies of four miners were found near Kolwezi, the army said.", pub: "2023-06-02",
			typ: string(graph.Violence), day: "2023-05-30", roles: map[string]string{}},
		{name: "found dead",
			text: "Activist Solomon Kiprono was found dead in his cell on Tuesday.", pub: "2023-06-02",
			typ: string(graph.Violence), day: "2023-05-30", roles: map[string]string{"solomon-kiprono": "victim"}},
		{name: "a force of a country of five words is named once",
			text: "The army said on Tuesday that four miners were killed in Kinshasa.", pub: "2023-06-02",
			typ: string(graph.Violence), day: "2023-05-30", roles: map[string]string{"democratic-republic-of-the-congo-armed-forces": "reporting authority"}},
	})
}

// TestRound18Guards: wordings that tell no event of their type.
func TestRound18Guards(t *testing.T) {
	checkNoEvents(t, []noEventCase{
		{"a win by votes is no blow", "On December 19, Gabriel Boric beat Jose Antonio Kast by about 900,000 votes.", "2022-02-02", string(graph.Violence)},
		{"deaths inquired into", "The Uganda Human Rights Commission said on Friday it would open its own inquiry into the deaths.", "2022-08-13", string(graph.Violence)},
		{"a name given is no office", "A man named John Kamau was arrested in Nairobi on Friday.", "2024-03-10", string(graph.Appointment)},
		{"silence is no statement", "Canada has said nothing at all about the vote.", "2017-12-23", string(graph.Statement)},
		{"an oath awaited", "Zoran Milic said on Friday he would stay in office until a newly elected president is sworn in.", "2024-12-09", string(graph.Inauguration)},
	})
}
