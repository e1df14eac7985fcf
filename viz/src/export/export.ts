// Export of the current view: JSON, GraphML and GEXF come from the server (/api/export, the same code as
// `kg export`) with the view's selector; PNG is composited from sigma's canvases in the browser.
import type { ViewState } from "../state/state";
import { selectorParams } from "../state/visibility";

export const EXPORT_FORMATS = [
  { id: "json", label: "JSON" },
  { id: "graphml", label: "GraphML" },
  { id: "gexf", label: "GEXF" },
] as const;
export type FileExportFormat = (typeof EXPORT_FORMATS)[number]["id"];

export function exportUrl(format: FileExportFormat, state: ViewState, allTypes: readonly string[]): string {
  const params = selectorParams(state, allTypes);
  params.set("format", format);
  return `api/export?${params.toString()}`;
}

function clickDownload(href: string, filename: string): void {
  const a = document.createElement("a");
  a.href = href;
  a.download = filename;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
}

export function downloadExport(format: FileExportFormat, state: ViewState, allTypes: readonly string[]): void {
  clickDownload(exportUrl(format, state, allTypes), `kg-graph.${format}`);
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  clickDownload(url, filename);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
