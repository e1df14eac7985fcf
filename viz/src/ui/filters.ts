// Focus and filter controls: ego-network depth around the selection, predicates, document, relation
// dates, and the one control that resets to the whole graph. Each control dispatches a producer and
// re-reads the state when it changes.
import type { GraphIndex } from "../data/load";
import { EGO_DEPTHS, setAllPredicates, setDateRange, setDoc, setEgoDepth, togglePredicate, type EgoDepth, type ViewState } from "../state/state";
import type { StateStore } from "../state/store";
import { h } from "./dom";

interface Control {
  readonly nodes: readonly HTMLElement[];
  sync(state: ViewState): void;
}

export interface FilterCallbacks {
  /** Resets state and camera to the whole graph. */
  reset(): void;
}

function egoControl(store: StateStore): Control {
  const select = h(
    "select",
    { attrs: { id: "ego-depth", "aria-label": "Ego network depth" }, on: { change: () => store.dispatch(setEgoDepth(Number(select.value) as EgoDepth)) } },
    EGO_DEPTHS.map((d) => h("option", { text: d === 0 ? "Whole graph" : `${d} hop${d > 1 ? "s" : ""} around selection`, attrs: { value: String(d) } })),
  );
  const hint = h("p", { class: "hint muted", text: "Select an entity to see its ego network." });
  const sync = (s: ViewState) => {
    select.value = String(s.egoDepth);
    hint.hidden = !(s.egoDepth > 0 && s.selected === null);
  };
  return { nodes: [h("label", { class: "field" }, ["Ego network", select]), hint], sync };
}

function predicateControl(index: GraphIndex, store: StateStore): Control {
  const all = index.predicates.map((p) => p.predicate);
  const boxes = new Map<string, HTMLInputElement>();
  const items = index.predicates.map(({ predicate, count }) => {
    const box = h("input", { attrs: { type: "checkbox", "data-predicate": predicate }, on: { change: () => store.dispatch(togglePredicate(predicate, all)) } });
    box.checked = true;
    boxes.set(predicate, box);
    return h("li", {}, [h("label", {}, [box, h("span", { text: predicate }), h("span", { class: "count", text: String(count) })])]);
  });
  const bulk = h("div", { class: "bulk" }, [
    h("button", { text: "All", attrs: { type: "button" }, on: { click: () => store.dispatch(setAllPredicates(true)) } }),
    h("button", { text: "None", attrs: { type: "button" }, on: { click: () => store.dispatch(setAllPredicates(false)) } }),
  ]);
  const details = h("details", { class: "predicates" }, [h("summary", { text: `Predicates (${all.length})` }), bulk, h("ul", { class: "checklist" }, items)]);
  const sync = (s: ViewState) => {
    for (const [p, box] of boxes) box.checked = s.predicates === null || s.predicates.has(p);
  };
  return { nodes: all.length ? [details] : [], sync };
}

function documentControl(index: GraphIndex, store: StateStore): Control {
  const select = h(
    "select",
    { attrs: { id: "doc-filter", "aria-label": "Document" }, on: { change: () => store.dispatch(setDoc(select.value || null)) } },
    [h("option", { text: "All documents", attrs: { value: "" } }), ...index.documents.map((d) => h("option", { text: d.title || d.source, attrs: { value: d.id } }))],
  );
  const sync = (s: ViewState) => void (select.value = s.doc ?? "");
  return { nodes: index.documents.length > 1 ? [h("label", { class: "field" }, ["Document", select])] : [], sync };
}

function timeControl(index: GraphIndex, store: StateStore): Control {
  const dates = index.dates;
  if (dates.length === 0) return { nodes: [], sync: () => undefined };
  const last = String(dates.length - 1);
  const from = h("input", { attrs: { type: "range", min: "0", max: last, value: "0", id: "time-from", "aria-label": "From date" } });
  const to = h("input", { attrs: { type: "range", min: "0", max: last, value: last, id: "time-to", "aria-label": "To date" } });
  const label = h("output", { attrs: { id: "time-label" } });
  const apply = (moved: HTMLInputElement) => {
    let [a, b] = [Number(from.value), Number(to.value)];
    if (a > b) [a, b] = moved === from ? [a, a] : [b, b];
    const whole = a === 0 && b === dates.length - 1;
    store.dispatch(setDateRange(whole ? null : { from: dates[a]!, to: dates[b]! }));
  };
  from.addEventListener("input", () => apply(from));
  to.addEventListener("input", () => apply(to));
  const sync = (s: ViewState) => {
    const a = s.dateRange ? dates.indexOf(s.dateRange.from) : 0;
    const b = s.dateRange ? dates.indexOf(s.dateRange.to) : dates.length - 1;
    from.value = String(Math.max(0, a));
    to.value = String(b < 0 ? dates.length - 1 : b);
    label.textContent = `${dates[Math.max(0, a)]} – ${dates[b < 0 ? dates.length - 1 : b]}`;
  };
  return { nodes: [h("div", { class: "field time" }, [h("span", { text: "Relation dates" }), label, from, to, h("p", { class: "hint muted", text: "Undated relations always show." })])], sync };
}

export function mountFilters(container: HTMLElement, index: GraphIndex, store: StateStore, callbacks: FilterCallbacks): void {
  const controls: Control[] = [egoControl(store), predicateControl(index, store), documentControl(index, store), timeControl(index, store)];
  const reset = h("button", { class: "reset", text: "Reset to whole graph", attrs: { type: "button", id: "reset-view" }, on: { click: () => callbacks.reset() } });
  container.append(h("h3", { text: "Focus and filters" }), ...controls.flatMap((c) => c.nodes), reset);
  const sync = (s: ViewState) => controls.forEach((c) => c.sync(s));
  store.subscribe((s) => sync(s));
  sync(store.get());
}
