import type { ReportPayload } from '../server/report-rules.js';
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

/** The report as plain text: one "Label: value" line per filled field, the description last in full. */
export function reportAsText(lines: Array<[label: string, value: string | undefined]>): string {
  return lines
    .filter(([, value]) => value !== undefined && value.trim() !== '')
    .map(([label, value]) => (value!.includes('\n') ? `${label}:\n${value}` : `${label}: ${value}`))
    .join('\n');
}

/** The mailto: URL for a report: every field labelled in the reader's language, most important first. */
export function reportMailto(
  payload: ReportPayload,
  address: string,
  localize: LocaleController,
  reasons: readonly ReasonOption[],
): string {
  const t = localize;
  const claim = payload.claim;
  const reason = reasons.find((o) => o.code === payload.reason);
  // A mail program that cuts the link keeps the beginning: the reason, the page and the description.
  const lines: Array<[string, string | undefined]> = [
    [t.term('reportReasonLegend'), reason ? reasonLabel(reason, localize) : payload.reason],
    [t.term('reportPageUrl'), payload.page.url],
    [t.term('reportPageTitle'), payload.page.title],
    [t.term('reportDescription'), payload.description],
    [t.term('reportContactName'), payload.contact.name],
    [t.term('reportContactEmail'), payload.contact.email],
  ];
  if (claim) {
    const statements = [t.term('reportGoodFaith'), t.term('reportAccurate'), t.term('reportAuthorized')];
    lines.push(
      [t.term('reportClaimantName'), claim.claimant.name],
      [t.term('reportClaimantAddress'), claim.claimant.address],
      [t.term('reportClaimantPhone'), claim.claimant.phone],
      [t.term('reportWorkTitle'), claim.work.title],
      [t.term('reportWorkUrl'), claim.work.url],
      [t.term('reportEvidence'), claim.evidence.join('\n')],
      [t.term('reportStatementsLegend'), statements.map((s) => `[x] ${s}`).join('\n')],
      [t.term('reportSignature'), claim.signature],
    );
    if (claim.attachments?.length)
      lines.push([t.term('reportAttachments'), t.term('reportMailtoAttachmentsLeftOut', claim.attachments.length)]);
  }
  lines.push(['Idempotency-Key', payload.idempotencyKey]);
  const subject = t.term('reportMailtoSubject', payload.page.title || payload.page.url);
  return buildMailto(address, subject, reportAsText(lines), t.term('reportMailtoShortened'));
}
