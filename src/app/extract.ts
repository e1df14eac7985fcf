// Extraction without a store: files in, one graph document out (entities merged across the inputs).
import { KgError } from "../errors.js";
import { buildGraph } from "../graph/resolve.js";
import { loadDocuments, type LoadFailure, type LoadOptions } from "../input/sources.js";
import type { AnalyzedDocument, GraphDocument } from "../model/types.js";
import { analyzeDocument } from "../pipeline/analyze.js";
import { type AnnotatorOptions, loadAnnotators } from "../pipeline/annotators.js";
import { createProgress } from "./progress.js";

export interface ExtractResult {
  readonly graph: GraphDocument;
  readonly analyzed: readonly AnalyzedDocument[];
  readonly failures: readonly LoadFailure[];
}

export async function extractFiles(paths: readonly string[], options: LoadOptions & AnnotatorOptions & { progress?: boolean } = {}): Promise<ExtractResult> {
  const { documents, failures } = await loadDocuments(paths, options);
  const annotators = documents.length ? await loadAnnotators({ fast: options.fast }) : undefined;
  const progress = createProgress(documents.length, "extract", { enabled: options.progress ?? documents.length > 20 });
  const analyzed: AnalyzedDocument[] = [];
  const failed: LoadFailure[] = [...failures];
  for (const d of documents) {
    try {
      analyzed.push(analyzeDocument(d, annotators!));
    } catch (error) {
      failed.push({ source: d.source, error: analysisError(error, d.source) });
    }
    progress.tick(d.source);
  }
  progress.stop();
  return { graph: buildGraph(analyzed), analyzed, failures: failed };
}

/** A pipeline failure on one document: reported against that document, never a crash of the run. */
export function analysisError(error: unknown, source: string): KgError {
  return new KgError("INTERNAL", `${source}: extraction failed (${(error as Error)?.message ?? String(error)})`, {
    subject: source,
    suggestion: "this is a bug in kg; the other documents were processed — please report it with this file",
    cause: error,
  });
}
