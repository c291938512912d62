package extract

import "testing"

// TestRound25 holds the wordings of the twenty-fifth round.
func TestRound25(t *testing.T) {
	checkDraftCases(t, []draftCase{
		// A result told after its vote, without naming the vote again,
		// gives the vote its winner and candidates.
		{name: "declares the winner, next paragraph", text: "Kenya\n\nDec. 27 — Kenyans vote in presidential elections.\n\nDec. 30 — The electoral commission declares President Mwai Kibaki the winner by about 230,000 votes.",
			pub: "2008-02-29", typ: "Election", day: "2007-12-27", roles: map[string]string{"mwai-kibaki": "winner"}},
		{name: "shares after the names", text: "Zimbabwe\n\nZimbabweans voted in a presidential election on March 29.\n\nOn May 2 the commission published the result: opposition leader Morgan Tsvangirai 47.9 per cent, President Robert Mugabe 43.2 per cent.",
			pub: "2008-06-30", typ: "Election", day: "2008-03-29", roles: map[string]string{"morgan-tsvangirai": "candidate", "robert-mugabe": "candidate"}},
		{name: "with a share against a share for", text: "Kenya\n\nThe Supreme Court annulled the election of 8 August. The commission had declared President Uhuru Kenyatta the winner of that vote with 54.27% against 44.74% for opposition leader Raila Odinga.",
			pub: "2017-11-21", typ: "Election", day: "2017-08-08", roles: map[string]string{"uhuru-kenyatta": "winner", "raila-odinga": "candidate"}},
	})
}
