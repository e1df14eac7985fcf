// GraphML writer (graphology-graphml only parses): typed <key> declarations, escaped values.
import type { ExchangeGraph } from "./exchange.js";
import { escapeXml } from "./xml.js";

type KeyType = "string" | "double" | "boolean" | "int";

function keyType(values: unknown[]): KeyType {
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (values.every((v) => typeof v === "number" && Number.isInteger(v))) return "int";
  if (values.every((v) => typeof v === "number")) return "double";
  return "string";
}

function collect(entries: Iterable<Record<string, unknown>>): Map<string, KeyType> {
  const values = new Map<string, unknown[]>();
  for (const attrs of entries) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null) continue;
      const list = values.get(k) ?? [];
      list.push(Array.isArray(v) ? v.join("; ") : v);
      values.set(k, list);
    }
  }
  return new Map([...values].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, vs]) => [k, keyType(vs)]));
}

function data(prefix: string, keys: Map<string, KeyType>, attrs: Record<string, unknown>): string {
  let out = "";
  for (const k of keys.keys()) {
    const v = attrs[k];
    if (v === undefined || v === null) continue;
    const text = Array.isArray(v) ? v.join("; ") : String(v);
    out += `      <data key="${prefix}_${escapeXml(k)}">${escapeXml(text)}</data>\n`;
  }
  return out;
}

export function writeGraphml(graph: ExchangeGraph): string {
  const nodeKeys = collect(graph.mapNodes((_n, a) => a));
  const edgeKeys = collect(graph.mapEdges((_e, a) => a));
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`;
  for (const [k, t] of nodeKeys) out += `  <key id="n_${escapeXml(k)}" for="node" attr.name="${escapeXml(k)}" attr.type="${t}"/>\n`;
  for (const [k, t] of edgeKeys) out += `  <key id="e_${escapeXml(k)}" for="edge" attr.name="${escapeXml(k)}" attr.type="${t}"/>\n`;
  out += `  <graph id="kg" edgedefault="directed">\n`;
  graph.forEachNode((n, a) => {
    out += `    <node id="${escapeXml(n)}">\n${data("n", nodeKeys, a)}    </node>\n`;
  });
  graph.forEachEdge((e, a, s, t) => {
    out += `    <edge id="${escapeXml(e)}" source="${escapeXml(s)}" target="${escapeXml(t)}">\n${data("e", edgeKeys, a)}    </edge>\n`;
  });
  out += `  </graph>\n</graphml>\n`;
  return out;
}
