// GEXF 1.3 through graphology-gexf, with relation dates carried as edge `start` times (timeformat date).
import gexf from "graphology-gexf";
import type { ExchangeGraph } from "./exchange.js";

export function writeGexf(graph: ExchangeGraph): string {
  const xml = gexf.write(graph as never, {
    version: "1.3",
    formatNode: (_key: string, a: Record<string, unknown>) => ({
      label: String(a.label),
      attributes: { type: a.type, aliases: (a.aliases as string[]).join("; "), mentions: a.mentions, ...(a.value ? { value: a.value } : {}) },
    }),
    formatEdge: (_key: string, a: Record<string, unknown>) => ({
      label: String(a.label),
      weight: a.confidence as number,
      attributes: {
        predicate: a.predicate,
        confidence: a.confidence,
        evidence: a.evidence,
        ...(a.sentence ? { sentence: a.sentence } : {}),
        ...(a.date ? { date: a.date } : {}),
        ...(a.negated ? { negated: true } : {}),
      },
    }),
  } as never);
  const dated = graph.filterEdges((_e, a) => typeof a.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(a.date));
  if (dated.length === 0) return xml;
  // Dynamic edges: a full date becomes the edge's start time, so Gephi's timeline can filter on it.
  let out = xml.replace(/<graph ([^>]*)>/, (_m, attrs: string) => `<graph ${attrs} mode="dynamic" timeformat="date">`);
  for (const e of dated) {
    const date = graph.getEdgeAttribute(e, "date") as string;
    out = out.replace(`<edge id="${e}" `, `<edge id="${e}" start="${date}" `);
  }
  return out;
}
