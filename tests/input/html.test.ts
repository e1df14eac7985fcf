// Publication dates from HTML metadata.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { htmlToArticle, isoDate, publicationDate } from "../../src/input/html.js";

const page = (head: string, body = "<p>Text.</p>") => parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document;

describe("publicationDate", () => {
  it.each([
    ['<meta property="article:published_time" content="2025-01-10T23:30:00-05:00">', "", "2025-01-10"],
    ['<meta itemprop="datePublished" content="2024-12-31">', "", "2024-12-31"],
    ['<meta name="DC.date.issued" content="2023-03-05">', "", "2023-03-05"],
    ['<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-07-01T08:00:00Z"}</script>', "", "2022-07-01"],
    ["", '<article><time datetime="2021-11-02T10:00">Nov 2</time><p>Text.</p></article>', "2021-11-02"],
    ['<meta name="date" content="not a date">', "", undefined],
    ["", "<p>No date here.</p>", undefined],
  ])("%s %s -> %s", (head, body, expected) => {
    expect(publicationDate(page(head, body || undefined))).toBe(expected);
  });

  it("comes with the article text", () => {
    const html = '<html><head><meta name="pubdate" content="2025-03-01"></head><body><article><p>Talks resumed in Cairo on Monday after a pause of several weeks, officials said.</p></article></body></html>';
    expect(htmlToArticle(html).date).toBe("2025-03-01");
  });
});

describe("isoDate", () => {
  it.each([
    ["2025-01-10", "2025-01-10"],
    ["2025-02-30T00:00:00Z", undefined],
    ["Fri, 10 Jan 2025 12:00:00 GMT", "2025-01-10"],
    ["January 10", undefined],
    ["", undefined],
  ])("%s -> %s", (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });
});
