// Export formats of a subgraph: json (graphology serialized), graphml, gexf, csv (neo4j-admin), cypher.
import type { GraphDocument } from "../model/types.js";
import { UsageError } from "../errors.js";
import { writeCsv } from "./csv.js";
import { writeCypher } from "./cypher.js";
import { toExchangeGraph } from "./exchange.js";
import { writeGexf } from "./gexf.js";
import { writeGraphml } from "./graphml.js";

export const EXPORT_FORMATS = ["json", "graphml", "gexf", "csv", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Files an export produces: one for most formats, two (nodes, relationships) for csv. */
export type ExportFiles = { readonly name: string; readonly content: string }[];

export function exportGraph(doc: GraphDocument, format: ExportFormat): ExportFiles {
  switch (format) {
    case "json":
      return [{ name: "graph.json", content: JSON.stringify(toExchangeGraph(doc).export(), null, 2) + "\n" }];
    case "graphml":
      return [{ name: "graph.graphml", content: writeGraphml(toExchangeGraph(doc)) }];
    case "gexf":
      return [{ name: "graph.gexf", content: writeGexf(toExchangeGraph(doc)) }];
    case "csv": {
      const { nodes, relationships } = writeCsv(doc);
      return [{ name: "nodes.csv", content: nodes }, { name: "relationships.csv", content: relationships }];
    }
    case "cypher":
      return [{ name: "graph.cypher", content: writeCypher(doc) }];
    default:
      throw new UsageError(`unknown export format "${String(format)}"`, `use one of: ${EXPORT_FORMATS.join(", ")}`);
  }
}
