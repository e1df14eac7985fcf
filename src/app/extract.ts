// Extraction without a store: files in, one graph document out (entities merged across the inputs).
import { buildGraph } from "../graph/resolve.js";
import { loadDocuments, type LoadFailure, type LoadOptions } from "../input/sources.js";
import type { AnalyzedDocument, GraphDocument } from "../model/types.js";
import { analyzeDocument } from "../pipeline/analyze.js";
import { loadAnnotators } from "../pipeline/annotators.js";
import { createProgress } from "./progress.js";

export interface ExtractResult {
  readonly graph: GraphDocument;
  readonly analyzed: readonly AnalyzedDocument[];
  readonly failures: readonly LoadFailure[];
}

export async function extractFiles(paths: readonly string[], options: LoadOptions & { progress?: boolean } = {}): Promise<ExtractResult> {
  const { documents, failures } = await loadDocuments(paths, options);
  const annotators = documents.length ? await loadAnnotators() : undefined;
  const progress = createProgress(documents.length, "extract", { enabled: options.progress ?? documents.length > 20 });
  const analyzed: AnalyzedDocument[] = [];
  for (const d of documents) {
    analyzed.push(analyzeDocument(d, annotators!));
    progress.tick(d.source);
  }
  progress.stop();
  return { graph: buildGraph(analyzed), analyzed, failures };
}
