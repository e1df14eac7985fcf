// The side panel of the selected entity: name, type, aliases, documents, every mention in its sentence
// (highlighted) and every relation with its evidence sentences. Built with ui/dom.ts only, so article
// text is always text. Clicking a related entity navigates there.
import type { DocumentRecord, EntityDetails } from "../data/load";
import { colorOf, type Palette } from "../appearance/palette";
import { append, clear, h, highlighted } from "./dom";

type RelationView = EntityDetails["relations"][number];
type EvidenceView = RelationView["evidence"][number];

export interface PanelCallbacks {
  navigate(id: string): void;
  close(): void;
}

export interface Panel {
  showLoading(label: string): void;
  show(details: EntityDetails): void;
  showError(message: string): void;
  hide(): void;
}

const MAX_ITEMS = 200;

function docLabel(docs: ReadonlyMap<string, DocumentRecord>, id: string): string {
  const d = docs.get(id);
  return d ? d.title || d.source : id;
}

/** Finds a phrase in a sentence: the first occurrence, or none. */
function phraseRange(text: string, phrase: string | undefined, cls: string) {
  if (!phrase) return null;
  const start = text.indexOf(phrase);
  return start < 0 ? null : { start, end: start + phrase.length, class: cls };
}

function evidenceItem(ev: EvidenceView, docs: ReadonlyMap<string, DocumentRecord>): HTMLElement {
  const text = ev.sentenceText ?? `${ev.subjectText} ${ev.predicateText} ${ev.objectText}`;
  const ranges = [phraseRange(text, ev.subjectText, "arg"), phraseRange(text, ev.predicateText, "pred"), phraseRange(text, ev.objectText, "arg")].filter((r) => r !== null);
  return h("li", { class: "evidence" }, [h("q", {}, highlighted(text, ranges)), h("span", { class: "source", text: docLabel(docs, ev.doc) })]);
}

function relationItem(r: RelationView, docs: ReadonlyMap<string, DocumentRecord>, palette: Palette, callbacks: PanelCallbacks): HTMLElement {
  const other = h("button", { class: "entity-link", text: r.other.name, title: `${r.other.type}: go to ${r.other.name}`, attrs: { type: "button", "data-entity": r.other.id }, on: { click: () => callbacks.navigate(r.other.id) } }, []);
  other.prepend(h("span", { class: "swatch", attrs: { "data-color": colorOf(palette, r.other.type) } }));
  const predicate = h("span", { class: "predicate", text: `${r.negated ? "not " : ""}${r.predicate}` });
  const meta = [r.date ? `on ${r.date}` : "", `confidence ${r.confidence.toFixed(2)}`].filter(Boolean).join(" · ");
  const head = r.direction === "out" ? [predicate, " → ", other] : [other, " → ", predicate];
  return h("li", { class: "relation" }, [
    h("div", { class: "relation-head" }, head),
    h("div", { class: "meta", text: meta }),
    h("ul", { class: "evidence-list" }, r.evidence.slice(0, MAX_ITEMS).map((ev) => evidenceItem(ev, docs))),
  ]);
}

function section(title: string, count: number, body: Node): HTMLElement {
  return h("section", {}, [h("h3", { text: `${title} (${count})` }), body]);
}

function paintSwatches(root: HTMLElement): void {
  // Colors are data, not markup: set through the CSSOM (allowed by the style-src CSP), never a style attribute.
  root.querySelectorAll<HTMLElement>("[data-color]").forEach((el) => (el.style.backgroundColor = el.dataset.color ?? ""));
}

export function createPanel(element: HTMLElement, palette: Palette, callbacks: PanelCallbacks): Panel {
  const frame = (children: Node[]) => {
    clear(element);
    const close = h("button", { class: "close", text: "×", title: "Close (Esc)", attrs: { type: "button", "aria-label": "Close panel" }, on: { click: () => callbacks.close() } });
    append(element, [close, ...children]);
    element.hidden = false;
  };
  return {
    showLoading(label) {
      frame([h("h2", { text: label }), h("p", { class: "muted", text: "Loading…" })]);
    },
    showError(message) {
      frame([h("p", { class: "error", text: message })]);
    },
    hide() {
      element.hidden = true;
      clear(element);
    },
    show(d) {
      const docs = new Map(d.documents.map((doc) => [doc.id, doc]));
      const e = d.entity;
      const header = h("header", {}, [
        h("h2", { text: e.name, attrs: { "data-testid": "panel-name" } }),
        h("span", { class: "type-badge", text: e.type, attrs: { "data-color": colorOf(palette, e.type) } }),
        e.value ? h("span", { class: "value", text: e.value }) : null,
      ]);
      const aliases = e.aliases.length ? h("p", { class: "aliases" }, [h("span", { class: "muted", text: "Also: " }), e.aliases.join(", ")]) : null;
      const documents = h("ul", { class: "documents" }, d.documents.map((doc) => h("li", {}, [h("span", { text: doc.title || doc.source }), doc.date ? h("span", { class: "muted", text: ` · ${doc.date}` }) : null])));
      const mentions = h(
        "ul",
        { class: "mentions" },
        d.mentions.slice(0, MAX_ITEMS).map((m) => {
          const text = m.sentenceText ?? m.text;
          const start = m.sentenceText !== undefined && m.sentenceStart !== undefined ? m.sentenceStart : 0;
          return h("li", {}, [h("q", {}, highlighted(text, [{ start, end: start + (m.end - m.start), class: "mention" }])), h("span", { class: "source", text: docLabel(docs, m.doc) })]);
        }),
      );
      const out = d.relations.filter((r) => r.direction === "out");
      const inc = d.relations.filter((r) => r.direction === "in");
      const list = (rs: RelationView[]) => h("ul", { class: "relations" }, rs.map((r) => relationItem(r, docs, palette, callbacks)));
      frame([
        header,
        aliases ?? document.createTextNode(""),
        section("Documents", d.documents.length, documents),
        section("Mentions", d.mentions.length, mentions),
        section("Outgoing relations", out.length, list(out)),
        section("Incoming relations", inc.length, list(inc)),
      ]);
      paintSwatches(element);
      element.scrollTop = 0;
    },
  };
}
