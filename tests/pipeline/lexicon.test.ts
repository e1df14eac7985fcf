import { describe, expect, it } from "vitest";
import { DEMONYMS, isNationalPersonNoun, isObjectControlVerb } from "../../src/pipeline/lexicon.js";

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

describe("object-control verbs", () => {
  it.each([
    ["urged", true],
    ["asks", true],
    ["forcing", true],
    ["told", true],
    ["allowed", true],
    ["hired", true],
    ["beat", false],
    ["used", false],
    ["agreed", false],
  ])("%s: %s", (word, expected) => {
    expect(isObjectControlVerb(word)).toBe(expected);
  });
});

describe("nationality nouns for one person", () => {
  it.each([
    ["Italian", true],
    ["Israeli", true],
    ["Spaniard", true],
    ["Briton", true],
    ["Spanish", false],
    ["Chinese", false],
    ["Swiss", false],
    ["driver", false],
  ])("%s: %s", (word, expected) => {
    expect(isNationalPersonNoun(word)).toBe(expected);
  });
});
