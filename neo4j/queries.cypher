// eventgraph: the queries to start exploring the graph with in Neo4j Browser.
//
// Paste one query (its comment lines may come along) into the Browser editor and run it.
// Ids are literals, so nothing needs setting up first: change an id to look at another actor.
//
// Each query is preceded by a title line, a line or two on what it shows, and an `expect:` line
// with the exact rows it returns on the seed (seeds/), as a JSON array of rows, each row an array
// of the returned columns in order. Dates read as "YYYY-MM-DD", nodes as their id and paths as the
// list of their node ids. neo4j/kit_test.go imports the seed into a real Neo4j, runs every query
// below and fails when any returns other rows. Every query has an ORDER BY so rows come in one
// order. A query ends with a semicolon at the end of a line, and its comment lines have none:
// Browser splits what you paste at every semicolon, even in a comment.

// Who met whom
// Every pair of actors who took part in the same meeting, how many meetings, when and where.
// expect: [["Alexander Lukashenko","Vladimir Putin",2,["2019-02-15","2020-09-14"],["Sochi"]]]
MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE a.id < b.id
WITH a, b, m
ORDER BY m.date, m.id
OPTIONAL MATCH (m)-[:OCCURRED_IN]->(p:Place)
RETURN a.name AS actor, b.name AS counterpart, count(m) AS meetings,
       collect(m.date) AS dates, collect(DISTINCT p.name) AS places
ORDER BY meetings DESC, actor, counterpart;

// Who met an actor most
// The counts the store keeps on MET edges (one per pair of actors who met): a busy actor's counterparts without walking its every meeting.
// expect: [["Vladimir Putin",2]]
MATCH (:Actor {id: 'alexander-lukashenko'})-[m:MET]-(b:Actor)
RETURN b.name AS counterpart, m.meetings AS meetings
ORDER BY meetings DESC, counterpart;

// Timeline of one actor
// Vladimir Putin's events in date order, with his role in each. A date of month precision reads as its first day.
// expect: [["2019-02-15","day","Meeting","host","Lukashenko and Putin meet in Sochi"],["2020-08-01","month","Statement","speaker","Putin describes the Belarusian vote as not ideal"],["2020-08-01","month","Congratulation","speaker","Putin congratulates Lukashenko on his election victory"],["2020-09-14","day","Meeting","host","Lukashenka meets Putin in Sochi"],["2020-09-14","day","Statement","speaker","Putin backs constitutional reform and rejects foreign interference"],["2020-09-14","day","Loan","announcer","Russia agrees a $1.5bn loan to Belarus"],["2020-09-14","day","Statement","addressee","Tikhanovskaya warns Putin against any agreement with Lukashenko"]]
MATCH (:Actor {id: 'vladimir-putin'})-[r:PARTICIPATED_IN]->(e:Event)
RETURN e.date AS date, e.precision AS precision, e.type AS type, r.role AS role, e.title AS title
ORDER BY e.date, e.id;

// The loan and its parties
// Every loan with its amount, lender, borrower, the other actors involved (with their role) and where it was agreed.
// expect: [["Russia agrees a $1.5bn loan to Belarus",1500000000,"USD","2020-09-14",["Russia"],["Belarus"],["Vladimir Putin (announcer)"],["Sochi"]]]
MATCH (loan:Loan)
RETURN loan.title AS title, loan.amount AS amount, loan.currency AS currency, loan.date AS date,
       [(a:Actor)-[:PARTICIPATED_IN {role: 'lender'}]->(loan) | a.name] AS lenders,
       [(a:Actor)-[:PARTICIPATED_IN {role: 'borrower'}]->(loan) | a.name] AS borrowers,
       [(a:Actor)-[r:PARTICIPATED_IN]->(loan) WHERE NOT r.role IN ['lender', 'borrower'] | a.name + ' (' + r.role + ')'] AS others,
       [(loan)-[:OCCURRED_IN]->(p:Place) | p.name] AS places
ORDER BY loan.date, loan.id;

// Shortest paths between two actors
// How Svetlana Tikhanovskaya connects to Vladimir Putin: through her warning to him. The walk uses shared events and the relations between actors, as the API's /paths does. In Browser it draws as a graph.
// expect: [[["svetlana-tikhanovskaya","tikhanovskaya-warns-putin-2020-09-14","vladimir-putin"],2]]
MATCH p = allShortestPaths(
  (:Actor {id: 'svetlana-tikhanovskaya'})-[:PARTICIPATED_IN|LEADER_OF|MEMBER_OF|WORKS_FOR|LOCATED_IN|PART_OF|CONTROLLED_BY|ALLY_OF*..10]-(:Actor {id: 'vladimir-putin'}))
WHERE all(n IN nodes(p) WHERE n:Actor OR n:Event)
RETURN p AS path, length(p) AS hops
ORDER BY [n IN nodes(p) | n.id];

// Shortest paths through relations
// Margarita Simonyan reaches Vladimir Putin in three hops two ways: through Lukashenko's interview and his alliance with Putin, and through RT, which Russia controls.
// expect: [[["margarita-simonyan","lukashenko-interview-russian-journalists-2020-09","alexander-lukashenko","vladimir-putin"],["PARTICIPATED_IN","PARTICIPATED_IN","ALLY_OF"]],[["margarita-simonyan","rt","russia","vladimir-putin"],["WORKS_FOR","CONTROLLED_BY","LEADER_OF"]]]
MATCH p = allShortestPaths(
  (:Actor {id: 'margarita-simonyan'})-[:PARTICIPATED_IN|LEADER_OF|MEMBER_OF|WORKS_FOR|LOCATED_IN|PART_OF|CONTROLLED_BY|ALLY_OF*..10]-(:Actor {id: 'vladimir-putin'}))
WHERE all(n IN nodes(p) WHERE n:Actor OR n:Event)
RETURN p AS path, [r IN relationships(p) | type(r)] AS via
ORDER BY [n IN nodes(p) | n.id];

// Relations between actors
// Who leads, works for, belongs to, is controlled by or allied with whom, with the title the article gives.
// expect: [["Alexander Lukashenko","ALLY_OF","prickly and difficult ally","Vladimir Putin"],["Alexander Lukashenko","LEADER_OF","president","Belarus"],["Belarusian Interior Ministry","PART_OF",null,"Belarus"],["Katsiaryna Shmatsina","WORKS_FOR","analyst","Belarusian Institute of Strategic Studies"],["Margarita Simonyan","WORKS_FOR","editor-in-chief","RT"],["RT","CONTROLLED_BY","Kremlin-controlled","Russia"],["Step Vaessen","WORKS_FOR","correspondent","Al Jazeera"],["Svetlana Tikhanovskaya","LOCATED_IN",null,"Lithuania"],["Vladimir Putin","LEADER_OF","president","Russia"]]
MATCH (a:Actor)-[r:LEADER_OF|MEMBER_OF|WORKS_FOR|PART_OF|CONTROLLED_BY|ALLY_OF|LOCATED_IN]->(b:Actor)
RETURN a.name AS actor, type(r) AS relation, r.title AS title, b.name AS other
ORDER BY actor, relation, other;

// Articles stating an actor
// Which articles state Lukashenko, newest first, with their outlet. Provenance is one Stated node per fact and article, without relationships, found through the uniqueness constraint on (fact, article).
// expect: [["2020-09-15","Minsk Herald","minsk-herald-2020-09-15"],["2020-09-14","Al Jazeera","aljazeera-2020-09-14-lukashenko-putin-sochi"]]
MATCH (s:Stated) WHERE s.fact = 'alexander-lukashenko' AND s.article IS NOT NULL
MATCH (a:Article {id: s.article})
RETURN a.published AS published, a.outlet AS outlet, a.id AS article
ORDER BY published DESC, article;

// Events by source article
// The events one article reports, in date order, with how many of its quotes state each.
// expect: [["2019-02-15","Meeting","lukashenko-putin-meeting-sochi-2019-02-15",1],["2020-08-01","Statement","putin-calls-vote-not-ideal-2020",1],["2020-08-01","Congratulation","putin-congratulates-lukashenko-2020-08",1],["2020-08-09","Election","belarus-presidential-election-2020-08-09",2],["2020-08-09","Protest","belarus-protests-2020",2],["2020-09-01","Statement","shmatsina-comments-to-al-jazeera-2020-09",1],["2020-09-07","Interview","lukashenko-interview-russian-journalists-2020-09",1],["2020-09-13","Arrest","belarus-arrests-2020-09-13",1],["2020-09-13","Arrest","minsk-arrests-2020-09-13",1],["2020-09-13","Protest","minsk-rally-2020-09-13",2],["2020-09-14","Meeting","lukashenko-putin-talks-sochi-2020-09-14",4],["2020-09-14","Statement","putin-statement-sochi-2020-09-14",2],["2020-09-14","Loan","russia-belarus-loan-2020-09-14",2],["2020-09-14","Statement","tikhanovskaya-warns-putin-2020-09-14",2],["2020-09-14","Debate","un-rights-council-urgent-debate-2020-09-14",1],["2020-09-14","Statement","vaessen-reports-from-minsk-2020-09-14",2]]
MATCH (:Article {id: 'aljazeera-2020-09-14-lukashenko-putin-sochi'})-[m:MENTIONS]->(e:Event)
RETURN e.date AS date, e.type AS type, e.id AS event, count(m) AS quotes
ORDER BY date, event;

// Events with their quotes
// The arrests with the verbatim sentences that report them, the outlet, and where each quote sits in the article text (code points, end exclusive).
// expect: [["812 detained at Sunday rallies",812,"people","812 people were detained at rallies across Belarus on Sunday, September 13","Minsk Herald",11,85],["812 detained at Sunday rallies",812,"people","a day after police arrested 774 people at anti-government rallies across the country, including 500 in the capital, Minsk, the Belarusian interior ministry said","Al Jazeera",997,1157],["500 arrested in Minsk",500,"people","including 500 in the capital, Minsk, the Belarusian interior ministry said","Al Jazeera",1083,1157]]
MATCH (art:Article)-[m:MENTIONS]->(e:Arrest)
RETURN e.title AS event, e.count AS count, e.countUnit AS unit, m.quote AS quote, art.outlet AS outlet,
       m.start AS start, m.end AS end
ORDER BY e.date, e.id, start;

// Events in a date range
// Events whose dates overlap 1 to 13 September 2020, the fortnight before the Sochi talks. An event's date is the interval from date to dateEnd.
// expect: [["2020-08-01","2020-09-30","month","later","putin-calls-vote-not-ideal-2020"],["2020-08-09","2020-09-13","week","for five weeks since the vote","belarus-protests-2020"],["2020-09-01","2020-09-30","month","this month","shmatsina-comments-to-al-jazeera-2020-09"],["2020-09-07","2020-09-13","week","last week","lukashenko-interview-russian-journalists-2020-09"],["2020-09-13","2020-09-13","day","a day after","belarus-arrests-2020-09-13"],["2020-09-13","2020-09-13","day","a day after","minsk-arrests-2020-09-13"],["2020-09-13","2020-09-13","day","on Sunday","minsk-rally-2020-09-13"]]
MATCH (e:Event)
WHERE e.date <= date('2020-09-13') AND e.dateEnd >= date('2020-09-01')
RETURN e.date AS date, e.dateEnd AS dateEnd, e.precision AS precision, e.dateText AS wording, e.id AS event
ORDER BY date, event;

// Full-text search on actor names
// Actors whose name or alias matches, best match first: both are found by the spellings in their aliases only.
// expect: [["svetlana-tikhanovskaya","Svetlana Tikhanovskaya"],["alexander-lukashenko","Alexander Lukashenko"]]
CALL db.index.fulltext.queryNodes('actor_names', 'lukashenka OR tsikhanouskaya') YIELD node, score
RETURN node.id AS id, node.name AS name
ORDER BY score DESC, id;

// Events outlets disagree on
// Events two or more articles report, with what each claims where they disagree (conflicts lists the fields). Claims are JSON, one per article in claimArticles, and apoc.convert.fromJsonMap (APOC core, also on Aura) reads them.
// expect: [["belarus-arrests-2020-09-13",["count"],2,"aljazeera-2020-09-14-lukashenko-putin-sochi",774,"exact","2020-09-13"],["belarus-arrests-2020-09-13",["count"],2,"minsk-herald-2020-09-15",812,"exact","2020-09-13"]]
MATCH (e:Event) WHERE e.conflicts IS NOT NULL
UNWIND range(0, size(e.claims) - 1) AS i
WITH e, e.claimArticles[i] AS article, apoc.convert.fromJsonMap(e.claims[i]) AS claim
RETURN e.id AS event, e.conflicts AS conflicts, e.sourceCount AS sources, article,
       claim.count.value AS count, claim.count.qualifier AS qualifier, claim.date.start AS date
ORDER BY event, article;

// Corroborated events
// Events at least two articles report, with the outlets that report them, earliest first.
// expect: [["2020-09-13","belarus-arrests-2020-09-13",2,"2020-09-14",["Al Jazeera","Minsk Herald"]],["2020-09-14","lukashenko-putin-talks-sochi-2020-09-14",2,"2020-09-14",["Al Jazeera","Minsk Herald"]]]
MATCH (e:Event) WHERE e.sourceCount >= 2
MATCH (a:Article)-[:MENTIONS]->(e)
WITH e, a ORDER BY a.published, a.id
RETURN e.date AS date, e.id AS event, e.sourceCount AS sources, e.firstReported AS firstReported,
       collect(DISTINCT a.outlet) AS outlets
ORDER BY date, event;
