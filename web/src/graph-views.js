// The two graph views (vis-network): who met whom, from the meetings route,
// and the shortest paths between two actors, from the paths route. Each has
// a plain list beside the canvas, which is what keyboards and screen
// readers use.

import { Network } from "vis-network";
import { DataSet } from "vis-data";
import { h, clear, formatDate, token } from "./util.js";
import { kindColour, typeColour } from "./vocab.js";

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

function actorNode(a, extra = {}) {
  const c = kindColour(a.kind);
  return {
    id: a.id,
    label: a.name,
    shape: "dot",
    color: { background: c, border: "#ffffff", highlight: { background: c, border: "#0f172a" }, hover: { background: c, border: "#0f172a" } },
    borderWidth: 2,
    font: { face: FONT, size: 14, color: "#0f172a", strokeWidth: 4, strokeColor: "#ffffff" },
    ...extra,
  };
}

/** pairsOf turns meetings into undirected actor pairs with their meetings in date order. */
export function pairsOf(meetings) {
  const actors = new Map();
  const pairs = new Map();
  for (const m of meetings) {
    const ps = [];
    const seen = new Set();
    for (const p of m.participants) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      ps.push(p);
      if (!actors.has(p.id)) actors.set(p.id, { id: p.id, name: p.name, kind: p.kind, meetings: 0 });
      actors.get(p.id).meetings++;
    }
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const [a, b] = [ps[i], ps[j]].sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id));
        const key = `${a.id}|${b.id}`;
        if (!pairs.has(key)) pairs.set(key, { key, a, b, meetings: [] });
        pairs.get(key).meetings.push(m);
      }
    }
  }
  for (const p of pairs.values()) {
    p.meetings.sort((x, y) => x.date.start.localeCompare(y.date.start) || x.id.localeCompare(y.id));
  }
  const list = [...pairs.values()].sort((x, y) => y.meetings.length - x.meetings.length || x.key.localeCompare(y.key));
  return { actors: [...actors.values()], pairs: list };
}

export class MetView {
  constructor({ graph, list, empty }, { onActor, onEvent }) {
    this.graphEl = graph;
    this.listEl = list;
    this.emptyEl = empty;
    this.onActor = onActor;
    this.onEvent = onEvent;
    this.nodes = new DataSet();
    this.edges = new DataSet();
    this.network = null;
    this.selected = "";
  }

  /** ensure creates the network once its tab is visible (a hidden canvas has no size). */
  ensure() {
    if (this.network) {
      this.network.redraw();
      this.network.fit({ animation: false });
      return;
    }
    this.network = new Network(this.graphEl, { nodes: this.nodes, edges: this.edges }, {
      autoResize: true,
      nodes: { scaling: { min: 10, max: 28, label: { enabled: false } } },
      edges: {
        color: { color: "#94a3b8", highlight: "#0f172a", hover: "#334155" },
        scaling: { min: 2, max: 10, label: { enabled: false } },
        smooth: { enabled: true, type: "continuous", roundness: 0.3 },
        font: { face: FONT, size: 11, color: "#334155", strokeWidth: 0, background: "rgba(255,255,255,0.92)", align: "horizontal" },
      },
      physics: {
        solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -90, springLength: 220, springConstant: 0.04 },
        stabilization: { iterations: 300, fit: true },
      },
      interaction: { hover: true, tooltipDelay: 150, keyboard: { enabled: true, bindToWindow: false }, navigationButtons: false },
    });
    this.network.once("stabilizationIterationsDone", () => {
      this.network.setOptions({ physics: false });
      this.network.fit({ animation: false });
      this.graphEl.dataset.ready = "true";
    });
    this.network.on("click", (p) => {
      if (p.nodes.length) {
        const n = this.nodes.get(p.nodes[0]);
        this.onActor({ id: n.id, name: n.name, kind: n.kind });
      } else if (p.edges.length) {
        const li = this.listEl.querySelector(`[data-pair="${CSS.escape(p.edges[0])}"]`);
        if (li) {
          li.classList.add("flash");
          li.scrollIntoView({ block: "nearest" });
          setTimeout(() => li.classList.remove("flash"), 1200);
        }
      }
    });
    this.markSelected();
  }

  /** show draws the meetings; selected is the actor the timeline is filtered to. */
  show(meetings, selected) {
    const { actors, pairs } = pairsOf(meetings);
    this.pairs = pairs;
    this.graphEl.dataset.ready = "false";
    this.nodes.clear();
    this.edges.clear();
    this.nodes.add(actors.map((a) => actorNode(a, {
      name: a.name,
      kind: a.kind,
      value: a.meetings,
      title: `${a.name} (${a.kind}): ${a.meetings} meeting${a.meetings === 1 ? "" : "s"}. Click to filter the timeline.`,
    })));
    this.edges.add(pairs.map((p) => ({
      id: p.key,
      from: p.a.id,
      to: p.b.id,
      value: p.meetings.length,
      meetings: p.meetings.length,
      label: `${p.meetings.length} meeting${p.meetings.length === 1 ? "" : "s"}\n${p.meetings.map((m) => m.date.start).join("\n")}`,
      title: `${p.a.name} – ${p.b.name}\n${p.meetings.map((m) => `${formatDate(m.date)}: ${m.title}${m.place ? ` (${m.place.name})` : ""}`).join("\n")}`,
    })));
    if (this.network) {
      this.network.setOptions({ physics: { enabled: true } });
      this.network.once("stabilizationIterationsDone", () => {
        this.network.setOptions({ physics: false });
        this.network.fit({ animation: false });
        this.graphEl.dataset.ready = "true";
      });
      this.network.stabilize(300);
    }

    clear(this.listEl);
    this.emptyEl.hidden = pairs.length > 0;
    this.emptyEl.textContent = meetings.length
      ? "These meetings have a single participant each: no pairs to draw."
      : "No meetings in this date range.";
    for (const p of pairs) {
      const n = p.meetings.length;
      this.listEl.append(h("li", { "data-pair": p.key, "data-a": p.a.id, "data-b": p.b.id, "data-count": n },
        h("div", { class: "pair-names" },
          this.actorButton(p.a), h("span", { class: "pair-dash", "aria-hidden": "true" }, " — "), this.actorButton(p.b),
          h("span", { class: "pair-count" }, `${n} meeting${n === 1 ? "" : "s"}`)),
        h("ul", { class: "pair-meetings" }, p.meetings.map((m) => h("li", {},
          h("button", { type: "button", class: "linklike", "data-event-id": m.id, onclick: () => this.onEvent(m.id) }, m.date.start),
          " ", h("span", { class: "muted" }, `${m.title}${m.place ? ` · ${m.place.name}` : ""}`)))),
      ));
    }
    this.select(selected);
  }

  actorButton(a) {
    return h("button", { type: "button", class: "linklike actor-link", "data-actor-id": a.id, title: `Filter the timeline to ${a.name}`, onclick: () => this.onActor(a) }, a.name);
  }

  select(actorId) {
    this.selected = actorId || "";
    this.markSelected();
    for (const li of this.listEl.children) {
      li.classList.toggle("involves-selected", !!actorId && (li.dataset.a === actorId || li.dataset.b === actorId));
    }
  }

  markSelected() {
    if (!this.network) return;
    if (this.selected && this.nodes.get(this.selected)) this.network.selectNodes([this.selected], true);
    else this.network.unselectAll();
  }
}

function edgeText(e) {
  if (e.type === "PARTICIPATED_IN") return e.role || "took part";
  const t = e.type.toLowerCase().replace(/_/g, " ");
  return e.role ? `${t} (${e.role})` : t;
}

export class PathView {
  constructor({ graph, status, list }, { onActor, onEvent }) {
    this.graphEl = graph;
    this.statusEl = status;
    this.listEl = list;
    this.onActor = onActor;
    this.onEvent = onEvent;
    this.nodes = new DataSet();
    this.edges = new DataSet();
    this.network = null;
  }

  ensure() {
    if (this.network) {
      this.network.redraw();
      this.network.fit({ animation: false });
      return;
    }
    this.network = new Network(this.graphEl, { nodes: this.nodes, edges: this.edges }, {
      autoResize: true,
      layout: { hierarchical: { enabled: true, direction: "LR", sortMethod: "directed", levelSeparation: 230, nodeSpacing: 90 } },
      physics: false,
      edges: {
        arrows: { to: { enabled: false } },
        color: { color: "#94a3b8", highlight: "#0f172a" },
        font: { face: FONT, size: 11, color: "#334155", strokeWidth: 0, background: "rgba(255,255,255,0.92)", align: "horizontal" },
        smooth: { enabled: true, type: "cubicBezier", forceDirection: "horizontal", roundness: 0.4 },
      },
      interaction: { hover: true, keyboard: { enabled: true, bindToWindow: false } },
    });
    this.network.on("click", (p) => {
      if (!p.nodes.length) return;
      const n = this.nodes.get(p.nodes[0]);
      if (n.nodeLabel === "Event") this.onEvent(n.id);
      else this.onActor({ id: n.id, name: n.name, kind: n.kind });
    });
  }

  status(text, kind = "") {
    this.statusEl.className = `path-status ${kind}`;
    this.statusEl.textContent = text;
  }

  clear() {
    this.nodes.clear();
    this.edges.clear();
    clear(this.listEl);
  }

  /** show draws paths from the API; from/to are the chosen actors. */
  show(paths, from, to, hops) {
    this.clear();
    if (!paths.length) {
      this.status(`No path of at most ${hops} hops links ${from.name} and ${to.name}.`, "empty");
      return;
    }
    const len = paths[0].edges.length;
    this.status(`${paths.length} shortest path${paths.length === 1 ? "" : "s"} of ${len} hop${len === 1 ? "" : "s"} from ${from.name} to ${to.name}.`);
    const nodes = new Map();
    const edges = new Map();
    paths.forEach((path, pi) => {
      path.nodes.forEach((n, i) => {
        if (nodes.has(n.id)) return;
        if (n.label === "Event") {
          const c = typeColour(n.kind);
          nodes.set(n.id, {
            id: n.id, name: n.name, kind: n.kind, nodeLabel: "Event", level: i,
            label: `${n.name}\n${n.date ? formatDate(n.date) : ""}`,
            shape: "box",
            margin: 8,
            widthConstraint: { maximum: 160 },
            color: { background: "#ffffff", border: c, highlight: { background: "#f1f5f9", border: c } },
            borderWidth: 2,
            font: { face: FONT, size: 12, color: "#0f172a" },
            title: `${n.kind}: ${n.name}. Click for details.`,
          });
        } else {
          nodes.set(n.id, actorNode({ id: n.id, name: n.name, kind: n.kind }, {
            name: n.name, kind: n.kind, nodeLabel: "Actor", level: i, size: 14,
            title: `${n.name} (${n.kind})`,
          }));
        }
      });
      path.edges.forEach((e, i) => {
        const a = path.nodes[i].id;
        const b = path.nodes[i + 1].id;
        const key = `${e.type}|${e.from}|${e.to}|${e.role || ""}`;
        if (!edges.has(key)) edges.set(key, { id: key, from: a, to: b, label: edgeText(e) });
      });

      const chain = h("ol", { class: "chain" });
      path.nodes.forEach((n, i) => {
        if (i > 0) chain.append(h("li", { class: "chain-edge", "aria-label": edgeText(path.edges[i - 1]) }, `— ${edgeText(path.edges[i - 1])} —`));
        chain.append(h("li", { class: `chain-node chain-${token(n.label)}` }, n.label === "Event"
          ? h("button", { type: "button", class: "linklike", "data-event-id": n.id, onclick: () => this.onEvent(n.id) },
            h("span", { class: `type-dot t-${token(n.kind)}`, "aria-hidden": "true" }), n.name, n.date ? h("span", { class: "muted" }, ` · ${n.date.start}`) : null)
          : h("button", { type: "button", class: "linklike actor-link", "data-actor-id": n.id, onclick: () => this.onActor({ id: n.id, name: n.name, kind: n.kind }) }, n.name)));
      });
      this.listEl.append(h("li", { class: "path" }, h("span", { class: "path-n" }, `Path ${pi + 1}`), chain));
    });
    this.nodes.add([...nodes.values()]);
    this.edges.add([...edges.values()]);
    if (this.network) {
      this.network.once("afterDrawing", () => this.network.fit({ animation: false }));
      this.network.redraw();
    }
  }
}
