// The time filter, shared by the server (/api/export) and the viewer so both keep the same relations.
// Dates are ISO 8601 prefixes ("2025", "2025-02", "2025-02-27"); comparing on the common prefix makes
// a relation dated "2025-02" fall inside a range that starts on "2025-02-10". Undated relations always
// pass, and so do dates without a year ("--01-19"), which no range can place.

export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

export const ISO_DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A relation date the time filter can place: starts with a year (a time of day may follow). */
export function isRangeableDate(date: string | undefined): date is string {
  return date !== undefined && /^\d{4}(-\d{2}){0,2}(?![\d-])/.test(date);
}

function compareOnPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function dateInRange(date: string | undefined, range: DateRange): boolean {
  if (!isRangeableDate(date)) return true;
  if (range.from && compareOnPrefix(date, range.from) < 0) return false;
  if (range.to && compareOnPrefix(date, range.to) > 0) return false;
  return true;
}
