package gdelt

import (
	"slices"
	"strings"
	"unicode"

	"github.com/eventgraph/eventgraph/graph"
)

// actorCols are the columns of one side of a row (Actor1 or Actor2).
type actorCols struct {
	prefix                                 string
	code, name, country, knownGroup, type1 string
}

func actorOf(r row, prefix string) actorCols {
	return actorCols{
		prefix: prefix, code: strings.ToUpper(r.get(prefix + "Code")), name: r.get(prefix + "Name"),
		country: strings.ToUpper(r.get(prefix + "CountryCode")), knownGroup: strings.ToUpper(r.get(prefix + "KnownGroupCode")),
		type1: strings.ToUpper(r.get(prefix + "Type1Code")),
	}
}

func (a actorCols) empty() bool { return a.code == "" && a.name == "" }

// gdeltActor is what a row says about one of its actors.
type gdeltActor struct {
	cols actorCols
	name string
	kind graph.ActorKind
	// base is the name its id is made from.
	base string
	// country is the name of its country (CountryCode), "" if unknown.
	country string
	// tie is a relation to its country the codes state, "" for none;
	// tieRole says what the codes call it ("a government actor").
	tie     graph.RelationType
	tieRole string
}

// roleNames are the generic names CAMEO's agent dictionary gives actors
// that are a role rather than someone: GDELT's name, then the name of the
// Group it becomes.
var roleNames = map[string]string{
	"PROTESTER": "Protesters", "PROTESTERS": "Protesters", "DEMONSTRATOR": "Protesters", "DEMONSTRATORS": "Protesters",
	"POLICE": "Police", "RIOT POLICE": "Police", "POLICE OFFICER": "Police", "POLICEMAN": "Police", "POLICE FORCE": "Police",
	"STUDENT": "Students", "STUDENTS": "Students", "WORKER": "Workers", "WORKERS": "Workers", "EMPLOYEE": "Workers",
	"MILITARY": "Military", "ARMY": "Military", "SOLDIER": "Military", "SOLDIERS": "Military", "TROOP": "Military", "TROOPS": "Military",
	"ARMED FORCES": "Military", "ARMED FORCE": "Military", "NAVY": "Military", "AIR FORCE": "Military",
	"SECURITY FORCE": "Security forces", "SECURITY FORCES": "Security forces",
	"GOVERNMENT": "Government", "AUTHORITIES": "Government", "AUTHORITY": "Government", "ADMINISTRATION": "Government",
	"REGIME": "Government", "OFFICIAL": "Government", "OFFICIALS": "Government", "MINISTRY": "Government", "CABINET": "Government",
	"PRESIDENT": "President", "PRIME MINISTER": "Prime minister", "MINISTER": "Ministers", "FOREIGN MINISTER": "Foreign minister",
	"LEADER": "Leaders", "DIPLOMAT": "Diplomats", "AMBASSADOR": "Diplomats", "SPOKESMAN": "Spokespeople", "SPOKESPERSON": "Spokespeople",
	"OPPOSITION": "Opposition", "OPPOSITION LEADER": "Opposition", "DISSIDENT": "Opposition", "ACTIVIST": "Activists", "ACTIVISTS": "Activists",
	"CIVILIAN": "Civilians", "CIVILIANS": "Civilians", "CITIZEN": "Citizens", "CITIZENS": "Citizens", "RESIDENT": "Residents",
	"RESIDENTS": "Residents", "PEOPLE": "People", "PUBLIC": "People", "VILLAGER": "Residents", "COMMUNITY": "Residents",
	"JOURNALIST": "Journalists", "REPORTER": "Journalists", "MEDIA": "Media",
	"LAWMAKER": "Legislators", "LEGISLATOR": "Legislators", "PARLIAMENT": "Legislature", "LEGISLATURE": "Legislature",
	"SENATOR": "Legislators", "CONGRESS": "Legislature", "SENATE": "Legislature",
	"COURT": "Judiciary", "JUDGE": "Judiciary", "JUDICIARY": "Judiciary", "PROSECUTOR": "Prosecutors", "LAWYER": "Lawyers", "ATTORNEY": "Lawyers",
	"REBEL": "Rebels", "REBELS": "Rebels", "INSURGENT": "Insurgents", "MILITANT": "Militants", "MILITANTS": "Militants",
	"GUNMAN": "Gunmen", "GUNMEN": "Gunmen", "ATTACKER": "Attackers", "TERRORIST": "Terrorists", "SEPARATIST": "Separatists",
	"CRIMINAL": "Criminals", "GANG": "Criminals", "THIEF": "Criminals", "SUSPECT": "Suspects", "PRISONER": "Prisoners", "DETAINEE": "Prisoners",
	"HOSTAGE": "Hostages", "VICTIM": "Victims", "REFUGEE": "Refugees", "REFUGEES": "Refugees", "MIGRANT": "Migrants", "MIGRANTS": "Migrants",
	"DOCTOR": "Doctors", "TEACHER": "Teachers", "FARMER": "Farmers", "BUSINESS": "Business", "COMPANY": "Business", "COMPANIES": "Business",
	"UNION": "Trade unions", "TRADE UNION": "Trade unions", "LABOR UNION": "Trade unions", "VOTER": "Voters", "VOTERS": "Voters",
	"SUPPORTER": "Supporters", "SUPPORTERS": "Supporters", "CHILD": "Children", "CHILDREN": "Children", "WOMAN": "Women", "WOMEN": "Women",
}

// groupTypes are the CAMEO type codes of collectives: an actor of one of
// them under a one-word name is a Group even when the name is not in
// roleNames.
var groupTypes = []string{"COP", "OPP", "CVL", "MIL", "REB", "INS", "SEP", "UAF", "REF", "CRM", "LAB", "RAD", "MOD", "SET", "EDU", "AGR"}

// orgTypes are the CAMEO type codes of organisations: an actor of one of
// them is an Organization whatever the length of its name.
var orgTypes = []string{"IGO", "NGO", "NGM", "MNC"}

// stateTypes are the CAMEO type codes of a state's own agents: a person
// of one of them with a country works for that country.
var stateTypes = map[string]string{
	"GOV": "a government actor", "MIL": "a military actor", "COP": "a police actor", "JUD": "a judicial actor",
	"LEG": "a legislative actor", "SPY": "an intelligence actor",
}

// classify says what kind of actor a row's actor is and what it is
// called: a country code alone is the Country; a name that is a
// country's is that Country (RUSGOV named RUSSIA is the Russian state,
// which the model keeps as the country); generic role names are Groups,
// qualified by their country; names of two or more words are people,
// unless the codes say organisation; anything else an Organization.
func classify(a actorCols) gdeltActor {
	out := gdeltActor{cols: a}
	out.country, _ = Country(a.country)
	if name, ok := Country(a.code); ok && len(a.code) == 3 && a.code == a.country {
		out.name, out.kind = name, graph.Country
		out.base = name
		return out
	}
	if name, ok := CountryNamed(a.name); ok {
		out.name, out.kind, out.base = name, graph.Country, name
		return out
	}
	upper := strings.Join(strings.Fields(strings.ToUpper(a.name)), " ")
	words := len(strings.Fields(upper))
	role, generic := roleNames[upper]
	if !generic && words == 1 && slices.Contains(groupTypes, a.type1) && a.knownGroup == "" {
		role, generic = TitleCase(upper), true
	}
	switch {
	case generic:
		out.kind, out.name = graph.Group, role
		if out.country != "" {
			out.name = role + " of " + out.country
		}
	case a.knownGroup != "" || slices.Contains(orgTypes, a.type1):
		out.kind, out.name = graph.Organization, TitleCase(upper)
	case words >= 2:
		out.kind, out.name = graph.Person, TitleCase(upper)
		if role, ok := stateTypes[a.type1]; ok && out.country != "" {
			out.tie, out.tieRole = graph.WorksFor, role
		}
	default:
		out.kind, out.name = graph.Organization, TitleCase(upper)
	}
	out.base = out.name
	return out
}

// smallWords stay lower case inside a title-cased name.
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "at": true, "de": true}

// TitleCase turns GDELT's upper-case names into names: "ALEXANDER
// LUKASHENKO" is Alexander Lukashenko, "BANK OF ENGLAND" Bank of England,
// "O'BRIEN" O'Brien.
func TitleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && smallWords[w] {
			continue
		}
		var b strings.Builder
		up := true
		for _, r := range w {
			if up && unicode.IsLetter(r) {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(r)
			}
			up = !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

// label is how the text names an actor: its name and GDELT's code.
func (a gdeltActor) label() string {
	if a.cols.code == "" {
		return a.name
	}
	return a.name + " (" + a.cols.code + ")"
}
