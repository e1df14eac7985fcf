// Article text and title from an HTML page (Readability over linkedom), with a plain fallback.
// The result is plain text: markup is removed, never interpreted.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

export interface HtmlArticle {
  readonly text: string;
  readonly title?: string;
}

export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll("script, style, noscript, template")) el.remove();
  const pageTitle = document.querySelector("title")?.textContent?.trim() || undefined;
  let title = pageTitle;
  let text = "";
  try {
    const article = new Readability(document as unknown as Document).parse();
    if (article?.content) {
      const { document: inner } = parseHTML(`<html><body>${article.content}</body></html>`);
      text = blockText(inner.body);
      title = article.title?.trim() || pageTitle;
    }
  } catch {
    text = "";
  }
  if (text.trim().length < 40) text = blockText(document.body ?? document.documentElement);
  const h1 = document.querySelector("h1")?.textContent?.trim();
  if (h1 && !text.startsWith(h1)) {
    title = title ?? h1;
  }
  return { text: text.trim(), title: title || undefined };
}

const BLOCK = new Set(["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BR", "TR", "BLOCKQUOTE", "SECTION", "ARTICLE", "HEADER", "FOOTER", "PRE", "FIGCAPTION", "TITLE"]);

/** Text of a DOM subtree with a line break after every block element. */
function blockText(root: any): string {
  const out: string[] = [];
  const walk = (node: any) => {
    if (node.nodeType === 3) {
      out.push(String(node.textContent).replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = String(node.tagName ?? "").toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT") return;
    for (const child of node.childNodes ?? []) walk(child);
    if (BLOCK.has(tag)) out.push("\n");
  };
  walk(root);
  return out
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
}
