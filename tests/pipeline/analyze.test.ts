// The pipeline over whole documents, with the committed models.
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../src/pipeline/analyze.js";
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

  it("leave sentences that only look like titles alone", async () => {
    const doc = await analyze("We met Anna Karenina In Person Today.\n");
    expect(doc.sentences[0]!.tokens.find((t) => t.text === "Anna")!.upos).toBe("PROPN");
  });
});
