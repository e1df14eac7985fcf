// The one sanitizer between data and Cypher identifiers: labels from an allow-list, relationship
// types reduced to [A-Z0-9_]. Table-driven with hostile names; needs no server.
import { describe, expect, it } from "vitest";
import { ENTITY_LABELS, labelFor, relationshipType } from "../../src/graph/sanitize.js";

const SAFE_TYPE = /^[A-Z][A-Z0-9_]{0,59}$/;

describe("relationshipType", () => {
  it.each([
    ["took responsibility for", "TOOK_RESPONSIBILITY_FOR"],
    ["said in", "SAID_IN"],
    ["met`]->() DETACH DELETE n //", "MET_DETACH_DELETE_N"],
    ["it's \"quoted\"", "IT_S_QUOTED"],
    ["{braces} and [brackets]", "BRACES_AND_BRACKETS"],
    ["line\nbreak\r\ttab", "LINE_BREAK_TAB"],
    ["$param ${x} $(y)", "PARAM_X_Y"],
    ["a\u0000b", "A_B"],
    ["élu président", "ELU_PRESIDENT"],
    ["Straße", "STRASSE"],
    ["会った", "RELATED_TO"],
    ["😀", "RELATED_TO"],
    ["", "RELATED_TO"],
    ["   ", "RELATED_TO"],
    ["1,218 killed", "R_1_218_KILLED"],
    ["x".repeat(200), "X".repeat(60)],
  ])("%j -> %s", (predicate, type) => {
    expect(relationshipType(predicate)).toBe(type);
    expect(relationshipType(predicate)).toMatch(SAFE_TYPE);
  });

  it("always gives a plain identifier, whatever the input", () => {
    const hostile = ["`", "``", "'", "\\", "//", "/*", "*/", ";", "MATCH (n) DETACH DELETE n", "\u2028", "\uFEFF", "🙂 laughs at", "Ω", "-".repeat(70)];
    for (const h of hostile) expect(relationshipType(h)).toMatch(SAFE_TYPE);
  });
});

describe("labelFor", () => {
  it.each([
    ["Person", "Person"],
    ["Organization", "Organization"],
    ["person", "Concept"],
    ["Person`) DETACH DELETE n //", "Concept"],
    ["Person:Admin", "Concept"],
    ["Entity", "Concept"],
    ["", "Concept"],
    ["Персона", "Concept"],
  ])("%j -> %s", (type, label) => {
    expect(labelFor(type)).toBe(label);
    expect(ENTITY_LABELS).toContain(labelFor(type));
  });
});
