// Package gdelt reads GDELT event exports (GDELT 1.0 daily files of 57 or
// 58 tab-separated columns, GDELT 2.0 files of 61; plain or zipped) and
// turns each row into an article for the graph: the GDELT record as an
// article whose text is a plain English rendering of what was coded, with
// the event, its actors, its place and the relations the codes state,
// each quoting the sentences of that text that state it. The facts are
// machine-coded and unreviewed: the articles are graph.Extracted, their
// extractor "gdelt-1.0" or "gdelt-2.0". docs/model.md ("GDELT import")
// gives the mapping.
package gdelt
