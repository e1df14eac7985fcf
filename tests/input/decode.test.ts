import { describe, expect, it } from "vitest";
import { KgError } from "../../src/errors.js";
import { decodeBytes, englishVerdict } from "../../src/input/decode.js";
import { guessTitle, toDocuments } from "../../src/input/sources.js";

const bytes = (s: string) => new TextEncoder().encode(s);
const english = "The minister said on Monday that the talks with the union would resume next week, and that he expected an agreement.";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(KgError);
    expect((e as KgError).message).toContain("a.txt");
    return (e as KgError).code;
  }
}

describe("decodeBytes", () => {
  it.each([
    ["empty", new Uint8Array(), "INPUT_EMPTY"],
    ["whitespace", bytes(" \n\t "), "INPUT_EMPTY"],
    ["binary (NUL bytes)", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), "INPUT_BINARY"],
    ["invalid UTF-8", new Uint8Array([...bytes("caf"), 0xe9, 0x20, ...bytes("ok")]), "INPUT_ENCODING"],
  ])("rejects %s", (_name, input, code) => {
    expect(codeOf(() => decodeBytes(input, "a.txt"))).toBe(code);
  });

  it("rejects a file over the size limit, naming the sizes", () => {
    const big = new Uint8Array(2048).fill(0x61);
    expect(() => decodeBytes(big, "a.txt", { maxBytes: 1024 })).toThrow(/2\.0 KB, over the 1\.0 KB limit/);
  });

  it("accepts UTF-8 text and detects HTML", () => {
    expect(decodeBytes(bytes(english), "a.txt")).toEqual({ text: english, isHtml: false });
    expect(decodeBytes(bytes("<!DOCTYPE html><html><body><p>x</p></body></html>"), "a.txt").isHtml).toBe(true);
  });
});

describe("language check", () => {
  it.each([
    [english, true],
    ["Le ministre a déclaré lundi que les négociations avec le syndicat reprendraient la semaine prochaine et qu'il attendait un accord.", false],
    ["Министр заявил в понедельник, что переговоры с профсоюзом возобновятся на следующей неделе.", false],
    ["Short text.", true],
    ["Jansher Khan ( Pakistan ) beat Mark Cairns ( England ) 15-10 15-6 15-7\nAnthony Hill ( Australia ) beat Dan Jenson ( Australia ) 15-9 15-8", true],
    ["Die Regierung hat am Montag angekündigt, dass die Gespräche mit der Gewerkschaft in der nächsten Woche fortgesetzt werden und ein Abkommen erwartet wird.", false],
  ])("%s -> english=%s", (text, isEnglish) => {
    expect(englishVerdict(text).english).toBe(isEnglish);
  });

  it("rejects a non-English article with a clear message", () => {
    const text = "Le ministre a déclaré lundi que les négociations avec le syndicat reprendraient la semaine prochaine et qu'il attendait un accord.";
    expect(() => toDocuments(bytes(text), "fr.txt")).toThrow(/fr\.txt: the text does not look like English/);
    expect(toDocuments(bytes(text), "fr.txt", { anyLanguage: true })).toHaveLength(1);
  });
});

describe("toDocuments", () => {
  it("keeps a byte-order mark, so offsets match the file as read", () => {
    const [doc] = toDocuments(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(english)]), "bom.txt");
    expect(doc!.text).toBe(`\uFEFF${english}`);
  });

  it("gives a deterministic id and a title from a short first line", () => {
    const text = `Talks Resume\n${english}`;
    const [a] = toDocuments(bytes(text), "x.txt");
    const [b] = toDocuments(bytes(text), "y.txt");
    expect(a!.id).toBe(b!.id);
    expect(a!.id).toMatch(/^doc:[0-9a-f]{16}$/);
    expect(a!.title).toBe("Talks Resume");
  });

  it("splits --lines input into one document per non-empty line", () => {
    const docs = toDocuments(bytes("One sentence here.\n\nAnother one.\n"), "l.txt", { lines: true });
    expect(docs.map((d) => d.text)).toEqual(["One sentence here.", "Another one."]);
  });

  it("extracts article text from HTML and never keeps markup or scripts", () => {
    const html = `<html><head><title>Page title</title><script>alert(1)</script></head><body><article><h1>Big news</h1><p>${english}</p><p>Second paragraph with <b>bold</b> text and more words to read.</p></article></body></html>`;
    const [doc] = toDocuments(bytes(html), "page.html");
    expect(doc!.text).toContain("The minister said on Monday");
    expect(doc!.text).toContain("Second paragraph with bold text");
    expect(doc!.text).not.toMatch(/<|alert\(1\)/);
    expect(doc!.title).toBeTruthy();
  });

  it.each([
    ["Short Headline\nBody.", "Short Headline"],
    ["A full sentence ends here.\nBody.", undefined],
    ["Only one line", undefined],
  ])("guessTitle(%j)", (text, title) => {
    expect(guessTitle(text)).toBe(title);
  });
});
