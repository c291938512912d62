// The graph's vocabularies as the page shows them: event types with their
// colours (mirrors graph.EventTypes), and short readings of CAMEO codes.

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
];

const COLOURS = new Map(EVENT_TYPES);

export function typeColour(type) {
  return COLOURS.get(type) || "#64748b";
}

export const KIND_COLOURS = {
  Person: "#2563eb",
  Country: "#b45309",
  Organization: "#0f766e",
  Group: "#9333ea",
};

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
