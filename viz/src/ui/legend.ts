// The legend: one row per entity type with its color and count; clicking a row hides or shows that type.
import { colorOf, type Palette } from "../appearance/palette";
import type { GraphIndex } from "../data/load";
import { toggleType, type ViewState } from "../state/state";
import type { StateStore } from "../state/store";
import { h } from "./dom";

export function mountLegend(container: HTMLElement, index: GraphIndex, palette: Palette, store: StateStore): void {
  const buttons = new Map<string, HTMLButtonElement>();
  const list = h(
    "ul",
    { class: "legend", attrs: { "aria-label": "Entity types: click to hide or show" } },
    index.types.map(({ type, count }) => {
      const swatch = h("span", { class: "swatch" });
      swatch.style.backgroundColor = colorOf(palette, type);
      const button = h("button", { attrs: { type: "button", "aria-pressed": "true", "data-type": type }, title: `Hide or show ${type}`, on: { click: () => store.dispatch(toggleType(type)) } }, [
        swatch,
        h("span", { class: "legend-label", text: type }),
        h("span", { class: "count", text: String(count) }),
      ]);
      buttons.set(type, button);
      return h("li", {}, [button]);
    }),
  );
  container.append(h("h3", { text: "Entity types" }), list);
  const sync = (state: ViewState) => {
    for (const [type, button] of buttons) button.setAttribute("aria-pressed", String(!state.hiddenTypes.has(type)));
  };
  store.subscribe((state, previous) => {
    if (state.hiddenTypes !== previous.hiddenTypes) sync(state);
  });
  sync(store.get());
}
