import { REPORT_FIELD_TABLE, valueAt } from '../report/fields.js';
import type { ReportPayload } from '../report/types.js';
import type { LocaleController } from '../core/locale-controller.js';
import { mailtoUrl } from '../core/email.js';
import { reasonLabel, type ReasonOption } from './reasons.js';

/**
 * The fallback when a site has no endpoint but an address: a mailto: link
 * with the report as its body. Mail programs and browsers cut long mailto
 * URLs (about 2,000 characters is safe everywhere), so the body is shortened
 * to fit, with a note saying so, rather than the link failing silently.
 */
export const MAX_MAILTO_LENGTH = 2000;

export function buildMailto(
  address: string,
  subject: string,
  body: string,
  shortenedNote: string,
  maxLength = MAX_MAILTO_LENGTH,
): string {
  const full = mailtoUrl(address, { subject, body });
  if (full.length <= maxLength) return full;
  // Keep as many whole characters (code points) as fit, then the note.
  const chars = [...body];
  let low = 0;
  let high = chars.length;
  const withNote = (n: number) =>
    mailtoUrl(address, { subject, body: `${chars.slice(0, n).join('')}…\n${shortenedNote}` });
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (withNote(mid).length <= maxLength) low = mid;
    else high = mid - 1;
  }
  return withNote(low);
}

/** The report as plain text: one "Label: value" line per filled field (a label alone stands as the line), multi-line values below their label. */
export function reportAsText(
  lines: Array<[label: string, value?: string]>,
  labelled: (label: string, value: string) => string,
): string {
  return lines
    .filter(([, value]) => value === undefined || value.trim() !== '')
    .map(([label, value]) =>
      value === undefined
        ? label
        : value.includes('\n')
          ? `${labelled(label, '').trimEnd()}\n${value}`
          : labelled(label, value),
    )
    .join('\n');
}

/**
 * The mailto: URL for a report: every labelled field of the table, in its
 * order (what and where first: a mail program that cuts the link keeps the
 * beginning), in the reader's language.
 */
export function reportMailto(
  payload: ReportPayload,
  address: string,
  localize: LocaleController,
  reasons: readonly ReasonOption[],
): string {
  const t = localize;
  const lines: Array<[string, string?]> = [];
  for (const field of REPORT_FIELD_TABLE) {
    const value = valueAt(payload, field.path);
    if (!field.label || value === undefined) continue;
    const label = t.term(field.label);
    if (field.kind === 'reason') {
      const reason = reasons.find((o) => o.code === value);
      lines.push([label, reason ? reasonLabel(reason, localize) : String(value)]);
    } else if (field.kind === 'statement') {
      lines.push([`[x] ${label}`]);
    } else if (field.kind === 'files') {
      lines.push([label, t.term('reportMailtoAttachmentsLeftOut', (value as unknown[]).length)]);
    } else {
      lines.push([label, Array.isArray(value) ? value.join('\n') : String(value)]);
    }
  }
  lines.push([`Idempotency-Key: ${payload.idempotencyKey}`]); // for machines: ASCII in every language
  const subject = t.term('reportMailtoSubject', payload.page.title || payload.page.url);
  return buildMailto(
    address,
    subject,
    reportAsText(lines, (label, value) => t.term('reportLabelled', label, value)),
    t.term('reportMailtoShortened'),
  );
}
