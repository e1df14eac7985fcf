// The search box: an ARIA combobox with autocomplete over names and aliases. Arrow keys move through
// the results, Enter or a click chooses one; choosing is the caller's business (center and select).
import { colorOf, type Palette } from "../appearance/palette";
import type { SearchHit, SearchIndex } from "../search/index";
import { clear, h } from "./dom";

export interface SearchBox {
  readonly input: HTMLInputElement;
}

export function mountSearchBox(container: HTMLElement, index: SearchIndex, palette: Palette, limit: number, choose: (id: string) => void): SearchBox {
  const input = h("input", {
    attrs: {
      type: "search",
      id: "search-input",
      placeholder: "Search entities and aliases…",
      autocomplete: "off",
      spellcheck: "false",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": "search-results",
      "aria-label": "Search entities",
    },
  });
  const list = h("ul", { class: "search-results", attrs: { id: "search-results", role: "listbox" } });
  list.hidden = true;
  container.replaceChildren(input, list);

  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll("li").forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) input.setAttribute("aria-activedescendant", `search-hit-${i}`);
  };

  const pick = (hit: SearchHit) => {
    input.value = hit.label;
    close();
    choose(hit.id);
  };

  const renderHits = () => {
    clear(list);
    if (hits.length === 0) {
      list.append(h("li", { class: "empty", text: "No entity matches", attrs: { role: "option", "aria-disabled": "true" } }));
    }
    hits.forEach((hit, i) => {
      const swatch = h("span", { class: "swatch" });
      swatch.style.backgroundColor = colorOf(palette, hit.type);
      list.append(
        h(
          "li",
          {
            attrs: { role: "option", id: `search-hit-${i}`, "aria-selected": "false", "data-entity": hit.id },
            // mousedown, not click: it fires before the input's blur closes the list.
            on: { mousedown: (e) => (e.preventDefault(), pick(hit)) },
          },
          [swatch, h("span", { class: "hit-label", text: hit.label }), h("span", { class: "hit-type", text: hit.type }), hit.alias ? h("span", { class: "hit-alias", text: `aka ${hit.alias}` }) : null],
        ),
      );
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    setActive(hits.length ? 0 : -1);
  };

  input.addEventListener("input", () => {
    const q = input.value.trim();
    if (!q) {
      hits = [];
      close();
      return;
    }
    hits = index.search(q, limit);
    renderHits();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && hits.length) {
      e.preventDefault();
      setActive((active + 1) % hits.length);
    } else if (e.key === "ArrowUp" && hits.length) {
      e.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (e.key === "Enter" && active >= 0 && hits[active]) {
      e.preventDefault();
      pick(hits[active]!);
    } else if (e.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
  input.addEventListener("focus", () => {
    if (input.value.trim() && hits.length) renderHits();
  });
  return { input };
}
