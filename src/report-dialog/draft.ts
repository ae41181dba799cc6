import type { ReportAttachment } from '../server/report-rules.js';

/**
 * Everything the reader has typed, as kept in sessionStorage between opens
 * and reloads. The claim fields stay in the draft when the reader switches
 * away from "copyright", so switching back loses nothing; the payload leaves
 * them out. The idempotency key belongs to the draft: a retry, even after a
 * reload, sends the same key, so the server can drop the duplicate.
 */
export interface ReportDraft {
  reason: string;
  description: string;
  contactName: string;
  contactEmail: string;
  claimantName: string;
  claimantAddress: string;
  claimantPhone: string;
  workTitle: string;
  workUrl: string;
  /** Evidence links, one per line, as typed. */
  evidence: string;
  attachments: ReportAttachment[];
  goodFaith: boolean;
  accurate: boolean;
  authorized: boolean;
  signature: string;
  idempotencyKey: string;
  /** When the reader began this draft (ms since the epoch): the bot guard's minimum fill time counts from here. */
  startedAt: number;
}

export type DraftTextField = {
  [K in keyof ReportDraft]: ReportDraft[K] extends string ? K : never;
}[keyof ReportDraft];
export type DraftCheckbox = 'goodFaith' | 'accurate' | 'authorized';

/**
 * Attachments are base64 and can be megabytes; sessionStorage holds about
 * five million characters per site. Keep them in the draft only when small.
 */
export const MAX_DRAFT_ATTACHMENT_CHARS = 1_000_000;

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; plain-http intranet sites still need a unique key.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function emptyDraft(reason: string, now = Date.now()): ReportDraft {
  return {
    reason,
    description: '',
    contactName: '',
    contactEmail: '',
    claimantName: '',
    claimantAddress: '',
    claimantPhone: '',
    workTitle: '',
    workUrl: '',
    evidence: '',
    attachments: [],
    goodFaith: false,
    accurate: false,
    authorized: false,
    signature: '',
    idempotencyKey: newIdempotencyKey(),
    startedAt: now,
  };
}

/** True once the reader has typed, ticked or attached anything worth keeping. */
export function hasContent(draft: ReportDraft): boolean {
  const template = emptyDraft(draft.reason, 0);
  return (Object.keys(template) as Array<keyof ReportDraft>).some((key) => {
    if (key === 'reason' || key === 'idempotencyKey' || key === 'startedAt') return false;
    const value = draft[key];
    return Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value === true;
  });
}

/** One draft per reported page: a reader may report two articles in two tabs of the same site. */
export function draftKey(pageUrl: string): string {
  return `folio-report-draft:${pageUrl}`;
}

/**
 * The stored draft, or undefined. Whatever is stored is read field by field
 * against the empty draft, so a damaged or older entry restores what it can
 * and never throws.
 */
export function loadDraft(
  key: string,
  storage: Storage | undefined = sessionStorageOrUndefined(),
): ReportDraft | undefined {
  let stored: unknown;
  try {
    const text = storage?.getItem(key);
    if (!text) return undefined;
    stored = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null) return undefined;
  const source = stored as Record<string, unknown>;
  const draft = emptyDraft(typeof source.reason === 'string' ? source.reason : '');
  for (const key of Object.keys(draft) as Array<keyof ReportDraft>) {
    const value = source[key];
    const expected = draft[key];
    if (key === 'attachments') {
      if (Array.isArray(value)) draft.attachments = value.filter(isAttachment);
    } else if (typeof value === typeof expected) {
      (draft as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return draft;
}

export interface SaveResult {
  saved: boolean;
  /** False when the attachments were left out (too large for sessionStorage). */
  attachmentsKept: boolean;
}

export function saveDraft(
  key: string,
  draft: ReportDraft,
  storage: Storage | undefined = sessionStorageOrUndefined(),
): SaveResult {
  if (!storage) return { saved: false, attachmentsKept: false };
  const attachmentChars = draft.attachments.reduce((sum, a) => sum + a.data.length, 0);
  const withAttachments = attachmentChars <= MAX_DRAFT_ATTACHMENT_CHARS;
  const attempts = withAttachments ? [draft, { ...draft, attachments: [] }] : [{ ...draft, attachments: [] }];
  for (const attempt of attempts) {
    try {
      storage.setItem(key, JSON.stringify(attempt));
      return { saved: true, attachmentsKept: attempt.attachments.length === draft.attachments.length };
    } catch {
      // Quota exceeded: try again without the attachments, which are by far the largest part.
    }
  }
  return { saved: false, attachmentsKept: false };
}

export function clearDraft(key: string, storage: Storage | undefined = sessionStorageOrUndefined()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage can be unavailable (privacy modes); there is nothing to clear then.
  }
}

/** sessionStorage throws on access in some sandboxed iframes and privacy modes. */
function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function isAttachment(value: unknown): value is ReportAttachment {
  if (typeof value !== 'object' || value === null) return false;
  const { name, type, data } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof type === 'string' && typeof data === 'string';
}
