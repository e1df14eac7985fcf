// CoNLL-U reading/writing: lossless round trips (comments, multiword tokens, empty nodes, all
// columns), the word-level view, and malformed input.
import { describe, expect, it } from "vitest";
import { ConlluError, commentValue, formatConllu, parseConllu, toTreebank, wordLines } from "../../src/nlp/conllu.js";

const SAMPLE = [
  "# newdoc id = d1",
  "# sent_id = s1",
  "# text = I don't know.",
  "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_",
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No",
  "4.1\tknows\tknow\tVERB\tVBZ\t_\t_\t_\t4:conj\t_",
  "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_",
  "",
  "# sent_id = s2",
  "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_",
  "",
  "",
].join("\n");

describe("parseConllu / formatConllu", () => {
  it("round-trips byte for byte", () => {
    expect(formatConllu(parseConllu(SAMPLE))).toBe(SAMPLE);
  });

  it("normalizes CRLF and repeated blank lines", () => {
    const crlf = SAMPLE.replace(/\n/g, "\r\n").replace("\r\n\r\n#", "\r\n\r\n\r\n#");
    expect(formatConllu(parseConllu(crlf))).toBe(SAMPLE);
  });

  it.each([
    { id: "1", kind: "word" },
    { id: "2-3", kind: "multiword" },
    { id: "4.1", kind: "empty" },
  ])("classifies id $id as $kind", ({ id, kind }) => {
    const line = parseConllu(SAMPLE)[0].lines.find((l) => l.kind !== "comment" && l.cols[0] === id);
    expect(line?.kind).toBe(kind);
  });

  it("lists only syntactic words", () => {
    expect(wordLines(parseConllu(SAMPLE)[0]).map((w) => w.cols[1])).toEqual(["I", "do", "n't", "know", "."]);
  });

  it("reads comment values", () => {
    const [s1, s2] = parseConllu(SAMPLE);
    expect(commentValue(s1, "sent_id")).toBe("s1");
    expect(commentValue(s1, "text")).toBe("I don't know.");
    expect(commentValue(s2, "text")).toBeUndefined();
  });

  it.each([
    { text: "1\tI\tI\tPRON\n", message: /10 tab-separated columns/ },
    { text: "x\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n", message: /bad token id/ },
  ])("rejects $text", ({ text, message }) => {
    expect(() => parseConllu(text)).toThrow(ConlluError);
    expect(() => parseConllu(text)).toThrow(message);
  });

  it("handles empty input", () => {
    expect(parseConllu("")).toEqual([]);
    expect(formatConllu([])).toBe("");
  });
});

describe("toTreebank", () => {
  it("gives 0-based heads with -1 for the root, skipping multiword tokens and empty nodes", () => {
    const [s1, s2] = toTreebank(parseConllu(SAMPLE));
    expect(s1.id).toBe("s1");
    expect(s1.forms).toEqual(["I", "do", "n't", "know", "."]);
    expect(s1.upos).toEqual(["PRON", "AUX", "PART", "VERB", "PUNCT"]);
    expect(s1.heads).toEqual([3, 3, 3, -1, 3]);
    expect(s1.deprels).toEqual(["nsubj", "aux", "advmod", "root", "punct"]);
    expect(s2.heads).toEqual([-1]);
  });
});
