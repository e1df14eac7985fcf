// Article text and title from an HTML page (Readability over linkedom), with a plain fallback.
// The result is plain text: markup is removed, never interpreted.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

export interface HtmlArticle {
  readonly text: string;
  readonly title?: string;
  /** Publication date (YYYY-MM-DD) from the page's metadata, when it gives one. */
  readonly date?: string;
}

export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const date = publicationDate(document);
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
  return { text: text.trim(), title: title || undefined, ...(date ? { date } : {}) };
}

/** Meta tags news pages put their publication time in (Open Graph / article, schema.org, Dublin Core, plain). */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="publication_date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
];

/**
 * The page's publication date as YYYY-MM-DD: from its meta tags, a schema.org JSON-LD
 * "datePublished", or a <time> marked as the publication time (its datetime attribute). The date is
 * the one written (a time zone offset does not move it to another day).
 */
export function publicationDate(document: any): string | undefined {
  for (const selector of DATE_META) {
    const value = isoDate(document.querySelector(selector)?.getAttribute("content"));
    if (value) return value;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(String(script.textContent ?? ""));
    const value = isoDate(m?.[1]);
    if (value) return value;
  }
  for (const selector of ['time[itemprop="datePublished"]', "time[pubdate]", "article time[datetime]", "time[datetime]"]) {
    const value = isoDate(document.querySelector(selector)?.getAttribute("datetime"));
    if (value) return value;
  }
  return undefined;
}

/** "2025-01-10", "2025-01-10T23:30:00-05:00" -> "2025-01-10"; other forms through Date.parse; else undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(v);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const t = Date.parse(v);
  if (Number.isNaN(t) || !/\b\d{4}\b/.test(v)) return undefined;
  const d = new Date(t);
  return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || y > 9999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
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
