import { REPORT_FIELD_TABLE, setAt, valueAt } from '../report/fields.js';
import type { ReportPayload } from '../report/types.js';
import type { ReportDraft } from './draft.js';
import type { ReportedPage } from './page.js';

/**
 * The body to POST (docs/reports.md), built from the draft row by row of the
 * field table: the page and the locale from the dialog, the rest from the
 * draft at the same path. The claim goes only with a copyright report, its
 * files only when there are some; its statements are sent as typed (a
 * `false` is the validator's to refuse, never ours to flip), its evidence as
 * the lines typed (the validator trims them and drops blank ones). Text
 * loses what no store can keep (a pasted NUL, a lone surrogate), so the
 * reader is never stuck at an error about a character nobody can see.
 */
export function buildPayload(draft: ReportDraft, page: ReportedPage, locale: string): ReportPayload {
  const filledIn: Record<string, string> = { 'page.url': page.url, 'page.title': page.title, locale };
  const payload: Record<string, unknown> = {};
  for (const field of REPORT_FIELD_TABLE) {
    if (field.path.startsWith('claim.') && draft.reason !== 'copyright') continue;
    const value = storable(filledIn[field.path] ?? valueAt(draft, field.path));
    if (Array.isArray(value) && field.kind === 'files' && value.length === 0) continue;
    setAt(payload, field.path, value);
  }
  return payload as unknown as ReportPayload;
}

/** Text without NUL, and with U+FFFD for a lone surrogate; lists of text likewise; anything else as it is. */
function storable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(storable);
  return typeof value === 'string' ? value.replace(/\u0000/g, '').replace(/[\uD800-\uDFFF]/gu, '\uFFFD') : value;
}
