/** The shapes of the report protocol: the body a report is POSTed with, and why a field was refused. */

/** The built-in reasons a reader can choose; a site may pass its own list. */
export const DEFAULT_REASONS = ['copyright', 'illegal', 'misinformation', 'other'] as const;
export type DefaultReason = (typeof DEFAULT_REASONS)[number];

/** One file attached to a copyright claim; `data` is base64 (no `data:` prefix). */
export interface ReportAttachment {
  /** A base name: the endpoint reduces what it is sent to one (`safeFileName`). */
  name: string;
  /** One of `REPORT_LIMITS.attachmentTypes`, matching the file's first bytes. */
  type: string;
  data: string;
}

/** An attachment as a store's `list` gives it: its size instead of its data (`get` has the data). */
export interface AttachmentSummary {
  name: string;
  type: string;
  /** The decoded size in bytes. */
  bytes: number;
}

/** What a copyright claim must carry (see `fields.ts`); `A` is how its files are given. */
export interface CopyrightClaim<A = ReportAttachment> {
  claimant: { name: string; address: string; phone: string };
  work: { title: string; url: string };
  /** Links (http/https) that show the right: the original publication, a registration… */
  evidence: string[];
  attachments?: A[];
  goodFaith: true;
  accurate: true;
  authorized: true;
  /** The signer's full name, typed as an electronic signature. */
  signature: string;
}

/** The JSON body a report is POSTed with (docs/reports.md); `A` is how its files are given. */
export interface ReportPayload<A = ReportAttachment> {
  /** One of `DEFAULT_REASONS` or a site's own code. */
  reason: DefaultReason | (string & {});
  description: string;
  /** Optional fields are empty strings in an accepted report. */
  contact: { name: string; email: string };
  /** The reported page; an accepted report carries its URL normalized (`normalizePageUrl`). */
  page: { url: string; title: string };
  /** Present exactly when `reason` is `copyright`. */
  claim?: CopyrightClaim<A>;
  /** The reader's locale, e.g. `zh-CN`. */
  locale: string;
  /** The same value as the request's `Idempotency-Key` header. */
  idempotencyKey: string;
}

/** Why a field was refused; `messageFor` turns one into English. */
export type ReportErrorCode =
  | 'required'
  | 'too-long'
  | 'invalid-email'
  | 'invalid-url'
  | 'invalid'
  /** NUL or a lone surrogate: text no store can keep as it is. */
  | 'invalid-characters'
  | 'must-accept'
  | 'too-large'
  | 'unsupported-type'
  | 'too-many';
