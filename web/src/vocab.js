// The graph's vocabularies as the page shows them: event types and actor
// kinds with their colours, count qualifiers with their wording, and short
// readings of CAMEO codes.
//
// The first three copy lists of package graph (graph.EventTypes,
// graph.ActorKinds, graph.CountQualifiers). web/web_test.go reads them out
// of this file and fails when they drift, so each is written as a JSON
// array (trailing commas allowed) of [name, value] pairs.

export const EVENT_TYPES = [
  ["Meeting", "#2563eb"],
  ["Loan", "#059669"],
  ["Protest", "#dc2626"],
  ["Arrest", "#9a3412"],
  ["Election", "#7c3aed"],
  ["Statement", "#475569"],
  ["Interview", "#0891b2"],
  ["Debate", "#b45309"],
  ["Agreement", "#15803d"],
  ["Visit", "#4338ca"],
  ["Sanction", "#be123c"],
  ["Violence", "#7f1d1d"],
  ["Appointment", "#0f766e"],
  ["Congratulation", "#db2777"],
  ["Inauguration", "#1e3a8a"],
];

export const ACTOR_KINDS = [
  ["Person", "#2563eb"],
  ["Country", "#b45309"],
  ["Organization", "#0f766e"],
  ["Group", "#9333ea"],
];

// How a count's qualifier reads before the number.
export const COUNT_QUALIFIERS = [
  ["exact", ""],
  ["at_least", "at least "],
  ["at_most", "at most "],
  ["about", "about "],
];

const TYPE_COLOURS = new Map(EVENT_TYPES);
const KIND_COLOURS = new Map(ACTOR_KINDS);
const QUALIFIER_WORDS = new Map(COUNT_QUALIFIERS);
const OTHER = "#64748b";

export function typeColour(type) {
  return TYPE_COLOURS.get(type) || OTHER;
}

export function kindColour(kind) {
  return KIND_COLOURS.get(kind) || OTHER;
}

/** qualifierWords is what goes before a count's number ("at least "). */
export function qualifierWords(qualifier) {
  return QUALIFIER_WORDS.get(qualifier) ?? "";
}

// CAMEO (Conflict and Mediation Event Observations) codes, read roughly.
const CAMEO = {
  "01": "make a public statement",
  "010": "make a statement",
  "011": "decline comment",
  "012": "make a pessimistic comment",
  "013": "make an optimistic comment",
  "014": "consider policy option",
  "015": "acknowledge or claim responsibility",
  "016": "deny responsibility",
  "017": "engage in symbolic act",
  "018": "make an empathetic comment",
  "019": "express accord",
  "02": "appeal",
  "03": "express intent to cooperate",
  "0331": "express intent to provide economic aid",
  "036": "express intent to meet or negotiate",
  "04": "consult",
  "040": "consult",
  "041": "discuss by telephone",
  "042": "make a visit",
  "043": "host a visit",
  "044": "meet at a third location",
  "046": "engage in negotiation",
  "05": "engage in diplomatic cooperation",
  "051": "praise or endorse",
  "057": "sign formal agreement",
  "06": "engage in material cooperation",
  "061": "cooperate economically",
  "07": "provide aid",
  "071": "provide economic aid",
  "11": "disapprove",
  "111": "criticize or denounce",
  "14": "protest",
  "140": "engage in political dissent",
  "141": "demonstrate or rally",
  "1411": "demonstrate for leadership change",
  "143": "conduct strike or boycott",
  "145": "protest violently, riot",
  "17": "coerce",
  "173": "arrest, detain",
  "175": "use tactics of violent repression",
};

/** cameoLabel reads a CAMEO code, falling back to its root code. */
export function cameoLabel(code) {
  if (!code) return "";
  for (let n = code.length; n >= 2; n--) {
    const hit = CAMEO[code.slice(0, n)];
    if (hit) return n === code.length ? hit : `${hit} (root ${code.slice(0, n)})`;
  }
  return "";
}
