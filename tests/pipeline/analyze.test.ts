// The pipeline over whole documents, with the committed models.
import { describe, expect, it } from "vitest";
import { analyzeDocument, annotateSentences } from "../../src/pipeline/analyze.js";
import { splitSentences } from "../../src/pipeline/tokenize.js";
import { loadAnnotators } from "../../src/pipeline/annotators.js";

const analyze = async (text: string) => analyzeDocument({ id: "d", source: "test", text }, await loadAnnotators());

describe("headlines", () => {
  it("are tagged and parsed as running text, and keep their words", async () => {
    const doc = await analyze("Police Arrest Two Men After Shooting in Chicago\nTwo men were arrested on Friday, the police said.\n");
    const [headline] = doc.sentences;
    const arrest = headline!.tokens.find((t) => t.text === "Arrest")!;
    expect(headline!.tokens.map((t) => t.text).join(" ")).toBe("Police Arrest Two Men After Shooting in Chicago");
    expect(arrest.upos).toBe("VERB");
    expect(arrest.head).toBe(-1);
    expect(headline!.tokens.find((t) => t.text === "Police")!.deprel).toBe("nsubj");
  });

  it("are only lines of their own without a final period: title-case sentences are left as written", async () => {
    const real = await loadAnnotators();
    const recased: string[] = [];
    const annotators = { ...real, recase: (words: readonly string[]) => (recased.push(words.join(" ")), real.recase!(words)) };
    const text = "Police Arrest Two Men After Shooting in Chicago\nWe Met Anna Karenina In Person Today. Two Men Were Arrested In Chicago\n";
    analyzeDocument({ id: "d", source: "test", text }, annotators);
    expect(recased).toEqual(["Police Arrest Two Men After Shooting in Chicago"]);
  });
});

describe("names before parsing", () => {
  it("make a capitalized word the tagger reads as a verb inside a name a proper noun", async () => {
    const annotators = await loadAnnotators();
    const text = "Shares of Boeing rose. Boeing on Wednesday named Kelly Ortberg as its new chief executive.\n";
    // The tagger alone reads the unknown company name as a gerund.
    const alone = annotateSentences(splitSentences(text), annotators);
    expect(alone[1]!.tokens[0]).toMatchObject({ text: "Boeing", upos: "VERB" });
    const doc = analyzeDocument({ id: "d", source: "test", text }, annotators);
    expect(doc.sentences[1]!.tokens[0]).toMatchObject({ text: "Boeing", upos: "PROPN", deprel: "nsubj" });
    expect(doc.triples.map((t) => `${t.subject.name} | ${t.predicate} | ${t.object.name}`)).toContain("Boeing | named | Kelly Ortberg");
  });
});
