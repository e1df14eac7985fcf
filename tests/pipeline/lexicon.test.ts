import { describe, expect, it } from "vitest";
import { DEMONYMS } from "../../src/pipeline/lexicon.js";

describe("demonyms", () => {
  // A demonym several territories share names the UN member state.
  it.each([
    ["French", "France"],
    ["Dutch", "Netherlands"],
    ["Indian", "India"],
    ["Norwegian", "Norway"],
    ["American", "United States"],
    ["Israeli", "Israel"],
  ])("%s -> %s", (demonym, country) => {
    expect(DEMONYMS.get(demonym)).toBe(country);
  });
});
