import { setAt, valueAt } from '../report/fields.js';
import type { CopyrightClaim, ReportAttachment, ReportPayload } from '../report/types.js';
import { TYPED_FIELDS, fieldName } from './fields.js';

/** The claim as the reader fills it in: statements not ticked yet, no files yet, evidence lines as typed. */
export type DraftClaim = {
  [K in keyof CopyrightClaim]-?: CopyrightClaim[K] extends true ? boolean : NonNullable<CopyrightClaim[K]>;
};

/**
 * Everything the reader has typed, as kept in sessionStorage between opens
 * and reloads: the payload's shape (the fields of the table, at their paths)
 * without what the dialog fills in itself, the page and the locale. The
 * claim stays in the draft when the reader switches away from "copyright",
 * so switching back loses nothing; the payload leaves it out. The idempotency
 * key belongs to the draft: a retry, even after a reload, sends the same key,
 * so the server can drop the duplicate.
 */
export type ReportDraft = Omit<ReportPayload, 'page' | 'locale' | 'claim'> & {
  claim: DraftClaim;
  /** When the reader began this draft (ms since the epoch): the bot guard's minimum fill time counts from here. */
  startedAt: number;
};

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

/** A typed field's value before the reader touches it. */
function emptyValue(kind: string): unknown {
  return kind === 'links' || kind === 'files' ? [] : kind === 'statement' ? false : '';
}

export function emptyDraft(reason: string, now = Date.now()): ReportDraft {
  const draft: Record<string, unknown> = { reason, idempotencyKey: newIdempotencyKey(), startedAt: now };
  for (const field of TYPED_FIELDS) setAt(draft, field.path, emptyValue(field.kind));
  return draft as ReportDraft;
}

/** The draft with one field changed; the objects on its path are copied, the rest shared. */
export function withValueAt<T>(source: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  const node = source as Record<string, unknown>;
  return { ...node, [key]: rest.length ? withValueAt(node[key], rest.join('.'), value) : value } as T;
}

/** True when a value holds something the reader typed, ticked or attached. */
function filledIn(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => typeof item !== 'string' || item.trim() !== '');
  return typeof value === 'string' ? value.trim() !== '' : value === true;
}

/** True once the reader has typed, ticked or attached anything worth keeping. */
export function hasContent(draft: ReportDraft): boolean {
  return TYPED_FIELDS.some((field) => filledIn(valueAt(draft, field.path)));
}

/** One draft per reported page: a reader may report two articles in two tabs of the same site. */
export function draftKey(pageUrl: string): string {
  return `folio-report-draft:${pageUrl}`;
}

/**
 * The stored draft, or undefined. Whatever is stored is read field by field
 * against the empty draft, so a damaged entry restores what it can and never
 * throws. A draft saved before drafts took the payload's shape (flat keys
 * such as `contactName`, evidence as one text) is read too: a reader who had
 * the page open across an update keeps what they typed.
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
  if (typeof source.idempotencyKey === 'string') draft.idempotencyKey = source.idempotencyKey;
  if (typeof source.startedAt === 'number') draft.startedAt = source.startedAt;
  for (const field of TYPED_FIELDS) {
    let value = valueAt(source, field.path) ?? valueAt(source, fieldName(field.path));
    if (field.kind === 'links' && typeof value === 'string') value = value.split('\n');
    if (Array.isArray(value))
      value = value.filter(field.kind === 'files' ? isAttachment : (v) => typeof v === 'string');
    const empty = valueAt(draft, field.path);
    if (typeof value === typeof empty && Array.isArray(value) === Array.isArray(empty)) setAt(draft, field.path, value);
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
  const { attachments } = draft.claim;
  const withoutAttachments = withValueAt(draft, 'claim.attachments', []);
  const attachmentChars = attachments.reduce((sum, a) => sum + a.data.length, 0);
  const attempts = attachmentChars <= MAX_DRAFT_ATTACHMENT_CHARS ? [draft, withoutAttachments] : [withoutAttachments];
  for (const attempt of attempts) {
    try {
      storage.setItem(key, JSON.stringify(attempt));
      return { saved: true, attachmentsKept: attempt.claim.attachments.length === attachments.length };
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
