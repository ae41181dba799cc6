import type { CopyrightClaim, ReportPayload } from '../server/report-rules.js';
import type { ReportDraft } from './draft.js';
import type { ReportedPage } from './page.js';

/** Evidence is typed one link per line; blank lines are not links. */
export function evidenceLinks(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The body to POST (DESIGN.md, "Report submission protocol"), built from the
 * draft. The claim goes only with a copyright report; its statements are sent
 * as typed (a `false` is the validator's to refuse, never ours to flip).
 */
export function buildPayload(draft: ReportDraft, page: ReportedPage, locale: string): ReportPayload {
  const payload: ReportPayload = {
    reason: draft.reason,
    description: draft.description,
    contact: { name: draft.contactName, email: draft.contactEmail },
    page: { url: page.url, title: page.title },
    locale,
    idempotencyKey: draft.idempotencyKey,
  };
  if (draft.reason === 'copyright') {
    const claim = {
      claimant: { name: draft.claimantName, address: draft.claimantAddress, phone: draft.claimantPhone },
      work: { title: draft.workTitle, url: draft.workUrl },
      evidence: evidenceLinks(draft.evidence),
      goodFaith: draft.goodFaith,
      accurate: draft.accurate,
      authorized: draft.authorized,
      signature: draft.signature,
    } as CopyrightClaim;
    if (draft.attachments.length > 0) claim.attachments = draft.attachments;
    payload.claim = claim;
  }
  return payload;
}
