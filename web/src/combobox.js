// A searchable actor picker: an ARIA 1.2 combobox over /api/v1/actors?q=.
// Typing searches (names and aliases, accent-insensitive on the server);
// ArrowUp/ArrowDown move through the options, Enter picks, Escape closes or
// clears. onSelect receives {id, name, kind} or null.

import { getJSON } from "./api.js";
import { h, clear, debounce } from "./util.js";

let seq = 0;

export class ActorCombobox {
  /**
   * @param {HTMLElement} root container
   * @param {{id: string, placeholder?: string, onSelect: (a: object|null) => void}} opts
   */
  constructor(root, { id, placeholder = "Search actors…", onSelect }) {
    this.onSelect = onSelect;
    this.value = null;
    this.options = [];
    this.active = -1;
    this.abort = null;
    const listId = `${id}-list-${++seq}`;
    this.input = h("input", {
      id,
      type: "text",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      placeholder,
      spellcheck: "false",
    });
    this.clearBtn = h("button", { type: "button", class: "combo-clear", "aria-label": "Clear actor", title: "Clear", hidden: true }, "✕");
    this.list = h("ul", { id: listId, role: "listbox", class: "combo-list", hidden: true });
    root.append(this.input, this.clearBtn, this.list);

    const search = debounce(() => this.search(this.input.value), 120);
    this.input.addEventListener("input", () => {
      this.value = null;
      this.clearBtn.hidden = !this.input.value;
      search();
    });
    this.input.addEventListener("focus", () => {
      if (!this.value) this.search(this.input.value);
    });
    this.input.addEventListener("keydown", (e) => this.key(e));
    this.input.addEventListener("blur", () => {
      // Let a click on an option land first.
      setTimeout(() => {
        this.close();
        if (!this.input.value && this.committed) this.pick(null);
        else if (this.input.value !== (this.committed?.name || "")) this.set(this.committed);
      }, 150);
    });
    this.clearBtn.addEventListener("click", () => {
      this.input.value = "";
      this.clearBtn.hidden = true;
      this.pick(null);
      this.input.focus();
    });
    this.list.addEventListener("mousedown", (e) => e.preventDefault());
    this.list.addEventListener("click", (e) => {
      const li = e.target.closest("[role=option]");
      if (li) this.pick(this.options[Number(li.dataset.index)]);
    });
    this.committed = null;
  }

  /** set shows an actor without calling onSelect (state came from the URL). */
  set(actor) {
    this.committed = actor;
    this.value = actor;
    this.input.value = actor ? actor.name : "";
    this.clearBtn.hidden = !actor;
  }

  async search(q) {
    if (this.abort) this.abort.abort();
    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.input.setAttribute("aria-busy", "true");
    try {
      const page = await getJSON("actors", { q: q.trim(), limit: 12 }, { signal });
      if (signal.aborted) return;
      this.render(page.items, q);
    } catch (err) {
      if (err.name === "AbortError") return;
      this.render([], q, err.message);
    } finally {
      if (!signal.aborted) this.input.removeAttribute("aria-busy");
    }
  }

  render(items, q, error) {
    this.options = items;
    this.active = items.length ? 0 : -1;
    clear(this.list);
    if (error) this.list.append(h("li", { class: "combo-note" }, error));
    else if (!items.length) this.list.append(h("li", { class: "combo-note" }, q ? `No actor matches “${q}”` : "No actors"));
    items.forEach((a, i) => {
      this.list.append(
        h("li", { id: `${this.list.id}-${i}`, role: "option", "data-index": i, "data-actor-id": a.id, "aria-selected": i === this.active ? "true" : "false" },
          h("span", { class: "combo-name" }, a.name),
          h("span", { class: `kind kind-${String(a.kind).toLowerCase()}` }, a.kind)),
      );
    });
    this.open();
    this.highlight();
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  highlight() {
    [...this.list.querySelectorAll("[role=option]")].forEach((li, i) => {
      li.setAttribute("aria-selected", i === this.active ? "true" : "false");
      if (i === this.active) {
        this.input.setAttribute("aria-activedescendant", li.id);
        li.scrollIntoView({ block: "nearest" });
      }
    });
  }

  key(e) {
    const n = this.options.length;
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (this.list.hidden) this.search(this.input.value);
        else if (n) { this.active = (this.active + 1) % n; this.highlight(); }
        break;
      case "ArrowUp":
        e.preventDefault();
        if (n) { this.active = (this.active - 1 + n) % n; this.highlight(); }
        break;
      case "Enter":
        if (!this.list.hidden && this.active >= 0 && this.options[this.active]) {
          e.preventDefault();
          this.pick(this.options[this.active]);
        } else if (!this.input.value) {
          e.preventDefault();
          this.pick(null);
        }
        break;
      case "Escape":
        if (!this.list.hidden) { e.preventDefault(); this.close(); }
        else if (this.input.value) { e.preventDefault(); this.input.value = ""; this.pick(null); }
        break;
      default:
    }
  }

  pick(actor) {
    this.close();
    this.set(actor ? { id: actor.id, name: actor.name, kind: actor.kind } : null);
    this.onSelect(this.value);
  }
}
