import { REPORT_FIELD_TABLE, type ReportFieldSpec } from '../report/fields.js';

/**
 * The form's view of the field table (src/report/fields.ts): the rows a
 * reader fills in, in the table's order, which is also the order of the form.
 */

/** The rows the reader types, ticks or attaches: all but the reason (a radio group) and what the dialog fills in. */
export const TYPED_FIELDS: readonly ReportFieldSpec[] = REPORT_FIELD_TABLE.filter(
  (field) => !field.filled && field.kind !== 'reason',
);

/** The typed rows under a path prefix, e.g. `contact.`. */
export function typedFields(prefix: string): ReportFieldSpec[] {
  return TYPED_FIELDS.filter((field) => field.path.startsWith(prefix));
}

/** The row of the attachments. */
export const ATTACHMENTS = TYPED_FIELDS.find((field) => field.kind === 'files')!;

/**
 * A form control's `name`: the path without `claim.`, in camelCase
 * (`contactName`, `claimantPhone`, `evidence`), as the form has always named
 * them (and as drafts were keyed before they took the payload's shape).
 */
export function fieldName(path: string): string {
  return path
    .replace(/^claim\./, '')
    .split('.')
    .map((part, i) => (i === 0 ? part : part[0]!.toUpperCase() + part.slice(1)))
    .join('');
}

/** Every field path the form shows, in visual order: the first invalid one gets focus. */
export function fieldOrder(reason: string): string[] {
  const shown = TYPED_FIELDS.filter((field) => reason === 'copyright' || !field.path.startsWith('claim.'));
  return ['reason', ...shown.map((field) => field.path)];
}

/**
 * The field an error path belongs to: itself when the form shows it, else the
 * longest shown path it starts with (`claim.evidence.2` → `claim.evidence`),
 * else undefined (the error is shown above the form instead).
 */
export function fieldForPath(path: string, reason: string): string | undefined {
  const shown = fieldOrder(reason);
  if (shown.includes(path)) return path;
  return shown
    .filter((p) => path.startsWith(`${p}.`) || path.startsWith(`${p}[`))
    .sort((a, b) => b.length - a.length)[0];
}
