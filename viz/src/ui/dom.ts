// The one way the viewer creates DOM: elements with attributes and children, text only through text
// nodes (textContent). Article text (names, sentences, titles) never passes through innerHTML.

export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  readonly class?: string;
  readonly text?: string;
  readonly title?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/** Attribute names a caller may set: no event handlers (on*), no style, no srcdoc. */
const SAFE_ATTRIBUTE = /^(?!on)(?!style$)(?!srcdoc$)[a-z][a-z0-9-]*$/;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.class) element.className = options.class;
  if (options.text !== undefined) element.textContent = options.text;
  if (options.title !== undefined) element.title = options.title;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (!SAFE_ATTRIBUTE.test(name)) throw new Error(`refusing to set attribute "${name}"`);
    element.setAttribute(name, value);
  }
  for (const [event, handler] of Object.entries(options.on ?? {})) element.addEventListener(event, handler as EventListener);
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id} in index.html`);
  return element as T;
}

/** Text with highlighted ranges: each range becomes a <mark>, everything else a text node. */
export function highlighted(text: string, ranges: readonly { start: number; end: number; class?: string }[]): Node[] {
  const sorted = ranges.filter((r) => r.start >= 0 && r.end > r.start && r.end <= text.length).sort((a, b) => a.start - b.start);
  const nodes: Node[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue; // overlapping ranges: keep the first
    if (r.start > at) nodes.push(document.createTextNode(text.slice(at, r.start)));
    nodes.push(h("mark", { class: r.class ?? "", text: text.slice(r.start, r.end) }));
    at = r.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}
